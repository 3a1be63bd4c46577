import { useImperativeHandle, useState, type RefObject } from 'react';

/** Where the tooltip shows what: its text and its anchor in the timeline body (pixels). */
export interface MarkTip {
  label: string;
  left: number;
  top: number;
}

/** What the timeline calls to show (or, with null, hide) the tooltip. */
export interface MarkTipControl {
  show: (tip: MarkTip | null) => void;
}

/**
 * One tooltip for every mark of the timeline, instead of a `<title>` per mark: a busy actor's
 * rows hold hundreds of marks, and a title element with its text node per mark doubled the nodes
 * React creates, styles and lays out whenever the rows change (each selection). The marks keep
 * their `aria-label`, which is what assistive technology reads; this is for the pointer. Its
 * state is its own, so hovering never re-renders the marks.
 */
export function MarkTooltip({ controlRef }: { controlRef: RefObject<MarkTipControl | null> }) {
  const [tip, setTip] = useState<MarkTip | null>(null);
  useImperativeHandle(controlRef, () => ({ show: setTip }), []);
  if (!tip) return null;
  return (
    <div role="tooltip" className="timeline__tip" style={{ left: tip.left, top: tip.top }}>
      {tip.label}
    </div>
  );
}
