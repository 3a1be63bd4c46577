import type { Actor, ActorId, ArticleId, Quote } from './schema.ts';

/**
 * Every actor's quotes, said and about, as compressed rows (CSR) of quote positions in
 * `corpus.quotes`, each row newest first. Built once per corpus (in the loading worker when
 * there is one: the typed arrays transfer without copying), so selecting an actor costs
 * O(their quotes), never a pass over all quotes.
 *
 * Row `i` belongs to `actors[i]`: quotes said by it are
 * `saidQuotes[saidStart[i] .. saidStart[i + 1])`, quotes mentioning it likewise in `about*`.
 */
export interface ActorQuoteTables {
  saidStart: Int32Array;
  saidQuotes: Int32Array;
  aboutStart: Int32Array;
  aboutQuotes: Int32Array;
}

export type ActorQuoteRole = 'said' | 'about';

/**
 * Quote positions ordered newest first: article date descending (undated last), then article
 * id ascending, then start offset ascending, then input order — the order of
 * `sortNewestFirst` in corpus-index.ts. Pure. Sorts the articles (not the quotes) and then
 * each article's few quotes, so 100,000 quotes cost tens of milliseconds.
 */
export function newestFirstOrder(
  quotes: readonly Pick<Quote, 'articleId' | 'start'>[],
  articleDate: ReadonlyMap<ArticleId, string | null>,
): Int32Array {
  const count = quotes.length;
  // Articles of the quotes, by id; then stably by date, newest first, undated last.
  const articleOf = new Map<string, number>();
  for (const quote of quotes) articleOf.set(quote.articleId, 0);
  const articles = [...articleOf.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const dated = (id: string) => articleDate.get(id as ArticleId) ?? '';
  const byDate = articles
    .map((id, rank) => ({ rank, date: dated(id) }))
    .sort((a, b) => (a.date === b.date ? a.rank - b.rank : a.date < b.date ? 1 : -1));
  byDate.forEach((entry, position) => articleOf.set(articles[entry.rank] as string, position));
  // Group the quotes by article position (input order kept), then order each group by start.
  const groupStart = new Int32Array(articles.length + 1);
  const group = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const g = articleOf.get((quotes[i] as Pick<Quote, 'articleId'>).articleId) as number;
    group[i] = g;
    groupStart[g + 1] = (groupStart[g + 1] as number) + 1;
  }
  for (let g = 1; g <= articles.length; g++) {
    groupStart[g] = (groupStart[g] as number) + (groupStart[g - 1] as number);
  }
  const next = groupStart.slice();
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const g = group[i] as number;
    order[next[g] as number] = i;
    next[g] = (next[g] as number) + 1;
  }
  const startOf = (i: number) => (quotes[i] as Pick<Quote, 'start'>).start;
  for (let g = 0; g < articles.length; g++) {
    const from = groupStart[g] as number;
    const to = groupStart[g + 1] as number;
    if (to - from > 1) {
      order.subarray(from, to).sort((a, b) => startOf(a) - startOf(b) || a - b);
    }
  }
  return order;
}

/**
 * Builds the tables. `said` groups by speaker; `about` by each distinct mentioned actor (a
 * quote mentioning an actor twice counts once; an actor mentioning itself is listed, as
 * groupQuotesByActor does). Quotes naming an actor not in `actors` are left out of that row.
 * Pure; O(actors + quotes·log quotes + mentions).
 */
export function buildActorQuoteTables(
  actors: readonly Pick<Actor, 'id'>[],
  quotes: readonly Pick<Quote, 'articleId' | 'start' | 'speakerId' | 'mentions'>[],
  articleDate: ReadonlyMap<ArticleId, string | null>,
): ActorQuoteTables {
  const position = actorPositions(actors);
  const order = newestFirstOrder(quotes, articleDate);
  const rows = actors.length;
  const saidCount = new Int32Array(rows + 1);
  const aboutCount = new Int32Array(rows + 1);
  // Per-quote dedupe of repeated mentions without a Set per quote.
  const lastQuote = new Int32Array(rows).fill(-1);
  let mentionTotal = 0;
  for (let q = 0; q < quotes.length; q++) {
    const quote = quotes[q] as Pick<Quote, 'speakerId' | 'mentions'>;
    const s = position.get(quote.speakerId);
    if (s !== undefined) saidCount[s + 1] = (saidCount[s + 1] as number) + 1;
    for (const id of quote.mentions) {
      const m = position.get(id);
      if (m === undefined || lastQuote[m] === q) continue;
      lastQuote[m] = q;
      aboutCount[m + 1] = (aboutCount[m + 1] as number) + 1;
      mentionTotal++;
    }
  }
  for (let i = 1; i <= rows; i++) {
    saidCount[i] = (saidCount[i] as number) + (saidCount[i - 1] as number);
    aboutCount[i] = (aboutCount[i] as number) + (aboutCount[i - 1] as number);
  }
  const saidStart = saidCount.slice();
  const aboutStart = aboutCount.slice();
  const saidQuotes = new Int32Array(saidCount[rows] as number);
  const aboutQuotes = new Int32Array(mentionTotal);
  lastQuote.fill(-1);
  for (let n = 0; n < order.length; n++) {
    const q = order[n] as number;
    const quote = quotes[q] as Pick<Quote, 'speakerId' | 'mentions'>;
    const s = position.get(quote.speakerId);
    if (s !== undefined) {
      saidQuotes[saidCount[s] as number] = q;
      saidCount[s] = (saidCount[s] as number) + 1;
    }
    for (const id of quote.mentions) {
      const m = position.get(id);
      if (m === undefined || lastQuote[m] === q) continue;
      lastQuote[m] = q;
      aboutQuotes[aboutCount[m] as number] = q;
      aboutCount[m] = (aboutCount[m] as number) + 1;
    }
  }
  return { saidStart, saidQuotes, aboutStart, aboutQuotes };
}

/** Actor id → row (position in `actors`); the first wins for a repeated id. Pure. */
export function actorPositions(actors: readonly Pick<Actor, 'id'>[]): Map<ActorId, number> {
  const position = new Map<ActorId, number>();
  actors.forEach((a, i) => {
    if (!position.has(a.id)) position.set(a.id, i);
  });
  return position;
}

/** The quotes of row `row` in `role`, newest first; empty for a row out of range. Pure. */
export function actorQuoteRow(
  tables: ActorQuoteTables,
  quotes: readonly Quote[],
  row: number,
  role: ActorQuoteRole,
): Quote[] {
  const start = role === 'said' ? tables.saidStart : tables.aboutStart;
  const list = role === 'said' ? tables.saidQuotes : tables.aboutQuotes;
  const from = start[row];
  const to = start[row + 1];
  if (from === undefined || to === undefined) return [];
  const out = new Array<Quote>(to - from);
  for (let i = from; i < to; i++) out[i - from] = quotes[list[i] as number] as Quote;
  return out;
}
