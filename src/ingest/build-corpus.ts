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
import { ingestArticle, type IngestedArticle } from './ingest-article.ts';
import type { HtmlArticle } from './html-article.ts';
import { markdownToText } from './markdown-text.ts';
import { RecordingRegistry, replayRegistryLog, type RegistryLog } from './speculative-registry.ts';
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
  /**
   * Reads a saved web page (src/ingest/html-article.ts's readHtmlArticle). Passed in rather than
   * imported so that only a run with `.html` files loads the DOM code; without it, such files are
   * rejected.
   */
  readHtml?: (html: string) => HtmlArticle;
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

/**
 * One file ingested by an {@link ArticleSpeculator} (another thread, its own registry), for
 * {@link CorpusBuilder.addSpeculated}. Plain data: it crosses threads by structured clone.
 */
export type Speculation =
  | { kind: 'undecodable'; reason: string }
  | {
      kind: 'ingested';
      /** The id it was ingested under (the file's own id: the worker does not de-duplicate). */
      id: string;
      log: RegistryLog;
      result: IngestedArticle;
    }
  | { kind: 'over-limit'; id: string; log: RegistryLog; message: string }
  /** An unexpected extractor error: the owner ingests the file itself. */
  | { kind: 'failed' };

/** The builder options both the owner and a speculating thread extract with, defaults filled in. */
interface ExtractSettings {
  outlets: ReturnType<typeof compileOutlets>;
  maxBytes: number;
  explain: boolean;
  learnedClauseEnds: boolean;
  workBudget: number;
  readHtml: ((html: string) => HtmlArticle) | null;
}

function extractSettings(options: CorpusBuilderOptions): ExtractSettings {
  return {
    outlets: compileOutlets(options.outlets),
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    explain: options.explain ?? false,
    learnedClauseEnds: options.learnedClauseEnds ?? false,
    workBudget: options.workBudget ?? DEFAULT_WORK_BUDGET,
    readHtml: options.readHtml ?? null,
  };
}

/** Thrown by {@link extract} for a page no HTML reader was given for; the file is rejected. */
class NoHtmlReader extends Error {}

/**
 * A page's article as the text the extractor reads: its title first (behind a ` date` header
 * when the page gives the date, so that date wins over any in the body), then the paragraphs.
 */
function htmlAsText(page: HtmlArticle): string {
  const title = page.title.replace(/\s+/g, ' ').trim();
  const head = page.date ? `date ${page.date} ${title}` : title;
  return [head, ...page.paragraphs].join('\n\n');
}

/**
 * One article through the extractor with `settings` and a fresh work budget. The form (txt, md,
 * html) follows the file's extension; any other name is read as plain text, as always, and
 * articles that are not plain text say so in `format`. Mutates `registry`.
 */
function extract(
  settings: ExtractSettings,
  registry: ActorRegistry,
  id: string,
  file: string,
  text: string,
): IngestedArticle {
  const format = articleFormatOf(file) ?? 'txt';
  let page: HtmlArticle | null = null;
  if (format === 'html') {
    if (!settings.readHtml) throw new NoHtmlReader();
    page = settings.readHtml(text);
  }
  const input = page ? htmlAsText(page) : format === 'md' ? markdownToText(text) : text;
  const result = ingestArticle(
    { id, file, text: input },
    {
      registry,
      outlets: settings.outlets,
      explain: settings.explain,
      learnedClauseEnds: settings.learnedClauseEnds,
      budget: new WorkBudget(settings.workBudget),
    },
  );
  if (format !== 'txt') result.article.format = format;
  if (page) {
    // The page's own metadata names its outlet better than outlet patterns found in its text.
    if (page.outlet) result.article.outlet = page.outlet;
    if (page.url) result.article.url = page.url;
  }
  return result;
}

/** True when the cleaned article is empty (the file is then rejected). */
function isEmpty(result: IngestedArticle): boolean {
  return result.article.text === '' && result.article.title === '';
}

/**
 * The per-article map of a parallel ingest: ingests files against its own recording registry
 * and returns what {@link CorpusBuilder.addSpeculated} needs to check and take the result.
 * Mutates its own registry only.
 */
export class ArticleSpeculator {
  private readonly registry: RecordingRegistry;
  private readonly settings: ExtractSettings;

  constructor(options: CorpusBuilderOptions) {
    this.registry = new RecordingRegistry(options.knownActors);
    this.settings = extractSettings(options);
  }

  /** Ingests one file's bytes. Never throws. */
  speculate(file: string, bytes: Uint8Array): Speculation {
    const decoded = decodeInput(bytes, { maxBytes: this.settings.maxBytes });
    if (!decoded.ok) return { kind: 'undecodable', reason: decoded.reason };
    const id = articleIdFromFile(file);
    this.registry.log = [];
    try {
      const result = extract(this.settings, this.registry, id, file, decoded.text);
      return { kind: 'ingested', id, log: this.registry.log, result };
    } catch (error) {
      if (error instanceof LimitExceeded)
        return { kind: 'over-limit', id, log: this.registry.log, message: error.message };
      return { kind: 'failed' };
    } finally {
      this.registry.log = [];
    }
  }
}

/** What {@link CorpusBuilder.restore} keeps of a corpus built before. */
export interface PreviousCorpus {
  articles: readonly Article[];
  quotes: readonly Quote[];
  actors: readonly Actor[];
}

/**
 * `known` plus the actors of a previous corpus as known actors (those whose id `known` does not
 * already hold), so appended articles resolve names to the ids the corpus already uses. Give
 * the result as `knownActors` to the builder (and to every speculating thread). Pure.
 */
