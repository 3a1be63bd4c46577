/**
 * Per-file work budget: a deterministic count of the steps the extractor is about to take, so a
 * hostile file (millions of quote marks, one endless sentence full of quotes) is rejected with a
 * reason instead of stalling the whole ingest. Units are counted, never timed, so the same input
 * is accepted or rejected on every machine and the output stays byte-identical.
 */

/** Work units one file may use. Real articles use well under 1 % of it (the seeds: < 60,000). */
export const DEFAULT_WORK_BUDGET = 200_000_000;

/** Quote marks one article may hold. Real articles hold a few hundred; pairing is linear, but each mark costs memory. */
export const MAX_QUOTE_MARKS = 200_000;

/** A file over one of the ingest limits; the message is the rejection reason. */
export class LimitExceeded extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'LimitExceeded';
  }
}

function thousands(n: number): string {
  return n.toLocaleString('en-US');
}

/** A running count of work units against a limit. Mutable: one instance per file. */
export class WorkBudget {
  spent = 0;
  constructor(readonly limit: number = DEFAULT_WORK_BUDGET) {}

  /** Adds `units` of work for `step`; throws {@link LimitExceeded} once over the limit. */
  charge(units: number, step: string): void {
    this.spent += units;
    if (this.spent > this.limit)
      throw new LimitExceeded(
        `over the per-file work budget (${thousands(this.limit)} steps) in ${step}`,
      );
  }
}

/** Throws {@link LimitExceeded} when `text` holds more quote marks than the finder may pair. */
export function checkQuoteMarks(text: string, max: number = MAX_QUOTE_MARKS): void {
  const n = countQuoteMarks(text);
  if (n > max)
    throw new LimitExceeded(`too many quote marks (${thousands(n)} > ${thousands(max)} limit)`);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Number of quotation marks the quote finder may pair in `text`; an apostrophe between two ASCII
 * letters or digits ("it's") is never a quote mark and is not counted. Pure, linear.
 */
export function countQuoteMarks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 39 || c === 0x2019) {
      if (!isAsciiAlnum(text.charCodeAt(i - 1)) || !isAsciiAlnum(text.charCodeAt(i + 1))) n += 1;
    } else if (
      c === 34 ||
      c === 0xab ||
      c === 0xbb ||
      (c >= 0x2018 && c <= 0x201f) ||
      c === 0x2039 ||
      c === 0x203a
    )
      n += 1;
  }
  return n;
}
