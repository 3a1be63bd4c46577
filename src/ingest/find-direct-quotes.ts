/**
 * Finds quotation-mark spans in the cleaned body: “ ” " ‘ ’ ' « » „ “ ‹ ›, across paragraphs
 * when a quote runs on (the next paragraph re-opens it). Pure and linear in the text length.
 *
 * It only pairs marks; whether a span is a statement or a scare quote is decided by attribution.
 * Single quotes double as apostrophes (Russia’s, it’s, countries’): an apostrophe between two
 * letters never opens or closes, and a plural possessive (s’ + lowercase word) is skipped when a
 * better closing mark follows.
 */

export interface QuoteSpan {
  /** Offset of the opening mark in the article text. */
  start: number;
  /** Offset just after the closing mark (or the end of the last paragraph when never closed). */
  end: number;
  /** Ranges of the quoted words (one per paragraph for multi-paragraph quotes). */
  parts: [number, number][];
  family: 'double' | 'single' | 'angle';
  closed: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '‟']);
const DOUBLE_CLOSE = new Set(['”']);
const SINGLE_OPEN = new Set(['‘', '‚', '‛']);
const ANGLE_OPEN = new Set(['«', '‹']);
const ANGLE_CLOSE = new Set(['»', '›']);
const ALL_MARKS = /["“”„‟'‘’‚‛«»‹›]/g;

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\-—–/]/.test(ch);
}
function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}
function isRightFlank(ch: string | undefined): boolean {
  return ch === undefined || /[\s.,;:!?)\]}\-—–…]/.test(ch);
}

interface Raw {
  open: number;
  close: number; // index of closing mark, or -1
  family: QuoteSpan['family'];
  /** A single-quote pair crossing a double or angle pair (set by markCrossings). */
  crossing?: boolean;
}

/** One paragraph's pairs per family; within a family they never overlap and come in text order. */
interface FamilyRaws {
  double: Raw[];
  angle: Raw[];
  single: Raw[];
}

/** Pairs the marks of one paragraph. One pass over the marks, then one over the single marks. */
function scanParagraph(p: string): FamilyRaws {
  const double: Raw[] = [];
  const angle: Raw[] = [];
  const single: Raw[] = [];
  let dOpen = -1;
  let dChar = '';
  let aOpen = -1;
  let sOpen = -1;
  const singles: { i: number; role: 'open' | 'close' }[] = [];
  ALL_MARKS.lastIndex = 0;
  for (let m = ALL_MARKS.exec(p); m; m = ALL_MARKS.exec(p)) {
    const i = m.index;
    const ch = m[0];
    const prev = i > 0 ? p[i - 1] : undefined;
    const next = p[i + 1];
    if (ch === '"' || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch)) {
      let role: 'open' | 'close';
      if (ch === '„' || ch === '‟') role = 'open';
      else if (ch === '“')
        role = dOpen >= 0 && (dChar === '„' || !isSpace(prev)) ? 'close' : 'open';
      else if (ch === '”')
        role = dOpen >= 0 ? 'close' : isSpace(prev) && !isRightFlank(next) ? 'open' : 'close';
      else role = dOpen >= 0 ? 'close' : 'open';
      if (role === 'open') {
        // A second opening mark while one is open: the first never closes and is dropped.
        dOpen = i;
        dChar = ch;
      } else if (dOpen >= 0) {
        double.push({ open: dOpen, close: i, family: 'double' });
        dOpen = -1;
      }
      continue;
    }
    if (ANGLE_OPEN.has(ch)) {
      if (aOpen < 0) aOpen = i;
      continue;
    }
    if (ANGLE_CLOSE.has(ch)) {
      if (aOpen >= 0) angle.push({ open: aOpen, close: i, family: 'angle' });
      aOpen = -1;
      continue;
    }
    // Single marks and apostrophes.
    if (isWordChar(prev) && isWordChar(next)) continue;
    // NYT-style ''…'': two apostrophes open one quote, so its words start after the second.
    if (ch === "'" && next === "'" && isSpace(prev)) {
      singles.push({ i: i + 1, role: 'open' });
      ALL_MARKS.lastIndex = i + 2;
      continue;
    }
    if (
      (SINGLE_OPEN.has(ch) || ch === "'") &&
      isSpace(prev) &&
      next !== undefined &&
      !/\s/.test(next)
    ) {
      singles.push({ i, role: 'open' });
    } else if ((ch === '’' || ch === "'") && !isSpace(prev) && !isWordChar(next)) {
      singles.push({ i, role: 'close' });
    }
  }
  if (dOpen >= 0) double.push({ open: dOpen, close: -1, family: 'double' });
  if (aOpen >= 0) angle.push({ open: aOpen, close: -1, family: 'angle' });

  let lastClose = -1;
  for (let k = singles.length - 1; k >= 0 && lastClose < 0; k -= 1)
    if (singles[k]?.role === 'close') lastClose = k;
  for (let k = 0; k < singles.length; k += 1) {
    const s = singles[k];
    if (!s) continue;
    if (s.role === 'open') {
      if (sOpen < 0) sOpen = s.i;
      continue;
    }
    if (sOpen < 0) continue;
    // "the allies’ demands": a plural possessive, when a later closing mark could end the quote.
    if (p[s.i - 1] === 's' && /^ [a-z]/.test(p.slice(s.i + 1, s.i + 3)) && k < lastClose) continue;
    single.push({ open: sOpen, close: s.i, family: 'single' });
    sOpen = -1;
  }
  // A single quote left open is only trusted when it opens the paragraph (BBC-style run-on quotes).
  if (sOpen === 0) single.push({ open: sOpen, close: -1, family: 'single' });
  return { double, angle, single };
}

