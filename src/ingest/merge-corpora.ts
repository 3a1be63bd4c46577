import {
  CORPUS_VERSION,
  type Actor,
  type ArticleId,
  type Corpus,
  type QuoteId,
} from '../corpus/schema.ts';
import { foldStatements } from './fold-statements.ts';

/** A merged corpus: everything but the layout, which the caller lays out anew. */
export type MergedCorpus = Omit<Corpus, 'layout'>;

/** `id`, or with -2, -3 … when `taken` has it: the ingest's own rule for a repeated file name. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n += 1;
  return `${id}-${n}`;
}

function mergeActor(first: Actor, second: Actor): Actor {
  const aliases = [...first.aliases];
  for (const alias of [second.name, ...second.aliases])
    if (alias !== first.name && !aliases.includes(alias)) aliases.push(alias);
  return { ...first, aliases, role: first.role ?? second.role };
}

/**
 * Two validated corpora as one, `first`'s records first (the workspace "both": the bundled
 * corpus, then the user's own articles), as if one ingest had read both folders:
 *
 * - An article of `second` whose id `first` already has gets the next free `-2`, `-3` … id,
 *   and its quotes are renamed with it (`<articleId>#<n>`), so every id stays unique.
 * - Actors are one list by id: both corpora resolve names against the same known actors, so an
 *   id names one person. A shared actor keeps `first`'s record and gains `second`'s names as
 *   aliases.
 * - Statements are folded again over all quotes, so a report in one corpus and its repost in
 *   the other become one statement, as the ingest would fold them.
 * - Rejected files of both are kept, `first`'s first.
 *
 * Pure: the inputs are not changed; the result shares unchanged records with them.
 */
export function mergeCorpora(first: Corpus, second: Corpus): MergedCorpus {
  const articleIds = new Set<string>(first.articles.map((a) => a.id));
  const renamed = new Map<string, ArticleId>();
  const articles = [...first.articles];
  for (const article of second.articles) {
    const id = freeId(article.id, articleIds);
    articleIds.add(id);
    if (id === article.id) articles.push(article);
    else {
      renamed.set(article.id, id as ArticleId);
      articles.push({ ...article, id: id as ArticleId });
    }
  }

  const quotes = [...first.quotes];
  for (const quote of second.quotes) {
    const articleId = renamed.get(quote.articleId);
    if (!articleId) quotes.push(quote);
    else {
      const suffix = quote.id.startsWith(`${quote.articleId}#`)
        ? quote.id.slice(quote.articleId.length)
        : `#${quote.id}`;
      quotes.push({ ...quote, articleId, id: `${articleId}${suffix}` as QuoteId });
    }
  }

  const actors = new Map<string, Actor>(first.actors.map((a) => [a.id, a]));
  for (const actor of second.actors) {
    const known = actors.get(actor.id);
    actors.set(actor.id, known ? mergeActor(known, actor) : actor);
  }

  const byArticle = new Map(articles.map((a) => [a.id as string, a]));
  const statements = foldStatements(
    quotes.map((q) => {
      const article = byArticle.get(q.articleId);
      return {
        id: q.id,
        speakerId: q.speakerId,
        text: q.text,
        articleId: q.articleId,
        date: article?.date ?? null,
        outlet: article?.outlet ?? null,
      };
    }),
  );

  return {
    version: CORPUS_VERSION,
    articles,
    actors: [...actors.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    quotes,
    rejected: [...first.rejected, ...second.rejected],
    statements,
  };
}
