/**
 * The discourse step of the events stage: arguments from other sentences, taken through a cue in
 * the event's own sentence, or, for a fact with no agent at all, from the salient organisation of
 * the last sentences. Pure: no I/O, no environment.
 *
 * Cues and what they bring:
 * - plant anaphors (`the plant`, `this enterprise`, `das Werk`, `завод`, `l'usine`) → the latest
 *   plant frame: its owners (actors) and its site (location). A frame is opened by a plant noun with
 *   a name attached (`the Khazar plant`, `plant X in Y`, `the joint venture of X and Y`, `X's plant`)
 *   or by a plant created in a sentence (`Hyundai opened a plant in Chennai`); a frame without a site
 *   takes the site of an earlier frame of the same owner, or, in a lead that reports an occasion there
 *   (`… said during the groundbreaking ceremony`), the dateline place (elsewhere the dateline is the
 *   desk that filed the report: `TASHKENT` over a plant in Khorezm);
 * - joint ventures (`ventureNouns`: `the joint venture`, `Gemeinschaftsunternehmen`, `СП`, `coentreprise`): one
 *   created in a sentence whose fact (as resolved) has two organisations or more is theirs, a plant
 *   frame of both partners at that fact's site; a fact with no agent of its own shortly after a
 *   reference to a plant of two organisations is both partners'; a venture with its partners described in a
 *   sentence that creates nothing, after the article's facts of a company that is none of them, is that
 *   company (a venture with a name of its own acts itself); a post at a venture is the person's
 *   alone; a stake of a side named by its nationality (`sideNouns`: `the Kazakh side`, `le partenaire
 *   ouzbek`, `казахстанской стороны`) is the partner of that country;
 * - company anaphors (`the company`, `the manufacturer`, `des Unternehmens`, `компания`,
 *   `la société`) → an organisation that can be a company (not a brand used as a product, not an
 *   addressee or a source, not a ministry or a medium): one named before it in its sentence, else
 *   the company acting in the latest fact (`X signed a deal with Y. The company …` is X), else the
 *   latest named; with its plant's site; a noun described by a demonym after it (`la empresa
 *   ferroviaria uzbeka`) is the company named before whose name shares the demonym's stem, and with a
 *   name after the demonym (`le constructeur biélorusse MTZ`) it is no anaphor;
 * - `the countries`, `both sides`, `beide Länder`, `обе страны`, `les deux pays` → the latest
 *   coordinated pair of countries;
 * - `here`, `there`, `dort`, `там`, `là` → the latest place (or plant frame);
 * - `these cars`, `diese Fahrzeuge`, `эти автомобили`, `ces voitures` → the latest plant frame;
 * - a sentence-initial `Its`, `Sein`, `Его`, `Son` → the subject of the previous sentence;
 * - `the <head>` where an earlier organisation's name ends in that head (`the ministry` → `Economy
 *   Ministry`);
 * - `his company`, `ihre Firma`, `его компания` → the organisation of the person the clause is about,
 *   known from an apposition naming their post (`X, chief executive of Y`);
 * - a cue's site goes only to a fact bound to a site (output, target, launch, construction, investment,
 *   workforce, export, sale, trade) or to a post there: an agreement of the company takes none;
 * - an organisation acting in the event whose plant site is known → that site; for an investment or a
 *   workforce, else the place where it was said to produce (`X builds engines in Tashkent`); for an
 *   export or a sale, else its country where the article says which (`Uzbekistan's X`);
 * - an appointment naming only the person → the salient organisation too; an agreement without
 *   parties, price or goods → the countries the article last named together;
 * - relative years (`this year`, `last year`, `dieses Jahres`, `в прошлом году`, `l'an dernier`) and
 *   `currently` before a figure → the document year (publication date, dateline or header date, a
 *   date read as `this year`, else the latest year the article names); relative months (`last month`,
 *   `im vergangenen Monat`, `в прошлом месяце`) → that month of the reference date; `a year earlier`
 *   (`годом ранее`, `un an plus tôt`) → a year before the period of the fact told just before;
 * - the dateline (`BAKU, Azerbaijan, March 2.`, from ./reference.ts) → the time and place of the lead
 *   sentence's statement (not its place when it was told to a medium: `told Trend`); a weekday →
 *   the day of the dateline's week nearest its trigger;
 * - a statement made at an occasion (`occasionNouns`: `bei der Unterzeichnung`, `lors de la
 *   cérémonie`) → the place of the latest signing; by a speaker who visited a site → that site;
 *   attending such an occasion (`в церемонии приняла участие X`) → a visit to the latest signing's place and date;
 * - no agent in the sentence (`we produced …`, `Ab 2028 sollen … vom Band laufen`, a brand standing
 *   in) → the organisations of the latest fact within three sentences, with its site (`salient`);
 * - one name standing only as a partner after the trigger (`The company signed an agreement with
 *   BYD`, `Elle a signé un accord avec X`) → the anaphor before the trigger, else the salient
 *   organisation, beside the partner.
 * Only empty slots are filled (a visit's destination yields to `at the plant`, a place read from a
 * country acting on its own soil yields to `at the X plant`).
 */
import type { EventCandidate, EventType, Mention, NumberFact, Sentence } from '../types.js';
import { allPacks, APPROXIMATORS, canonicalLanguage, packFor, perLanguage, UNDETERMINED_PACK, type DiscourseSection } from '../languages/index.js';
import { isDay, referenceDay, resolveWeekday, weekdayPattern } from './reference.js';
import type { ReferenceDate } from '../types.js';
import { alt, B, CLAUSE_BREAK, clauseAt, companyOfEnd, E, partnerEnd, wordBefore } from './patterns.js';
import { plannedCues } from './lexicon.js';
import { countryCodeOf } from '../reconcile/countries.js';
import { demonymOf } from '../reconcile/demonyms.js';
import { placeCountryOf, placeIdWithin } from '../reconcile/places.js';

export type MentionRole = 'locative' | 'directional' | 'source' | 'other' | 'modifier' | 'actor' | null;

export interface MentionView {
  index: number;
  /** GPE/LOC only: the word governing the name. */
  role: MentionRole;
  /** ORG named as a product (`Chevrolet cars`). */
  productOrg: boolean;
  /** Addressee or source (`told Trend`, `according to X`): never an antecedent of `the company`. */
  sidelined: boolean;
}

export interface SentenceView {
  key: string;
  mentions: MentionView[];
}

/** The rules of the discourse step (all run by default; a subset is for measurement and tests). */
export const DISCOURSE_RULES = ['dateline', 'relative-year', 'plant', 'company', 'pair', 'place', 'product', 'possessive', 'head', 'owner-site', 'salient', 'occasion', 'paragraph-time'] as const;
export type DiscourseRule = (typeof DISCOURSE_RULES)[number];

export interface DiscourseInput {
  text: string;
  language: string;
  sentences: Sentence[];
  mentions: Mention[];
  numbers: NumberFact[];
  publishedAt?: string | null;
  /** The article's reference date (./reference.ts): its dateline and the year everything resolves against. */
  referenceDate?: ReferenceDate | null;
  discourseRules?: readonly DiscourseRule[];
}

// ---------------------------------------------------------------------------------------------
// lexicon

/** Organisations that are no company: authorities, media (every pack's `nonCompany`: names of any language appear in any article). */
const NON_COMPANY = new RegExp(`(?:${alt(allPacks().flatMap((p) => p.discourse?.nonCompany ?? []))})`, 'iu');


/** Facts held as an occasion that officials attend: a signing, an inauguration, a groundbreaking. */
const OCCASION_FACTS = new Set<EventType>(['agreement', 'plant_launch', 'plant_construction']);

/** The pack's visit triggers of role `attendance`, as one pattern matching a whole trigger; null where it has none. */
function attendancePattern(key: string): RegExp | null {
  const rules = (packFor(key)?.events?.triggers ?? []).filter((t) => t.role === 'attendance');
  return rules.length ? new RegExp(`^(?:${alt(rules.map((t) => t.pattern))})$`, 'iu') : null;
}

interface CompiledDiscourse {
  lex: DiscourseSection;
  plant: RegExp;
  /** A plant noun opening a sentence, its subject, with at most two articles or fresh words before it (`La nueva planta`, `The plant`, `L'usine`). */
  plantOpening: RegExp;
  /** The occasion a statement is made at (`occasionNouns`). */
  occasion: RegExp;
  /** A trigger of presence at an occasion, whole (the events section's visit triggers of role `attendance`); null: none. */
  attendance: RegExp | null;
  /** A sentence opening that says the news told before it (`reportBack`); null without words. */
  reportBack: RegExp | null;
  /** The press a statement is made to (`pressAudience`); null without words. */
  press: RegExp | null;
  /** A verb of telling and a named addressee (the events section's `tellVerbs`: `told Trend`, `сообщил Kun.uz`); null where the pack has none. */
  toMedium: RegExp | null;
  /** A statement trigger of the pack and a short preposition at the end of a text (`a annoncé `, `said on `); null where it has none. */
  sayingEnd: RegExp | null;
  company: RegExp;
  definiteEnd: RegExp | null;
  freshEnd: RegExp;
  pair: RegExp;
  companyPair: RegExp | null;
  /**
   * An agreement referred back: a definite article and maybe one word before an agreement trigger of the
   * pack (`the contract`, `du contrat`, `den Vertrag`); without articles one opening the sentence (`Контракт`).
   */
  agreementBack: RegExp | null;
  /** The events section's purpose words at the end of a text (`… pour `, `… to `); null where the pack has none. */
  purposeEnd: RegExp | null;
  /** A purpose word and a verb with at most two words after it, at the end of a text (`… to build a `, `… para crear una `); null where the pack has none. */
  purposeNear: RegExp | null;
  /** A joint venture noun of the pack (`ventureNouns`); null where the pack has none. */
  venture: RegExp | null;
  /** The same at the end of a text (`… совместного предприятия`). */
  ventureEnd: RegExp | null;
  /** A venture's side or partner (`sideNouns`); null where the pack has none. */
  side: RegExp | null;
  pairBlockEnd: RegExp;
  place: RegExp;
  notPlace: RegExp | null;
  product: RegExp;
  /**
   * A common product noun that points back (`the machines`, `die Fahrzeuge`, `les machines`, `эти
   * автомобили`): a definite determiner and up to one modifier (not a `fresh` one) before one of the
   * pack's product nouns, or a product demonstrative; null where the pack has neither.
   */
  productAnaphor: RegExp | null;
  /** A company or plant noun right after a product noun: the noun is a modifier (`the car manufacturer`, `This year car manufacturers`), no anaphor. */
  modifiedAfter: RegExp;
  /** The company's, after a product noun (`des Unternehmens`, `of the company`, `de la société`, `компании`): its products are the company's brand. */
  ofCompanyAfter: RegExp;
  /** A company noun and the genitive at the end of the text before a country (`le plus grand constructeur automobile d'`). */
  homeOfEnd: RegExp;
  /** An apposition after a name up to a country it belongs to (`, el mayor fabricante de automóviles de `, `», крупнейший автопроизводитель `). */
  homeApposition: RegExp;
  possessiveStart: RegExp;
  /** A possessive that can point to a person, at the end of a text; null where the pack has none. */
  personalEnd: RegExp | null;
  relative: Array<[RegExp, number]>;
  relativeMonths: Array<[RegExp, number]>;
  seasons: Array<[RegExp, number]>;
  /** A year before the period told just before (`a year earlier`, `годом ранее`); null where the pack has none. */
  yearEarlier: RegExp | null;
  currentEnd: RegExp;
  /** A partitive word (`davon`, `of which`, `из них`, `dont`): a figure the sentence counts is a part of a fact told before. */
  partitive: RegExp | null;
  locativeEnd: RegExp;
  placeAfter: RegExp;
  genitiveAfter: RegExp | null;
  /** Up to two words and a company noun (`китайской корпорации`, `the Chinese company`): a partner's description before its name. */
  describedPartner: RegExp;
  targetEnd: RegExp;
  thisYear: RegExp;
  sourceEnd: RegExp;
  /** A plan, forecast or conditional before a year in its clause: the year is ahead. */
  futureBefore: RegExp;
  /** The events section's partner words before a name (`with Chinese automaker `, `avec le groupe `); English's where the pack has none. */
  partnerEnd: RegExp;
  /** The events section's passive-agent words (`by`, `von`, `par`): a name after them is the agent, no partner; null where none. */
  passiveAgentStart: RegExp | null;
  /** A comparison right before a relative year (`mehr als im Vorjahr`, `than last year`): the baseline, not the fact's time; null where the pack has none. */
  comparisonEnd: RegExp | null;
  /**
   * A common noun phrase opening a clause as its subject (`The government plans …`, `In 2019, Indian
   * manufacturers exported …`, `Deutsche Hersteller …`, `российские производители …`, `le gouvernement
   * a annoncé …`): an institution noun after up to two words, or a company noun after a modifier that
   * is no definite determiner (`the company`, bare `компания` point back instead), with a plural or
   * case ending the pack's patterns leave out (`manufacturers`). Group 1 holds the institution noun:
   * only an authority (`NON_COMPANY`) is generic, `the group` points back.
   */
  genericSubject: RegExp;
  /** A plant or company noun of the whole country (`las fábricas del país`, `the country's carmakers`); null without words. */
  countryWide: RegExp | null;
  /** The maker's home market (`homeMarket`: `domestic sales`, `el mercado interno`); null without words. */
  homeMarket: RegExp | null;
  /** A noun of a country's aggregate figure (`aggregateNouns`: `exports`, `экспорт`), global; null without words. */
  aggregate: RegExp | null;
  /** `in the country` (`inCountry`: `im Land`, `в стране`); null without words. */
  inCountry: RegExp | null;
}

/** A language's discourse words compiled once (the shared per-language memo). */
/** A verb of saying of the pack (its statement triggers: `said`, `informó`, `sagte`), as a whole word; null where it has none. */
const sayingVerb = perLanguage((key: string): RegExp | null => {
  const verbs = (packFor(key)?.events?.triggers ?? []).filter((t) => t.type === 'statement').map((t) => t.pattern);
  return verbs.length ? new RegExp(`${B}(?:${alt(verbs)})${E}`, 'iu') : null;
});

/** The text of clause `k` of a text (the clauses `clauseAt` counts). */
function clauseText(text: string, k: number): string {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index ?? 0);
  return text.slice(k === 0 ? 0 : breaks[k - 1]! + 1, k < breaks.length ? breaks[k]! : text.length);
}

