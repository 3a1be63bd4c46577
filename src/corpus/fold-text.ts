/**
 * Folds case and accents so "Lávrov", "LAVROV" and "lavrov" are the same term.
 * NFD splits "á" into "a" + a combining mark, which we drop. Other scripts are left alone
 * (see searchKey for Cyrillic). Pure.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Russian, Ukrainian and Belarusian lower-case letters to the usual English transliteration
 * (after foldText, й and ё have lost their marks and read as и and е; they are listed for
 * text that was not folded). The variants
 * (ий → iy/y/ii, ю → yu/iu, х → kh/h …) are unified afterwards by searchKey, so the table
 * needs one spelling per letter.
 */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  і: 'i',
  ї: 'yi',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const CYRILLIC = /[\u0400-\u04ff]/gu;

/** Cyrillic letters of already folded text spelled in Latin; other characters unchanged. Pure. */
export function transliterate(folded: string): string {
  return folded.replace(CYRILLIC, (c) => CYRILLIC_TO_LATIN[c] ?? c);
}

/**
 * Spellings that transliteration systems disagree on, mapped to one: y → i (Sergey/Sergei,
 * Yuri/Iurii, Zelenskyy/Zelenskiy, ya/ia, yu/iu), a run of i's to one (Dmitrii/Dmitry),
 * x → ks (Alexei/Aleksei, Alexander/Aleksandr, which then differ by one letter) and kh → h
 * (Mikhail/Mihail). Every rule but kh → h maps a prefix of a word to a prefix of its key,
 * so type-ahead prefix search keeps working while a name is typed letter by letter.
 */
function unifyVariants(latin: string, keepKh: boolean): string {
  let key = latin.replace(/x/g, 'ks');
  if (!keepKh) key = key.replace(/kh/g, 'h');
  return key.replace(/y/g, 'i').replace(/i{2,}/g, 'i');
}

/**
 * The search key of a term: folded (case, accents), Cyrillic transliterated, and the common
 * transliteration variants unified, so "Лавров", "Lavrov" and "LAVROV" give "lavrov", and
 * "Сергей", "Sergey" and "Sergei" give "sergei". Used on both sides of the search index (what
 * is indexed and what is typed). Pure.
 */
export function searchKey(term: string): string {
  return unifyVariants(transliterate(foldText(term)), false);
}

const CONSONANT_IO = /([bcdfghjklmnpqrstvwxz])io/g;

/**
 * Every key under which a word of a name is indexed: its searchKey, plus the spellings one
 * key cannot cover: ё written "yo" or "e" (Fyodor/Fedor, Pyotr/Petr: "io" after a consonant
 * also indexed as "e"), a word-initial е written "ye" or "e" (Yevgeny/Evgeny) and a "kh" not
 * yet complete while typing ("Mik" is a prefix of "mikhail" but not of "mihail"). A query
 * is keyed once with searchKey and matches if any of these does. Pure.
 */
export function searchKeyVariants(term: string): string[] {
  const latin = transliterate(foldText(term));
  const key = unifyVariants(latin, false);
  const keys = new Set([key, unifyVariants(latin, true)]);
  for (const k of [...keys]) keys.add(k.replace(CONSONANT_IO, '$1e'));
  for (const k of [...keys]) {
    if (k.startsWith('ie')) keys.add(k.slice(1));
    else if (k.startsWith('e')) keys.add(`i${k}`);
  }
  return [...keys];
}
