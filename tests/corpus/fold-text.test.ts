import { describe, expect, it } from 'vitest';
import { searchKey, searchKeyVariants, transliterate } from '../../src/corpus/fold-text.ts';
import { buildSearchIndex } from '../../src/corpus/search-index.ts';
import type { Actor, ActorId } from '../../src/corpus/schema.ts';

describe('transliterate', () => {
  it('spells Russian and Ukrainian letters in Latin and leaves everything else', () => {
    expect(transliterate('лавров')).toBe('lavrov');
    expect(transliterate('хрущёв щука жук чай шум юрий яна цех эхо объём')).toBe(
      'khrushchev shchuka zhuk chai shum yurii yana tsekh ekho obem',
    );
    expect(transliterate('київ ґанок є')).toBe('kiyiv ganok ye');
    expect(transliterate('nato 2022 — ok')).toBe('nato 2022 — ok');
  });
});

describe('searchKey', () => {
  it('gives native and Latin spellings of a name one key', () => {
    const same = (...spellings: string[]) =>
      expect(new Set(spellings.map(searchKey))).toEqual(new Set([searchKey(spellings[0] ?? '')]));
    same('Лавров', 'Lavrov', 'LAVROV', 'Lávrov');
    same('Сергей', 'Sergey', 'Sergei');
    same('Дмитрий', 'Dmitriy', 'Dmitry', 'Dmitrii');
    same('Юрий', 'Yuri', 'Yury', 'Iurii', 'Yuriy');
    same('Михаил', 'Mikhail', 'Mihail');
    same('Зеленский', 'Зеленський', 'Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenskii');
    same('Мария', 'Mariya', 'Mariia');
    same('Горбачёв', 'Горбачев', 'Gorbachev');
    same('Жуков', 'Zhukov');
    same('Хрущёв', 'Khrushchev');
    same('Київ', 'Kyiv');
    same('Алексей', 'Aleksey', 'Alexei', 'Alexey');
  });

  it('keeps different names apart', () => {
    expect(searchKey('Lavrov')).not.toBe(searchKey('Lavrentiy'));
    expect(searchKey('Putin')).not.toBe(searchKey('Peskov'));
  });

  it('maps what is typed so far to a prefix of the whole key', () => {
    for (const name of ['Лавров', 'Сергей', 'Зеленский', 'Юлия', 'Sergey', 'Dmitriy']) {
      const key = searchKey(name);
      for (let i = 1; i <= name.length; i++) {
        expect(key.startsWith(searchKey(name.slice(0, i))), name.slice(0, i)).toBe(true);
      }
    }
  });
});

describe('searchKeyVariants', () => {
  it('also indexes the spellings a single key cannot cover', () => {
    expect(searchKeyVariants('Fyodor')).toContain(searchKey('Фёдор'));
    expect(searchKeyVariants('Fyodor')).toContain(searchKey('Fedor'));
    expect(searchKeyVariants('Pyotr')).toContain(searchKey('Пётр'));
    expect(searchKeyVariants('Yevgeny')).toContain(searchKey('Evgeny'));
    expect(searchKeyVariants('Evgeny')).toContain(searchKey('Yevgeny'));
    expect(searchKeyVariants('Евгений')).toContain(searchKey('Yevgeniy'));
    // While typing "Mikh…", the "k" alone is a prefix of one variant.
    expect(searchKeyVariants('Mikhail').some((k) => k.startsWith(searchKey('Mik')))).toBe(true);
    expect(searchKeyVariants('Lavrov')).toEqual([searchKey('Lavrov')]);
  });
});

describe('search by native spelling', () => {
  // Actors spelled only in Latin, as in data/actors.json: no Cyrillic alias to fall back on.
  const actor = (id: string, name: string, aliases: string[]): Actor => ({
    id: id as ActorId,
    name,
    kind: 'person',
    aliases,
    role: null,
  });
  const index = buildSearchIndex({
    actors: [
      actor('sergey-lavrov', 'Sergey Lavrov', ['Lavrov', 'Sergei Lavrov']),
      actor('volodymyr-zelensky', 'Volodymyr Zelensky', ['Zelensky']),
      actor('dmitry-peskov', 'Dmitry Peskov', ['Peskov']),
      actor('mikhail-gorbachev', 'Mikhail Gorbachev', ['Gorbachev']),
      actor('fyodor-lukyanov', 'Fyodor Lukyanov', ['Lukyanov']),
      actor('yevgeny-prigozhin', 'Yevgeny Prigozhin', ['Prigozhin']),
    ],
    quotes: [],
    articles: [],
  });
  const names = (q: string) => index.search(q).actors.map((h) => h.actor.name);

  it('finds actors typed in Cyrillic or in another transliteration', () => {
    expect(names('Лавров')).toEqual(['Sergey Lavrov']);
    expect(names('Сергей Лавров')).toEqual(['Sergey Lavrov']);
    expect(names('Лав')).toEqual(['Sergey Lavrov']);
    expect(names('Зеленский')).toEqual(['Volodymyr Zelensky']);
    expect(names('Zelenskyy')).toEqual(['Volodymyr Zelensky']);
    expect(names('Дмитрий Песков')).toEqual(['Dmitry Peskov']);
    expect(names('Dmitriy')).toEqual(['Dmitry Peskov']);
    expect(names('Михаил Горбачёв')).toEqual(['Mikhail Gorbachev']);
    expect(names('Mihail')).toEqual(['Mikhail Gorbachev']);
    expect(names('Фёдор')).toEqual(['Fyodor Lukyanov']);
    expect(names('Fedor Lukianov')).toEqual(['Fyodor Lukyanov']);
    expect(names('Евгений Пригожин')).toEqual(['Yevgeny Prigozhin']);
    expect(names('Evgeniy')).toEqual(['Yevgeny Prigozhin']);
  });

  it('reports the Latin alias that matched a native spelling', () => {
    expect(index.search('Сергей').actors[0]?.alias).toBeNull();
    expect(index.search('Sergei').actors[0]?.alias).toBe('Sergei Lavrov');
  });
});
