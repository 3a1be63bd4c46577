import { describe, expect, it } from 'vitest';
import { attributeSentence } from '../../../src/ingest/attribute-quotes.ts';
import type { SentenceInput } from '../../../src/ingest/attribution/sentence.ts';
import { findQuoteSpans } from '../../../src/ingest/find-direct-quotes.ts';
import { loadClauseEndModel } from '../../../src/ingest/learned/clause-end-model.ts';
import {
  observeClauses,
  refineClauseEnds,
  type ObservedClause,
} from '../../../src/ingest/learned/refine-clause.ts';
import { buildStream } from '../../../src/ingest/segment.ts';
import { tokenize } from '../../../src/ingest/tokenize.ts';
import { buildCorpus } from '../../../src/ingest/build-corpus.ts';
import { loadKnownActors, loadOutlets } from '../../../scripts/ingest/load-data.ts';

function sentence(text: string): SentenceInput {
  const spans = findQuoteSpans([text], [0]);
  const stream = buildStream(tokenize(text), spans, [0]);
  return { stream, from: 0, to: stream.length, spans, text, isSpeaker: () => true };
}

const CUT_AT_COMMA = loadClauseEndModel({
  model: 'clause-end',
  version: 1,
  scale: 1,
  weights: { 'n=,': 5 },
});

describe('refineClauseEnds', () => {
  const text = 'Novak said the plan had failed, challenging the agency to explain.';

  it('moves the end of a cue-first reported clause to the model’s choice', () => {
    const s = sentence(text);
    const raws = attributeSentence(s);
    expect(raws.map((r) => text.slice(r.start, r.end))).toEqual([
      'the plan had failed, challenging the agency to explain',
    ]);
    const [refined] = refineClauseEnds(s, raws, CUT_AT_COMMA);
    expect(refined && text.slice(refined.start, refined.end)).toBe('the plan had failed');
    expect(refined?.parts).toEqual([[refined?.start, refined?.end]]);
    expect(refined?.kind).toBe('indirect');
    // Input untouched.
    expect(text.slice(raws[0]?.start, raws[0]?.end)).toContain('challenging');
  });

  it('leaves the rules’ ends without a model and shows the observer every clause', () => {
    const s = sentence(text);
    const raws = attributeSentence(s);
    const seen: ObservedClause[] = [];
    observeClauses((c) => seen.push(c));
    try {
      expect(refineClauseEnds(s, raws, null)).toEqual(raws);
    } finally {
      observeClauses(null);
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]?.ctx.rule).toBe('speaker-verb-clause');
    expect(s.stream[seen[0]?.ctx.cue ?? -1]?.key).toBe('said');
  });

  it('leaves direct quotes and clauses before their cue alone', () => {
    const s = sentence('"We will rebuild the bridge, whatever it costs," Novak said.');
    const raws = attributeSentence(s);
    expect(refineClauseEnds(s, raws, CUT_AT_COMMA)).toEqual(raws);
  });

  it('is off in ingest unless asked for', () => {
    const opts = { knownActors: loadKnownActors(), outlets: loadOutlets() };
    const files = [{ file: 'a.txt', bytes: new TextEncoder().encode(`Title\n\n${text}\n`) }];
    const off = buildCorpus(files, opts).quotes.map((q) => q.text);
    expect(off).toEqual(['the plan had failed, challenging the agency to explain']);
    const on = buildCorpus(files, { ...opts, learnedClauseEnds: true }).quotes;
    expect(on).toHaveLength(1);
  });
});
