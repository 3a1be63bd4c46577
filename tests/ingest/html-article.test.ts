import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/ingest/build-corpus.ts';
import { readHtmlArticle } from '../../src/ingest/html-article.ts';
import { loadKnownActors, loadOutlets } from '../../scripts/ingest/load-data.ts';
import { CorpusSchema } from '../../src/corpus/schema.ts';

// Saved pages in tests/fixtures/html; each file's opening comment says what it covers.
const fixture = (name: string) => readFileSync(`tests/fixtures/html/${name}.html`, 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);
const pwned = () => (globalThis as Record<string, unknown>).__pwned;

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__pwned;
});

describe('readHtmlArticle', () => {
  it('reads a saved news page: body without the site chrome, and its metadata', () => {
    const page = readHtmlArticle(fixture('saved-article'));
    expect(page.title).toBe("Lavrov: 'Russia is not going to join NATO'");
    expect(page.date).toBe('2021-09-23');
    expect(page.outlet).toBe('Northern Ledger');
    expect(page.url).toBe('https://northern-ledger.example/world/2021/09/23/lavrov-nato');
    expect(page.paragraphs).toHaveLength(4);
    expect(page.paragraphs[1]).toBe(
      '"Guys, don\'t try your luck," Lavrov told journalists gathered before the talks. ' +
        '"Russia is not going to join NATO."',
    );
    const all = page.paragraphs.join('\n');
    for (const chrome of ['Related stories', 'Business', 'All rights reserved', 'Privacy'])
      expect(all).not.toContain(chrome);
  });

  it('falls back to JSON-LD, the canonical host and a relative canonical link', () => {
    const page = readHtmlArticle(fixture('metadata-fallbacks'));
    expect(page.date).toBe('2022-03-14');
    expect(page.outlet).toBe('harbour-times.example');
    expect(page.url).toBe('https://www.harbour-times.example/markets/steady-as-talks-resume');
  });

  it('takes the date of a <time datetime> and leaves outlet and URL out when none is named', () => {
    const page = readHtmlArticle(fixture('time-element'));
    expect(page.date).toBe('2023-11-02');
    expect(page.outlet).toBeNull();
    expect(page.url).toBeNull();
    expect(page.paragraphs).toContain('"We will not cut the libraries," the council leader said.');
  });

  it('runs nothing of a hostile page and lets only its article text out', () => {
    const page = readHtmlArticle(fixture('hostile'));
    expect(pwned()).toBeUndefined();
    // javascript: addresses are no link; the malformed JSON-LD gives no date.
    expect(page.url).toBeNull();
    expect(page.date).toBeNull();
    expect(page.title).toBe('Stoltenberg warns on spending');
    const out = JSON.stringify(page);
    for (const leaked of [
      '<',
      'pwned',
      'javascript',
      'evil.example',
      'STYLE-TEXT',
      'SVG-TEXT',
      'IFRAME-TEXT',
      'OBJECT-TEXT',
      'TEMPLATE-TEXT',
      'NOSCRIPT-TEXT',
      'SCRIPT-TEXT',
    ])
      expect(out).not.toContain(leaked);
    expect(page.paragraphs[1]).toContain('"We must invest more, and we must do it now,"');
  });

  it('drops addresses that are not http(s) or carry credentials', () => {
    const url = (href: string) =>
      readHtmlArticle(`<link rel="canonical" href="${href}"><p>Text.</p>`).url;
    expect(url('https://example.org/a')).toBe('https://example.org/a');
    expect(url('JavaScript:alert(1)')).toBeNull();
    expect(url(' data:text/html,hi')).toBeNull();
    expect(url('vbscript:x')).toBeNull();
    expect(url('https://user:pw@example.org/a')).toBeNull();
    // Relative, with nothing absolute to resolve it against.
    expect(url('/a/b')).toBeNull();
  });

  it('never throws, whatever it is given', () => {
    for (const html of ['', '<', '<html><body></body>', '\u0000\u0001', '<p>'.repeat(5000)]) {
      const page = readHtmlArticle(html);
      expect(Array.isArray(page.paragraphs)).toBe(true);
    }
  });
});

describe('CorpusBuilder and saved pages', () => {
  const options = { knownActors: loadKnownActors(), outlets: loadOutlets() };

  it('ingests a page as its article, with format, url, outlet and date', () => {
    const built = buildCorpus([{ file: 'lavrov.html', bytes: bytes(fixture('saved-article')) }], {
      ...options,
      readHtml: readHtmlArticle,
    });
    expect(built.rejected).toEqual([]);
    const [article] = built.articles;
    expect(article).toMatchObject({
      id: 'lavrov',
      format: 'html',
      url: 'https://northern-ledger.example/world/2021/09/23/lavrov-nato',
      outlet: 'Northern Ledger',
      date: '2021-09-23',
      dateSource: 'header',
      title: "Lavrov: 'Russia is not going to join NATO'",
    });
    const speakers = new Set(built.quotes.map((q) => q.speakerId));
    expect(speakers).toEqual(new Set(['sergey-lavrov', 'jens-stoltenberg']));
    expect(built.quotes.map((q) => q.text)).toContain('Russia is not going to join NATO.');
    expect(() => CorpusSchema.parse({ ...built, explanations: undefined })).not.toThrow();
  });

  it('rejects pages when no HTML reader is given, and reads .htm as HTML', () => {
    const page = bytes(fixture('time-element'));
    const without = buildCorpus([{ file: 'a.html', bytes: page }], options);
    expect(without.rejected).toEqual([{ file: 'a.html', reason: 'HTML is not read here' }]);
    const withReader = buildCorpus([{ file: 'a.HTM', bytes: page }], {
      ...options,
      readHtml: readHtmlArticle,
    });
    expect(withReader.articles[0]?.format).toBe('html');
  });
});
