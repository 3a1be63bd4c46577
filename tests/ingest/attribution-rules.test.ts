// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_RULES, ATTRIBUTION_SIEVES } from '../../src/ingest/attribution/registry.ts';
import { quotesOf } from './support.ts';
import { ingestTexts } from './support.ts';

// The registry's own example sentences (src/ingest/attribution/*.ts), each through the real pipeline.
const cases = ATTRIBUTION_RULES.flatMap((rule) =>
  rule.examples.map((ex) => [rule.id, ex.text, ex.speaker, ex.statement] as const),
);

describe('attribution rule registry', () => {
  it('has unique ids, a doc, triggers and at least one example per rule', () => {
    const ids = ATTRIBUTION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of ATTRIBUTION_RULES) {
      expect(r.doc.length, r.id).toBeGreaterThan(10);
      expect(r.triggers.length, r.id).toBeGreaterThan(0);
      expect(r.examples.length, r.id).toBeGreaterThan(0);
      expect(r.confidence, r.id).toBeGreaterThan(0);
      expect(r.confidence, r.id).toBeLessThanOrEqual(1);
    }
  });

  it.each(cases)('%s: %s', (id, text, speaker, statement) => {
    const corpus = ingestTexts({ 'a.txt': `Title\n${text}` });
    const names = new Map(corpus.actors.map((a) => [a.id as string, a.name]));
    const found = corpus.quotes.map((q) => [q.rule, names.get(q.speakerId), q.text]);
    expect(found).toContainEqual([id, speaker, statement]);
  });

  it("lists every sentence rule in the sieves' order, each added by one sieve", () => {
    // A sieve may re-read part of a sentence with an earlier sieve's rules (the same list).
    const seen: string[] = [];
    ATTRIBUTION_SIEVES.forEach((sv, i) => {
      if (ATTRIBUTION_SIEVES.slice(0, i).some((earlier) => earlier.rules === sv.rules)) return;
      for (const r of sv.rules) expect(seen, `${sv.id}: ${r.id} in two sieves`).not.toContain(r.id);
      seen.push(...sv.rules.map((r) => r.id));
    });
    expect(ATTRIBUTION_RULES.map((r) => r.id)).toEqual(['interview-answer', ...seen]);
  });

  it('lets a sieve defer only to sieves listed before it', () => {
    ATTRIBUTION_SIEVES.forEach((sv, i) => {
      const before = ATTRIBUTION_SIEVES.slice(0, i).map((x) => x.id);
      for (const id of sv.unless) expect(before, `${sv.id} unless ${id}`).toContain(id);
    });
  });
});

describe('sieve precedence', () => {
  it('reads no reported speech in a sentence that holds a standalone direct quote', () => {
    // "said" opens a clause too, but the direct-quotes sieve claimed the sentence.
    expect(quotesOf('"We said the talks were over," Jan Novak said.')).toEqual([
      ['Jan Novak', 'direct', 'We said the talks were over'],
    ]);
  });

  it("reads a report before a direct quote's attribution in the same sentence", () => {
    expect(
      quotesOf('Jan Novak said he had not seen the video, and later Novak said, "I hope not."'),
    ).toEqual([
      ['Jan Novak', 'indirect', 'he had not seen the video'],
      ['Jan Novak', 'direct', 'I hope not.'],
    ]);
  });

  it('takes a trailing attribution before a subject and its cue', () => {
    expect(quotesOf('The unions said the plant would close, Jan Novak told reporters.')).toEqual([
      ['Jan Novak', 'indirect', 'The unions said the plant would close'],
    ]);
    // …unless the inner subject is a speaker the resolver names: a report of a report.
    expect(
      quotesOf('Jan Novak told his counterpart that the corridor must stay open, his office said.'),
    ).toEqual([['Jan Novak', 'indirect', 'the corridor must stay open']]);
  });
});
