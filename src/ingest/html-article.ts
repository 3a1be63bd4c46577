import { Readability } from '@mozilla/readability';
// The worker build: one ES module without the optional `canvas` require, so it bundles for a
// browser worker and runs in Node alike.
import { parseHTML } from 'linkedom/worker';
import { isoDate } from './article-date.ts';

/**
 * A saved web page → the article in it: Mozilla's Readability over linkedom's DOM, which parses
 * markup into a tree and nothing more (no script runs, nothing loads). Only text and vetted
 * strings come out; no markup from the page ever reaches the app.
 */

export interface HtmlArticle {
  title: string;
  /** Paragraphs of the article body, in order, each one line of plain text. */
  paragraphs: string[];
  /** YYYY-MM-DD of publication, when the page says it. */
  date: string | null;
  /** The site's name (`og:site_name`), else the host of the page's canonical address. */
  outlet: string | null;
  /** The original's address (canonical link, else `og:url`); only http(s). */
  url: string | null;
}

/** Elements whose content is never text of the article; removed before anything reads it. */
const NEVER_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, math, canvas';
/** Elements that end a line of text in the body walk. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
const MAX_LABEL = 120;

/** The absolute http(s) form of `raw` (resolved against `base` when relative), else null. */
function httpUrl(raw: string | null | undefined, base?: string): string | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // Userinfo in a link shown to a reader is a phishing device, never an article's address.
    if (url.username || url.password) return null;
    return url.href.length <= 2048 ? url.href : null;
  } catch {
    return null;
  }
}

/** YYYY-MM-DD from the start of an ISO-like date-time (as the publisher wrote it), else null. */
function dayOf(raw: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(raw ?? '');
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function label(text: string | null | undefined): string | null {
  const value = oneLine(text ?? '').slice(0, MAX_LABEL);
  return value === '' ? null : value;
}

/** `datePublished` from the page's JSON-LD blocks (an object, an array or an `@graph`). */
function jsonLdDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    for (let n = 0; n < queue.length && n < 200; n += 1) {
      const item = queue[n];
      if (Array.isArray(item)) queue.push(...(item as unknown[]));
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const day = typeof record.datePublished === 'string' ? dayOf(record.datePublished) : null;
        if (day) return day;
        if (record['@graph']) queue.push(record['@graph']);
      }
    }
  }
  return null;
}

function meta(document: Document, key: string): string | null {
  const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return element?.getAttribute('content') ?? null;
}

/** The text of `root` as lines: one per block element, inline content joined with spaces. */
function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = oneLine(current);
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const block = BLOCKS.has((child as Element).tagName.toUpperCase());
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return lines;
}

/**
 * Reads the article out of a saved page's markup. Never throws for any input; a page without
 * an article gives empty paragraphs. Metadata is read before Readability runs (it rewrites the
 * tree): the date from `article:published_time`, then JSON-LD `datePublished`, then the first
 * `<time datetime>`; the address from `<link rel=canonical>`, then `og:url` (relative ones
 * resolved against each other; any scheme but http(s) dropped). Pure.
 */
export function readHtmlArticle(html: string): HtmlArticle {
  try {
    return readPage(html);
  } catch {
    // linkedom and Readability are not written against hostile trees; an odd one reads as empty.
    return { title: '', paragraphs: [], date: null, outlet: null, url: null };
  }
}

function readPage(html: string): HtmlArticle {
  let { document } = parseHTML(html);
  // Markup without any element (empty, text only) parses to a tree without a root.
  if (!document.documentElement) ({ document } = parseHTML(`<html><body>${html}</body></html>`));
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  const ogUrl = meta(document, 'og:url');
  const absoluteOg = httpUrl(ogUrl);
  const url = httpUrl(canonical, absoluteOg ?? undefined) ?? absoluteOg;
  const date =
    dayOf(meta(document, 'article:published_time')) ??
    jsonLdDate(document) ??
    dayOf(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const siteName = label(meta(document, 'og:site_name'));
  const outlet = siteName ?? (url ? label(new URL(url).hostname.replace(/^www\./, '')) : null);
  const headTitle = meta(document, 'og:title') ?? document.querySelector('title')?.textContent;

  for (const element of document.querySelectorAll(NEVER_TEXT)) element.remove();
  let title = label(headTitle) ?? '';
  let paragraphs: string[] = [];
  try {
    const article = new Readability<Node>(document as unknown as Document, {
      serializer: (node) => node,
      // Its JSON-LD reading runs on the scripts removed above; the date was taken before.
      disableJSONLD: true,
    }).parse();
    if (article?.content) paragraphs = blockLines(article.content);
    if (article?.title) title = oneLine(article.title);
  } catch {
    // Readability gave up on a malformed tree: fall back to the body's text below.
  }
  if (paragraphs.length === 0 && document.body) paragraphs = blockLines(document.body);
  return { title, paragraphs, date, outlet, url };
}
