import { describe, expect, it } from 'vitest';
import type { ActorId, ArticleId, Quote, QuoteId } from '../../../src/corpus/schema.ts';
import {
  adjustRange,
  binTimeline,
  dayNumber,
  isoOfDay,
  timelineDays,
  timelineRows,
} from '../../../src/features/timeline/timeline-bins.ts';
import { seededRandom } from '../../../src/lib/seeded-random.ts';

const quote = (id: string, speaker: string, article: string, mentions: string[] = []): Quote => ({
  id: id as QuoteId,
  articleId: article as ArticleId,
  speakerId: speaker as ActorId,
  text: `text of ${id}`,
  kind: id.endsWith('i') ? 'indirect' : 'direct',
  start: 0,
  end: 1,
  cue: null,
  mentions: mentions as ActorId[],
});
const dates = new Map<ArticleId, { date: string | null }>([
  ['a' as ArticleId, { date: '2022-01-01' }],
  ['b' as ArticleId, { date: '2022-01-10' }],
  ['c' as ArticleId, { date: '2022-01-31' }],
  ['u' as ArticleId, { date: null }],
]);

describe('timeline days and bins', () => {
  const quotes = [
    quote('1', 'lavrov', 'a', ['nato']),
    quote('2i', 'lavrov', 'b', ['nato']),
    quote('3', 'lavrov', 'b'),
    quote('4', 'stoltenberg', 'c', ['lavrov']),
    quote('5', 'lavrov', 'u'),
  ];
  const days = timelineDays(quotes, dates);

  it('round-trips ISO dates through day numbers', () => {
    expect(isoOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
    expect(dayNumber('1970-01-02')).toBe(1);
  });

  it('places dated statements and counts undated ones apart', () => {
    expect(days.undated).toBe(1);
    expect(days.span).toEqual({ min: dayNumber('2022-01-01'), max: dayNumber('2022-01-31') });
  });

  it('bins every dated statement once in the density and once in its speaker’s row', () => {
    const bins = binTimeline(days, ['lavrov' as ActorId], 10);
    if (!bins) throw new Error('dated statements give bins');
    expect(bins.binCount).toBe(10);
    expect(bins.density.reduce((a, b) => a + b, 0)).toBe(4);
    const row = bins.rows.get('lavrov' as ActorId);
    expect(Array.from(row?.counts ?? [])).toEqual([1, 0, 2, 0, 0, 0, 0, 0, 0, 0]);
    // Bin 2 holds a direct and an indirect quote: coloured as mixed; its first is quote 2i.
    expect(row?.kinds[2]).toBe(3);
    expect(row?.first[2]).toBe(1);
  });

  it('never makes more bins than days, and none without dates', () => {
    expect(binTimeline(days, [], 10_000)?.binCount).toBe(31);
    expect(binTimeline(timelineDays([quotes[4] as Quote], dates), [], 100)).toBeNull();
  });

  it('bins 100,000 statements', () => {
    const many = Array.from({ length: 100_000 }, (_, i) =>
      quote(String(i), i % 2 ? 'lavrov' : 'x', i % 3 ? 'a' : 'c'),
    );
    const bins = binTimeline(timelineDays(many, dates), ['lavrov' as ActorId], 300);
    expect(bins?.density.reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(bins?.rows.get('lavrov' as ActorId)?.counts.reduce((a, b) => a + b, 0)).toBe(50_000);
  });
});

describe('timelineRows', () => {
  const quotes = [
    quote('1', 'lavrov', 'a', ['nato']),
    quote('2', 'lavrov', 'a', ['nato', 'usa']),
    quote('3', 'stoltenberg', 'a', ['lavrov']),
    quote('4', 'biden', 'a'),
    quote('5', 'stoltenberg', 'a'),
  ];
  it('picks the most quoted speakers without a selection', () => {
    expect(timelineRows(timelineDays(quotes, new Map()), null, 2)).toEqual([
      'lavrov',
      'stoltenberg',
    ]);
  });
  it('picks the selected actor, its counterparts who speak, then the most quoted', () => {
    // NATO and the USA are talked about but say nothing: no row.
    expect(timelineRows(timelineDays(quotes, new Map()), 'lavrov' as ActorId, 3)).toEqual([
      'lavrov',
      'stoltenberg',
      'biden',
    ]);
    expect(timelineRows(timelineDays(quotes, new Map()), 'biden' as ActorId, 2)).toEqual([
      'biden',
      'lavrov',
    ]);
  });
});

describe('adjustRange', () => {
  const span = { min: 0, max: 100 };
  it('moves a range inside the span, keeping its width', () => {
    expect(adjustRange({ from: 10, to: 20 }, span, 'both', 5)).toEqual({ from: 15, to: 25 });
    expect(adjustRange({ from: 90, to: 100 }, span, 'both', 5)).toEqual({ from: 90, to: 100 });
    expect(adjustRange({ from: 2, to: 12 }, span, 'both', -5)).toEqual({ from: 0, to: 10 });
  });
  it('resizes one end without crossing the other', () => {
    expect(adjustRange({ from: 10, to: 20 }, span, 'start', 15)).toEqual({ from: 20, to: 20 });
    expect(adjustRange({ from: 10, to: 20 }, span, 'end', -3)).toEqual({ from: 10, to: 17 });
  });
});

describe('timeline indexes against a scan of every quote', () => {
  // 400 seeded random quotes over 6 speakers, 3 dates and an undated article: the indexed rows
  // and bins must be what one pass over all quotes gives.
  const random = seededRandom(7);
  const actors = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const many = Array.from({ length: 400 }, (_, i) =>
    quote(`${i}${random() < 0.5 ? 'i' : ''}`, pick(actors), pick(['a', 'b', 'c', 'u']), [
      pick(actors),
      pick(actors),
    ]),
  );
  const data = timelineDays(many, dates);

  it('gives each row the bins of its speaker’s dated statements', () => {
    const bins = binTimeline(data, ['a2' as ActorId, 'a5' as ActorId], 40);
    for (const id of ['a2', 'a5']) {
      const expected = many.filter(
        (q) => q.speakerId === id && dates.get(q.articleId)?.date !== null,
      ).length;
      const counts = bins?.rows.get(id as ActorId)?.counts ?? new Int32Array();
      expect(counts.reduce((s, c) => s + c, 0)).toBe(expected);
    }
    expect(bins?.density.reduce((s, c) => s + c, 0)).toBe(many.length - data.undated);
  });

  it('ranks the selected actor’s counterparts by statements either way', () => {
    const selected = 'a3' as ActorId;
    const talk = new Map<string, number>();
    for (const q of many) {
      if (q.speakerId === selected) {
        for (const m of new Set(q.mentions))
          if (m !== selected) talk.set(m, (talk.get(m) ?? 0) + 1);
      } else if (q.mentions.includes(selected))
        talk.set(q.speakerId, (talk.get(q.speakerId) ?? 0) + 1);
    }
    const expected = [...talk.entries()]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .map(([id]) => id);
    expect(timelineRows(data, selected, 6)).toEqual([selected, ...expected].slice(0, 6));
  });
});
