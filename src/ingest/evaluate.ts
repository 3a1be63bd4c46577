import { z } from 'zod';
import { UNKNOWN_ACTOR_ID, type Actor, type Article, type Quote } from '../corpus/schema.ts';
import {
  locate,
  speakerMatches,
  speakerSharesWord,
  wordOverlap,
  wordSet,
} from './eval-matching.ts';

/**
 * Scores extracted quotes against a gold annotation. Pure.
 *
 * Two gold shapes are read:
 * - the project's hand annotations (`articles: { file: [{text, speaker, kind}] }`), where `text`
 *   is a distinctive SUBSTRING of the statement: a gold statement is located in the cleaned text
 *   and a predicted quote matches it when their spans overlap by at least half of the shorter
 *   one (`match: 'span'`);
 * - outside gold such as PolNeAR (`articles: { file: { quotes: [{text, speaker, kind, named,
 *   cue?, source?}] } }`), where `text` is the WHOLE annotated content: a gold and a predicted
 *   statement match when they share at least half of the larger of their two word sets
 *   (`match: 'words'`), so neither a fragment nor a run-on clause counts as found.
 * Either way pairs are one to one, best scores first. Speaker accuracy is measured over matched
 * pairs whose gold is `named` (every project gold is): the predicted actor's name or any alias must
 * equal the gold speaker (case/diacritics/quote-mark insensitive, a leading "the" ignored); gold
 * "unknown" expects the unknown actor. Attributed F1 counts a pair as right when it is matched
 * and, for a named gold, has the right speaker (an unnamed gold cannot be wrong about who).
 */

const GoldQuoteSchema = z.object({
  text: z.string().min(1),
  speaker: z.string().min(1),
  kind: z.enum(['direct', 'indirect', 'mixed']),
  /** false: the source cannot be named ("officials", "a spokesman"): scored for finding only. */
  named: z.boolean().optional(),
  /** Outside gold: the annotated cue and source words (used to group misses). */
  cue: z.string().optional(),
  source: z.string().optional(),
});
export type GoldQuote = z.infer<typeof GoldQuoteSchema>;

export const AnnotationSchema = z.looseObject({
  articles: z.record(
    z.string(),
    z.union([z.array(GoldQuoteSchema), z.looseObject({ quotes: z.array(GoldQuoteSchema) })]),
  ),
});
export type Annotation = z.infer<typeof AnnotationSchema>;

export type MatchMode = 'span' | 'words';

export interface EvalMiss {
  file: string;
  type: 'missed' | 'spurious' | 'wrong-speaker' | 'not-found';
  /** Coarse group for `--verbose` ("missed indirect · cue urge", "wrong speaker · got unknown"). */
  category: string;
  text: string;
  detail: string;
}

export interface KindRecall {
  gold: number;
  matched: number;
  recall: number;
}

/** How one attribution rule did: its statements, how many matched gold, how many of those were
 * attributed right (matched, and for a named gold, to the right speaker). */
export interface RuleScore {
  predicted: number;
  matched: number;
  attributed: number;
}

export interface EvalResult {
  match: MatchMode;
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Matched pairs whose gold names a speaker (the speaker-accuracy denominator). */
  namedMatched: number;
  speakerCorrect: number;
  /** Span matching: name or alias equals the gold. Word matching: the names share a word. */
  speakerAccuracy: number;
  /** Name or alias equal to the gold speaker, whatever the matching mode. */
  strictSpeakerCorrect: number;
  strictSpeakerAccuracy: number;
  /** Matched and, where the gold is named, with the right speaker. */
  attributed: number;
  attributedF1: number;
  kindCorrect: number;
  kindAccuracy: number;
  /** Recall per gold kind (direct / indirect / mixed, as the gold spells it). */
  recallByKind: Record<string, KindRecall>;
  /** Per rule id (`Quote.rule`, "?" when the corpus was built without `explain`). */
  byRule: Record<string, RuleScore>;
  misses: EvalMiss[];
}

/** a / b, and 1 for an empty denominator (nothing asked, nothing missed). */
export function ratio(a: number, b: number): number {
  return b === 0 ? 1 : a / b;
}

