/**
 * Word lists shared by the extractor steps. General English news vocabulary only:
 * nothing here may name a particular article's people.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/**
 * Reporting verbs that, with a speaker, attribute the words next to them.
 * Past, present and base forms; lower case. The plural present of the clause verbs ("Critics
 * argue that …", "Analysts warn that …") is listed too; those base forms are not bare-clause
 * verbs (BARE_CLAUSE_VERBS), so they report only with "that", a colon or after the clause.
 * "insist" and "maintain" stay out ("will insist on being …", "maintain a lead").
 */
export const CUE_VERBS = set(`
  said says say saying told tells tell added adds adding stated states stating noted notes noting
  stressed stresses stressing emphasized emphasised emphasizes emphasises emphasizing emphasising
  underlined underlines underscored underscores explained explains explaining claimed claims
  claiming insisted insists insisting warned warns warning argued argues arguing asserted asserts
  announced announces declared declares continued continues concluded concludes quipped quips
  joked jokes remarked remarks observed observes wrote writes tweeted tweets posted replied
  replies responded responds answered answers asked asks urged urges agreed agrees acknowledged
  acknowledges admitted admits conceded concedes confirmed confirms denied denies suggested
  suggests predicted predicts vowed vows pledged pledges promised promises threatened threatens
  accused accuses accuse charged alleged alleges complained complains lamented laments recalled
  recalls reiterated reiterates repeated repeats highlighted highlights clarified clarifies
  indicated indicates maintained maintains contended contends revealed reveals disclosed discloses
  reported reports commented comments echoed echoes demanded demands proposed proposes assured
  assures reminded reminds cautioned cautions hinted hints estimated estimates informed informs
  countered counters retorted retorts snapped shouted exclaimed boasted boasts affirmed affirms
  opined recounted interjected interjects yelled yells demurred demurs blogged blogs scoffed scoffs
  mused muses fumed fumes
  argue suggest warn agree acknowledge note claim admit predict contend complain
  concede explain allege confirm reveal emphasize assert
`);

/** Cue verbs that may introduce a reported clause without "that" ("Rasmussen said Russia and NATO could…"). */
export const BARE_CLAUSE_VERBS = set(`
  said says say told tells added adds noted notes stated states claimed claims insisted insists
  warned warns argued argues stressed stresses explained explains admitted admits acknowledged
  acknowledges suggested suggests predicted predicts complained complains wrote writes tweeted
  replied assured assures reminded reminds emphasized emphasised underlined maintained maintains
  concluded asserted asserts contended contends agreed agrees
`);

/** Verbs attributing in inverted order after the clause (", said X", ", says X"). */
export const INVERSION_VERBS = set(`
  said says added adds noted notes stated explained explains wrote writes continued continues
  warned warns argued argues insisted insists asked asks replied replies concluded concludes
  declared declares stressed stresses told tells quipped joked observed remarked admitted
  acknowledged reported reports
`);

/** Verbs taking an object and "of/for" + the accusation ("accused Moscow of …"). */
export const ACCUSE_VERBS = set(
  `accused accuses accuse accusing charged charges blamed blames blame`,
);

/** Verbs taking an infinitive as the statement ("pledged not to make …", "agreed to lend …"). */
export const INFINITIVE_VERBS = set(`
  pledged pledges vowed vows promised promises threatened threatens agreed agrees
`);

/** Verbs taking an object then an infinitive ("urged Washington to …"). */
export const OBJECT_INFINITIVE_VERBS = set(`urged urges called calls warned warns asked asks`);

/**
 * Speech acts whose object is the statement: characterisations ("called the attack a vile
 * act", "described it as …", "dismissed the claims as …"), requests ("called for a
 * ceasefire"), denials, criticism and praise, announcements ("announced a curfew").
 */
export const NP_OBJECT_VERBS = set(`
  called calls described describes dismissed dismisses denied denies criticized criticised
  criticizes criticises praised praises condemned condemns demanded demands proposed proposes
  announced announces rejected rejects blasted blasts slammed slams questioned questions
  defended defends cited cites citing mentioned mentions
`);

/** Of NP_OBJECT_VERBS, those whose object must be followed by "as" ("described X as Y"). */
export const AS_COMPLEMENT_VERBS = set(`described describes dismissed dismisses`);

/**
 * Progressive forms of speech acts and the present form they stand for after "is/are/was/were"
 * ("Trump is warning voters that …" reads as "Trump warns voters that …"), pairs `ing:present`.
 */
