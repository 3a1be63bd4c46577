import { describe, expect, it } from 'vitest';
import { UNKNOWN_ACTOR_ID } from '../../src/corpus/schema.ts';
import { isMixedScript, nameKey, slugify, stripBidi } from '../../src/ingest/actor-names.ts';
import { ActorRegistry } from '../../src/ingest/actor-registry.ts';
import { tokenize } from '../../src/ingest/tokenize.ts';

describe('name helpers', () => {
  it('slugifies names to ASCII ids, with a fallback for names without letters', () => {
    expect(slugify('Sergey Lavrov')).toBe('sergey-lavrov');
    expect(slugify('Recep Tayyip Erdoğan')).toBe('recep-tayyip-erdogan');
    expect(slugify("O'Neill")).toBe('oneill');
    expect(slugify('!!!')).toBe('actor');
  });

  it('gives transliteration variants of one name the same key', () => {
    // Sergei/Sergey, Zelenskyy/Zelensky, Aleksandr/Alexandr meet; different names do not.
    expect(nameKey('Sergei Lavrov')).toBe(nameKey('Sergey Lavrov'));
    expect(nameKey('Volodymyr Zelenskyy')).toBe(nameKey('Volodymyr Zelensky'));
    expect(nameKey('Aleksandr Grushko')).toBe(nameKey('Alexandr Grushko'));
    expect(nameKey('Sergey Lavrov')).not.toBe(nameKey('Sergey Shoigu'));
  });

  it('strips bidi controls and flags names mixing look-alike scripts', () => {
    expect(stripBidi('Lav\u202erov')).toBe('Lavrov');
    expect(isMixedScript('Lavr\u043ev')).toBe(true); // Cyrillic о inside a Latin name
    expect(isMixedScript('Лавров')).toBe(false);
    expect(isMixedScript('Lavrov')).toBe(false);
  });
});

describe('ActorRegistry', () => {
  const known = [
    { id: 'nato', name: 'NATO', kind: 'organization' as const, aliases: ['the alliance'] },
    { id: 'jens-stoltenberg', name: 'Jens Stoltenberg', kind: 'person' as const, aliases: [] },
  ];

  it('answers kind and name for known ids and for the unknown actor', () => {
    const registry = new ActorRegistry(known);
    expect(registry.kindOf('nato')).toBe('organization');
    expect(registry.nameOf('jens-stoltenberg')).toBe('Jens Stoltenberg');
    expect(registry.kindOf(UNKNOWN_ACTOR_ID)).toBe('unknown');
    expect(registry.nameOf(UNKNOWN_ACTOR_ID)).toBe('Unknown speaker');
    expect(registry.has('nobody')).toBe(false);
  });

  it('indexes every alias, matching the longest one at a token', () => {
    const registry = new ActorRegistry(known);
    const tokens = tokenize('Jens Stoltenberg spoke for the alliance.');
    expect(registry.index.match(tokens, 0)?.entry.actorId).toBe('jens-stoltenberg');
    expect(registry.index.match(tokens, 0)?.length).toBe(2);
    expect(registry.index.match(tokens, 4)?.entry.actorId).toBe('nato');
    expect(registry.index.match(tokens, 2)).toBeNull();
  });
});
