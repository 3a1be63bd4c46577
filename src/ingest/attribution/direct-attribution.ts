import { BOUNDARY_WORDS, OBJECT_VERBS, PREPOSITIONS, TIME_ADVERBS } from '../clause-lexicon.ts';
import { CUE_VERBS, INVERSION_VERBS, PARTICIPLE_CUES, WEEKDAYS } from '../lexicon.ts';
import { isCapitalized } from '../tokenize.ts';
import {
  leadingNameApposition,
  leadingSubject,
  npAfter,
  npBefore,
  quotedAsSubject,
  sourceOfAccording,
} from './noun-phrases.ts';
import { skipObject } from './objects.ts';
import {
  type NpRange,
  type SentenceInput,
  type SpeakerRef,
  abbreviationDot,
  clauseStart,
  cueRange,
  isPunct,
  nounUse,
} from './sentence.ts';

/** The attribution of a direct quote, right after it ("…," X said) or right before it (X said: "…"). */

/** Attribution right after a quote: `"…," X said …` or `"…," said X`. */
export function attributionAfter(
  s: SentenceInput,
  qi: number,
): { speaker: SpeakerRef; cue: [number, number] } | null {
  const { stream, to } = s;
  const signed = signatureAfter(s, qi);
  if (signed) return signed;
  let a = qi + 1;
  while (a < to && isPunct(stream[a], ',;:—–')) a += 1;
  const found = attributionAt(s, a);
  if (found || a !== qi + 1) return found;
  // '"I admire the mechanics" of the plan, Roe said.': a short tail of the writer's words
  // finishes the quoted phrase, then the attribution follows its comma and ends the sentence
  // or takes an adjunct (a title in quotes, '"Doomed," and in an interview, Roe said the …',
  // is no such quote).
  if (isCapitalized(stream[a]?.text ?? '') || BOUNDARY_WORDS.has(stream[a]?.key ?? '')) return null;
  for (let m = a; m < Math.min(to, a + 7); m += 1) {
    const mt = stream[m];
    if (!mt || mt.kind === 'quote' || (mt.kind === 'word' && CUE_VERBS.has(mt.key))) return null;
    if (mt.kind === 'word' || mt.kind === 'poss') continue;
    if (!isPunct(mt, ',') || m === a) return null;
    const tail = attributionAt(s, m + 1);
    if (!tail) return null;
    // Past the cue and the speaker phrase ("…, said Roe, a senior fellow.").
    let after = m + 1;
    while (after < to && (stream[after]?.start ?? 0) < tail.cue[1]) after += 1;
    const sp = tail.speaker;
    if (sp.type === 'np') after = Math.max(after, sp.np.to, sp.apposition?.to ?? 0);
    const next = stream[after];
    // Only punctuation or an adjunct may follow ("said in a statement"), never a clause.
    const ends =
      !next ||
      after >= to ||
      isPunct(next) ||
      (next.kind === 'word' &&
        (PREPOSITIONS.has(next.key) || TIME_ADVERBS.has(next.key) || WEEKDAYS.has(next.key)));
    return ends ? tail : null;
  }
  return null;
}

/**
 * '“…” ― Sonya Herridge' / '"…" — Jan Novak.': a signature (reader comments, epigraphs, a
 * collection of reactions) names the speaker after a dash, and nothing but the name (at most
 * four capitalised words, then a full stop or a comma and a place) ends the sentence.
 */
function signatureAfter(
  s: SentenceInput,
  qi: number,
): { speaker: SpeakerRef; cue: [number, number] } | null {
  const { stream, text } = s;
  const quote = stream[qi];
  const dash = stream[qi + 1];
  if (!quote || !dash) return null;
  // The tokens keep the dash and the en dash; a horizontal bar (―) is only in the text between,
  // and the sentence splitter ends the sentence at the quote before it (so the name may lie past
  // `to`, but never past its line).
  const gap = text.slice(quote.end, dash.start);
  const barred = /^[ \t]*\u2015[ \t]*$/.test(gap);
  if (!barred && (qi + 1 >= s.to || !isPunct(dash, '—–'))) return null;
  const first = barred ? qi + 1 : qi + 2;
  const lineEnd = text.indexOf('\n', quote.end);
  const inLine = (k: number) => (stream[k]?.start ?? Infinity) < (lineEnd < 0 ? Infinity : lineEnd);
  let k = first;
  while (
    k - first < 4 &&
    inLine(k) &&
    stream[k]?.kind === 'word' &&
    isCapitalized(stream[k]?.text ?? '')
  )
    k += 1;
  if (k === first) return null;
  const next = stream[k];
  if (next && inLine(k) && !isPunct(next, '.,')) return null;
  // "— Kyiv, March 3": a dateline under a quote names a place, not its speaker.
  const rest = text.slice(next?.end ?? 0, lineEnd < 0 ? undefined : lineEnd).trim();
  if (isPunct(next, ',') && inLine(k) && /^(?:\d|[A-Z][a-z]{2,8}\s+\d)/.test(rest)) return null;
  const np = { from: first, to: k };
  if (!s.isSpeaker(np)) return null;
  const at = barred ? quote.end + gap.indexOf('\u2015') : dash.start;
  return { speaker: { type: 'np', np, apposition: null }, cue: [at, at + 1] };
}

/**
 * A name of one to six tokens at `a` closed by a comma: words and initials' dots only ("Quina
 * Jones,", "Vann R. Newkirk II,").
 */
function nameThenComma(s: SentenceInput, a: number): boolean {
  const { stream } = s;
  for (let k = a + 1; k <= a + 6; k += 1) {
    if (isPunct(stream[k], ',')) return true;
    if (stream[k]?.kind !== 'word' && !abbreviationDot(s, k)) return false;
  }
  return false;
}

