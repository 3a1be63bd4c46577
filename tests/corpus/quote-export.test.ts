import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/corpus/corpus-index.ts';
import { validateCorpus } from '../../src/corpus/parse-corpus.ts';
import {
  csvField,
  describeFilters,
  QUOTE_CSV_COLUMNS,
  quoteCitation,
  quoteExportRows,
  quotePermalink,
  csvHead,
  csvRows,
  jsonExportParts,
  quotesToCsv,
  quotesToJson,
} from '../../src/corpus/quote-export.ts';
import type { QuoteId } from '../../src/corpus/schema.ts';
import { slimCorpus } from '../../src/corpus/slim-corpus.ts';
import { smallCorpus } from '../fixtures/corpus/fixtures.ts';

const BASE = 'https://example.org/app/?corpus=news.json&actor=nato&view=list#x';

function rowsOf(mutate?: (raw: ReturnType<typeof smallCorpus>) => void) {
  const raw = smallCorpus();
  mutate?.(raw);
  const corpus = slimCorpus(validateCorpus(raw));
  const index = indexCorpus(corpus);
  return { corpus, rows: quoteExportRows(corpus.quotes, index, BASE) };
}

function parseCsv(text: string) {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed;
}

describe('quotePermalink', () => {
  it('keeps only the corpus parameter and sets the quote', () => {
    const link = new URL(quotePermalink(BASE, 'rt-nato#2' as QuoteId));
    expect(link.origin + link.pathname).toBe('https://example.org/app/');
    expect([...link.searchParams.keys()]).toEqual(['corpus', 'quote']);
    expect(link.searchParams.get('corpus')).toBe('news.json');
    expect(link.searchParams.get('quote')).toBe('rt-nato#2');
    expect(link.hash).toBe('');
  });

  it('has no corpus parameter for the bundled corpus', () => {
    const link = new URL(quotePermalink('http://localhost:4173/?q=x', 'a#1' as QuoteId));
    expect([...link.searchParams.keys()]).toEqual(['quote']);
  });
});

describe('quoteExportRows', () => {
  it('gives one row per quote with its provenance, speaker and mentions', () => {
    const { corpus, rows } = rowsOf();
    expect(rows.map((r) => r.id)).toEqual(corpus.quotes.map((q) => q.id));
    const row = rows.find((r) => r.text === 'Russia is not going to join NATO');
    expect(row).toMatchObject({
      date: '2021-09-23',
      outlet: 'RT',
      title: 'Russia is not going to join NATO, Lavrov quips',
      speaker: 'Sergey Lavrov',
      speakerId: 'sergey-lavrov',
      kind: 'direct',
      cue: 'joked',
      mentions: [
        { id: 'russia', name: 'Russia' },
        { id: 'nato', name: 'NATO' },
      ],
    });
    const quote = corpus.quotes.find((q) => q.id === row?.id);
    expect([row?.start, row?.end]).toEqual([quote?.start, quote?.end]);
    expect(new URL(row?.permalink ?? '').searchParams.get('quote')).toBe(row?.id);
  });
});

