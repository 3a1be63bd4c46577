/** A run of article text; `highlight` marks the part inside the quote's span. */
export interface Segment {
  text: string;
  highlight: boolean;
}

/**
 * Splits an article into paragraphs (at line breaks) and each paragraph into runs inside and
 * outside the span [start, end). Pure. Invariant: joining every segment of every paragraph
 * with the line breaks removed gives back the text, and the highlighted runs joined give
 * `text.slice(start, end)` minus its line breaks.
 */
export function articleSegments(text: string, start: number, end: number): Segment[][] {
  const paragraphs: Segment[][] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const pStart = m.index;
    const pEnd = pStart + m[0].length;
    const a = Math.min(Math.max(start, pStart), pEnd);
    const b = Math.min(Math.max(end, pStart), pEnd);
    const runs: Segment[] = [];
    if (a > pStart) runs.push({ text: text.slice(pStart, a), highlight: false });
    if (b > a) runs.push({ text: text.slice(a, b), highlight: true });
    if (pEnd > b) runs.push({ text: text.slice(Math.max(b, pStart), pEnd), highlight: false });
    if (runs.length > 0) paragraphs.push(runs);
  }
  return paragraphs;
}
