import { useSyncExternalStore } from 'react';
import { GRAPH_PALETTES, type ColorScheme } from './palette.ts';

/** What the user chose: a scheme, or to follow the system's (`prefers-color-scheme`). */
export type SchemePreference = ColorScheme | 'system';

/** A preference, not part of the view: kept in localStorage, never in the URL. */
export const SCHEME_STORAGE_KEY = 'quotegraph:color-scheme';

/** The scheme a preference gives, given whether the system prefers dark. Pure. */
export function resolveScheme(preference: SchemePreference, systemDark: boolean): ColorScheme {
  if (preference === 'system') return systemDark ? 'dark' : 'light';
  return preference;
}

/** Reads a stored preference; anything else (nothing, garbage, no storage) is 'system'. Pure. */
export function parsePreference(value: string | null | undefined): SchemePreference {
  return value === 'light' || value === 'dark' ? value : 'system';
}

function darkQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-color-scheme: dark)')
    : null;
}

function storedPreference(): SchemePreference {
  try {
    return parsePreference(window.localStorage.getItem(SCHEME_STORAGE_KEY));
  } catch {
    // Storage can be disabled (privacy settings): follow the system.
    return 'system';
  }
}

let preference: SchemePreference | null = null;
let snapshot = '';
const listeners = new Set<() => void>();

function currentPreference(): SchemePreference {
  preference ??= storedPreference();
  return preference;
}

/** The scheme in effect now. */
export function currentScheme(): ColorScheme {
  return resolveScheme(currentPreference(), darkQuery()?.matches ?? false);
}

/**
 * Marks the document with the scheme in effect (`data-theme`, `color-scheme`) and publishes the
 * palette's kind colours and background as CSS custom properties (--kind-person …, --graph-bg),
 * so the page's dots and the canvas's background match its drawing. Effects: writes to <html>.
 */
export function applyColorScheme(): void {
  if (typeof document === 'undefined') return;
  const scheme = currentScheme();
  const root = document.documentElement;
  root.dataset.theme = scheme;
  root.style.colorScheme = scheme;
  const palette = GRAPH_PALETTES[scheme];
  for (const [kind, color] of Object.entries(palette.kinds)) {
    root.style.setProperty(`--kind-${kind}`, color);
  }
  root.style.setProperty('--graph-bg', palette.background);
  root.style.setProperty('--doubtful-fill', palette.doubtful.fill);
  root.style.setProperty('--doubtful-stroke', palette.doubtful.stroke);
  // The browser's own chrome (address bar on a phone) follows too.
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', palette.background);
}

function changed(): void {
  applyColorScheme();
  snapshot = `${currentPreference()} ${currentScheme()}`;
  for (const listener of listeners) listener();
}

/** Stores and applies a preference. */
export function setSchemePreference(next: SchemePreference): void {
  preference = next;
  try {
    if (next === 'system') window.localStorage.removeItem(SCHEME_STORAGE_KEY);
    else window.localStorage.setItem(SCHEME_STORAGE_KEY, next);
  } catch {
    // Not stored: still applied for this page.
  }
  changed();
}

function onStorage(event: StorageEvent): void {
  if (event.key !== SCHEME_STORAGE_KEY && event.key !== null) return;
  preference = null;
  changed();
}

/** Follows the system scheme and other tabs' choices while anyone listens. */
function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    darkQuery()?.addEventListener('change', changed);
    window.addEventListener('storage', onStorage);
    // The system may have changed while nobody listened.
    snapshot = '';
    applyColorScheme();
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      darkQuery()?.removeEventListener('change', changed);
      window.removeEventListener('storage', onStorage);
    }
  };
}

function getSnapshot(): string {
  if (snapshot === '') snapshot = `${currentPreference()} ${currentScheme()}`;
  return snapshot;
}

/** Forgets the cached preference (tests start each case from what storage says). */
export function resetSchemeCache(): void {
  preference = null;
  snapshot = '';
}

/** The preference, the scheme in effect, and a setter; re-renders when either changes. */
export function useColorScheme(): {
  preference: SchemePreference;
  scheme: ColorScheme;
  setPreference: (next: SchemePreference) => void;
} {
  const [pref, scheme] = useSyncExternalStore(subscribe, getSnapshot, () => 'system light').split(
    ' ',
  ) as [SchemePreference, ColorScheme];
  return { preference: pref, scheme, setPreference: setSchemePreference };
}
