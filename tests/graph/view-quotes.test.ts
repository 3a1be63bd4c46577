import { describe, expect, it } from 'vitest';
import type { ActorId } from '../../src/corpus/schema.ts';
import type { ActorGraph } from '../../src/graph/build-actor-graph.ts';
import { quotesInView, viewAnchors, viewNarrows } from '../../src/graph/view-quotes.ts';

// Three actors, a → b shown, b → c hidden: which quotes does the view keep?
const a = 'a' as ActorId;
const b = 'b' as ActorId;
const c = 'c' as ActorId;
const node = (id: ActorId) => ({ id, name: id, kind: 'person', quotedCount: 1, mentionedCount: 1 });
const shown = {
  nodes: [node(a), node(b)],
  edges: [{ id: 'a->b', source: a, target: b, quoteIds: ['q1'] }],
} as unknown as ActorGraph;

const quotes = [
  { id: 'q1', speakerId: a, mentions: [b] }, // on the shown link
  { id: 'q2', speakerId: a, mentions: [b] }, // a second report of it: shown too
  { id: 'q3', speakerId: b, mentions: [c] }, // on a hidden link
  { id: 'q4', speakerId: a, mentions: [] }, // about nobody, by a shown actor
  { id: 'q5', speakerId: b, mentions: [b] }, // about only its speaker, by a shown actor
  { id: 'q6', speakerId: c, mentions: [] }, // about nobody, by a hidden actor
  { id: 'q7', speakerId: a, mentions: [c, b] }, // one hidden and one shown link
];
const ids = (list: readonly { id: string }[]) => list.map((q) => q.id);

describe('quotesInView', () => {
  it('keeps the quotes on shown links and the anchors’ quotes about nobody else', () => {
    expect(ids(quotesInView(quotes, shown, viewAnchors(shown, null)))).toEqual([
      'q1',
      'q2',
      'q4',
      'q5',
      'q7',
    ]);
  });

  it('under a focus, only the focused actor’s quotes about nobody stay', () => {
    expect(ids(quotesInView(quotes, shown, viewAnchors(shown, a)))).toEqual([
      'q1',
      'q2',
      'q4',
      'q7',
    ]);
  });

  it('returns its input when nothing is left out', () => {
    const kept = quotes.slice(0, 2);
    expect(quotesInView(kept, shown, viewAnchors(shown, null))).toBe(kept);
  });
});

describe('viewNarrows', () => {
  it('is true for a focus, a threshold, kinds or hidden unknown speakers, not for none', () => {
    expect(viewNarrows({ hideUnknown: false })).toBe(false);
    expect(viewNarrows({ hideUnknown: false, minQuotes: 1, kinds: null, focus: null })).toBe(false);
    expect(viewNarrows({ hideUnknown: true })).toBe(true);
    expect(viewNarrows({ hideUnknown: false, minQuotes: 2 })).toBe(true);
    expect(viewNarrows({ hideUnknown: false, kinds: ['person'] })).toBe(true);
    expect(viewNarrows({ hideUnknown: false, focus: { id: a, depth: 1, direction: 'both' } })).toBe(
      true,
    );
  });
});