/** Three open-sorted lists merged into one, by open offset (offsets are distinct mark positions). */
function mergeByOpen(a: readonly Raw[], b: readonly Raw[], c: readonly Raw[]): readonly Raw[] {
  if (b.length === 0 && c.length === 0) return a;
  const out: Raw[] = [];
  let i = 0;
  let j = 0;
  let k = 0;
  for (;;) {
    const x = a[i];
    const y = b[j];
    const z = c[k];
    const xo = x ? x.open : Infinity;
    const yo = y ? y.open : Infinity;
    const zo = z ? z.open : Infinity;
    if (x && xo < yo && xo < zo) {
      out.push(x);
      i += 1;
    } else if (y && yo < zo) {
      out.push(y);
      j += 1;
    } else if (z) {
      out.push(z);
      k += 1;
    } else return out;
  }
}

/**
 * Marks the single-quote pairs that cross a pair of `family` (one starts inside the other and
 * ends outside it). Both lists are sorted and non-overlapping, so at most one pair of `family`
 * straddles each end of a single pair, and two monotone pointers find it: linear.
 */
function markCrossings(singles: readonly Raw[], family: readonly Raw[], len: number): void {
  const endOf = (r: Raw): number => (r.close < 0 ? len : r.close);
  let before = 0; // pairs of `family` opening before the single's open
  let inside = 0; // pairs of `family` opening before the single's end
  for (const s of singles) {
    const sEnd = endOf(s);
    while (before < family.length && (family[before]?.open ?? 0) < s.open) before += 1;
    while (inside < family.length && (family[inside]?.open ?? 0) < sEnd) inside += 1;
    const left = family[before - 1];
    if (left && endOf(left) > s.open && endOf(left) < sEnd) s.crossing = true;
    const right = family[inside - 1];
    if (right && right.open > s.open && endOf(right) > sEnd) s.crossing = true;
  }
}

/**
 * Top-level quote spans of one paragraph, in text order: a pair contained in another pair is part
 * of that quote, and a single-quote pair crossing a double or angle pair is not a quote. Linear in
 * the number of marks (a sweep over the pairs sorted by opening mark).
 */
function topLevel(p: string): Raw[] {
  const { double, angle, single } = scanParagraph(p);
  const len = p.length;
  // Most paragraphs hold no single-quote pair: nothing can cross.
  if (single.length > 0) {
    markCrossings(single, double, len);
    markCrossings(single, angle, len);
  }
  const keep: Raw[] = [];
  // Sorted by opening mark, a pair lies inside an earlier one exactly when an earlier pair ends
  // at or after its end: the running maximum of ends decides.
  let maxEnd = -1;
  for (const r of mergeByOpen(double, angle, single)) {
    const end = r.close < 0 ? len : r.close;
    if (end > maxEnd) {
      if (!r.crossing) keep.push(r);
      maxEnd = end;
    }
  }
  return keep;
}

function opensWithMark(p: string, family: QuoteSpan['family']): boolean {
  const c = p.charAt(0);
  if (family === 'double') return c === '"' || c === '“' || c === '„';
  if (family === 'angle') return c === '«' || c === '‹';
  return c === '‘' || c === "'";
}

/**
 * All top-level quote spans of an article, in reading order, offsets into the article text.
 * `paragraphs[i]` starts at `paragraphStarts[i]`.
 */
export function findQuoteSpans(
  paragraphs: readonly string[],
  paragraphStarts: readonly number[],
): QuoteSpan[] {
  const perParagraph = paragraphs.map((p) => topLevel(p));
  const out: QuoteSpan[] = [];
  const consumedFirst = new Set<number>();
  for (let pi = 0; pi < paragraphs.length; pi += 1) {
    const p = paragraphs[pi] ?? '';
    const base = paragraphStarts[pi] ?? 0;
    const raws = perParagraph[pi] ?? [];
    for (let ri = 0; ri < raws.length; ri += 1) {
      if (ri === 0 && consumedFirst.has(pi)) continue;
      const r = raws[ri];
      if (!r) continue;
      if (r.close >= 0) {
        out.push({
          start: base + r.open,
          end: base + r.close + 1,
          parts: [[base + r.open + 1, base + r.close]],
          family: r.family,
          closed: true,
        });
        continue;
      }
      // Open at the end of the paragraph: continued when the next paragraph re-opens the quote.
      const parts: [number, number][] = [[base + r.open + 1, base + p.length]];
      let end = base + p.length;
      let closed = false;
      let qi = pi + 1;
      while (qi < paragraphs.length) {
        const q = paragraphs[qi] ?? '';
        const first = perParagraph[qi]?.[0];
        if (!opensWithMark(q, r.family) || !first || first.open !== 0 || first.family !== r.family)
          break;
        const qBase = paragraphStarts[qi] ?? 0;
        consumedFirst.add(qi);
        if (first.close >= 0) {
          parts.push([qBase + 1, qBase + first.close]);
          end = qBase + first.close + 1;
          closed = true;
          break;
        }
        parts.push([qBase + 1, qBase + q.length]);
        end = qBase + q.length;
        qi += 1;
      }
      out.push({ start: base + r.open, end, parts, family: r.family, closed });
    }
  }
  return out;
}
