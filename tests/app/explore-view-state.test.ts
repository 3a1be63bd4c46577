import { describe, expect, it } from 'vitest';
import {
  joinActorPair,
  readViewState,
  splitActorPair,
  writeViewState,
} from '../../src/app/view-state.ts';
import type { ActorId } from '../../src/corpus/schema.ts';

const read = (query: string) => readViewState(new URLSearchParams(query));
const write = (query: string, patch: Parameters<typeof writeViewState>[1]) =>
  writeViewState(new URLSearchParams(query), patch).toString();

describe('explore state in the URL', () => {
  it('reads focus, depth and direction, defaulting to depth 1 both ways', () => {
    expect(read('focus=nato&depth=2&dir=in')).toMatchObject({ focus: 'nato', depth: 2, dir: 'in' });
    expect(read('focus=nato&depth=7&dir=sideways')).toMatchObject({ depth: 1, dir: 'both' });
  });

  it('drops depth and direction with the focus, and omits defaults', () => {
    expect(write('focus=a&depth=2&dir=out', { focus: null })).toBe('');
    expect(write('', { focus: 'a' as ActorId, depth: 1, dir: 'both' })).toBe('focus=a');
    expect(write('', { focus: 'a' as ActorId, depth: 2, dir: 'out' })).toBe(
      'focus=a&depth=2&dir=out',
    );
  });

  it('reads minQuotes as a whole number of at least 1, and writes 1 as nothing', () => {
    expect(read('minQuotes=3').minQuotes).toBe(3);
    expect(read('minQuotes=-2').minQuotes).toBe(1);
    expect(read('minQuotes=2.5').minQuotes).toBe(1);
    expect(read('minQuotes=99999').minQuotes).toBe(1000);
    expect(write('minQuotes=3', { minQuotes: 1 })).toBe('');
    expect(write('', { minQuotes: 4 })).toBe('minQuotes=4');
  });

  it('reads known kinds in legend order; every kind or none is no filter', () => {
    expect(read('kinds=country,person,dragon').kinds).toEqual(['person', 'country']);
    expect(read('kinds=dragon').kinds).toBeNull();
    expect(write('', { kinds: ['country', 'person'] })).toBe('kinds=person%2Ccountry');
    expect(write('kinds=person', { kinds: ['person', 'organization', 'country', 'unknown'] })).toBe(
      '',
    );
  });

  it('reads size and colour, falling back to quotes and kind', () => {
    expect(read('size=pagerank&colour=community')).toMatchObject({
      size: 'pagerank',
      colour: 'community',
    });
    expect(read('size=height&colour=mauve')).toMatchObject({ size: 'quotes', colour: 'kind' });
    expect(write('size=degree&colour=community', { size: 'quotes', colour: 'kind' })).toBe('');
  });

  it('keeps path and compare as written and splits them where both halves are actors', () => {
    expect(read('path=a,b').path).toBe('a,b');
    const known = new Set(['x,1', 'y', 'x']);
    expect(splitActorPair('x,1,y', (id) => known.has(id))).toEqual(['x,1', 'y']);
    expect(splitActorPair('p,q', () => false)).toEqual(['p', 'q']);
    expect(splitActorPair('p', () => true)).toBeNull();
    expect(splitActorPair(',q', () => true)).toBeNull();
    expect(joinActorPair('a' as ActorId, 'b' as ActorId)).toBe('a,b');
    expect(write('', { compare: 'a,b' })).toBe('compare=a%2Cb');
  });
});
