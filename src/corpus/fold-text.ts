/**
 * Folds case and accents so "Lávrov", "LAVROV" and "lavrov" are the same term.
 * NFD splits "á" into "a" + a combining mark, which we drop. Other scripts are left alone:
 * "Лавров" only finds Lavrov when an alias spells it so. Pure.
 */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