export const PROGRESSIVE_CUES: ReadonlyMap<string, string> = new Map(
  `
  saying:says telling:tells adding:adds noting:notes stressing:stresses warning:warns
  arguing:argues insisting:insists claiming:claims announcing:announces declaring:declares
  suggesting:suggests predicting:predicts vowing:vows pledging:pledges promising:promises
  threatening:threatens accusing:accuses charging:charges alleging:alleges complaining:complains
  demanding:demands proposing:proposes urging:urges asking:asks calling:calls denying:denies
  confirming:confirms acknowledging:acknowledges admitting:admits criticizing:criticizes
  criticising:criticises praising:praises condemning:condemns rejecting:rejects blasting:blasts
  slamming:slams questioning:questions defending:defends dismissing:dismisses describing:describes
  reminding:reminds assuring:assures explaining:explains emphasizing:emphasizes
  recalling:recalls asserting:asserts underlining:underlines conceding:concedes contending:contends
  `
    .trim()
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * Words that, after a comma inside a reported clause, open narration of the writer's own: the
 * report ends at the comma ("said the plan failed, although polls say …", "…, compared with …").
 */
export const CLAUSE_END_AFTER_COMMA = set(`although though compared yet after`);

/**
 * Participles that continue an attribution with a new clause (", saying that …"), an infinitive
 * (", promising to …"), a request (", calling for …", ", urging X to …") or, for "citing", a
 * noun object (", citing the release of prisoners"). One that is no cue word itself is read as
 * its present form in PROGRESSIVE_CUES ("promising" as "promises", which takes an infinitive).
 */
export const PARTICIPLE_CUES = set(`
  saying adding noting stressing warning insisting claiming arguing explaining emphasizing
  emphasising stating asserting recalling suggesting declaring underlining pointing citing
  promising vowing pledging threatening acknowledging admitting conceding predicting complaining
  contending calling urging demanding
`);

/**
 * Words that make a sentence a report of speech, for a quote no rule attributed ("Trump attacked
 * “…”", "what it calls “…”", "as she put it, “…”"): the cue verbs and participles, and the
 * forms of verbs of asking, calling, citing and attacking that reports use around a quotation.
 * A sentence without any of them quotes a title, a chant, a document or a scare phrase.
 */
export const EMBEDDED_QUOTE_CUES: ReadonlySet<string> = new Set([
  ...CUE_VERBS,
  ...PARTICIPLE_CUES,
  ...set(`
    telling tweeting asking ask call calls called calling cited cite cites put puts urging
    attacked attacks attacking
  `),
]);

/** Nouns that report a statement when followed by "that" ("Putin's statement that …"). */
export const STATEMENT_NOUNS = set(`
  statement statements remarks remark comments comment claim claims assertion assertions warning
  warnings words pledge promise announcement insistence suggestion accusation accusations
  allegation allegations argument view position
`);

/** Words allowed between a speaker and the cue ("Lavrov also said", "Grushko has also said"). */
export const SPEAKER_VERB_FILLERS = set(`
  also has have had was were is are then later further previously earlier again recently
  repeatedly publicly reportedly once himself herself itself themselves too already separately
  subsequently meanwhile however would will may might could did does do not never
`);

/** Heads of a noun phrase that denote a person by role. */
export const PERSON_ROLE_NOUNS = set(`
  minister diplomat official officials spokesman spokeswoman spokesperson president vice-president
  premier chancellor secretary secretary-general chief head leader ambassador envoy representative
  adviser advisor director chairman chairwoman chair general commander admiral senator governor
  mayor lawmaker legislator deputy foreign-minister fm pm king queen prince emir sheikh pope
  negotiator counterpart aide analyst expert professor researcher source sources officer colonel
  lieutenant major captain prosecutor judge ombudsman commissioner coordinator ex-president
  speaker candidate politician activist observer journalist correspondent host anchor
  columnist commentator strategist pollster economist lawyer attorney historian editor reporter
  founder
`);

/** Heads of a noun phrase that denote a body ("the Russian defence control centre said"). */
export const ORG_HEAD_NOUNS = set(`
  ministry ministries centre center agency office department committee council service services
  government administration embassy mission delegation parliament duma senate congress court
  army military navy command forces headquarters staff commission union organization
  organisation authority authorities bureau cabinet party movement group coalition alliance bloc
  company corporation bank fund institute foundation network channel newspaper federation
  league board assembly secretariat presidency kremlin diplomacy media press outlet broadcaster
`);

/** Heads that stand for an unnamed source: the speaker is honestly unknown. */
export const ANONYMOUS_HEADS = set(`
  source sources report reports media official officials observer observers analyst analysts
  expert experts insider insiders diplomats witnesses witness residents someone critics people
  commentators democrats republicans
`);

/** Document nouns: "a statement from X said" → X speaks. */
export const DOCUMENT_NOUNS = set(`
  statement communique communiqué declaration document letter report release note message post
  readout transcript resolution memo memorandum
`);

/** Capitalised words that never start a person's name. */
export const NON_NAME_CAPS = set(`
  The A An This That These Those It Its He She They We I You His Her Their Our My Your In On At
  For With By From To As But And Or Nor If When While After Before Since During However Meanwhile
  Earlier Later Also According Speaking Responding Following Addressing Asked Yet Still Then Now
  Today Yesterday Tomorrow Tonight There Here What Who Whom Whose Which Why How Where Whether Some
  Many Most Several Both Each Every All Any No Not One Two Three Four Five First Second Third Last
  Next Other Another Such Despite Although Though Because Unlike Like Amid Among Against About
  Under Over Between Without Within Through Across Into Onto Upon Of Off Out Up Down Further
  Furthermore Moreover Instead Indeed Thus Hence Therefore Nevertheless Nonetheless Otherwise
  Mr Mrs Ms Dr Sir Lady Lord Dame Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March April May June July August September October November December Western Eastern
  Northern Southern West East North South Europe European Asia Asian Africa African Black Sea Euro
  Atlantic Euro-Atlantic Council Summit Assembly Declaration Treaty Fleet Security Defence Defense
  State Foreign Ministry Affairs House Street Agency News Times Post Day Year Week Guys Dear
  Sorry Photo File Russia-NATO NATO-Russia Soviet Cold War Union Iron Curtain God Let Please
  Thank Thanks Well Oh Yes Just Even Only Let's COVID Coronavirus Internet
`);

/**
 * Capitalised words that are no one's surname alone: party words and US state names (parts of
 * many discovered names, "a Wisconsin Republican", that must not make every later "Republican"
 * or "Florida" of another article that person).
 */
export const NOT_SURNAMES = set(`
  republican republicans democrat democrats democratic gop independent independents libertarian
  alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
  idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan
  minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina
  dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont virginia
  washington wisconsin wyoming
`);

/**
 * Words that make up titles before a name ("Russian Deputy Foreign Minister", "NATO chief",
 * clergy titles that are no surnames: "the Rev. Ada Marsh", "Rabbi Eli Stone").
 */
export const TITLE_WORDS = set(`
  president vice prime minister foreign defence defense deputy secretary general secretary-general
  state chief head chancellor ambassador envoy spokesman spokeswoman spokesperson senator sen rep
  representative governor gov mayor king queen prince princess crown sheikh emir pope gen admiral
  adm colonel col lieutenant lt major maj captain capt commander marshal director chairman
  chairwoman chair speaker leader premier commissioner high special permanent top mr mrs ms dr sir
  lord lady dame judge justice attorney press security national interior finance economy trade
  affairs external home council adviser advisor official diplomat fm pm mp ceo acting former ex
  senior veteran long-serving first lawmaker counterpart negotiator coordinator undersecretary
  under-secretary assistant executive vice-president presidential kremlin ministry state-run
  foreign-policy policy deputy-foreign defense-minister minister-counsellor army navy air force
  forces staff armed rev reverend rabbi del
`);

/** Lowercase words allowed inside a title run ("Minister for Foreign Affairs and Defence"). */
export const TITLE_CONNECTORS = set(`for of and the to`);

/** Lowercase particles inside personal names ("Ursula von der Leyen", "Bashar al-Assad"). */
export const NAME_PARTICLES = set(`de van von der den bin al da di du le la ibn dos das del`);

/** Prepositions that turn a following place name into a location, not a mention. */
export const LOCATIVE_PREPOSITIONS = set(`in at near outside from inside to across around`);

/** Abbreviations whose final dot does not end a sentence (US states as the AP writes them too). */
export const ABBREVIATIONS = set(`
  mr mrs ms dr st gen lt col sgt gov sen rep jr sr no vs etc inc ltd co corp adm capt maj prof
  jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est fig dept univ
  va ga fla calif tenn ky mich wis minn ala ariz ark colo conn kan neb nev okla tex wyo vt md pa
  mass
`);

export const WEEKDAYS = set(`monday tuesday wednesday thursday friday saturday sunday`);

/** Pronouns standing for the person most recently in view (their gender: ./gender.ts). */
export const PERSON_PRONOUNS = set(`he she him her his`);
/** Pronouns standing for the group or body most recently speaking. */
export const GROUP_PRONOUNS = set(`they them their it its`);

/** Verbs of asking that report a question ("asked whether …", "asking Clinton if …"). */
export const QUESTION_VERBS = set('asked asks ask asking questioned wondered wonders');

/** Words that open a reported question after a verb of asking. */
export const QUESTION_WORDS = set('whether if what who whom whose why how which when where');
