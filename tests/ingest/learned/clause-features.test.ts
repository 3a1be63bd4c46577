import { describe, expect, it } from 'vitest';
import {
  boundaryFeatures,
  tokenForm,
  tokenShape,
} from '../../../src/ingest/learned/clause-features.ts';
import { at, clauseAfter, streamOf } from './learned-support.ts';

describe('clause features', () => {
  it('reads words by key, punctuation by character, quoted passages as one token', () => {
    const s = streamOf('Novak said "we will win" today, U.S. officials said.');
    expect(s.map(tokenForm)).toEqual([
      'novak',
      'said',
      '"Q"',
      'today',
      ',',
      'us',
      'officials',
      'said',
      '.',
    ]);
    expect(s.map(tokenShape)).toEqual(['Xx', 'x', 'q', 'x', 'p', 'X', 'x', 'x', 'p']);
    expect(tokenForm(undefined)).toBe('</s>');
  });

  it("describes the boundary: words around it, length, sentence end, the rules' end", () => {
    const ctx = clauseAfter('Novak said the plan failed, challenging the agency.', 'said');
    const comma = at(ctx.stream, ',');
    const f = boundaryFeatures(ctx, comma, 0, 0, false);
    expect(f).toContain('p=failed');
    expect(f).toContain('n=,');
    expect(f).toContain('n2=challenging');
    expect(f).toContain('nl2=,|ing');
    expect(f).toContain('len=3');
    expect(f).toContain('end=false');
    expect(f).toContain('r=before');
    expect(f).toContain('cue|n=said|,');
    const last = boundaryFeatures(ctx, ctx.ruleEnd, 1, 0, true);
    expect(last).toContain('end=true');
    expect(last).toContain('r=at');
    expect(last).toContain('n=.');
  });
});
