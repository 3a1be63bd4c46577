// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isMixedScript, stripBidi } from '../../src/ingest/actor-names.ts';

describe('actor name hygiene', () => {
  it('strips every bidi control from a name', () => {
    expect(stripBidi('Zed \u202eQuorb\u202c')).toBe('Zed Quorb');
    expect(stripBidi('\u2067Ivanov\u2069\u200e\u200f\u061c')).toBe('Ivanov');
    expect(stripBidi('Sergey Lavrov')).toBe('Sergey Lavrov');
  });

  it('flags Latin, Cyrillic and Greek letters mixed in one name, not a name in one script', () => {
    expect(isMixedScript('Sergey Lavr\u043ev')).toBe(true); // Cyrillic о
    expect(isMixedScript('Vl\u0430dimir Putin')).toBe(true); // Cyrillic а
    expect(isMixedScript('Ale\u03c7is Tsipras')).toBe(true); // Greek χ
    expect(isMixedScript('Сергей Лавров')).toBe(false);
    expect(isMixedScript('José Manuel Barroso')).toBe(false);
    expect(isMixedScript('Recep Tayyip Erdoğan')).toBe(false);
    expect(isMixedScript('習近平 Xi')).toBe(false); // not a look-alike pair
  });
});