const compile = perLanguage((key: string): CompiledDiscourse => {
  const lex = packFor(key)?.discourse ?? UNDETERMINED_PACK.discourse;
  const tell = (packFor(key) ?? UNDETERMINED_PACK).events?.tellVerbs ?? [];
  return {
    lex,
    plant: new RegExp(`${B}(?:${alt(lex.plantNouns)})${E}`, 'giu'),
    plantOpening: new RegExp(`^[\\s"“„«]*(?:(?:${alt([...lex.definite, ...lex.fresh])})\\s*){0,2}(?:${alt(lex.plantNouns)})${E}`, 'iu'),
    occasion: new RegExp(`${B}(?:${alt(lex.occasionNouns)})${E}`, 'iu'),
    attendance: attendancePattern(key),
    reportBack: lex.reportBack?.length ? new RegExp(`^[\\s«"„“]*(?:${alt(lex.reportBack)})${E}`, 'iu') : null,
    press: lex.pressAudience?.length ? new RegExp(`${B}(?:${alt(lex.pressAudience)})${E}`, 'iu') : null,
    toMedium: tell.length ? new RegExp(`${B}(?:${alt(tell)})\\s*\\p{Lu}`, 'u') : null,
    sayingEnd: (() => {
      const said = ((packFor(key) ?? UNDETERMINED_PACK).events?.triggers ?? []).filter((t) => t.type === 'statement').map((t) => t.pattern);
      return said.length ? new RegExp(`${B}(?:${alt(said)})(?:\\s+\\p{L}{1,3})?\\s+$`, 'iu') : null;
    })(),
    company: new RegExp(`${B}(?:${alt(lex.companyNouns)})${E}`, 'giu'),
    // determiner + up to two modifiers
    definiteEnd: lex.definite.length ? new RegExp(`${B}(?:${alt(lex.definite)})\\s*(?:[\\p{L}-]+\\s+){0,2}$`, 'iu') : null,
    freshEnd: new RegExp(`${B}(?:${alt(lex.fresh)})\\s+(?:[\\p{L}-]+\\s+){0,1}$`, 'iu'),
    pair: new RegExp(`${B}(?:${alt(lex.pair)})${E}`, 'giu'),
    companyPair: (lex as DiscourseSection).companyPair?.length ? new RegExp(`${B}(?:${alt((lex as DiscourseSection).companyPair!)})${E}`, 'giu') : null,
    agreementBack: (() => {
      const agreed = ((packFor(key) ?? UNDETERMINED_PACK).events?.triggers ?? []).filter((t) => t.type === 'agreement' && !t.requires).map((t) => t.pattern);
      if (!agreed.length) return null;
      const before = lex.definite.length ? `${B}(?:${alt(lex.definite)})\\s*(?:[\\p{L}-]+\\s+)?` : '^[\\s"“„«]*';
      return new RegExp(`${before}(?:${alt(agreed)})${E}`, 'iu');
    })(),
    purposeEnd: packFor(key)?.events?.purpose?.length ? new RegExp(`${B}(?:${alt(packFor(key)!.events!.purpose!)})\\s+$`, 'iu') : null,
    purposeNear: packFor(key)?.events?.purpose?.length ? new RegExp(`${B}(?:${alt(packFor(key)!.events!.purpose!)})\\s+(?:[\\p{L}-]+\\s+){1,3}$`, 'iu') : null,
    venture: lex.ventureNouns?.length ? new RegExp(`${B}(?:${alt(lex.ventureNouns)})${E}`, 'iu') : null,
    ventureEnd: lex.ventureNouns?.length ? new RegExp(`${B}(?:${alt(lex.ventureNouns)})$`, 'iu') : null,
    side: lex.sideNouns?.length ? new RegExp(`${B}(?:${alt(lex.sideNouns)})${E}`, 'giu') : null,
    pairBlockEnd: new RegExp(`${B}(?:${alt(lex.pairBlock)})\\s*$`, 'iu'),
    place: new RegExp(`${B}(?:${alt(lex.placeAdverbs)})${E}`, 'giu'),
    notPlace: lex.notPlace ? new RegExp(`^(?:${lex.notPlace})`, 'iu') : null,
    product: new RegExp(`${B}(?:${alt(lex.productDemonstrative)})${E}`, 'giu'),
    productAnaphor: (() => {
      const nouns = (packFor(key)?.events ?? UNDETERMINED_PACK.events).products.map(([p]) => p);
      const definite = lex.definite.length && nouns.length
        ? [`(?:${alt(lex.definite)})\\s+(?:(?!(?:${alt(lex.fresh)})${E})[\\p{L}-]+\\s+)?(?:${alt(nouns)})`]
        : [];
      const all = [...definite, ...lex.productDemonstrative];
      return all.length ? new RegExp(`${B}(?:${alt(all)})${E}`, 'giu') : null;
    })(),
    // (with a plural or case ending the pack's singular patterns leave out: `car manufacturers`)
    modifiedAfter: new RegExp(`^[\\s-]+(?:${alt([...lex.companyNouns, ...lex.plantNouns])})\\p{L}{0,2}${E}`, 'iu'),
    homeOfEnd: companyOfEnd(lex),
    homeApposition: new RegExp(`^[»"”]?\\s*,\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${alt(lex.companyNouns)})(?:(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:${alt(lex.genitive)}))?\\s*$`, 'iu'),
    ofCompanyAfter: new RegExp(`^\\s+(?:(?:${alt(lex.genitive)})\\s+)?(?:(?:${alt(lex.definite)})\\s+)?(?:${alt(lex.companyNouns)})${E}`, 'iu'),
    personalEnd: lex.personalPossessive.length ? new RegExp(`${B}(?:${alt(lex.personalPossessive)})\\s+(?:[\\p{L}-]+\\s+)?$`, 'iu') : null,
    possessiveStart: new RegExp(`^[\\s"“„«'‘-]*(?:${alt(lex.possessiveStart)})\\s+\\p{L}`, 'iu'),
    relative: lex.relativeYears.map(([p, o]) => [new RegExp(`${B}(?:${p})${E}`, 'giu'), o] as [RegExp, number]),
    relativeMonths: lex.relativeMonths.map(([p, o]) => [new RegExp(`${B}(?:${p})${E}`, 'giu'), o] as [RegExp, number]),
    seasons: lex.seasons.map(([p, last]) => [new RegExp(`${B}(?:${p})${E}`, 'giu'), last] as [RegExp, number]),
    yearEarlier: lex.yearEarlier.length ? new RegExp(`${B}(?:${alt(lex.yearEarlier)})${E}`, 'giu') : null,
    currentEnd: new RegExp(`${B}(?:${alt(lex.current)})\\s*(?:(?:${alt(APPROXIMATORS)})\\s+)?$`, 'iu'),
    partitive: (() => {
      const words = (packFor(key) ?? UNDETERMINED_PACK).events?.partitive ?? [];
      return words.length ? new RegExp(`${B}(?:${alt(words)})${E}`, 'iu') : null;
    })(),
    // (a compound's first part may close it: `im Alpha-Werk`)
    locativeEnd: new RegExp(`${B}(?:${alt(lex.locative)})\\s*(?:${alt(lex.definite.length ? lex.definite : ['(?!)'])})?\\s*(?:[\\p{L}-]+\\s+){0,2}(?:\\p{L}+-)?$`, 'iu'),
    // a site right after the noun: `plant in Uzbekistan's Andijan`, `Werk in der Stadt X`
    placeAfter: new RegExp(`^\\s*(?:(?:${alt(lex.located)})\\s+)?(?:${alt(lex.locative)})\\s*(?:[\\p{L}'’.-]+\\s+){0,3}$`, 'iu'),
    describedPartner: new RegExp(`^(?:(?:${alt(lex.definite.length ? lex.definite : ['(?!)'])})\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(lex.companyNouns)})\\p{L}{0,2}\\s*$`, 'iu'),
    genitiveAfter: lex.genitive.length ? new RegExp(`^\\s*(?:${alt(lex.genitive)})\\s*(?:(?:the|der|dem|den|la|le|l['’]|les)\\s+)?$`, 'iu') : null,
    targetEnd: new RegExp(`${B}(?:${alt(lex.target)})\\s+(?:(?:the|der|dem|la|le|l['’])\\s+)?$`, 'iu'),
    sourceEnd: new RegExp(`${B}(?:${alt(lex.source)})\\s*(?:${alt(lex.definite.length ? lex.definite : ['(?!)'])})?\\s*(?:[\\p{L}-]+\\s+){0,2}$`, 'iu'),
    futureBefore: new RegExp(`${B}(?:${alt([...lex.future, ...(packFor(key)?.events ? plannedCues(packFor(key)!.events!) : []).filter((w) => !/20\\d/u.test(w))])})${E}[^.;:!?]*$`, 'iu'),
    comparisonEnd: wordBefore(packFor(key)?.events?.comparisonBefore ?? []),
    partnerEnd: partnerEnd(packFor(key)?.events?.partner) ?? partnerEnd(packFor('en')!.events!.partner)!,
    passiveAgentStart: packFor(key)?.events?.passiveAgent.length ? new RegExp(`^(?:${alt(packFor(key)!.events!.passiveAgent)})\\s`, 'iu') : null,
    thisYear: new RegExp(`${B}(?:${lex.relativeYears.find(([, o]) => o === 0)?.[0] ?? '(?!)'})${E}`, 'iu'),
    countryWide: lex.countryWide?.length ? new RegExp(`${B}(?:${alt(lex.countryWide)})${E}`, 'iu') : null,
    homeMarket: lex.homeMarket?.length ? new RegExp(`${B}(?:${alt(lex.homeMarket)})${E}`, 'iu') : null,
    aggregate: lex.aggregateNouns?.length ? new RegExp(`${B}(?:${alt(lex.aggregateNouns)})${E}`, 'giu') : null,
    inCountry: lex.inCountry?.length ? new RegExp(`${B}(?:${alt(lex.inCountry)})${E}`, 'iu') : null,
    genericSubject: (() => {
      const definite = lex.definite.length ? `(?!(?:${alt(lex.definite)})${E})` : '';
      return new RegExp(`(?:^|[,:])\\s*(?:(?:[\\p{L}-]+\\s+){0,2}(${alt(lex.institutions)})|${definite}\\p{L}[\\p{L}-]*\\s+(?:${alt(lex.companyNouns)})\\p{L}{0,2})${E}`, 'iu');
    })(),
  };
});

/** The pack whose discourse words a sentence in this language reads (English where it has none). */
function discourseKey(code: string | null | undefined): string {
  const c = canonicalLanguage(code);
  return packFor(c)?.discourse ? c : 'en';
}

// ---------------------------------------------------------------------------------------------
// discourse state

/** A plant (or project) the article talks about. */
interface Frame {
  pos: number;
  owners: number[];
  place: number | null;
}

/** A cue in an event sentence and what it resolves to. */
interface Cue {
  pos: number;
  kind: 'plant' | 'company' | 'pair' | 'place' | 'product' | 'possessive' | 'named' | 'head';
  actors: number[];
  place: number | null;
  /** `at the plant`: the cue names the site of the fact. */
  locative: boolean;
  /** A named plant's owners: its site is the site of their own facts only, unless `at the plant`. */
  owners?: number[];
}

/** A place name that is a zone or facility (`… Industrial District`, `Industriepark …`, `промзона`). */
const ZONE = /(?:^|[^\p{L}])(?:industrial|park|zone|district|estate|industriepark|industriegebiet|промзон\p{L}*|технопарк\p{L}*|parc|zona|polígono)(?![\p{L}])/iu;

/** Facts whose participants are never inherited from the salient organisation. */
const NO_SALIENT = new Set<EventType>(['statement', 'visit', 'appointment', 'trade']);
/** How many sentences back the salient organisation is looked for. */
const SALIENT_WINDOW = 3;

const SITE_TYPES = new Set<EventType>(['production', 'production_target', 'plant_launch', 'plant_construction', 'investment', 'jobs', 'export', 'sales', 'trade']);
/** `, chief executive of the freight forwarder `, `, directeur général d'`, `, Chef der `: a person's post at an organisation. */
const APPOSITION_OF = /^\s*,\s*[^,.;:()]{0,60}?(?<![\p{L}])(?:of|de|du|des|der|von|d['’])\s*(?:(?:the|la|le|l['’]|der|des|dem)\s*)?(?:[\p{L}-]+\s+){0,3}$/u;

/**
 * The years a season named without one lies after the document year: a plan's season already over at
 * the reference date is next year's (in November, `doivent être livrés au printemps` → the next spring);
 * any other, this year's.
 */
function seasonShift(lastMonth: number, modality: EventCandidate['modality'], reference: string | null): number {
  const month = reference && /^\d{4}-(\d\d)/u.exec(reference);
  return modality === 'planned' && month && Number(month[1]) > lastMonth ? 1 : 0;
}

/** What a relative time counts from: the document year, the reference month, the period told just before, or a season's year (its offset the season's last month). */
type RelativeUnit = 'year' | 'month' | 'earlier' | 'season';

/** The results a company reports for a period (its output, sales and exports). */
const RESULT_TYPES = new Set<EventType>(['production', 'sales', 'export']);

/** Whether a fact tells a figure (a count or a sum). */
const hasFigure = (e: EventCandidate): boolean => e.quantity !== null || e.money !== null;

/** Whether a time is a period (a year, or a span of months); a single month or day dates an occasion. */
const isPeriod = (time: string | null): time is string => time !== null && /^\d{4}(?:$|-\d{2}\/\d{4}-\d{2}$)/u.test(time);

/** Facts a country's aggregate may be (`Turkey's exports`, `investissements français`): its trade, its investment, its sales. */
const AGGREGATE_TYPES = new Set<EventType>(['export', 'investment', 'trade', 'sales']);

