import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/components/format.ts';

describe('formatCount', () => {
  it('uses the singular for exactly one and the plural otherwise, zero included', () => {
    expect(formatCount(1, 'quote')).toBe('1 quote');
    expect(formatCount(0, 'quote')).toBe('0 quotes');
    expect(formatCount(2, 'link')).toBe('2 links');
  });

  it('groups thousands the same way everywhere', () => {
    expect(formatCount(12_000, 'actor')).toBe('12,000 actors');
    expect(formatCount(1_000_001, 'mention')).toBe('1,000,001 mentions');
  });

  it('takes an irregular plural when "s" is not enough', () => {
    expect(formatCount(1, 'file was', 'files were')).toBe('1 file was');
    expect(formatCount(3, 'file was', 'files were')).toBe('3 files were');
  });
});
