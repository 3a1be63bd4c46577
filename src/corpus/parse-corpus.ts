import type { z } from 'zod';
import { CorpusError } from './corpus-error.ts';
import { findJsonErrorPosition } from './json-error-position.ts';
import { CORPUS_LIMITS } from './limits.ts';
import { CorpusSchema, type Corpus } from './schema.ts';

/** Renders a zod path as `quotes[3].speakerId`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

/** One line per issue, at most `limit` lines, so a thousand-error corpus stays readable. */
export function formatSchemaIssues(issues: readonly z.core.$ZodIssue[], limit = 5): string {
  const lines = issues
    .slice(0, limit)
    .map((issue) => `${formatIssuePath(issue.path) || '(root)'}: ${issue.message}`);
  if (issues.length > limit) lines.push(`… and ${issues.length - limit} more problems`);
  return lines.join('\n');
}

function describeJsonError(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(raw);
  // V8 reports no offset for "Unexpected token": find it ourselves.
  const position = match?.[1] ? Number(match[1]) : findJsonErrorPosition(text);
  if (position === null) return `The corpus is not valid JSON: ${raw}`;
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `The corpus is not valid JSON at position ${position} (line ${line}, column ${column}): ${raw}`;
}

const COUNTED = ['articles', 'actors', 'quotes', 'rejected'] as const;

/**
 * Throws a CorpusError of kind `limit` when a record list is longer than CORPUS_LIMITS allows.
 * Run before the schema, which would otherwise check (and describe) millions of records first.
 * Pure; ignores anything that is not a list (the schema reports it).
 */
export function checkRecordCounts(value: unknown): void {
  if (typeof value !== 'object' || value === null) return;
  for (const field of COUNTED) {
    const records = (value as Record<string, unknown>)[field];
    const limit = CORPUS_LIMITS[field];
    if (Array.isArray(records) && records.length > limit) {
      throw new CorpusError(
        'limit',
        `The corpus has ${records.length.toLocaleString('en')} ${field}, more than the limit of ${limit.toLocaleString('en')}.`,
      );
    }
  }
}

/**
 * Validates an already-parsed value against the corpus contract.
 * Pure; throws a CorpusError of kind `limit` for too many records, else of kind `schema`
 * whose message lists the offending fields.
 */
export function validateCorpus(value: unknown): Corpus {
  checkRecordCounts(value);
  const result = CorpusSchema.safeParse(value);
  if (!result.success) {
    throw new CorpusError(
      'schema',
      `The corpus does not match the format:\n${formatSchemaIssues(result.error.issues)}`,
    );
  }
  return result.data;
}

/**
 * Throws a CorpusError of kind `limit` when `text` holds more `{` and `[` than
 * CORPUS_LIMITS.structures (brackets inside strings count too: it is an upper bound, which a
 * corpus within the record limits stays well under). Pure; one native scan, no parsing.
 */
export function checkStructureCount(text: string): void {
  const limit = CORPUS_LIMITS.structures;
  let count = 0;
  for (const mark of ['{', '[']) {
    for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) {
      if (++count > limit) {
        throw new CorpusError(
          'limit',
          `The corpus holds more than ${limit.toLocaleString('en')} objects and lists, the limit for a corpus (far more records than the record limits allow).`,
        );
      }
    }
  }
}

/**
 * Parses corpus JSON text without validating it. Pure; throws a CorpusError of kind `limit`
 * when the text holds too many objects and lists to parse safely (checkStructureCount), or of
 * kind `json` naming the position (line and column) where the text stops being JSON.
 */
export function parseJsonText(text: string): unknown {
  checkStructureCount(text);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CorpusError('json', describeJsonError(text, error));
  }
}

/**
 * Parses corpus JSON text and validates it. Pure; throws a CorpusError naming the
 * JSON position or the schema fields at fault.
 */
export function parseCorpusJson(text: string): Corpus {
  return validateCorpus(parseJsonText(text));
}
