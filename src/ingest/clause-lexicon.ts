import {
  ACCUSE_VERBS,
  CUE_VERBS,
  INFINITIVE_VERBS,
  INVERSION_VERBS,
  NP_OBJECT_VERBS,
  OBJECT_INFINITIVE_VERBS,
  PARTICIPLE_CUES,
  PROGRESSIVE_CUES,
  QUESTION_VERBS,
  STATEMENT_NOUNS,
} from './lexicon.ts';

/**
 * Function words and small word classes the attribution rules read (prepositions, auxiliaries,
 * adjunct nouns, hearer pronouns…): word knowledge as data, beside ./lexicon.ts (cue verbs, titles).
 */

export const BOUNDARY_WORDS = new Set(
  'that and but while as because when after before if although though since whereas who which where whom whose than so or nor'.split(
    ' ',
  ),
);

export const PREPOSITIONS = new Set(
  'on in at during following after before to via through while when from with about over amid for by of upon ahead late early earlier later last this'.split(
    ' ',
  ),
);

export const TIME_ADVERBS = new Set(
  'yesterday today tonight earlier later recently again too also now then separately previously afterwards late early here there this last'.split(
    ' ',
  ),
);

export const OBJECT_VERBS = new Set(
  'told tells tell assured assures informed informs reminded reminds warned warns urged urges'.split(
    ' ',
  ),
);

export const LEADING_ADVERBIALS = new Set(
  'on in at during following after before speaking addressing responding asked commenting writing earlier later meanwhile however also but and yet still separately previously last this'.split(
    ' ',
  ),
);

export const PARENTHETICAL = new Set(
  'however meanwhile though too also in turn for its his her their part instead moreover furthermore indeed separately'.split(
    ' ',
  ),
);

/** Words without which no rule can fire (cues, accusations, pledges, requests, "according", report nouns). */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set([
  ...CUE_VERBS,
  ...INVERSION_VERBS,
  ...ACCUSE_VERBS,
  ...INFINITIVE_VERBS,
  ...OBJECT_INFINITIVE_VERBS,
  ...PARTICIPLE_CUES,
  ...STATEMENT_NOUNS,
  ...NP_OBJECT_VERBS,
  ...PROGRESSIVE_CUES.keys(),
  ...QUESTION_VERBS,
  'according',
]);

/** Verbs that can head a subject–verb report: one lookup rules most words out. */
export const CUE_LIKE: ReadonlySet<string> = new Set([
  ...NP_OBJECT_VERBS,
  ...CUE_VERBS,
  ...ACCUSE_VERBS,
  ...INFINITIVE_VERBS,
  ...OBJECT_INFINITIVE_VERBS,
]);

/** "wrote about X", "spoke of Y": what follows names a topic, so nothing was reported. */
export const TOPIC_PREPOSITIONS = new Set(['about', 'of']);

/** Verbs whose subject reports words whoever it is ("Almost half of respondents said …"). */
export const SAY_VERBS = new Set('said says say told tells added adds wrote stated'.split(' '));

/** "-ed" words that modify a speaker rather than act ("unnamed officials", "retired generals"). */
export const SUBJECT_PARTICIPLES = new Set(
  'unnamed unidentified informed concerned interested retired elected appointed registered polled surveyed united'.split(
    ' ',
  ),
);

/** Words that open no speaker phrase ("That said, …", "which he said"). */
export const NOT_A_SUBJECT =
  /^(?:this|that|which|who|what|there|here|it|as|so|such|some|one|all|many|most|none)$/;

export const AUXILIARIES = new Set(
  'is are was were be been being has have had will would can could should may might must do does did not'.split(
    ' ',
  ),
);

export const ADJUNCT_NOUNS = new Set(
  'statement interview briefing conference tweet post speech address message letter call meeting interviews remarks comments'.split(
    ' ',
  ),
);

export const TELL_VERBS = new Set(['told', 'tells', 'tell']);

/** Pronouns that can only open a clause as its subject ("said on Friday he would …"). */
export const SUBJECT_PRONOUNS = /^(?:he|she|they|we|i)$/;

export const OBJECT_PRONOUNS = /^(?:him|her|them|me|us|you)$/;

export const OBJECT_DETERMINERS = /^(?:his|her|their|its|our|my|a|an)$/;

export const PASSIVE_AUX = /^(?:was|were|is|are|be|been|being|get|got)$/;

export const PROGRESSIVE_AUX = /^(?:is|are|was|were|been|be)$/;

/** Particles that make "called" something else than a characterisation ("called off", "called in"). */
export const CALLED_PARTICLES =
  /^(?:off|up|in|back|out|to|into|at|by|with|from|upon|after|over|around|away|down|and|or|but)$/;
