/**
 * The events stage: typed events read from sentences with the trigger lexicon of each language's
 * pack (`pipeline/languages/<code>.ts`, section `events`; undetermined text is read as English, a
 * language without a lexicon gives no events and says so in `stagesRead`). Pure: no I/O, no
 * environment.
 *
 * For every sentence: find triggers; give each figure (count, rate, percent, money) to the nearest
 * trigger that takes it (a change rate becomes `changePct`, a share beside a figure `sharePct`);
 * drop process nouns (`production`) that got neither a figure nor a plan cue; find the agent of each
 * trigger by clause structure (`agentsOf`: the subject of its clause, partners, relative clauses);
 * attach location, product and time; decide the modality from cues in the trigger's scope (its
 * clause, and the clause it complements); split events that carry several figures or a list of
 * products. ./discourse.ts then brings arguments from other sentences (anaphors, the salient
 * organisation for a fact without an agent, relative years and weekdays against the reference
 * date of ./reference.ts), and restatements of one fact merge into one event with every evidence
 * span (`dedupe`).
 */
import type { EventCandidate, EventModality, EventType, Mention, NumberFact, ReferenceDate, Sentence, Span } from '../types.js';
import {
  CAR_UNITS,
  DESTINATION_UNITS,
  FACILITY_NAME,
  JOB_UNITS,
  NON_PRODUCT_UNITS,
  PEOPLE_UNITS,
  plannedCues,
  type LanguageLexicon,
  type TriggerRule,
} from './lexicon.js';
import { allPacks, APPROXIMATORS, canonicalLanguage, packFor, perLanguage, PRODUCT_UNITS, UNDETERMINED_PACK, VEHICLE_UNITS } from '../languages/index.js';
import type { LanguagePack } from '../languages/types.js';
import { alt, B, CLAUSE_BREAK, companyOfEnd, describedFrom, E, ending, matchesAtWordStart, partnerEnd, triggerPattern, wordBefore, words } from './patterns.js';
import { openingName, resolveDiscourse, samePerson, type DiscourseRule, type SentenceView } from './discourse.js';
import { referenceDay } from './reference.js';
import { stageVersion } from '../stage-sources.js';
import { countryCodeOf } from '../reconcile/countries.js';
import { demonymOf } from '../reconcile/demonyms.js';
import { placeIdOf } from '../reconcile/places.js';
export { DISCOURSE_RULES, type DiscourseRule } from './discourse.js';

export const EVENTS_STAGE = Object.freeze({ name: 'events', version: stageVersion('events', '0.3.0') });

export interface EventsInput {
  text: string;
  /** Article language (ISO 639-3 or 639-1); a sentence's own `language` wins when set. */
  language: string;
  sentences: Sentence[];
  mentions: Mention[];
  numbers: NumberFact[];
  /** ISO date of publication: an event dated after it is `planned`; its year resolves `this year`. */
  publishedAt?: string | null;
  /** The article's reference date (dateline, else publication: ./reference.ts); wins over `publishedAt`. */
  referenceDate?: ReferenceDate | null;
  /** Which cross-sentence rules run (./discourse.ts; all by default): for measurement and tests. */
  discourseRules?: readonly DiscourseRule[];
}

// ---------------------------------------------------------------------------------------------
// compiled lexicons


interface CompiledRule {
  rule: TriggerRule;
  /** The rule's pattern, global; where it may start is checked by `matchesAtWordStart`. */
  re: RegExp;
}

interface Compiled {
  key: string;
  lex: LanguageLexicon;
  rules: CompiledRule[];
  /** Plan words and future tense forms of the pack: the fact is planned. */
  planned: RegExp;
  /** A future tense form of the pack, whole: alone in a clause it makes a fact planned but no target. */
  futureTense: RegExp;
  /** A plan word right after a figure, over up to three words that make no comparison and coordinate nothing (`the 3,200 it had planned`). */
  planAfterFigure: RegExp;
  /** A plan word up to two words before a figure (`angepeilt waren allerdings 2.800`). */
  planBeforeFigure: RegExp;
  /** The pack's coordinator between two verb phrases (`and`, `y`, `e`, `et`, `und`, `и`). */
  coordinated: RegExp;
  /**
   * A coordinator right before a plan cue (`and plans`, `and will`, `und will`, `et prévoit`, `и
   * планирует`): it opens a verb phrase of its own, another frame of time and modality (a noun
   * between, `cars and buses will`, makes it a coordination of nouns).
   */
  coordinatedPlan: RegExp;
  /**
   * A coordinator right before a complementizer of the pack (`y que`, `and that`): a second complement
   * clause, another frame of time (`prevé que la planta abra en el tercer trimestre y que eleve la
   * capacidad a 40.000 vehículos en 2029`); null where the pack names none.
   */
  coordinatedClause: RegExp | null;
  /** The pack's present-tense verbs of starting (`startsAhead`) at the end of a text, with up to two words after them; null where it has none. */
  startsAheadEnd: RegExp | null;
  negation: RegExp;
  /** The pack's hedges (`could`, `könnte`, `может`); null where it has none. */
  hedge: RegExp | null;
  /** The pack's clause openers and frames (see EventsSection); null where it has none. */
  complementizer: RegExp | null;
  pronounSubject: RegExp | null;
  pronounAfterSaying: RegExp | null;
  relative: RegExp | null;
  /** The pack's relative pronoun at the end of a text (`… that `); null where it has none. */
  relativeEnd: RegExp | null;
  jointly: RegExp | null;
  /** Words before a name after the trigger that make it the agent's partner, with its article and two more words. */
  partnerEnd: RegExp | null;
  /**
   * The partner words right before a place, with an article only: a place is a partner only as the word's own
   * complement (`signed with Uzbekistan`), not as the genitive of a noun between (`с хукуматом города Душанбе`).
   */
  placePartnerEnd: RegExp | null;
  /** The pack's `during` words with up to four words after them, at the end of a text; null where it has none. */
  duringEnd: RegExp | null;
  /** The pack's partitive words at the end of a text (`of which`, `davon`); null where it has none. */
  partitiveEnd: RegExp | null;
  /** A verb that carries its own negation (Turkic `üret-me-di`), as a whole word; null where negation is a word. */
  negatedVerb: RegExp | null;
  /** Case suffixes that give a place name its role (Turkic `Toshkentda`), each at the end of the name's word. */
  placeSuffix: { locative: RegExp; directional: RegExp; source: RegExp } | null;
  /** A place noun right after a name, which carries the name's case suffix (`Jizzax viloyatida`, `Қостанай облысында`); null without suffixes. */
  placeNounAfter: RegExp | null;
  reported: RegExp;
  locativeEnd: RegExp;
  /** A group noun with its locative or genitive word at the end of a text (`officials in `, `les autorités de `); null where the pack has none. */
  groupEnd: RegExp | null;
  /** A state noun after a demonym, maybe over one word (` state`, ` machinery makers`, ` Hersteller`); null where the pack has none. */
  stateAfter: RegExp | null;
  /** A state noun right before a demonym (`le gouvernement `, `los fabricantes `); null where the pack has none. */
  stateBefore: RegExp | null;
  /** The pack's `beneficiary` words, maybe with an article, at the end of a text (`pour l'`, `for `); null where it has none. */
  beneficiaryEnd: RegExp | null;
  /** The pack's `supply` words; null where it has none. */
  supply: RegExp | null;
  /** The pack's `recipient` words, maybe with an article and up to three describing words (group 1), at the end of a text (`to Uzbekistan's `, `au transporteur géorgien `); null where it has none. */
  recipientEnd: RegExp | null;
  /** An honorific of the pack at the end of a text (`selon M. `); null where it has none. */
  honorificEnd: RegExp | null;
  /** A locative word with up to two words after it (`at its `, `in der neuen `). */
  locativeNear: RegExp;
  directionalEnd: RegExp;
  /** A directional word a few words before a name (`to the city of Tashkent`). */
  directionalNear: RegExp;
  /** A buyer or company noun of the pack and a locative word at the end of a text (`an Bushersteller in `, `customers in `): the place after it is where goods go. */
  buyersIn: RegExp;
  /** A directional or delivery word and up to two words before a nationality (`to Georgian `, `aux concessionnaires `). */
  buyersNear: RegExp;
  /** A buyer noun of the pack (`столичному перевозчику`, `customers`): who a delivery goes to, though unnamed. */
  buyer: RegExp;
  /** A market noun and the prepositions, articles, names and conjunctions after it up to a name (`markets of Kazakhstan and `, `рынков `); null where the pack has none. */
  marketNear: RegExp | null;
  /** A destination phrase right before a name (`con destino a `, `à destination de la `); null where the pack has none. */
  destinationEnd: RegExp | null;
  /** A proportion word right before a fact noun (`share of `, `доля `); null where the pack has none. */
  shareEnd: RegExp | null;
  /** The pack's `abroad` phrases anywhere in a text; null where it has none. */
  abroad: RegExp | null;
  /** What stands between a place and the region that places it (`, in the`, ` in der Region `, `, in Uzbekistan's `). */
  qualifierBetween: RegExp;
  sourceEnd: RegExp;
  /** The pack's `deliveryTo` words at the end of a text (`livrer en `); null where it has none. */
  deliveryToEnd: RegExp | null;
  otherEnd: RegExp;
  skipEnd: RegExp;
  placeNounEnd: RegExp;
  genitiveEnd: RegExp;
  products: Array<{ re: RegExp; label: string; text: string }>;
  productStart: RegExp;
  productEnd: RegExp;
  /** A company or plant noun and its genitive before a product noun (`el fabricante de tractores`, `le constructeur de camions`, `la planta de automóviles`), maybe over a few words (group 1; see `describesMaker`): a name after them is the company's or the plant's. */
  makerOfEnd: RegExp | null;
  /** A company noun, up to two words and a genitive before a place (`le plus grand constructeur automobile d'`): the place qualifies the company. */
  companyOfEnd: RegExp;
  brandEnd: RegExp;
  /** The occasion a statement is made at (the discourse section's `occasionNouns`: `the signing`, `Unterzeichnung`, `signature`). */
  occasion: RegExp;
  /** A definite determiner of the pack (`the`, `this`, `dieser`) right before what follows; null where the pack has none. */
  definiteBefore: RegExp | null;
  /** A deadline word of the pack's discourse section (`by`, `d'ici`, `bis`) right before what follows; null where the pack has none. */
  deadlineBefore: RegExp | null;
  /** The pack's counters (`units`, `Einheiten`, `штук`) as whole words; null where it has none. */
  counter: RegExp | null;
  /** The pack's words for vehicles of any kind (`vehicles`, `Fahrzeuge`); null where it has none. */
  vehicle: RegExp | null;
  /** A post noun of the pack's numbers section (its `job` unit: `jobs`, `Arbeitsplätze`, `рабочих мест`) at the start of a text. */
  postStart: RegExp;
  increase: RegExp;
  toEnd: RegExp;
  fromEnd: RegExp;
  tellEnd: RegExp | null;
  plantNoun: RegExp;
  roleNoun: RegExp;
  /** A comma and a post right after a name: an apposition (`Y, Pressesprecherin der X`). */
  postAfterComma: RegExp;
  /** A clause that opens with a place's preposition, after at most two words (`vor Journalisten in `, `in `). */
  placeClauseOpening: RegExp;
  /** A post with up to two short function words and a place right after (`президент Узбекистана`, `Chokim der Syrdarya-Region`): its end before the place. */
  postBeforePlace: RegExp;
  /** What lies between a place and a speaker titled by it: nothing, a hyphen word (`-Region`), or the place's possessive and the post (`Uzbekistan's President`). */
  postAfterPlace: RegExp;
  nonParticipantEnd: RegExp | null;
  /** The gap between a stake's figure and the name of the company it is of (`stakeOf`): `51% of `, `51% `. */
  stakeOfGap: RegExp;
  /** The pack's passive-agent prepositions (`signed by`, `von`, `par`, `por`); null where it has none. */
  passiveAgent: RegExp | null;
  /** `according to the company's director general, X`, `по словам гендиректора компании X`: the person a source phrase names by title. */
  sourceTitleEnd: RegExp | null;
  compoundHead: RegExp | null;
  /** A head and its genitive right before a process noun (`ligne de `, `цикл `); null where the pack has none. */
  compoundHeadBefore: RegExp | null;
  /** A list separator at the end of a text: a comma, `&`, `/` or one of the pack's list conjunctions (`and`, `und`, `и`). */
  listSep: RegExp;
  /** What makes the name after it a speaker's own organisation (`press secretary of `, `porte-parole de la holding `), at the end of a text; null where the pack has none. */
  ownOrgEnd: RegExp | null;
  /** The possessive and title that make the name before them a speaker's own organisation (`'s chief executive`, `'nin genel müdürü`), at the start of a text; null where the pack has none. */
  ownOrgStart: RegExp | null;
  /** A possessive of the discourse section (`possessiveStart`), maybe a word, a post and maybe a word at the end of a text (`its chief executive`, `su presidente`, `son directeur général`); null where the pack has none. */
  possessedPostEnd: RegExp | null;
  /** A post and one of the discourse section's company or plant nouns, up to two words after it, at the end of a text (`председатель правления компании `, `директор завода `); null where the pack has none. */
  companyPostEnd: RegExp | null;
  /** A comparison before a year or a place (`than in `, `weniger als `, `compared with `), at the end of a text; null where the pack has none. */
  comparisonEnd: RegExp | null;
  /** The discourse section's genitive word and a definite determiner at the end of a text (`of the `, `de la `, `von der `): owners follow; null where the pack has none. */
  ownersOfEnd: RegExp | null;
  /** A preposition whose case decides a place's role (Russian `в`), and the locative ending. */
  casePreposition: { before: RegExp; locative: RegExp } | null;
  /** An active participle's ending at the end of a trigger (Russian `выпускающий`). */
  participle: RegExp | null;
  /** The pack's reduced relatives (see EventsSection), compiled; null where it has none. */
  reducedRelative: { participle: RegExp; auxiliaryBefore: RegExp; pronounBefore: RegExp; prepositionAfter: RegExp; subjectBefore: RegExp; appositionBefore: RegExp } | null;
  /** German `werden`: future with an infinitive, passive with a participle. */
  futureAuxiliary: { word: RegExp; trailing: RegExp; infinitive: RegExp; participle: RegExp } | null;
}



/**
 * A subject of its own between a coordinator and a plan cue: a definite determiner of the pack and one
 * or two words (`and the plant will`, `et l'usine devrait`, `und das Werk soll`, `y la planta
 * producirá`); optional. Without a determiner the words are a coordination of nouns (`cars and buses
 * will`), and a pack without determiners (Russian) has none. Where the subject comes before the verb,
 * a determiner fused with a preposition opens no subject (`et au Turkménistan sont prévues` goes on a
 * list of places); in verb-second German an adverbial opens the clause (`und im Jahr 2027 soll`).
 */
const subjectOfOwn = (pack: LanguagePack): string => {
  const lex = pack.events;
  const prepositions = new Set([...(lex?.locative ?? []), ...(lex?.directional ?? []), ...(lex?.genitive ?? [])]);
  const definite = (pack.discourse?.definite ?? []).filter((d) => lex?.subjectAfterVerb || !prepositions.has(d));
  return definite.length ? `(?:(?:${alt(definite)})\\s*[\\p{L}-]+\\s+(?:[\\p{L}-]+\\s+)?)?` : '';
};

/** A regex source of the pack, compiled case-insensitively; null stays null. */
const source = (pattern: string | null): RegExp | null => (pattern ? new RegExp(pattern, 'iu') : null);

