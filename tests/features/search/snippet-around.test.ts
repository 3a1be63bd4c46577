import { describe, expect, it } from 'vitest';
import { snippetAround } from '../../../src/features/search/snippet-around.ts';

// A 300-character quote with the searched word far from the start.
const filler = 'word '.repeat(30);
const text = `${filler}the Kremlin said ${filler}${filler}`.trim();

describe('snippetAround', () => {
  it('starts shortly before the first searched word, at a word, cut with ellipses', () => {
    const snippet = snippetAround(text, 'kremlin');
    expect(snippet.startsWith('…word ')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).toContain('the Kremlin said');
    expect(snippet.length).toBe(140 + 2);
  });

  it('keeps a short quote whole, and the start when no word matches', () => {
    expect(snippetAround('We will respond.', 'respond')).toBe('We will respond.');
    expect(snippetAround(text, 'absent').startsWith('word word')).toBe(true);
  });
});