/** The attribution starting at stream index `a` (the words after a quote and its comma). */
function attributionAt(
  s: SentenceInput,
  a: number,
): { speaker: SpeakerRef; cue: [number, number] } | null {
  const { stream, to } = s;
  const t = stream[a];
  if (!t || t.kind !== 'word') return null;
  // '"The door is open," according to Stoltenberg.'
  if (t.key === 'according' && stream[a + 1]?.key === 'to') {
    const np = npAfter(s, a + 2);
    if (np && sourceOfAccording(s, np))
      return {
        speaker: { type: 'np', np, apposition: null },
        cue: [t.start, stream[a + 1]?.end ?? t.end],
      };
    return null;
  }
  if (
    INVERSION_VERBS.has(t.key) ||
    (CUE_VERBS.has(t.key) &&
      !PARTICIPLE_CUES.has(t.key) &&
      !isCapitalized(t.text) &&
      stream[a + 1] &&
      isCapitalized(stream[a + 1]?.text ?? ''))
  ) {
    const np = npAfter(s, a + 1);
    if (np && s.isSpeaker(np)) {
      let appo: NpRange | null = null;
      if (isPunct(stream[np.to], ',') && /^(?:the|a|an)$/.test(stream[np.to + 1]?.key ?? ''))
        appo = npAfter(s, np.to + 1);
      return { speaker: { type: 'np', np, apposition: appo }, cue: cueRange(s, a, a + 1) };
    }
  }
  // '"…," Michael McFaul, a senior fellow at …, said of RT.' / '"…," Quina Jones, 25, said'
  if (isCapitalized(t.text) && nameThenComma(s, a)) {
    for (let v = a + 2; v < Math.min(to, a + 40); v += 1) {
      const vt = stream[v];
      if (!vt || vt.kind === 'quote' || isPunct(vt, ';:.!?')) break;
      if (vt.kind !== 'word' || !CUE_VERBS.has(vt.key) || !isPunct(stream[v - 1], ',')) continue;
      const np = leadingNameApposition(s, v - 1, a);
      if (np)
        return {
          speaker: { type: 'np', np: np.np, apposition: np.apposition },
          cue: cueRange(s, v, v + 1),
        };
      break;
    }
  }
  for (let v = a + 1; v < Math.min(to, a + 14); v += 1) {
    const vt = stream[v];
    if (!vt || vt.kind === 'quote' || isPunct(vt)) return null;
    if (vt.kind !== 'word' || !CUE_VERBS.has(vt.key) || nounUse(s, v)) continue;
    const np = npBefore(s, v);
    if (!np || np.np.from !== a) return null;
    const objEnd = OBJECT_VERBS.has(vt.key) ? skipObject(s, v) : v + 1;
    // An unresolvable subject still attributes the quote (the resolver says "unknown").
    return {
      speaker: { type: 'np', np: np.np, apposition: np.apposition },
      cue: cueRange(s, v, objEnd),
    };
  }
  return null;
}

/** Attribution right before a quote: `X said: "…"`, `X told reporters, "…"`, `X said "…"`. */
export function attributionBefore(
  s: SentenceInput,
  qi: number,
): { speaker: SpeakerRef; cue: [number, number] | null } | null {
  const { stream } = s;
  let j = qi - 1;
  // 'Andriy Yermak: "Peace through strength."': a bare name and a colon introduce the words.
  const start = clauseStart(s);
  if (isPunct(stream[j], ':') && j - start >= 1 && j - start <= 5) {
    const np = { from: start, to: j };
    const named = stream
      .slice(start, j)
      .every((t) => (t.kind === 'word' && isCapitalized(t.text)) || t.kind === 'poss');
    if (named && s.isSpeaker(np))
      return { speaker: { type: 'np', np, apposition: null }, cue: null };
  }
  if (isPunct(stream[j], ',:—–')) j -= 1;
  // Allow short adjuncts between the cue and the quote ("said on Sunday:", "told reporters in Rome,").
  for (let v = j; v >= Math.max(s.from, j - 8); v -= 1) {
    const vt = stream[v];
    if (!vt || vt.kind === 'quote' || (isPunct(vt) && v !== j)) return null;
    if (vt.kind === 'word' && vt.key === 'that') return null;
    if (vt.kind !== 'word' || !CUE_VERBS.has(vt.key) || nounUse(s, v)) continue;
    if (v !== j && !isPunct(stream[qi - 1], ',:—–')) return null;
    const passive = quotedAsSubject(s, v);
    if (passive)
      return {
        speaker: { type: 'np', np: passive, apposition: null },
        cue: cueRange(s, v, v + 1),
      };
    if (PARTICIPLE_CUES.has(vt.key) && isPunct(stream[v - 1], ',')) {
      const subj = leadingSubject(s, v);
      // '"…," Zakharova said, adding: "…"': the speaker of the sentence's earlier quote goes on.
      if (!subj && stream.slice(s.from, v).some((t) => t.kind === 'quote'))
        return { speaker: { type: 'continuation' }, cue: cueRange(s, v, v + 1) };
      if (!subj) return null;
      return { speaker: { type: 'np', np: subj, apposition: null }, cue: cueRange(s, v, v + 1) };
    }
    const np = npBefore(s, v);
    if (!np) return null;
    const objEnd = OBJECT_VERBS.has(vt.key) ? skipObject(s, v) : v + 1;
    return {
      speaker: { type: 'np', np: np.np, apposition: np.apposition },
      cue: cueRange(s, v, objEnd),
    };
  }
  return null;
}
