/**
 * Deterministic synthetic news articles for the scale benchmark.
 *
 * Pure: no fs, no clock, no Math.random. Everything comes from a seeded PRNG, so the same
 * seed and sizes always produce byte-identical articles and the same actors file.
 *
 * The texts imitate the messy seed articles (titles with a ` date YYYY-MM-DD` header, date
 * lines and datelines, site boilerplate, photo credits, quotes in several mark styles, quotes
 * split around the cue, indirect speech, pronoun and title speakers) so the real extractor is
 * exercised the way real input would exercise it. Actors are invented (they cannot be in
 * data/actors.json), so a matching actors file is generated alongside.
 */

import { seededRandom } from '../../src/lib/seeded-random.ts';

/** An entry of the known-actors file the ingest CLI reads with `--actors` (format of data/actors.json). */
export interface KnownActor {
  id: string;
  name: string;
  kind: 'person' | 'organization' | 'country';
  aliases: string[];
  /** Persons: the office, e.g. "Foreign Minister" (the text writes it after the country's name). */
  role?: string;
  /** Persons: id of the country they speak for (lets "the minister" style descriptions resolve). */
  affiliation?: string;
}

export interface WorldOptions {
  /** Number of distinct actors (persons, organisations, countries). */
  actors: number;
  seed: number;
  /** Zipf exponent of the actor popularity; ~1 gives a few very central actors and a long tail. */
  zipf?: number;
}

/** A generated set of actors ordered by popularity rank (index 0 is the most central). */
export interface World {
  seed: number;
  actors: KnownActor[];
  /** Cumulative popularity weights, same order as `actors`, last value 1. */
  cumulative: Float64Array;
  /** Per actor: 'he' | 'she' for persons, else null. */
  pronouns: ('he' | 'she' | null)[];
  /** Per actor: the short noun a title speaker uses ("the minister"), persons only. */
  titles: (string | null)[];
  /** Per actor: how a person is introduced at first mention ("Varenia Foreign Minister Ana Bel"). */
  introductions: (string | null)[];
}

/** What the generator put into one article, for sanity checks (not used by the ingest). */
export interface PlannedQuote {
  speakerId: string;
  text: string;
  kind: 'direct' | 'indirect';
  mentions: string[];
}

export interface SyntheticArticle {
  /** File name, like the seeds: `<index>_<16 hex>.txt`. */
  file: string;
  text: string;
  planned: PlannedQuote[];
}

