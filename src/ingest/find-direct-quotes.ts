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
}

function scanParagraph(p: string): Raw[] {
  const out: Raw[] = [];
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
        if (dOpen >= 0) out.push({ open: dOpen, close: -2, family: 'double' });
        dOpen = i;
        dChar = ch;
      } else if (dOpen >= 0) {
        out.push({ open: dOpen, close: i, family: 'double' });
        dOpen = -1;
      }
      continue;
    }
    if (ANGLE_OPEN.has(ch)) {
      if (aOpen < 0) aOpen = i;
      continue;
    }
    if (ANGLE_CLOSE.has(ch)) {
      if (aOpen >= 0) out.push({ open: aOpen, close: i, family: 'angle' });
      aOpen = -1;
      continue;
    }
    // Single marks and apostrophes.
    if (isWordChar(prev) && isWordChar(next)) continue;
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
  if (dOpen >= 0) out.push({ open: dOpen, close: -1, family: 'double' });
  if (aOpen >= 0) out.push({ open: aOpen, close: -1, family: 'angle' });

  for (let k = 0; k < singles.length; k += 1) {
    const s = singles[k];
    if (!s) continue;
    if (s.role === 'open') {
      if (sOpen < 0) sOpen = s.i;
      continue;
    }
    if (sOpen < 0) continue;
    // "the allies’ demands": a plural possessive, when a later closing mark could end the quote.
    const after = p.slice(s.i + 1, s.i + 3);
    const laterClose = singles.slice(k + 1).some((x) => x.role === 'close');
    if (p[s.i - 1] === 's' && /^ [a-z]/.test(after) && laterClose) continue;
    out.push({ open: sOpen, close: s.i, family: 'single' });
    sOpen = -1;
  }
  // A single quote left open is only trusted when it opens the paragraph (BBC-style run-on quotes).
  if (sOpen === 0) out.push({ open: sOpen, close: -1, family: 'single' });
  return out;
}

function contains(a: Raw, b: Raw, len: number): boolean {
  const aEnd = a.close < 0 ? len : a.close;
  const bEnd = b.close < 0 ? len : b.close;
  return a.open <= b.open && bEnd <= aEnd && a !== b;
}
function crosses(a: Raw, b: Raw, len: number): boolean {
  const aEnd = a.close < 0 ? len : a.close;
  const bEnd = b.close < 0 ? len : b.close;
  return (
    (a.open < b.open && b.open < aEnd && aEnd < bEnd) ||
    (b.open < a.open && a.open < bEnd && bEnd < aEnd)
  );
}

/** Top-level quote spans of one paragraph (nested quotes are part of their outer quote). */
function topLevel(p: string): Raw[] {
  const raws = scanParagraph(p).filter((r) => r.close !== -2);
  const keep = raws.filter((r) => {
    if (raws.some((o) => o !== r && contains(o, r, p.length))) return false;
    if (r.family === 'single' && raws.some((o) => o.family !== 'single' && crosses(o, r, p.length)))
      return false;
    return true;
  });
  return keep.sort((a, b) => a.open - b.open);
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
