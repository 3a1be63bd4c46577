import {
  UNKNOWN_ACTOR_ID,
  type ActorId,
  type Article,
  type ArticleId,
  type Quote,
  type QuoteId,
} from '../corpus/schema.ts';
import type { ActorRegistry } from './actor-registry.ts';
import { attributeSentence } from './attribute-quotes.ts';
import type { NpRange, RawAttribution } from './attribution/sentence.ts';
import { cleanArticle, REMOVED_SHARE_REPORTED, type CompiledOutlet } from './clean-article.ts';
import { findEntities, type EntityHit } from './find-entities.ts';
import { findQuoteSpans } from './find-direct-quotes.ts';
import { genderOfPronoun, genderOfTitleWord } from './gender.ts';
import { ArticleContext } from './article-context.ts';
import { resolveSpeaker, type Resolved } from './resolve-speakers.ts';
import type { NpEnv } from './speaker-context.ts';
import { buildStream, splitSentences, type StreamToken } from './segment.ts';
import { bundledClauseEndModel, refineClauseEnds } from './learned/refine-clause.ts';
import { tokenize } from './tokenize.ts';
import { checkQuoteMarks, WorkBudget } from './work-budget.ts';
import { attributionConfidence } from './attribution-confidence.ts';
import { blockIntroduction, isBlockParagraph } from './attribution/block-quotation.ts';
import {
  interviewParagraphs,
  labelSpeaker,
  transcriptSpeaker,
  turnsOfSentence,
  type InterviewParagraph,
} from './interview-labels.ts';
import { affiliationsOf, mentionsIn, uniqueIds } from './quote-mentions.ts';
import { compactText } from './quote-text.ts';

/**
 * One article through the whole extractor: clean → find quote marks → entities → sentences →
 * attribution → speakers → mentions. Pure apart from the documented mutation of `registry`
 * (discovered actors, aliases seen, actors used).
 */

export interface IngestEnv {
  registry: ActorRegistry;
  outlets: readonly CompiledOutlet[];
  /** Build the per-quote explanations (only `--verbose` and eval need them). */
  explain?: boolean;
  /** This file's work budget (default: a fresh {@link WorkBudget}); over it, ingestArticle throws. */
  budget?: WorkBudget;
  /** Let the learned clause-end model (src/ingest/learned/) choose reported clauses' ends. */
  learnedClauseEnds?: boolean;
}

export interface IngestedArticle {
  article: Article;
  quotes: Quote[];
  /** One line per quote explaining the attribution (for `--verbose`). */
  explanations: string[];
}

/**
 * Sum over sentences of (stream tokens × (1 + quotes)): attribution looks around every quote of a
 * sentence, so a sentence with thousands of quotes costs the square of its length. Linear.
 */
function attributionCost(
  stream: readonly StreamToken[],
  sentences: readonly [number, number][],
): number {
  let cost = 0;
  for (const [a, b] of sentences) {
    let quotes = 0;
    for (let i = a; i < b; i += 1) if (stream[i]?.kind === 'quote') quotes += 1;
    cost += (b - a) * (1 + quotes);
  }
  return cost;
}

/**
 * Ingests one decoded article. `id` must be unique in the corpus (the caller de-duplicates).
 * Never throws on any text, except {@link LimitExceeded} when the file is over its work budget
 * or holds too many quote marks (the caller rejects the file with the error's message). The
 * costly checks come before any registry mutation; a budget exceeded during speaker resolution
 * may leave registry mutations behind (the caller rolls back actor usage).
 */