/** A language's lexicon compiled once (the shared per-language memo). */
const compile = perLanguage((key: string): Compiled => {
  const lex = packFor(key)?.events ?? UNDETERMINED_PACK.events;
  return {
    key,
    lex,
    rules: lex.triggers.map((rule) => ({ rule, re: triggerPattern(rule.pattern) })),
    planned: words(plannedCues(lex)),
    futureTense: new RegExp(`^(?:${alt(lex.futureTense)})$`, 'iu'),
    planAfterFigure: new RegExp(`^\\s*(?:(?!(?:${alt([...(lex.comparisonBefore ?? []), ...(packFor(key) ?? UNDETERMINED_PACK).numbers.coordinators])})(?![\\p{L}]))\\p{L}+\\s+){0,3}?(?:${alt(lex.planned)})(?![\\p{L}])`, 'iu'),
    planBeforeFigure: new RegExp(`${B}(?:${alt(lex.planned)})\\s+(?:\\p{L}+\\s+){0,2}$`, 'iu'),
    occasion: words((packFor(key) ?? UNDETERMINED_PACK).discourse?.occasionNouns ?? []),
    definiteBefore: wordBefore((packFor(key) ?? UNDETERMINED_PACK).discourse?.definite ?? []),
    deadlineBefore: wordBefore((packFor(key) ?? UNDETERMINED_PACK).discourse?.target ?? []),
    coordinated: new RegExp(`\\s(?:${alt((packFor(key) ?? UNDETERMINED_PACK).numbers.coordinators)})\\s`, 'iu'),
    coordinatedPlan: new RegExp(
      `\\s(?:${alt((packFor(key) ?? UNDETERMINED_PACK).numbers.coordinators)})\\s+${subjectOfOwn(packFor(key) ?? UNDETERMINED_PACK)}(?:${alt(plannedCues(lex))})${E}`,
      'giu',
    ),
    coordinatedClause: (lex as LanguageLexicon).coordinatedComplementizers?.length
      ? new RegExp(`\\s(?:${alt((packFor(key) ?? UNDETERMINED_PACK).numbers.coordinators)})\\s+(?:${alt((lex as LanguageLexicon).coordinatedComplementizers!)})${E}`, 'giu')
      : null,
    startsAheadEnd: (lex as LanguageLexicon).startsAhead?.length
      ? new RegExp(`${B}(?:${alt((lex as LanguageLexicon).startsAhead!)})(?:\\s+[\\p{L}'’-]+){0,2}\\s*$`, 'iu')
      : null,
    negation: words(lex.negation),
    hedge: lex.hedges.length ? new RegExp(`(?<![\\p{L}])(?:${alt(lex.hedges)})(?![\\p{L}])`, 'iu') : null,
    complementizer: source(lex.complementizer),
    pronounSubject: source(lex.pronounSubject),
    pronounAfterSaying: (lex as LanguageLexicon).pronounAfterSaying ? new RegExp((lex as LanguageLexicon).pronounAfterSaying!, 'u') : null,
    relative: source(lex.relative),
    relativeEnd: source(lex.relative && `(?:^|[^\\p{L}])${lex.relative.replace(/^\^\\s\*/u, '')}\\s*$`),
    jointly: source(lex.jointly),
    partnerEnd: partnerEnd(lex.partner),
    placePartnerEnd: partnerEnd(lex.partner, 0),
    duringEnd: lex.during.length ? new RegExp(`${B}(?:${alt(lex.during)})\\s+(?:[\\p{L}'’-]+\\s+){0,4}$`, 'iu') : null,
    partitiveEnd: lex.partitive.length ? new RegExp(`${B}(?:${alt(lex.partitive)})\\s*$`, 'iu') : null,
    negatedVerb: lex.negatedVerb ? new RegExp(`^(?:${lex.negatedVerb})$`, 'iu') : null,
    placeSuffix: lex.placeSuffixes && {
      locative: new RegExp(`(?:${alt(lex.placeSuffixes.locative)})$`, 'iu'),
      directional: new RegExp(`(?:${alt(lex.placeSuffixes.directional)})$`, 'iu'),
      source: new RegExp(`(?:${alt(lex.placeSuffixes.source)})$`, 'iu'),
    },
    placeNounAfter: lex.placeSuffixes && lex.placeNouns.length ? new RegExp(`^\\s+(?:${alt(lex.placeNouns)})(?![\\p{L}])`, 'iu') : null,
    reported: words(lex.reported),
    locativeEnd: ending(lex.locative),
    groupEnd: lex.groupNouns.length
      ? new RegExp(`${B}(?:${alt(lex.groupNouns)})\\s+(?:(?:${alt(lex.locative)})\\s+(?:[\\p{L}'’-]+\\s+){0,1}|(?:${alt((packFor(key) ?? UNDETERMINED_PACK).discourse?.genitive ?? [])})\\s*)$`, 'iu')
      : null,
    stateAfter: lex.stateNouns?.length ? new RegExp(`^\\s+(?:[\\p{L}-]+\\s+)?(?:${alt(lex.stateNouns)})${E}(?!-)`, 'iu') : null,
    stateBefore: lex.stateNouns?.length ? new RegExp(`${B}(?:${alt(lex.stateNouns)})\\s+$`, 'iu') : null,
    // (with the pack's definite article between: `for the`, `pour l'`)
    beneficiaryEnd: lex.beneficiary?.length
      ? new RegExp(`${B}(?:${alt(lex.beneficiary)})\\s+(?:(?:${alt((packFor(key) ?? UNDETERMINED_PACK).discourse?.definite ?? [])})\\s*)?$`, 'iu')
      : null,
    supply: lex.supply?.length ? words(lex.supply, 'iu') : null,
    recipientEnd: lex.recipient?.length
      ? new RegExp(`${B}(?:${alt(lex.recipient)})\\s+(?:(?:${alt((packFor(key) ?? UNDETERMINED_PACK).discourse?.definite ?? [])})\\s*)?((?:[\\p{L}-]+\\s+|\\p{L}+['’]\\s*){0,3})[«"„“]?$`, 'iu')
      : null,
    honorificEnd: (packFor(key) ?? UNDETERMINED_PACK).names.honorifics.length
      ? new RegExp(`(?:^|\\s)(?:${(packFor(key) ?? UNDETERMINED_PACK).names.honorifics.join('|')})\\s*$`, 'u')
      : null,
    locativeNear: new RegExp(`${B}(?:${alt(lex.locative)})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu'),
    directionalEnd: ending(lex.directional),
    directionalNear: new RegExp(`${B}(?:${alt(lex.directional)})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, 'iu'),
    buyersIn: new RegExp(`${B}(?:${alt([...(lex.buyerNouns ?? []), ...((packFor(key) ?? UNDETERMINED_PACK).discourse?.companyNouns ?? [])])})\\s+(?:${alt(lex.locative)})\\s+(?:(?:${alt(lex.skip)})\\s+)?$`, 'iu'),
    buyer: words(lex.buyerNouns ?? [], 'iu'),
    buyersNear: new RegExp(`${B}(?:${alt([...lex.directional, ...lex.deliveryTo])})\\s+(?:[\\p{L}'’-]+\\s+){0,2}$`, 'iu'),
    marketNear: lex.marketNouns?.length ? new RegExp(`${B}(?:${alt(lex.marketNouns)})(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|[\\p{Ll}'’]{1,3})){0,5}\\s+$`, 'u') : null,
    destinationEnd: lex.destination?.length ? new RegExp(`${B}(?:${alt(lex.destination)})\\s+(?:(?:${alt(lex.skip)})\\s+)?$`, 'iu') : null,
    shareEnd: lex.shareOf?.length ? new RegExp(`${B}(?:${alt(lex.shareOf)})\\s*$`, 'iu') : null,
    abroad: lex.abroad?.length ? new RegExp(`${B}(?:${alt(lex.abroad)})${E}`, 'iu') : null,
    qualifierBetween: new RegExp(`^\\s*,?\\s*(?:${alt(lex.locative)})\\s+(?:(?:${alt(lex.skip)})\\s+){0,3}(?:\\p{Lu}[\\p{L}-]*['’]s?\\s+)?$`, 'iu'),
    sourceEnd: ending(lex.source),
    deliveryToEnd: lex.deliveryTo.length ? ending(lex.deliveryTo) : null,
    otherEnd: ending(lex.other),
    skipEnd: ending(lex.skip),
    placeNounEnd: new RegExp(`${B}(?:${alt(lex.placeNouns)})\\s+(?:${alt(lex.genitive)})\\s*$`, 'iu'),
    genitiveEnd: ending(lex.genitive),
    products: lex.products.map(([p, label, text]) => ({ re: new RegExp(`${B}(?:${p})${E}`, 'giu'), label, text: text ?? label })),
    // a product noun that heads a plant noun names the plant's kind (`the Saryarka AvtoProm car plant`), not a brand
    productStart: new RegExp(`^[\\s-]*(?:${alt(lex.products.map(([p]) => p))})${E}(?!\\s+(?:${alt((packFor(key) ?? UNDETERMINED_PACK).discourse?.plantNouns ?? ['(?!)'])})${E})`, 'iu'),
    companyOfEnd: companyOfEnd((packFor(key) ?? UNDETERMINED_PACK).discourse ?? { companyNouns: [], genitive: [] }),
    makerOfEnd: (() => {
      const d = (packFor(key) ?? UNDETERMINED_PACK).discourse;
      if (!d?.companyNouns.length) return null;
      return new RegExp(`${B}(?:${alt([...d.companyNouns, ...d.plantNouns])})\\s+(?:(?:${alt([...d.genitive, ...lex.genitive])})\\s+)?((?:[\\p{L}-]+\\s+){0,4}?)(?:${alt(lex.products.map(([p]) => p))})\\s+$`, 'iu');
    })(),
    productEnd: new RegExp(`${B}(?:${alt(lex.products.map(([p]) => p))})\\s+(?:(?:der|de|del|la)\\s+(?:Marke|marque|marca)\\s+)?$`, 'iu'),
    brandEnd: ending(lex.brandNouns),
    counter: lex.counters.length ? words(lex.counters, 'iu') : null,
    vehicle: lex.vehicles?.length ? words(lex.vehicles, 'iu') : null,
    postStart: new RegExp(`^(?:${alt((packFor(key) ?? UNDETERMINED_PACK).numbers.units.job ?? [])})${E}`, 'iu'),
    increase: words(lex.increase, 'iu'),
    toEnd: ending(lex.toWords),
    fromEnd: ending(lex.fromWords),
    tellEnd: lex.tellVerbs.length ? ending(lex.tellVerbs) : null,
    plantNoun: words(lex.plantNouns, 'iu'),
    roleNoun: words(lex.roleNouns, 'iu'),
    postAfterComma: new RegExp(`^\\s*,\\s*(?:${alt(lex.roleNouns)})${E}`, 'iu'),
    placeClauseOpening: new RegExp(`^\\s*(?:[\\p{L}-]+\\s+[\\p{L}-]+\\s+)?(?:${alt(lex.locative)})\\s+(?:(?:${alt(lex.skip)})\\s+)?$`, 'iu'),
    postBeforePlace: new RegExp(`${B}(?:${alt(lex.roleNouns)})${E}(?:\\s+\\p{L}{1,3}|\\s*\\p{L}['’])*\\s*$`, 'iu'),
    postAfterPlace: new RegExp(`^(?:-\\p{L}+\\s+|\\s+|['’]s?\\s+(?:\\p{L}+\\s+)?${B}(?:${alt(lex.roleNouns)})${E}\\s+)$`, 'iu'),
    nonParticipantEnd: lex.nonParticipant.length ? ending(lex.nonParticipant) : null,
    stakeOfGap: new RegExp(`^\\s*(?:(?:${lex.stakeOf.length ? alt(lex.stakeOf) : '(?!)'})\\s*)?[«"„“]?$`, 'iu'),
    passiveAgent: lex.passiveAgent.length ? new RegExp(`(?<![\\p{L}])(?:${alt(lex.passiveAgent)})\\s`, 'iu') : null,
    sourceTitleEnd: lex.nonParticipant.length && lex.roleNouns.length
      ? new RegExp(`${B}(?:${alt(lex.nonParticipant)})\\s+(?:[\\p{L}’'-]+\\s+){0,5}?(?:${alt(lex.roleNouns)})(?:\\s+[\\p{L}’'«»"-]+){0,4}\\s*,?\\s*$`, 'iu')
      : null,
    compoundHead: lex.compoundHeads.length ? new RegExp(`^\\s+(?:${alt(lex.compoundHeads)})${E}`, 'iu') : null,
    compoundHeadBefore: lex.compoundHeadsBefore.length ? ending(lex.compoundHeadsBefore) : null,
    listSep: new RegExp(`(?:,|\\s(?:${alt(lex.listJoin)})\\s|&|\\/)\\s*$`, 'iu'),
    ownOrgEnd: lex.ownOrgBefore.length
      ? new RegExp(`${B}(?:${alt(lex.ownOrgBefore)})\\s*(?:(?:${alt((packFor(key) ?? UNDETERMINED_PACK).discourse?.companyNouns ?? [])})\\s+)?$`, 'iu')
      : null,
    ownOrgStart: lex.ownOrgAfter.length
      ? new RegExp(`^(?:${alt(lex.ownOrgAfter)})(?:[\\p{L}-]+\\s+)?(?:${alt(lex.roleNouns)})${E}`, 'iu')
      : null,
    possessedPostEnd: (() => {
      const d = (packFor(key) ?? UNDETERMINED_PACK).discourse;
      if (!d?.possessiveStart.length || !lex.roleNouns.length) return null;
      return new RegExp(`${B}(?:${alt(d.possessiveStart)})\\s+(?:[\\p{L}-]+\\s+)?(?:${alt(lex.roleNouns)})${E}(?:\\s+[\\p{L}-]+)?\\s*$`, 'iu');
    })(),
    companyPostEnd: (() => {
      const d = (packFor(key) ?? UNDETERMINED_PACK).discourse;
      if (!d?.companyNouns.length || !lex.roleNouns.length) return null;
      return new RegExp(`${B}(?:${alt(lex.roleNouns)})${E}(?:\\s+[\\p{L}'’-]+){0,2}?\\s+(?:${alt([...d.companyNouns, ...d.plantNouns])})${E}\\s*$`, 'iu');
    })(),
    comparisonEnd: wordBefore(lex.comparisonBefore),
    ownersOfEnd: (() => {
      const d = (packFor(key) ?? UNDETERMINED_PACK).discourse;
      if (!d?.genitive.length) return null;
      const article = d.definite.length ? `(?:(?:${alt(d.definite)})\\s*)?` : '';
      return new RegExp(`(?:^|[^\\p{L}])(?:${alt(d.genitive)})\\s*${article}$`, 'iu');
    })(),
    casePreposition: lex.caseAfterPreposition && {
      before: new RegExp(`(?:^|[^\\p{L}])(?:${lex.caseAfterPreposition.prepositions})\\s*$`, 'iu'),
      locative: new RegExp(`(?:${lex.caseAfterPreposition.locativeEnding})$`, 'iu'),
    },
    participle: source(lex.participleEnding && `${lex.participleEnding}$`),
    reducedRelative: lex.reducedRelative && {
      participle: new RegExp(lex.reducedRelative.participle, 'iu'),
      auxiliaryBefore: new RegExp(lex.reducedRelative.auxiliaryBefore, 'iu'),
      pronounBefore: new RegExp(lex.reducedRelative.pronounBefore, 'iu'),
      prepositionAfter: new RegExp(lex.reducedRelative.prepositionAfter, 'iu'),
      subjectBefore: new RegExp(lex.reducedRelative.subjectBefore, 'iu'),
      appositionBefore: new RegExp(lex.reducedRelative.appositionBefore, 'iu'),
    },
    futureAuxiliary: lex.futureAuxiliary && {
      word: new RegExp(`^(?:${lex.futureAuxiliary.words})$`, 'iu'),
      trailing: new RegExp(`\\s+(?:${lex.futureAuxiliary.words})\\s*$`, 'iu'),
      infinitive: new RegExp(lex.futureAuxiliary.infinitive, 'iu'),
      participle: new RegExp(lex.futureAuxiliary.participle, 'iu'),
    },
  };
});

/**
 * The lexicon for a language code: its own, English for an undetermined one, and none for a language
 * without a lexicon (English triggers read junk there: `Toyota Motor Manufacturing` is no production).
 */
function languageKey(code: string | undefined | null): string | null {
  const c = canonicalLanguage(code);
  if (c === 'und') return 'en';
  return packFor(c)?.events ? c : null;
}

const SENTENCE_KEYS = new WeakMap<Sentence, string | null>();

/**
 * The events key of a sentence: its own language where determined, else the article's. A paragraph
 * language other than the article's is a guess on little text (`L'an dernier, Renault Trucks a vendu
 * 1 400 camions …` read as German, a one-line paragraph as Catalan): the article's lexicon reads the
 * sentence where it finds a trigger in it; a quote in another language finds none.
 */
function sentenceKey(s: Sentence | undefined, input: EventsInput): string | null {
  const article = languageKey(input.language);
  if (!s) return article;
  const known = SENTENCE_KEYS.get(s);
  if (known !== undefined) return known;
  const own = languageKey(s.language && s.language !== 'und' ? s.language : input.language);
  const key = own !== article && article !== null && findTriggers(geometry(s, input.text, input.mentions), compile(article)).length > 0 ? article : own;
  SENTENCE_KEYS.set(s, key);
  return key;
}

// ---------------------------------------------------------------------------------------------
// sentence geometry

const QUOTE = /["“”„«»]/u;

interface Geometry {
  sentence: Sentence;
  /** Sentence start in the article. */
  base: number;
  text: string;
  /** Absolute offsets of clause breaks. */
  breaks: number[];
  /** The text with the names in it blanked (same offsets): a product noun inside a name (`Tashkent Tractor Plant`, `Hyundai Motor`) is no object that makes a verb a production (`requires: 'product'`, `objectNoun`). */
  unnamed: string;
}

function geometry(s: Sentence, article: string, mentions: readonly Mention[] = []): Geometry {
  const text = article.slice(s.start, s.end);
  // a figure in parentheses (`85 millions de manats (environ 50 millions de dollars) par X`, `88 million manat
  // ($51.7 million)`) is an aside inside its clause: it breaks nothing
  const aside = [...text.matchAll(/\([^()\n,;:]*\p{N}[^()\n,;:]*\)/gu)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length - 1]);
  const breaks: number[] = [];
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (!aside.some(([a, b]) => at === a || at === b)) breaks.push(s.start + at);
  }
  let unnamed = text;
  for (const m of mentions) {
    if (m.start < s.start || m.end > s.end) continue;
    unnamed = unnamed.slice(0, m.start - s.start) + ' '.repeat(m.end - m.start) + unnamed.slice(m.end - s.start);
  }
  return { sentence: s, base: s.start, text, breaks, unnamed };
}

function clauseOf(g: Geometry, pos: number): number {
  let i = 0;
  while (i < g.breaks.length && g.breaks[i]! < pos) i++;
  return i;
}

/** Absolute [start, end) of the clause around a position. */
function clauseBounds(g: Geometry, pos: number): [number, number] {
  const k = clauseOf(g, pos);
  const start = k === 0 ? g.base : g.breaks[k - 1]! + 1;
  const end = k < g.breaks.length ? g.breaks[k]! : g.base + g.text.length;
  return [start, end];
}

const FRAME_BREAKS = new WeakMap<Geometry, number[]>();

/**
 * Which frame of time and modality of its sentence a position is in: a coordinated verb phrase with
 * its own plan cue opens a new one (`produced 10,000 cars in 2022 | and plans 15,000 next year`), so a
 * year of one frame does not date a figure of another.
 */
function frameOf(g: Geometry, c: Compiled, pos: number): number {
  let breaks = FRAME_BREAKS.get(g);
  if (!breaks) {
    c.coordinatedPlan.lastIndex = 0;
    breaks = [...g.text.matchAll(c.coordinatedPlan)].map((m) => g.base + (m.index ?? 0));
    FRAME_BREAKS.set(g, breaks);
  }
  return breaks.filter((b) => b < pos).length;
}

const TIME_BREAKS = new WeakMap<Geometry, number[]>();

/** Which frame of time a position is in: the frames of `frameOf`, and a coordinated complement clause opens one too. */
function timeFrameOf(g: Geometry, c: Compiled, pos: number): string {
  let breaks = TIME_BREAKS.get(g);
  if (!breaks) {
    breaks = [];
    if (c.coordinatedClause) {
      c.coordinatedClause.lastIndex = 0;
      breaks = [...g.text.matchAll(c.coordinatedClause)].map((m) => g.base + (m.index ?? 0));
    }
    TIME_BREAKS.set(g, breaks);
  }
  return `${frameOf(g, c, pos)}:${breaks.filter((b) => b < pos).length}`;
}

const slice = (g: Geometry, a: number, b: number): string =>
  g.text.slice(Math.max(0, a - g.base), Math.max(0, b - g.base));

/** Distance between two spans; material before the trigger counts a little more. */
function distance(t: { start: number; end: number }, x: { start: number; end: number }): number {
  if (x.end <= t.start) return (t.start - x.end) * 1.2;
  if (x.start >= t.end) return x.start - t.end;
  return 0;
}

// ---------------------------------------------------------------------------------------------
// triggers

interface Trigger {
  rule: TriggerRule;
  type: EventType;
  start: number;
  end: number;
  text: string;
  numbers: number[];
  /** Set for jobs events read from a job figure. */
  fromNumber?: boolean;
  /** A participle opening a non-restrictive apposition (`X and Y, both assembled at …,`): it takes no figure of the clause around it. */
  apposition?: boolean;
}


/**
 * A sentence as the trigger patterns read it: a digit-group separator (`80.000`, `5,000`, `48,5`) is
 * no stop, so a pattern that stays within a clause (`stellt[^.;,]{0,40}?her`) spans a figure
 * (`stellt 80.000 Autos her`). The same length: offsets hold.
 */
const DIGIT_SEPARATOR = /(?<=\d)[.,](?=\d)/gu;
const triggerText = (text: string): string => text.replace(DIGIT_SEPARATOR, '·');

/** Where one trigger rule (its index in `Compiled.rules`) matches a sentence's text. */
interface RuleMatch {
  rule: number;
  index: number;
  length: number;
}

/**
 * Every trigger rule's matches in a sentence, per language key, kept while the sentence is: each
 * sentence is scanned for its events and again for the discourse step (`describeSentence`), and the
 * scans by every rule of a pack were nearly half of the events stage's CPU.
 */
const RULE_MATCHES = new WeakMap<Sentence, Map<string, readonly RuleMatch[]>>();

/** The matches of `c`'s trigger rules in the sentence of `g` (`RULE_MATCHES`). */
function ruleMatches(g: Geometry, c: Compiled): readonly RuleMatch[] {
  let byKey = RULE_MATCHES.get(g.sentence);
  if (!byKey) RULE_MATCHES.set(g.sentence, (byKey = new Map()));
  let found = byKey.get(c.key);
  if (!found) {
    const read = triggerText(g.text);
    found = c.rules.flatMap(({ re }, rule) => [...matchesAtWordStart(re, read)].map((m) => ({ rule, index: m.index, length: m[0].length })));
    byKey.set(c.key, found);
  }
  return found;
}

