import { describe, expect, it } from 'vitest';
import {
  clauseEndCandidates,
  loadClauseEndModel,
  predictClauseEnd,
} from '../../../src/ingest/learned/clause-end-model.ts';
import { bundledClauseEndModel } from '../../../src/ingest/learned/refine-clause.ts';
import { at, clauseAfter } from './learned-support.ts';

describe('clause-end model', () => {
  it('rejects a malformed model file with the reason', () => {
    expect(() => loadClauseEndModel(null)).toThrow(/not an object/);
    expect(() => loadClauseEndModel({ model: 'other', version: 1 })).toThrow(/clause-end/);
    expect(() =>
      loadClauseEndModel({ model: 'clause-end', version: 1, scale: 0, weights: {} }),
    ).toThrow(/scale/);
    expect(() =>
      loadClauseEndModel({ model: 'clause-end', version: 1, scale: 10, weights: { a: 'x' } }),
    ).toThrow(/"a"/);
    const m = loadClauseEndModel({ model: 'clause-end', version: 1, scale: 10, weights: { a: 5 } });
    expect(m.weights.get('a')).toBe(0.5);
  });

  it('offers ends after words only, and none past a semicolon', () => {
    const ctx = clauseAfter('Novak said the plan failed, he said; Moscow denies it.', 'said');
    const ends = clauseEndCandidates(ctx, ctx.to).map((c) => c.end);
    const failed = at(ctx.stream, 'failed');
    // "the plan" is the shortest clause (two tokens); the comma is never an end.
    expect(ends).toEqual([failed, failed + 1, failed + 3, failed + 4]);
  });

  it('decodes the best-scoring end, the later one on a tie', () => {
    const ctx = clauseAfter('Novak said the plan failed, challenging the agency.', 'said');
    const comma = at(ctx.stream, ',');
    const cut = loadClauseEndModel({
      model: 'clause-end',
      version: 1,
      scale: 1,
      weights: { 'n=,': 3 },
    });
    expect(predictClauseEnd(cut, ctx, ctx.to)).toBe(comma);
    const none = loadClauseEndModel({ model: 'clause-end', version: 1, scale: 1, weights: {} });
    expect(predictClauseEnd(none, ctx, ctx.to)).toBe(ctx.ruleEnd);
    // The limit (the next statement of the sentence) caps the end.
    expect(predictClauseEnd(none, ctx, comma)).toBe(comma);
  });

  it('committed weights load and end a plain clause where the sentence ends', () => {
    const model = bundledClauseEndModel();
    expect(model.weights.size).toBeGreaterThan(100);
    const ctx = clauseAfter('Jan Novak said the plan had failed.', 'said');
    expect(predictClauseEnd(model, ctx, ctx.to)).toBe(at(ctx.stream, 'failed') + 1);
    // PolNeAR annotates ", although …" as part of the report more often than not: the model
    // learned to override the rules' cut there (one reason it is off by default).
    const early = clauseAfter(
      'Jan Novak said the plan had failed, although the agency disagreed.',
      'said',
      0,
    );
    early.ruleEnd = at(early.stream, ',');
    expect(predictClauseEnd(model, early, early.to)).toBe(at(early.stream, 'disagreed') + 1);
  });
});