export function ingestArticle(
  input: { id: string; file: string; text: string },
  env: IngestEnv,
): IngestedArticle {
  const { registry } = env;
  const budget = env.budget ?? new WorkBudget();
  budget.charge(input.text.length, 'cleaning');
  const cleaned = cleanArticle(input.text, env.outlets);
  const text = cleaned.text;
  checkQuoteMarks(text);
  const tokens = tokenize(text);
  budget.charge(tokens.length, 'tokenizing');
  const titleTokens = tokenize(cleaned.title);
  const titleHits = findEntities(titleTokens, cleaned.title, registry);
  const hits = findEntities(tokens, text, registry, titleHits);
  const spans = findQuoteSpans(cleaned.paragraphs, cleaned.paragraphStarts);
  const stream = buildStream(tokens, spans, cleaned.paragraphStarts);
  const sentences = splitSentences(stream, spans, text);
  budget.charge(attributionCost(stream, sentences), 'quote attribution');

  const ctx = new ArticleContext();
  // "Mr. Clarke", "Ms. Lynch", "spokeswoman Jane Roe": the article says which pronoun fits.
  const noteGender = (h: EntityHit): void => {
    if (ctx.genders.has(h.actorId)) return;
    for (let k = h.tokenStart - 1; k >= Math.max(0, h.titleStart - 1, h.tokenStart - 4); k -= 1) {
      const g = genderOfTitleWord(tokens[k]?.key ?? '');
      if (g) {
        ctx.genders.set(h.actorId, g);
        return;
      }
    }
  };
  const titlePersons = titleHits.filter((h) => h.kind === 'person');
  titlePersons.forEach((h, i) =>
    ctx.persons.push({ pos: -1 - titlePersons.length + i, id: h.actorId, subject: i === 0 }),
  );
  {
    // Hits and sentences are both in text order: one merged pass.
    const personHits = hits.filter((h) => h.kind === 'person');
    // '"My adviser, John Holdren, will …," he said': a person named inside a quote is talked
    // about by the speaker, not the subject a later pronoun picks up.
    let qi = 0;
    const quoted = (at: number): boolean => {
      while (qi < spans.length && (spans[qi]?.end ?? 0) <= at) qi += 1;
      const q = spans[qi];
      return !!q && q.start <= at && at < q.end;
    };
    let hi = 0;
    for (const [a, b] of sentences) {
      let first = true;
      const startTok = stream[a]?.token ?? 0;
      const endTok = (stream[b - 1]?.token ?? 0) + 1;
      while (hi < personHits.length && (personHits[hi]?.tokenStart ?? 0) < startTok) hi += 1;
      for (; hi < personHits.length; hi += 1) {
        const h = personHits[hi];
        if (!h || h.tokenStart >= endTok) break;
        const inQuote = quoted(h.start);
        ctx.persons.push({
          pos: h.start,
          id: h.actorId,
          subject: first && !inQuote && h.tokenStart - startTok < 10,
        });
        noteGender(h);
        if (!inQuote) first = false;
      }
    }
  }
  ctx.persons.sort((x, y) => x.pos - y.pos);

  const npEnv: NpEnv = {
    tokens,
    text,
    hits,
    registry,
    ctx,
    affiliationsOf: (t) => affiliationsOf(registry, t),
  };
  const tokenRange = (np: NpRange): [number, number] => {
    const a = stream[np.from];
    const b = stream[np.to - 1];
    if (!a || !b || a.kind === 'quote' || b.kind === 'quote') return [0, 0];
    return [a.token, b.token + 1];
  };
  const posOf = (np: NpRange): number => stream[np.from]?.start ?? 0;
  // A resolution may walk every person and speaker seen so far in the article.
  const resolutionCost = (npTokens: number): number =>
    npTokens + ctx.persons.length + ctx.speakers.length;

  const quotes: Quote[] = [];
  const explanations: string[] = [];
  const speakerOf = (raw: RawAttribution, para: number): { resolved: Resolved; np: string } => {
    if (raw.speaker.type === 'continuation') {
      const last = ctx.lastSpeaker(raw.start);
      if (last && para - last.para <= 2)
        return {
          resolved: { id: last.id, alias: null, role: null, how: 'continues previous speaker' },
          np: '',
        };
      const salient = ctx.salientPerson(raw.start, registry);
      return {
        resolved: {
          id: salient ?? UNKNOWN_ACTOR_ID,
          alias: null,
          role: null,
          how: salient ? 'salient person' : 'no attribution',
        },
        np: '',
      };
    }
    const [f, t] = tokenRange(raw.speaker.np);
    const np = text.slice(tokens[f]?.start ?? 0, tokens[t - 1]?.end ?? 0);
    // '"…," he added': "added" continues someone already speaking, whoever was mentioned since.
    if (t - f === 1 && raw.cue && /^(?:he|she)$/i.test(np)) {
      const cue = text.slice(raw.cue[0], raw.cue[1]).toLowerCase();
      const last = /^(?:added|adds|continued|continues)$/.test(cue)
        ? ctx.lastSpeaker(raw.start)
        : null;
      const want = genderOfPronoun(np.toLowerCase());
      const lastGender = last ? ctx.genderOf(last.id, registry) : null;
      if (
        last &&
        para - last.para <= 2 &&
        registry.kindOf(last.id) === 'person' &&
        (lastGender === null || lastGender === want)
      )
        return {
          resolved: { id: last.id, alias: null, role: null, how: `pronoun "${np}" continuing` },
          np,
        };
    }
    const resolved = resolveSpeaker(npEnv, f, t, posOf(raw.speaker.np), false) ?? {
      id: UNKNOWN_ACTOR_ID,
      alias: null,
      role: null,
      how: `unresolved "${np}"`,
    };
    // "Jens Stoltenberg, the alliance's secretary-general, said": the apposition is a description of the speaker.
    if (
      raw.speaker.apposition &&
      resolved.id !== UNKNOWN_ACTOR_ID &&
      registry.kindOf(resolved.id) === 'person'
    ) {
      const [af, at] = tokenRange(raw.speaker.apposition);
      const appo = text
        .slice(tokens[af]?.start ?? 0, tokens[at - 1]?.end ?? 0)
        .replace(/^(?:the|a|an)\s+/i, '');
      if (appo && appo.length < 80) registry.noteRole(resolved.id, appo);
    }
    return { resolved, np };
  };

  const speakerMemo = new Map<number, boolean>();
  const isSpeaker = (np: NpRange): boolean => {
    const [f, t] = tokenRange(np);
    if (t <= f) return false;
    // The same phrase is often tested by several rules: remember the answer.
    const key = f * 65536 + t;
    let ok = speakerMemo.get(key);
    if (ok === undefined) {
      budget.charge(resolutionCost(t - f), 'speaker resolution');
      ok = resolveSpeaker(npEnv, f, t, posOf(np), true) !== null;
      speakerMemo.set(key, ok);
    }
    return ok;
  };
  const interview = interviewParagraphs(cleaned.paragraphs);
  let interviewee: string | null = null;
  // An interview answer or a transcript turn: its paragraph after the label is one direct
  // statement of the person the label names (an answer falls back on the interviewee).
  const answer = (para: number, qa: InterviewParagraph): void => {
    qa.done = true;
    const paraStart = cleaned.paragraphStarts[para] ?? 0;
    const start = paraStart + qa.labelEnd;
    let end = paraStart + (cleaned.paragraphs[para]?.length ?? 0);
    // A transcript quoted paragraph by paragraph may close its last turn's mark.
    if (qa.transcript) while (end > start && /["”\s]/.test(text[end - 1] ?? '')) end -= 1;
    const raw: RawAttribution = {
      kind: 'direct',
      start,
      end,
      parts: [[start, end]],
      cue: null,
      speaker: { type: 'continuation' },
      rule: 'interview-answer',
      quotes: [],
    };
    const named = !qa.label
      ? null
      : qa.transcript
        ? transcriptSpeaker(registry, qa.label)
        : labelSpeaker(hits, registry, paraStart, start, qa.label);
    // A transcript's turns are each their label's: no interviewee to fall back on.
    const id: string = qa.transcript
      ? (named ?? UNKNOWN_ACTOR_ID)
      : (named ?? interviewee ?? ctx.salientPerson(start, registry) ?? UNKNOWN_ACTOR_ID);
    if (id !== UNKNOWN_ACTOR_ID && !qa.transcript) interviewee = id;
    pushQuote(raw, para, {
      id,
      alias: null,
      role: null,
      how: named
        ? `interview label "${qa.label ?? ''}"`
        : qa.transcript
          ? 'transcript label naming nobody'
          : 'interviewee',
    });
  };
  // The paragraph that a bare "X added:" introduced (./attribution/block-quotation.ts).
  let block = null as { para: number; raw: RawAttribution | null } | null;
  for (const [si, [a, b]] of sentences.entries()) {
    const sentencePara = stream[a]?.para ?? 0;
    if (block?.para === sentencePara) {
      // The whole paragraph is the speaker's: its sentences are not read on their own.
      if (block.raw) pushQuote(block.raw, sentencePara, null);
      block.raw = null;
      continue;
    }
    // A transcript's turns are its paragraphs, whatever the sentences: a turn's open quote mark
    // can run one sentence on into the next turn.
    const turns =
      interview &&
      turnsOfSentence(interview, cleaned.paragraphStarts, sentencePara, stream[b - 1]?.end ?? 0);
    if (turns) {
      for (const [p, turn] of turns) if (!turn.done) answer(p, turn);
      continue;
    }
    const qa = interview?.get(sentencePara);
    if (qa) {
      // Interview format: the answer paragraph is one direct statement; questions are not statements.
      if (qa.kind !== 'question' && !qa.done) answer(sentencePara, qa);
      continue;
    }
    const sentence = { stream, from: a, to: b, spans, text, isSpeaker };
    const clauseEndModel = env.learnedClauseEnds ? bundledClauseEndModel() : null;
    const sentenceRaws = refineClauseEnds(sentence, attributeSentence(sentence), clauseEndModel);
    for (const raw of sentenceRaws) {
      const para = stream[a]?.para ?? 0;
      pushQuote(raw, para, null);
    }
    // "X added:" closing a paragraph with nothing reported in it, then a paragraph of prose
    // without marks: a block quotation whose marks were lost.
    const nextPara = stream[sentences[si + 1]?.[0] ?? -1]?.para;
    if (sentenceRaws.length === 0 && nextPara === sentencePara + 1 && !interview) {
      const intro = blockIntroduction(sentence);
      const start = cleaned.paragraphStarts[nextPara] ?? 0;
      const end = start + (cleaned.paragraphs[nextPara]?.length ?? 0);
      if (intro && isBlockParagraph(text, start, end, spans))
        block = {
          para: nextPara,
          raw: {
            kind: 'direct',
            start,
            end,
            parts: [[start, end]],
            cue: intro.cue,
            speaker: intro.speaker,
            rule: 'speaker-then-quote',
            quotes: [],
          },
        };
    }
  }

  function pushQuote(raw: RawAttribution, para: number, given: Resolved | null): void {
    {
      budget.charge(resolutionCost(raw.end - raw.start), 'speaker resolution');
      const { resolved, np } = given ? { resolved: given, np: '' } : speakerOf(raw, para);
      const speakerId = resolved.id;
      ctx.addSpeaker(raw.start, speakerId, para);
      registry.markUsed(speakerId);
      if (resolved.alias) registry.noteAlias(speakerId, resolved.alias);
      if (resolved.role) registry.noteRole(speakerId, resolved.role);
      const mentions = mentionsIn(hits, raw, speakerId);
      for (const m of mentions) registry.markUsed(m.actorId);
      for (const id of resolved.coSpeakers ?? []) registry.markUsed(id);
      for (const m of mentions) registry.noteAlias(m.actorId, m.surface);
      const n = quotes.length + 1;
      const quoteText = compactText(text, raw.parts);
      quotes.push({
        id: `${input.id}#${n}` as QuoteId,
        articleId: input.id as ArticleId,
        speakerId: speakerId as ActorId,
        text: quoteText,
        kind: raw.kind,
        start: raw.start,
        end: raw.end,
        cue: raw.cue ? text.slice(raw.cue[0], raw.cue[1]) : null,
        mentions: uniqueIds(mentions, resolved.coSpeakers),
        rule: raw.rule,
        confidence: attributionConfidence(raw.rule, resolved.how, speakerId === UNKNOWN_ACTOR_ID),
      });
      if (env.explain)
        explanations.push(
          `${input.file} #${n} ${raw.kind} [${raw.rule}] ${registry.nameOf(speakerId)} ← ${np ? `"${np}" ` : ''}(${resolved.how})${raw.cue ? ` cue "${text.slice(raw.cue[0], raw.cue[1])}"` : ''}: ${quoteText.slice(0, 90)}`,
        );
    }
  }

  return {
    article: {
      id: input.id as ArticleId,
      file: input.file,
      title: cleaned.title,
      date: cleaned.date,
      dateSource: cleaned.dateSource,
      outlet: cleaned.outlet,
      text,
      // Cleaning that removes most of a file is worth a look (a cut-off rule, a misread page).
      ...(cleaned.removedShare > REMOVED_SHARE_REPORTED
        ? { removedShare: Math.floor(cleaned.removedShare * 100) / 100 }
        : {}),
    },
    quotes,
    explanations,
  };
}
