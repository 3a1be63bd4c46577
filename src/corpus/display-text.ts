/**
 * Unicode's explicit bidi controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069) and the implicit marks (U+200E, U+200F, U+061C). In a name they reorder what
 * the reader sees ("\u202Eovalr" shows as "rlavo"), and the graph, lists and headings all print
 * names as given.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `text` without bidi control characters. Pure; returns `text` itself when it has none. */
export function stripBidiControls(text: string): string {
  BIDI_CONTROLS.lastIndex = 0;
  return BIDI_CONTROLS.test(text) ? text.replace(BIDI_CONTROLS, '') : text;
}
