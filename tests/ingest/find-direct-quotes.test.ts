// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/ingest/find-direct-quotes.ts';

function spans(paragraphs: string[]): string[] {
  const starts: number[] = [];
  let o = 0;
  for (const p of paragraphs) {
    starts.push(o);
    o += p.length + 2;
  }
  const text = paragraphs.join('\n\n');
  return findQuoteSpans(paragraphs, starts).map((s) =>
    s.parts.map(([a, b]) => text.slice(a, b)).join(' | '),
  );
}

describe('findQuoteSpans', () => {
  it('pairs straight, curly, German and guillemet double quotes', () => {
    expect(
      spans(['"Guys, don\'t try your luck," Lavrov joked. "Russia is not going to join NATO."']),
    ).toEqual(["Guys, don't try your luck,", 'Russia is not going to join NATO.']);
    expect(spans(['“One,” he said. „Zwei“, sagte er. «Trois», dit-il.'])).toEqual([
      'One,',
      'Zwei',
      'Trois',
    ]);
  });

  it('does not take apostrophes for single quotes', () => {
    expect(
      spans(['Russia’s view is that it’s the West’s fault, the countries’ leaders said.']),
    ).toEqual([]);
    expect(spans(['‘We won’t go,’ she said of the allies’ demands. ‘Never.’'])).toEqual([
      'We won’t go,',
      'Never.',
    ]);
  });

  it('reads NYT-style two-apostrophe quotes without a stray apostrophe', () => {
    expect(
      spans(["''It makes me smart,'' Mr. Trump said. His aides called him ''a genius'' for it."]),
    ).toEqual(['It makes me smart,', 'a genius']);
  });

  it('keeps nested quotes inside their outer quote', () => {
    expect(spans(['"He called it a \'downright escape\' yesterday," she said.'])).toEqual([
      "He called it a 'downright escape' yesterday,",
    ]);
  });

  it('continues a quote into the next paragraph when it re-opens there', () => {
    expect(spans(['"First part of the quote.', '"Second part," he said.', 'After.'])).toEqual([
      'First part of the quote. | Second part,',
    ]);
  });

  it('survives unbalanced marks', () => {
    expect(() =>
      spans(['He said "this never closes', '” and this never opened', '"']),
    ).not.toThrow();
  });
});
