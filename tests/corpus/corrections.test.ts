import { describe, expect, it } from 'vitest';
import {
  applyCorrections,
  correctedActorIds,
  correctedPositions,
  type Correction,
} from '../../src/corpus/corrections.ts';
import { buildOverrides, overridesToCorrections } from '../../src/corpus/overrides.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import { CorpusSchema } from '../../src/corpus/schema.ts';
import { parseKnownActors } from '../../src/ingest/known-actors.ts';
import { repostCorpus, smallCorpus } from '../fixtures/corpus/fixtures.ts';

const corpus = validateCorpus(smallCorpus());
const frozen = structuredClone(corpus);

const merge: Correction = { kind: 'merge', from: 'jens-stoltenberg', into: 'nato' };

describe('applyCorrections', () => {
  it('returns the input itself when there is nothing to apply', () => {
    expect(applyCorrections(corpus, [])).toBe(corpus);
  });

  it('merges an actor: its quotes, mentions and aliases move to the target', () => {
    const out = applyCorrections(corpus, [merge]);
    expect(out.actors.map((a) => a.id)).not.toContain('jens-stoltenberg');
    const nato = out.actors.find((a) => a.id === 'nato');
    expect(nato?.aliases).toEqual(expect.arrayContaining(['Jens Stoltenberg', 'Stoltenberg']));
    const before = corpus.quotes.filter((q) => q.speakerId === 'jens-stoltenberg').length;
    expect(before).toBeGreaterThan(0);
    expect(out.quotes.filter((q) => q.speakerId === 'nato').length).toBeGreaterThanOrEqual(before);
    for (const q of out.quotes) {
      expect(q.speakerId).not.toBe('jens-stoltenberg');
      expect(q.mentions).not.toContain('jens-stoltenberg');
      expect(q.mentions).not.toContain(q.speakerId);
      expect(new Set(q.mentions).size).toBe(q.mentions.length);
    }
    // Still a valid corpus, and the input is untouched.
    expect(CorpusSchema.safeParse(out).success).toBe(true);
    expect(corpus).toEqual(frozen);
  });

  it('adds an alias once', () => {
    const add: Correction = { kind: 'alias', actorId: 'russia', alias: 'the Kremlin' };
    const out = applyCorrections(corpus, [add, add]);
    const russia = out.actors.find((a) => a.id === 'russia');
    expect(russia?.aliases.filter((a) => a === 'the Kremlin')).toHaveLength(1);
    expect(corpus.actors.find((a) => a.id === 'russia')?.aliases).not.toContain('the Kremlin');
  });

  it('changes a speaker, and a later merge still applies to it', () => {
    const quote = corpus.quotes.find((q) => q.speakerId === 'sergey-lavrov');
    if (!quote) throw new Error('fixture has no Lavrov quote');
    const change: Correction = { kind: 'speaker', quoteId: quote.id, speakerId: 'jose-alvarez' };
    const once = applyCorrections(corpus, [change]);
    expect(once.quotes.find((q) => q.id === quote.id)?.speakerId).toBe('jose-alvarez');
    const merged = applyCorrections(corpus, [
      change,
      { kind: 'merge', from: 'jose-alvarez', into: 'russia' },
    ]);
    expect(merged.quotes.find((q) => q.id === quote.id)?.speakerId).toBe('russia');
  });

  it('ignores a speaker change to a missing actor and a merge of a missing actor', () => {
    const quote = corpus.quotes[0];
    if (!quote) throw new Error('empty fixture');
    const out = applyCorrections(corpus, [
      { kind: 'speaker', quoteId: quote.id, speakerId: 'nobody' },
      { kind: 'merge', from: 'nobody', into: 'nato' },
    ]);
    expect(out.quotes).toEqual(corpus.quotes);
    expect(out.actors).toEqual(corpus.actors);
  });

  it('rejects a quote: gone from quotes and from statements', () => {
    const reposts = validateCorpus(repostCorpus());
    const statement = reposts.statements?.[0];
    if (!statement) throw new Error('fixture has no statement');
    const [first, second] = statement.quoteIds;
    if (!first || !second) throw new Error('statement with fewer than two reports');
    const out = applyCorrections(reposts, [{ kind: 'reject', quoteId: first }]);
    expect(out.quotes.map((q) => q.id)).not.toContain(first);
    expect(out.quotes).toHaveLength(reposts.quotes.length - 1);
    const still = out.statements?.find((s) => s.id === statement.id);
    if (statement.quoteIds.length > 2) expect(still?.quoteIds).not.toContain(first);
    else expect(still).toBeUndefined();
    expect(CorpusSchema.safeParse(out).success).toBe(true);
  });

  it('is deterministic and resolves merge chains', () => {
    const chain: Correction[] = [
      { kind: 'merge', from: 'jose-alvarez', into: 'jens-stoltenberg' },
      merge,
    ];
    const a = applyCorrections(corpus, chain);
    expect(applyCorrections(corpus, chain)).toEqual(a);
    expect(a.actors.map((x) => x.id)).not.toContain('jose-alvarez');
    expect(a.actors.find((x) => x.id === 'nato')?.aliases).toContain('José Álvarez');
    expect(correctedActorIds(chain)).toEqual(new Set(['nato']));
  });
});

describe('correctedPositions', () => {
  it('maps positions of the corpus as loaded to the corrected arrays', () => {
    const rejected = corpus.quotes[0];
    if (!rejected) throw new Error('fixture has no quote');
    const corrections: Correction[] = [merge, { kind: 'reject', quoteId: rejected.id }];
    const after = applyCorrections(corpus, corrections);
    const at = correctedPositions(corpus, after, corrections);
    const jens = corpus.actors.findIndex((a) => a.id === 'jens-stoltenberg');
    expect(after.actors[at.actorAt(jens) ?? -1]?.id).toBe('nato');
    corpus.actors.forEach((actor, i) => {
      if (actor.id !== 'jens-stoltenberg')
        expect(after.actors[at.actorAt(i) ?? -1]?.id).toBe(actor.id);
    });
    expect(at.quoteAt(0)).toBeNull();
    const last = corpus.quotes.length - 1;
    expect(after.quotes[at.quoteAt(last) ?? -1]?.id).toBe(corpus.quotes[last]?.id);
    expect(at.actorAt(corpus.actors.length)).toBeNull();
  });
});

describe('buildOverrides', () => {
  it('writes the --actors format plus merges and quote decisions, and reads back', () => {
    const quote = corpus.quotes[0];
    if (!quote) throw new Error('empty fixture');
    const corrections: Correction[] = [
      merge,
      { kind: 'alias', actorId: 'russia', alias: 'the Kremlin' },
      { kind: 'speaker', quoteId: quote.id, speakerId: 'russia' },
      { kind: 'reject', quoteId: (corpus.quotes[1] ?? quote).id },
    ];
    const file = buildOverrides(corpus, corrections);
    const actors = parseKnownActors(file, 'overrides');
    expect(actors.find((a) => a.id === 'nato')?.aliases).toContain('Stoltenberg');
    expect(actors.find((a) => a.id === 'russia')?.aliases).toEqual(['the Kremlin']);
    expect(file.merges).toEqual([{ from: 'jens-stoltenberg', into: 'nato' }]);
    const back = overridesToCorrections(JSON.parse(JSON.stringify(file)) as typeof file);
    const direct = applyCorrections(corpus, corrections);
    expect(
      applyCorrections(applyCorrections(corpus, [corrections[1] as Correction]), back),
    ).toEqual(direct);
  });
});
