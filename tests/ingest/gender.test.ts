import { describe, expect, it } from 'vitest';
import { genderOfTitleWord } from '../../src/ingest/gender.ts';

describe('genderOfTitleWord', () => {
  it('reads honorifics and "-woman" role words', () => {
    expect(genderOfTitleWord('mr')).toBe('m');
    expect(genderOfTitleWord('ms')).toBe('f');
    expect(genderOfTitleWord('congresswoman')).toBe('f');
  });

  it('leaves "-man" role words and other words undecided', () => {
    expect(genderOfTitleWord('spokesman')).toBeNull();
    expect(genderOfTitleWord('senator')).toBeNull();
  });
});
