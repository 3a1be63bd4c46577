import { isWs } from './char-class.ts';

/**
 * The quote text shown for a statement: its parts trimmed and joined with " … ", runs of
 * whitespace collapsed only where present, stray , ; : stripped from the ends. Pure.
 */
export function compactText(text: string, parts: readonly [number, number][]): string {
  const joined = parts
    .map(([a, b]) => {
      const part = text.slice(a, b);
      return (needsSpaceCollapse(part) ? part.replace(/\s+/g, ' ') : part).trim();
    })
    .filter((p) => p !== '')
    .join(' … ');
  return isEdgeChar(joined.charCodeAt(0)) || isEdgeChar(joined.charCodeAt(joined.length - 1))
    ? joined.replace(/^[\s,;:]+|[\s,;:]+$/g, '')
    : joined;
}

/** Whitespace or , ; : (what compactText trims from the ends). */
function isEdgeChar(c: number): boolean {
  return c === 44 || c === 59 || c === 58 || isWs(c);
}

/** A newline or two whitespace characters in a row (rare: cleaned paragraphs are collapsed). */
function needsSpaceCollapse(s: string): boolean {
  let prevSpace = false;
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    if (c === 10) return true;
    const space = isWs(c);
    if (space && prevSpace) return true;
    prevSpace = space;
  }
  return false;
}
