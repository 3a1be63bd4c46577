import { z } from 'zod';
import { stripBidiControls } from './display-text.ts';
import { CORPUS_LIMITS as LIMITS } from './limits.ts';

/**
 * The Quotegraph corpus contract: written once, used by the ingest CLI (to build and
 * self-check its output) and by the app (to validate whatever it is asked to load).
 *
 * Ids are branded so an ActorId can never be passed where an ArticleId is expected.
 */

/** Current corpus format version. Bump on a breaking change; readers reject unknown versions. */
export const CORPUS_VERSION = 1;

// Every string and list is bounded (src/corpus/limits.ts): a corpus from a shared link is
// untrusted, and one 2 MB name is enough to freeze the page while it is measured and drawn.
const tooLong = (limit: number) =>
  `longer than the limit of ${limit.toLocaleString('en')} characters`;
const tooMany = (limit: number) => `more than the limit of ${limit.toLocaleString('en')} entries`;
const label = () => z.string().max(LIMITS.label, tooLong(LIMITS.label));
/**
 * Text shown as a name or heading: bounded, and without bidi controls (U+202E and kin), which
 * would reverse or reorder it on screen. Stripped on load, in this one place, so every view of a
 * corpus from elsewhere is safe whatever its producer did.
 */
const displayLabel = (min = 0) => label().min(min).transform(stripBidiControls);
const list = <T extends z.ZodType>(item: T, limit: number = LIMITS.listItems) =>
  z.array(item).max(limit, tooMany(limit));

/** Stable slug of an actor, e.g. `sergey-lavrov`; `unknown` is the honest "we could not tell". */
export const ActorIdSchema = label().min(1).brand<'ActorId'>();
export type ActorId = z.infer<typeof ActorIdSchema>;

/** Stable id of an article, derived from its file name. */
export const ArticleIdSchema = label().min(1).brand<'ArticleId'>();
export type ArticleId = z.infer<typeof ArticleIdSchema>;

/** Stable id of a quote: `<articleId>#<n>` in reading order. */
export const QuoteIdSchema = label().min(1).brand<'QuoteId'>();
export type QuoteId = z.infer<typeof QuoteIdSchema>;

/** The actor id every unresolved speaker points to. */
export const UNKNOWN_ACTOR_ID = 'unknown' as ActorId;

export const ActorKindSchema = z.enum(['person', 'organization', 'country', 'unknown']);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/** Where an article's date came from: the ` date YYYY-MM-DD` header, a date found in the body, or nowhere. */
export const DateSourceSchema = z.enum(['header', 'body', 'none']);

/** The form an article came in: plain text, Markdown, or a saved web page. */
export const ArticleFormatSchema = z.enum(['txt', 'md', 'html']);
export type ArticleFormat = z.infer<typeof ArticleFormatSchema>;
export type DateSource = z.infer<typeof DateSourceSchema>;

/** Whether `YYYY-MM-DD` names a day of the calendar (`2021-02-31` does not; Date.parse says it does). */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a real calendar date');

