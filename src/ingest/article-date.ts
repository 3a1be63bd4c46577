/** Dates written in article text: the first real calendar date and date-only lines. */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE =
  'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:t(?:ember)?|\\.)?|Sept\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
const DATE_PATTERNS: { re: RegExp; parse: (m: RegExpExecArray) => [number, number, number] }[] = [
  {
    re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/,
    parse: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    re: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/,
    parse: (m) => [Number(m[3]), Number(m[2]), Number(m[1])],
  },
  {
    re: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})\\s*,?\\s+((?:19|20)\\d{2})\\b`,
      'i',
    ),
    parse: (m) => [Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1])],
  },
  {
    re: new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b`, 'i'),
    parse: (m) => [Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2])],
  },
];

function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** `y-m-d` as an ISO date, or null when it is no calendar date. Pure. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** First real calendar date written in `s`, as ISO, with where it was found. Pure. */
export function findDate(s: string): { iso: string; index: number; length: number } | null {
  let best: { iso: string; index: number; length: number } | null = null;
  for (const { re, parse } of DATE_PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const [y, mo, d] = parse(m);
    const iso = isoDate(y, mo, d);
    if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, length: m[0].length };
  }
  return best;
}

/** A short line that is only a date (with weekday, time, zone, "published on"…): a dateline. Pure. */
export function isDateOnlyLine(line: string): boolean {
  if (line.length > 80 || !/\d/.test(line)) return false;
  const d = findDate(line);
  if (!d) return false;
  const rest = (line.slice(0, d.index) + line.slice(d.index + d.length))
    .replace(
      /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b(?:am|pm|gmt|utc|msk|est|edt|cet|cest)\b|\b(?:published|posted|on|at)\b|[+-]\d{2}:?\d{2}/gi,
      '',
    )
    .replace(/[\s,.:|/()-]+/g, '');
  return rest === '';
}
