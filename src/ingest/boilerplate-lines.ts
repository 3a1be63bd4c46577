/** Line rules for article cleaning: page furniture, footers, captions and inline promos. */

/** Lines after which the rest of the text is a comment section or page footer. */
const CUT_RES = [
  /^dear readers and commenters\b/i,
  /^to participate in the discussion\b/i,
  /^leave a (?:reply|comment)\b/i,
  /^no comments:?$/i,
  /^post a comment$/i,
  /^comments are closed\b/i,
  /^we have implemented a new engine for our comment section\b/i,
];

/** Whole lines that are site furniture. */
const DROP_RES = [
  /^like this story\?/i,
  /^share (?:it )?with (?:a )?friends?!?$/i,
  /^share (?:this|on)\b.{0,30}$/i,
  /^also on [a-z]+\.[a-z]+\b/i,
  /^(?:read more|read also|see also|related|recommended|more on this)\s*:/i,
  /^©/,
  /^(?:photo|image|picture|video|caption)(?: credit)?s?\s*:/i,
  /^(?:AP|AFP|Reuters|Getty Images|EPA|Sputnik|TASS|RIA Novosti|Xinhua|Anadolu)(?: Photo)?\s*\/\s/,
  /^be the first to comment\b/i,
  /^\d+ comments?$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^log in or register$/i,
  /^you can publish this article on your website\b/i,
  /^comments?:?$/i,
  /^rt team\.?$/i,
  /^advertisement$/i,
  /^sponsored(?: content)?$/i,
  /\bfree \$\d+\b.*\bget free\b/i,
  /^(?:this (?:article|story|page) was )?(?:last )?(?:updated|modified|edited)\b/i,
  /^(?:tags|topics|keywords|filed under)\s*:/i,
  /^(?:follow|subscribe to) (?:us|our)\b/i,
  /^subscribe to\b.{0,100}$/i,
  /^you can share this (?:story|article)\b/i,
  /^file photo\b/i,
  /^(?:click|tap) here\b/i,
  /^sign up\b.*\bnewsletter\b/i,
  /^(?:subscribe|sign in|log in|register)$/i,
  /^(?:print|email|tweet|whatsapp|telegram|facebook|twitter)$/i,
  /^related (?:topics|articles|stories|news)$/i,
  /^\(reporting by [^)]*\)$/i,
];

/** The line rules as two alternations: one regex test per line instead of one per rule. */
const CUT_RE = new RegExp(CUT_RES.map((r) => `(?:${r.source})`).join('|'), 'i');
// Anchored rules share one regex (it fails at the first character); the few unanchored ones run alone.
const DROP_INSENSITIVE = DROP_RES.filter((r) => r.flags.includes('i') || !/[a-z]/i.test(r.source));
const DROP_RE_I = new RegExp(
  DROP_INSENSITIVE.filter((r) => r.source.startsWith('^'))
    .map((r) => `(?:${r.source})`)
    .join('|'),
  'i',
);
const DROP_RE_CASE = [
  ...DROP_RES.filter((r) => !r.flags.includes('i') && /[a-z]/i.test(r.source)),
  ...DROP_INSENSITIVE.filter((r) => !r.source.startsWith('^')),
];

const SPUTNIK_CAPTION_RE =
  /\s[-–—]\s*Sputnik International,\s*\d{3,4},\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$/;

/** Cheap literal pre-check for stripInline (indexOf is far faster than a case-insensitive scan). */
function mayHaveInline(line: string): boolean {
  return (
    line.includes('(') ||
    line.includes('lso on ') ||
    line.includes('LSO ON ') ||
    line.includes('ike this story') ||
    line.includes('IKE THIS STORY') ||
    line.includes('READ MORE:')
  );
}

