import { useEffect, useRef, useState, type ChangeEvent, type FocusEvent } from 'react';
import { isCompleteDate } from '../../corpus/filter-quotes.ts';

interface DateFieldProps {
  id: string;
  label: string;
  /** The committed date (from the URL), or null. */
  value: string | null;
  min?: string | undefined;
  max?: string | undefined;
  /** A complete valid date was entered, or the field was emptied (null). */
  onCommit: (value: string | null) => void;
  /** The user left the field with a date not complete (true), or completed or emptied it (false). */
  onIncomplete: (incomplete: boolean) => void;
  describedBy?: string | undefined;
  invalid?: boolean;
}

/**
 * A date input that keeps its own draft while the user types: the value is committed only once
 * it is a complete, valid date (a 4-digit year), or when the field is emptied. Chromium's
 * segmented input reports "0002-10-01" after the first digit of the year; committing that
 * (and re-rendering the field from the URL) blanked the field and lost the rest of the typing.
 * Uncontrolled for the same reason: the committed value is written back into the field only
 * when it changes from elsewhere (Back, Clear filters) and the field is not being edited.
 */
export function DateField(props: DateFieldProps) {
  const { id, label, value, min, max, onCommit, onIncomplete, describedBy, invalid } = props;
  const ref = useRef<HTMLInputElement>(null);
  // Later values reach the field through the effect below, not through defaultValue.
  const [initial] = useState(value);

  useEffect(() => {
    const input = ref.current;
    if (!input || document.activeElement === input) return;
    if (input.value !== (value ?? '')) input.value = value ?? '';
  }, [value]);

  const onChange = (e: ChangeEvent<HTMLInputElement>) => {
    const next = e.target.value;
    if (next === '') {
      // Empty and not "bad input": the user cleared it. Bad input: some segments are filled.
      if (e.target.validity?.badInput) return;
      onIncomplete(false);
      if (value !== null) onCommit(null);
      return;
    }
    if (!isCompleteDate(next)) return;
    onIncomplete(false);
    if (next !== value) onCommit(next);
  };
  const onBlur = (e: FocusEvent<HTMLInputElement>) => {
    const input = e.target;
    const partial =
      input.validity?.badInput || (input.value !== '' && !isCompleteDate(input.value));
    onIncomplete(partial);
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        ref={ref}
        id={id}
        type="date"
        defaultValue={initial ?? ''}
        min={min}
        max={max}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={onChange}
        onBlur={onBlur}
      />
    </div>
  );
}
