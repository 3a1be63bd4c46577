// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_RULES } from '../../src/ingest/attribution/registry.ts';
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
});