function findTriggers(g: Geometry, c: Compiled): Trigger[] {
  const found: Trigger[] = [];
  for (const { rule: r, index, length } of ruleMatches(g, c)) {
    const { rule } = c.rules[r]!;
    const start = g.base + index;
    const text = g.text.slice(index, index + length);
    // a leading space can be part of an optional group: trim it
    const lead = text.length - text.trimStart().length;
    found.push({ rule, type: rule.type, start: start + lead, end: start + text.length, text: text.trim(), numbers: [] });
  }
  // overlap: higher priority, then longer, then earlier
  found.sort((a, b) => (b.rule.priority ?? 1) - (a.rule.priority ?? 1) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Trigger[] = [];
  for (const t of found) {
    if (kept.some((k) => t.start < k.end && k.start < t.end)) continue;
    // a trigger word inside a name is part of the name (`Rustavi Wagon Building Company`, `Ministerio de Economía, Comercio y Empresa`)
    if (!/\S/u.test(g.unnamed.slice(t.start - g.base, t.end - g.base))) continue;
    if (opensApposition(t, g, c)) t.apposition = true;
    if (!statesFact(t, g, c)) continue;
    if (t.rule.requires === 'plant' && !c.plantNoun.test(g.text.replace(t.text, ' '))) continue;
    if (t.rule.requires === 'role' && !c.roleNoun.test(g.text)) continue;
    if (t.rule.requires === 'product') {
      const [a, b] = clauseBounds(g, t.start);
      const clause = g.unnamed.slice(Math.max(0, a - g.base), Math.max(0, b - g.base));
      if (!c.products.some(({ re }) => ((re.lastIndex = 0), re.test(clause)))) continue;
      // `builds engines` makes them; `baut … ein Werk für Mähdrescher`, `builds a plant for engines`
      // makes the plant: the object is the first product or plant noun after the verb
      if (objectNoun(g, c, t) === 'plant') continue;
    }
    kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Whether the first product or plant noun after a trigger, within its clause and the next eight
 * words (its object), is a plant; null when neither follows there.
 */
function objectNoun(g: Geometry, c: Compiled, t: Trigger): 'plant' | 'product' | null {
  const [, b] = clauseBounds(g, Math.max(t.start, t.end - 1));
  const rest = /^(?:\s*[^\s]+){0,9}/u.exec(slice(g, t.end, b))?.[0] ?? '';
  const unnamedRest = g.unnamed.slice(Math.max(0, t.end - g.base), Math.max(0, t.end - g.base) + rest.length);
  const first = (re: RegExp): number => {
    const global = new RegExp(re.source, 'giu');
    const m = global.exec(unnamedRest);
    return m ? m.index : Infinity;
  };
  // `builds heavy trucks at its plant in Chelny`: a plant after a locative word is where, not what
  const plantRe = new RegExp(c.plantNoun.source, 'giu');
  let plant = Infinity;
  for (const m of rest.matchAll(plantRe)) {
    if (c.locativeNear.test(rest.slice(0, m.index))) continue;
    plant = m.index ?? Infinity;
    break;
  }
  const product = Math.min(...c.products.map(({ re }) => first(re)));
  if (plant === Infinity && product === Infinity) return null;
  return plant < product ? 'plant' : 'product';
}

/**
 * Whether a trigger is a bare participle with its preposition that opens a non-restrictive apposition after a comma
 * (`The Onix and the Tracker, both assembled at the plant in Asaka, accounted for …`): it states its fact, and its
 * figures are its own clause's.
 */
function opensApposition(t: Trigger, g: Geometry, c: Compiled): boolean {
  const r = c.reducedRelative;
  return r !== null && t.rule.pos === 'verb' && /^\p{L}+$/u.test(t.text) && r.participle.test(t.text) &&
    r.appositionBefore.test(slice(g, t.start - 40, t.start)) && r.prepositionAfter.test(slice(g, t.end, t.end + 40));
}

/**
 * Whether a trigger states a fact: a process noun before a compound head (`production process`) or
 * after one (`ligne de production`, `цикл производства`) is a modifier, and where the pack describes its reduced relatives, a bare participle describes a noun
 * (`Cars produced at the plant`, `locally produced cars`) unless its clause has a subject for it.
 */
function statesFact(t: Trigger, g: Geometry, c: Compiled): boolean {
  const before = slice(g, t.start - 40, t.start);
  const after = slice(g, t.end, t.end + 40);
  if (t.rule.pos === 'noun' && (c.compoundHead?.test(after) || c.compoundHeadBefore?.test(before))) return false;
  const r = c.reducedRelative;
  if (r && t.rule.pos === 'verb' && /^\p{L}+$/u.test(t.text) && r.participle.test(t.text) && !r.auxiliaryBefore.test(before) && !t.apposition) {
    const adjectival = c.productStart.test(after) && !/\p{L}/u.test(before.slice(-1) === ' ' ? '' : before.slice(-1));
    const reduced = r.prepositionAfter.test(after) && /\p{L}+\s*$/u.test(before) && !r.pronounBefore.test(before);
    const precededByNounOnly = /(?:^|[^\p{L}])(?:\p{L}+)\s+$/u.test(before) && !/\d[\d,.]*\s*$/u.test(before);
    if (adjectival && precededByNounOnly) return false;
    // `the plant produced in 2018` keeps a subject; `Cars produced at the plant` (no object after) does not
    if (reduced && !r.subjectBefore.test(before)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// figures

type FigureUse = 'quantity' | 'money' | 'job' | 'people' | 'time' | 'none';

function figureUse(n: NumberFact): FigureUse {
  switch (n.kind) {
    case 'money':
      return n.value !== null ? 'money' : 'none';
    case 'percent':
      return n.value !== null ? 'quantity' : 'none';
    case 'count':
    case 'rate': {
      const unit = (n.unit ?? '').toLowerCase();
      const value = n.value ?? n.range?.[1] ?? null;
      if (JOB_UNITS.has(unit)) return 'job';
      if (value !== null && PEOPLE_UNITS.has(unit)) return 'people';
      if (value === null || NON_PRODUCT_UNITS.has(unit)) return 'none';
      return 'quantity';
    }
    case 'date':
    case 'year':
      return 'time';
    default:
      return 'none';
  }
}

const CUE_NOUN_TYPES = new Set<EventType>(['production', 'export', 'sales']);
const QUANTITY_TYPES = new Set<EventType>(['production', 'production_target', 'export', 'sales', 'trade']);
const MONEY_TYPES = new Set<EventType>(['investment', 'trade', 'sales', 'export', 'agreement', 'plant_construction']);

function accepts(t: Trigger, n: NumberFact, use: FigureUse, c: Compiled): boolean {
  // (a stake is a share of the capital, never a sum: `tendrá el 50 % del capital y aportará 22 millones de euros`)
  if (use === 'money') return MONEY_TYPES.has(t.type) && t.rule.role !== 'stake';
  // an order or a contract for goods counts them (`ordered 40 wagons`, `un contrat … de 120 locomotives`)
  if (t.type === 'agreement') return use === 'quantity' && n.kind === 'count' && countsGoods(n, c);
  if (use === 'people') return t.type === 'jobs' && distance(t, n) <= 25;
  if (use !== 'quantity') return false;
  // a bare count near a jobs word (`workforce to about 2,900`), or people of any trade right after one (`embaucher 250 techniciens`)
  if (t.type === 'jobs') return n.kind === 'count' && (n.unit === null ? distance(t, n) <= 15 : n.start >= t.end && n.start - t.end <= 15 && !isGoodsUnit(n.unit));
  if (n.kind === 'percent') return QUANTITY_TYPES.has(t.type) || t.type === 'investment';
  if (t.rule.role === 'stake') return false;
  if (DESTINATION_UNITS.has((n.unit ?? '').toLowerCase())) return t.type === 'export' || t.type === 'sales' || t.type === 'trade';
  return QUANTITY_TYPES.has(t.type);
}

/**
 * Export facts read from a share of a sales sum earned abroad: a percentage right after a partitive
 * (maybe with its article), after a sum and a sales trigger, with an abroad phrase in its clause after
 * it (`un chiffre d'affaires de 186 millions d'euros, dont 55 % à l'étranger`, `164 millones de euros,
 * de los que el 47 % procedió de clientes extranjeros`): the share is what the export measures, the sum
 * stays the sales'.
 */
function abroadShares(g: Geometry, c: Compiled, figures: Array<[number, NumberFact]>, triggers: Trigger[]): Trigger[] {
  if (!c.partitiveEnd || !c.abroad) return [];
  const out: Trigger[] = [];
  for (const [i, n] of figures) {
    if (n.kind !== 'percent' || n.value === null) continue;
    const before = slice(g, n.start - 30, n.start);
    if (!c.partitiveEnd.test(c.definiteBefore ? before.replace(c.definiteBefore, '') : before)) continue;
    if (!figures.some(([, m]) => m.kind === 'money' && m.end <= n.start) || !triggers.some((t) => t.type === 'sales' && t.end <= n.start)) continue;
    if (!c.abroad.test(slice(g, n.end, clauseBounds(g, n.start)[1]))) continue;
    out.push({ rule: { type: 'export', pattern: '', pos: 'noun' }, type: 'export', start: n.start, end: n.end, text: n.text, numbers: [i], fromNumber: true });
  }
  return out;
}

/**
 * A sum of revenue after a count of sales in the sentence is the money of those sales (`Domestic sales
 * rose to 318,000 units, generating revenue of 41.6 trillion so'm`, `Продажи … выросли до 318 тыс.
 * автомобилей, выручка составила 41,6 трлн сумов`): a sales noun with only a sum gives it to the sales
 * noun before it that has only counts, and goes. Goods delivered are told apart from a revenue with its
 * own verb (`a livré 41 rames …, et son chiffre d'affaires a progressé … pour atteindre 212 millions`).
 */
function joinRevenueToSales(triggers: Trigger[], input: EventsInput): void {
  const only = (t: Trigger, money: boolean): boolean => t.numbers.length > 0 && t.numbers.every((i) => (input.numbers[i]!.kind === 'money') === money);
  for (let k = triggers.length - 1; k >= 0; k--) {
    const revenue = triggers[k]!;
    if (revenue.type !== 'sales' || revenue.rule.pos !== 'noun' || !only(revenue, true)) continue;
    const sales = triggers.find((t) => t.type === 'sales' && t.rule.pos === 'noun' && !t.rule.role && t.end <= revenue.start && only(t, false));
    if (!sales) continue;
    sales.numbers.push(...revenue.numbers);
    triggers.splice(k, 1);
  }
}

/**
 * A bare count left to no fact, after a headcount of a jobs fact in its sentence, is that headcount at
 * another time (`Derzeit arbeiten in Kutaissi 310 Menschen, bis Ende 2028 sollen es 650 sein`): the jobs
 * fact takes it, and `expand` gives it the counted noun of the figure before it.
 */
function laterHeadcounts(triggers: Trigger[], figures: Array<[number, NumberFact]>): void {
  const taken = new Set(triggers.flatMap((t) => t.numbers));
  for (const [i, n] of figures) {
    if (taken.has(i) || n.kind !== 'count' || n.unit !== null || n.value === null) continue;
    const headcount = (j: number): boolean => figures.some(([k, m]) => k === j && m.end <= n.start && (figureUse(m) === 'people' || figureUse(m) === 'job'));
    triggers.find((t) => t.type === 'jobs' && t.numbers.some(headcount))?.numbers.push(i);
  }
}

/** The figure a jobs fact's bare count repeats at another time: the one with a counted noun before it (`310 Menschen, … 650`); null when none. */
function repeatedHeadcount(n: NumberFact, figures: ReadonlyArray<readonly [number, NumberFact]>): NumberFact | null {
  if (n.kind !== 'count' || n.unit !== null) return null;
  return figures.filter(([, m]) => m.end <= n.start && m.kind === 'count' && m.unit !== null).at(-1)?.[1] ?? null;
}

/** Whether a fact's time stands in the sentence's opening clause, before its trigger and the figure `n` and in their frame. */
function openingTime(d: Draft, n: NumberFact, g: Geometry, c: Compiled, input: EventsInput): boolean {
  const at = d.timeIndex === null ? undefined : input.numbers[d.timeIndex];
  if (at === undefined || at.end > d.trigger.start || at.end > n.start) return false;
  return clauseOf(g, at.start) === clauseOf(g, g.base) && frameOf(g, c, at.start) === frameOf(g, c, n.start);
}

/**
 * The year of a month or span of months the article names without it (`en mars`, `in October`,
 * `in the first quarter`), from the reference date: a period already over then, coordinated with a
 * period of the same kind and of a later year the sentence writes out after it, is of that year (in November 2026,
 * `Construction begins in the first quarter and production is due to start in the second half of
 * 2027` → 2027-01/2027-03); else the one the clause's tense points to: a plan's next such period, a
 * fact's latest month (in February 2027, `un contrat signé en mars` → 2026-03, `doivent quitter les
 * chaînes en octobre` → 2027-10). Other times are returned as they are.
 */
function yearOfUnwritten(time: string, n: NumberFact, g: Geometry, c: Compiled, t: Trigger, input: EventsInput): string {
  const span = /^(\d{4})-(\d\d)(?:\/\1-(\d\d))?$/u.exec(time);
  const ref = referenceOf(input);
  if (!span || !ref || /\d{4}/u.test(n.text)) return time;
  const year = Number(span[1]);
  const withYear = (y: number): string => time.replace(/\d{4}/gu, String(y));
  const month = ref.slice(0, 7);
  const first = `${span[1]}-${span[2]}`;
  const last = `${span[1]}-${span[3] ?? span[2]}`;
  // (a period of the same kind: a span of months beside a span, a month beside a month; `la construction a
  // débuté en septembre … et qui doit entrer en service au deuxième trimestre 2027` tells two tenses)
  const kind = span[3] ? /^\d{4}-\d\d\/\d{4}-\d\d$/u : /^\d{4}-\d\d$/u;
  const later = input.numbers.find((m) => m.start >= n.end && m.end <= g.base + g.text.length && m.kind === 'date' && /\d{4}/u.test(m.text) && kind.test(m.date ?? '') && Number(m.date!.slice(0, 4)) > year);
  if (later && last < month) return withYear(Number(later.date!.slice(0, 4)));
  // (the plan cue right before the period: `doivent quitter les chaînes en octobre`, not `a débuté en septembre … qui doit`;
  // or a start told in the present: `Die Lieferungen beginnen im ersten Quartal`)
  c.planned.lastIndex = 0;
  const near = c.planned.test(slice(g, n.start - 40, n.start)) || (c.startsAheadEnd?.test(slice(g, n.start - 40, n.start)) ?? false);
  const shift = near && last < month ? 1 : !near && !span[3] && !isPlanned(g, c, t) && first > month ? -1 : 0;
  return shift ? withYear(year + shift) : time;
}

function timeOf(n: NumberFact): string | null {
  if (n.date) return n.date;
  if (n.kind === 'year' && n.value !== null) return String(n.value);
  return null;
}

// ---------------------------------------------------------------------------------------------
// mentions

type PlaceRole = 'locative' | 'directional' | 'source' | 'other' | 'modifier' | 'actor';

interface MentionInfo {
  index: number;
  m: Mention;
  /** GPE/LOC only. */
  role: PlaceRole | null;
  /** ORG named as a product (`Chevrolet cars`, `the brand Exeed`). */
  productOrg: boolean;
}

/** The gap between two names without the quote marks around them (`«Узавтосаноат» и «BYD»`, `„X“ und „Y“`). */
const unquoted = (between: string): string => between.replace(/["“”„«»]/gu, ' ');

/** Nothing but a list separator of the pack between two names (`X, Y`, `X and Y`, `X und Y`, quoted or not). */
const listed = (c: Compiled, between: string): boolean => {
  const gap = unquoted(between);
  return c.listSep.test(gap) && gap.replace(c.listSep, '').trim() === '';
};
const POSSESSIVE_AFTER = /^(?:['’]s?|s['’])(?=[\s\p{P}])/u;

function analyseMentions(g: Geometry, c: Compiled, inside: Array<[number, Mention]>): MentionInfo[] {
  const infos: MentionInfo[] = inside.map(([index, m]) => ({ index, m, role: null, productOrg: false }));
  const prevMention = (pos: number): MentionInfo | undefined => {
    let best: MentionInfo | undefined;
    for (const x of infos) if (x.m.end <= pos && (!best || x.m.end > best.m.end)) best = x;
    return best;
  };
  const nextMention = (pos: number): MentionInfo | undefined => {
    let best: MentionInfo | undefined;
    for (const x of infos) if (x.m.start >= pos && (!best || x.m.start < best.m.start)) best = x;
    return best;
  };

  // products named by a brand: `Chevrolet cars`, `Marke Exeed`, and lists ending in one
  for (const x of infos) {
    if (x.m.type !== 'ORG') continue;
    const after = slice(g, x.m.end, x.m.end + 30);
    const before = slice(g, x.m.start - 30, x.m.start);
    if (c.productStart.test(after) || c.brandEnd.test(before)) x.productOrg = true;
    // (`el fabricante de tractores Orlan Motors` names the maker, not a brand of tractors; `la planta de automóviles X` the plant)
    if (c.lex.brandAfterProduct && c.productEnd.test(before) && !describesMaker(c, slice(g, x.m.start - 60, x.m.start))) x.productOrg = true;
  }
  const joined = (a: MentionInfo, b: MentionInfo): boolean => {
    const between = slice(g, a.m.end, b.m.start);
    return listed(c, between);
  };
  for (const x of [...infos].sort((a, b) => b.m.start - a.m.start)) {
    if (!x.productOrg && x.m.type !== 'PRODUCT') continue;
    for (let cur: MentionInfo = x; ; ) {
      const p = prevMention(cur.m.start);
      if (!p || (p.m.type !== 'ORG' && p.m.type !== 'PRODUCT') || !joined(p, cur)) break;
      if (p.m.type === 'ORG') p.productOrg = true;
      cur = p;
    }
    for (let cur: MentionInfo = x; ; ) {
      const n = nextMention(cur.m.end);
      if (!n || (n.m.type !== 'ORG' && n.m.type !== 'PRODUCT') || !joined(cur, n)) break;
      if (n.m.type === 'ORG') n.productOrg = true;
      cur = n;
    }
  }

  /**
   * Whether the text `before` a name at `pos` ends with a place noun and its genitive (`the city of`, `la planta de`), also
   * over a nationality between them (`la ciudad azerbaiyana de`, `la ville kazakhe de`): the name is that place's.
   */
  const placeNounBefore = (pos: number, before: string): boolean => {
    if (c.placeNounEnd.test(before)) return true;
    const p = prevMention(pos);
    return p !== undefined && p.m.type === 'MISC' && pos - p.m.end <= 6 && c.placeNounEnd.test(slice(g, pos - 60, p.m.start) + slice(g, p.m.end, pos));
  };
  // roles of places: the word that governs the name (or the list it heads)
  for (const x of infos) {
    if (x.m.type !== 'GPE' && x.m.type !== 'LOC') continue;
    const after = slice(g, x.m.end, x.m.end + 4);
    const nxt = nextMention(x.m.end);
    if (POSSESSIVE_AFTER.test(after) && nxt && nxt.m.start - x.m.end <= 30) {
      x.role = 'modifier';
      continue;
    }
    // a region right after a place, with nothing between or in parentheses, says where that place lies
    // (`в Асаке Андижанской области`, `Bourg-en-Bresse (Ain)`, `Kostanay (Kazakhstan)`)
    const prev = prevMention(x.m.start);
    if (prev && (prev.m.type === 'GPE' || prev.m.type === 'LOC') && /^(?:[ \t]+|[ \t]*\([ \t]*)$/u.test(slice(g, prev.m.end, x.m.start))) {
      x.role = 'modifier';
      continue;
    }
    let pos = x.m.start;
    let before = '';
    for (let guard = 0; guard < 12; guard++) {
      before = slice(g, Math.max(g.base, pos - 60), pos);
      const p = prevMention(pos);
      // possessive owner or list predecessor: continue from it
      if (p) {
        const between = slice(g, p.m.end, pos);
        if (/^(?:['’]s?|s['’])\s+$/u.test(between) || listed(c, between)) {
          pos = p.m.start;
          continue;
        }
      }
      if (placeNounBefore(pos, before)) break;
      const sk = c.skipEnd.exec(before);
      if (sk && sk[0].length > 0) {
        pos -= sk[0].length;
        continue;
      }
      break;
    }
    let role: PlaceRole = 'actor';
    // `Officials in Kashkadarya expect …`, `Analysten in Taschkent sagen …`: the place of a group of people
    if (c.groupEnd?.test(slice(g, x.m.start - 60, x.m.start))) {
      x.role = 'modifier';
      continue;
    }
    // a case suffix on the name's last word (`Toshkentda`, `Bakıdan`, `Almanya'ya`), where the language marks roles so;
    // the end of the name is a boundary as an apostrophe is (`Gürcüstana` after the name `Gürcüstan`), and a place
    // noun after the name carries the suffix for it (`Jizzax viloyatida`, `Қостанай облысында`)
    const tail = c.placeSuffix ? (/^[\p{L}'’]*/u.exec(slice(g, x.m.end, x.m.end + 12))?.[0] ?? '') : '';
    const noun = c.placeNounAfter?.exec(slice(g, x.m.end, x.m.end + 40))?.[0].trim();
    const word = !c.placeSuffix ? '' : noun && !tail ? noun : x.m.text + (tail && !/^['’]/u.test(tail) ? `'${tail}` : tail);
    if (c.placeSuffix?.source.test(word)) role = 'source';
    else if (c.placeSuffix?.locative.test(word)) role = 'locative';
    else if (c.placeSuffix?.directional.test(word)) role = 'directional';
    else if (c.casePreposition?.before.test(before)) {
      role = c.casePreposition.locative.test(x.m.text) ? 'locative' : 'directional';
    } else if (placeNounBefore(pos, before)) role = 'locative';
    else if (c.directionalEnd.test(before)) role = 'directional';
    else if (c.sourceEnd.test(before)) role = 'source';
    else if (c.otherEnd.test(before)) role = 'other';
    else if (c.locativeEnd.test(before)) role = 'locative';
    // (what a fact is compared with takes no part in it: `compared with Europe or China`, `по сравнению с Китаем`)
    else if (c.comparisonEnd?.test(before)) role = 'other';
    else if (c.genitiveEnd.test(before)) role = 'actor';
    else if (x.m.type === 'LOC' && FACILITY_NAME.test(x.m.text)) role = 'locative';
    x.role = role;
  }
  return infos;
}

/**
 * Whether a text ends with a company or plant noun describing the name after it by the goods it makes (`makerOfEnd`):
 * over two words, or up to four in lower case (`el fabricante aragonés de carrocerías para autobuses`; not over a
 * clause that names a place: `Завод в Джизаке начнет выпуск автомобилей`).
 */
function describesMaker(c: Compiled, before: string): boolean {
  const words = c.makerOfEnd?.exec(before)?.[1]?.split(/\s+/u).filter(Boolean);
  return words !== undefined && (words.length <= 2 || words.every((w) => !/^\p{Lu}/u.test(w)));
}

/**
 * The states a sentence names by a demonym beside a state noun (the pack's `stateNouns`: `the Georgian
 * state`, `the Kazakh Ambassador`, `Deutsche Hersteller`, `le gouvernement ouzbek`): the country's name
 * in the article (the nearest before the demonym, else the first after; never the dateline's), standing
 * where the demonym stands, as a country acting. None where the article does not name the country, where
 * a name follows (`Azerbaijani President Ilham Aliyev` is the person, `le constructeur biélorusse MTZ`
 * the company) or where the phrase is a source (`according to Kazakh officials`).
 */
function stateActors(g: Geometry, c: Compiled, infos: MentionInfo[], input: EventsInput): MentionInfo[] {
  if (!c.stateAfter || !c.stateBefore) return [];
  const line = input.referenceDate?.dateline;
  const out: MentionInfo[] = [];
  for (const x of infos) {
    if (x.m.type !== 'MISC') continue;
    const after = c.stateAfter.exec(slice(g, x.m.end, x.m.end + 40));
    const before = after ? null : c.stateBefore.exec(slice(g, x.m.start - 40, x.m.start));
    if (!after && !before) continue;
    const end = after ? x.m.end + after[0].length : x.m.end;
    const start = before ? x.m.start - before[0].length : x.m.start;
    if (infos.some((y) => (y.m.type === 'PER' || y.m.type === 'ORG') && y.m.start >= end && /^[\s"“”«»„']*(?:[\p{L}-]+\s+){0,2}$/u.test(slice(g, end, y.m.start)))) continue;
    if (c.nonParticipantEnd?.test(slice(g, start - 40, start))) continue;
    const code = demonymOf(x.m.text);
    if (code === null) continue;
    const named = input.mentions
      .map((m, index) => ({ m, index }))
      .filter(({ m }) => (m.type === 'GPE' || m.type === 'LOC') && !(line && m.start < line.end && m.end > line.start) && countryCodeOf(m.text) === code);
    const country = named.filter(({ m }) => m.end <= x.m.start).pop() ?? named[0];
    if (country) out.push({ index: country.index, m: { ...x.m, type: 'GPE', text: country.m.text }, role: 'actor', productOrg: false });
  }
  return out;
}

/** The text before a name without the article or honorific that opens it (`according to the X`, `selon M. X`). */
function leadIn(g: Geometry, c: Compiled, x: MentionInfo): string {
  const before = slice(g, x.m.start - 40, x.m.start).replace(/\s*(?:the|der|die|das|le|la|les|el|los|las)\s*$/iu, ' ');
  return c.honorificEnd ? before.replace(c.honorificEnd, ' ') : before;
}

/**
 * A place goods go to by a word that is otherwise locative (`livrer en Russie`, `expédiés au
 * Kazakhstan`, `des livraisons au Kazakhstan`): after an export trigger in its clause, it is a
 * destination, not the site of that clause's facts.
 */
function markDeliveries(g: Geometry, c: Compiled, triggers: Trigger[], infos: MentionInfo[]): void {
  if (!c.deliveryToEnd) return;
  for (const x of infos) {
    if (x.role !== 'locative' || !c.deliveryToEnd.test(slice(g, x.m.start - 12, x.m.start))) continue;
    if (triggers.some((t) => t.type === 'export' && t.end <= x.m.start && clauseOf(g, t.start) === clauseOf(g, x.m.start))) x.role = 'directional';
  }
}

/**
 * A place in the genitive of a noun that a directional word governs (`экспортировала … в страны Центральной Азии`,
 * `exported to the countries of Central Asia`): after an export trigger in its clause, it is where the goods go,
 * not an agent the verb's subject could be.
 */
function markDestinationPhrases(g: Geometry, c: Compiled, triggers: Trigger[], infos: MentionInfo[]): void {
  for (const x of infos) {
    if (x.role !== 'actor' || !c.directionalNear.test(slice(g, x.m.start - 40, x.m.start))) continue;
    if (triggers.some((t) => t.type === 'export' && t.end <= x.m.start && clauseOf(g, t.start) === clauseOf(g, x.m.start))) x.role = 'directional';
  }
}

/**
 * Where the buyers of a delivery are (`liefert Motoren an Bushersteller in Polen und der Türkei`, `sollen
 * Kunden in Kasachstan und Aserbaidschan beliefert werden`): a place after a buyer or company noun and a
 * locative word, and the places listed with it, in the clause of an export trigger, is where the goods
 * go, not the site of the clause's facts.
 */
function markBuyerPlaces(g: Geometry, c: Compiled, triggers: Trigger[], infos: MentionInfo[]): void {
  let last: MentionInfo | null = null;
  for (const x of [...infos].sort((a, b) => a.m.start - b.m.start)) {
    if (x.role !== 'locative') continue;
    // (`in Polen und der Türkei`: an article of the pack's skip words may open the next place, and the locative
    // word again: `in der Türkei und in Polen`)
    const afterBuyers: boolean = c.buyersIn.test(slice(g, x.m.start - 40, x.m.start)) || (last !== null && listed(c, slice(g, last.m.end, x.m.start).replace(c.skipEnd, ' ').replace(c.locativeEnd, ' ')));
    const delivered = triggers.some((t) => t.type === 'export' && clauseOf(g, t.start) === clauseOf(g, x.m.start));
    last = afterBuyers && delivered ? x : null;
    if (last) x.role = 'directional';
  }
}

/**
 * A name that does not decline after a case preposition (`отправить в Тбилиси`, `в Баку`: the
 * gazetteer lists it in that very form) reads as a site and a destination alike; after an export
 * trigger in its clause it is where the goods go.
 */
function markUndeclined(g: Geometry, c: Compiled, triggers: Trigger[], infos: MentionInfo[]): void {
  if (!c.casePreposition) return;
  for (const x of infos) {
    if (x.role !== 'locative' || !c.casePreposition.before.test(slice(g, x.m.start - 12, x.m.start)) || placeIdOf(x.m.text) === null) continue;
    if (triggers.some((t) => t.type === 'export' && t.end <= x.m.start && clauseOf(g, t.start) === clauseOf(g, x.m.start))) x.role = 'directional';
  }
}

/**
 * A place a market noun governs in an export's sentence (`helped by sales in the markets of
 * Kazakhstan and Kyrgyzstan`, `über die Märkte in Kasachstan`, `grâce aux marchés du Kazakhstan`,
 * `за счёт рынков Казахстана`) is where the goods are sold: a destination, not the site they leave.
 */
function markMarkets(g: Geometry, c: Compiled, triggers: Trigger[], infos: MentionInfo[]): void {
  if (!c.marketNear || !triggers.some((t) => t.type === 'export')) return;
  for (const x of infos) {
    if ((x.m.type === 'GPE' || x.m.type === 'LOC') && x.role === 'locative' && c.marketNear.test(slice(g, x.m.start - 60, x.m.start))) x.role = 'directional';
  }
}

// ---------------------------------------------------------------------------------------------
// modality



/**
 * The stretch of the sentence whose plan cues govern a trigger: its clause, and the clause before
 * when its own opens with a complementizer (`Ziel sei es, dass …`, `планирует, что …`) or the one
 * before is a short introduction without a verb of its own (`По прогнозу министерства, экспорт …`).
 */
function modalScope(g: Geometry, c: Compiled, t: Trigger, dates: NumberFact[] = []): string {
  let [a] = clauseBounds(g, t.start);
  const [, b] = clauseBounds(g, Math.max(t.start, t.end - 1));
  for (let hop = 0; hop < 2 && a > g.base; hop++) {
    const own = slice(g, a, t.start);
    const [pa] = clauseBounds(g, a - 1);
    const prev = slice(g, pa, a - 1);
    const intro = pa === g.base && prev.trim().split(/\s+/u).length <= 5 && !/\d/u.test(prev);
    if (!(c.complementizer?.test(own) ?? false) && !intro) break;
    a = pa;
  }
  // (a date in the scope is no cue: `came off the line in May` is a month, not `may`)
  let scope = slice(g, a, b);
  for (const n of dates) if (n.kind === 'date' && n.start >= a && n.end <= b) scope = scope.slice(0, n.start - a) + ' '.repeat(n.end - n.start) + scope.slice(n.end - a);
  return scope;
}

function isPlanned(g: Geometry, c: Compiled, t: Trigger): boolean {
  return planCue(g, c, t) !== null;
}

/**
 * What makes the trigger's fact planned: a plan word of the pack (`plans`, `soll`, `prévoit`), else a future tense
 * form alone (`will`, `seront`, `выпустит`); null: neither.
 */
function planCue(g: Geometry, c: Compiled, t: Trigger): 'plan' | 'tense' | null {
  let clause = modalScope(g, c, t);
  // a verb's plan cues stop at the next verb phrase it is coordinated with: `produced 6,000 trucks in
  // 2025 and will raise output to 9,000`, `produjo … e incrementará …`
  if (t.rule.pos === 'verb') {
    const at = clause.length - (slice(g, t.end, clauseBounds(g, Math.max(t.start, t.end - 1))[1]).length);
    const cut = c.coordinated.exec(clause.slice(at));
    if (cut) clause = clause.slice(0, at + cut.index);
  }
  let cue: 'tense' | null = null;
  c.planned.lastIndex = 0;
  for (const m of clause.matchAll(c.planned)) {
    const aux = c.futureAuxiliary;
    if (aux?.word.test(m[0])) {
      // werden + infinitive is future; werden + participle is passive
      const tail = clause.replace(aux.trailing, '').trim();
      const last = /(\p{L}+)\s*$/u.exec(tail)?.[1] ?? '';
      if (aux.infinitive.test(last) && !aux.participle.test(last)) cue = 'tense';
      continue;
    }
    if (!c.futureTense.test(m[0])) return 'plan';
    cue = 'tense';
  }
  return cue;
}

function isNegated(g: Geometry, c: Compiled, t: Trigger): boolean {
  const [a, b] = clauseBounds(g, t.start);
  const lookAfter = c.lex.negationAfterVerb ? 25 : 0;
  const win = slice(g, Math.max(a, t.start - 30), t.start) + ' ' + t.text + ' ' + slice(g, t.end, Math.min(b, t.end + lookAfter));
  c.negation.lastIndex = 0;
  if (c.negation.test(win)) return true;
  // a verb with its own negation: the trigger's words or the verb right after it (`ihraç etmedi`)
  const verbs = (t.text + ' ' + slice(g, t.end, Math.min(b, t.end + 24))).split(/[^\p{L}'’-]+/u);
  return !!c.negatedVerb && verbs.slice(0, t.text.split(/\s+/u).length + 1).some((w) => c.negatedVerb!.test(w));
}

// ---------------------------------------------------------------------------------------------
// the stage

interface Draft {
  type: EventType;
  trigger: Trigger;
  actors: number[];
  location: number | null;
  product: number | null;
  /** The product named by a common noun (when no name is), with the label its unit follows. */
  noun: ProductNoun | null;
  /** The paragraph's product where the trigger names none but a counter (`220 машин` after `600 электробусов`). */
  paragraphProduct: string | null;
  /** The one kind of product the paragraph names before the trigger, for a figure in a vehicle word (`215 Fahrzeuge` of a bus maker); null: none or several. */
  kindBefore: string | null;
  quantity: NumberFact | null;
  quantityIndex: number | null;
  money: NumberFact | null;
  moneyIndex: number | null;
  time: string | null;
  timeIndex: number | null;
  modality: EventModality;
  /** Hedged by an epistemic modal (`could reach`, `могут сойти`): not yet a fact, so a production figure is a target. */
  modal?: boolean;
  /** Planned by a future tense alone, no plan word: without a figure (count, share or change) or a date, a production fact is no target. */
  tenseOnly?: boolean;
  changePct?: number | null;
  changeIndex?: number | null;
  sharePct?: number | null;
  shareIndex?: number | null;
}

export function extractEvents(given: EventsInput): EventCandidate[] {
  const input: EventsInput = { ...given, mentions: readMentions(given) };
  const perSentence: EventCandidate[][] = input.sentences.map((s) => sentenceEvents(input, s));
  // cross-sentence arguments only from explicit cues (anaphors, relative years, the dateline): ./discourse.ts
  const out = resolveDiscourse(input, perSentence, (s) => describeSentence(input, s));
  return mergeHeadline(dedupe(mergeRestated(continuedQuotes(out, input), input), input.mentions), input);
}

/** A closing quote and at most a name before the verb of saying: `…," Akhundov said`, `…», — сказал`, `„…“, sagte`. */
const QUOTE_ATTRIBUTION = /["“”»]\s*,?\s*(?:[—–-]\s*)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u;

/**
 * `"In January alone we produced …," Akhundov said` after the lead's `Azermash Chairman Emin Akhundov
 * told Trend …`: a quote of a speaker the article reported before goes on with what they said, no
 * new statement (their reported speech, `Akhundov added that …`, is one).
 */
function continuedQuotes(events: EventCandidate[], input: EventsInput): EventCandidate[] {
  const spoke: string[] = [];
  return events.filter((e) => {
    if (e.type !== 'statement') return true;
    const people = e.actors.map((i) => input.mentions[i]!).filter((m) => m.type === 'PER');
    const quoted = QUOTE_ATTRIBUTION.test(input.text.slice(e.evidence.start, e.trigger.start));
    const again = quoted && people.some((p) => spoke.some((s) => samePerson(s, p.text)));
    spoke.push(...people.map((p) => p.text));
    return !again;
  });
}

/** A sentence's opening up to its trigger that is only the pack's definite article (`El `, `The `); null where the pack has none. */
const definiteOpening = perLanguage((key: string): RegExp | null => {
  const definite = (packFor(key) ?? UNDETERMINED_PACK).discourse?.definite ?? [];
  return definite.length ? new RegExp(`^[\\s"“„«]*(?:${alt(definite)})\\s+$`, 'iu') : null;
});

/**
 * `… l'accord conclu en juillet avec MTZ. Aux termes de ce contrat de cinq ans, MTZ fournira … de 12 000
 * tracteurs`: a definite agreement noun with figures, in the sentence right after an agreement told without
 * any, tells that agreement's figures; they go to it (with the sentence as evidence), and no second agreement
 * stays. Returns whether the event was given back.
 */
function giveFiguresBack(e: EventCandidate, out: EventCandidate[], input: EventsInput): boolean {
  if (e.type !== 'agreement' || (e.quantity === null && e.money === null)) return false;
  const prior = out.filter((o) => o.type === 'agreement' && o.evidence.end <= e.evidence.start).at(-1);
  if (!prior || prior.quantity !== null || prior.money !== null) return false;
  const k = input.sentences.findIndex((x) => x.start <= e.trigger.start && e.trigger.start < x.end);
  const before = input.sentences[k - 1];
  if (!before || prior.evidence.start < before.start || prior.evidence.end > before.end) return false;
  const c = compile(sentenceKey(input.sentences[k], input) ?? '');
  if (!c.definiteBefore?.test(input.text.slice(Math.max(input.sentences[k]!.start, e.trigger.start - 15), e.trigger.start))) return false;
  prior.quantity = e.quantity;
  prior.unit = e.unit;
  prior.money = e.money;
  prior.numbers = [...new Set([...prior.numbers, ...e.numbers])].sort((a, b) => a - b);
  prior.evidenceSpans = [...prior.evidenceSpans, ...e.evidenceSpans].sort((p, q) => p.start - q.start);
  return true;
}

/**
 * `X firmó con Y un contrato … . El acuerdo, rubricado el pasado lunes en Taskent, incluye …`: a
 * sentence that opens with the definite agreement noun and names no party and no figure of its own
 * tells the details of the agreement reported before it, no second one, unless it reports the
 * noun's signing (`signedAgain`); its place and time (its own sentence's) are that agreement's.
 */
function mergeRestated(events: EventCandidate[], input: EventsInput): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const e of events) {
    if (giveFiguresBack(e, out, input)) continue;
    const prior = e.type === 'agreement' && e.quantity === null && e.money === null ? out.filter((o) => o.type === 'agreement' && o.evidence.end <= e.evidence.start).at(-1) : undefined;
    const s = prior ? input.sentences.find((x) => x.start <= e.trigger.start && e.trigger.start < x.end) : undefined;
    const opens = s ? (definiteOpening(sentenceKey(s, input) ?? '')?.test(input.text.slice(s.start, e.trigger.start)) ?? false) : false;
    const ownParty = s ? input.mentions.some((m) => (m.type === 'ORG' || m.type === 'PER') && m.start >= s.start && m.end <= s.end) : true;
    if (!prior || !s || !opens || ownParty || signedAgain(e, s, input)) {
      out.push(e);
      continue;
    }
    const inOwn = (i: number | null): boolean => i !== null && (input.mentions[i]?.start ?? -1) >= s.start && (input.mentions[i]?.end ?? Infinity) <= s.end;
    if (inOwn(e.location)) prior.location = e.location;
    if (e.time !== null) prior.time = e.time;
    prior.evidenceSpans = [...prior.evidenceSpans, ...e.evidenceSpans.filter((x) => !prior.evidenceSpans.some((y) => y.start === x.start))].sort((p, q) => p.start - q.start);
  }
  return out;
}

/**
 * `The contract was signed on Tuesday in Tashkent`: a sentence whose opening agreement noun is the
 * subject of a signing (another agreement trigger in the noun's clause) reports that signing, an
 * event of its own; an apposition (`El acuerdo, rubricado el 1 de marzo en Taskent, incluye …`) or a
 * description (`El contrato es el mayor`) only tells the details of the agreement.
 */
function signedAgain(e: EventCandidate, s: Sentence, input: EventsInput): boolean {
  const rest = input.text.slice(e.trigger.end, s.end);
  const clause = rest.slice(0, rest.search(/[,;:]|$/u));
  const c = compile(sentenceKey(s, input) ?? '');
  return c.rules.some(({ rule, re }) => rule.type === 'agreement' && [...matchesAtWordStart(re, triggerText(clause))].length > 0);
}

/**
 * The mentions as the events stage reads them (the same indexes): a name that is only a common noun
 * is that noun (`isCommonNoun`), and a name the text calls a company (`companyByContext`), or one of
 * two words or more the tagger took for an organisation elsewhere in the text, is an organisation in
 * every place it stands, whatever the tagger made of it.
 */
function readMentions(input: EventsInput): Mention[] {
  const sentences = input.mentions.map((m) => input.sentences.find((x) => x.start <= m.start && m.end <= x.end));
  const keys = sentences.map((s) => sentenceKey(s, input));
  const companies = new Set(input.mentions.filter((m, i) => companyByContext(m, sentences[i], keys[i]!, input)).map((m) => nameKey(m.text)));
  const shortForms = companyShortForms(input.mentions);
  // (a name of two words or more tagged an organisation elsewhere in the article is one: `«Айыл Техника»` as MISC once)
  const organisations = new Set(input.mentions.filter((m) => m.type === 'ORG' && nameKey(m.text).includes(' ')).map((m) => nameKey(m.text)));
  return input.mentions.map((m, i) => {
    if (isCommonNoun(m, keys[i]!)) return { ...m, type: 'MISC' };
    const named = (m.type === 'PER' || m.type === 'MISC') && organisations.has(nameKey(m.text));
    const company = named || companies.has(nameKey(m.text)) || (m.type === 'PER' && shortForms.has(nameKey(m.text)));
    return m.type !== 'ORG' && company ? { ...m, type: 'ORG' } : m;
  });
}

/**
 * The first words of the article's organisation names of two words or more (`Ordabasy` of `Ordabasy
 * Motors`), less the surnames of the people it names in full: a one-word name that is one of them is
 * that organisation's short form, wherever the tagger took it for a person (`Ordabasy's chief executive`).
 */
function companyShortForms(mentions: Mention[]): Set<string> {
  const words = (m: Mention): string[] => nameKey(m.text).split(' ');
  const surnames = new Set(mentions.filter((m) => m.type === 'PER' && words(m).length >= 2).map((m) => words(m).at(-1)!));
  return new Set(mentions.filter((m) => m.type === 'ORG' && words(m).length >= 2).map((m) => words(m)[0]!).filter((w) => !surnames.has(w)));
}

const nameKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The pack's cues that a name is a company's: a company noun right before it or heading its apposition, with the words that rule an apposition out. */
const companyCues = perLanguage((key: string): { endsWithNoun: RegExp; before: RegExp; apposition: RegExp; notHead: RegExp } | null => {
  const pack = packFor(key);
  const d = pack?.discourse;
  if (!d?.companyNouns.length) return null;
  const nouns = alt(d.companyNouns);
  return {
    // The end of `before` alone: a text without it cannot match `before`, whose words and letters in
    // front of the noun cost far more to try at every position (7% of the analysis CPU on news).
    endsWithNoun: new RegExp(`(?:${nouns})\\s*["«„“]?\\s*$`, 'iu'),
    // `carmaker X`, `Landmaschinenhersteller X`, `компания «X»`, `la société X`
    before: new RegExp(`((?:[\\p{L}'’-]+\\s+){0,2}?)\\p{L}*(?:${nouns})\\s*["«„“]?\\s*$`, 'iu'),
    // `X, the state-owned carmaker`, `X, Uzbekistan's largest carmaker`, `X, der deutsche Hersteller`
    apposition: new RegExp(`^\\s*,\\s*((?:[\\p{L}'’-]+\\s+){0,3}?)(?:${nouns})(?![\\p{L}'’])`, 'iu'),
    // (`X, head of the company`, `X, Chef der Firma`, `гендиректора компании X`: a post at the company, a person;
    // `X, anunció que la empresa…`: a verb of saying opens the person's clause, no apposition)
    notHead: new RegExp(`${B}(?:${alt([...pack!.events?.roleNouns ?? [], ...(pack!.events?.genitive ?? []), ...d.genitive, ...saying(pack!)])})${E}`, 'iu'),
  };
});

/** The patterns of a pack's statement triggers (`said`, `dijo`, `заявил`). */
const saying = (pack: LanguagePack): string[] => (pack.events?.triggers ?? []).filter((t) => t.type === 'statement').map((t) => t.pattern);

/** A name in sentence `s` (language `key`) that is not tagged ORG but that the text calls a company (`carmaker X`, `X, the state-owned carmaker`). */
function companyByContext(m: Mention, s: Sentence | undefined, key: string | null, input: EventsInput): boolean {
  if (m.type !== 'PER' && m.type !== 'MISC') return false;
  // (a nationality adjective after the noun is none: `los fabricantes alemanes`, `un fabricante sajón`)
  if (/^\p{Ll}/u.test(m.text)) return false;
  const cues = key === null ? null : companyCues(key);
  if (!cues) return false;
  const window = input.text.slice(Math.max(s?.start ?? 0, m.start - 60), m.start);
  const named = cues.endsWithNoun.test(window) ? cues.before.exec(window) : null;
  if (named !== null && !cues.notHead.test(named[1] ?? '')) return true;
  const appo = cues.apposition.exec(input.text.slice(m.end, m.end + 80));
  return appo !== null && !cues.notHead.test(appo[1] ?? '');
}

/** A language's plant and company nouns as a whole name (`Завод`, `Компания`, `Das Unternehmen` tagged as a name); null where the pack has none. */
const commonNouns = perLanguage((key: string): RegExp | null => {
  const d = packFor(key)?.discourse;
  const nouns = d ? [...d.plantNouns, ...d.companyNouns] : [];
  return nouns.length ? new RegExp(`^(?:(?:${alt(d!.definite)})\\s+)?(?:${alt(nouns)})$`, 'iu') : null;
});

/**
 * A name that is only a common noun of its language's pack (`Завод будет выпускать…`, `Компания
 * экспортировала…` tagged ORG at a sentence start): the noun points back (./discourse.ts), it names nothing.
 */
function isCommonNoun(m: Mention, key: string | null): boolean {
  return key !== null && (commonNouns(key)?.test(m.text.trim()) ?? false);
}

/** Roles of the mentions of one sentence, for the discourse step. */
function describeSentence(input: EventsInput, s: Sentence): SentenceView {
  const key = sentenceKey(s, input) ?? 'en';
  const c = compile(key);
  const g = geometry(s, input.text);
  const inside: Array<[number, Mention]> = [];
  input.mentions.forEach((m, i) => {
    if (m.start >= s.start && m.end <= s.end) inside.push([i, m]);
  });
  const infos = analyseMentions(g, c, inside);
  // a speaker's own organisation (`press secretary of X`) speaks; it is not what `the company` means
  const affiliations = new Set<number>();
  for (const t of findTriggers(g, c).filter((x) => x.type === 'statement')) {
    const sp = speakers(g, c, t, infos).map((i) => infos.find((x) => x.index === i)!);
    if (sp.some((x) => x.m.type === 'PER')) sp.filter((x) => x.m.type === 'ORG').forEach((x) => affiliations.add(x.index));
  }
  // with its legal form when the model names that apart (`АО «Узавтосаноат»`)
  for (const x of infos) {
    if (x.m.type === 'ORG' && infos.some((y) => affiliations.has(y.index) && y.m.start >= x.m.end && /^[\s«»"„“”']{0,3}$/u.test(slice(g, x.m.end, y.m.start)))) affiliations.add(x.index);
  }
  return {
    key,
    mentions: infos.map((x) => {
      const before = leadIn(g, c, x);
      const sidelined = affiliations.has(x.index) || (x.m.type !== 'GPE' && (c.tellEnd?.test(before) ?? false)) || (c.nonParticipantEnd?.test(before) ?? false) || sourcedByTitle(g, c, x);
      return { index: x.index, role: x.role, productOrg: x.productOrg, sidelined };
    }),
  };
}

/** A person named by title in a source phrase (`Según el director general de la empresa, X`) is the source, not a participant. */
function sourcedByTitle(g: Geometry, c: Compiled, x: MentionInfo): boolean {
  return x.m.type === 'PER' && (c.sourceTitleEnd?.test(slice(g, x.m.start - 90, x.m.start)) ?? false);
}

function sentenceEvents(input: EventsInput, s: Sentence): EventCandidate[] {
  const key = sentenceKey(s, input);
  if (key === null) return [];
  const c = compile(key);
  const g = geometry(s, input.text, input.mentions);
  const evidence: Span = { start: s.start, end: s.end, text: g.text };
  // the dateline (`TASHKENT, Jan. 22, 2026.`) names where the report was filed: never an argument here
  const line = input.referenceDate?.dateline;
  const inside: Array<[number, Mention]> = [];
  input.mentions.forEach((m, i) => {
    if (line && m.start < line.end && m.end > line.start) return;
    if (m.start >= s.start && m.end <= s.end) inside.push([i, m]);
  });
  // (nor is its date a time of the lead's facts: it is the reference date they resolve against)
  const figures: Array<[number, NumberFact]> = [];
  input.numbers.forEach((n, i) => {
    if (line && n.start < line.end && n.end > line.start) return;
    if (n.start >= s.start && n.end <= s.end) figures.push([i, n]);
  });

  const roles = analyseMentions(g, c, inside);
  const found = findTriggers(g, c);
  markDeliveries(g, c, found, roles);
  markDestinationPhrases(g, c, found, roles);
  markBuyerPlaces(g, c, found, roles);
  markMarkets(g, c, found, roles);
  markUndeclined(g, c, found, roles);
  // a delivery with goods counted in its clause, no place or nationality there, and no contract or export
  // beside it in the sentence is a sale to a customer at home (`Vercors Rail a livré 41 rames`, `передала
  // аграриям 860 единиц техники`; not `un contrat portant sur la livraison de 120 locomotives`); a planned one with
  // nobody named in its clause schedules a plant's output (`Las primeras 500 cabinas se entregarán en junio`), one to a
  // buyer its noun names is a sale (`Первые 60 машин будут переданы столичному перевозчику`)
  const delivered = (t: Trigger): boolean => {
    const k = clauseOf(g, t.start);
    if (t.rule.pos !== 'verb' || found.some((o) => o !== t && (o.type === 'agreement' || o.type === 'export'))) return false;
    if (inside.some(([, m]) => (m.type === 'GPE' || m.type === 'LOC' || m.type === 'MISC') && clauseOf(g, m.start) === k)) return false;
    const [a, b] = clauseBounds(g, t.start);
    if (isPlanned(g, c, t) && !inside.some(([, m]) => (m.type === 'ORG' || m.type === 'PER') && clauseOf(g, m.start) === k) && !c.buyer.test(slice(g, a, b))) return false;
    return figures.some(([, n]) => n.kind === 'count' && figureUse(n) === 'quantity' && clauseOf(g, n.start) === k);
  };
  const sold = new Set<Trigger>();
  const triggers = found.filter((t) => {
    const [, b] = clauseBounds(g, t.end);
    if (t.rule.requires === 'destination') {
      // `shipped to Georgia`, `поставки в Россию`, `nach Kasachstan geliefert`, `supplies engines from
      // Tashkent`: a delivery is an export only with a place it goes to or comes from in its clause
      const [a] = clauseBounds(g, t.start);
      const destined = (m: Mention) => !!c.destinationEnd?.test(slice(g, m.start - 40, m.start));
      const toward = (x: MentionInfo) =>
        x.role === 'directional' || x.role === 'source' || (x.role === 'locative' && c.directionalNear.test(slice(g, x.m.start - 30, x.m.start))) || destined(x.m);
      // (a place after a destination phrase counts anywhere in the sentence: `CAF entregó 212 coches y
      // 35 tranvías, la mayoría con destino a Francia`)
      const reach = (m: Mention) =>
        m.start >= a && (m.end <= Math.max(b, t.end + 60) || (m.start >= t.end && destined(m)));
      const abroad =
        roles.some((x) => (x.m.type === 'GPE' || x.m.type === 'LOC') && toward(x) && reach(x.m)) ||
        // buyers named by their nationality (`aux concessionnaires russes`, `to Georgian dealers`, right after the
        // verb where a case marks them: `отгрузили российским дилерам`)
        inside.some(([, m]) => m.type === 'MISC' && m.start >= t.end && reach(m) && (c.buyersNear.test(slice(g, m.start - 40, m.start)) || slice(g, t.end, m.start).trim() === ''));
      if (!abroad && delivered(t)) sold.add(t);
      return abroad || sold.has(t);
    }
    // `the rising share of exports makes the company less dependent`: a ratio talked about, no fact (a
    // figure in the clause makes it one: `the share of exports reached 40%`)
    if (t.rule.pos === 'noun' && c.shareEnd?.test(slice(g, t.start - 40, t.start)) && !figures.some(([, n]) => clauseOf(g, n.start) === clauseOf(g, t.start))) return false;
    if (t.rule.requires !== 'party') return true;
    // `cooperation between the two countries` is no agreement; `cooperation between UzAuto and …` is
    return inside.some(([, m]) => m.start >= t.end && m.start < Math.max(b, t.end + 60) && (m.type === 'ORG' || m.type === 'PER' || m.type === 'GPE'));
  });

  triggers.forEach((t, k) => {
    if (sold.has(t)) triggers[k] = { ...t, type: 'sales', rule: { ...t.rule, type: 'sales' } };
  });
  // sales made abroad are exports (`réalise 40 % de ses ventes hors de France`, `obtuvo fuera de España el
  // 58 % de sus ingresos`), and so are the sales a share of exports is taken of (`expected exports to
  // account for 55% of sales`)
  triggers.forEach((t, k) => {
    if (t.type !== 'sales' || t.rule.role) return;
    const [a, b] = clauseBounds(g, t.start);
    const share = t.rule.pos === 'noun' && figures.some(([, n]) => n.kind === 'percent' && n.end <= t.start && t.start - n.end <= 20 && n.start >= a);
    const exported = triggers.some((o) => o.type === 'export' && clauseOf(g, o.start) === clauseOf(g, t.start));
    const abroad = c.abroad?.exec(slice(g, a, b)) ?? null;
    if (!abroad && !(share && exported)) return;
    triggers[k] = { ...t, type: 'export', rule: { ...t.rule, type: 'export' } };
    // the home country the phrase leaves (`hors de France`) is neither the site nor an actor
    if (abroad) for (const x of roles) if (x.m.start >= a + abroad.index && x.m.end <= a + abroad.index + abroad[0].length) x.role = 'other';
  });
  // a sale to a country is an export (`most of the output was sold to Kazakhstan and Armenia`,
  // `nach Polen verkauft`): a sales verb with a country it goes to in its clause
  triggers.forEach((t, k) => {
    if (t.type !== 'sales' || t.rule.pos !== 'verb') return;
    const clause = clauseOf(g, t.start);
    if (roles.some((x) => x.m.type === 'GPE' && x.role === 'directional' && clauseOf(g, x.m.start) === clause))
      triggers[k] = { ...t, type: 'export', rule: { ...t.rule, type: 'export' } };
  });

  // jobs read from job figures
  for (const [i, n] of figures) {
    if (figureUse(n) !== 'job') continue;
    triggers.push({
      rule: { type: 'jobs', pattern: '', pos: 'verb' },
      type: 'jobs',
      start: n.start,
      end: n.end,
      text: n.text,
      numbers: [i],
      fromNumber: true,
    });
  }

  triggers.push(...abroadShares(g, c, figures, triggers));

  // figures to the nearest trigger that takes them (same clause first; a figure read as a fact of its own stays there)
  for (const [i, n] of figures) {
    const use = figureUse(n);
    if (use !== 'quantity' && use !== 'money' && use !== 'people') continue;
    if (triggers.some((t) => t.fromNumber && t.numbers.includes(i))) continue;
    let best: Trigger | null = null;
    let bestD = Infinity;
    for (const t of triggers) {
      if (t.fromNumber || !accepts(t, n, use, c)) continue;
      if (t.apposition && clauseOf(g, n.start) !== clauseOf(g, t.start)) continue;
      const d = distance(t, n) + (clauseOf(g, n.start) === clauseOf(g, t.start) || clauseOf(g, n.start) === clauseOf(g, t.end - 1) ? 0 : 1000);
      if (d < bestD) {
        bestD = d;
        best = t;
      }
    }
    best?.numbers.push(i);
  }
  joinRevenueToSales(triggers, input);
  laterHeadcounts(triggers, figures);
  // a jobs word beside a job figure is the same fact, unless it counts people of its own (`Derzeit arbeiten
  // in Gandscha 260 Menschen; … soll die Belegschaft auf 450 Beschäftigte wachsen`, `create 320 jobs,
  // raising the company's workforce to about 2,900`: two headcounts)
  if (triggers.some((t) => t.fromNumber)) {
    for (let k = triggers.length - 1; k >= 0; k--) {
      const t = triggers[k]!;
      if (t.type === 'jobs' && !t.fromNumber && !t.numbers.length) triggers.splice(k, 1);
    }
  }
  if (!triggers.length) return [];

  // process nouns need a figure or a plan cue; a bare process noun beside another fact in its
  // clause is that fact's complement (`a cluster for the production of cars`, `by expanding production`)
  const anchored = (t: Trigger): boolean => t.numbers.length > 0 || t.rule.pos === 'verb';
  const live = triggers.filter((t) => {
    if (t.rule.pos !== 'noun' || t.numbers.length > 0) return true;
    if (!CUE_NOUN_TYPES.has(t.type) || t.rule.role === 'capacity') return false;
    if (isNegated(g, c, t)) return true;
    if (!isPlanned(g, c, t)) return false;
    const k = clauseOf(g, t.start);
    return !triggers.some((o) => o !== t && anchored(o) && o.type !== 'statement' && (clauseOf(g, o.start) === k || clauseOf(g, o.end - 1) === k));
  }).filter((t) => {
    // `said X at the signing`, `a déclaré X lors de la signature`: the occasion of a statement in its
    // sentence is no agreement of its own
    if (t.type !== 'agreement' || !triggers.some((o) => o.type === 'statement')) return true;
    c.occasion.lastIndex = 0;
    return ![...g.text.matchAll(c.occasion)].some((o) => g.base + (o.index ?? 0) <= t.start && g.base + (o.index ?? 0) + o[0].length >= t.end);
  }).filter((t) => {
    // `"This contract confirms …," X said`, `X called the deal "a signal"`: a definite agreement in a
    // statement, without a figure or another agreement word, refers back to the one reported
    if (t.type !== 'agreement' || t.numbers.length > 0 || !triggers.some((o) => o.type === 'statement')) return true;
    if (triggers.some((o) => o !== t && o.type === 'agreement')) return true;
    return !(c.definiteBefore?.test(slice(g, t.start - 10, t.start)) ?? false);
  }).filter((t) => {
    // `signed an agreement … to establish a plant`: the plant is the agreement's content
    if (t.type !== 'plant_launch' && t.type !== 'plant_construction') return true;
    const agreements = triggers.filter((o) => o.type === 'agreement' && o.end <= t.start);
    // `an agreement on the construction of a plant`, `соглашение о строительстве завода`
    if (agreements.some((o) => clauseOf(g, o.end - 1) === clauseOf(g, t.start))) return false;
    if (!/^(?:set|establish|creat|build|construct|erect|open)/iu.test(t.text)) return true;
    if (!/(?:^|[^\p{L}])to\s+$/iu.test(slice(g, t.start - 4, t.start))) return true;
    return !agreements.length;
  });
  const infos = roles;
  const byIndex = new Map(infos.map((x) => [x.index, x]));
  // `The cars will travel by rail, according to X, chief executive of Y`: a source phrase is the
  // statement of a sentence that reports nothing else; beside a fact it only attributes that fact
  for (const t of live.filter((x) => x.rule.requires === 'source')) {
    const person = speakers(g, c, t, infos).some((i) => byIndex.get(i)?.m.type === 'PER');
    if (person && !live.some((o) => o.type !== 'statement')) continue;
    live.splice(live.indexOf(t), 1);
    triggers.splice(triggers.indexOf(t), 1);
  }
  if (!live.length) return [];

  // speakers and addressees are not actors of the facts they report
  const speakerOf = new Map<Trigger, number[]>();
  const excluded = new Set<number>();
  for (const t of triggers.filter((x) => x.type === 'statement')) {
    const sp = speakers(g, c, t, infos);
    speakerOf.set(t, sp);
    sp.forEach((i) => excluded.add(i));
  }
  for (const x of infos) {
    if (x.m.type !== 'ORG' && x.m.type !== 'PER' && x.m.type !== 'GPE') continue;
    const before = leadIn(g, c, x);
    if ((x.m.type !== 'GPE' && c.tellEnd?.test(before)) || c.nonParticipantEnd?.test(before) || sourcedByTitle(g, c, x)) excluded.add(x.index);
  }
  const visitors = new Set<number>();
  const attributions = triggers.filter((x) => x.type === 'statement' && (speakerOf.get(x)?.length ?? 0) > 0).map((x) => clauseOf(g, x.start));
  // after a closing quote the attribution runs to the sentence's end, over the speaker's apposition
  // (`„…“, sagte X, Pressesprecherin der Y, vor Journalisten in Taschkent.`)
  const afterQuote = triggers.filter((x) => x.type === 'statement' && (speakerOf.get(x)?.length ?? 0) > 0 && /[”“"»]\s*,?\s*$/u.test(slice(g, g.base, x.start))).map((x) => x.start);
  const inAttribution = (x: MentionInfo, t: Trigger): boolean =>
    (x.m.type === 'GPE' || x.m.type === 'LOC') &&
    ((attributions.includes(clauseOf(g, x.m.start)) && clauseOf(g, x.m.start) !== clauseOf(g, t.start) && clauseOf(g, x.m.start) !== clauseOf(g, Math.max(t.start, t.end - 1))) ||
      afterQuote.some((q) => t.end <= q && x.m.start > q));

  const drafts: Draft[] = [];
  const seenOnce = new Set<EventType>();
  // the states a demonym names in the sentence (`the Kazakh Ambassador`, `the Georgian state`): visitors and agents alike
  const states = stateActors(g, c, infos, input);
  for (const t of live) {
    // one statement, visit, agreement, appointment per sentence
    if (t.type === 'statement') {
      if (seenOnce.has('statement')) continue;
      const best = pickStatement(triggers.filter((x) => x.type === 'statement'), speakerOf, byIndex);
      seenOnce.add('statement');
      if (best) {
        const sp = speakerOf.get(best) ?? [];
        drafts.push(baseDraft(best, g, c, infos, figures, input, [...sp, ...postOwner(g, c, sp, infos, input)]));
        continue;
      }
      // `Die Staatssekretärin … sprach`, `The minister said`: the person last named with that title
      const named = roleAnaphor(g, c, t, input) ?? pronounSpeaker(g, c, t, input);
      if (named !== null) drafts.push(baseDraft(t, g, c, infos, figures, input, [named]));
      continue;
    }
    if (t.type === 'visit' || t.type === 'agreement' || t.type === 'appointment') {
      // a second trigger of the same fact (`a signé … un contrat … pour 1,5 milliard d'euros`) gives its figures to the first
      const first = drafts.find((d) => d.type === t.type);
      if (first) {
        first.trigger = { ...first.trigger, numbers: [...first.trigger.numbers, ...t.numbers] };
        continue;
      }
    }
    let actors: number[];
    if (t.type === 'visit') {
      // the visitor may be the one who speaks (`X, who visited the plant on Wednesday, said …`)
      const people = infos.filter((x) => x.m.type === 'PER' && !excluded.has(x.index));
      const per = people.length ? people : infos.filter((x) => x.m.type === 'PER');
      const org = infos.filter((x) => x.m.type === 'ORG' && !x.productOrg && !excluded.has(x.index));
      // (else a state by its envoy: `the visit of the Kazakh Ambassador`)
      actors = (per.length ? per : org.length ? org : states).map((x) => x.index);
      // (present at an occasion is the person nearest the cue, `en presencia del viceministro X`, `nahm X an der
      // Zeremonie teil`, not the others the sentence names)
      if (t.rule.role === 'attendance' && per.length) actors = [nearest(t, per, g)!.index];
      actors.forEach((i) => visitors.add(i));
    } else {
      actors = [];
    }
    // a place in the attribution (`…," X told reporters in Tashkent`) is where it was said, not where the fact is
    drafts.push(baseDraft(t, g, c, infos.filter((x) => !inAttribution(x, t)), figures, input, actors));
  }
  // actors of the other facts: the agent of the trigger's clause (./index.ts agentsOf)
  // (with the states a demonym names: `the Georgian state holds a 35% stake`)
  const pool = [...infos, ...states]
    .filter((x) => !excluded.has(x.index) && !visitors.has(x.index))
    .filter((x) => (x.m.type === 'ORG' && !x.productOrg) || x.m.type === 'PER' || isPlaceActor(x));
  // `UzAuto Motors reported that it produced …`: a pronoun subject of a reported clause is the
  // organisation that reports
  const speakingOrgs = [...excluded].map((i) => byIndex.get(i)).filter((x): x is MentionInfo => x !== undefined && x.m.type === 'ORG' && !x.productOrg);
  // the organisations a person speaks for (`press secretary of X`, `X's chief executive`)
  const affiliated = [...speakerOf.values()]
    .map((sp) => sp.map((i) => byIndex.get(i)).filter((x): x is MentionInfo => x !== undefined))
    .filter((sp) => sp.some((x) => x.m.type === 'PER'))
    .flatMap((sp) => sp.filter((x) => x.m.type === 'ORG' && !x.productOrg));
  for (const d of drafts) {
    if (d.type === 'statement' || d.type === 'visit') continue;
    // an appointment names the person and the organisation wherever they stand, the speaker too
    // (`said Bakhodir Sobirov, who was appointed its general director`)
    // (not the predecessor: `replacing X`, `сменив X`, `Nachfolger von X`)
    // (and the organisation a speaker's title makes theirs: `Le directeur de SamAuto, X, nommé à ce poste`)
    // (a place only as the agent of the clause: not the scope of the post, `director de su nueva división de Asia Central`)
    const appointed = (): MentionInfo[] => {
      const people = infos.filter((x) => x.m.type === 'PER' && !visitors.has(x.index) && !(c.nonParticipantEnd?.test(slice(g, x.m.start - 40, x.m.start)) ?? false));
      const agents = agentsOf(d.trigger, g, c, pool);
      const orgs = [...pool.filter((x) => x.m.type === 'ORG' || agents.includes(x)), ...affiliated.filter((x) => !pool.includes(x))];
      return [...people, ...orgs].sort((p, q) => p.m.start - q.m.start);
    };
    let actors = d.type === 'appointment' ? appointed() : agentsOf(d.trigger, g, c, d.trigger.rule.receivedBy ? pool.filter((x) => x.m.end <= d.trigger.start) : pool);
    if (!actors.length && speakingOrgs.length && c.pronounSubject?.test(slice(g, clauseBounds(g, d.trigger.start)[0], d.trigger.start))) actors = speakingOrgs;
    // `a Memorandum between X and Y was signed by <title> P and <title> Q`: the signers are parties too
    if (d.type === 'agreement') {
      const by = c.passiveAgent?.exec(slice(g, d.trigger.end, g.base + g.text.length)) ?? null;
      const from = by ? d.trigger.end + by.index : Infinity;
      const signers = infos.filter((x) => x.m.type === 'PER' && x.m.start > from && !/[;:]/u.test(slice(g, from, x.m.start)));
      actors = [...actors, ...signers.filter((x) => !actors.includes(x))];
    }
    // a trade is between two countries: its owner may stand as a possessive or a genitive beside the
    // noun (`Kazakhstan's trade with China`, `les échanges du Kazakhstan avec la Chine`, `el comercio
    // de Kazajistán con China`), not as a subject
    if (d.type === 'trade' && actors.filter((x) => x.m.type === 'GPE' || x.m.type === 'LOC').length < 2) {
      const [a, b] = clauseBounds(g, d.trigger.start);
      const owners = infos.filter((x) => (x.m.type === 'GPE' || x.m.type === 'LOC') && (x.role === 'modifier' || x.role === 'actor') && x.m.start >= a && x.m.end <= b && !actors.includes(x));
      actors = [...actors, ...owners].sort((p, q) => p.m.start - q.m.start).slice(0, 2);
    }
    // `won an order for high-speed trains for Uzbekistan`: the country the goods are for is a party
    if (d.type === 'agreement') {
      const buyer = buyerOf(d.trigger, g, c, infos);
      if (buyer && !actors.some((x) => x.m.text === buyer.m.text)) {
        actors = [...actors, buyer];
        d.location ??= buyer.index;
      }
    }
    // `a contract to supply 300 wagons to Azerbaijan Railways`: the customer supplied is a party
    if (d.type === 'agreement') {
      const customer = recipientOf(g, c, infos);
      if (customer && !actors.some((x) => x.m.text === customer.m.text)) actors = [...actors, customer];
    }
    d.actors = [...new Set(actors.map((x) => x.index))];
    // a single country or city acting on its own soil: `Usbekistan wird … produzieren`
    const gpe = actors.filter((x) => x.m.type === 'GPE' || x.m.type === 'LOC');
    if (d.location === null && SITE_TYPES.has(d.type) && d.trigger.rule.role !== 'stake' && gpe.length === 1 && new Set(gpe.map((x) => x.m.text)).size === 1) {
      d.location = gpe[0]!.index;
    }
  }

  // merge same-type drafts that add nothing to each other
  const merged: Draft[] = [];
  for (const d of drafts) {
    const twin = merged.find(
      (e) =>
        e.type === d.type &&
        e.trigger.rule.role === d.trigger.rule.role &&
        !(d.trigger.numbers.length && e.trigger.numbers.length) &&
        !(d.location !== null && e.location !== null && d.location !== e.location) &&
        // `420 cars will be shipped in March, and deliveries to X are planned for the second half`: two
        !(d.time !== null && e.time !== null && d.time !== e.time) &&
        !(d.trigger.fromNumber || e.trigger.fromNumber),
    );
    if (twin) {
      twin.trigger = { ...twin.trigger, numbers: [...twin.trigger.numbers, ...d.trigger.numbers] };
      twin.location ??= d.location;
      twin.product ??= d.product;
      twin.noun ??= d.noun;
      twin.time ??= d.time;
      if (twin.modality === 'actual') twin.modality = d.modality;
      continue;
    }
    merged.push(d);
  }

  // a time in another fact's clause is that fact's (`строится цех, который должен заработать в
  // конце 2027 года`: 2027 dates the start, not the building), unless the clause holds the fact's own
  // figure (`Tianlong Motor, выпускающая грузовики …, в 2026 году произвела 38 тыс. машин и экспортировала …`)
  const clausesOf = (t: Trigger): number[] => [clauseOf(g, t.start), clauseOf(g, Math.max(t.start, t.end - 1)), ...t.numbers.map((i) => clauseOf(g, input.numbers[i]!.start))];
  for (const d of merged) {
    const n = d.timeIndex === null ? undefined : input.numbers[d.timeIndex];
    if (!n) continue;
    const k = clauseOf(g, n.start);
    // (a saying's month nearer another fact's trigger is that fact's: `сообщил назначенный в декабре генеральным
    // директором Баходир Собиров` dates the appointment)
    const nearerFact = d.type === 'statement' && merged.some((o) => o.type !== 'statement' && distance(o.trigger, n) < distance(d.trigger, n));
    if (clausesOf(d.trigger).includes(k) && !nearerFact) continue;
    if (nearerFact || merged.some((o) => o !== d && clausesOf(o.trigger).includes(k))) {
      d.time = null;
      d.timeIndex = null;
    }
  }

  // `opened on March 29, 2018, during a visit of …`, `signed during the visit`: a fact introduced by
  // `during` happens when the fact it modifies does
  for (const d of merged) {
    if (d.time !== null || !c.duringEnd?.test(slice(g, d.trigger.start - 50, d.trigger.start))) continue;
    const host = merged.filter((o) => o !== d && o.time !== null && o.type !== 'statement').sort((p, q) => distance(d.trigger, p.trigger) - distance(d.trigger, q.trigger))[0];
    if (host) {
      d.time = host.time;
      d.timeIndex = host.timeIndex;
    }
  }

  const events: EventCandidate[] = [];
  for (const d of merged) {
    // `im Rahmen des Besuchs`: a visit with neither visitor nor place only refers back
    if (d.type === 'visit' && !d.actors.length && d.location === null) continue;
    events.push(...expand(d, g, c, infos, input, evidence));
  }
  return events;
}


/** `and` with a descriptor between two names: `X and Uzbekistan's Y`, `X et le Y`, `X et l'ouzbek Y`, `X and Azerbaijani company Y`. */
const COORD_DESCRIBED = /^\s*(?:and|und|и|et|y|&)\s+(?:(?:the|der|die|das|le|la|les|el|los|las)\s+|l['’])?(?:[\p{L}-]+(?:['’]s)?\s+){0,3}$/iu;





/**
 * The agent of a trigger, by clause structure rather than distance: the coordinated names nearest
 * before the trigger in its clause (its subject), with partners after it (`gemeinsam mit X`,
 * `between X and Y`, `by X`); else the names after it in its clause (verb-second and verb-first
 * clauses: `Einen Vertrag unterzeichneten beide Seiten`, `выпустила «УзАвто Моторс»`); else the
 * subject that opens the sentence (`X, Uzbekistan's largest carmaker, produced …`). None else: the
 * discourse step then looks back for the salient organisation.
 */
function agentsOf(t: Trigger, g: Geometry, c: Compiled, pool: MentionInfo[]): MentionInfo[] {
  if (!pool.length) return [];
  // a language without partner words reads English's, as it reads English triggers when undetermined
  const partner = c.partnerEnd ?? compile('en').partnerEnd!;
  const placePartner = c.placePartnerEnd ?? compile('en').placePartnerEnd!;
  const sorted = [...pool].sort((a, b) => a.m.start - b.m.start);
  // `X and Y`, `X, Y`, `X - Y`, and `X and Uzbekistan's Y`, `X et le Y`, `X and Azerbaijani company Y`, `«X» и китайская Y`
  const joined = (a: MentionInfo, b: MentionInfo): boolean => {
    const between = unquoted(slice(g, a.m.end, b.m.start));
    if (listed(c, between)) return true;
    if (/^\s+[-–]\s+$/u.test(between)) return true;
    return COORD_DESCRIBED.test(between);
  };
  /**
   * A name with the names listed with it (`X and Y`, `X, Y und Z`); commas alone make no list
   * (`UzAuto, Uzbekistan's largest carmaker`), only before a closing `and`.
   */
  const group = (x: MentionInfo): MentionInfo[] => {
    const k = sorted.indexOf(x);
    const out = [x];
    for (let j = k - 1; j >= 0 && joined(sorted[j]!, out[0]!); j--) out.unshift(sorted[j]!);
    for (let j = k + 1; j < sorted.length && joined(out[out.length - 1]!, sorted[j]!); j++) out.push(sorted[j]!);
    const conj = out.slice(1).some((y, i) => !/^\s*,\s*$/u.test(slice(g, out[i]!.m.end, y.m.start)));
    return conj ? out : [x];
  };
  const [a, b] = clauseBounds(g, t.start);
  const [, b2] = clauseBounds(g, Math.max(t.start, t.end - 1));
  const inClause = sorted.filter((x) => x.m.start >= a && x.m.end <= b2);
  // names inside a phrase trigger (`the plant of X and Y is expected to be launched`) precede its verb
  const preceding = inClause.filter((x) => x.m.end <= t.start);
  const before = preceding.length ? preceding : inClause.filter((x) => x.m.start >= t.start && x.m.end <= t.end);
  const after = inClause.filter((x) => x.m.start >= t.end);
  // a relative or participial clause (`SamAuto, which builds…`, `…Saryarka, das 2025 … fertigte`,
  // `СамАвто, выпускающий…`): its agent is the name the clause hangs on
  const lead = slice(g, a, t.start);
  const relative = c.relative;
  const isRelative = a > g.base && ((relative?.test(lead) ?? false) || (!!c.participle && !/\p{L}/u.test(lead) && c.participle.test(t.text)));
  // (a partner before a verb-final trigger is no subject: `Kervan Lojistik, die im Januar mit Voltrak eine
  // Absichtserklärung unterzeichnet hat` is Kervan Lojistik's with Voltrak; not a passive agent, `die von X gebaut werden`)
  const asPartner = (x: MentionInfo): boolean => {
    const hit = partner!.exec(slice(g, Math.max(a, x.m.start - 40), x.m.start));
    return hit !== null && c.passiveAgent?.exec(hit[0])?.index !== 0;
  };
  if (isRelative && before.every(asPartner)) {
    const ante = sorted.filter((x) => x.m.end <= a);
    const passive = after.filter((x) => partner!.test(slice(g, Math.max(t.end, x.m.start - 40), x.m.start)) && /(?:^|\s)(?:by|von|durch|par|por)\s+(?:\S+\s+){0,3}$/iu.test(slice(g, t.end, x.m.start)));
    if (passive.length) return group(passive[0]!);
    // over an apposition that names the owners: `… (EKZ), coentreprise d'Alstom et de KTZ, qui emploie`,
    // `SamAuto, a subsidiary of Uzavtosanoat, which builds` → EKZ, SamAuto
    if (a > g.base) {
      const [pa] = clauseBounds(g, a - 1);
      const appo = slice(g, pa, a);
      const inAppo = ante.filter((x) => x.m.start >= pa);
      const owned = inAppo.length > 0 && /^[\s,]*\p{Ll}/u.test(appo) && /(?:^|[^\p{L}])(?:of|de|d['’]|du|des|von|der|del)\s*(?:the\s+|la\s+|le\s+|l['’])?$/iu.test(slice(g, inAppo[0]!.m.start - 12, inAppo[0]!.m.start));
      const head = ante.filter((x) => x.m.end <= pa);
      if (owned && head.length) return [...group(head[head.length - 1]!), ...before];
    }
    if (ante.length) return [...group(ante[ante.length - 1]!), ...before];
  }
  // `EKZ, a joint venture of Alstom and KTZ that employs …`: a relative pronoun right before the
  // trigger, in an apposition that names owners after its head noun, speaks of the name it describes
  if (!isRelative && before.length && a > g.base && c.relativeEnd?.test(lead) && /^[\s,]*\p{Ll}/u.test(lead)) {
    const owners = c.ownersOfEnd?.test(slice(g, before[0]!.m.start - 12, before[0]!.m.start)) ?? false;
    const head = sorted.filter((x) => x.m.end <= a);
    if (owners && head.length) return group(head[head.length - 1]!);
  }
  const partners = (): MentionInfo[] => {
    const out: MentionInfo[] = [];
    for (const x of after) {
      if (out.includes(x)) continue;
      // from the trigger's start: `cooperation between` carries its own preposition
      const place = x.m.type === 'GPE' || x.m.type === 'LOC';
      if ((place ? placePartner : partner).test(slice(g, Math.max(t.start, x.m.start - 40), x.m.start))) out.push(...group(x));
    }
    return out;
  };
  let agents: MentionInfo[] = [];
  let partnersOnly = false;
  if (before.length) {
    const last = before[before.length - 1]!;
    agents = [...group(last), ...partners()];
    // `UzAuto jointly with Azermash launched`, `X hat am Montag mit dem Hersteller Y einen Vertrag
    // unterzeichnet`, `X совместно с Y построила`: the subject before the partner too (not before a
    // passive agent: `von X`, `by X`)
    let k = before.indexOf(group(last)[0]!);
    // a short name in parentheses after the full one is the same partner (`mit der Gesellschaft Kazakhstan Temir Joly (KTZ)`)
    while (k > 0 && /^\s*\($/u.test(slice(g, before[k - 1]!.m.end, before[k]!.m.start))) k--;
    const gap = k > 0 ? slice(g, before[k - 1]!.m.end, before[k]!.m.start) : '';
    const withPartner = partner!.exec(gap);
    const comitative = withPartner !== null && !/[,;:]/u.test(gap) && c.passiveAgent?.exec(withPartner[0])?.index !== 0;
    if (k > 0 && (c.jointly?.test(gap) || comitative)) agents.push(...group(before[k - 1]!));
  } else if (after.length) {
    // English, French and Spanish name the agent before the verb; after it only as a partner or a
    // passive agent. German and Russian also put the subject after the verb.
    // (`Dafür investiert KazAgroMash gemeinsam mit MTZ …`: the subject after the verb and its partner)
    const p = partners();
    // (a place in the title before a person is the post's, not the subject: `Открыл производство
    // заместитель министра экономики Азербайджана Эльвин Керимов` is Kerimov)
    let head = after[0]!;
    const next = after[1];
    if ((head.m.type === 'GPE' || head.m.type === 'LOC') && next?.m.type === 'PER' && /^\s+$/u.test(slice(g, head.m.end, next.m.start)) && c.roleNoun.test(slice(g, t.end, head.m.start))) head = next;
    const subject = c.lex.subjectAfterVerb && !p.includes(head) ? group(head) : [];
    agents = p.length ? [...subject, ...p] : subject;
    partnersOnly = !subject.length && p.length > 0;
  }
  if ((!agents.length || partnersOnly) && !before.length) {
    // the subject over an apposition, with the partners after the verb (`X, con sede en Chemnitz,
    // construye junto con Y una planta`)
    // (not over a colon or a semicolon: `Le Kazakhstan sert de débouché : selon X, ses exportations …`; not
    // a place that qualifies a company noun: `Le plus grand constructeur d'Ouzbékistan, UzAuto Motors, a produit`)
    const first = sorted.find((x) => !((x.m.type === 'GPE' || x.m.type === 'LOC') && c.companyOfEnd.test(slice(g, x.m.start - 60, x.m.start)))) ?? sorted[0]!;
    if (first.m.end <= t.start && first.m.start < b && !/[;:]/u.test(slice(g, first.m.end, t.start))) agents = [...group(first), ...agents];
  }
  return [...new Set(agents)].sort((p, q) => p.m.start - q.m.start);
}

/**
 * The country an order is for: a country's name after the trigger in its clause, right after the
 * pack's `beneficiary` words (`for Uzbekistan`, `pour l'Ouzbékistan`, `für Usbekistan`); not a city
 * (`46 trams for Tashkent` are the city's network's) nor a possessive (`for Uzbekistan's railways`).
 */
function buyerOf(t: Trigger, g: Geometry, c: Compiled, infos: MentionInfo[]): MentionInfo | null {
  if (!c.beneficiaryEnd) return null;
  const [, b] = clauseBounds(g, Math.max(t.start, t.end - 1));
  return infos.find((x) => (x.m.type === 'GPE' || x.m.type === 'LOC') && x.m.start >= t.end && x.m.end <= b && x.role !== 'modifier' &&
    countryCodeOf(x.m.text) !== null && c.beneficiaryEnd!.test(slice(g, x.m.start - 12, x.m.start))) ?? null;
}

/**
 * The customer of an agreement's sentence that supplies goods (the pack's `supply` words): the first
 * organisation right after a `recipient` word, maybe over an article and a few describing words (`to
 * Uzbekistan's Chirchiq Avtobus`, `au transporteur géorgien Trans Caucasus Logistics`), in a clause with
 * a supply word; not one after a locative word among the describing ones (`to plants in X`).
 */
function recipientOf(g: Geometry, c: Compiled, infos: MentionInfo[]): MentionInfo | null {
  if (!c.supply || !c.recipientEnd) return null;
  const supplies = (x: MentionInfo): boolean => {
    const [a, b] = clauseBounds(g, x.m.start);
    c.supply!.lastIndex = 0;
    return c.supply!.test(slice(g, a, b));
  };
  const described = (x: MentionInfo): boolean => {
    const hit = c.recipientEnd!.exec(slice(g, Math.max(g.base, x.m.start - 60), x.m.start));
    return hit !== null && !c.locativeNear.test(hit[1] ?? '');
  };
  // (an organisation: a place after the word is where the goods go, `deliver trams to Tashkent`, `à la ville d'Erevan`)
  return [...infos].sort((a, b) => a.m.start - b.m.start).find((x) => x.m.type === 'ORG' && described(x) && supplies(x)) ?? null;
}

/** A country or city in subject or partner position (a LOC too: CoNLL-style models tag countries LOC). */
function isPlaceActor(x: MentionInfo): boolean {
  return (x.m.type === 'GPE' || x.m.type === 'LOC') && x.role === 'actor';
}

/**
 * A speaker's organisation counts only where the text makes it theirs (the pack's `ownOrgBefore`):
 * `press secretary of X`, `directeur général d'X`, `Sprecherin der X`, `пресс-секретарь АО «X»` (a
 * genitive), or a possessive before the title (`ownOrgAfter`: `X's chief executive`); not
 * a name that only modifies the title (`Azermash Chairman Emin Akhundov`).
 */
function speakers(g: Geometry, c: Compiled, t: Trigger, infos: MentionInfo[]): number[] {
  const ownOrg = (x: MentionInfo): boolean =>
    describedFrom(slice(g, x.m.start - 40, x.m.start)).some((before) => c.ownOrgEnd?.test(before) ?? false) ||
    (c.ownOrgStart?.test(slice(g, x.m.end, x.m.end + 40)) ?? false);
  const [a, b] = clauseBounds(g, t.start);
  const named = (x: MentionInfo): boolean => (x.m.type === 'PER' || x.m.type === 'ORG') && !x.productOrg;
  const before = infos.filter((x) => named(x) && x.m.start >= a && x.m.end <= t.start);
  if (before.some((x) => x.m.type === 'PER')) {
    return before.filter((x) => x.m.type === 'PER' || ownOrg(x)).map((x) => x.index);
  }
  if (before.length) return before.map((x) => x.index);
  // `X, who visited the plant, said`, `X, press secretary of Y, told reporters`: over a relative
  // clause or an apposition (a clause opening in lower case), the person who ends the clause before
  if (!/\p{L}/u.test(slice(g, a, t.start)) && a > g.base) {
    const [pa] = clauseBounds(g, a - 1);
    const appo = slice(g, pa, a - 1);
    // `Le président de l'Ouzbékistan, Chavkat Mirzioïev, avait demandé`, `El director gerente de X, Thomas Brandt,
    // anunció`, `Alstom's managing director for the region, Thomas Girard, said`: a person's name alone between
    // commas is the apposition of the title before it, and the subject; the organisation the title makes
    // theirs (`of X`, `X's`) speaks with them; after a clause that is no title, no organisation does
    const titleOwner = (from: number): MentionInfo[] => {
      if (from <= g.base) return [];
      const [qa] = clauseBounds(g, from - 1);
      if (!c.roleNoun.test(slice(g, qa, from - 1))) return [];
      return infos.filter((x) => x.m.type === 'ORG' && !x.productOrg && x.m.start >= qa && x.m.end <= from - 1 && ownOrg(x)).slice(-1);
    };
    const alone = infos.find((x) => x.m.type === 'PER' && x.m.start >= pa && x.m.end <= a - 1 && !/\p{L}/u.test(slice(g, pa, x.m.start) + slice(g, x.m.end, a - 1)));
    if (alone && pa > g.base) return [alone, ...titleOwner(pa)].map((x) => x.index);
    // (an apposition opens in lower case, or with the organisation whose post follows: `X, Egecell's chief executive, told`)
    const ownerFirst = infos.some((x) => x.m.type === 'ORG' && !x.productOrg && x.m.start >= pa && x.m.end <= a && !/\p{L}/u.test(slice(g, pa, x.m.start)) && (c.ownOrgStart?.test(slice(g, x.m.end, x.m.end + 40)) ?? false));
    if (pa > g.base && (/^\s*\p{Ll}/u.test(appo) || ownerFirst)) {
      const [qa] = clauseBounds(g, pa - 1);
      const head = infos.filter((x) => x.m.type === 'PER' && x.m.start >= qa && x.m.end <= pa - 1 && !/\p{L}/u.test(slice(g, x.m.end, pa - 1)));
      if (head.length) {
        const own = infos.filter((x) => x.m.type === 'ORG' && !x.productOrg && x.m.start >= pa && x.m.end <= a && ownOrg(x)).slice(-1);
        // (`Le directeur de SamAuto, Alicher Ioussoupov, nommé à ce poste le 2 mars, a indiqué`: a name
        // alone in its clause takes the organisation of the title before it)
        const titled = !own.length && !/\p{L}/u.test(slice(g, qa, head[0]!.m.start)) ? titleOwner(qa) : [];
        return [head[0]!, ...own, ...titled].map((x) => x.index);
      }
    }
  }
  // verb-first: `sprach Shavkat Mirziyoyev über…`, `said the minister X`, `сообщила в Ташкенте
  // пресс-секретарь АО «Узавтосаноат» Зумрад Шаджалилова`, and over the comma of an apposition:
  // `a déclaré le directeur général d'Alstom pour la région, Thomas Girard, lors de …`
  // quotes around a name (`АО «Узавтосаноат» Зумрад …`) do not end the attribution; a comma does
  const stop = slice(g, t.end, g.base + g.text.length).search(/[,;:()\n]|\s[-–—]\s/u);
  const end = stop < 0 ? g.base + g.text.length : t.end + stop;
  // (counted from the medium told, when one follows the verb: `сообщил в четверг агентству Trend председатель правления «Азермаша» Эмин Ахундов`)
  const medium = infos.find((x) => x.m.type === 'ORG' && x.m.start >= t.end && x.m.start - t.end <= 40 && (c.tellEnd?.test(slice(g, t.start, x.m.start)) ?? false));
  const from = medium ? medium.m.end : t.end;
  // (and the name from the organisation a long title makes theirs: `сообщил генеральный директор
  // экспедиторской компании Caspian Auto Logistics Эльчин Мамедов`)
  const titled = infos.find((x) => x.m.type === 'ORG' && !x.productOrg && x.m.start >= from && x.m.start - from <= 60 && ownOrg(x));
  const reach = (x: MentionInfo): number => (titled && x.m.start >= titled.m.end ? titled.m.end : from);
  const after = infos.filter((x) => named(x) && x.m.start >= t.end && x.m.end <= Math.max(b, end) && x.m.start - reach(x) <= 60);
  const people = after.filter((x) => x.m.type === 'PER');
  if (people.length) {
    // the person and the organisation named as theirs just before (`press secretary of X, Y`) or in
    // an apposition after (`said Anna Lee, press secretary of X`)
    // (a name that only modifies the post is no affiliation the text states: `said Stadler chief
    // executive X` is X alone, `press secretary of X, Y` is Y and X)
    const org = after.filter((x) => x.m.type === 'ORG' && x.m.end <= people[0]!.m.start && ownOrg(x));
    const person = people[0]!;
    const [, b2] = clauseBounds(g, person.m.end + 1);
    const own = infos.filter((x) => x.m.type === 'ORG' && !x.productOrg && x.m.start > person.m.end && x.m.end <= b2 && ownOrg(x));
    // (an apposition opens in lower case, with the post itself where nouns are capitalised: `Y, Pressesprecherin der X`,
    // or with the organisation whose post follows: `Y, Ordabasy's chief executive`)
    const opensApposition =
      /^\s*,\s*\p{Ll}/u.test(slice(g, person.m.end, person.m.end + 4)) ||
      c.postAfterComma.test(slice(g, person.m.end, person.m.end + 60)) ||
      (own.length > 0 && /^\s*,\s*$/u.test(slice(g, person.m.end, own[0]!.m.start)));
    if (!org.length && opensApposition) return [person, ...own.slice(0, 1)].map((x) => x.index);
    return [...org.slice(-1), person].map((x) => x.index);
  }
  if (end < g.base + g.text.length && /^,\s*$/u.test(slice(g, end, end + 2)) && end - t.end <= 60) {
    const [, b2] = clauseBounds(g, end + 1);
    const appo = infos.filter((x) => x.m.type === 'PER' && x.m.start > end && x.m.end <= b2);
    const org = after.filter((x) => x.m.type === 'ORG');
    if (appo.length === 1) return [...org.slice(-1), appo[0]!].map((x) => x.index);
    // `informó este jueves su holding matriz, Uzavtosanoat`: an organisation alone in the apposition of a verb-first subject
    const named = infos.filter((x) => x.m.type === 'ORG' && !x.productOrg && x.m.start > end && x.m.end <= b2);
    if (!appo.length && !after.length && named.length === 1 && !/\p{L}/u.test(slice(g, end, named[0]!.m.start) + slice(g, named[0]!.m.end, b2))) return [named[0]!.index];
  }
  return after.slice(0, 2).map((x) => x.index);
}

/**
 * The organisation a speaker's post points back to, where the speaker's names give none: a possessive
 * (`its general director, X, said`, `su presidente, X, subrayó`, `X, its chief executive, said`) or a
 * company or plant noun (`сообщил председатель правления компании X`, `директор завода X`) in the post
 * beside the person. It is the first organisation named before the post in the sentence (its subject);
 * a possessive that opens the sentence points to the name that opens the sentence before (as the
 * discourse step's `possessive` rule). Not a speaker of its own: it may act in the sentence's facts.
 */
function postOwner(g: Geometry, c: Compiled, sp: number[], infos: MentionInfo[], input: EventsInput): number[] {
  const named = sp.map((i) => infos.find((x) => x.index === i));
  const person = named.find((x) => x?.m.type === 'PER');
  if (!person || named.some((x) => x?.m.type === 'ORG')) return [];
  const [a, b] = clauseBounds(g, person.m.start);
  const lead = slice(g, a, person.m.start);
  // the post: before the name in its clause; else, for a name alone in its clause, the clause before or after it
  const posts: Array<[number, string]> = [];
  if (/\p{L}/u.test(lead)) posts.push([a, lead]);
  else if (!/\p{L}/u.test(slice(g, person.m.end, b))) {
    if (a > g.base) posts.push([clauseBounds(g, a - 1)[0], slice(g, clauseBounds(g, a - 1)[0], a - 1)]);
    if (b < g.base + g.text.length) posts.push([b + 1, slice(g, b + 1, clauseBounds(g, b + 1)[1])]);
  }
  for (const [from, text] of posts) {
    // where the post starts (a clause of its own holds the post alone: not `who was appointed its general director`)
    const start = (re: RegExp | null): number | null => {
      const hit = re?.exec(text);
      return hit && (from === a || !/\p{L}/u.test(text.slice(0, hit.index))) ? from + hit.index : null;
    };
    const possessive = start(c.possessedPostEnd);
    const at = possessive ?? start(c.companyPostEnd);
    if (at === null) continue;
    const owner = infos.find((x) => x.m.type === 'ORG' && !x.productOrg && x.m.end <= at && !(c.tellEnd?.test(leadIn(g, c, x)) ?? false));
    if (owner) return [owner.index];
    if (possessive === null || /\p{L}/u.test(slice(g, g.base, at))) return [];
    const prev = input.sentences.findLast((x) => x.end <= g.base);
    const opener = prev ? openingName(input, prev) : null;
    return opener !== null && input.mentions[opener]!.type === 'ORG' ? [opener] : [];
  }
  return [];
}

/**
 * The speaker a title stands for (`Die Staatssekretärin, die …, sprach`, `The minister said`,
 * `Министр заявил`): the subject of the trigger's clause (or of the clause before a relative clause)
 * is a title alone, and the person named last before the sentence carried the same title.
 */
function roleAnaphor(g: Geometry, c: Compiled, t: Trigger, input: EventsInput): number | null {
  const [a] = clauseBounds(g, t.start);
  let subject = slice(g, a, t.start);
  if (!/\p{L}/u.test(subject) && a > g.base) {
    // over a relative clause: `Die Staatssekretärin, die …, sprach`, also one with an inserted phrase
    // (`Статс-секретарь, которая, несмотря на …, не состоит …, назвала`)
    let [pa] = clauseBounds(g, a - 1);
    let relative = pa > g.base && /^\s*\p{Ll}/u.test(slice(g, pa, a - 1));
    for (let hops = 0; relative && hops < 2; hops++) {
      const [qa] = clauseBounds(g, pa - 1);
      if (qa <= g.base || !/^\s*\p{Ll}/u.test(slice(g, qa, pa - 1))) break;
      pa = qa;
    }
    subject = relative ? slice(g, clauseBounds(g, pa - 1)[0], pa - 1) : '';
  }
  // (with its portfolio: `La secretaria de Estado, que …, habló`, `The Minister of Economy said`)
  const title = /^\s*(?:[\p{L}-]+\s+)?([\p{L}-]+)(?:\s+(?:of|for|de|del|du|für)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*$/u.exec(subject)?.[1];
  if (!title || !new RegExp(`^(?:${c.roleNoun.source})$`, 'iu').test(title)) return null;
  // (a hyphenated title compares whole: `статс-секретарь`, not `пресс-секретарь`)
  const stem = title.toLowerCase().replace(/-/gu, '').slice(0, 6);
  let found: number | null = null;
  input.mentions.forEach((m, i) => {
    if (m.type !== 'PER' || m.end > g.base) return;
    const before = input.text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
    // a short title (`мэр`, `CEO`) only as a whole word
    if (before.split(/[^\p{L}-]+/u).map((w) => w.replace(/-/gu, '')).some((w) => (w.length >= 4 || w === stem) && w.slice(0, 6) === stem)) found = i;
  });
  return found;
}

/**
 * The speaker a pronoun right after the verb of saying stands for (`…, a-t-elle précisé`, `explicó ella
 * misma`; pack field `pronounAfterSaying`): the person named last, in this sentence before the verb or in
 * the sentence before.
 */
function pronounSpeaker(g: Geometry, c: Compiled, t: Trigger, input: EventsInput): number | null {
  if (!c.pronounAfterSaying?.test(input.text.slice(Math.max(g.base, t.start - 12), t.end + 20))) return null;
  const prev = input.sentences.findLast((x) => x.end <= g.base);
  const from = prev?.start ?? g.base;
  let found: number | null = null;
  input.mentions.forEach((m, i) => {
    if (m.type === 'PER' && m.start >= from && m.end <= t.start) found = i;
  });
  return found;
}

/**
 * The statement of a sentence: the first saying whose speakers name a person (the articles' convention: a
 * statement needs a named person who speaks; `…, Kuzey Holding said in a filing` reports the fact, no statement;
 * the organisation still stands for a pronoun of the reported clause, see `speakingOrgs`).
 */
function pickStatement(ts: Trigger[], speakerOf: Map<Trigger, number[]>, byIndex: Map<number, MentionInfo>): Trigger | null {
  return ts.find((t) => (speakerOf.get(t) ?? []).some((i) => byIndex.get(i)?.m.type === 'PER')) ?? null;
}

function baseDraft(
  t: Trigger,
  g: Geometry,
  c: Compiled,
  infos: MentionInfo[],
  figures: Array<[number, NumberFact]>,
  input: EventsInput,
  actors: number[],
): Draft {
  // location: the nearest place where the fact happens (a visit's destination counts)
  // (a statement is placed where it was said, in its own clause: a place in the quote is what was said)
  // (or in a clause after it that opens with the place's preposition, over the speaker's apposition:
  // `sagte X, Sprecherin der Y, vor Journalisten in Taschkent`, `teilte …, X, in Taschkent mit`)
  // (an appointment is placed in its own clause: a place in an apposition on the person's former post is
  // theirs, `nombró … a X, hasta entonces responsable de ventas en Rusia`, `назначен X, ранее руководивший … в Синьцзяне`)
  const said = (x: MentionInfo) =>
    (t.type !== 'statement' && t.type !== 'appointment') || clauseOf(g, x.m.start) === clauseOf(g, t.start) ||
    (t.type === 'statement' && x.m.start > t.end && !QUOTE.test(slice(g, t.end, x.m.start)) && c.placeClauseOpening.test(slice(g, clauseBounds(g, x.m.start)[0], x.m.start)));
  const candidates = infos.filter(
    (x) => said(x) && (x.role === 'locative' || (t.type === 'visit' && x.role === 'directional') || ((t.type === 'export' || t.type === 'sales') && x.role === 'source')),
  );
  // a region that only places the place before it is no site of its own: `in Karshi, in the
  // Kashkadarya region`, `in Asaka in the Andijan region`, `In Karschi in der Region Kaschkadarja`,
  // `in Qarshi, in Uzbekistan's Qashqadaryo region`: the site is the most specific place
  const places = candidates.filter((x) => !candidates.some((y) => y.m.end <= x.m.start && x.m.start - y.m.end <= 40 && c.qualifierBetween.test(slice(g, y.m.end, x.m.start))));
  let location = nearest(t, places, g)?.index ?? null;
  // a speaker whose post is the head of a place speaks for it (`президент Узбекистана X`, `der
  // Chokim der Syrdarya-Region X`, `Uzbekistan's President X`, `le gouverneur de Navoï X`)
  if (location === null && t.type === 'statement') location = postPlace(actors, infos, c, input);
  if (t.rule.role === 'attendance') {
    // (the places around a cue of presence name the official's post or the occasion, not where it was: the
    // occasion's own fact gives it, see the discourse's `occasion`)
    location = null;
  } else if (t.type === 'visit') {
    // the place visited follows the visit: `visit of X to Uzbekistan … in Andijan`, `besuchte Karshi`
    const later = (role: PlaceRole): MentionInfo[] => infos.filter((x) => x.role === role && x.m.start >= t.end);
    location =
      nearest(t, later('locative'), g)?.index ??
      nearest(t, later('directional'), g)?.index ??
      location ??
      nearest(t, infos.filter((x) => (x.m.type === 'GPE' || x.m.type === 'LOC') && x.role === 'actor'), g)?.index ??
      null;
  }

  // time: the nearest date or year of the sentence
  let time: string | null = null;
  let timeIndex: number | null = null;
  let bestD = Infinity;
  for (const [i, n] of figures) {
    if (figureUse(n) !== 'time') continue;
    if (c.comparisonEnd?.test(slice(g, n.start - 20, n.start))) continue; // `8 Prozent weniger als 2022`
    const v = timeOf(n);
    if (!v) continue;
    // a statement is dated by a day or month in its own clause (`said on March 2`); a year in the
    // sentence dates the facts it reports, not the saying
    if (t.type === 'statement' && (/^\d{4}$/u.test(v) || clauseOf(g, n.start) !== clauseOf(g, t.start))) continue;
    if (t.type !== 'statement' && timeFrameOf(g, c, n.start) !== timeFrameOf(g, c, t.start)) continue;
    if (t.type === 'jobs' && !datesHeadcount(g, c, t, n, input)) continue;
    // a deadline in an agreement's sentence (`signed … to deliver 120 locomotives by 2029`) dates what
    // it provides for, not the signing
    if (t.type === 'agreement' && (c.deadlineBefore?.test(slice(g, n.start - 12, n.start)) ?? false)) continue;
    // (a date before a coordinator dates the verb phrase it ends, not the trigger after it: `Construction begins in
    // the first quarter and production is due to start in the second half of 2027`)
    const coordinated = n.end <= t.start && c.coordinated.test(slice(g, n.end, t.start));
    const d = distance(t, n) + (clauseOf(g, n.start) === clauseOf(g, t.start) ? 0 : 200) + (coordinated ? 100 : 0);
    if (d < bestD) {
      bestD = d;
      time = v;
      timeIndex = i;
    }
  }

  // product: a product name, else a brand, else a common noun
  let product: number | null = null;
  let noun: ProductNoun | null = null;
  if (PRODUCT_TYPES.has(t.type)) {
    const named = infos.filter((x) => x.m.type === 'PRODUCT');
    const brands = infos.filter((x) => x.productOrg);
    product = (nearest(t, named, g) ?? nearest(t, brands, g))?.index ?? null;
    if (product === null) noun = productNoun(t, g, c);
  }

  if (time !== null && timeIndex !== null && t.type !== 'statement') time = yearOfUnwritten(time, input.numbers[timeIndex]!, g, c, t, input);

  // modality from cues: negation near the trigger; hearsay anywhere in the sentence or an epistemic
  // modal in the trigger's scope (hedged); a plan, target, forecast, intention or future (planned)
  let modality: EventModality = 'actual';
  let modal = false;
  const cue = t.type !== 'statement' ? planCue(g, c, t) : null;
  c.reported.lastIndex = 0;
  if (isNegated(g, c, t)) modality = 'negated';
  else if (c.reported.test(g.text)) modality = 'hedged';
  else if (t.type !== 'statement' && (c.hedge?.test(modalScope(g, c, t, figures.map(([, n]) => n))) ?? false)) {
    modality = 'hedged';
    modal = true;
  } else if (t.type !== 'statement' && (cue !== null || (sameClause(g, t, timeIndex, input) && after(time, referenceOf(input))))) modality = 'planned';

  return {
    type: t.type,
    trigger: t,
    actors,
    location,
    product,
    noun,
    paragraphProduct: product === null && (noun === null || noun.counter) ? paragraphProduct(t, g, c, input) : null,
    kindBefore: c.vehicle === null ? null : only(kindsBefore(t, c, input)),
    quantity: null,
    quantityIndex: null,
    money: null,
    moneyIndex: null,
    time,
    timeIndex,
    modality,
    modal,
    tenseOnly: modality === 'planned' && cue === 'tense',
  };
}

const SITE_TYPES = new Set<EventType>(['production', 'production_target', 'plant_launch', 'plant_construction', 'investment', 'jobs', 'export', 'sales']);
const PRODUCT_TYPES = new Set<EventType>(['production', 'production_target', 'export', 'sales', 'plant_launch', 'trade']);

function nearest(t: { start: number; end: number }, xs: MentionInfo[], g: Geometry): MentionInfo | null {
  let best: MentionInfo | null = null;
  let bestD = Infinity;
  for (const x of xs) {
    const d = distance(t, x.m) + (clauseOf(g, x.m.start) === clauseOf(g, t.start) ? 0 : 50);
    if (d < bestD) {
      bestD = d;
      best = x;
    }
  }
  return best;
}

/**
 * The place a speaker's post is named after, in the title right before their name: a post, up to two
 * short function words (`of the`, `der`, `de l'`) and the place (`президент Узбекистана X`,
 * `Chokim der Syrdarya-Region X`), or the place's possessive and the post (`Uzbekistan's President X`).
 * A longer title (`Ambassador … of Japan to Azerbaijan X`) names no place of the speaker's.
 */
function postPlace(actors: number[], infos: MentionInfo[], c: Compiled, input: EventsInput): number | null {
  for (const a of actors) {
    const p = input.mentions[a];
    if (p?.type !== 'PER') continue;
    for (const x of infos) {
      if ((x.m.type !== 'GPE' && x.m.type !== 'LOC') || x.m.end > p.start || p.start - x.m.end > 40) continue;
      const tail = input.text.slice(x.m.end, p.start);
      if (!c.postAfterPlace.test(tail)) continue;
      if (/^['’]/u.test(tail) || c.postBeforePlace.test(input.text.slice(Math.max(0, x.m.start - 60), x.m.start))) return x.index;
    }
  }
  return null;
}

/** A product noun of the pack: its label (the unit) and its name in the language (the event's product). */
interface ProductNoun {
  label: string;
  text: string;
  /** A counter (`units`, `Einheiten`, `машин`): it names no product of its own. */
  counter?: true;
}

/** The product noun nearest the trigger; a counter (`units`, `Einheiten`) only where no other product noun is near. */
function productNoun(t: Trigger, g: Geometry, c: Compiled): ProductNoun | null {
  const best: Array<{ noun: ProductNoun | null; d: number }> = [{ noun: null, d: Infinity }, { noun: null, d: Infinity }];
  for (const { re, label, text } of c.products) {
    re.lastIndex = 0;
    for (const m of g.text.matchAll(re)) {
      const x = { start: g.base + (m.index ?? 0), end: g.base + (m.index ?? 0) + m[0].length };
      const d = distance(t, x);
      const counter = isCounter(c, m[0]);
      const slot = best[counter ? 1 : 0]!;
      if (d < slot.d && d <= 80) {
        slot.d = d;
        slot.noun = counter ? { label, text, counter } : { label, text };
      }
    }
  }
  return best[0]!.noun ?? best[1]!.noun;
}

/**
 * What the paragraph is about where the trigger names no product of its own: the one kind of product
 * its paragraph names before the trigger (`Мощность … 600 электробусов в год. В текущем году здесь
 * планируют собрать 220 машин`; `15.900 camiones y 5.560 autobuses … 6.300 unidades` names two: vehicles),
 * else the kind a later figure of its sentence counts (`las primeras 12 unidades …; las otras 28
 * locomotoras`; not a noun without a figure: `15.160 unidades, de las que casi dos tercios fueron
 * camiones` counts vehicles). A counter counts it.
 */
function paragraphProduct(t: Trigger, g: Geometry, c: Compiled, input: EventsInput): string | null {
  const kinds = kindsBefore(t, c, input);
  if (kinds.size) return only(kinds);
  const end = g.base + g.text.length;
  const later = input.numbers.filter((n) => n.start >= t.end && n.end <= end && n.kind !== 'percent' && !isCounter(c, n.text)).sort((x, y) => x.start - y.start);
  for (const n of later) {
    const noun = productIn(c, n.text);
    if (noun) return noun.label;
  }
  return null;
}

/** The kinds of product (labels) the trigger's paragraph names before it in other words than counters. */
function kindsBefore(t: Trigger, c: Compiled, input: EventsInput): Set<string> {
  const start = input.text.lastIndexOf('\n', t.start - 1) + 1;
  const before = input.text.slice(start, t.start);
  return new Set(c.products.flatMap(({ re, label }) => ((re.lastIndex = 0), [...before.matchAll(re)].some((m) => !isCounter(c, m[0])) ? [label] : [])));
}

/** The one member of a set; null where it has none or several. */
const only = <T>(xs: ReadonlySet<T>): T | null => (xs.size === 1 ? [...xs][0]! : null);

/** The first product noun of the pack (in the pack's order) that a text holds. */
function productIn(c: Compiled, text: string): ProductNoun | null {
  const hit = c.products.find(({ re }) => ((re.lastIndex = 0), re.test(text)));
  return hit ? { label: hit.label, text: hit.text } : null;
}

/** Whether a text holds one of the pack's counters (`150 Einheiten`, `units`). */
const isCounter = (c: Compiled, text: string): boolean => c.counter?.test(text) ?? false;

/**
 * The product a figure counts in its own words (`1.200 Mähdrescher und 800 Traktoren`: each its own;
 * `3 200 автобусов, из которых 1 100`: the part counts what the whole does).
 */
function countedProduct(n: NumberFact, g: Geometry, c: Compiled, input: EventsInput): ProductNoun | null {
  const text = wholeOf(n, g, c, input)?.text ?? n.text;
  // (a counter names nothing: `150 Einheiten` counts what the fact's product noun names)
  if (isCounter(c, text)) return null;
  return productIn(c, text);
}

/**
 * Whether a time dates a headcount: only a time in the clause of the headcount's own figure, with no
 * coordinator between them (`bis Ende 2028 sollen es 650 sein`, `grow to 2,000 by 2029`); a time of
 * another clause or verb phrase dates another fact (`a year from 2028, creating about 650 jobs`,
 * `d'ici 2028 et permettre la création de 150 emplois`, `das 2.650 Mitarbeiter beschäftigt, sank 2025`).
 */
function datesHeadcount(g: Geometry, c: Compiled, t: Trigger, time: NumberFact, input: EventsInput): boolean {
  const figure = t.numbers.map((i) => input.numbers[i]!).find((n) => figureUse(n) !== 'none') ?? t;
  if (clauseOf(g, time.start) !== clauseOf(g, figure.start)) return false;
  const between = time.start < figure.start ? slice(g, time.end, figure.start) : slice(g, figure.end, time.start);
  return !c.coordinated.test(between);
}

/** Whether the figure the time was read from stands in the trigger's clause. */
function sameClause(g: Geometry, t: Trigger, index: number | null, input: EventsInput): boolean {
  const n = index === null ? undefined : input.numbers[index];
  if (!n) return false;
  const k = clauseOf(g, n.start);
  return k === clauseOf(g, t.start) || k === clauseOf(g, Math.max(t.start, t.end - 1));
}

/** The full reference date of an article: the dateline's, else the publication's. */
function referenceOf(input: EventsInput): string | null {
  return referenceDay(input.referenceDate, input.publishedAt);
}

function after(time: string | null, publishedAt: string | null | undefined): boolean {
  if (!time || !publishedAt) return false;
  const start = time.split('/')[0]!;
  const pub = publishedAt.slice(0, start.length);
  return start.length >= 4 && pub.length === start.length && start > pub;
}

/** One event per figure or per listed product. */
function expand(d: Draft, g: Geometry, c: Compiled, infos: MentionInfo[], input: EventsInput, evidence: Span): EventCandidate[] {
  const nums = d.trigger.numbers.map((i) => [i, input.numbers[i]!] as const).sort((a, b) => a[1].start - b[1].start);
  const money = nums.filter(([, n]) => figureUse(n) === 'money');
  let qty = nums.filter(([, n]) => ['quantity', 'job', 'people'].includes(figureUse(n)));
  // `rose 20% to 1.2 million`, `541.000 Fahrzeuge, 3,6 Prozent mehr`, `car output rises 18%`: a change
  // rate is an attribute of the fact (change_pct), never its quantity
  const isChange = (n: NumberFact) => n.kind === 'percent' && (CHANGE_BEFORE.test(slice(g, n.start - 25, n.start)) || CHANGE_AFTER.test(slice(g, n.end, n.end + 15)));
  const change = qty.find(([, n]) => isChange(n));
  if (change) {
    d.changePct = change[1].value;
    d.changeIndex = change[0];
  }
  qty = qty.filter(([, n]) => !isChange(n));
  // a later bare count of a headcount counts what the headcount does (`310 Menschen, … sollen es 650 sein`)
  if (d.type === 'jobs') {
    qty = qty.map(([i, n]) => {
      const before = repeatedHeadcount(n, qty);
      return [i, before ? { ...n, unit: before.unit } : n] as const;
    });
  }
  // `raise its capacity from 40 to 60 locomotives a year`: a bare starting figure of a change is its
  // baseline, not a fact of its own (one with its own noun is: `von derzeit 300.000 Einheiten auf 500.000`)
  if (qty.some(([, n]) => isTargetFigure(n, g, c))) qty = qty.filter(([, n]) => /\p{L}/u.test(n.text) || !c.fromEnd.test(slice(g, n.start - 25, n.start)));
  // `sold 61,500 vehicles, or 33 percent of the market`: a share beside an absolute figure is that
  // figure's share_pct; a share alone (a stake, a market share) is what the fact measures
  if (qty.some(([, n]) => n.kind !== 'percent') && d.trigger.rule.role !== 'stake') {
    const share = qty.find(([, n]) => n.kind === 'percent');
    if (share) {
      d.sharePct = share[1].value;
      d.shareIndex = share[0];
    }
    qty = qty.filter(([, n]) => n.kind !== 'percent');
  }
  if (money.length) {
    d.money = money[0]![1];
    d.moneyIndex = money[0]![0];
  }
  const variants: Draft[] = [];
  if (qty.length <= 1) {
    if (qty.length) {
      d.quantity = partOf(qty[0]![1], g, c, input);
      d.quantityIndex = qty[0]![0];
      const holder = d.trigger.rule.role === 'stake' ? namedHolder(d.trigger, qty[0]![1], g, c, infos) : null;
      if (holder) d.actors = [holder.index];
      if (d.modality === 'actual' && isTargetFigure(qty[0]![1], g, c)) d.modality = 'planned';
      // a figure in a coordinated verb phrase of its own (`produced … and plans 15,000`) is planned
      if (d.modality === 'actual' && frameOf(g, c, qty[0]![1].start) > frameOf(g, c, d.trigger.start)) d.modality = 'planned';
    }
    variants.push(d);
  } else {
    const hasTo = qty.some(([, n]) => isTargetFigure(n, g, c));
    for (const [i, n] of qty) {
      const v: Draft = { ...d, quantity: partOf(n, g, c, input), quantityIndex: i };
      if (hasTo && c.increase.test(g.text)) {
        if (isTargetFigure(n, g, c)) v.modality = d.modality === 'actual' ? 'planned' : d.modality;
        else if (c.fromEnd.test(slice(g, n.start - 25, n.start)) && d.modality === 'planned') v.modality = 'actual';
      }
      if (v.modality === 'actual' && frameOf(g, c, n.start) > frameOf(g, c, d.trigger.start)) v.modality = 'planned';
      // (a figure its own words mark as planned: `built 2,140 wagons, but well short of the 3,200 it had planned`,
      // `liefen 2.310 E-Lkw vom Band – angepeilt waren allerdings 2.800 Fahrzeuge`)
      if (v.modality === 'actual' && isPlannedFigure(n, g, c)) v.modality = 'planned';
      if (d.trigger.rule.role === 'stake') {
        // (a name right after the figure is the company the stake is of, no holder: `принадлежит 51% ХАЗ`, `owns 51% of X`)
        const heldCompany = (x: MentionInfo): boolean => x.m.start >= n.end && c.stakeOfGap.test(slice(g, n.end, x.m.start));
        const who = namedHolder(d.trigger, n, g, c, infos) ?? nearest(n, infos.filter((x) => isHolder(x) && !heldCompany(x)), g);
        v.actors = who ? [who.index] : [];
      }
      // each figure is dated by the time in its own clause (`Our target for this year is 14,500
      // units, and from 2027 the plant will work at its capacity of 30,000`): none there, none here
      // (a relative year of its clause is read later, ./discourse.ts)
      if (d.trigger.rule.role !== 'stake') {
        const k = clauseOf(g, n.start);
        // a figure in a coordinated frame takes that frame's date across its commas (`…, et à partir de
        // 2027, l'usine fonctionnera à sa capacité de 30 000 voitures par an`)
        const ownFrame = frameOf(g, c, n.start) > 0;
        let best: [number, NumberFact] | null = null;
        for (const [j, f] of input.numbers.entries()) {
          if ((f.kind !== 'year' && f.kind !== 'date') || f.start < g.base || f.end > g.base + g.text.length || (clauseOf(g, f.start) !== k && !ownFrame)) continue;
          if (frameOf(g, c, f.start) !== frameOf(g, c, n.start)) continue;
          if (c.comparisonEnd?.test(slice(g, f.start - 20, f.start)) || !timeOf(f)) continue;
          if (!best || distance(n, f) < distance(n, best[1])) best = [j, f];
        }
        // (a time opening the sentence before its trigger dates every figure after it: `En el cuarto
        // trimestre del año pasado, CAF entregó 212 coches … y 35 tranvías`, `In the first quarter, X
        // shipped 400 cars and 120 trucks`)
        const fronted = best === null && openingTime(d, n, g, c, input);
        const own = best ? timeOf(best[1]) : null;
        v.time = best && own !== null ? yearOfUnwritten(own, best[1], g, c, d.trigger, input) : fronted ? d.time : null;
        v.timeIndex = best ? best[0] : fronted ? d.timeIndex : null;
      }
      variants.push(v);
    }
  }

  // a coordinated list of product names, with no figure: one event per product
  const out: Draft[] = [];
  for (const v of variants) {
    const listed = v.quantity === null && PRODUCT_TYPES.has(v.type) ? productList(v, g, c, infos) : [];
    if (listed.length >= 2) {
      for (const p of listed) {
        const w: Draft = { ...v, product: p.index, noun: null };
        if (!w.actors.length && p.productOrg) w.actors = [p.index];
        out.push(w);
      }
    } else {
      const models = v.quantity !== null && v.product !== null ? productList(v, g, c, infos) : [];
      const each: Draft[] = [];
      if (models.length >= 2) {
        // a total over listed models is about the common noun (`6,000 vehicles such as Runna, Samand…`),
        // and each model listed is made too: one event per model, without the total's figures
        v.product = null;
        v.noun = productNoun(v.trigger, g, c) ?? (v.quantity!.unit === 'car' ? { label: 'cars', text: 'cars' } : null);
        // (models named in the figure itself: `1,140 Chevrolet Cobalt and Chevrolet Onix cars`, not examples after it)
        const q = v.quantity!;
        const inFigure = models[0]!.m.start >= q.start && models[0]!.m.start - q.start <= q.text.length + 2;
        for (const p of inFigure ? models : []) {
          each.push({ ...v, product: p.index, noun: null, quantity: null, quantityIndex: null, money: null, moneyIndex: null, changePct: null, changeIndex: null, sharePct: null, shareIndex: null, tenseOnly: false });
        }
      }
      // a figure that names what it counts (`1.200 Mähdrescher und 800 Traktoren`) gives the product,
      // over a brand named elsewhere in the sentence unless it counts cars (`2,700 units of Chevrolet cars`)
      const idx = v.quantityIndex;
      const counted = idx !== null && PRODUCT_TYPES.has(v.type) ? countedProduct(input.numbers[idx]!, g, c, input) : null;
      if (counted && (v.product === null || counted.label !== 'cars')) {
        v.product = null;
        v.noun = counted;
      }
      if (!v.actors.length && v.product !== null && byIdx(infos, v.product)?.productOrg) v.actors = [v.product];
      out.push(v, ...each);
    }
  }
  return out.map((v) => finish(v, evidence, c));
}

/** Whether a name can hold a stake: an organisation, a person, a place acting or receiving. */
function isHolder(x: MentionInfo): boolean {
  return (x.m.type === 'ORG' && !x.productOrg) || x.m.type === 'PER' || isPlaceActor(x) || ((x.m.type === 'GPE' || x.m.type === 'LOC') && x.role === 'directional');
}

/**
 * The holder a stake's figure names after it: the first name after a passive agent word right after the
 * figure (`détenu à 60 % par Semavia et à 40 % par le groupe kazakh Yessil Agro`), or after a trigger that
 * names its holder next (`El 40 % restante seguirá en manos de su fundador, Rustam Qodirov`); null when
 * neither follows, or a semicolon or colon stands before the name.
 */
function namedHolder(t: Trigger, n: NumberFact, g: Geometry, c: Compiled, infos: MentionInfo[]): MentionInfo | null {
  const by = c.passiveAgent?.exec(slice(g, n.end, n.end + 20)) ?? null;
  const from = by && slice(g, n.end, n.end + by.index).trim() === '' ? n.end + by.index : t.rule.holderAfter && t.start >= n.end ? t.end : null;
  if (from === null) return null;
  return infos.filter((x) => isHolder(x) && x.m.start >= from && !/[;:]/u.test(slice(g, from, x.m.start))).sort((p, q) => p.m.start - q.m.start)[0] ?? null;
}

/** Words before a percentage that make it a change rate. */
const CHANGE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alt(allPacks().flatMap((p) => p.events?.changeBefore ?? []))})\\s*(?:${alt(APPROXIMATORS)}|un)?\\s*$`,
  'iu',
);

/** Words after a percentage that make it a change rate, every pack's (mixed-language text). */
const CHANGE_AFTER = new RegExp(`^\\s*(?:${alt(allPacks().flatMap((p) => p.events?.changeAfter ?? []))})(?![\\p{L}])`, 'iu');

const byIdx = (infos: MentionInfo[], i: number): MentionInfo | undefined => infos.find((x) => x.index === i);

function productList(v: Draft, g: Geometry, c: Compiled, infos: MentionInfo[]): MentionInfo[] {
  if (v.product === null) return [];
  const start = byIdx(infos, v.product);
  if (!start) return [];
  const isProduct = (x: MentionInfo): boolean => x.m.type === 'PRODUCT' || x.productOrg;
  const sorted = infos.filter(isProduct).sort((a, b) => a.m.start - b.m.start);
  const k = sorted.indexOf(start);
  const list = [start];
  // (a determiner may open the next product: `the Chevrolet Onix and the Chevrolet Tracker`, `la Onix et la Tracker`)
  const joined = (a: MentionInfo, b: MentionInfo): boolean => {
    const between = slice(g, a.m.end, b.m.start);
    return listed(c, c.definiteBefore ? between.replace(c.definiteBefore, '') : between);
  };
  for (let j = k - 1; j >= 0 && joined(sorted[j]!, list[0]!); j--) list.unshift(sorted[j]!);
  for (let j = k + 1; j < sorted.length && joined(list[list.length - 1]!, sorted[j]!); j++) list.push(sorted[j]!);
  return list;
}

/** A hedge or a lower bound right before a figure (`about`, `rund`, `more than`, `более`): every pack's. */
const HEDGE_END = new RegExp(
  `\\s*(?:${alt([...APPROXIMATORS, 'over', 'nearly', 'almost', ...allPacks().flatMap((p) => p.numbers.ranges.before.gt ?? [])])})\\s*$`,
  'iu',
);

/**
 * The figure as an event's quantity: a bare count after a partitive (`3,200 buses, of which 1,100`,
 * `davon 1.100`, `из которых 1 100`) counts what the figure before it counts; a range its upper bound.
 */
function partOf(n: NumberFact, g: Geometry, c: Compiled, input: EventsInput): NumberFact {
  const whole = wholeOf(n, g, c, input);
  const part = whole ? { ...n, unit: whole.unit } : n;
  // a range counts up to its upper bound (`de 40 à 60 locomotives par an`: 60, the lower stays in the figure)
  return part.value === null && part.range?.[1] != null ? { ...part, value: part.range[1] } : part;
}

/** The figure a bare count after a partitive is part of; null when it is none. */
function wholeOf(n: NumberFact, g: Geometry, c: Compiled, input: EventsInput): NumberFact | null {
  if (n.kind !== 'count' || n.unit !== null || !c.partitiveEnd?.test(slice(g, n.start - 30, n.start))) return null;
  return input.numbers.filter((f) => f.start >= g.base && f.end <= n.start && f.kind === n.kind && f.unit !== null).pop() ?? null;
}

/** Whether a figure's own words mark it as planned: a plan word of the pack right after it or just before it. */
function isPlannedFigure(n: NumberFact, g: Geometry, c: Compiled): boolean {
  return c.planAfterFigure.test(slice(g, n.end, n.end + 40)) || c.planBeforeFigure.test(slice(g, n.start - 40, n.start));
}

function isTargetFigure(n: NumberFact, g: Geometry, c: Compiled): boolean {
  const before = slice(g, n.start - 20, n.start).replace(HEDGE_END, ' ');
  return c.toEnd.test(before) && c.increase.test(g.text);
}

function finish(d: Draft, evidence: Span, c: Compiled): EventCandidate {
  let type = d.type;
  // a future tense alone makes no target of a fact with neither a figure nor a date (`seront assemblées à Astana`)
  const undated = d.quantity === null && d.sharePct == null && d.changePct == null && d.time === null;
  if (type === 'production' && ((d.modality === 'planned' && !(d.tenseOnly && undated)) || (d.modality === 'hedged' && d.modal) || d.trigger.rule.role === 'capacity')) type = 'production_target';
  const numbers = [d.quantityIndex, d.moneyIndex, d.timeIndex, d.changeIndex ?? null, d.shareIndex ?? null].filter((x): x is number => x !== null);
  const quantity = d.quantity;
  const filled = [d.actors.length > 0, d.location !== null, d.product !== null || d.noun !== null, quantity !== null, d.money !== null, d.time !== null].filter(Boolean).length;
  const base = d.trigger.rule.pos === 'verb' ? 0.55 : 0.5;
  return {
    type,
    actors: [...new Set(d.actors)],
    location: d.location,
    product: d.product,
    productText: d.product === null ? (d.noun?.text ?? null) : null,
    quantity: quantity ? quantity.value : null,
    unit: quantity ? unitOf(quantity, type, c, d.product === null ? ((d.noun?.counter && d.paragraphProduct) || (d.noun?.label ?? d.paragraphProduct)) : null, d.trigger.text, d.kindBefore) : null,
    money: d.money && d.money.value !== null ? { value: d.money.value, currency: d.money.currency } : null,
    time: d.time,
    changePct: d.changePct ?? null,
    sharePct: d.sharePct ?? (quantity?.kind === 'percent' ? quantity.value : null),
    numbers: [...new Set(numbers)].sort((a, b) => a - b),
    evidence,
    evidenceSpans: [evidence],
    trigger: { start: d.trigger.start, end: d.trigger.end, text: d.trigger.text },
    modality: type === 'production_target' && d.modality === 'actual' ? 'planned' : d.modality,
    confidence: Math.min(0.95, Math.round((base + 0.07 * filled) * 100) / 100),
    version: EVENTS_STAGE.version,
  };
}

/** Units the packs' numbers sections normalise to (`car`, `bus`, `job`, `person`…). */
const PACK_UNITS = new Set(allPacks().flatMap((p) => Object.keys(p.numbers.units)));
/** The units the packs' counters normalise to (`units`, `Fahrzeuge`, `машин`: car; `machines`, `Maschinen`: machine). */
const COUNTER_UNITS = new Set(['car', 'machine']);
/** Posts counted (`650 jobs`, `300 Arbeitsplätze`); any other counted noun of a jobs fact is people (`1,500 people`, `250 techniciens`): the unit is person. */
const POST_UNITS = new Set(['job', 'jobs', 'workplace', 'workplaces', 'position', 'positions']);

/**
 * The unit of a quantity: percent; for jobs, person where people are counted and job where posts
 * are (a bare count of a post noun's fact counts posts, `200 jobs, … increased to 300`; of any other
 * jobs word people, `raising the company's workforce to about 2,900`, `la plantilla llegará a 350`);
 * a figure in a counter (`150 Einheiten` of combines, `1 200 machines` of seed drills) what the fact's
 * product noun names, in a vehicle word the one kind of vehicle its paragraph named before (`215 Fahrzeuge`
 * of a bus maker), else what the counter does (vehicles: car; a
 * phrase with a counter head that names its kind counts that kind: `12,000 drive units` are engines);
 * else the counted noun normalised by the packs, or, where the numbers stage kept a raw word
 * (`Traktoren`, `электробусов`), one that names no goods (`1 500 prévus`: the noun is elided) or none
 * (`1,140 Chevrolet Cobalt and Onix cars`), the product the lexicon reads in that word or in the event.
 */
function unitOf(n: NumberFact, type: EventType, c: Compiled, productLabel: string | null, trigger: string, kindBefore: string | null): string | null {
  if (n.kind === 'percent') return 'percent';
  const unit = n.unit?.toLowerCase() ?? null;
  if (type === 'jobs') return (unit === null && c.postStart.test(trigger)) || (unit !== null && POST_UNITS.has(unit)) ? 'job' : 'person';
  const product = productLabel === null ? undefined : PRODUCT_UNITS[productLabel];
  const own = unit === null ? undefined : PACK_UNITS.has(unit) ? unit : PRODUCT_UNITS[productIn(c, unit)?.label ?? ''];
  if (isCounter(c, n.text) && (own === undefined || COUNTER_UNITS.has(own))) return product ?? own ?? 'car';
  // a vehicle word counts the one kind of vehicle its paragraph named before (a bus maker's `1.950 Fahrzeuge`);
  // a figure in its product's own noun that product (`40 car-carrier wagons`); vehicles else
  if (unit !== null && CAR_UNITS.has(unit)) {
    const kind = kindBefore === null ? undefined : PRODUCT_UNITS[kindBefore];
    if (c.vehicle?.test(n.text) && kind !== undefined && VEHICLE_UNITS.has(kind)) return kind;
    return PRODUCT_UNITS[productIn(c, n.text)?.label ?? ''] ?? 'car';
  }
  return own ?? product ?? n.unit;
}

/** A unit that counts goods (`car`, `locomotive`, `wagon`), not people, places or posts. */
function isGoodsUnit(unit: string | null): boolean {
  const u = unit?.toLowerCase() ?? '';
  return CAR_UNITS.has(u) || GOODS_UNITS.has(u);
}

/** Whether a figure counts goods: by its unit, or by a counted word the pack reads as a product (`150 электробусов`, `24 tramways`, `600 Traktoren`). */
function countsGoods(n: NumberFact, c: Compiled): boolean {
  const label = n.unit === null ? undefined : productIn(c, n.unit)?.label;
  return isGoodsUnit(n.unit) || (label !== undefined && PRODUCT_UNITS[label] !== undefined);
}

/** The units product labels count. */
const GOODS_UNITS = new Set(Object.values(PRODUCT_UNITS));

/**
 * Where the headline ends: before the dateline when one follows it, else the first line when a
 * blank line follows (`Hyundai Rotem wins Tashkent tram order\n\nSEOUL, Oct. 7 …`); 0 when none.
 */
function headlineEnd(input: EventsInput): number {
  const line = input.referenceDate?.dateline;
  if (line && line.start > 0 && /\n\s*$/u.test(input.text.slice(0, line.start))) return line.start;
  const m = /^[^\n]{3,200}\n\s*\n/u.exec(input.text);
  return m ? m[0].length : 0;
}

/**
 * A headline announces facts the body states in detail: a headline event merges into the first
 * body event of its type whose actors agree (one within the other's, or either none), else into one
 * with its figure, which keeps the headline as one more evidence span; a headline fact the body does
 * not restate stays, and so does one already merged with its restatement.
 */
function mergeHeadline(events: EventCandidate[], input: EventsInput): EventCandidate[] {
  const end = headlineEnd(input);
  if (end === 0) return events;
  const name = (i: number): string => (input.mentions[i]?.text ?? '').toLowerCase();
  const out: EventCandidate[] = [];
  // (a headline fact that `dedupe` already merged with its body restatement is told: it merges no further,
  // or `Kazakhstan and Uzbekistan will produce 7,000 cars` restated by the lead would swallow the next plan)
  const told = (e: EventCandidate): boolean => e.evidenceSpans.some((x) => x.end > end);
  const headline = events.filter((e) => e.evidence.end <= end && !told(e));
  const body = events.filter((e) => e.evidence.end > end || told(e));
  // a name and the same name with more words after it (`UzAuto Motors`, `UzAuto Motors JSC`) are one actor
  const same = (x: string, y: string): boolean => x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
  const within = (xs: string[], ys: string[]): boolean => xs.every((x) => ys.some((y) => same(x, y)));
  for (const h of headline) {
    const hs = h.actors.map(name);
    const agree = (b: EventCandidate): boolean => {
      const bs = b.actors.map(name);
      return !hs.length || !bs.length || within(hs, bs) || within(bs, hs);
    };
    // the same type, or the same figure told as another fact (`Alstom to supply 120 locomotives` over
    // `signed a contract … to deliver 120 electric locomotives`)
    const twin =
      body.find((b) => b.type === h.type && b.type !== 'statement' && agree(b)) ??
      body.find((b) => h.quantity !== null && b.quantity === h.quantity && b.unit === h.unit && b.type !== 'statement' && agree(b));
    if (!twin) {
      out.push(h);
      continue;
    }
    twin.evidenceSpans = [...h.evidenceSpans, ...twin.evidenceSpans.filter((x) => !h.evidenceSpans.some((y) => y.start === x.start))];
    if (!twin.actors.length) twin.actors = h.actors;
  }
  return [...out, ...body];
}

/**
 * One event per fact per article: restatements (headline, lead, quote, body) merge into the first
 * statement of the fact, with every evidence span and the arguments either one gives. Two events are
 * one fact when they have the same type and modality, no argument on which they disagree (names are
 * compared by their text), the actors of one within the other's, and the same figure (quantity or
 * money), or, for facts without a figure (a launch, an agreement, a visit), the same agents and a
 * place, product or time in common. Statements are never merged (each quote is its own); two facts
 * with the same figure but another year, place or product stay two.
 */
function dedupe(events: EventCandidate[], mentions: Mention[]): EventCandidate[] {
  const name = (i: number | null): string | null => (i === null ? null : (mentions[i]?.text ?? '').toLowerCase());
  const product = (e: EventCandidate): string | null => name(e.product) ?? e.productText?.toLowerCase() ?? null;
  const agree = <T>(x: T | null, y: T | null): boolean => x === null || y === null || x === y;
  const same = <T>(x: T | null, y: T | null): boolean => x !== null && y !== null && x === y;
  const actorNames = (e: EventCandidate): Set<string> => new Set(e.actors.map((i) => name(i)!));
  const within = (x: Set<string>, y: Set<string>): boolean => [...x].every((n) => y.has(n));
  const money = (e: EventCandidate): string | null => (e.money ? `${e.money.value} ${e.money.currency ?? ''}` : null);
  const quantity = (e: EventCandidate): string | null => (e.quantity !== null ? `${e.quantity} ${e.unit ?? ''}` : null);

  const restates = (a: EventCandidate, b: EventCandidate): boolean => {
    if (a.type !== b.type || a.type === 'statement' || a.modality !== b.modality) return false;
    if (!agree(quantity(a), quantity(b)) || !agree(money(a), money(b)) || !agree(a.time, b.time)) return false;
    if (!agree(name(a.location), name(b.location)) || !agree(product(a), product(b))) return false;
    const [x, y] = [actorNames(a), actorNames(b)];
    if (!within(x, y) && !within(y, x)) return false;
    if (same(quantity(a), quantity(b)) || same(money(a), money(b))) return true;
    // a deal between the same two or more parties told by its goods, and right after by its value (`Einen
    // Liefervertrag über 1.500 Elektromotoren schloss X mit Y ab. Das Volumen des Auftrags beziffern die Partner
    // auf 27 Millionen Euro.`): one agreement with both figures
    const [first, second] = a.evidence.start <= b.evidence.start ? [a, b] : [b, a];
    if (a.type === 'agreement' && x.size >= 2 && x.size === y.size && second.evidence.start - first.evidence.end <= 250 &&
      ((quantity(a) !== null && money(a) === null && quantity(b) === null && money(b) !== null) ||
        (quantity(b) !== null && money(b) === null && quantity(a) === null && money(a) !== null))) return true;
    if (quantity(a) !== null || quantity(b) !== null || money(a) !== null || money(b) !== null) return false;
    // no figure on either side: the same agents, the same product or none (opening a plant is not
    // launching a model there), and a place or time in common
    // (a place in common does not make a dated step one with an undated fact: `levantará una planta en Yizak` and
    // `Las obras arrancarán en junio` are the building and its start)
    return x.size > 0 && x.size === y.size && product(a) === product(b) && ((same(name(a.location), name(b.location)) && a.time === b.time) || same(a.time, b.time));
  };

  const out: EventCandidate[] = [];
  for (const e of events) {
    const twin = out.find((o) => o.evidence.start !== e.evidence.start && restates(o, e)) ?? out.find((o) => o.evidence.start === e.evidence.start && exactSame(o, e));
    if (!twin) {
      out.push({ ...e, evidenceSpans: [...e.evidenceSpans] });
      continue;
    }
    twin.actors = twin.actors.length >= e.actors.length ? twin.actors : e.actors;
    twin.location ??= e.location;
    if (twin.product === null && twin.productText === null) {
      twin.product = e.product;
      twin.productText = e.productText;
    }
    if (twin.quantity === null && e.quantity !== null) {
      twin.quantity = e.quantity;
      twin.unit = e.unit;
    }
    twin.money ??= e.money;
    twin.time ??= e.time;
    twin.changePct ??= e.changePct;
    twin.sharePct ??= e.sharePct;
    twin.numbers = [...new Set([...twin.numbers, ...e.numbers])].sort((p, q) => p - q);
    for (const span of e.evidenceSpans) if (!twin.evidenceSpans.some((x) => x.start === span.start)) twin.evidenceSpans.push(span);
    twin.evidenceSpans.sort((p, q) => p.start - q.start);
    twin.confidence = Math.max(twin.confidence, e.confidence);
  }
  return out;

  /** The same sentence reading the same fact twice (two triggers of one visit or one figure). */
  function exactSame(a: EventCandidate, b: EventCandidate): boolean {
    if (a.type !== b.type || (a.type !== 'visit' && quantity(a) === null && money(a) === null)) return false;
    return (
      quantity(a) === quantity(b) && money(a) === money(b) && name(a.location) === name(b.location) &&
      (a.type === 'visit' || (product(a) === product(b) && a.time === b.time)) && a.modality === b.modality &&
      [...actorNames(a)].sort().join('|') === [...actorNames(b)].sort().join('|')
    );
  }
}