describe('quotesToCsv', () => {
  it('is RFC 4180 with a BOM: CRLF rows that a CSV parser reads back exactly', () => {
    const { rows } = rowsOf((raw) => {
      const q = raw.quotes[0];
      if (q) q.cue = 'said, "twice"\nand again';
      const a = raw.actors.find((x) => x.id === 'sergey-lavrov');
      if (a) a.name = 'Сергей Лавров';
    });
    const csv = quotesToCsv(rows);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${QUOTE_CSV_COLUMNS.join(',')}`);
    const parsed = parseCsv(csv);
    expect(parsed.meta.fields).toEqual([...QUOTE_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(rows.length);
    parsed.data.forEach((cells, i) => {
      const row = rows[i];
      if (!row) throw new Error('row');
      expect(cells).toEqual({
        id: row.id,
        date: row.date ?? '',
        outlet: row.outlet ?? '',
        title: row.title,
        file: row.file,
        url: row.url ?? '',
        speaker: row.speaker,
        speaker_id: row.speakerId,
        text: row.text,
        kind: row.kind,
        cue: row.cue ?? '',
        mentions: row.mentions.map((m) => m.name).join('; '),
        mention_ids: row.mentions.map((m) => m.id).join('; '),
        start: String(row.start),
        end: String(row.end),
        permalink: row.permalink,
      });
    });
    expect(parsed.data[0]?.cue).toBe('said, "twice"\nand again');
    expect(parsed.data.some((c) => c.speaker === 'Сергей Лавров')).toBe(true);
  });

  it('gives the original address of an article from a saved page', () => {
    const { rows } = rowsOf((raw) => {
      const a = raw.articles[0];
      if (a) a.url = 'https://example.org/news/1';
    });
    const parsed = parseCsv(quotesToCsv(rows));
    const withUrl = parsed.data.filter((c) => c.url === 'https://example.org/news/1');
    expect(withUrl.length).toBeGreaterThan(0);
    expect(withUrl.length).toBe(rows.filter((r) => r.url !== null).length);
    expect(parsed.data.some((c) => c.url === '')).toBe(true);
  });

  it('keeps a formula-like cell as text', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('plain')).toBe('plain');
  });

  it('writes only the header for no quotes', () => {
    expect(quotesToCsv([])).toBe(`\uFEFF${QUOTE_CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('quotesToJson', () => {
  it('holds the rows and says where they come from', () => {
    const { rows } = rowsOf();
    const doc = JSON.parse(quotesToJson(rows, { corpus: 'news.json', filters: 'outlet RT' }));
    expect(doc).toMatchObject({ format: 'quotegraph-quotes', version: 1, corpus: 'news.json' });
    expect(doc.filters).toBe('outlet RT');
    expect(doc.count).toBe(rows.length);
    expect(doc.quotes).toEqual(JSON.parse(JSON.stringify(rows)));
  });

  it('is laid out as JSON.stringify lays it out, whole or in parts, with rows or none', () => {
    const { rows } = rowsOf();
    const meta = { corpus: 'news.json', filters: '' };
    const document = (quotes: unknown[]) =>
      `${JSON.stringify(
        { format: 'quotegraph-quotes', version: 1, ...meta, count: quotes.length, quotes },
        null,
        2,
      )}\n`;
    expect(quotesToJson(rows, meta)).toBe(document(rows));
    expect(quotesToJson([], meta)).toBe(document([]));
    const parts = jsonExportParts(meta, rows.length);
    const inParts =
      parts.head +
      parts.rows(rows.slice(0, 2), true) +
      parts.rows(rows.slice(2), false) +
      parts.tail;
    expect(inParts).toBe(document(rows));
  });
});

describe('csvRows', () => {
  it('writes the same file in parts as in one piece', () => {
    const { rows } = rowsOf();
    expect(csvHead() + csvRows(rows.slice(0, 1)) + csvRows(rows.slice(1))).toBe(quotesToCsv(rows));
  });
});

describe('quoteCitation', () => {
  it('names speaker, outlet and date, then the permalink', () => {
    const { rows } = rowsOf();
    const row = rows.find((r) => r.text === 'Russia is not going to join NATO');
    if (!row) throw new Error('fixture');
    expect(quoteCitation(row)).toBe(
      `Sergey Lavrov, quoted by RT, 23 Sep 2021: "Russia is not going to join NATO"\n${row.permalink}`,
    );
  });

  it('falls back to the title without an outlet and guesses no date', () => {
    const { rows } = rowsOf();
    const row = rows.find((r) => r.text === 'talks may resume');
    if (!row) throw new Error('fixture');
    expect(quoteCitation(row).split('\n')[0]).toBe(
      'Unknown speaker, quoted in "An undated note": "talks may resume"',
    );
  });
});

describe('describeFilters', () => {
  it('puts the filters in words, and nothing when there are none', () => {
    const none = { from: null, to: null, outlet: null, kind: null, includeUndated: false };
    expect(describeFilters(none)).toBe('');
    expect(
      describeFilters({
        from: '2021-01-01',
        to: '2021-12-31',
        outlet: 'RT',
        kind: 'direct',
        includeUndated: true,
      }),
    ).toBe('outlet RT, direct quotes, from 2021-01-01 to 2021-12-31, undated articles included');
    expect(describeFilters({ ...none, to: '2022-01-01' })).toBe('until 2022-01-01');
  });
});
