import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/ingest/markdown-text.ts';
import { buildCorpus } from '../../src/ingest/build-corpus.ts';

describe('markdownToText', () => {
  it('keeps the words and quotation marks, drops the markup', () => {
    const md = [
      '---',
      'layout: post',
      '---',
      '# Lavrov rejects **NATO** talks',
      '',
      '> "We will not _accept_ this," [Sergey Lavrov](https://example.org/lavrov) said.',
      '',
      '- first point',
      '1. `second` point',
      '***',
      '[ref]: https://example.org',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'Lavrov rejects NATO talks',
        '',
        '"We will not accept this," Sergey Lavrov said.',
        '',
        'first point',
        'second point',
      ].join('\n'),
    );
  });

  it('leaves snake_case and lone asterisks alone', () => {
    expect(markdownToText('a file_name_here and 2 * 3 * 4')).toBe('a file_name_here and 2 * 3 * 4');
  });
});

describe('CorpusBuilder and Markdown files', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('ingests .md as its text and records the format; .txt stays without one', () => {
    const text = '# A title\n\n"We are ready," Jens Stoltenberg said.\n';
    const built = buildCorpus(
      [
        { file: 'a.md', bytes: bytes(text) },
        { file: 'b.txt', bytes: bytes(text) },
      ],
      { knownActors: [], outlets: [] },
    );
    const [md, txt] = built.articles;
    expect(md?.id).toBe('a');
    expect(md?.format).toBe('md');
    expect(md?.title).toBe('A title');
    expect(txt?.title).toBe('# A title');
    expect(txt && 'format' in txt).toBe(false);
  });
});