function f1Of(p: number, r: number): number {
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const PRONOUN_SOURCE = /^(he|she|they|him|her|i|we|it)$/i;

const CUE_AUXILIARIES = new Set(
  "has have had is was are were be been would will could can did does do also 's not never a an the".split(
    ' ',
  ),
);

/** First word of a cue that is not an auxiliary, lower-cased, as the miss group ("said", "according", "urged"). */
function cueWord(cue: string | undefined): string {
  const words = (cue ?? '')
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^a-z'-]/g, ''))
    .filter((w) => w !== '');
  return words.find((w) => !CUE_AUXILIARIES.has(w)) ?? words[0] ?? '?';
}

function goldsOf(entry: Annotation['articles'][string]): GoldQuote[] {
  return Array.isArray(entry) ? entry : entry.quotes;
}

/**
 * Scores the quotes of the annotated articles (articles without annotation are ignored).
 * `match` defaults to 'words' when the gold uses the `{ quotes: [...] }` shape, else 'span'.
 */
export function evaluate(
  corpus: { articles: readonly Article[]; quotes: readonly Quote[]; actors: readonly Actor[] },
  annotation: Annotation,
  options: { match?: MatchMode } = {},
): EvalResult {
  const entries = Object.entries(annotation.articles);
  const match: MatchMode =
    options.match ?? (entries.some(([, e]) => !Array.isArray(e)) ? 'words' : 'span');
  const actors = new Map(corpus.actors.map((a) => [a.id as string, a]));
  const byArticle = new Map<string, Quote[]>();
  for (const q of corpus.quotes) {
    const list = byArticle.get(q.articleId);
    if (list) list.push(q);
    else byArticle.set(q.articleId, [q]);
  }
  const misses: EvalMiss[] = [];
  const recallByKind: Record<string, KindRecall> = {};
  const byRule: Record<string, RuleScore> = {};
  const ruleOf = (p: Quote): RuleScore =>
    (byRule[p.rule ?? '?'] ??= { predicted: 0, matched: 0, attributed: 0 });
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let namedMatched = 0;
  let speakerCorrect = 0;
  let strictSpeakerCorrect = 0;
  let attributed = 0;
  let kindCorrect = 0;
  const speakerName = (p: Quote): string => actors.get(p.speakerId)?.name ?? p.speakerId;
  for (const [file, entry] of entries) {
    const golds = goldsOf(entry);
    const article = corpus.articles.find((a) => a.file === file);
    const preds = article ? (byArticle.get(article.id) ?? []) : [];
    predicted += preds.length;
    for (const p of preds) ruleOf(p).predicted += 1;
    gold += golds.length;
    for (const g of golds) {
      const k = (recallByKind[g.kind] ??= { gold: 0, matched: 0, recall: 0 });
      k.gold += 1;
    }
    if (!article) {
      for (const g of golds)
        misses.push({
          file,
          type: 'missed',
          category: 'missed · article not ingested',
          text: g.text,
          detail: 'article not ingested',
        });
      continue;
    }
    const goldSpans = golds.map((g) => locate(article.text, g.text));
    const pairs: { gi: number; pi: number; score: number }[] = [];
    if (match === 'span') {
      goldSpans.forEach((span, i) => {
        if (!span)
          misses.push({
            file,
            type: 'not-found',
            category: 'annotation text not in the cleaned article',
            text: golds[i]?.text ?? '',
            detail: 'annotation text not in the cleaned article',
          });
      });
      goldSpans.forEach((span, gi) => {
        if (!span) return;
        preds.forEach((p, pi) => {
          const overlap = Math.min(span[1], p.end) - Math.max(span[0], p.start);
          if (overlap <= 0) return;
          const score = overlap / Math.max(1, Math.min(span[1] - span[0], p.end - p.start));
          if (score >= 0.5) pairs.push({ gi, pi, score });
        });
      });
    } else {
      const predWords = preds.map((p) => wordSet(p.text));
      golds.forEach((g, gi) => {
        const gw = wordSet(g.text);
        predWords.forEach((pw, pi) => {
          const score = wordOverlap(gw, pw);
          if (score >= 0.5) pairs.push({ gi, pi, score });
        });
      });
    }
    pairs.sort((a, b) => b.score - a.score || a.gi - b.gi || a.pi - b.pi);
    const usedG = new Set<number>();
    const usedP = new Set<number>();
    for (const pair of pairs) {
      if (usedG.has(pair.gi) || usedP.has(pair.pi)) continue;
      usedG.add(pair.gi);
      usedP.add(pair.pi);
      const g = golds[pair.gi];
      const p = preds[pair.pi];
      if (!g || !p) continue;
      matched += 1;
      const rule = ruleOf(p);
      rule.matched += 1;
      const k = recallByKind[g.kind];
      if (k) k.matched += 1;
      // Outside gold's `direct` covers mixed quotes too (its `form` tells them apart).
      if (g.kind === p.kind || (match === 'words' && g.kind === 'direct' && p.kind === 'mixed'))
        kindCorrect += 1;
      if (g.named === false) {
        attributed += 1;
        rule.attributed += 1;
        continue;
      }
      namedMatched += 1;
      const actor = actors.get(p.speakerId);
      const strict = speakerMatches(actor, p.speakerId, g.speaker);
      if (strict) strictSpeakerCorrect += 1;
      if (strict || (match === 'words' && speakerSharesWord(actor, p.speakerId, g.speaker))) {
        speakerCorrect += 1;
        attributed += 1;
        rule.attributed += 1;
        if (!strict)
          misses.push({
            file,
            type: 'wrong-speaker',
            category: 'speaker not fully named · shares a word with the gold',
            text: g.text,
            detail: `expected ${g.speaker}, got ${speakerName(p)}`,
          });
      } else {
        const got = speakerName(p);
        const why =
          p.speakerId === UNKNOWN_ACTOR_ID
            ? 'got unknown'
            : g.source && PRONOUN_SOURCE.test(g.source.trim())
              ? `pronoun source (${g.source.trim().toLowerCase()})`
              : 'named source';
        misses.push({
          file,
          type: 'wrong-speaker',
          category: `wrong speaker · ${why}`,
          text: g.text,
          detail: `expected ${g.speaker}, got ${got}${p.cue ? ` (cue "${p.cue}")` : ''}${p.rule ? ` [${p.rule}]` : ''}`,
        });
      }
    }
    golds.forEach((g, gi) => {
      if (usedG.has(gi) || (match === 'span' && !goldSpans[gi])) return;
      const where = goldSpans[gi] ? '' : ' · not in cleaned text';
      const cue = g.cue === undefined ? '' : ` · cue ${cueWord(g.cue)}`;
      misses.push({
        file,
        type: 'missed',
        category: `missed ${g.kind}${cue}${where}`,
        text: g.text,
        detail: `speaker ${g.speaker}${g.cue ? `, cue "${g.cue}"` : ''}`,
      });
    });
    preds.forEach((p, pi) => {
      if (!usedP.has(pi))
        misses.push({
          file,
          type: 'spurious',
          category: `spurious ${p.kind} · cue ${cueWord(p.cue ?? undefined)}`,
          text: p.text,
          detail: `speaker ${speakerName(p)}${p.cue ? `, cue "${p.cue}"` : ''}${p.rule ? ` [${p.rule}]` : ''}`,
        });
    });
  }
  for (const k of Object.values(recallByKind)) k.recall = ratio(k.matched, k.gold);
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  return {
    match,
    gold,
    predicted,
    matched,
    precision,
    recall,
    f1: f1Of(precision, recall),
    namedMatched,
    speakerCorrect,
    speakerAccuracy: ratio(speakerCorrect, namedMatched),
    strictSpeakerCorrect,
    strictSpeakerAccuracy: ratio(strictSpeakerCorrect, namedMatched),
    attributed,
    attributedF1: f1Of(ratio(attributed, predicted), ratio(attributed, gold)),
    kindCorrect,
    kindAccuracy: ratio(kindCorrect, matched),
    recallByKind,
    byRule,
    misses,
  };
}

/** Misses grouped by category, largest group first (ties by name), for `--verbose`. */
export function groupMisses(misses: readonly EvalMiss[]): [string, EvalMiss[]][] {
  const groups = new Map<string, EvalMiss[]>();
  for (const m of misses) {
    const list = groups.get(m.category);
    if (list) list.push(m);
    else groups.set(m.category, [m]);
  }
  return [...groups].sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
  );
}