export function withPreviousActors(
  known: readonly KnownActor[],
  previous: readonly Actor[],
): KnownActor[] {
  const ids = new Set(known.map((k) => k.id));
  const extra = previous.flatMap((a): KnownActor[] =>
    a.kind === 'unknown' || ids.has(a.id)
      ? []
      : [{ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases, role: a.role ?? null }],
  );
  return [...known, ...extra];
}

export class CorpusBuilder {
  private readonly registry: ActorRegistry;
  private readonly settings: ExtractSettings;
  private readonly articleIds = new Set<string>();
  private previousActors: readonly Actor[] = [];
  /** Folds reposts of one statement across articles (docs/extractor.md, Statements). */
  readonly folder = new StatementFolder();
  readonly rejected: Rejected[] = [];
  articleCount = 0;
  quoteCount = 0;

  constructor(options: CorpusBuilderOptions) {
    this.registry = new ActorRegistry(options.knownActors);
    this.settings = extractSettings(options);
  }

  /** Records a file that could not even be read (missing, unreadable, too large). */
  reject(file: string, reason: string): AddResult {
    const rejected = { file, reason };
    this.rejected.push(rejected);
    return { ok: false, rejected };
  }

  /** Files whose speculation held ({@link addSpeculated}), and those ingested again here. */
  readonly speculation = { held: 0, redone: 0 };

  /** The id the next accepted file named `file` gets: its own, or with -2, -3 … when taken. */
  private nextId(file: string): string {
    const id = articleIdFromFile(file);
    if (!this.articleIds.has(id)) return id;
    let n = 2;
    while (this.articleIds.has(`${id}-${n}`)) n += 1;
    return `${id}-${n}`;
  }

  private accept(file: string, id: string, result: IngestedArticle): AddResult {
    if (isEmpty(result)) return this.reject(file, 'no article text after cleaning');
    this.articleIds.add(id);
    this.articleCount += 1;
    this.quoteCount += result.quotes.length;
    const { date, outlet } = result.article;
    for (const { id: qid, speakerId, text, articleId } of result.quotes) {
      this.folder.add({ id: qid, speakerId, text, articleId, date, outlet });
    }
    return { ok: true, ...result };
  }

  /**
   * Takes a file another thread ingested ({@link ArticleSpeculator}) as the next file: the same
   * result, byte for byte, as {@link add} of `bytes` here. When the other thread's registry
   * answered differently from this one (or the id differs), ingests `bytes` here instead.
   * Mutates the registry as {@link add} would. Never throws.
   */
  addSpeculated(file: string, bytes: Uint8Array, speculation: Speculation): AddResult {
    if (speculation.kind === 'undecodable') return this.reject(file, speculation.reason);
    if (speculation.kind === 'failed' || speculation.id !== this.nextId(file))
      return this.redo(file, bytes);
    const checkpoint = this.registry.usageCheckpoint();
    if (!replayRegistryLog(this.registry, speculation.log)) return this.redo(file, bytes);
    this.speculation.held += 1;
    if (speculation.kind === 'over-limit') {
      this.registry.rollbackUsage(checkpoint);
      return this.reject(file, speculation.message);
    }
    return this.accept(file, speculation.id, speculation.result);
  }

  private redo(file: string, bytes: Uint8Array): AddResult {
    this.speculation.redone += 1;
    return this.add(file, bytes);
  }

  /** Ingests one file's bytes. Never throws: an unexpected failure becomes a rejection. */
  add(file: string, bytes: Uint8Array): AddResult {
    const decoded = decodeInput(bytes, { maxBytes: this.settings.maxBytes });
    if (!decoded.ok) return this.reject(file, decoded.reason);
    const id = this.nextId(file);
    const checkpoint = this.registry.usageCheckpoint();
    try {
      const result = extract(this.settings, this.registry, id, file, decoded.text);
      return this.accept(file, id, result);
    } catch (error) {
      this.registry.rollbackUsage(checkpoint);
      if (error instanceof LimitExceeded) return this.reject(file, error.message);
      if (error instanceof NoHtmlReader) return this.reject(file, 'HTML is not read here');
      return this.reject(
        file,
        `extractor error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  /**
   * Starts from a corpus built before (`ingest --append`), before any {@link add}: its articles
   * keep their ids (new files never take one), its quotes fold with the new ones, and its actors
   * stay in {@link actors}. Its records are not re-extracted; the caller writes them out.
   */
  restore(previous: PreviousCorpus): void {
    const articles = new Map(previous.articles.map((a) => [a.id, a]));
    for (const id of articles.keys()) this.articleIds.add(id);
    this.articleCount += previous.articles.length;
    this.quoteCount += previous.quotes.length;
    for (const { id, speakerId, text, articleId } of previous.quotes) {
      const article = articles.get(articleId);
      const date = article?.date ?? null;
      const outlet = article?.outlet ?? null;
      this.folder.add({ id, speakerId, text, articleId, date, outlet });
    }
    this.previousActors = previous.actors;
  }

  /**
   * Actors used by the quotes so far, sorted by id; after {@link restore}, with the previous
   * corpus's actors too (an actor the new quotes used again comes as the registry has it now).
   */
  actors(): Actor[] {
    const used = this.registry.usedActors();
    if (this.previousActors.length === 0) return used;
    const byId = new Map<string, Actor>(this.previousActors.map((a) => [a.id, a]));
    for (const actor of used) byId.set(actor.id, actor);
    return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
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