/** Facts placed in their organisation's country when they name no site: goods leave it, sales happen in its market. */
const HOME_SITED = new Set<EventType>(['export', 'sales']);
/** Facts sited where their organisation was said to produce (`X builds engines in Tashkent`). */
const FACT_SITED = new Set<EventType>(['investment', 'jobs']);
const CREATION_TYPES = new Set<EventType>(['plant_launch', 'plant_construction', 'agreement', 'investment']);
const LIST_JOIN = /^\s*(?:,|and|und|и|et|y|&)\s*(?:(?:the|le|la|les|l['’]|der|die|das|el|los|las)\s*)?$/iu;
const CLAUSE_STOP = /[;:()"“”„«»]|\.\s/u;

const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/** One name, maybe with a legal form or a descriptor after it (`Azermash`, `Azermash OJSC`). */
const sameName = (a: string, b: string): boolean => {
  const [x, y] = [norm(a), norm(b)].sort((p, q) => p.length - q.length) as [string, string];
  return x.length > 0 && (x === y || y.startsWith(x + ' '));
};

/**
 * The name that opens a sentence, maybe after one short word (`The`, `In`): the subject a possessive
 * opening the next sentence points back to (`Koltech, a family-owned company, … . Its chief executive …`);
 * null when the sentence opens otherwise.
 */
export function openingName(input: { text: string; mentions: readonly Mention[] }, s: Sentence): number | null {
  const inside = input.mentions.map((x, i) => [x, i] as const).filter(([x]) => x.start >= s.start && x.end <= s.end);
  const first = inside.sort((a, b) => a[0].start - b[0].start)[0];
  return first && /^\s*(?:\p{L}{1,4}\s+)?$/u.test(input.text.slice(s.start, first[0].start)) ? first[1] : null;
}

/** One person, maybe by surname alone (`Hoffmann` for `Katrin Hoffmann`). */
export const samePerson = (a: string, b: string): boolean => {
  const [x, y] = [norm(a), norm(b)].sort((p, q) => p.length - q.length) as [string, string];
  return sameName(a, b) || (x.length > 0 && !x.includes(' ') && y.endsWith(' ' + x));
};

export function resolveDiscourse(
  input: DiscourseInput,
  perSentence: EventCandidate[][],
  describe: (s: Sentence) => SentenceView,
): EventCandidate[] {
  const sentences = input.sentences;
  const enabled = new Set<DiscourseRule>(input.discourseRules ?? DISCOURSE_RULES);
  const on = (rule: DiscourseRule): boolean => enabled.has(rule);
  const views = sentences.map(describe);
  const viewOf = new Map<number, { view: MentionView; sentence: number }>();
  views.forEach((v, k) => v.mentions.forEach((m) => viewOf.set(m.index, { view: m, sentence: k })));
  const mentionsIn: number[][] = sentences.map((s) =>
    input.mentions
      .map((m, i) => [m, i] as const)
      .filter(([m]) => m.start >= s.start && m.end <= s.end)
      .sort((a, b) => a[0].start - b[0].start)
      .map(([, i]) => i),
  );
  const m = (i: number): Mention => input.mentions[i]!;
  const isPlace = (i: number): boolean => m(i).type === 'GPE' || m(i).type === 'LOC';
  const isOrg = (i: number): boolean => m(i).type === 'ORG';
  /**
   * The short name an organisation is given in parentheses after its full name (`Azerbaijan Railways (ADY)`,
   * over the quotes of a full name: `ООО «Худжандский автосборочный завод» (ХАЗ)`): short → full.
   */
  const fullNames = new Map<string, string>();
  input.mentions.forEach((x, i) => {
    const next = input.mentions[i + 1];
    if (x.type === 'ORG' && next?.type === 'ORG' && /^["”»“']?\s*\($/u.test(input.text.slice(x.end, next.start))) fullNames.set(norm(next.text), x.text);
  });
  /** One organisation, by name or by the short name it was given (`ADY` for `Azerbaijan Railways`). */
  const sameOrganisation = (a: number, b: number): boolean =>
    [m(a).text, fullNames.get(norm(m(a).text))].some((x) => x !== undefined && [m(b).text, fullNames.get(norm(m(b).text))].some((y) => y !== undefined && sameName(x, y)));
  /** Whether two facts share an actor, by name (`UzAuto Motors` in one, `UzAuto Motors` named again in the other). */
  const sharesActor = (a: EventCandidate, b: EventCandidate): boolean => a.actors.some((x) => b.actors.some((y) => sameName(m(x).text, m(y).text)));
  /** Who owns a plant a sentence creates: its organisations and countries (an official opening it owns nothing). */
  const ownersOf = (e: EventCandidate): number[] => e.actors.filter((i) => m(i).type !== 'PER');

  const line = referenceDateline(input) ?? dateline(input);
  const lead = line ? sentences.findIndex((s) => s.end > line.end && /[\p{L}\p{N}]/u.test(input.text.slice(Math.max(s.start, line.end), s.end))) : -1;
  const year = documentYear(input, line);

  const frames: Frame[] = [];
  /** The joint venture last referred to (a plant of two organisations or more) and the sentence that did. */
  let venture: (Frame & { sentence: number }) | null = null;
  /** The countries of the article's places and demonyms, read once (`articleCountries`). */
  let countries: Set<string> | null = null;
  const out: EventCandidate[] = [];
  /** The sentence of each event in `out`. */
  const sentenceOf: number[] = [];

  sentences.forEach((s, k) => {
    const c = compile(discourseKey(views[k]!.key));
    const text = input.text.slice(s.start, s.end);
    const inside = mentionsIn[k]!;
    const events = perSentence[k] ?? [];
    const cues: Cue[] = [];
    /** Joint venture nouns without two owners of their own, and their sites. */
    const founded: Array<{ pos: number; site: number | null }> = [];
    const frameAt = (pos: number): Frame | null => {
      let best: Frame | null = null;
      for (const f of frames) if (f.pos < pos && (!best || f.pos >= best.pos)) best = f;
      return best;
    };
    // (a plant of its own before a joint venture it shares: the venture's site is not each partner's; with
    // `shared` false only a plant of its own counts)
    const frameOfOwner = (owner: number, pos: number, shared = true): Frame | null => {
      let best: Frame | null = null;
      const own = (f: Frame): boolean => f.owners.filter(isOrg).length < 2;
      const better = (f: Frame, b: Frame | null): boolean => !b || (own(f) !== own(b) ? own(f) : f.pos >= b.pos);
      for (const f of frames) {
        if (f.pos >= pos || f.place === null || (!shared && !own(f))) continue;
        if (f.owners.some((o) => sameName(m(o).text, m(owner).text)) && better(f, best)) best = f;
      }
      return best;
    };

    // plant nouns: named phrases open frames, bare definite ones refer back
    c.plant.lastIndex = 0;
    for (const hit of text.matchAll(c.plant)) {
      const ns = s.start + (hit.index ?? 0);
      const ne = ns + hit[0].length;
      const before = input.text.slice(Math.max(s.start, ns - 40), ns);
      const owners = namedVenture(k, ns, ne, plantOwners(input, inside, ns, ne, c), events, c);
      // a plant noun inside the name of an owner of a plant named before it in the sentence is part of that
      // name, no plant of its own (`Совместное предприятие Гянджинского автомобильного завода и … Yutong`)
      if (owners.length === 1 && m(owners[0]!).start <= ns && m(owners[0]!).end >= ne &&
        frames.some((f) => f.pos >= s.start && f.pos < ns && f.owners.length > 1 && f.owners.includes(owners[0]!))) continue;
      const site = plantSite(input, inside, viewOf, ns, ne, owners, c);
      const definite = c.definiteEnd ? c.definiteEnd.test(before) : !c.freshEnd.test(before);
      const locative = c.locativeEnd.test(before);
      // (a joint venture without two owners of its own may be created by its sentence's facts: see below)
      if (owners.length < 2 && c.ventureEnd?.test(input.text.slice(Math.max(s.start, ns - 40), ne))) founded.push({ pos: ns, site });
      if (!owners.length && site === null) {
        if (c.freshEnd.test(before) || !definite) {
          // `a plant`: a frame only when the sentence creates it
          const made = events.filter((e) => CREATION_TYPES.has(e.type) && (ownersOf(e).length || e.location !== null));
          if (made.length && c.freshEnd.test(before)) frames.push({ pos: ns, owners: ownersOf(made[0]!), place: made[0]!.location });
          continue;
        }
        const f = frameAt(ns) ?? siteOfMaking(ns);
        if (!f) continue;
        if (on('plant')) cues.push({ pos: ns, kind: 'plant', actors: f.owners, place: f.place, locative });
        frames.push({ ...f, pos: ns });
        continue;
      }
      let place = site;
      let who = owners;
      if (!who.length) {
        const made = events.filter((e) => CREATION_TYPES.has(e.type) && ownersOf(e).length);
        if (made.length) who = ownersOf(made[0]!);
      }
      // `the company's plant in Rustavi`: the plant of the company the anaphor names
      if (!who.length && on('company')) {
        c.company.lastIndex = 0;
        const poss = [...before.matchAll(c.company)].pop();
        if (poss && /^['’]s?\s*$/u.test(before.slice((poss.index ?? 0) + poss[0].length))) {
          const org = latestCompany(input, mentionsIn, viewOf, k, ns, k) ?? salientCompany(k) ?? latestCompany(input, mentionsIn, viewOf, k, ns);
          if (org !== null) who = [org];
        }
      }
      if (place === null) {
        for (const o of who) place ??= frameOfOwner(o, ns)?.place ?? null;
        // the site where its sentence creates it: `the joint venture of X and Y began work in Sumgait`
        place ??= events.find((e) => CREATION_TYPES.has(e.type) && e.location !== null && ownersOf(e).some((o) => who.includes(o)))?.location ?? null;
        // (the dateline's place is the desk that filed the report, unless the lead reports an occasion
        // the reporter attended there: `HAJIGABUL, May 1. … said during the groundbreaking ceremony of the plant`)
        if (place === null && k === lead && line?.place != null && on('dateline') && c.occasion.test(text)) place = line.place;
        place ??= townOfName(input.text.slice(Math.max(s.start, ns - 40), ns));
        // the site of its sentence's fact at it: `Montiert werden die Lokomotiven in Astana im Werk EKZ, einem
        // Gemeinschaftsunternehmen von Alstom und KTZ` (a place the goods go to is none: `shipped to Astana from the X plant`)
        place ??= events.find((e) => SITE_TYPES.has(e.type) && e.location !== null && viewOf.get(e.location)?.view.role === 'locative')?.location ?? null;
      }
      const f: Frame = { pos: ns, owners: who, place };
      frames.push(f);
      if (on('plant')) cues.push({ pos: ns, kind: 'named', actors: [], owners: who, place, locative });
    }

    referToVenture(k);

    // companies: the latest organisation that can be a company
    c.company.lastIndex = 0;
    for (const hit of text.matchAll(c.company)) {
      const ns = s.start + (hit.index ?? 0);
      const before = input.text.slice(Math.max(s.start, ns - 40), ns);
      // `Mammadov said his company had ordered …`: the company of the person the clause is about
      if (c.personalEnd?.test(before)) {
        const person = [...inside].reverse().find((i) => m(i).type === 'PER' && m(i).end <= ns);
        const org = person === undefined ? null : organisationOf(person);
        if (org !== null && on('company')) cues.push({ pos: ns, kind: 'company', actors: [org], place: null, locative: false });
        if (person !== undefined) continue;
      }
      const definite = c.definiteEnd ? c.definiteEnd.test(before) : !c.freshEnd.test(before);
      if (!definite || c.freshEnd.test(before)) continue;
      // a name attached to the noun (`the company Khazar`, `Khazar company`) is no anaphor
      if (inside.some((i) => m(i).type === 'ORG' && (Math.abs(m(i).start - (ns + hit[0].length)) <= 3 || (m(i).end <= ns && ns - m(i).end <= 2)))) continue;
      // a source or an addressee is no participant: `according to the company`, `told the company`
      if (c.sourceEnd.test(before)) continue;
      // an apposition names its own company: `Peloton, the global firm that …`
      const appo = /(?:(\p{L}+)\s+)?(?<!\p{L})\p{Lu}[\p{L}\p{N}&.'’-]*\s*,\s*(?:\p{L}+\s+){1,3}$/u.exec(before);
      if (appo && !(appo[1] && /^(?:in|on|at|by|since|for|after|before|during|until|im|am|seit|nach|bis|в|во|с|после|en|à|au|le|depuis|après|el|desde)$/iu.test(appo[1]))) continue;
      // (a company named before it in its own sentence; else the company acting in the latest fact,
      // which may not be the organisation named last: `X signed a deal with Y. The company will …` is X)
      // a noun described by a demonym after it (`le constructeur biélorusse Minsk Tractor Works`,
      // `la empresa ferroviaria uzbeka`): with a name after the demonym it introduces that name, no
      // anaphor; alone it names the organisation of that country named before
      const described = describedBy(input, inside, ns + hit[0].length);
      if (described?.named) continue;
      // (at the top of a paragraph that names no organisation before it, the company the article is about: `… Selçuk
      // Tarım pondrá la red comercial.¶ En la fábrica de Valladolid, la compañía produjo …` is the lead's Tractores Duero)
      const topical = opensParagraph(k) && !inside.some((i) => isOrg(i) && m(i).end <= ns);
      const org = (described ? ofDemonym(input, mentionsIn, viewOf, k, ns, described.demonym) : null) ??
        latestCompany(input, mentionsIn, viewOf, k, ns, k) ?? (topical ? protagonist() : null) ?? salientCompany(k) ?? latestCompany(input, mentionsIn, viewOf, k, ns);
      if (org === null || !on('company')) continue;
      // (the company itself, `La empresa nombró …`: the site of a plant of its own, not of a joint venture it shares)
      cues.push({ pos: ns, kind: 'company', actors: [org], place: frameOfOwner(org, ns + 1, false)?.place ?? null, locative: false });
    }

    // `the countries`, `both sides`
    c.pair.lastIndex = 0;
    for (const hit of text.matchAll(c.pair)) {
      const ns = s.start + (hit.index ?? 0);
      if (c.pairBlockEnd.test(input.text.slice(Math.max(s.start, ns - 20), ns))) continue;
      const pair = latestPair(input, mentionsIn, k, ns);
      if (pair.length >= 2 && on('pair')) cues.push({ pos: ns, kind: 'pair', actors: pair, place: null, locative: false });
    }
    // `ambas compañías`, `both companies`, `the partners`: the organisations of the latest fact that has two or
    // more, or the partners of a joint venture referred to since (`Hanseong will hold 49% of the venture and
    // Egecell the remaining 51%. … The two companies aim to produce …`: each stake names one)
    if (c.companyPair && on('pair')) {
      c.companyPair.lastIndex = 0;
      for (const hit of text.matchAll(c.companyPair)) {
        const ns = s.start + (hit.index ?? 0);
        const j = [...out.keys()].reverse().find((i) => sentenceOf[i]! >= k - SALIENT_WINDOW && out[i]!.actors.filter((a) => m(a).type === 'ORG').length >= 2);
        const joint = venture !== null && venture.sentence >= k - SALIENT_WINDOW && (j === undefined || venture.sentence >= sentenceOf[j]!) ? venture.owners : null;
        const actors = joint ?? (j === undefined ? [] : out[j]!.actors.filter((a) => m(a).type === 'ORG'));
        if (actors.length) cues.push({ pos: ns, kind: 'pair', actors, place: null, locative: false });
      }
    }

    // `here`, `there`
    c.place.lastIndex = 0;
    for (const hit of text.matchAll(c.place)) {
      const ns = s.start + (hit.index ?? 0);
      const after = input.text.slice(ns + hit[0].length, ns + hit[0].length + 20);
      if (c.notPlace?.test(after)) continue;
      if (c.notPlace && /^\s*$/u.test(input.text.slice(s.start, ns))) continue; // sentence-initial `There`
      const ref = latestPlace(input, mentionsIn, viewOf, k, ns, frames);
      if (ref && on('place')) cues.push({ pos: ns, kind: 'place', actors: ref.owners, place: ref.place, locative: true });
    }

    // `these cars`
    c.product.lastIndex = 0;
    for (const hit of text.matchAll(c.product)) {
      const ns = s.start + (hit.index ?? 0);
      const f = frameAt(ns);
      if (f && on('product')) cues.push({ pos: ns, kind: 'product', actors: f.owners, place: f.place, locative: false });
    }

    // `Its territory …`: the subject of the previous sentence
    if (k > 0 && on('possessive') && c.possessiveStart.test(text)) {
      const first = openingName(input, sentences[k - 1]!);
      if (first !== null) {
        if (isPlace(first)) cues.push({ pos: s.start, kind: 'possessive', actors: [], place: first, locative: false });
        else if (m(first).type === 'ORG') cues.push({ pos: s.start, kind: 'possessive', actors: [first], place: null, locative: false });
      }
    }

    // `the ministry` → `Economy Ministry`
    if (on('head')) {
      // `the ministry`; without articles any noun of five letters or more (`Министерство`)
      const head = c.lex.definite.length
        ? new RegExp(`${B}(?:${alt(c.lex.definite)})\\s*(?:[\\p{L}-]+\\s+){0,2}?(${alt(c.lex.institutions)})${E}`, 'giu')
        : new RegExp(`${B}()(${alt(c.lex.institutions)})${E}`, 'giu');
      for (const hit of text.matchAll(head)) {
        const word = hit[hit.length - 1]!;
        const ns = s.start + (hit.index ?? 0) + hit[0].length - word.length;
        if (inside.some((i) => m(i).start <= ns && m(i).end >= ns)) continue;
        c.plant.lastIndex = 0;
        c.company.lastIndex = 0;
        if (c.plant.test(word) || c.company.test(word)) continue;
        if (c.sourceEnd.test(input.text.slice(Math.max(s.start, s.start + (hit.index ?? 0) - 40), s.start + (hit.index ?? 0)))) continue;
        const org = latestHead(input, mentionsIn, viewOf, k, ns, word);
        if (org !== null) cues.push({ pos: ns, kind: 'head', actors: [org], place: null, locative: false });
      }
    }

    cues.sort((a, b) => a.pos - b.pos);
    for (const e of events) {
      const r = apply(e, cues, k);
      // `The machines are exported to 12 countries`, `Die Fahrzeuge …`, `Les machines …`: a product
      // noun that points back, opening the fact's clause, names the product (a model, a brand) named
      // last before it, when the sentence names none
      if (r.product === null && r.productText !== null && PRODUCT_FACTS.has(r.type) && c.productAnaphor && on('product')) {
        const clause = clauseAt(text, r.trigger.start - s.start);
        c.productAnaphor.lastIndex = 0;
        // (the subject that opens the clause: `50% of the cars sold` is cars in general)
        const opens = (at: number): boolean => clauseAt(text, at) === clause && !/\p{L}/u.test(clauseBefore(text, at));
        const hit = [...text.matchAll(c.productAnaphor)].find((h) => opens(h.index ?? 0) && !c.modifiedAfter.test(text.slice((h.index ?? 0) + h[0].length)));
        if (hit) {
          const at = s.start + (hit.index ?? 0);
          // (`Die Fahrzeuge des Unternehmens`: the company's own brand)
          const ofCompany = c.ofCompanyAfter.test(text.slice((hit.index ?? 0) + hit[0].length));
          const named = ofCompany ? latestCompany(input, mentionsIn, viewOf, k, at) : latestProduct(mentionsIn, viewOf, input, k, at);
          if (named !== null) r.product = named;
        }
      }
      // `we produced…`, `Our target is…`, `Ab 2028 sollen … vom Band laufen`: a fact with no agent of
      // its own belongs to the salient organisation(s): the agents of the latest fact of the last
      // sentences that has one (an organisation, not a country or a speaker)
      // (a brand standing in as the agent, `2,700 Chevrolet cars were produced`, yields to it too)
      const brandOnly = r.actors.length === 1 && r.actors[0] === r.product && viewOf.get(r.product)?.view.productOrg === true;
      // (a partner's stake, one event per partner, speaks for that partner only)
      const salient = (): number | undefined =>
        [...out.keys()].reverse().find((j) => sentenceOf[j]! >= k - SALIENT_WINDOW && !NO_SALIENT.has(out[j]!.type) && !isStake(out[j]!) && out[j]!.actors.some((i) => m(i).type === 'ORG' && viewOf.get(i)?.view.productOrg !== true));
      // `X was appointed its general director`: a person appointed with no organisation named is
      // appointed by the salient one, where the latest fact names exactly one (a post at a joint venture,
      // `zur Geschäftsführerin des Joint Ventures ernannt`, is no post at its partners)
      if (r.type === 'appointment' && r.actors.length && r.actors.every((i) => m(i).type === 'PER') && !(c.venture?.test(text) ?? false) && on('salient')) {
        const prior = salient();
        const orgs = prior === undefined ? [] : out[prior]!.actors.filter((i) => m(i).type === 'ORG');
        if (orgs.length === 1) r.actors = [...r.actors, ...orgs];
      }
      // `agreements were reached`, `an agreement … was signed`: an agreement without parties and
      // without a price or goods (no order, no contract) is between the countries the article last
      // named together as agents (`Kazakhstan and Uzbekistan plan …`; not places named as sites or
      // destinations: `customers in Tashkent and Bishkek`, `deliveries to Kazakhstan and Turkmenistan`)
      if (r.type === 'agreement' && !r.actors.length && r.money === null && r.quantity === null && on('pair')) {
        // (over a quote's few sentences: `Agreements were reached … There are agreements on the creation of a cluster`)
        const pair = latestPair(input, mentionsIn, k, s.start, WINDOW, (i) => viewOf.get(i)?.view.role === 'actor');
        if (pair.length >= 2) r.actors = pair;
      }
      // (a partner alone, `Elle a signé un accord avec X`, joins the salient organisation)
      const partner = partnerOnly(r, k) ? r.actors : [];
      // (a clause whose subject is a common noun phrase, `Indian manufacturers exported …`, names its own agent,
      // and so does one of the whole country, `las fábricas del país produjeron`: the market's, no company's)
      const subject = c.genericSubject.exec(clauseBefore(text, r.trigger.start - s.start));
      // (a country's aggregate, `Turkey's automotive exports`, `les exportations françaises`, `экспорт Казахстана`:
      // that country's on its own soil, as the article names it; and a fact `in the country` with no agent of its
      // own, `640 Millionen Dollar im Land investiert`: the market's, in the country the article is about)
      const nation = e.actors.length || !on('owner-site') ? undefined : nationalAggregate(r, k);
      const domestic = !e.actors.length && on('owner-site') && SITE_TYPES.has(r.type) && (c.inCountry?.test(clauseOf(text, r.trigger.start - s.start)) ?? false);
      if (nation !== undefined) {
        r.actors = nation === null ? [] : [nation];
        if (e.location === null && nation !== null) r.location = nation;
      } else if (domestic) {
        r.actors = [];
        if (e.location === null) r.location = articleCountry() ?? r.location;
      }
      // (a subject of a nation's many, `казахстанские аграрии приобрели`, `Chinese makers produced`: the market's,
      // in that country as the article names it)
      // (a company it points back to stays: `La société ouzbèke a exporté`)
      const people = nation !== undefined || domestic || r.actors.some(isOrg) || !on('owner-site') || !SITE_TYPES.has(r.type) ? undefined : nationalSubject(r, k);
      if (people !== undefined) {
        r.actors = [];
        r.location ??= people;
      }
      const generic = (subject !== null && (subject[1] === undefined || NON_COMPANY.test(subject[1]))) || countryWide(c, text, r.trigger.start - s.start) || nation !== undefined || domestic || people !== undefined;
      // `Генеральный директор X Томас Брандт сообщил, что первые комбайны будут собраны …`: a fact with
      // no agent reported by a speaker of an organisation is that organisation's
      if (!r.actors.length && !NO_SALIENT.has(r.type) && on('salient')) {
        const said = [...out.keys()].reverse().find((j) => sentenceOf[j] === k && out[j]!.type === 'statement' && out[j]!.trigger.end <= r.trigger.start);
        if (said !== undefined) r.actors = out[said]!.actors.filter((i) => m(i).type === 'ORG' && !NON_COMPANY.test(m(i).text));
      }
      // (`Geleitet wird das Werk von X … Derzeit arbeiten in Gandscha 260 Menschen`: a joint venture referred to
      // after the latest fact, or with no fact to inherit from, is the one whose partners a fact of no one's has)
      const joint = !r.actors.length && venture !== null && venture.sentence >= k - SALIENT_WINDOW && on('plant') ? venture : null;
      if ((!r.actors.length || brandOnly || partner.length) && !generic && !NO_SALIENT.has(r.type) && on('salient')) {
        const prior = salient();
        const state = r.actors.length ? undefined : stateFact(r, k);
        if (state !== undefined) {
          r.actors = [...out[state]!.actors];
          r.location ??= out[state]!.location;
        } else if (joint !== null && (prior === undefined || joint.sentence > sentenceOf[prior]! || plantSubject(k, c))) {
          r.actors = [...joint.owners];
          if (r.location === null && SITE_TYPES.has(r.type)) r.location = joint.place;
        } else if (prior !== undefined) {
          r.actors = [...out[prior]!.actors.filter((i) => m(i).type === 'ORG' && !partner.includes(i)), ...partner];
          // the organisation's site comes with it when the sentence names none
          if (r.location === null && SITE_TYPES.has(r.type) && SITE_TYPES.has(out[prior]!.type)) r.location = out[prior]!.location;
        }
      }
      // `que en marzo encargó a la sociedad conjunta 120 autobuses`, `the joint venture will export`: a joint venture
      // referred back by its noun in a fact's clause stands for its partners (not in a partner's stake of it)
      if (!isStake(r) && !NO_SALIENT.has(r.type) && on('plant')) {
        const partners = ventureInClause(r, k).filter((p) => !r.actors.some((a) => sameOrganisation(a, p)));
        r.actors = [...r.actors, ...partners];
      }
      // `The contract was signed on Tuesday in Tashkent`, `He signed the contract … together with ADY deputy
      // chairman X`: an agreement referred back, naming no other organisation, is between the parties of the
      // latest agreement (a person signing for one of them is no party)
      if (r.type === 'agreement' && (c.agreementBack?.test(text) ?? false) && on('company')) {
        const party = (i: number): boolean => m(i).type !== 'PER';
        const prior = [...out.keys()].reverse().find((j) => out[j]!.type === 'agreement' && sentenceOf[j]! < k && out[j]!.actors.filter(party).length >= 2);
        const parties = prior === undefined ? [] : out[prior]!.actors.filter(party);
        if (parties.length && r.actors.filter(party).every((i) => parties.some((p) => sameOrganisation(p, i)))) r.actors = [...parties];
      }
      // `a signé un accord avec le groupe Allur pour assembler ses camions`: what an agreement of the
      // sentence is made for is its parties' doing (the facts of the venture after it take them all); not
      // goods supplied or sold (`agreed to supply 4,000 engines to X`: the supplier's)
      if (!NO_SALIENT.has(r.type) && !HOME_SITED.has(r.type) && r.type !== 'agreement' && (c.purposeEnd?.test(input.text.slice(s.start, r.trigger.start)) ?? false) && on('company')) {
        const deal = [...out.keys()].reverse().find((j) => sentenceOf[j] === k && out[j]!.type === 'agreement' && out[j]!.trigger.end <= r.trigger.start);
        const parties = deal === undefined ? [] : out[deal]!.actors.filter((i) => m(i).type !== 'PER');
        if (parties.length >= 2 && r.actors.every((i) => parties.some((p) => sameOrganisation(p, i)))) r.actors = [...parties];
      }
      // `die kasachische Seite hält 51 Prozent`, `le partenaire ouzbek 40 %`: a stake of a side is that partner's
      if (isStake(r) && on('company')) {
        const holder = sideHolder(r, k);
        if (holder !== null) r.actors = [holder];
      }
      if (r.location === null) r.location = ownerSite(r, s.end);
      // an export or a sale with no site of its own is placed in its organisation's country, where
      // the article says which (`Uzbekistan's UzAuto Motors`, `UzAuto Motors, Uzbekistan's largest carmaker`)
      if (r.location === null && HOME_SITED.has(r.type) && on('owner-site')) {
        const org = r.actors.find((a) => m(a).type === 'ORG');
        if (org !== undefined) r.location = homeOf(org) ?? (r.type === 'export' ? countryOfExports(org) : null);
      }
      if (r.location === null && r.type === 'export' && on('owner-site')) r.location = makersCountry(r, s);
      // a sale in the home market (`Las ventas en el mercado interno`), or a fact of the country's
      // plants (`las fábricas del país produjeron`), is the country's, not the site's
      const national = (r.type === 'sales' && c.homeMarket?.test(text)) || countryWide(c, text, r.trigger.start - s.start);
      if (national && r.location !== null && on('owner-site')) r.location = countryOf(r.location) ?? r.location;
      // a revenue with no place of its own (`Der Umsatz stieg auf 214 Milliarden Tenge`, `Los ingresos
      // del grupo crecieron`) is the whole company's: it takes no site from the facts around it
      if (r.type === 'sales' && r.quantity === null && r.money !== null && e.location === null && on('owner-site')) r.location = null;
      out.push(r);
      sentenceOf.push(k);
    }
    // `о создании в Навои совместного предприятия`, `der 55 Prozent an dem Gemeinschaftsunternehmen hält`:
    // a joint venture in a sentence whose fact creates something with two organisations or more (as
    // resolved: `gemeinsam mit X` names one) is theirs, at that fact's site: a new plant, not one named before
    const founders = founded.length ? foundersOf(k) : null;
    for (const v of founded) if (founders) frames.push({ pos: v.pos, owners: founders.owners, place: v.site ?? founders.place });
    const shared = sharedBy(k);
    if (shared) frames.push(shared);
    referToVenture(k);
    // (no plant frame: a plant noun after it may be a partner's own, `En la fábrica de Valladolid`)
    const agreed = shared ? null : agreedVenture(k, c);
    if (agreed) venture = { ...agreed, sentence: k };
  });
  if (on('dateline')) datedByLeadParagraph();

  return out;

  /**
   * The lead's news with no day of its own takes the day its paragraph gives it when it tells it again
   * (`Совместное предприятие … начало работу в Сумгайыте. Открыл производство в понедельник …`): the
   * day of the next actual fact of the same type in the lead's paragraph.
   */
  function datedByLeadParagraph(): void {
    out.forEach((r, j) => {
      if (sentenceOf[j] !== lead || r.time !== null || r.modality !== 'actual' || r.type === 'statement') return;
      const again = out.find((x, i) => sentenceOf[i]! > lead && oneParagraph(lead, sentenceOf[i]!) && x.type === r.type && x.modality === 'actual' && isDay(x.time));
      if (again !== undefined) r.time = again.time;
    });
  }

  /**
   * Whether a fact's one actor stands only as a partner after the trigger (`signed an agreement with
   * Chinese automaker BYD`, `подписала с белорусским МТЗ`), so its subject is unnamed: not a passive
   * agent (`built by X`), not a statement or a visit.
   */
  function partnerOnly(r: EventCandidate, k: number): boolean {
    if (r.actors.length !== 1 || r.type === 'statement' || r.type === 'visit' || !on('salient')) return false;
    const x = m(r.actors[0]!);
    const s = sentences[k]!;
    if (x.start < r.trigger.start || x.start < s.start || x.end > s.end) return false;
    const c = compile(discourseKey(views[k]!.key));
    const hit = c.partnerEnd.exec(input.text.slice(Math.max(s.start, x.start - 40), x.start));
    return hit !== null && !(c.passiveAgentStart?.test(hit[0]) ?? false);
  }

  /**
   * A state's own fact of the same kind right before a fact with no agent (`Правительство Кыргызстана
   * утвердило программу … стоимостью 9,6 млрд сомов. По его словам, 4 млрд сомов будут выделены …`): the
   * state goes on acting; undefined when the latest fact with an agent, in this sentence or the one
   * before, is another kind or has an organisation or a person among its agents.
   */
  function stateFact(r: EventCandidate, k: number): number | undefined {
    const j = [...out.keys()].reverse().find((i) => sentenceOf[i]! >= k - 1 && !NO_SALIENT.has(out[i]!.type) && out[i]!.actors.length > 0);
    return j !== undefined && out[j]!.type === r.type && !isStake(out[j]!) && out[j]!.actors.every(isPlace) ? j : undefined;
  }

  /**
   * The partners of the joint venture of the last sentences (`venture`) where a fact's clause refers back to it by a
   * definite venture noun (`la sociedad conjunta`, `the joint venture`, `das Gemeinschaftsunternehmen`); none else.
   */
  function ventureInClause(r: EventCandidate, k: number): number[] {
    const c = compile(discourseKey(views[k]!.key));
    if (venture === null || venture.sentence < k - SALIENT_WINDOW || !c.venture) return [];
    const s = sentences[k]!;
    const text = input.text.slice(s.start, s.end);
    const at = r.trigger.start - s.start;
    const from = clauseStart(text, at);
    const clause = clauseOf(text, at);
    const back = [...clause.matchAll(new RegExp(c.venture.source, 'giu'))].some((h) => {
      const before = text.slice(Math.max(0, from + (h.index ?? 0) - 40), from + (h.index ?? 0));
      return (c.definiteEnd ? c.definiteEnd.test(before) : true) && !c.freshEnd.test(before);
    });
    return back ? venture.owners : [];
  }

  /** Whether sentence `k` opens a paragraph after the lead's (a blank line before it). */
  function opensParagraph(k: number): boolean {
    return k > Math.max(lead, 0) && !oneParagraph(k - 1, k);
  }

  /** The company the article is about: the first company acting in a fact of the title or the lead; null when none. */
  function protagonist(): number | null {
    const fact = out.find((e, j) => sentenceOf[j]! <= Math.max(lead, 0) && e.actors.some((i) => canBeCompany(m(i), viewOf.get(i)?.view)));
    return fact === undefined ? null : fact.actors.find((i) => canBeCompany(m(i), viewOf.get(i)?.view))!;
  }

  /** The first company acting in the latest fact of the last sentences before sentence `k`; null when none. */
  function salientCompany(k: number): number | null {
    // (a speaker's organisation that a fact of its own made the agent acts: `директор X сообщил, что … будут собраны`)
    const isCompany = (j: number) => (i: number): boolean =>
      canBeCompany(m(i), viewOf.get(i)?.view) || (!NO_SALIENT.has(out[j]!.type) && canBeCompany(m(i), { ...viewOf.get(i)?.view, sidelined: false } as MentionView));
    const fact = [...out.keys()].reverse().find((j) => sentenceOf[j]! >= k - SALIENT_WINDOW && out[j]!.actors.some(isCompany(j)));
    return fact === undefined ? null : out[fact]!.actors.find(isCompany(fact))!;
  }

  /**
   * The holder of a stake named as a side by its nationality (`die kasachische Seite hält 51 Prozent`, `the
   * Uzbek partner 40 percent`, `Доля казахстанской стороны … — 49%`): the partner of that country (by a
   * word before one of its names or by its home), else a company of that country named before (`l'ouzbek
   * UzAuto Motors`), else the one partner (of the latest venture and the fact) of no other country; null when none.
   */
  function sideHolder(r: EventCandidate, k: number): number | null {
    const demonym = sideCountry(r, k);
    if (demonym === null) return null;
    const s = sentences[k]!;
    /** The countries of an organisation: named by words up to three before one of its names, its home. */
    const partnerCountries = (o: number): string[] => {
      const home = homeOf(o);
      // (and a country its name holds: `Ferrocarriles de Uzbekistán`)
      const before = input.mentions.filter((x) => x.type === 'ORG' && x.start < s.end && sameName(x.text, m(o).text)).flatMap((x) => countriesOf(wordsOf(input.text.slice(Math.max(0, x.start - 40), x.start)).slice(-3)));
      return [...before, ...(home === null ? [] : countriesIn(m(home).text)), ...countriesIn(m(o).text)].filter((w) => articleCountries().has(w));
    };
    const partners: number[] = [];
    for (const o of [...(venture?.owners ?? []), ...r.actors.filter(isOrg)]) if (!partners.some((p) => sameName(m(p).text, m(o).text))) partners.push(o);
    const own = partners.find((o) => partnerCountries(o).includes(demonym));
    if (own !== undefined) return own;
    const before = input.mentions.map((_, i) => i).filter((i) => isOrg(i) && m(i).end <= r.trigger.start && canBeCompany(m(i), viewOf.get(i)?.view)).reverse();
    const elsewhere = before.find((o) => partnerCountries(o).includes(demonym));
    if (elsewhere !== undefined) return elsewhere;
    const free = partners.filter((o) => partnerCountries(o).every((w) => w === demonym));
    return partners.length >= 2 && free.length === 1 ? free[0]! : null;
  }

  /**
   * The country of the side a stake's figure names: a side noun (`sideNouns`) with a word beside it of a
   * country the article names, or a demonym standing for the side (`кыргызской — 60%`), nearer the figure
   * than any organisation's name and than another share of the sentence (`60% …, узбекскому партнёру — 40%`
   * is the 40%'s); null when none.
   */
  function sideCountry(r: EventCandidate, k: number): string | null {
    const c = compile(discourseKey(views[k]!.key));
    const s = sentences[k]!;
    const figure = r.numbers.map((i) => input.numbers[i]!).find((n) => n.kind === 'percent');
    if (!c.side || !figure) return null;
    const gapTo = (n: NumberFact) => (a: number, b: number): number => (b <= n.start ? n.start - b : a >= n.end ? a - n.end : 0);
    const gap = gapTo(figure);
    const named = Math.min(...mentionsIn[k]!.filter(isOrg).map((i) => gap(m(i).start, m(i).end)));
    const shares = input.numbers.filter((n) => n.kind === 'percent' && n !== figure && n.start >= s.start && n.end <= s.end);
    c.side.lastIndex = 0;
    const ofArticle = (w: string | undefined): string | null => (w ? countriesIn(w) : []).find((x) => articleCountries().has(x)) ?? null;
    const sides = [...s.text.matchAll(c.side)].map((h) => {
      const [a, b] = [s.start + (h.index ?? 0), s.start + (h.index ?? 0) + h[0].length];
      const country = ofArticle(/([\p{L}-]+)[^\p{L}]*$/u.exec(input.text.slice(s.start, a))?.[1]) ?? ofArticle(/^[^\p{L}]*([\p{L}-]+)/u.exec(input.text.slice(b, s.end))?.[1]);
      return { a, b, country };
    });
    // (a side named by its demonym alone, `кыргызской — 60%`, `la empresa ferroviaria uzbeka, el 51 %`; not a
    // state's stake, `the Georgian state holds 35%`, whose country stands as the actor)
    const demonyms = r.actors.some((i) => isPlace(i) || m(i).type === 'MISC') ? [] : mentionsIn[k]!.filter((i) => m(i).type === 'MISC').map((i) => ({ a: m(i).start, b: m(i).end, country: ofArticle(m(i).text) }));
    const side = [...sides, ...demonyms]
      .filter(({ a, b }) => gap(a, b) < named && shares.every((n) => gap(a, b) < gapTo(n)(a, b)))
      .sort((x, y) => gap(x.a, x.b) - gap(y.a, y.b))[0];
    return side?.country ?? null;
  }

  /** The countries of the article's places and demonyms (a demonym beside a side noun names one of them). */
  function articleCountries(): Set<string> {
    countries ??= new Set(input.mentions.filter((x) => x.type === 'GPE' || x.type === 'LOC' || x.type === 'MISC').flatMap((x) => countriesIn(x.text)));
    return countries;
  }

  /** The organisations of sentence `k`'s first resolved fact that creates something with two of them or more, and its site; null when none. */
  function foundersOf(k: number): { owners: number[]; place: number | null } | null {
    const made = out.find((e, j) => sentenceOf[j] === k && CREATION_TYPES.has(e.type) && e.actors.filter(isOrg).length >= 2);
    return made ? { owners: made.actors.filter(isOrg), place: made.location } : null;
  }

  /**
   * A joint venture noun with its partners (`Совместное предприятие «Тоджиксаноатмаш» и Tianlong Motor`), in a
   * sentence that creates nothing, describes the company the latest facts are about when that is none of the
   * partners: a venture with a name of its own (`ООО «Худжандский автосборочный завод» (ХАЗ) выпустило …`) is
   * the actor of its own facts, so the plant it opens is that company's; else the partners stand.
   */
  function namedVenture(k: number, ns: number, ne: number, owners: number[], events: EventCandidate[], c: CompiledDiscourse): number[] {
    if (owners.length < 2 || !(c.ventureEnd?.test(input.text.slice(Math.max(sentences[k]!.start, ns - 40), ne)) ?? false)) return owners;
    if (events.some((e) => CREATION_TYPES.has(e.type))) return owners;
    const named = salientCompany(k);
    return named === null || owners.some((o) => sameOrganisation(o, named)) ? owners : [named];
  }

  /**
   * A plant whose stakes sentence `k` splits between two organisations or more is their joint venture (a frame at
   * the sentence's end, over the venture noun the stakes are in): `Ertis will own 60% of the joint venture and
   * Koltech 40%`, `Alvéon détiendra 70 % de la coentreprise, Kolkheti Motors 30 %`; null when none, or when the
   * sentence names the venture, a company of its own (`«Тоджиксаноатмаш» принадлежит 51% ХАЗ, китайскому партнёру — 49%`).
   */
  function sharedBy(k: number): Frame | null {
    const stakes = out.filter((e, j) => sentenceOf[j] === k && isStake(e));
    const holders: number[] = [];
    for (const e of stakes) for (const o of e.actors.filter(isOrg)) if (!holders.some((h) => sameOrganisation(h, o))) holders.push(o);
    const named = mentionsIn[k]!.some((i) => isOrg(i) && !holders.some((h) => sameOrganisation(h, i)));
    if (holders.length < 2 || named) return null;
    return { pos: sentences[k]!.end - 1, owners: holders, place: siteOf(holders) ?? stakes.find((e) => e.location !== null)?.location ?? null };
  }

  /**
   * Whether sentence `k` opens with a plant noun, its subject (`La nueva planta, que empleará a 260 personas, arrancará
   * …`, `The plant will employ …`), with no plant of one organisation named since the latest joint venture: the
   * plant is the venture, whoever the facts between were of (`Duero tendrá el 50 % del capital y aportará 22 millones`).
   */
  function plantSubject(k: number, c: CompiledDiscourse): boolean {
    if (venture === null) return false;
    const s = sentences[k]!;
    const since = sentences[venture.sentence]!.end;
    // (a plant of one organisation since, or one at another site in this sentence: `En la fábrica de Valladolid, …`)
    return c.plantOpening.test(s.text) &&
      !frames.some((f) => f.pos >= since && f.pos < s.start && f.owners.filter(isOrg).length === 1) &&
      !frames.some((f) => f.pos >= s.start && f.pos < s.end && f.place !== null && f.place !== venture!.place);
  }

  /**
   * An agreement of two organisations or more made to build a plant or a joint venture makes it their joint venture
   * (at the agreement's site): `la empresa ha firmado con X un acuerdo para crear una
   * sociedad conjunta en Konya`, `signed an agreement with Koltech to build a foundry`; null when none (an agreement
   * to supply goods names no plant: `agreed to supply 4,000 engines`).
   */
  function agreedVenture(k: number, c: CompiledDiscourse): Frame | null {
    const s = sentences[k]!;
    const deal = out.find((e, j) => sentenceOf[j] === k && e.type === 'agreement' && e.actors.filter(isOrg).length >= 2);
    if (!deal || !c.purposeNear) return null;
    const nouns = [c.plant, c.venture].filter((x): x is RegExp => x !== null).map((x) => new RegExp(x.source, 'giu'));
    const after = input.text.slice(deal.trigger.end, s.end);
    const made = nouns.some((x) => [...after.matchAll(x)].some((h) => c.purposeNear!.test(after.slice(0, h.index ?? 0))));
    return made ? { pos: s.end - 1, owners: deal.actors.filter(isOrg), place: deal.location } : null;
  }

  /** The site of the latest plant of any of some organisations (`the joint car plant … in the Hajigabul Industrial District`); null when none. */
  function siteOf(owners: number[]): number | null {
    return [...frames].reverse().find((f) => f.place !== null && f.owners.some((o) => owners.some((h) => sameOrganisation(h, o))))?.place ?? null;
  }

  /** A plant of two organisations or more that sentence `k` names is a joint venture: later facts of no one's may be its partners'. */
  function referToVenture(k: number): void {
    const s = sentences[k]!;
    const joint = frames.filter((f) => f.pos >= s.start && f.pos < s.end && f.owners.filter(isOrg).length >= 2).pop();
    if (joint) venture = { ...joint, owners: joint.owners.filter(isOrg), sentence: k };
  }

  /**
   * The plant a bare plant noun names where no frame is open: the one its sentence creates at a place
   * (Russian has no article: `построит в Костанае завод`, `la planta que el presidente inauguró`).
   */
  function siteOfMaking(pos: number): Frame | null {
    if (!on('plant')) return null;
    const k = sentences.findIndex((s) => s.start <= pos && pos < s.end);
    const made = (perSentence[k] ?? []).find((e) => CREATION_TYPES.has(e.type) && ownersOf(e).some((o) => m(o).type === 'ORG') && e.location !== null);
    if (!made) return null;
    // (a partner standing alone, `l'accord conclu avec le constructeur X`, owns no plant: the salient company does)
    if (!partnerOnly(made, k)) return { pos, owners: ownersOf(made), place: made.location };
    const salient = salientCompany(k);
    return salient === null ? null : { pos, owners: [salient], place: made.location };
  }

  /**
   * The site of the organisation(s) acting, where known: a plant of theirs (`frames`), else the place
   * of their own earlier fact (`UzAuto Motors Powertrain builds engines in Tashkent` → its later
   * investment is in Tashkent). A joint act of others is not sited there.
   */
  function ownerSite(r: EventCandidate, before: number): number | null {
    if (!SITE_TYPES.has(r.type) || !on('owner-site')) return null;
    // (a state's stake, `Azerbaijan holds 75 percent`, `in which the Georgian state holds a 35% stake`, is a
    // share of the enterprise the article is about: the site of the latest plant)
    const latest = (): number | null => [...frames].reverse().find((x) => x.pos < before && x.place !== null)?.place ?? null;
    if (isStake(r) && r.actors.length > 0 && r.actors.every((a) => isPlace(a))) return latest();
    if (!r.actors.some((a) => m(a).type === 'ORG')) return null;
    // (by name or by the short name the article gave it: `Самаркандский автомобильный завод (СамАвто)`)
    const owned = (owners: number[]): boolean => r.actors.every((a) => owners.some((o) => sameOrganisation(o, a)));
    const f = [...frames].reverse().find((x) => x.pos < before && x.place !== null && owned(x.owners));
    if (f) return f.place;
    // (so is the stake of a holder with no plant of its own: `«Тоджиксаноатмаш» принадлежит 51% ХАЗ`)
    if (isStake(r)) return latest();
    // (a workforce or an investment only: an export or a sales figure is the country's, not the site's)
    if (!FACT_SITED.has(r.type)) return null;
    const fact = [...out].reverse().find((x) => x.type === 'production' && x.location !== null && x.actors.length > 0 && viewOf.get(x.location)?.view.role === 'locative' && owned(x.actors));
    return fact?.location ?? null;
  }

  /**
   * Whether a sentence after `k` tells an agreement again (`the contract`, `el acuerdo`: the pack's agreement
   * words after a definite article) with a place of its own: the signing was there, not at the dateline.
   */
  function signedElsewhere(k: number): boolean {
    return sentences.some((s, j) => j > k && (perSentence[j] ?? []).some((e) => e.type === 'agreement' && e.location !== null) &&
      (compile(discourseKey(views[j]!.key)).agreementBack?.test(input.text.slice(s.start, s.end)) ?? false));
  }

  /**
   * A site as the article's body first gives it, of a town and a zone named after it (`Industriepark Sumgait`,
   * `Parque Industrial de Mingachevir`): `the Hajigabul plant` after `the plant … in the Hajigabul Industrial
   * District` is in that district, while `La fábrica, situada en el Parque Industrial de Mingachevir` after
   * `su primera planta …, en la ciudad azerbaiyana de Mingachevir` only describes the site of the plant in the
   * town. The headline and the dateline do not count (the body starts after the dateline); the zone is one
   * named up to `end`.
   */
  function siteAsFirstGiven(place: number, end: number): number {
    const body = line?.end ?? 0;
    const first = (i: number): number => input.mentions.findIndex((x) => x.start >= body && (x.type === 'GPE' || x.type === 'LOC') && norm(x.text) === norm(m(i).text));
    const named = (zone: number, town: number): boolean => {
      const z = norm(m(zone).text);
      return z !== norm(m(town).text) && ` ${z} `.includes(` ${norm(m(town).text)} `) && ZONE.test(m(zone).text);
    };
    const before = (a: number, b: number): boolean => first(a) >= 0 && (first(b) < 0 || m(first(a)).start < m(first(b)).start);
    if (ZONE.test(m(place).text)) {
      const town = input.mentions.findIndex((x, i) => x.type === 'GPE' && named(place, i));
      return town >= 0 && before(town, place) ? first(town) : place;
    }
    const zone = input.mentions.findIndex((x, i) => i !== place && x.end <= end && isPlace(i) && named(i, place));
    return zone >= 0 && !before(place, zone) ? zone : place;
  }

  /**
   * The organisation a person works for, by an apposition after one of their names in the article
   * (`Elchin Mammadov, chief executive of the freight forwarder Caspian Auto Logistics`); a bare
   * surname is the latest person who bears it.
   */
  function organisationOf(person: number): number | null {
    const last = (t: string) => norm(t).split(' ').pop() ?? '';
    const surname = last(m(person).text);
    const named = input.mentions.map((x, i) => [x, i] as const).filter(([x]) => x.type === 'PER' && x.start <= m(person).start && last(x.text) === surname);
    for (const [x] of named.reverse()) {
      const org = input.mentions.findIndex((y) => y.type === 'ORG' && y.start > x.end && APPOSITION_OF.test(input.text.slice(x.end, y.start)));
      if (org >= 0) return org;
    }
    return null;
  }

  /**
   * The country an organisation's earlier export left from, as the article names that country
   * (`will start shipping crossovers assembled at its plant in Asaka` → the company's later exports
   * leave Uzbekistan): goods that leave no named site leave their maker's country. (Its plans to
   * produce elsewhere say nothing of where its exports come from.) Null when no export of the
   * organisation has a place in a known country, or the article never names that country.
   */
  function countryOfExports(org: number): number | null {
    const fact = [...out].reverse().find((x) => x.location !== null && x.type === 'export' && x.actors.some((a) => sameName(m(a).text, m(org).text)));
    if (!fact) return null;
    return countryOf(fact.location!);
  }

  /**
   * The country an export's sentence names its makers by before the trigger: a nationality
   * (`l'industrie automobile ouzbèke : … ses exportations`, `die usbekische Autoindustrie: … die
   * Exporte`) or a country's genitive (`Uzbekistan's car industry: … its exports`), as the article
   * names that country; the nearest one before the trigger, null when none.
   */
  function makersCountry(r: EventCandidate, s: Sentence): number | null {
    const before = input.mentions.filter((x) => x.start >= s.start && x.end <= r.trigger.start).reverse();
    for (const x of before) {
      const genitive = x.type === 'GPE' && /^['’]s?\s/u.test(input.text.slice(x.end, x.end + 3));
      const country = x.type === 'MISC' ? demonymOf(x.text) : genitive ? countryCodeOf(x.text) : null;
      if (country !== null) return countryNamed(country);
    }
    return null;
  }

  /**
   * The town a plant is named after, by the two words before its plant noun (`Samarkand Automobile
   * Plant`, `Самаркандский автомобильный завод`, `Das Samarkander Automobilwerk`): a capitalised word
   * that begins with a listed place's name, as the article names that place (quotes around the name do
   * not count: `ООО «Худжандский автосборочный завод»`); null when none.
   */
  function townOfName(before: string): number | null {
    const words = before.split(/\s+/u).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter(Boolean).slice(-2);
    for (const w of words.reverse()) {
      const town = /^\p{Lu}/u.test(w) ? placeIdWithin(w) : null;
      if (town === null) continue;
      const named = input.mentions.findIndex((x) => (x.type === 'GPE' || x.type === 'LOC') && placeIdWithin(x.text) === town);
      if (named >= 0) return named;
    }
    return null;
  }

  /** The country a place lies in, as the article names that country; null when unknown or never named. */
  function countryOf(place: number): number | null {
    const country = countryCodeOf(m(place).text) ?? placeCountryOf(m(place).text);
    return country === null ? null : countryNamed(country);
  }

  /** The first mention of a country (ISO alpha-2) in the article, or null when it is never named. */
  function countryNamed(country: string): number | null {
    const named = input.mentions.findIndex((x) => x.type === 'GPE' && countryCodeOf(x.text) === country);
    return named >= 0 ? named : null;
  }

  /**
   * The country whose aggregate a fact of sentence `k` is: a noun of the pack's `aggregateNouns` in the
   * trigger's clause with a nationality beside it (`Spanish exports`, `les exportations françaises`,
   * `deutsche Exporte`) or a country's possessive before it or genitive after it (`Turkey's automotive
   * exports`, `экспорт Казахстана`, `les exportations de la France`): the country's first mention, null
   * where the article never names it; undefined when no such noun qualifies the fact (`Tekin's exports`,
   * `die Exporte des Unternehmens`, `exports to Uzbekistan`).
   */
  function nationalAggregate(r: EventCandidate, k: number): number | null | undefined {
    const c = compile(discourseKey(views[k]!.key));
    if (!c.aggregate || !AGGREGATE_TYPES.has(r.type)) return undefined;
    const s = sentences[k]!;
    const clause = clauseAt(s.text, r.trigger.start - s.start);
    c.aggregate.lastIndex = 0;
    for (const hit of s.text.matchAll(c.aggregate)) {
      if (clauseAt(s.text, hit.index ?? 0) !== clause) continue;
      const [a, b] = [s.start + (hit.index ?? 0), s.start + (hit.index ?? 0) + hit[0].length];
      for (const i of mentionsIn[k]!) {
        const x = m(i);
        const before = x.end <= a ? input.text.slice(x.end, a) : null;
        const after = x.start >= b ? input.text.slice(b, x.start) : null;
        const code =
          x.type === 'MISC' && ((before !== null && /^\s+(?:[\p{L}-]+\s+)?$/u.test(before)) || (after !== null && /^\s+$/u.test(after)))
            ? demonymOf(x.text)
            : x.type === 'GPE' && ((before !== null && /^['’]s?\s+(?:[\p{L}-]+\s+)?$/u.test(before)) || (after !== null && (/^\s+$/u.test(after) || (c.genitiveAfter?.test(after) ?? false))))
              ? countryCodeOf(x.text)
              : null;
        if (code !== null) return countryNamed(code);
      }
    }
    return undefined;
  }

  /**
   * The country of a fact's subject named by a nationality and a common noun right before the trigger
   * (`казахстанские аграрии приобрели`, `Kazakh farmers bought`): the country's first mention, null
   * where the article never names it; undefined when the trigger has no such subject (`the Turkish
   * Tekin`, a name after the nationality; `the Turkish company`, a company noun, points back; `German
   * manufacturers` are the country acting, ./index.ts stateActors).
   */
  function nationalSubject(r: EventCandidate, k: number): number | null | undefined {
    const s = sentences[k]!;
    const c = compile(discourseKey(views[k]!.key));
    const start = s.start + clauseStart(s.text, r.trigger.start - s.start);
    const noun = (gap: string): boolean => /^\s+\p{Ll}[\p{L}-]*\s+$/u.test(gap) && !c.modifiedAfter.test(gap);
    const x = mentionsIn[k]!.map(m).find((y) => y.type === 'MISC' && y.start >= start && noun(input.text.slice(y.end, r.trigger.start)));
    const code = x === undefined ? null : demonymOf(x.text);
    return code === null ? undefined : countryNamed(code);
  }

  /** The country the article is about: the one whose name and places it names most (the first named on a tie); null when it never names a country. */
  function articleCountry(): number | null {
    const counts = new Map<string, number>();
    for (const x of input.mentions) {
      if (x.type !== 'GPE' && x.type !== 'LOC') continue;
      const code = countryCodeOf(x.text) ?? placeCountryOf(x.text);
      if (code !== null) counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].map(([code, n]) => [countryNamed(code), n] as const).filter(([at]) => at !== null).sort((p, q) => q[1] - p[1] || p[0]! - q[0]!);
    return ranked[0]?.[0] ?? null;
  }

  /** The country an organisation belongs to by a possessive before one of its names or an apposition after it. */
  function homeOf(org: number): number | null {
    for (const x of input.mentions) {
      if (x.type !== 'ORG' || !sameName(x.text, m(org).text)) continue;
      for (const [j, p] of input.mentions.entries()) {
        if (p.type !== 'GPE' && p.type !== 'LOC') continue;
        if (p.end <= x.start && /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(input.text.slice(p.end, x.start))) return j;
        // a genitive written onto the name (`Usbekistans größter Autohersteller UzAuto Motors`): an attribute and a noun between
        if (p.end <= x.start && /\p{Ll}s$/u.test(p.text) && /^\s+(?:\p{Ll}[\p{L}-]*\s+)?\p{Lu}[\p{L}-]*\s+$/u.test(input.text.slice(p.end, x.start))) return j;
        if (p.start >= x.end && /^\s*,\s*$/u.test(input.text.slice(x.end, p.start)) && /^['’]s?\s/u.test(input.text.slice(p.end, p.end + 3))) return j;
        // a company noun of the country in an apposition, before the name or after it (`le plus grand
        // constructeur automobile d'Ouzbékistan, UzAuto Motors`, `UzAuto Motors, el mayor fabricante de automóviles de Uzbekistán`)
        const c = compile(discourseKey(views[viewOf.get(j)?.sentence ?? 0]!.key));
        if (p.end <= x.start && /^\s*,\s*$/u.test(input.text.slice(p.end, x.start)) && c.homeOfEnd.test(input.text.slice(Math.max(0, p.start - 60), p.start))) return j;
        if (p.start >= x.end && p.start - x.end <= 80 && c.homeApposition.test(input.text.slice(x.end, p.start))) return j;
      }
    }
    return null;
  }

  function apply(e: EventCandidate, cues: Cue[], k: number): EventCandidate {
    const r: EventCandidate = { ...e, actors: [...e.actors] };
    const s = sentences[k]!;
    // actors: an empty slot, or one holding only the brand the product names
    if (r.type === 'visit') {
      // `the company's management will visit Karshi`: the visitor
      const cue = cues.find((q) => q.actors.length > 0 && (q.kind === 'company' || q.kind === 'pair' || q.kind === 'head'));
      if (cue && !r.actors.length) r.actors = [...cue.actors];
    } else if (r.type !== 'statement') {
      const brandOnly = r.actors.length === 1 && r.product !== null && r.actors[0] === r.product && viewOf.get(r.product)?.view.productOrg === true;
      // (a subject of the whole country, `las fábricas del país produjeron`, points back to no plant)
      const wide = countryWide(compile(discourseKey(views[k]!.key)), s.text, e.trigger.start - s.start);
      const cue = wide ? undefined : cues.find((q) => q.actors.length > 0 && (!brandOnly || q.kind === 'place' || q.kind === 'plant'));
      if (cue && (!r.actors.length || brandOnly)) r.actors = [...cue.actors];
      // `The company signed an agreement with BYD`, `La société a signé un accord avec Uzavtosanoat`: a
      // name that stands only as the partner leaves the subject to the anaphor before the trigger
      else if (partnerOnly(r, k)) {
        const subject = cues.find((q) => q.actors.length > 0 && q.pos < e.trigger.start && (q.kind === 'company' || q.kind === 'plant' || q.kind === 'head'));
        if (subject) r.actors = [...subject.actors.filter((a) => !r.actors.includes(a)), ...r.actors];
      }
      // `Uzbekistan plans to launch production … at the Azermash plant`: the plant's owner takes part
      const at = SITE_TYPES.has(r.type) && r.actors.length > 0 ? cues.find((q) => q.kind === 'named' && q.locative && (q.owners ?? []).some((o) => m(o).type === 'ORG')) : undefined;
      for (const o of at?.owners ?? []) if (m(o).type === 'ORG' && !r.actors.some((a) => sameName(m(a).text, m(o).text))) r.actors.push(o);
    }
    // location
    if (r.type === 'visit') {
      // `at the plant`, or the plant visited (`visited the plant`, `besuchte das Werk`, `a visité l'usine`): the visit's object
      const object = (q: Cue) => q.pos >= e.trigger.end && /^\s*(?:\p{L}+\s+|\p{L}+['’])?$/u.test(input.text.slice(e.trigger.end, q.pos));
      const cue = cues.find((q) => (q.locative || object(q)) && q.place !== null && (q.kind === 'plant' || q.kind === 'named'));
      if (cue) r.location = cue.place;
    } else if (r.type !== 'statement') {
      const fallback = r.location !== null && viewOf.get(r.location)?.view.role === 'actor';
      const ours = (q: Cue): boolean =>
        q.kind !== 'named' || q.locative || r.actors.every((a) => (q.owners ?? []).some((o) => sameName(m(o).text, m(a).text)));
      // (only a fact bound to a site takes the site a cue brings: an agreement of the group is no fact of its
      // plant, `Le groupe a livré 300 camions …, en vertu d'un contrat signé …`, and a post is placed only by its
      // own clause, `Geleitet wird das Werk von X, die im Juli … ernannt worden war`)
      const sited = r.location === null && SITE_TYPES.has(r.type);
      const cue = sited ? cues.find((q) => q.place !== null && ours(q)) : fallback ? cues.find((q) => q.locative && q.place !== null && (q.kind === 'plant' || q.kind === 'named')) : undefined;
      if (cue) r.location = cue.place;
      if (r.location === null) r.location = ownerSite(r, s.end);
    }
    if (r.location !== null && r.type !== 'statement' && isPlace(r.location) && on('plant')) r.location = siteAsFirstGiven(r.location, s.end);
    // time
    if (r.time !== null && year !== null && on('relative-year')) r.time = completeYear(r.time, year);
    /** The lead's statement dated by the dateline alone: a weekday beside its verb may still name the day (`сообщил в среду`). */
    let fromDateline = false;
    if (r.time === null && r.type === 'statement' && k === lead && line?.date && on('dateline')) {
      r.time = completeYear(line.date, year);
      fromDateline = true;
      // the lead's statement was made where the dateline says, unless it was given to a medium
      // (`X told Trend`, `сообщил Kun.uz`): the dateline is then the medium's desk, not the speaker's place
      const told = compile(discourseKey(views[k]!.key)).toMedium;
      const toMedium = mentionsIn[k]!.some((i) => m(i).type === 'ORG' && viewOf.get(i)?.view.sidelined === true) || (told?.test(input.text.slice(s.start, s.end)) ?? false);
      if (r.location === null && line.place !== null && input.referenceDate?.dateline && !toMedium) r.location = line.place;
    }
    // a statement is said where its speaker was: at the site they visited (`X, who visited the plant
    // on Wednesday, said`), or at the occasion the article placed (`sagte X bei der Unterzeichnung`,
    // `a déclaré X lors de la cérémonie`, the ceremony named in the sentence before the speaker's
    // own): the latest signing placed so far, on its day where the article dates it; a person who
    // attended the occasion (`X attended the ceremony`) was there then too
    if ((r.location === null || r.time === null) && (r.type === 'statement' || r.type === 'visit') && on('occasion')) {
      const speakers = r.actors.filter((a) => m(a).type === 'PER');
      // (the speaker by surname: `State Secretary Katrin Hoffmann attended the ceremony. Hoffmann … called the deal …`)
      const visited = (v: EventCandidate): boolean => v.type === 'visit' && v.location !== null && v.actors.some((a) => speakers.some((p) => samePerson(m(a).text, m(p).text)));
      const visit = r.type !== 'statement' ? undefined : [...out.keys()].reverse().find((j) => sentenceOf[j]! >= k - 1 && visited(out[j]!));
      // (or the visit the same sentence tells after the quote: `a déclaré X lors d'une visite à Bakou`, `said X, who travelled to Almaty`)
      const here = r.type !== 'statement' || visit !== undefined ? undefined : (perSentence[k] ?? []).find((v) => v.trigger.start > r.trigger.start && visited(v));
      if (visit !== undefined || here !== undefined) {
        const v = visit !== undefined ? out[visit]! : here!;
        r.location ??= v.location;
        // (on the visit's day, where the article dates it)
        const day = v.time;
        if (r.time === null && isDay(day)) r.time = day;
      } else if (speakers.length) {
        const oc = compile(discourseKey(views[k]!.key)).occasion;
        const here = oc.test(input.text.slice(s.start, s.end));
        // (the sentence before counts where it names the speaker: `X nahm an der Zeremonie teil. Die Staatssekretärin sprach von …`)
        const prior = k > 0 && oc.test(input.text.slice(sentences[k - 1]!.start, sentences[k - 1]!.end));
        const before = prior && speakers.some((p) => mentionsIn[k - 1]!.some((i) => sameName(m(i).text, m(p).text)));
        // (without a placed signing, the occasion is the one the lead reports where it places it: `hat … am Mittwoch
        // ein Montagewerk eröffnet … sagte X bei der Eröffnung`, `laid the foundation stone on Tuesday … told reporters at the ceremony`)
        const leadFact = (dated: (x: EventCandidate) => boolean) => out.find((x, j) => sentenceOf[j] === lead && x.type !== 'statement' && x.location !== null && dated(x));
        // (else, in an article with a dateline lead, the occasion it told on its day, placed, before the saying: `La
        // fábrica … fue inaugurada este martes … «…», afirmó Lasheras en la inauguración`)
        const signed = !(here || prior) ? undefined
          : ([...out].reverse().find((x) => x.type === 'agreement' && x.location !== null)
            ?? leadFact((x) => isDay(x.time))
            ?? [...out].reverse().find((x) => lead >= 0 && x.type !== 'statement' && x.type !== 'visit' && x.modality === 'actual' && x.location !== null && isDay(x.time))
            ?? leadFact(() => true));
        // (the sentence before may name the occasion alone where the statement is said at its place: `Am Rande der
        // Zeremonie unterzeichneten … erklärte X in Gandscha`: the occasion's day)
        const there = (x: EventCandidate): boolean => r.location !== null && x.location !== null && sameName(m(r.location).text, m(x.location).text);
        if (signed && (here || before || there(signed))) {
          r.location ??= signed.location;
          if (r.time === null && isDay(signed.time)) r.time = signed.time;
        }
      }
    }
    // attending the occasion (`в церемонии приняла участие X`, `nahm an der Zeremonie teil`, `en presencia del
    // viceministro X`) is a visit to where and when the latest occasion placed so far was held: a signing, an
    // inauguration, a groundbreaking
    const dc = compile(discourseKey(views[k]!.key));
    if (r.type === 'visit' && r.location === null && on('occasion') && (dc.occasion.test(input.text.slice(s.start, s.end)) || dc.attendance?.test(r.trigger.text))) {
      const held = [...out].reverse().find((x) => OCCASION_FACTS.has(x.type) && x.location !== null);
      if (held) {
        r.location = held.location;
        r.time ??= held.time;
      }
    }
    // an agreement the lead reports without a place was signed where the dateline says, unless the article
    // tells the signing again with a place of its own (`The contract was signed on Tuesday in Tashkent`)
    if (r.location === null && r.type === 'agreement' && k === lead && line?.place != null && input.referenceDate?.dateline && on('dateline') && !signedElsewhere(k)) r.location = line.place;
    // a weekday (`on Wednesday`, `am Montag`, `mardi`) is a day of the dateline's week: before it,
    // or after it when the fact is planned
    const reference = input.referenceDate?.date ?? null;
    // (a weekday right beside the trigger wins over a year further away: `a signé mardi … d'ici 2029`)
    const near = (at: number) => Math.min(Math.abs(e.trigger.start - at), Math.abs(e.trigger.end - at)) <= 12;
    if ((r.time === null || r.type !== 'statement' || fromDateline) && reference && /^\d{4}/u.test(reference) && on('dateline')) {
      const key = canonicalLanguage(views[k]!.key);
      const re = weekdayPattern(key);
      const text = input.text.slice(s.start, s.end);
      for (const hit of re ? text.matchAll(re) : []) {
        const word = hit[0];
        // the day belongs to the event whose trigger is nearest to it (`will build … after signing
        // an agreement on Monday`: the agreement)
        const at = s.start + (hit.index ?? 0);
        // (a trigger in the day's own clause first: `Mammadov, who visited the plant on Wednesday, said`)
        const clause = clauseAt(text, hit.index ?? 0);
        const inClause = (x: EventCandidate) => [x.trigger.start, Math.max(x.trigger.start, x.trigger.end - 1)].some((p) => clauseAt(text, p - s.start) === clause);
        const gap = (x: EventCandidate) => Math.min(Math.abs(x.trigger.start - at), Math.abs(x.trigger.end - at)) + (inClause(x) ? 0 : 1000);
        // (not to a presence at an occasion the sentence reports too, dated by it: `opened a plant on Tuesday in the
        // presence of X`; a presence alone keeps its day: `в среду осмотрел X`)
        const attended = (x: EventCandidate) => x.type === 'visit' && (dc.attendance?.test(x.trigger.text) ?? false);
        const facts = (perSentence[k] ?? []).filter((x) => !attended(x));
        const nearest = [...(facts.length ? facts : perSentence[k] ?? [])].sort((a, b) => gap(a) - gap(b))[0];
        // (a statement without a time of its own is dated by a day named before it: the visit it reports on)
        const saying = r.type === 'statement' && r.time === null && at < e.trigger.start;
        if (!saying && (!nearest || nearest.trigger.start !== e.trigger.start || nearest.trigger.end !== e.trigger.end)) continue;
        if (r.time !== null && !near(at) && !inClause(e)) continue;
        // (a day in a clause of saying dates the saying, not the fact it reports: `produjo el año pasado …,
        // según informó este martes la compañía`)
        if (r.type !== 'statement' && !inClause(e) && (sayingVerb(key)?.test(clauseText(text, clause)) ?? false)) continue;
        const before = text.slice(Math.max(0, (hit.index ?? 0) - 60), hit.index ?? 0);
        // a day right after a verb of saying dates the saying, not the fact said (`… cette année, a annoncé jeudi sa maison mère`)
        if (r.type !== 'statement' && compile(discourseKey(views[k]!.key)).sayingEnd?.test(before)) break;
        r.time = resolveWeekday(word, key, before, reference, false);
        break;
      }
    }
    // a statement with no day of its own, for a speaker of the dated statement in the sentence right
    // before, continues that saying (`…, its parent holding Uzavtosanoat said on Thursday. "Exports
    // reached …," X, press secretary of UzAvtoSanoat JSC, told reporters`): the same day
    if (r.time === null && r.type === 'statement' && on('occasion')) {
      const prior = [...out.keys()].reverse().find((j) => sentenceOf[j] === k - 1 && out[j]!.type === 'statement');
      const said = prior === undefined ? undefined : out[prior]!;
      if (said && isDay(said.time) && sharesActor(r, said)) r.time = said.time;
    }
    // a person's statement to the press right after the lead, with no day of its own, goes on with the saying the
    // lead dates (`…, the Georgian manufacturer said on Monday. The wagons will be … , Managing Director Levan
    // Kiknadze told reporters`, `… a annoncé jeudi sa maison mère. « … », a déclaré à la presse Zumrad Shahdjalilova`): its day
    if (r.time === null && r.type === 'statement' && lead >= 0 && k === lead + 1 && r.actors.some((a) => m(a).type === 'PER') && on('dateline') &&
      (compile(discourseKey(views[k]!.key)).press?.test(input.text.slice(s.start, s.end)) ?? false)) {
      r.time = sayingDay(lead);
    }
    // a person's statement right after the lead, in its paragraph, that says the lead's news (`… wird im dritten
    // Quartal … beginnen. Das teilte die Pressesprecherin … mit.`, `Об этом сообщила …`): the dateline's day
    if (r.time === null && r.type === 'statement' && lead >= 0 && k === lead + 1 && oneParagraph(lead, k) && line?.date && on('dateline') &&
      r.actors.some((a) => m(a).type === 'PER') && (compile(discourseKey(views[k]!.key)).reportBack?.test(input.text.slice(s.start, s.end)) ?? false)) {
      r.time = completeYear(line.date, year);
    }
    if (year !== null && r.type !== 'statement' && on('relative-year')) {
      const text = input.text.slice(s.start, s.end);
      const c = compile(discourseKey(views[k]!.key));
      // the time figure the sentence gave, if any: a relative year nearer the trigger wins over it
      // (`produced 412,600 vehicles in 2025 … and plans to raise output to 450,000 units this year`)
      // (measured from the fact's own figure where it has one: one trigger may carry figures of two clauses,
      // `Für das laufende Jahr peile X eine Produktion von 2.800 Bussen an, bis 2030 solle sie auf 4.500 Einheiten steigen`)
      const figureOf = (x: EventCandidate): NumberFact | undefined =>
        x.quantity === null ? undefined : x.numbers.map((i) => input.numbers[i]!).find((n) => n.value === x.quantity && n.kind !== 'year' && n.kind !== 'date');
      const figure = figureOf(r);
      const [from, to] = figure ? [figure.start, figure.end] : [e.trigger.start, e.trigger.end];
      const gap = (a: number, b: number) => (b <= from ? from - b : a >= to ? a - to : 0);
      const given = r.time === null ? null : r.numbers.map((i) => input.numbers[i]!).find((n) => (n.kind === 'year' || n.kind === 'date') && (n.date ?? String(n.value)) === e.time);
      if (r.time === null || given) {
        let best: { at: number; offset: number; length: number; unit: RelativeUnit } | null = null;
        // (a relative year in another fact's clause is that fact's: `work at the site, which was opened last year`)
        const clauses = (x: EventCandidate) => [clauseAt(text, x.trigger.start - s.start), clauseAt(text, Math.max(x.trigger.start, x.trigger.end - 1) - s.start)];
        // (and the clause of its own figure: `Chirchiq Avtobus, which assembles buses …, built 1,150 buses last year`;
        // a headcount's figure alone, ./index.ts datesHeadcount: `donde emplea a 940 personas, Moncayo carrozó el año pasado`)
        const own = [...(r.type === 'jobs' && figure ? [] : clauses(e)), ...(figure ? [clauseAt(text, figure.start - s.start)] : [])];
        // (and the clause of another fact's figure, one trigger's too: `capacidad para 400 autobuses al año, aunque este año solo
        // saldrán unas 150 unidades`: this year is the 150's)
        const otherFigures = (perSentence[k] ?? []).map(figureOf).filter((n): n is NumberFact => n !== undefined && n !== figure).map((n) => clauseAt(text, n.start - s.start));
        const others = [...(perSentence[k] ?? []).filter((x) => x.trigger.start !== e.trigger.start || x.trigger.end !== e.trigger.end).flatMap(clauses), ...otherFigures];
        // (a relative month, `last month`, `в прошлом месяце`, dates to the month of the reference date)
        const reference = input.referenceDate?.date ?? null;
        const months = reference && /^\d{4}-\d{2}/u.test(reference) ? c.relativeMonths : [];
        // (`a year earlier`, `годом ранее`: a year before the period told just before; with none told, nothing)
        const told = c.yearEarlier ? periodBefore(k) : null;
        const relatives = [
          ...c.relative.map(([x, o]) => [x, o, 'year'] as const),
          ...c.seasons.map(([x, last]) => [x, last, 'season'] as const),
          ...months.map(([x, o]) => [x, o, 'month'] as const),
          ...(told !== null ? [[c.yearEarlier!, -1, 'earlier'] as const] : []),
        ];
        for (const [re, offset, unit] of relatives) {
          re.lastIndex = 0;
          for (const hit of text.matchAll(re)) {
            const at = s.start + (hit.index ?? 0);
            const ck = clauseAt(text, hit.index ?? 0);
            if (!own.includes(ck) && (others.includes(ck) || r.type === 'jobs')) continue;
            // inside a number the date already says it (`Mitte Juni dieses Jahres`)
            if (input.numbers.some((n) => n.start <= at && n.end >= at + hit[0].length)) continue;
            // (`15 Prozent mehr als im Vorjahr`: the baseline of a comparison dates nothing)
            if (c.comparisonEnd?.test(text.slice(Math.max(0, (hit.index ?? 0) - 30), hit.index ?? 0))) continue;
            if (!best || gap(at, at + hit[0].length) < gap(best.at, best.at + best.length)) best = { at, offset, length: hit[0].length, unit };
          }
        }
        // (a relative year in the figure's clause wins over a year of another clause, however near:
        // `Уже через год доля … достигнет 30%, а с 2028 года …`)
        const inFigureClause = (at: number): boolean => clauseAt(text, at - s.start) === clauseAt(text, from - s.start);
        const nearer = (b: { at: number; length: number }, g: NumberFact): boolean =>
          inFigureClause(b.at) !== inFigureClause(g.start) ? inFigureClause(b.at) : gap(b.at, b.at + b.length) < gap(g.start, g.end);
        if (best && (r.time === null || (given && nearer(best, given)))) {
          r.time =
            best.unit === 'month' ? monthFrom(reference!, best.offset)
            : best.unit === 'earlier' ? shiftYears(told!, best.offset)
            : best.unit === 'season' ? String(year + seasonShift(best.offset, r.modality, referenceDay(input.referenceDate, input.publishedAt)))
            : String(year + best.offset);
        }
      }
      if (r.time === null && r.quantity !== null) {
        const fig = r.numbers.map((i) => input.numbers[i]!).find((n) => n.value === r.quantity);
        if (fig && c.currentEnd.test(input.text.slice(Math.max(s.start, fig.start - 25), fig.start))) r.time = String(year);
      }
    }
    if (r.time === null) {
      // a part of a fact told just before takes its time (`640 Busse im ersten Quartal … Ins Ausland
      // gingen davon 215 Fahrzeuge`, `Rund 70 Prozent davon gingen ins Ausland`): the latest dated
      // figure before it, a count or a sum (`a réalisé l'an dernier un chiffre d'affaires de 186 millions
      // d'euros, dont 55 % à l'étranger` → last year), in its sentence or the one before; else a fact the
      // paragraph dated once
      if (r.quantity !== null && on('relative-year') && compile(discourseKey(views[k]!.key)).partitive?.test(input.text.slice(s.start, s.end))) {
        const whole = [...out.keys()].reverse().find((j) => (sentenceOf[j] === k - 1 || sentenceOf[j] === k) && out[j]!.time !== null && hasFigure(out[j]!));
        if (whole !== undefined) r.time = out[whole]!.time;
      }
      if (r.time === null) r.time = inheritedTime(r, k) ?? resultsPeriod(r, k) ?? occasionDay(r, k);
    }
    // a month or quarter without a year takes the year its sentence named before it (`в 2027 году
    // начнёт экспорт …; первую партию … в первом квартале`), not the reference year
    // (a plan only, for a year not before the document's: `nommé à ce poste en mai` after `d'ici 2028` is past)
    else if (r.type !== 'statement' && r.modality === 'planned' && year !== null && on('paragraph-time')) {
      const own = r.numbers.map((i) => input.numbers[i]!).find((n) => n.kind === 'date' && n.date === r.time && !/\d{4}/u.test(n.text));
      const named = own ? input.numbers.filter((n) => n.kind === 'year' && n.start >= s.start && n.end <= own.start).at(-1) : undefined;
      if (own && named?.value != null && named.value >= year && /^\d{4}-\d{2}(?:\/\d{4}-\d{2})?$/u.test(r.time)) r.time = r.time.replace(/\d{4}/gu, String(named.value));
    }
    if (r.time !== null && r.time.startsWith('-')) r.time = null;
    return r;
  }

  /**
   * The period (a year or a span of months) of the fact told last before this one in its sentence or
   * the one before it in its paragraph (`было отгружено 290 комбайнов, тогда как годом ранее …` → the
   * 290's year), for a time told relative to it; null where there is none.
   */
  function periodBefore(k: number): string | null {
    const j = [...out.keys()].reverse().find((i) => sentenceOf[i]! >= k - 1 && oneParagraph(sentenceOf[i]!, k) && out[i]!.type !== 'statement' && isPeriod(out[i]!.time));
    return j === undefined ? null : out[j]!.time;
  }

  /**
   * The day a saying of sentence `k` names (`the Georgian manufacturer said on Monday`, `a annoncé jeudi sa
   * maison mère`, `informó este jueves su holding`): a weekday in a clause with a verb of saying, as a day of
   * the reference date's week; null where there is none.
   */
  function sayingDay(k: number): string | null {
    const reference = input.referenceDate?.date ?? null;
    const key = canonicalLanguage(views[k]!.key);
    const re = weekdayPattern(key);
    if (!reference || !re) return null;
    const text = input.text.slice(sentences[k]!.start, sentences[k]!.end);
    for (const hit of text.matchAll(re)) {
      const at = hit.index ?? 0;
      if (!(sayingVerb(key)?.test(clauseText(text, clauseAt(text, at))) ?? false)) continue;
      const day = resolveWeekday(hit[0], key, text.slice(Math.max(0, at - 60), at), reference, false);
      if (day !== null) return day;
    }
    return null;
  }

  /** Whether sentences `a` < `b` stand in one paragraph (no blank line between them). */
  function oneParagraph(a: number, b: number): boolean {
    return !/\n[^\S\n]*\n/u.test(input.text.slice(sentences[a]!.start, sentences[b]!.start));
  }

  /**
   * The time of a fact the text dates only once (`Ordabasy sold 3,860 trucks … in 2026 … In total,
   * 9,420 trucks left its assembly line`, `… ensambló el año pasado 21.460 vehículos … De la cadena
   * de montaje salieron 15.900 camiones`): the time of the latest fact before it, where that fact is
   * in its paragraph (or is the lead's fact of the same type, told again at the top of the next
   * paragraph), is no statement, is actual as this one is, is dated by a period (a year, or a span of
   * months: a single month or day dates an occasion), where both tell a figure (a count or a sum), and shares an actor with it (or this one has none of its own). Never for a statement, a visit, a headcount (dated by its own clause alone), a plan or a
   * negated fact; none where another fact stands between them.
   */
  function inheritedTime(r: EventCandidate, k: number): string | null {
    if (r.type === 'statement' || r.type === 'visit' || r.type === 'jobs' || (r.modality !== 'actual' && r.modality !== 'hedged') || !on('paragraph-time')) return null;
    const j = [...out.keys()].reverse().find((i) => out[i]!.type !== 'statement');
    if (j === undefined) return null;
    const prior = out[j]!;
    const at = sentenceOf[j]!;
    // (a period only: a year, or a span of months; a single month or day dates an occasion, `в декабре`)
    if (at < k - 2 || !isPeriod(prior.time)) return null;
    if (prior.modality !== 'actual' && prior.modality !== 'hedged') return null;
    // (figures of the period both: `Kia opened a plant in 2019. Production rose to 5,000 cars` is no count of 2019)
    if (!hasFigure(prior) || !hasFigure(r)) return null;
    const restated = at === lead && prior.type === r.type && k === at + 1;
    if (!oneParagraph(at, k) && !restated) return null;
    // (a fact with no agent of its own is the prior one's actors' by the salient rule)
    if (r.actors.length > 0 && !sharesActor(r, prior)) return null;
    return prior.time;
  }

  /**
   * The day of the occasion the lead reports, for an agreement signed there later in the article with
   * no time of its own (`hat … am Mittwoch ein Montagewerk eröffnet … Am Rande der Zeremonie
   * unterzeichneten X und Y einen Rahmenvertrag`): the day of the lead's actual fact (no statement, no
   * signing itself) where its sentence names the occasion (`occasionNouns`).
   */
  function occasionDay(r: EventCandidate, k: number): string | null {
    if (r.type !== 'agreement' || r.modality !== 'actual' || k <= lead || !on('occasion')) return null;
    const s = sentences[k]!;
    if (!compile(discourseKey(views[k]!.key)).occasion.test(input.text.slice(s.start, s.end))) return null;
    const occasion = out.find((x, j) => sentenceOf[j] === lead && x.type !== 'statement' && x.type !== 'agreement' && x.modality === 'actual' && isDay(x.time));
    return occasion?.time ?? null;
  }

  /**
   * The period an article reports results of, for a result of the same maker it tells later without
   * a time (`produced 412,600 vehicles in 2025 … Domestic sales rose to 318,000 units`, `ensambló el
   * año pasado 21.460 vehículos … Las ventas en el mercado interno alcanzaron 15.160 unidades`): the
   * time of the lead's actual result with a figure, where a period dates it (a year or a span of
   * months). Only a result (output, sales, exports) with a figure, actual, after the lead, sharing an
   * actor with the lead's result (or with none of its own): never a plan, a statement, jobs or a
   * capacity, and never a fact the paragraph rule already dated.
   */
  function resultsPeriod(r: EventCandidate, k: number): string | null {
    if (!RESULT_TYPES.has(r.type) || k <= lead || !hasFigure(r) || r.modality !== 'actual' || !on('paragraph-time')) return null;
    const reported = out.find((x, j) => sentenceOf[j] === lead && RESULT_TYPES.has(x.type) && x.modality === 'actual' && hasFigure(x) && isPeriod(x.time));
    if (reported === undefined) return null;
    if (r.actors.length > 0 && !sharesActor(r, reported)) return null;
    return reported.time;
  }
}

// ---------------------------------------------------------------------------------------------
// plant phrases

function plantOwners(input: DiscourseInput, inside: number[], ns: number, ne: number, c: CompiledDiscourse): number[] {
  const m = (i: number): Mention => input.mentions[i]!;
  const orgs = inside.filter((i) => m(i).type === 'ORG');
  // the noun inside a name: `Azermash vehicle production plant`
  const within = orgs.filter((i) => m(i).start <= ns && m(i).end >= ne);
  if (within.length) return within;
  // a name before: `the Khazar automobile plant`, `“Khazar” car plant`, `X, the largest enterprise`
  const before = orgs.filter((i) => {
    if (m(i).end > ns) return false;
    const gap = input.text.slice(m(i).end, ns);
    // `Allur Group ein Werk`, `Hyundai opened a plant`: a name before an indefinite noun phrase is
    // the clause's subject, not the plant's name (the creating fact gives the owners then)
    // (over a comma it is an apposition: `EKZ, a joint venture of …`)
    if (c.freshEnd.test(gap) && !/^[\s)"”»]*,/u.test(gap)) return false;
    // (an apposition after a bracketed short name too: `Electrovoz Kurastyru Zauyty (EKZ), a joint venture of …`)
    return /^[\s"“”«»„'’-]*(?:[\p{L}-]+[\s-]+){0,2}$/u.test(gap) || /^[\s)"”»]*,\s*(?:the|a|an|der|die|das|le|la|l['’]|un|une|el)?\s*(?:[\p{L}-]+\s+){0,3}$/iu.test(gap);
  });
  // a name after: `plant Khazar`, `завод «Хазар»`, `автомобильный завод (СамАвто)`
  const after = orgs.filter((i) => m(i).start >= ne && /^[\s"“”«»„'(]{1,3}$/u.test(input.text.slice(ne, m(i).start)));
  if (before.length) {
    // partners joined before the name: `X - Y Joint Venture “Z”` is Z, of X and Y
    const list = [before[before.length - 1]!];
    for (let j = orgs.indexOf(list[0]!) - 1; j >= 0 && /^\s*(?:-|–|\/|&|and|und|и|et|y)\s*$/iu.test(input.text.slice(m(orgs[j]!).end, m(list[0]!).start)); j--) list.unshift(orgs[j]!);
    return after.length ? [...list, after[0]!] : list;
  }
  if (after.length) {
    // partners joined after it: `предприятие Гянджинского автомобильного завода и китайской корпорации Yutong`
    const list = [after[0]!];
    for (let j = orgs.indexOf(after[0]!) + 1; j < orgs.length && ownersJoined(input.text.slice(m(list[list.length - 1]!).end, m(orgs[j]!).start), c, true); j++) list.push(orgs[j]!);
    return list;
  }
  // owners after a genitive: `the joint venture of Azerbaijan and Uzbekistan`
  if (c.genitiveAfter) {
    const named = inside.filter((i) => m(i).start >= ne && (m(i).type === 'ORG' || m(i).type === 'GPE'));
    const first = named[0];
    if (first !== undefined && c.genitiveAfter.test(input.text.slice(ne, m(first).start))) {
      const list = [first];
      for (let j = 1; j < named.length && ownersJoined(input.text.slice(m(list[list.length - 1]!).end, m(named[j]!).start), c); j++) list.push(named[j]!);
      // one place alone names the site (`l'usine de Kostanaï`, `la planta de Yizah`), not an owner
      if (list.length === 1 && m(first).type === 'GPE') return [];
      return list;
    }
  }
  return [];
}

/** Two owners after a plant noun joined in a list, each maybe with its own genitive link or description (`ОАО «Азермаш» и узбекской компании UzAuto Motors`). */
function ownersJoined(gap: string, c: CompiledDiscourse, linked = false): boolean {
  const plain = gap.replace(/[«»"“”„]/gu, '');
  // (`linked`: a genitive link or a description must follow the conjunction: `завод «Хазар» и Iran Khodro подписали` is no venture)
  if (!linked && LIST_JOIN.test(plain)) return true;
  const join = /^\s*(?:,|and|und|и|et|y|&)\s+/iu.exec(plain);
  if (join === null) return false;
  const rest = plain.slice(join[0].length);
  // or a described partner: `… и китайской корпорации Yutong`, `… and the Chinese company Yutong`
  return (c.genitiveAfter !== null && c.genitiveAfter.test(rest)) || c.describedPartner.test(rest);
}

function plantSite(
  input: DiscourseInput,
  inside: number[],
  viewOf: Map<number, { view: MentionView }>,
  ns: number,
  ne: number,
  owners: number[],
  c: CompiledDiscourse,
): number | null {
  const m = (i: number): Mention => input.mentions[i]!;
  const places = inside.filter((i) => m(i).type === 'GPE' || m(i).type === 'LOC');
  // after the noun (or the name that follows it): `plant Khazar in the Neftchala industrial park`
  const from = Math.max(ne, ...owners.map((o) => (m(o).start >= ne ? m(o).end : ne)));
  for (const p of places) {
    if (m(p).start < from || m(p).start - from > 60) continue;
    if (viewOf.get(p)?.view.role === 'modifier') continue;
    const gap = input.text.slice(from, m(p).start).replace(/^[\s"“”«»„']+/u, ' ');
    if (CLAUSE_STOP.test(gap)) break;
    if (c.placeAfter.test(gap)) return p;
  }
  // a possessive owner place before: `Azerbaijan's Azermash plant`
  const npStart = Math.min(ns, ...owners.map((o) => m(o).start));
  for (const p of places) {
    if (m(p).end > npStart || npStart - m(p).end > 40) continue;
    if (/^['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u.test(input.text.slice(m(p).end, npStart))) return p;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// antecedents

const WINDOW = 5;

/** An organisation that can be what `the company` means: not a brand used as a product, not an addressee or a source, not a ministry or a medium. */
function canBeCompany(x: Mention, view: MentionView | undefined): boolean {
  return x.type === 'ORG' && !view?.productOrg && !view?.sidelined && !NON_COMPANY.test(x.text);
}

/** The latest organisation before a position that can be a company, from sentence `k` back to sentence `from` (five back by default). */
function latestCompany(input: DiscourseInput, mentionsIn: number[][], viewOf: Map<number, { view: MentionView }>, k: number, pos: number, from = k - WINDOW): number | null {
  for (let j = k; j >= 0 && j >= from; j--) {
    const ms = mentionsIn[j]!;
    for (let t = ms.length - 1; t >= 0; t--) {
      const i = ms[t]!;
      const x = input.mentions[i]!;
      if (x.end <= pos && canBeCompany(x, viewOf.get(i)?.view)) return i;
    }
  }
  return null;
}

/**
 * A demonym (a MISC mention) describing a company noun that ends at `end`, after at most two
 * lower-case words (`constructeur biélorusse`, `empresa ferroviaria uzbeka`); `named` when an
 * organisation's name follows it (`… biélorusse Minsk Tractor Works`). Null when none.
 */
function describedBy(input: DiscourseInput, inside: number[], end: number): { demonym: number; named: boolean } | null {
  const m = (i: number): Mention => input.mentions[i]!;
  const demonym = inside.find((i) => m(i).type === 'MISC' && m(i).start >= end && /^(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+$/u.test(input.text.slice(end, m(i).start)));
  if (demonym === undefined) return null;
  const named = inside.some((i) => m(i).type === 'ORG' && m(i).start >= m(demonym).end && /^[\s"“”«»„']{1,3}$/u.test(input.text.slice(m(demonym).end, m(i).start)));
  return { demonym, named };
}

/** A text's words of four letters or more. */
const wordsOf = (t: string): string[] => t.split(/[^\p{L}]+/u).filter((w) => w.length >= 4);
/** The countries words name, by a country's name or a demonym (`kasachische`, `Kasachstan` → KZ). */
const countriesOf = (words: string[]): string[] => words.flatMap((w) => countryCodeOf(w) ?? demonymOf(w) ?? []);
const countriesIn = (t: string): string[] => countriesOf(wordsOf(t));

/**
 * The company named before `pos` (its sentence and the few before) whose name holds a word of the
 * demonym's country, its name or a demonym (`uzbeka` → `Ferrocarriles de Uzbekistán`, `Uzbek
 * Railways`); null when none.
 */
function ofDemonym(input: DiscourseInput, mentionsIn: number[][], viewOf: Map<number, { view: MentionView }>, k: number, pos: number, demonym: number): number | null {
  const code = demonymOf(input.mentions[demonym]!.text);
  if (code === null) return null;
  const shares = (t: string): boolean => countriesIn(t).includes(code);
  for (let j = k; j >= 0 && j >= k - WINDOW; j--) {
    const ms = mentionsIn[j]!;
    for (let t = ms.length - 1; t >= 0; t--) {
      const x = input.mentions[ms[t]!]!;
      if (x.end <= pos && canBeCompany(x, viewOf.get(ms[t]!)?.view) && shares(x.text)) return ms[t]!;
    }
  }
  return null;
}

/** Where the clause around an offset starts (after its break). */
function clauseStart(text: string, offset: number): number {
  let start = 0;
  for (const b of text.matchAll(CLAUSE_BREAK)) if ((b.index ?? 0) < offset) start = (b.index ?? 0) + b[0].length;
  return start;
}

/** The text of `offset`'s clause before it (its subject, where the clause opens with one). */
const clauseBefore = (text: string, offset: number): string => text.slice(clauseStart(text, offset), offset);

/** The text of `offset`'s clause, before it and after it. */
function clauseOf(text: string, offset: number): string {
  const rest = text.slice(offset);
  const end = [...rest.matchAll(CLAUSE_BREAK)][0]?.index ?? rest.length;
  return text.slice(clauseStart(text, offset), offset + end);
}

/** Whether the clause before `offset` names a subject of the whole country (`las fábricas del país`, `the country's carmakers`). */
const countryWide = (c: CompiledDiscourse, text: string, offset: number): boolean => c.countryWide?.test(clauseBefore(text, offset)) ?? false;

/** A share held in an enterprise (`holds 51 percent`): an investment counted in percent. */
const isStake = (e: EventCandidate): boolean => e.type === 'investment' && e.unit === 'percent';

/** Facts whose product a noun pointing back may name. */
const PRODUCT_FACTS = new Set<EventType>(['production', 'production_target', 'export', 'sales', 'plant_launch']);

/** The product named last before a position, in its sentence or the few before: a product name or a brand named as a product. */
function latestProduct(mentionsIn: number[][], viewOf: Map<number, { view: MentionView }>, input: DiscourseInput, k: number, pos: number): number | null {
  for (let j = k; j >= 0 && j >= k - WINDOW; j--) {
    const ms = mentionsIn[j]!;
    for (let t = ms.length - 1; t >= 0; t--) {
      const i = ms[t]!;
      const x = input.mentions[i]!;
      if (x.end > pos) continue;
      if (x.type === 'PRODUCT' || (x.type === 'ORG' && viewOf.get(i)?.view.productOrg)) return i;
    }
  }
  return null;
}

/**
 * The latest coordinated countries (`Kazakhstan and Uzbekistan`) in sentence `k` before `pos` and the `back` sentences
 * before it; only places that pass `taken` where given.
 */
function latestPair(input: DiscourseInput, mentionsIn: number[][], k: number, pos: number, back = 3, taken: (i: number) => boolean = () => true): number[] {
  for (let j = k; j >= 0 && j >= k - back; j--) {
    // countries (a CoNLL-style model tags them LOC)
    const gpe = mentionsIn[j]!.filter((i) => (input.mentions[i]!.type === 'GPE' || input.mentions[i]!.type === 'LOC') && input.mentions[i]!.end <= pos && taken(i));
    for (let t = gpe.length - 1; t >= 1; t--) {
      const b = input.mentions[gpe[t]!]!;
      const a = input.mentions[gpe[t - 1]!]!;
      if (!LIST_JOIN.test(input.text.slice(a.end, b.start)) || norm(a.text) === norm(b.text)) continue;
      const list = [gpe[t - 1]!, gpe[t]!];
      for (let u = t - 2; u >= 0 && LIST_JOIN.test(input.text.slice(input.mentions[gpe[u]!]!.end, input.mentions[list[0]!]!.start)); u--) list.unshift(gpe[u]!);
      return list;
    }
  }
  return [];
}

/** The latest place named as a site or destination, or the latest plant frame if it is later. */
function latestPlace(
  input: DiscourseInput,
  mentionsIn: number[][],
  viewOf: Map<number, { view: MentionView }>,
  k: number,
  pos: number,
  frames: Frame[],
): { owners: number[]; place: number } | null {
  let place: number | null = null;
  for (let j = k; j >= 0 && j >= k - 2 && place === null; j--) {
    const ms = mentionsIn[j]!;
    for (let t = ms.length - 1; t >= 0; t--) {
      const i = ms[t]!;
      const x = input.mentions[i]!;
      const role = viewOf.get(i)?.view.role;
      if (x.end <= pos && (x.type === 'GPE' || x.type === 'LOC') && (role === 'locative' || role === 'directional')) {
        place = i;
        break;
      }
    }
  }
  let frame: Frame | null = null;
  for (const f of frames) if (f.pos < pos && f.place !== null && (!frame || f.pos >= frame.pos)) frame = f;
  const placeStart = place === null ? -1 : input.mentions[place]!.start;
  if (frame && (frame.pos > placeStart || frame.place === place)) return { owners: frame.owners, place: frame.place! };
  return place === null ? null : { owners: [], place };
}

function latestHead(input: DiscourseInput, mentionsIn: number[][], viewOf: Map<number, { view: MentionView }>, k: number, pos: number, word: string): number | null {
  const w = word.toLowerCase();
  for (let j = k; j >= 0 && j >= k - WINDOW; j--) {
    const ms = mentionsIn[j]!;
    for (let t = ms.length - 1; t >= 0; t--) {
      const i = ms[t]!;
      const x = input.mentions[i]!;
      if (x.end > pos || x.type !== 'ORG' || viewOf.get(i)?.view.productOrg) continue;
      // the head is the last word (`Economy Ministry`, `Wirtschaftsministerium`) or the first (`ministère de l'Industrie`)
      const parts = x.text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
      if (parts.length && [parts[0]!, parts[parts.length - 1]!].some((h) => sameHead(h, w))) return i;
    }
  }
  return null;
}

/** One head noun up to inflection (`ministry`/`ministries`, `министерство`/`министерства`) or as a compound's end. */
function sameHead(name: string, word: string): boolean {
  if (word.length < 4 || name.length < 4) return false;
  if (name === word || (word.length >= 5 && name.endsWith(word))) return true;
  let k = 0;
  while (k < name.length && k < word.length && name[k] === word[k]) k++;
  return k >= 5 && k >= Math.min(name.length, word.length) - 2 && Math.abs(name.length - word.length) <= 3;
}

// ---------------------------------------------------------------------------------------------
// dateline and document year

interface Dateline {
  end: number;
  place: number | null;
  date: string | null;
  /** A full date in a header or the dateline. */
  year: number | null;
}

const CAPS = /(?<![\p{L}])(\p{Lu}[\p{Lu}'’.-]{2,}(?:[\s-]\p{Lu}[\p{Lu}'’.-]{1,})*)(?=\s*(?:\([^)]{0,40}\)\s*)?[,/—–-])/u;

/** `BAKU, Azerbaijan, March 2.`, `МОСКВА, 2 марта.`, `Berlin, 2. März (Reuters) –` at the start of the text. */
function dateline(input: DiscourseInput): Dateline | null {
  const head = input.text.slice(0, 120);
  const firstStop = head.search(/[.!?](?:\s|$)/u);
  let start = -1;
  let end = -1;
  const caps = CAPS.exec(head);
  if (caps && (firstStop < 0 || caps.index < firstStop || /\d\.$/u.test(head.slice(0, firstStop + 1)))) {
    start = caps.index;
    end = caps.index + caps[1]!.length;
  } else {
    const first = input.mentions.filter((x) => x.type === 'GPE' || x.type === 'LOC').sort((a, b) => a.start - b.start)[0];
    if (first && /^\s*$/u.test(input.text.slice(0, first.start)) && /^\s*,/u.test(input.text.slice(first.end))) {
      start = first.start;
      end = first.end;
    }
  }
  if (start < 0) return null;
  const dates = input.numbers.filter((n) => n.kind === 'date' && n.date).sort((a, b) => a.start - b.start);
  const date = dates.find((n) => n.start >= end && n.start - end <= 60 && !/[.!?]\s/u.test(input.text.slice(end, n.start)));
  const header = dates.find((n) => n.end <= start && /^\d{4}-\d{2}-\d{2}/u.test(n.date!));
  if (!date && !header && !/^\s*(?:\([^)]{0,40}\)\s*)?[—–-]/u.test(input.text.slice(end))) return null;
  const place = input.mentions.findIndex((x) => (x.type === 'GPE' || x.type === 'LOC') && x.start < end && x.end > start);
  const full = [date, header].find((n) => n && /^\d{4}/u.test(n.date!));
  return {
    end: date ? date.end : end,
    place: place >= 0 ? place : null,
    date: date?.date ?? header?.date ?? null,
    year: full ? Number(full.date!.slice(0, 4)) : null,
  };
}

/** The dateline the reference-date stage found, as the discourse step reads it. */
function referenceDateline(input: DiscourseInput): Dateline | null {
  const ref = input.referenceDate;
  if (!ref?.dateline) return null;
  const { place } = ref.dateline;
  const index = input.mentions.findIndex((x) => (x.type === 'GPE' || x.type === 'LOC') && x.start < place.end && x.end > place.start);
  const year = ref.date && /^\d{4}/u.test(ref.date) ? Number(ref.date.slice(0, 4)) : null;
  return { end: ref.dateline.end, place: index >= 0 ? index : null, date: ref.date, year };
}

function documentYear(input: DiscourseInput, line: Dateline | null): number | null {
  const reference = /^(\d{4})/u.exec(input.referenceDate?.date ?? '');
  if (reference) return Number(reference[1]);
  const published = /^(\d{4})/u.exec(input.publishedAt ?? '');
  if (published) return Number(published[1]);
  if (line?.year) return line.year;
  const key = discourseKey(input.language);
  const c = compile(key);
  const yearOf = (n: NumberFact): number => Number((n.date ?? String(n.value)).slice(0, 4));
  const resolved = input.numbers.filter((n) => (n.kind === 'date' || n.kind === 'year') && /^\d{4}/u.test(n.date ?? (n.value !== null ? String(n.value) : '')));
  // a date read as `this year` (`Mitte Juni dieses Jahres`)
  const own = resolved.find((n) => c.thisYear.test(n.text));
  if (own) return yearOf(own);
  // else only years written out (`in 50 years` read as a date is no evidence of the article's year)
  const dated = resolved.filter((n) => n.text.includes(String(yearOf(n))));
  // else the latest year the article names; a target year counts only up to one year ahead
  const past: number[] = [];
  const ahead: number[] = [];
  for (const n of dated) {
    const before = input.text.slice(Math.max(0, n.start - 20), n.start);
    const clause = input.text.slice(Math.max(0, n.start - 80), n.start).split(/(?<!\d),|,(?!\d)|[;:]/u).pop() ?? '';
    (c.targetEnd.test(before) || c.futureBefore.test(clause) ? ahead : past).push(yearOf(n));
  }
  if (!past.length) return null;
  // a year far from the others is history or a distant plan, not the article's year
  const all = [...past, ...ahead].sort((a, b) => a - b);
  const median = all[Math.floor(all.length / 2)]!;
  const near = past.filter((y) => Math.abs(y - median) <= 5);
  if (!near.length) return null;
  const top = Math.max(...near);
  return Math.max(top, ...ahead.filter((y) => y <= top + 1));
}

/** A time moved by `offset` years (`2026-07/2026-09`, -1 → `2025-07/2025-09`). */
function shiftYears(time: string, offset: number): string {
  return time.replace(/\d{4}/gu, (y) => String(Number(y) + offset));
}

/** The month `offset` months from a reference date (`2026-10-20`, -1 → `2026-09`). */
function monthFrom(reference: string, offset: number): string {
  const index = Number(reference.slice(0, 4)) * 12 + Number(reference.slice(5, 7)) - 1 + offset;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `XXXX-06-14`, `--06-14`, `XXXX-06` → that month or day of the document year. */
function completeYear(time: string, year: number | null): string {
  const m = /^(?:XXXX-?|--|-)(\d{2}(?:-\d{2})?)$/u.exec(time);
  if (!m) return time;
  return year === null ? time : `${year}-${m[1]}`;
}
