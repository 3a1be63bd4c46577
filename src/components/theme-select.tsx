import { useId } from 'react';
import { useColorScheme, type SchemePreference } from '../theme/color-scheme.ts';
import './theme-select.css';

const OPTIONS: readonly (readonly [SchemePreference, string])[] = [
  ['system', 'System'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

/** Light, dark, or as the system says; remembered on this device (not in the URL). */
export function ThemeSelect() {
  const id = useId();
  const { preference, setPreference } = useColorScheme();
  return (
    <div className="theme-select">
      <label htmlFor={id} className="theme-select__label">
        Theme
      </label>
      <select
        id={id}
        value={preference}
        onChange={(e) => {
          const value = e.target.value;
          setPreference(value === 'light' || value === 'dark' ? value : 'system');
        }}
      >
        {OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