const PROMO_RE = /\s*Also on [a-z]+\.(?:com|ru|net)\b\s*/gi;
/** Longest promo headline: a longer rest of the line is the article going on. */
const MAX_PROMO_HEADLINE = 200;
/** A lowercase letter, digit or closing mark glued to a capital: where glued text begins. */
const GLUED_RE = /[\p{Ll}\d’'"”)][\p{Lu}]/u;

/**
 * Removes "Also on rt.com <headline>" promos. The promo is glued to the end of a paragraph
 * ("leaders.Also on rt.com …") and its headline runs to the end of the line; when the line goes
 * on (a whole article on one line), the headline ends where the next sentence is glued to it
 * ("… Putin saysThe …"), and when no such point comes soon only the "Also on" marker goes, so a
 * promo never takes the rest of the article with it.
 */
function stripPromos(line: string): string {
  let out = '';
  let from = 0;
  PROMO_RE.lastIndex = 0;
  for (let m = PROMO_RE.exec(line); m; m = PROMO_RE.exec(line)) {
    out += line.slice(from, m.index);
    const rest = m.index + m[0].length;
    const next = line.indexOf('lso on ', rest);
    const restEnd = next < 0 ? line.length : Math.max(rest, next - 1);
    if (restEnd - rest <= MAX_PROMO_HEADLINE) {
      from = restEnd;
    } else {
      const glued = GLUED_RE.exec(line.slice(rest, rest + MAX_PROMO_HEADLINE));
      from = glued ? rest + glued.index + 1 : rest;
      if (out !== '') out += ' ';
    }
    PROMO_RE.lastIndex = Math.max(PROMO_RE.lastIndex, from);
  }
  return out + line.slice(from);
}

/** The line without inline furniture (promo links, share prompts…). Pure. */
export function stripInline(line: string): string {
  let s = line;
  if (!mayHaveInline(line)) return s;
  const lower = line.toLowerCase();
  if (lower.includes('also on ')) s = stripPromos(s);
  if (lower.includes('like this story'))
    s = s.replace(/\s*Like this story\? Share it with a friend!?/gi, '');
  if (lower.includes('(photo') || lower.includes('(image') || lower.includes('(picture'))
    s = s.replace(/\s*\((?:photo|image|picture) (?:by|credit|via)[^()]{0,80}\)/gi, '');
  if (s.includes('READ MORE:')) s = s.replace(/\s*READ MORE:.*$/, '');
  return s;
}

/** True for a line of letters that are mostly not Latin (UI leftovers in other languages). */
/** Letters outside Latin scripts could be present (general punctuation such as ’ “ — is not). */
const MAYBE_NON_LATIN_RE = /[\u0370-\u1fff\u2070-\uffff]/;
const LATIN_LETTER_RE = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;

function isMostlyNonLatin(line: string): boolean {
  // Most lines hold no letter outside Latin scripts: then only "no Latin letter at all" counts.
  if (!MAYBE_NON_LATIN_RE.test(line)) return !LATIN_LETTER_RE.test(line);
  let latin = 0;
  let other = 0;
  for (let i = 0; i < line.length; i += 1) {
    const c = line.charCodeAt(i);
    if (
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
    )
      latin += 1;
    else if (
      c >= 0x370 &&
      c !== 0x2019 &&
      c !== 0x2018 &&
      c !== 0x201c &&
      c !== 0x201d &&
      /\p{L}/u.test(line.charAt(i))
    )
      other += 1;
  }
  return latin === 0 || other > latin;
}

const TIMESTAMP_RE =
  /^\d{1,2}[:.]\d{2}(?:\s*(?:GMT|UTC|BST|CET|CEST|EET|MSK|EST|EDT|ET|PT|[ap]\.?m\.?|local time))?\s*[—–|-]\s*/i;
/** Final punctuation, possibly followed by closing quotes or a bracket ('…."', '…!)'). */
function hasFinalPunct(line: string): boolean {
  let e = line.length - 1;
  while (e >= 0 && '"”’»)'.includes(line.charAt(e))) e -= 1;
  return e >= 0 && '.!?…:;'.includes(line.charAt(e));
}

/**
 * Headings inside the body are not paragraphs: a live-blog entry title after a timestamp
 * ("14:30 GMT — Peskov: ‘Remarks are alarming’") or a headline-style 'Name: "quote"' line, both
 * without final punctuation. Their quotes repeat the entry below them.
 */
function isBodyHeading(line: string): boolean {
  if (line.length > 160 || hasFinalPunct(line)) return false;
  if (TIMESTAMP_RE.test(line)) return true;
  return /^[A-Z][\p{L}.'’ -]{1,40}:\s*["“‘'«].*["”’'»]$/u.test(line);
}

/** A line after which the rest of the text is a comment section or page footer. Pure. */
export function isCutLine(trimmed: string): boolean {
  return CUT_RE.test(trimmed);
}

/** A Sputnik photo caption: the related-story headline after it is dropped too. Pure. */
export function isSputnikCaption(trimmed: string): boolean {
  return trimmed.includes('Sputnik International') && SPUTNIK_CAPTION_RE.test(trimmed);
}

/**
 * Site furniture, UI leftovers in other scripts and body headings: lines that are not paragraphs.
 * Pure.
 */
export function isFurnitureLine(line: string): boolean {
  // Furniture lines are short; long lines are paragraphs (keeps cleaning linear and cheap).
  if (line.length < 300 && (DROP_RE_I.test(line) || DROP_RE_CASE.some((re) => re.test(line))))
    return true;
  if (line.length < 300 && isMostlyNonLatin(line)) return true;
  return isBodyHeading(line);
}
