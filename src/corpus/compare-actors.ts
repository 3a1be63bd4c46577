import type { SlimArticle } from './slim-corpus.ts';
import type { ActorId, ArticleId, Quote } from './schema.ts';

/** One date of a comparison: what each actor said about the other that day. */
export interface ComparisonRow {
  /** ISO date, or null for quotes of undated articles (always the last row). */
  readonly date: string | null;
  /** Quotes by A that mention B, in reading order. */
  readonly aboutB: readonly Quote[];
  /** Quotes by B that mention A, in reading order. */
  readonly aboutA: readonly Quote[];
}

export interface Comparison {
  readonly a: ActorId;
  readonly b: ActorId;
  /** Oldest first, so a reader follows who answered whom; undated last. */
  readonly rows: readonly ComparisonRow[];
  readonly aboutBCount: number;
  readonly aboutACount: number;
}

/**
 * What `a` said about `b` and what `b` said about `a` in `quotes`, side by side and aligned by
 * article date: one row per date on which either spoke about the other, oldest first, undated
 * last. Within a cell quotes keep article id then reading order, so the result is total and
 * stable. A quote counts once even if it mentions the other actor twice. `a === b` compares
 * nothing (an actor mentioning itself adds no link). Pure; O(quotes + rows·log rows).
 */
export function compareActors(
  quotes: readonly Quote[],
  articlesById: ReadonlyMap<ArticleId, Pick<SlimArticle, 'date'>>,
  a: ActorId,
  b: ActorId,
): Comparison {
  const byDate = new Map<string, { aboutB: Quote[]; aboutA: Quote[] }>();
  let aboutBCount = 0;
  let aboutACount = 0;
  if (a !== b) {
    for (const quote of quotes) {
      const aToB = quote.speakerId === a && quote.mentions.includes(b);
      const bToA = quote.speakerId === b && quote.mentions.includes(a);
      if (!aToB && !bToA) continue;
      const key = articlesById.get(quote.articleId)?.date ?? '';
      let row = byDate.get(key);
      if (!row) {
        row = { aboutB: [], aboutA: [] };
        byDate.set(key, row);
      }
      if (aToB) {
        row.aboutB.push(quote);
        aboutBCount += 1;
      } else {
        row.aboutA.push(quote);
        aboutACount += 1;
      }
    }
  }
  const inReadingOrder = (x: Quote, y: Quote) =>
    x.articleId !== y.articleId ? (x.articleId < y.articleId ? -1 : 1) : x.start - y.start;
  // '' (undated) sorts first as a string: put it last instead.
  const keys = [...byDate.keys()].sort((x, y) =>
    x === '' ? 1 : y === '' ? -1 : x < y ? -1 : x > y ? 1 : 0,
  );
  const rows = keys.map((key) => {
    const row = byDate.get(key) as { aboutB: Quote[]; aboutA: Quote[] };
    return {
      date: key === '' ? null : key,
      aboutB: row.aboutB.sort(inReadingOrder),
      aboutA: row.aboutA.sort(inReadingOrder),
    };
  });
  return { a, b, rows, aboutBCount, aboutACount };
}
