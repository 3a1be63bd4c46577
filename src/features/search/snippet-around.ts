import { foldText } from '../../corpus/fold-text.ts';

const SNIPPET = 140;
const SNIPPET_LEAD = 40;

/**
 * Up to SNIPPET characters of `text`, starting a little before (at a word start) the first
 * place any word of `query` occurs, compared folded (case and accents ignored), with `…`
 * where text was cut. No match: the start of the text. Pure.
 */
export function snippetAround(text: string, query: string): string {
  const folded = foldText(text);
  const positions = query
    .split(/\s+/)
    .map(foldText)
    .filter((t) => t.length > 0)
    .map((t) => folded.indexOf(t))
    .filter((i) => i >= 0);
  const hit = positions.length > 0 ? Math.min(...positions) : 0;
  const start = hit > SNIPPET_LEAD + 20 ? text.lastIndexOf(' ', hit - SNIPPET_LEAD) + 1 : 0;
  const end = start + SNIPPET;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
