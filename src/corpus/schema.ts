import { z } from 'zod';

/**
 * The Quotegraph corpus contract: written once, used by the ingest CLI (to build and
 * self-check its output) and by the app (to validate whatever it is asked to load).
 *
 * Ids are branded so an ActorId can never be passed where an ArticleId is expected.
 */

/** Current corpus format version. Bump on a breaking change; readers reject unknown versions. */
export const CORPUS_VERSION = 1;

/** Stable slug of an actor, e.g. `sergey-lavrov`; `unknown` is the honest "we could not tell". */
export const ActorIdSchema = z.string().min(1).brand<'ActorId'>();
export type ActorId = z.infer<typeof ActorIdSchema>;

/** Stable id of an article, derived from its file name. */
export const ArticleIdSchema = z.string().min(1).brand<'ArticleId'>();
export type ArticleId = z.infer<typeof ArticleIdSchema>;

/** Stable id of a quote: `<articleId>#<n>` in reading order. */
export const QuoteIdSchema = z.string().min(1).brand<'QuoteId'>();
export type QuoteId = z.infer<typeof QuoteIdSchema>;

/** The actor id every unresolved speaker points to. */
export const UNKNOWN_ACTOR_ID = 'unknown' as ActorId;

export const ActorKindSchema = z.enum(['person', 'organization', 'country', 'unknown']);
export type ActorKind = z.infer<typeof ActorKindSchema>;

export const QuoteKindSchema = z.enum(['direct', 'indirect', 'mixed']);
export type QuoteKind = z.infer<typeof QuoteKindSchema>;

/** Where an article's date came from: the ` date YYYY-MM-DD` header, a date found in the body, or nowhere. */
export const DateSourceSchema = z.enum(['header', 'body', 'none']);
export type DateSource = z.infer<typeof DateSourceSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a real calendar date');

export const ArticleSchema = z.object({
  id: ArticleIdSchema,
  /** The input file's name, as given to the ingest CLI. */
  file: z.string().min(1),
  title: z.string(),
  date: isoDate.nullable(),
  dateSource: DateSourceSchema.default('none'),
  outlet: z.string().nullable(),
  /** Cleaned body; every quote's start/end offsets point into this string. */
  text: z.string(),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ActorSchema = z.object({
  id: ActorIdSchema,
  /** Canonical full name. */
  name: z.string().min(1),
  kind: ActorKindSchema,
  /** Every surface form seen in the texts or known from the actors file. */
  aliases: z.array(z.string()),
  /** For persons, the role the text gives ("Russian Foreign Minister"), else null. */
  role: z.string().nullable().default(null),
});
export type Actor = z.infer<typeof ActorSchema>;

export const QuoteSchema = z.object({
  id: QuoteIdSchema,
  articleId: ArticleIdSchema,
  speakerId: ActorIdSchema,
  /** What was said: the words inside the marks, or the reported clause for indirect speech. */
  text: z.string(),
  kind: QuoteKindSchema,
  /** `article.text.slice(start, end)` contains the quote. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The reporting verb phrase as written ("told reporters"), or null when there is none. */
  cue: z.string().nullable(),
  /** Actors the statement is about or addressed to. */
  mentions: z.array(ActorIdSchema),
  /** Optional: id of the extractor rule that found the statement (docs/extractor.md). */
  rule: z.string().optional(),
  /** Optional: how sure the attribution is, 0–1 (rule and speaker resolution). */
  confidence: z.number().min(0).max(1).optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const RejectedSchema = z.object({
  file: z.string(),
  reason: z.string(),
});
export type Rejected = z.infer<typeof RejectedSchema>;

/**
 * Optional precomputed layout: actor id → [x, y] in layout units, centred on 0.
 * Ingest computes it once so the app draws instantly and every load shows the same picture.
 */
export const LayoutSchema = z.object({
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])),
});
export type Layout = z.infer<typeof LayoutSchema>;

/** The corpus records without the cross-record checks (see refineCorpusReferences). */
export const CorpusShapeSchema = z.object({
  version: z.literal(CORPUS_VERSION),
  articles: z.array(ArticleSchema),
  actors: z.array(ActorSchema),
  quotes: z.array(QuoteSchema),
  rejected: z.array(RejectedSchema),
  layout: LayoutSchema.optional(),
});

export type CorpusShape = z.infer<typeof CorpusShapeSchema>;

/**
 * The cross-record checks of {@link CorpusSchema}, exported so a loader that validates the
 * records piece by piece (the app's corpus worker) runs exactly the same rules. Reports
 * through `ctx.addIssue`; never mutates.
 */
export function refineCorpusReferences(
  corpus: CorpusShape,
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
  const quoteIds = new Set<string>();
  corpus.quotes.forEach((q, i) => {
    if (quoteIds.has(q.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['quotes', i, 'id'],
        message: `duplicate quote id "${q.id}"`,
      });
    }
    quoteIds.add(q.id);
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
