import { describe, expect, it } from 'vitest';
import { attributionNote, explainedRuleIds } from '../../src/corpus/attribution-notes.ts';
import { ATTRIBUTION_RULES } from '../../src/ingest/attribution/registry.ts';

describe('attributionNote', () => {
  it('explains every rule the extractor can write, and no rule it cannot', () => {
    expect(explainedRuleIds().sort()).toEqual(ATTRIBUTION_RULES.map((r) => r.id).sort());
  });

  it('says which rule found the quote, with its cue', () => {
    expect(
      attributionNote({ rule: 'quote-then-speaker', cue: 'told reporters', confidence: 0.95 }),
    ).toEqual({
      how: 'a direct quote followed by its attribution',
      cue: 'told reporters',
      uncertain: false,
    });
  });

  it('marks a low confidence as uncertain, also for a rule it does not know', () => {
    expect(
      attributionNote({ rule: 'embedded-unattributed', cue: null, confidence: 0.28 })?.uncertain,
    ).toBe(true);
    expect(attributionNote({ rule: 'some-future-rule', cue: null, confidence: 0.2 })).toEqual({
      how: null,
      cue: null,
      uncertain: true,
    });
  });

  it('says nothing for a corpus without rules or confidences', () => {
    expect(attributionNote({ cue: 'said' })).toBeNull();
    expect(attributionNote({ rule: 'some-future-rule', cue: 'said', confidence: 0.9 })).toBeNull();
  });
});
