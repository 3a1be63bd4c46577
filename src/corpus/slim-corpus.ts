import type { Actor, Article, Corpus, Layout, Quote, Rejected, Statement } from './schema.ts';

/**
 * An article without its body. Bodies are most of a corpus's bytes and only the reader
 * needs them, one at a time, so the explorer holds the metadata and asks for a body on demand.
 */
export type SlimArticle = Omit<Article, 'text'>;

/** A validated corpus as the explorer holds it: everything but the article bodies. */
export interface SlimCorpus {
  version: Corpus['version'];
  articles: SlimArticle[];
  actors: Actor[];
  quotes: Quote[];
  rejected: Rejected[];
  layout?: Layout;
  statements?: Statement[];
}

/** The article without `text`, with the original's `url` when it has one. Pure; returns a new object. */
export function slimArticle(article: Article): SlimArticle {
  const { id, file, title, date, dateSource, outlet, url } = article;
  const slim: SlimArticle = { id, file, title, date, dateSource, outlet };
  // Absent rather than undefined: the slim records of older corpora stay as they were.
  if (url !== undefined) slim.url = url;
  return slim;
}

/** The corpus without article bodies (records are shared, not copied, except articles). Pure. */
export function slimCorpus(corpus: Corpus): SlimCorpus {
  const slim: SlimCorpus = {
    version: corpus.version,
    articles: corpus.articles.map(slimArticle),
    actors: corpus.actors,
    quotes: corpus.quotes,
    rejected: corpus.rejected,
  };
  if (corpus.layout) slim.layout = corpus.layout;
  if (corpus.statements) slim.statements = corpus.statements;
  return slim;
}
