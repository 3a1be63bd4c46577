import { findQuoteSpans } from '../../../src/ingest/find-direct-quotes.ts';
import type { ClauseContext } from '../../../src/ingest/learned/clause-features.ts';
import { buildStream, type StreamToken } from '../../../src/ingest/segment.ts';
import { tokenize } from '../../../src/ingest/tokenize.ts';

/** One-paragraph text as the extractor's token stream. */
export function streamOf(text: string): StreamToken[] {
  const spans = findQuoteSpans([text], [0]);
  return buildStream(tokenize(text), spans, [0]);
}

/** Index of the first stream token whose text (or key) is `word`, after `from`. */
export function at(stream: readonly StreamToken[], word: string, from = 0): number {
  const i = stream.findIndex((t, k) => k >= from && (t.text === word || t.key === word));
  if (i < 0) throw new Error(`no token "${word}"`);
  return i;
}

/** Context of the clause after `cue` (its next token, skipping "that"), the rules' end given. */
export function clauseAfter(
  text: string,
  cue: string,
  ruleEnd: 'sentence' | number = 'sentence',
): ClauseContext {
  const stream = streamOf(text);
  const c = at(stream, cue);
  const start = stream[c + 1]?.key === 'that' ? c + 2 : c + 1;
  const to = stream.length;
  let end = to;
  while (end > start && stream[end - 1]?.kind === 'punct') end -= 1;
  return {
    stream,
    from: 0,
    to,
    start,
    cue: c,
    ruleEnd: ruleEnd === 'sentence' ? end : ruleEnd,
    rule: 'speaker-verb-clause',
  };
}
