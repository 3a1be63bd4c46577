import { z } from 'zod';
import { UNKNOWN_ACTOR_ID, type Actor, type Article, type Quote } from '../corpus/schema.ts';

/**
 * Scores extracted quotes against a hand annotation. Pure.
 * A gold statement is located in the article's cleaned text by its (normalised) substring; a
 * predicted quote matches it when their spans overlap by at least half of the shorter one
 * (one-to-one, best overlaps first). Speaker accuracy is measured over matched pairs: the
 * predicted actor's name or any alias must equal the gold speaker (case/diacritics/quote-mark
 * insensitive); gold "unknown" expects the unknown actor.
 */

export const AnnotationSchema = z.looseObject({
  articles: z.record(
    z.string(),
    z.array(
      z.object({
        text: z.string().min(1),
        speaker: z.string().min(1),
        kind: z.enum(['direct', 'indirect', 'mixed']),
      }),
    ),
  ),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export interface EvalMiss {
  file: string;
  type: 'missed' | 'spurious' | 'wrong-speaker' | 'not-found';
  text: string;
  detail: string;
}

export interface EvalResult {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerCorrect: number;
  speakerAccuracy: number;
  kindCorrect: number;
  kindAccuracy: number;
  misses: EvalMiss[];
}

/** Folds quote marks, apostrophes, dashes, case and whitespace; keeps a map back to original offsets. */
function normalizeWithMap(s: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  let prevSpace = false;
  for (let i = 0; i < s.length; i += 1) {
    let ch = s.charAt(i);
    if (/[“”„‟«»″"]/.test(ch)) ch = '"';
    else if (/[‘’‚‛′`]/.test(ch)) ch = "'";
    else if (/[–—‑]/.test(ch)) ch = '-';
    if (/\s/.test(ch)) {
      if (prevSpace) continue;
      ch = ' ';
      prevSpace = true;
    } else prevSpace = false;
    norm += ch.toLowerCase();
    map.push(i);
  }
  return { norm, map };
}

function normName(s: string): string {
  return normalizeWithMap(s.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .norm.replace(/^the /, '')
    .trim();
}

/** Gold span of `needle` in `text`, or null. */
export function locate(text: string, needle: string): [number, number] | null {
  const t = normalizeWithMap(text);
  const n = normalizeWithMap(needle.trim()).norm;
  const at = t.norm.indexOf(n);
  if (at < 0 || n === '') return null;
  const start = t.map[at] ?? 0;
  const end = (t.map[at + n.length - 1] ?? start) + 1;
  return [start, end];
}

function speakerMatches(actor: Actor | undefined, speakerId: string, gold: string): boolean {
  const g = normName(gold);
  if (g === 'unknown' || g === 'unknown speaker') return speakerId === UNKNOWN_ACTOR_ID;
  if (!actor) return false;
  return [actor.name, ...actor.aliases].some((n) => normName(n) === g);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

/** Scores the quotes of the annotated articles (articles without annotation are ignored). */
export function evaluate(
  corpus: { articles: readonly Article[]; quotes: readonly Quote[]; actors: readonly Actor[] },
  annotation: Annotation,
): EvalResult {
  const actors = new Map(corpus.actors.map((a) => [a.id as string, a]));
  const misses: EvalMiss[] = [];
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let speakerCorrect = 0;
  let kindCorrect = 0;
  for (const [file, golds] of Object.entries(annotation.articles)) {
    const article = corpus.articles.find((a) => a.file === file);
    const preds = article ? corpus.quotes.filter((q) => q.articleId === article.id) : [];
    predicted += preds.length;
    gold += golds.length;
    if (!article) {
      for (const g of golds)
        misses.push({ file, type: 'missed', text: g.text, detail: 'article not ingested' });
      continue;
    }
    const goldSpans = golds.map((g) => locate(article.text, g.text));
    goldSpans.forEach((span, i) => {
      if (!span)
        misses.push({
          file,
          type: 'not-found',
          text: golds[i]?.text ?? '',
          detail: 'annotation text not in the cleaned article',
        });
    });
    const pairs: { gi: number; pi: number; score: number }[] = [];
    goldSpans.forEach((span, gi) => {
      if (!span) return;
      preds.forEach((p, pi) => {
        const overlap = Math.min(span[1], p.end) - Math.max(span[0], p.start);
        if (overlap <= 0) return;
        const score = overlap / Math.max(1, Math.min(span[1] - span[0], p.end - p.start));
        if (score >= 0.5) pairs.push({ gi, pi, score });
      });
    });
    pairs.sort((a, b) => b.score - a.score || a.gi - b.gi || a.pi - b.pi);
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    for (const pair of pairs) {
      if (usedG.has(pair.gi) || usedP.has(pair.pi)) continue;
      usedG.add(pair.gi);
      usedP.add(pair.pi);
      matched += 1;
      const g = golds[pair.gi];
      const p = preds[pair.pi];
      if (!g || !p) continue;
      if (speakerMatches(actors.get(p.speakerId), p.speakerId, g.speaker)) speakerCorrect += 1;
      else
        misses.push({
          file,
          type: 'wrong-speaker',
          text: g.text,
          detail: `expected ${g.speaker}, got ${actors.get(p.speakerId)?.name ?? p.speakerId}`,
        });
      if (g.kind === p.kind) kindCorrect += 1;
    }
    golds.forEach((g, gi) => {
      if (!usedG.has(gi) && goldSpans[gi])
        misses.push({ file, type: 'missed', text: g.text, detail: `speaker ${g.speaker}` });
    });
    preds.forEach((p, pi) => {
      if (!usedP.has(pi))
        misses.push({
          file,
          type: 'spurious',
          text: p.text,
          detail: `speaker ${actors.get(p.speakerId)?.name ?? p.speakerId}`,
        });
    });
  }
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return {
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerCorrect,
    speakerAccuracy: ratio(speakerCorrect, matched),
    kindCorrect,
    kindAccuracy: ratio(kindCorrect, matched),
    misses,
  };
}