/** Mixes two integers into a new 32-bit seed, so each article has its own independent stream. */
export function mixSeed(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const MALE_FIRST = [
  'Adrian',
  'Boris',
  'Carlos',
  'Dmitri',
  'Elias',
  'Farid',
  'Gustav',
  'Hamid',
  'Ivan',
  'Jonas',
  'Kenji',
  'Luca',
  'Marek',
  'Nikolai',
  'Omar',
  'Pavel',
  'Quentin',
  'Rafael',
  'Stefan',
  'Tomas',
  'Umar',
  'Viktor',
  'Walter',
  'Xavier',
  'Yusuf',
  'Zoran',
  'Anton',
  'Bruno',
  'Cyril',
  'Dario',
  'Emil',
  'Felix',
  'Georg',
  'Hugo',
  'Igor',
  'Jakub',
  'Karim',
  'Lars',
  'Milan',
  'Nils',
] as const;
const FEMALE_FIRST = [
  'Alina',
  'Beata',
  'Clara',
  'Daria',
  'Elena',
  'Fatima',
  'Greta',
  'Hana',
  'Irina',
  'Julia',
  'Katya',
  'Lena',
  'Maria',
  'Nadia',
  'Olga',
  'Petra',
  'Rosa',
  'Sofia',
  'Tanya',
  'Ursula',
  'Vera',
  'Wanda',
  'Yara',
  'Zofia',
  'Agnes',
  'Bianca',
  'Celine',
  'Dana',
  'Eva',
  'Freya',
] as const;
const SYLLABLES = [
  'bar',
  'ven',
  'kor',
  'lis',
  'mar',
  'dun',
  'tal',
  'rov',
  'sen',
  'gal',
  'ber',
  'nik',
  'hol',
  'ster',
  'vik',
  'man',
  'dor',
  'rin',
  'kas',
  'pel',
  'zan',
  'tor',
  'mel',
  'bro',
  'las',
  'fen',
  'gor',
  'hel',
  'jor',
  'kel',
  'lun',
  'mor',
  'nov',
  'par',
  'quin',
  'ras',
  'sol',
  'tur',
  'val',
  'wes',
] as const;
const SURNAME_ENDINGS = ['', 'ov', 'ski', 'son', 'ner', 'elli', 'ez', 'berg', 'ak', 'ani'] as const;
const COUNTRY_ENDINGS = ['ia', 'land', 'stan', 'ova', 'ania', 'ica'] as const;
const ORG_PATTERNS = [
  (p: string) => `${p} Energy Council`,
  (p: string) => `${p} Defence Alliance`,
  (p: string) => `${p} Trade Bloc`,
  (p: string) => `Bank of ${p}`,
  (p: string) => `${p} Peace Institute`,
  (p: string) => `${p} Workers Union`,
  (p: string) => `${p} Monitoring Mission`,
  (p: string) => `${p} Development Fund`,
] as const;
const PERSON_ROLES = [
  ['Foreign Minister', 'minister'],
  ['Defence Minister', 'minister'],
  ['Prime Minister', 'prime minister'],
  ['President', 'president'],
  ['Deputy Foreign Minister', 'deputy minister'],
  ['ambassador to the UN', 'ambassador'],
  ['government spokesperson', 'spokesperson'],
  ['opposition leader', 'opposition leader'],
  ['central bank governor', 'governor'],
  ['senator', 'senator'],
] as const;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Invented, pronounceable, unique words (so a surname alias always points at one actor). */
function uniqueWords(
  random: Random,
  count: number,
  endings: readonly string[],
  used: Set<string>,
): string[] {
  const out: string[] = [];
  let guard = 0;
  while (out.length < count) {
    if (++guard > count * 200) throw new Error('could not invent enough unique names');
    const parts = int(random, 2, 3);
    let word = '';
    for (let i = 0; i < parts; i++) word += pick(random, SYLLABLES);
    word = capitalise(word + pick(random, endings));
    if (used.has(word)) continue;
    used.add(word);
    out.push(word);
  }
  return out;
}

/**
 * Builds `options.actors` invented actors (about 85% persons, 12% organisations, 3% countries),
 * shuffled and ranked by a Zipf-like popularity. Deterministic in `options.seed`.
 */
export function createWorld(options: WorldOptions): World {
  const random = seededRandom(mixSeed(options.seed, 0x5eed));
  const total = Math.max(3, Math.floor(options.actors));
  const countryCount = Math.max(1, Math.round(total * 0.03));
  const orgCount = Math.max(1, Math.round(total * 0.12));
  const personCount = total - countryCount - orgCount;
  const used = new Set<string>();
  const countryNames = uniqueWords(random, countryCount, COUNTRY_ENDINGS, used);
  const orgStems = uniqueWords(random, orgCount, ['', 'ia', 'an'], used);
  const surnames = uniqueWords(random, personCount, SURNAME_ENDINGS, used);

  type Draft = {
    actor: KnownActor;
    pronoun: 'he' | 'she' | null;
    title: string | null;
    introduction?: string;
  };
  const drafts: Draft[] = [];
  for (const name of countryNames) {
    drafts.push({
      actor: { id: slug(name), name, kind: 'country', aliases: [] },
      pronoun: null,
      title: null,
    });
  }
  orgStems.forEach((stem, i) => {
    const pattern = ORG_PATTERNS[i % ORG_PATTERNS.length] ?? ORG_PATTERNS[0];
    const name = pattern(stem);
    // An acronym alias only when no other organisation has it, so an alias names one actor.
    const acronym = name
      .split(' ')
      .filter((w) => /^[A-Z]/.test(w))
      .map((w) => w.charAt(0))
      .join('');
    const aliases = acronym.length >= 3 && !used.has(acronym) ? [acronym] : [];
    used.add(acronym);
    drafts.push({
      actor: { id: slug(name), name, kind: 'organization', aliases },
      pronoun: null,
      title: null,
    });
  });
  for (const surname of surnames) {
    const female = random() < 0.4;
    const first = female ? pick(random, FEMALE_FIRST) : pick(random, MALE_FIRST);
    const [role, title] = pick(random, PERSON_ROLES);
    const country = pick(random, countryNames);
    const name = `${first} ${surname}`;
    drafts.push({
      actor: {
        id: slug(name),
        name,
        kind: 'person',
        aliases: [surname],
        role,
        affiliation: slug(country),
      },
      introduction: `${country} ${role} ${name}`,
      pronoun: female ? 'she' : 'he',
      title,
    });
  }
  // Fisher–Yates so kinds are mixed along the popularity ranking.
  for (let i = drafts.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = drafts[i];
    const b = drafts[j];
    if (a && b) {
      drafts[i] = b;
      drafts[j] = a;
    }
  }
  const exponent = options.zipf ?? 1;
  const cumulative = new Float64Array(drafts.length);
  let sum = 0;
  for (let r = 0; r < drafts.length; r++) {
    sum += 1 / Math.pow(r + 1, exponent);
    cumulative[r] = sum;
  }
  for (let r = 0; r < drafts.length; r++) cumulative[r] = (cumulative[r] ?? 0) / sum;
  return {
    seed: options.seed,
    actors: drafts.map((d) => d.actor),
    cumulative,
    pronouns: drafts.map((d) => d.pronoun),
    titles: drafts.map((d) => d.title),
    introductions: drafts.map((d) => d.introduction ?? null),
  };
}

/** Draws an actor rank with Zipf-like probability (binary search on the cumulative weights). */
export function sampleRank(world: World, random: Random): number {
  const u = random();
  let lo = 0;
  let hi = world.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((world.cumulative[mid] ?? 1) < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TOPICS = [
  'the gas pipeline',
  'sanctions',
  'the border talks',
  'the grain deal',
  'arms control',
  'the election',
  'the ceasefire',
  'the trade dispute',
  'the refugee crisis',
  'the nuclear programme',
  'the military exercises',
  'the debt talks',
  'the climate summit',
  'the prisoner exchange',
] as const;
const OUTLETS = [
  'rt.com',
  'sputniknews.com',
  'oyetimes.com',
  'presstv.ir',
  'tass.com',
  'dailyherald.example',
] as const;
const CITIES = [
  'ROME',
  'MOSCOW',
  'GENEVA',
  'BRUSSELS',
  'VIENNA',
  'ANKARA',
  'BEIJING',
  'NEW YORK',
] as const;
const AGENCIES = ['Sputnik', 'Reuters', 'AFP', 'AP', 'TASS'] as const;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
const DIRECT_CUES = [
  'said',
  'told reporters',
  'added',
  'joked',
  'stressed',
  'warned',
  'noted',
  'told a briefing',
] as const;
const INDIRECT_CUES = ['said', 'stated', 'claimed', 'argued', 'insisted'] as const;
const BOILERPLATE = [
  'Like this story? Share it with a friend!',
  'Share with friends',
  'Be the first to comment',
  'Leave a Reply',
  'Your email address will not be published.',
  'No comments:',
  'Post a Comment',
  'To participate in the discussion',
  'log in or register',
  'Subscribe to our newsletter for the latest updates.',
  'Dear readers and commenters, we have implemented a new engine for our comment section.',
] as const;

/** Quote sentence templates; `{A}`/`{B}` become actor names, `{T}` a topic. */
const STATEMENTS = [
  'We will not accept the demands of {A} on {T}',
  'The position of {A} on {T} is well known and it has not changed',
  '{A} must stop its provocations and return to the negotiating table',
  'Our partners in {A} understand that {T} cannot be solved by pressure',
  'We have informed {A} that the matter is closed',
  'There is no problem for us to discuss {T} with {A} and {B}',
  'The ball is now in the court of {A}',
  'Nobody asked {A} to interfere in {T}',
  'We rely on facts, and the facts show that {A} does not want any cooperation',
  'I would like to invite {A} to take part in the talks on {T}',
  'This is not an isolated incident, and {A} knows it',
  'Of course, the statements by {A} do not add stability',
] as const;
const TAILS = [
  'We are ready for any scenario.',
  'Time will tell.',
  'Our red lines are clear.',
  'This is what we are proceeding from.',
  'We hope for a constructive dialogue.',
  'Nobody should have any illusions about that.',
] as const;
const FILLER = [
  'The talks come amid rising tensions between {A} and {B}.',
  'Officials from around the world have gathered for the meeting, which began on {D}.',
  '{A} has not commented on the report.',
  'The two sides last met in {C} earlier this year to discuss {T}.',
  'Analysts expect the dispute over {T} to dominate the agenda.',
  'Earlier this week, {A} and {B} exchanged accusations over {T}.',
] as const;

interface Mentioned {
  rank: number;
  surface: string;
}

/** How an actor is written the second time on: persons by surname, others by name or alias. */
function shortName(actor: KnownActor): string {
  if (actor.kind === 'person') return actor.aliases[0] ?? actor.name;
  return actor.name;
}

function dateParts(random: Random): { iso: string; year: number; month: number; day: number } {
  const year = int(random, 2019, 2024);
  const month = int(random, 1, 12);
  const day = int(random, 1, 28);
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, year, month, day };
}

function hex16(random: Random): string {
  let s = '';
  for (let i = 0; i < 4; i++)
    s += Math.floor(random() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return s;
}

/**
 * Generates article `index` of the benchmark corpus. Deterministic in (world.seed, index) and
 * independent of the other articles, so files can be written one at a time.
 *
 * `coverRank` (if given) is an actor that must appear in this article, so every actor of the
 * world is seen at least once even in the far tail of the Zipf distribution.
 */
export function generateArticle(world: World, index: number, coverRank?: number): SyntheticArticle {
  const random = seededRandom(mixSeed(world.seed, index + 1));
  const actorAt = (rank: number): KnownActor => {
    const a = world.actors[rank];
    if (!a) throw new Error(`no actor at rank ${rank}`);
    return a;
  };
  const persons = (rank: number): boolean => actorAt(rank).kind === 'person';
  const samplePerson = (): number => {
    for (let i = 0; i < 50; i++) {
      const r = sampleRank(world, random);
      if (persons(r)) return r;
    }
    return world.actors.findIndex((a) => a.kind === 'person');
  };

  const date = dateParts(random);
  const topic = pick(random, TOPICS);
  const outlet = pick(random, OUTLETS);
  const introduced = new Set<number>();
  const planned: PlannedQuote[] = [];
  const lines: string[] = [];

  // First mention of a person carries role + full name; later ones the surname.
  const nameFor = (rank: number): string => {
    const actor = actorAt(rank);
    if (actor.kind !== 'person') return actor.name;
    if (introduced.has(rank)) return shortName(actor);
    introduced.add(rank);
    return world.introductions[rank] ?? actor.name;
  };
  const mentionSurface = (rank: number): string => {
    const actor = actorAt(rank);
    return actor.kind === 'person' && random() < 0.5 ? actor.name : shortName(actor);
  };
  const pickMentions = (speaker: number, forced: number | undefined): Mentioned[] => {
    const out: Mentioned[] = [];
    const first = forced ?? sampleRank(world, random);
    if (first !== speaker) out.push({ rank: first, surface: mentionSurface(first) });
    if (random() < 0.3) {
      const second = sampleRank(world, random);
      if (second !== speaker && second !== first)
        out.push({ rank: second, surface: mentionSurface(second) });
    }
    return out;
  };
  /** The sentence, and whether it opens with a name (whose capital must survive indirect speech). */
  const statement = (mentions: Mentioned[]): { said: string; opensWithName: boolean } => {
    const template = pick(random, STATEMENTS);
    const a = mentions[0]?.surface ?? 'our partners';
    const b = mentions[1]?.surface ?? 'the United Nations';
    const said = capitalise(template.replace('{A}', a).replace('{B}', b).replace('{T}', topic));
    return { said, opensWithName: template.startsWith('{A}') && mentions[0] !== undefined };
  };
  const filler = (): string => {
    const a = actorAt(sampleRank(world, random)).name;
    const b = actorAt(sampleRank(world, random)).name;
    return pick(random, FILLER)
      .replace('{A}', a)
      .replace('{B}', b)
      .replace('{C}', capitalise(pick(random, CITIES).toLowerCase()))
      .replace('{D}', pick(random, WEEKDAYS))
      .replace('{T}', topic);
  };

  // Title line, sometimes with the ` date YYYY-MM-DD ` header of the seeds.
  const lead = samplePerson();
  const leadActor = actorAt(lead);
  const titleText =
    random() < 0.5
      ? `${shortName(leadActor)} warns over ${topic} as talks stall`
      : `‘${capitalise(topic)} is not up for debate’, ${shortName(leadActor)} says`;
  lines.push(random() < 0.45 ? ` date ${date.iso} ${titleText}` : titleText);

  // Date line / photo credit / dateline variants.
  const dateStyle = random();
  if (dateStyle < 0.3) {
    lines.push(
      `${pick(random, WEEKDAYS)}, ${date.day} ${MONTHS[date.month - 1]} ${date.year} ${int(random, 1, 12)}:${String(int(random, 0, 59)).padStart(2, '0')} PM`,
    );
  } else if (dateStyle < 0.5) {
    lines.push(
      `This article was last updated on ${MONTHS[date.month - 1]} ${date.day}, ${date.year}`,
    );
  }
  if (random() < 0.4) {
    lines.push(
      `© ${pick(random, AGENCIES)} Photo / ${pick(random, MALE_FIRST)} ${capitalise(pick(random, SYLLABLES))}man`,
    );
  }
  if (random() < 0.2) lines.push('');

  const quoteCount = int(random, 3, 7);
  let previousSpeaker: number | null = null;
  for (let q = 0; q < quoteCount; q++) {
    // The lead speaker dominates an article, as in the seeds; others come from the Zipf tail.
    const speaker = q === 0 || random() < 0.35 ? lead : sampleRank(world, random);
    const forced = q === 1 && coverRank !== undefined ? coverRank : undefined;
    const mentions = pickMentions(speaker, forced);
    const { said, opensWithName } = statement(mentions);
    const reported = opensWithName ? said : said.charAt(0).toLowerCase() + said.slice(1);
    const tail = random() < 0.4 ? ` ${pick(random, TAILS)}` : '';
    const actor = actorAt(speaker);
    const canPronoun = previousSpeaker === speaker && world.pronouns[speaker] !== null;
    const canTitle = introduced.has(speaker) && world.titles[speaker] !== null;
    const style = random();
    const datelinePrefix =
      q === 0 && dateStyle >= 0.5 && random() < 0.6
        ? `${pick(random, CITIES)} (${pick(random, AGENCIES)}) - `
        : '';
    let paragraph: string;
    let quoted = `${said}.${tail}`;
    let kind: PlannedQuote['kind'] = 'direct';
    if (style < 0.22) {
      paragraph = `"${said}," ${nameFor(speaker)} ${pick(random, DIRECT_CUES)}.${tail ? ` "${tail.trim()}"` : ''}`;
      quoted = tail ? `${said}, ${tail.trim()}` : said;
    } else if (style < 0.36) {
      // Split around the cue: “first half,” X said. “Second half.”
      const second = pick(random, TAILS);
      paragraph = `“${said},” ${nameFor(speaker)} ${pick(random, DIRECT_CUES)}. “${second}”`;
      quoted = `${said}, ${second}`;
    } else if (style < 0.48) {
      paragraph = `${nameFor(speaker)} said, "${said}.${tail}"`;
    } else if (style < 0.56 && canPronoun) {
      paragraph = `"${said}," ${world.pronouns[speaker]} ${pick(random, ['added', 'said', 'noted'])}.`;
      quoted = said;
    } else if (style < 0.64 && canTitle) {
      paragraph = `“${said},” the ${world.titles[speaker]} ${pick(random, ['added', 'said'])}.`;
      quoted = said;
    } else if (style < 0.72) {
      paragraph = `‘${said}’ ${nameFor(speaker)} ${pick(random, ['joked', 'quipped', 'said'])}.`;
      quoted = said;
    } else if (style < 0.78) {
      paragraph = `«${said}», ${nameFor(speaker)} ${pick(random, DIRECT_CUES)}.`;
      quoted = said;
    } else if (style < 0.9) {
      kind = 'indirect';
      quoted = reported;
      paragraph = `${nameFor(speaker)} ${pick(random, INDIRECT_CUES)} that ${quoted}.`;
    } else {
      kind = 'indirect';
      quoted = reported;
      paragraph = `According to ${nameFor(speaker)}, ${quoted}.`;
    }
    if (random() < 0.25) paragraph += `Also on ${outlet} ${filler()}`;
    lines.push(datelinePrefix + paragraph);
    planned.push({
      speakerId: actor.id,
      text: quoted,
      kind,
      mentions: mentions.map((m) => actorAt(m.rank).id),
    });
    // Narrative sentences between quotes, so articles have the length of the seeds (~2 kB).
    const narrative = int(random, 0, 3);
    if (narrative > 0) lines.push(Array.from({ length: narrative }, filler).join(' '));
    if (random() < 0.15) lines.push('');
    previousSpeaker = speaker;
  }
  const boilerplate = int(random, 0, 3);
  for (let i = 0; i < boilerplate; i++) lines.push(pick(random, BOILERPLATE));

  const file = `${String(index).padStart(5, '0')}_${hex16(random)}.txt`;
  return { file, text: `${lines.join('\n')}\n`, planned };
}

/**
 * Rank of the actor article `index` must mention so the whole world is covered: articles walk
 * the actors in rank order, wrapping around. With fewer articles than actors the far tail
 * stays unseen, as in real news.
 */
export function coverRankFor(world: World, index: number): number {
  return index % world.actors.length;
}

/** A corpus record set in the shape of the schema's input (kept structural: this module stays dependency-free). */
export interface PlannedCorpusPart {
  article: {
    id: string;
    file: string;
    title: string;
    date: string | null;
    dateSource: 'header' | 'none';
    outlet: null;
    text: string;
  };
  quotes: {
    id: string;
    articleId: string;
    speakerId: string;
    text: string;
    kind: 'direct' | 'indirect';
    start: number;
    end: number;
    cue: null;
    mentions: string[];
  }[];
}

/**
 * The generator's own plan as corpus records: what a perfect extractor would output. Lets the
 * browser benchmark run before (or independently of) the real ingest. Spans run from the start
 * of a quote's first words to the end of its last words in the text; a quote whose words cannot
 * be found gets an empty span at 0 (never out of range).
 */
export function plannedCorpusPart(article: SyntheticArticle): PlannedCorpusPart {
  const id = article.file.replace(/\.txt$/, '');
  const firstLine = article.text.slice(0, article.text.indexOf('\n'));
  const header = /^ date (\d{4}-\d{2}-\d{2}) (.*)$/.exec(firstLine);
  let cursor = 0;
  const quotes = article.planned.map((q, n) => {
    const head = q.text.slice(0, 20);
    const tail = q.text.slice(-12);
    let start = article.text.indexOf(head, cursor);
    let end = start < 0 ? -1 : article.text.indexOf(tail, start);
    if (start < 0 || end < 0) {
      start = 0;
      end = 0;
    } else {
      end += tail.length;
      cursor = end;
    }
    return {
      id: `${id}#${n + 1}`,
      articleId: id,
      speakerId: q.speakerId,
      text: q.text,
      kind: q.kind,
      start,
      end,
      cue: null,
      mentions: q.mentions,
    };
  });
  return {
    article: {
      id,
      file: article.file,
      title: header?.[2] ?? firstLine.trim(),
      date: header?.[1] ?? null,
      dateSource: header ? 'header' : 'none',
      outlet: null,
      text: article.text,
    },
    quotes,
  };
}

/** Share of articles that repost the previous one by default (wire copy carried by another outlet). */
export const DEFAULT_REPOST_SHARE = 0.1;

/**
 * Article `index` as a repost of `source` (the previous article): the same quotes with the light
 * edits reposts make (straight quotes for curly ones, a date one day later, a changed cue, a
 * credit line), under another file name. Deterministic in (seed, index). Statement folding at
 * ingest should fold each of its quotes with the source's.
 */
export function repostArticle(
  source: SyntheticArticle,
  seed: number,
  index: number,
): SyntheticArticle {
  const random = seededRandom(mixSeed(seed, 0x7e905 + index));
  const nextDay = (iso: string) => {
    const d = new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const text = source.text
    .replace(/^ date (\d{4}-\d{2}-\d{2})/, (_, iso: string) => ` date ${nextDay(iso)}`)
    .replace(/[“”]/g, '"')
    .replace(/ told reporters\b/, ' said')
    .replace(/\n$/, `\nThis story was first published by ${pick(random, AGENCIES)}.\n`);
  const file = `${String(index).padStart(5, '0')}_${hex16(random)}.txt`;
  return { file, text, planned: source.planned };
}

/** Whether article `index` reposts the one before it (never the first). Deterministic. */
export function isRepost(seed: number, index: number, share: number): boolean {
  if (index === 0 || share <= 0) return false;
  return seededRandom(mixSeed(seed, 0x4e905 + index))() < share;
}
