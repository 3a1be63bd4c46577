/**
 * Step 1 of ingest: raw bytes → text, or an honest reason why the file cannot be read as an article.
 * Pure (no fs): the CLI reads the bytes, this decides what they are.
 */

/** Default per-file limit. Real articles are a few KB; anything bigger is a dump, not an article. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? `${Math.round(mb)} MB` : `${Math.round(mb * 10) / 10} MB`;
}

/** The reason used when a file is over the limit; shared with the CLI, which checks sizes before reading. */
export function tooLargeReason(size: number, maxBytes: number = DEFAULT_MAX_BYTES): string {
  return `file too large (${megabytes(size)} > ${megabytes(maxBytes)} limit)`;
}

/**
 * Index of the first byte that is not part of a well-formed UTF-8 sequence, or -1.
 * Linear, allocation-free; rejects overlongs, surrogates and code points above U+10FFFF
 * exactly like a fatal TextDecoder would.
 */
export function findInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    if (i + need >= n) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). */
const BIDI_FORMATTING = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
const UNPRINTABLE_RE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

/**
 * Normalises decoded text: drops a BOM, turns CRLF/CR into LF, replaces other control
 * characters (except tab and newline) and non-characters by a space, so later steps only see
 * printable text, and removes bidi embedding, override and isolate controls: U+202E can show
 * "Putin" as "nituP" or a quote in another order than the one stored. This runs before cleaning,
 * so every offset in the corpus points into text without them. Bidi marks (LRM, RLM, ALM) stay:
 * right-to-left text needs them and they cannot reorder letters.
 */
export function normalizeText(text: string): string {
  let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  t = t.replace(/\r\n?/g, '\n');
  // One pass for both: bidi controls go, other controls become a space.
  return t.replace(UNPRINTABLE_RE, (c) => (BIDI_FORMATTING.includes(c) ? '' : ' '));
}

/** Fatal: malformed UTF-8 throws instead of turning into U+FFFD. Strips a BOM, as before. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes one input file.
 * - rejects: empty (or whitespace-only) files, files over `maxBytes`, binary data (NUL bytes),
 *   invalid UTF-8 (naming the first bad byte offset);
 * - accepts UTF-8 with or without BOM, and UTF-16 with a BOM (some exporters write it).
 * Never throws.
 */
export function decodeInput(bytes: Uint8Array, options: { maxBytes?: number } = {}): DecodeResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.length > maxBytes) return { ok: false, reason: tooLargeReason(bytes.length, maxBytes) };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    try {
      const text = new TextDecoder(b0 === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(
        bytes,
      );
      return finish(text);
    } catch {
      return { ok: false, reason: 'invalid UTF-16 text' };
    }
  }
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary file (NUL bytes)' };
  // The native fatal decoder validates as it decodes (one pass instead of a JS scan, then a
  // decode); it rejects exactly what findInvalidUtf8 does, which runs only to say where.
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    return { ok: false, reason: `invalid UTF-8 at byte ${findInvalidUtf8(bytes)}` };
  }
  return finish(text);
}

function finish(decoded: string): DecodeResult {
  const text = normalizeText(decoded);
  if (text.trim() === '') return { ok: false, reason: 'empty file (only whitespace)' };
  return { ok: true, text };
}
