import {
  CORPUS_VERSION,
  type Actor,
  type Article,
  type ArticleFormat,
  type Quote,
  type Rejected,
  type Statement,
} from '../corpus/schema.ts';
import { ActorRegistry } from './actor-registry.ts';
import { compileOutlets } from './clean-article.ts';
import { decodeInput, DEFAULT_MAX_BYTES } from './decode-input.ts';
import { articleIdFromFile } from './article-id.ts';
import { StatementFolder } from './fold-statements.ts';
import { ingestArticle } from './ingest-article.ts';
import { markdownToText } from './markdown-text.ts';
import type { KnownActor, Outlet } from './known-actors.ts';
import { DEFAULT_WORK_BUDGET, LimitExceeded, WorkBudget } from './work-budget.ts';

/**
 * Corpus assembly, one file at a time, so the CLI can stream records out as they come and keep
 * only small per-corpus state (actor registry, used ids). Pure apart from its own state.
 */

export type AddResult =
  | { ok: true; article: Article; quotes: Quote[]; explanations: string[] }
  | { ok: false; rejected: Rejected };

export interface CorpusBuilderOptions {
  knownActors: readonly KnownActor[];
  outlets: readonly Outlet[];
  maxBytes?: number;
  /** Work units one file may use (default {@link DEFAULT_WORK_BUDGET}); over it, it is rejected. */
  workBudget?: number;
  /** Keep per-quote attribution explanations (costly; for --verbose and eval). */
  explain?: boolean;
  /** Ingest option `learnedClauseEnds` (off by default: see docs/extractor.md, Learned). */
  learnedClauseEnds?: boolean;
}

/** File names the ingest reads, by the form they come in; the CLI and the page both list them. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};

/** The form of an article file by its name, or null for a name the ingest does not read. */
export function articleFormatOf(file: string): ArticleFormat | null {
  const dot = file.lastIndexOf('.');
  return dot < 0 ? null : (ARTICLE_EXTENSIONS[file.slice(dot).toLowerCase()] ?? null);
}

export class CorpusBuilder {
  private readonly registry: ActorRegistry;
  private readonly outlets;
  private readonly maxBytes: number;
  private readonly explain: boolean;
  private readonly learnedClauseEnds: boolean;
  private readonly workBudget: number;
  private readonly articleIds = new Set<string>();
  /** Folds reposts of one statement across articles (docs/extractor.md, Statements). */
  readonly folder = new StatementFolder();
  readonly rejected: Rejected[] = [];
  articleCount = 0;
  quoteCount = 0;

  constructor(options: CorpusBuilderOptions) {
    this.registry = new ActorRegistry(options.knownActors);
    this.outlets = compileOutlets(options.outlets);
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.explain = options.explain ?? false;
    this.learnedClauseEnds = options.learnedClauseEnds ?? false;
    this.workBudget = options.workBudget ?? DEFAULT_WORK_BUDGET;
  }

  /** Records a file that could not even be read (missing, unreadable, too large). */
  reject(file: string, reason: string): AddResult {
    const rejected = { file, reason };
    this.rejected.push(rejected);
    return { ok: false, rejected };
  }

  /**
   * Ingests one file's bytes. Never throws: an unexpected failure becomes a rejection. The form
   * (txt, md, html) follows the file's extension; any other name is read as plain text, as
   * always. Articles that are not plain text say so in `format`.
   */
  add(file: string, bytes: Uint8Array): AddResult {
    const decoded = decodeInput(bytes, { maxBytes: this.maxBytes });
    if (!decoded.ok) return this.reject(file, decoded.reason);
    const format = articleFormatOf(file) ?? 'txt';
    let text = decoded.text;
    if (format === 'md') text = markdownToText(text);
    let id = articleIdFromFile(file);
    if (this.articleIds.has(id)) {
      let n = 2;
      while (this.articleIds.has(`${id}-${n}`)) n += 1;
      id = `${id}-${n}`;
    }
    const checkpoint = this.registry.usageCheckpoint();
    try {
      const result = ingestArticle(
        { id, file, text },
        {
          registry: this.registry,
          outlets: this.outlets,
          explain: this.explain,
          learnedClauseEnds: this.learnedClauseEnds,
          budget: new WorkBudget(this.workBudget),
        },
      );
      if (result.article.text === '' && result.article.title === '')
        return this.reject(file, 'no article text after cleaning');
      if (format !== 'txt') result.article.format = format;
      this.articleIds.add(id);
      this.articleCount += 1;
      this.quoteCount += result.quotes.length;
      const { date, outlet } = result.article;
      for (const { id: qid, speakerId, text, articleId } of result.quotes) {
        this.folder.add({ id: qid, speakerId, text, articleId, date, outlet });
      }
      return { ok: true, ...result };
    } catch (error) {
      this.registry.rollbackUsage(checkpoint);
      if (error instanceof LimitExceeded) return this.reject(file, error.message);
      return this.reject(
        file,
        `extractor error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /** Actors used by the quotes so far, sorted by id. */
  actors(): Actor[] {
    return this.registry.usedActors();
  }
}

/** A corpus built in memory: valid `CorpusInput`, plus the attribution explanations. */
export interface BuiltCorpus {
  version: typeof CORPUS_VERSION;
  articles: Article[];
  actors: Actor[];
  quotes: Quote[];
  rejected: Rejected[];
  statements: Statement[];
  explanations: string[];
}

/** Builds a whole corpus in memory (tests, eval, small inputs). Files in the given order. */
export function buildCorpus(
  files: readonly { file: string; bytes: Uint8Array }[],
  options: CorpusBuilderOptions,
): BuiltCorpus {
  const builder = new CorpusBuilder(options);
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  const explanations: string[] = [];
  for (const f of files) {
    const r = builder.add(f.file, f.bytes);
    if (r.ok) {
      articles.push(r.article);
      quotes.push(...r.quotes);
      explanations.push(...r.explanations);
    }
  }
  return {
    version: CORPUS_VERSION,
    articles,
    actors: builder.actors(),
    quotes,
    rejected: builder.rejected,
    statements: builder.folder.finish(),
    explanations,
  };
}