export const ArticleSchema = z.object({
  id: ArticleIdSchema,
  /** The input file's name, as given to the ingest CLI. */
  file: displayLabel(1),
  title: displayLabel(),
  date: isoDate.nullable(),
  dateSource: DateSourceSchema.default('none'),
  outlet: displayLabel().nullable(),
  /** Cleaned body; every quote's start/end offsets point into this string. */
  text: z.string().max(LIMITS.articleText, tooLong(LIMITS.articleText)),
  /** Set by ingest when cleaning removed more than half of the file's characters: the share removed. */
  removedShare: z.number().min(0).max(1).optional(),
  /** The form the article came in; absent means plain text (`.txt`), as every older corpus. */
  format: ArticleFormatSchema.optional(),
  /**
   * The original's address, when a saved web page names it (canonical link, `og:url`). Only
   * http(s): the reader links to it, and any other scheme (`javascript:`) would be a hazard.
   */
  url: z
    .string()
    .max(2048)
    .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), 'expected an http(s) URL')
    .optional(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ActorSchema = z.object({
  id: ActorIdSchema,
  /** Canonical full name. */
  name: displayLabel(1),
  kind: ActorKindSchema,
  /** Every surface form seen in the texts or known from the actors file. */
  aliases: list(displayLabel()),
  /** For persons, the role the text gives ("Russian Foreign Minister"), else null. */
  role: displayLabel().nullable().default(null),
  /** Set by ingest when the name or an alias mixes Latin, Cyrillic or Greek letters (a possible look-alike). */
  mixedScript: z.boolean().optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const QuoteSchema = z.object({
  id: QuoteIdSchema,
  articleId: ArticleIdSchema,
  speakerId: ActorIdSchema,
  /** What was said: the words inside the marks, or the reported clause for indirect speech. */
  text: z.string().max(LIMITS.quoteText, tooLong(LIMITS.quoteText)),
  kind: QuoteKindSchema,
  /** `article.text.slice(start, end)` contains the quote. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The reporting verb phrase as written ("told reporters"), or null when there is none. */
  cue: label().nullable(),
  /** Actors the statement is about or addressed to. */
  mentions: list(ActorIdSchema),
  /** Optional: id of the extractor rule that found the statement (docs/extractor.md). */
  rule: label().optional(),
  /** Optional: how sure the attribution is, 0–1 (rule and speaker resolution). */
  confidence: z.number().min(0).max(1).optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const RejectedSchema = z.object({
  file: displayLabel(),
  reason: z.string().max(LIMITS.reason, tooLong(LIMITS.reason)),
});
export type Rejected = z.infer<typeof RejectedSchema>;

const coordinate = z
  .number()
  .min(-LIMITS.coordinate, `beyond the limit of ±${LIMITS.coordinate.toLocaleString('en')}`)
  .max(LIMITS.coordinate, `beyond the limit of ±${LIMITS.coordinate.toLocaleString('en')}`);

/**
 * Optional precomputed layout: actor id → [x, y] in layout units, centred on 0.
 * Ingest computes it once so the app draws instantly and every load shows the same picture.
 * Coordinates are bounded: far-apart finite points (1e308) overflow the drawing's arithmetic.
 */
export const LayoutSchema = z.object({
  positions: z.record(label(), z.tuple([coordinate, coordinate])),
});
export type Layout = z.infer<typeof LayoutSchema>;

/**
 * Optional: one statement carried by several articles (wire copies, reposts, light edits),
 * folded at ingest (src/ingest/fold-statements.ts). Only statements with two or more reports
 * are listed: a quote in no statement is a statement of its own. Quotes stay as they are.
 */
export const StatementSchema = z.object({
  /** `s:<id of its first report>`. */
  id: label().min(1),
  speakerId: ActorIdSchema,
  /** The wording of the first report (earliest dated, then corpus order). */
  text: z.string().max(LIMITS.quoteText, tooLong(LIMITS.quoteText)),
  /**
   * Its reports, first seen first: every one a quote of `speakerId` in a different article, so
   * bounded by the article limit, not the per-list one (agency copy carried by thousands of
   * articles is one statement; the ingest folds it so at 34,000 benchmark articles).
   */
  quoteIds: list(QuoteIdSchema, LIMITS.articles).min(2),
  /** Date of the earliest dated report, or null when none is dated. */
  firstDate: isoDate.nullable(),
  /** Distinct outlets of the reports, in report order (articles without an outlet add none). */
  outlets: list(displayLabel(), LIMITS.articles),
});
export type Statement = z.infer<typeof StatementSchema>;

/** The corpus records without the cross-record checks (see refineCorpusReferences). */
export const CorpusShapeSchema = z.object({
  version: z.literal(CORPUS_VERSION),
  articles: list(ArticleSchema, LIMITS.articles),
  actors: list(ActorSchema, LIMITS.actors),
  quotes: list(QuoteSchema, LIMITS.quotes),
  rejected: list(RejectedSchema, LIMITS.rejected),
  layout: LayoutSchema.optional(),
  statements: list(StatementSchema, LIMITS.quotes).optional(),
});

export type CorpusShape = z.infer<typeof CorpusShapeSchema>;

/**
 * What the cross-record checks read: a corpus shape whose articles need only their id and
 * their body's length (the web corpus checks spans before any body is fetched).
 */
export type ReferenceShape = Omit<CorpusShape, 'articles'> & {
  articles: readonly { id: string; text: { readonly length: number } }[];
};

/**
 * The cross-record checks of {@link CorpusSchema}, exported so a loader that validates the
 * records piece by piece (the app's corpus worker) runs exactly the same rules. Reports
 * through `ctx.addIssue`; never mutates.
 */
export function refineCorpusReferences(
  corpus: ReferenceShape,
  ctx: Pick<z.RefinementCtx, 'addIssue'>,
): void {
  const articleText = new Map<string, number>();
  corpus.articles.forEach((a, i) => {
    if (articleText.has(a.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['articles', i, 'id'],
        message: `duplicate article id "${a.id}"`,
      });
    }
    articleText.set(a.id, a.text.length);
  });
  const actorIds = new Set<string>();
  corpus.actors.forEach((a, i) => {
    if (actorIds.has(a.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['actors', i, 'id'],
        message: `duplicate actor id "${a.id}"`,
      });
    }
    actorIds.add(a.id);
  });
  const quoteSpeakers = new Map<string, string>();
  corpus.quotes.forEach((q, i) => {
    if (quoteSpeakers.has(q.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['quotes', i, 'id'],
        message: `duplicate quote id "${q.id}"`,
      });
    }
    quoteSpeakers.set(q.id, q.speakerId);
    const length = articleText.get(q.articleId);
    if (length === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['quotes', i, 'articleId'],
        message: `unknown article "${q.articleId}"`,
      });
    } else if (q.start > q.end || q.end > length) {
      ctx.addIssue({
        code: 'custom',
        path: ['quotes', i, 'end'],
        message: `span ${q.start}–${q.end} lies outside the article text (length ${length})`,
      });
    }
    if (!actorIds.has(q.speakerId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['quotes', i, 'speakerId'],
        message: `unknown actor "${q.speakerId}"`,
      });
    }
    q.mentions.forEach((m, j) => {
      if (!actorIds.has(m)) {
        ctx.addIssue({
          code: 'custom',
          path: ['quotes', i, 'mentions', j],
          message: `unknown actor "${m}"`,
        });
      }
    });
  });
  // A quote belongs to one statement at most, and every report is said by its speaker.
  const folded = new Set<string>();
  corpus.statements?.forEach((s, i) => {
    s.quoteIds.forEach((id, j) => {
      const path = ['statements', i, 'quoteIds', j];
      const speaker = quoteSpeakers.get(id);
      if (speaker === undefined) {
        ctx.addIssue({ code: 'custom', path, message: `unknown quote "${id}"` });
      } else if (speaker !== s.speakerId) {
        ctx.addIssue({ code: 'custom', path, message: `quote "${id}" is not by "${s.speakerId}"` });
      } else if (folded.has(id)) {
        ctx.addIssue({ code: 'custom', path, message: `quote "${id}" is in two statements` });
      }
      folded.add(id);
    });
  });
}

/**
 * The whole corpus, with cross-record checks: ids unique, every reference resolves,
 * and every quote's span lies inside its article's text. Issue paths name the record
 * (`quotes[3].speakerId`) so a user can find the problem.
 */
export const CorpusSchema = CorpusShapeSchema.superRefine(refineCorpusReferences);
export type Corpus = z.infer<typeof CorpusSchema>;
/** What producers write (defaults not yet applied). */
export type CorpusInput = z.input<typeof CorpusSchema>;
