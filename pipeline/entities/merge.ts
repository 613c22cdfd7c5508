/**
 * One flat mention list from the NER model's spans, the gazetteers, the rules below and (English) compromise.
 *
 * Every way the list departs from the model is a named override (./overrides.ts), off for a language where it was
 * measured to cost (issue 19: the merged list keeps what the model gets right): where it loses on the language's
 * articles with gold (tune half), or, a correction of the model (not one of the articles' conventions), on its NER
 * selection slices without gaining on those articles. The evidence, per slice, per language and per articles half:
 * `npx tsx models/training/eval_merge_overrides.ts` (rerun it with every new model).
 *
 * Model spans:
 * - trimmed of surrounding punctuation/quotes and a possessive 's, cut at an internal possessive after
 *   a known name (`Uzbekistan’s UzAuto Motors`), repaired when their offsets disagree with their text;
 * - cleaned of what the annotation convention leaves out: titles/role nouns (`President X`,
 *   `Kazakh Ambassador` → `Kazakh`), generic place nouns (`Region Kaschkadarja`, `Hajigabul region`;
 *   official `Republic of …` names stay whole), a German noun glued onto a known place (`Chiwa Mähdrescher`),
 *   document titles, dates, currencies after an amount (`1,2 Mrd. Euro`), generic acronyms (SUV, SKD),
 *   sentence-initial English function words, sentence-initial words of the event lexicon (`Trabajan en ella`) and
 *   unsure single-word English common nouns;
 * - a place when it opens a dateline (`Wolfsburg, 18. Mai 2024.`, `ZARAGOZA, 3 oct. (EFE).-`): GPE;
 * - refined by the gazetteer when it knows exactly that span: country/region/city → GPE, other known
 *   places and named zones → LOC, car model → PRODUCT, make/manufacturer → ORG, nationality → MISC
 *   (a confident model keeps PER/ORG/MISC over a place name: `Jordan` the player, `Milan` the club);
 * - otherwise typed by their head: a model LOC is LOC with a geographic feature noun (river, zone,
 *   park…) and GPE without one (unknown towns and regions are the common case in news); exhibitions
 *   and summits are EVENT, `… Ministry`/`… JSC` ORG, a regional full name (the pack's surname endings) PER, a
 *   person or place ending in a company-name head of a pack (`Marmara Otobüs`, `Khiva Agromash`) ORG;
 * - a PER span that swallowed a known name at its edge is split (`Azermash Emin Akhundov`; not a car make:
 *   `Lincoln Díaz Balart`), known nationalities joined by hyphens are separate (`Azerbaijani-Iranian`), and so are
 *   two places joined by a dash (`Tachkent–Samarcande`); three or more joined without spaces are one corridor, LOC
 *   (`Baku–Tiflis–Kars`).
 * Gazetteer hits the model missed are added; a known name strictly containing a model span replaces
 * it (`Chevrolet Onix` over `Chevrolet`); a model span crossing a known name keeps what lies outside
 * it. Rules add the news medium a verb of telling names (`told Trend`), companies in apposition to a company noun
 * of the pack (`le constructeur français Alstom`), institutions named by a compound (`Bundeswirtschaftsministerium`) and companies named again as the first part
 * of a hyphen compound (`Hoffmann-Maschinenbau-Geschäftsführer`), and make one span of a region named by an adjective
 * and a region noun of the pack (`Дашогузского велаята`; an organisation with an administration noun before it:
 * `хякимлик Дашогузского велаята`), of a works named by a place adjective and a plant noun (`Гянджинскому
 * автозаводу`) and of an institution that lists its portfolios (`Ministerio de Economía, Comercio y Empresa`); the
 * agency tag after a dateline's date is an organisation (`/Trend/`). People named in full are found again by surname
 * and by full name, organisations named in full by the first word of their name (`Ordabasy` of `Ordabasy Motors`),
 * a name after an honorific of the pack is a person (`Mr Park`), and a one-word person the model was unsure
 * of after a locative preposition a place (`in Kant`). compromise adds English people
 * only when there are no model spans (with the model it measured worse on CoNLL-2003 English dev).
 *
 * The result is sorted by start, non-overlapping (the longest named span wins), with UTF-16 offsets
 * and `text.slice(start, end) === mention.text`. Pure: the gazetteer data is loaded at module load.
 */
import { compromiseMentions, isCommonEnglishWord, isEnglishWord, trimSpan } from './compromise.js';
import { findGazetteerMentions, flatten, KIND_RANK, lookupName, toIso1, type GazetteerHit, type GazetteerKind } from './gazetteer.js';
import { currencyAt } from '../numbers/currency.js';
import { alt, describedFrom, E, wordBefore } from '../events/patterns.js';
import { overridesFor, type Override } from './overrides.js';
import type { EntityType, Mention } from '../types.js';
import { stageVersion } from '../stage-sources.js';
import { allPacks, canonicalLanguage, LEGAL_FORM_ABBREVIATIONS, packFor, perLanguage, UNDETERMINED_PACK } from '../languages/index.js';
import { codePointAt, codePointBefore, isWordChar, occurrences, wholeWordOccurrences } from '../text/occurrences.js';

/** 0.2.0: mentions a rule of this file found carry the extractor `rule`. */
export const ENTITIES_VERSION = stageVersion('entities', '0.2.0');
export const ENTITIES_STAGE = { name: 'entities', version: ENTITIES_VERSION } as const;

export type NerLabelLike = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** What the NER model gives (structurally `NerSpan` of ./ner-model.ts). */
export interface NerSpanLike {
  start: number;
  end: number;
  text: string;
  label: NerLabelLike;
  confidence: number;
}

export interface MergeInput {
  text: string;
  /** ISO 639-3 (or 639-1) code of the text. */
  language: string;
  /** The NER model's spans over `text` (may be empty). */
  model: readonly NerSpanLike[];
  /** Model version for mentions the model found (default: the stage version). */
  modelVersion?: string;
  /** Which compromise (English-only) candidates may be added: default `people` when `model` is empty, else `off`. */
  compromise?: 'off' | 'people' | 'all';
  /** The overrides that may depart from the model's spans (default: the language's, `overridesFor`); for measuring them. */
  overrides?: ReadonlySet<Override>;
}

interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  confidence: number;
  extractors: Set<(typeof EXTRACTOR_ORDER)[number]>;
  /** A model span, possibly refined. */
  fromModel: boolean;
}

/** Who found a mention: the model, the gazetteers, compromise, or a rule of this file. */
const EXTRACTOR_ORDER = ['ner-model', 'gazetteer', 'compromise', 'rule'] as const;

/** Which switch adds a gazetteer hit of each kind that the model missed. */
const ADD_OVERRIDE: Record<GazetteerKind, Override> = {
  country: 'add-place',
  place: 'add-place',
  nationality: 'add-nationality',
  demonym: 'add-nationality',
  manufacturer: 'add-company',
  make: 'add-company',
  website: 'add-company',
  'make-model': 'add-product',
  model: 'add-product',
  'make-capword': 'add-product',
};
/** A people's adjective or noun: a country's (nationality) or a region's or city's (demonym); MISC either way. */
const isPeopleWord = (g: GazetteerHit): boolean => g.kind === 'nationality' || g.kind === 'demonym';
const addOverride = (g: GazetteerHit): Override => (isPeopleWord(g) && g.lowerCase ? 'add-adjective' : ADD_OVERRIDE[g.kind]);

/** Which switch lets a gazetteer hit of each type set the type of a model span with exactly its extent. */
const TYPE_OVERRIDE: Partial<Record<EntityType, Override>> = {
  GPE: 'type-as-place',
  LOC: 'type-as-place',
  ORG: 'type-as-company',
  PRODUCT: 'type-as-product',
  MISC: 'type-as-nationality',
};

/** Geographic feature nouns: a place whose name holds one is LOC, not GPE. */
const LOC_FEATURE =
  /(?:^|[\s-])(?:river|sea|lake|ocean|gulf|bay|strait|canal|channel|mountains?|mount|mt\.?|range|valley|desert|steppe|plateau|peninsula|island|islands|coast|basin|delta|park|zone|district|estate|airport|port|harbou?r|street|avenue|road|highway|square|bridge|corridor|fluss|see|meer|gebirge|tal|wüste|insel|küste|halbinsel|hafen|flughafen|straße|platz|brücke|industriepark|industriegebiet|wirtschaftszone|река|море|озеро|океан|залив|пролив|канал|горы|гора|хребет|долина|пустыня|степь|остров|полуостров|побережье|аэропорт|порт|улица|проспект|площадь|мост|зон[аеуы]|парк[аеу]?|промышленн\p{L}*|индустриальн\p{L}*|rivière|fleuve|mer|lac|montagne|montagnes|vallée|désert|île|côte|río|rio|mar|lago|montaña|montañas|valle|desierto|isla|costa|fiume|montagna|isola|rzeka|morze|jezioro|góry|dolina|pustynia|wyspa|nehri|denizi|gölü|dağları|vadisi|çölü|adası)(?=$|[\s-])/iu;

export function mergeMentions(input: MergeInput): Mention[] {
  const { text, language } = input;
  const lang = toIso1(language);
  const enabled = input.overrides ?? overridesFor(language);
  const on = (o: Override): boolean => enabled.has(o);
  const gazAll = findGazetteerMentions(text, language, { all: true });
  const gazFlat = flatten(gazAll);

  // ---- model spans: trimmed, checked, refined
  const modelCands: Candidate[] = [];
  for (const span of input.model) {
    const fixed = locateSpan(text, span);
    if (!fixed) continue;
    // `Uzbekistan’s UzAuto Motors`: two names, the possessive belongs to neither
    const parts: Array<[number, number, boolean?]> = on('split') ? splitCompoundSpan(text, fixed[0], fixed[1], gazFlat) : [fixed];
    for (const [a, b, place] of parts) {
      // the place of `Chemnitz-based`, `Belarus-made` is a place whatever the model called the span
      const own: NerSpanLike = place ? { ...span, label: 'LOC' as const } : span;
      const trimmed = on('trim') ? trimSpan(text, a, b) : ([a, b] as [number, number]);
      if (!trimmed) continue;
      const cleaned = cleanModelSpan(text, trimmed[0], trimmed[1], own, lang, gazFlat, on);
      if (!cleaned) continue;
      const [start, end] = cleaned;
      for (const part of splitModelSpan(text, start, end, own, gazFlat, language, on)) modelCands.push(part);
    }
  }
  // the model never overlaps itself, but a split or trim may have created duplicates
  const model = flatten(modelCands);

  // ---- gazetteer hits: added where the model missed them, or replacing a model span they contain
  const chosen: Candidate[] = [...model];
  for (const g of gazFlat) {
    const overlapping = chosen.filter((c) => c.start < g.end && g.start < c.end);
    if (overlapping.length === 0) {
      if (on(addOverride(g))) chosen.push(gazCandidate(g));
      continue;
    }
    const contained = overlapping.every((c) => g.start <= c.start && c.end <= g.end);
    const strictlyLonger = overlapping.every((c) => g.end - g.start > c.end - c.start);
    if (contained && strictlyLonger && g.type !== 'MISC' && on('gazetteer-extend')) {
      // a model span inside a longer known name: the longest named span wins
      const agreed = overlapping.some((c) => c.fromModel);
      for (const c of overlapping) chosen.splice(chosen.indexOf(c), 1);
      const cand = gazCandidate(g);
      if (agreed) {
        cand.extractors.add('ner-model');
        cand.confidence = Math.min(1, Math.max(cand.confidence, ...overlapping.map((c) => c.confidence)) + 0.03);
      }
      chosen.push(cand);
      continue;
    }
    // a model span crossing a known name (`JSC Zumrad Shadjalilova` over `Uzavtosanoat JSC`): the
    // known name wins, the model span keeps what lies outside it
    if (overlapping.length === 1 && g.type !== 'MISC' && g.kind !== 'model' && g.kind !== 'make-capword' && on('gazetteer-cross')) {
      const c = overlapping[0]!;
      if (c.fromModel && g.start === c.start && g.end < c.end && (g.type === 'GPE' || g.type === 'LOC') && /^\s+[\p{Ll}\s-]+$/u.test(text.slice(g.end, c.end)) && locativeBefore(canonicalLanguage(language))?.test(text.slice(Math.max(0, c.start - 24), c.start))) {
        // a known place after a locative preposition and common nouns after it (`в Костанае завод`): the place, not a name
        chosen.splice(chosen.indexOf(c), 1, gazCandidate(g));
        continue;
      }
      if (!c.fromModel || (g.start <= c.start && c.end <= g.end) || (c.start <= g.start && g.end <= c.end)) continue;
      const rest = c.start < g.start ? trimSpan(text, c.start, g.start) : trimSpan(text, g.end, c.end);
      if (!rest || !/^\p{Lu}/u.test(text.slice(rest[0], rest[1]))) continue;
      if (!(c.start < g.start ? /[\p{L}\p{N}]\s+$/u.test(text.slice(c.start, g.start)) : /^\s+[\p{L}\p{N}]/u.test(text.slice(g.end, c.end)))) continue;
      c.start = rest[0];
      c.end = rest[1];
      if (on('type-by-surname') && personName(text.slice(c.start, c.end), language)) c.type = 'PER';
      chosen.push(gazCandidate(g));
    }
  }

  if (on('region-phrase')) addRegionPhrases(text, language, chosen);
  if (on('plant-name')) addPlantNames(text, language, gazFlat, chosen);
  if (on('corridor')) addCorridors(text, language, chosen);
  if (on('institution-compound')) addInstitutionCompounds(text, language, chosen);
  if (on('institution-list')) joinListedPortfolios(text, language, chosen);
  if (on('tell-addressee')) addTellAddressees(text, language, chosen);
  if (on('dateline-agency')) addDatelineAgencies(text, chosen);
  if (on('company-apposition')) addAppositions(text, language, gazAll, chosen);

  // ---- compromise (English): people nobody else found
  // measured: with the model, compromise costs precision (CoNLL-en dev); without it, its people help
  const useCompromise = input.compromise ?? (input.model.length === 0 ? 'people' : 'off');
  if (lang === 'en' && useCompromise !== 'off') {
    for (const c of compromiseMentions(text)) {
      if (useCompromise === 'people' && c.type !== 'PER') continue;
      if (chosen.some((x) => x.start < c.end && c.start < x.end)) continue;
      if (gazAll.some((g) => g.start < c.end && c.start < g.end)) continue;
      chosen.push({ start: c.start, end: c.end, type: c.type, confidence: c.confidence, extractors: new Set(['compromise']), fromModel: false });
    }
  }

  if (on('type-by-company-head')) joinOpeningCompanyWords(text, language, chosen);
  if (on('compound-company')) addCompoundCompanies(text, language, chosen);
  if (on('honorific-person')) typeAfterHonorifics(text, language, chosen);
  if (on('locative-place')) typeAfterLocatives(text, language, chosen);
  if (on('org-propagation')) propagateOrganisations(text, language, chosen);
  if (on('person-propagation')) propagatePersons(text, language, chosen);
  if (on('company-vote')) voteCompanies(text, language, gazAll, chosen);

  const version = ENTITIES_STAGE.version;
  return flatten(chosen)
    .map((c): Mention => {
      const extractor = EXTRACTOR_ORDER.filter((x) => c.extractors.has(x)).join('+');
      return {
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        type: c.type,
        confidence: round(c.confidence),
        extractor,
        version: c.extractors.has('ner-model') && input.modelVersion ? input.modelVersion : version,
      };
    })
    .sort((a, b) => a.start - b.start);
}

/** Same as `mergeMentions` (the name the analyze stage uses). */
export const extractMentions = mergeMentions;

// ------------------------------------------------------------------------------------ helpers

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000;
}

/** The span's [start, end) in `text`, repaired when its offsets do not agree with its text. */
function locateSpan(text: string, span: NerSpanLike): [number, number] | null {
  const { start, end } = span;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end) {
    if (!span.text || text.slice(start, end) === span.text) return [start, end];
  }
  if (!span.text) return null;
  // nearest occurrence of the span's text
  let best = -1;
  for (let i = text.indexOf(span.text); i >= 0; i = text.indexOf(span.text, i + 1)) {
    if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) best = i;
  }
  return best >= 0 ? [best, best + span.text.length] : null;
}

function gazCandidate(g: GazetteerHit): Candidate {
  return { start: g.start, end: g.end, type: g.type, confidence: g.confidence, extractors: new Set(['gazetteer']), fromModel: false };
}

/** A name that opens a dateline is a place, whatever the model says (`Wolfsburg` is also a football club). */
function isDatelinePlace(text: string, start: number, end: number): boolean {
  return (start === 0 || text[start - 1] === '\n') && DATELINE_TAIL.test(text.slice(end, end + 80));
}

/** The model's label for [start, end), refined by a gazetteer hit with exactly that span. */
function refine(
  text: string,
  start: number,
  end: number,
  span: NerSpanLike,
  gazFlat: GazetteerHit[],
  language: string,
  on: (o: Override) => boolean,
): Candidate {
  const exact = gazFlat
    .filter((g) => g.start === start && g.end === end && TYPE_OVERRIDE[g.type] && on(TYPE_OVERRIDE[g.type]!))
    .sort((a, b) => KIND_RANK[b.kind] - KIND_RANK[a.kind])[0];
  const dateline = on('dateline') && isDatelinePlace(text, start, end);
  const base: Candidate = {
    start,
    end,
    type: dateline ? 'GPE' : modelType(text.slice(start, end), span.label, language, on),
    confidence: span.confidence,
    extractors: new Set(['ner-model']),
    fromModel: true,
  };
  if (!exact) return base;
  let type: EntityType = base.type;
  switch (exact.type) {
    case 'GPE':
    case 'LOC':
      // a person's name that is also a place (Jordan, Holland), a city's sports team (ORG), an
      // adjective-like use (MISC `Mediterranean`): a confident model keeps its label
      if (exact.id.startsWith('zone:') || exact.kind === 'country') {
        type = exact.type; // a named industrial/economic zone, a country: a place whatever the model says
      } else {
        const confident =
          (span.label === 'PER' && span.confidence >= 0.75) ||
          (span.label === 'ORG' && span.confidence >= 0.75) ||
          (span.label === 'MISC' && span.confidence >= 0.9);
        type = confident && !dateline ? span.label : exact.type;
      }
      break;
    case 'PRODUCT':
      type = 'PRODUCT';
      break;
    case 'ORG':
      type = span.label === 'PER' && span.confidence >= 0.9 && exact.kind !== 'manufacturer' ? 'PER' : 'ORG';
      break;
    case 'MISC':
      // a region's or city's people word is as often a surname as a place's name is (`Breton`, `Wiener`, `Vasco`): a
      // model as confident as for a place keeps the person
      type = span.label === 'PER' && span.confidence >= (exact.kind === 'demonym' ? 0.75 : 0.9) ? 'PER' : 'MISC';
      break;
    default:
      type = exact.type;
  }
  return {
    ...base,
    type,
    confidence: type === exact.type ? Math.min(1, Math.max(span.confidence, exact.confidence) + 0.03) : span.confidence,
    extractors: type === exact.type ? new Set(['ner-model', 'gazetteer']) : base.extractors,
  };
}

/** A word ending in one of the language pack's surname endings (`names.surnameEndings`); none without a pack. */
const surnameWord = perLanguage((lang: string): RegExp | null => {
  const endings = packFor(lang)?.names.surnameEndings ?? [];
  return endings.length ? new RegExp(`(?:${endings.join('|')})$`, 'u') : null;
});

/**
 * Does `name` look like a person's full name of the region: 2–3 capitalised words, the last one with
 * a surname ending of the language's pack (-ov, -eva, -zade, -enko, -ов, -ева…), and no known place/company inside it?
 */
function personName(name: string, language: string): boolean {
  const parts = name.split(/\s+/u);
  if (parts.length < 2 || parts.length > 3) return false;
  if (!parts.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return false;
  if (parts.some((w) => [ORG_HEADS, LEGAL_FORM_WORDS, GENERIC_PLACE, TITLES].some((list) => list.has(w.toLowerCase())))) return false;
  if (!surnameWord(canonicalLanguage(language))?.test(parts.at(-1)!)) return false;
  return findGazetteerMentions(name, language).length === 0;
}

/**
 * A word that ends company names in some language (`names.companyNameHeads` of every pack: a Turkish company is
 * named `… Otobüs` in German text too).
 */
const COMPANY_NAME_HEAD = new RegExp(`^(?:${allPacks().flatMap((p) => p.names.companyNameHeads).join('|')})$`, 'iu');

/**
 * A one-word noun of some pack's products other than cars (`Avtobus`, `Tractores`, `Техника`, `Motoren`): beside a
 * proper name it names the maker of those goods (`Chirchiq Avtobus`, `Айыл Техника`). Car nouns are left out: they
 * also count (`units`, `Einheiten`) and end model names (`Wagen`).
 */
const GOODS_NOUN = new RegExp(
  `^(?:${allPacks()
    .flatMap((p) => (p.events?.products ?? []).filter(([, label]) => label !== 'cars').map(([pattern]) => pattern))
    .join('|')})$`,
  'iu',
);

/** Is `word` a company-name head of some pack, or, in a name of several words, a goods noun? */
const companyWord = (word: string, words: number): boolean => COMPANY_NAME_HEAD.test(word) || (words > 1 && GOODS_NOUN.test(word));

/**
 * Does the span read as a company's name by its words: a person, a place or a name of several words the model called
 * MISC, whose last word is a company word (`Chirchiq Avtobus`), or whose first is where the language names companies
 * head first (`Tractores Duero`)?
 */
function companyByWords(name: string, label: NerLabelLike, language: string): boolean {
  const words = name.split(/[\s-]+/u);
  if (!(label === 'PER' || label === 'LOC' || (label === 'MISC' && words.length > 1))) return false;
  if (companyWord(words.at(-1)!, words.length)) return true;
  return words.length > 1 && packFor(language)?.names.companyNamesHeadFirst === true && companyWord(words[0]!, words.length);
}

/** The model's label for a span no gazetteer knows, corrected by the span's head word. */
function modelType(name: string, label: NerLabelLike, language: string, on: (o: Override) => boolean): EntityType {
  if (on('type-by-company-head') && companyByWords(name, label, language)) return 'ORG';
  if (on('type-by-surname') && label !== 'PER' && personName(name, language)) return 'PER';
  if (!on('type-by-head')) return label === 'LOC' ? placeType(name) : label;
  const words = name.split(/[\s-]+/u);
  const last = words.at(-1)!;
  if (words.length >= 2 && /^\p{Lu}/u.test(last)) {
    // an organisation may be named `Congress`/`Conference`/`Forum`; exhibitions and summits are events
    const heads = label === 'MISC' || label === 'LOC' ? EVENT_HEADS : label === 'ORG' ? STRICT_EVENT_HEADS : null;
    if (heads?.has(last.toLowerCase())) return 'EVENT';
  }
  const legalForm = LEGAL_FORMS_AS_WRITTEN.has(last.replace(/[./]/gu, ''));
  // a long MISC with lower-case words is a work's title (`Contributions from the Gray Herbarium of Harvard University`)
  const title = label === 'MISC' && words.length > 4 && words.some((w) => /^\p{Ll}/u.test(w));
  if (words.length >= 2 && (label === 'MISC' || label === 'PER') && !title && (ORG_HEADS.has(last.toLowerCase()) || legalForm)) return 'ORG';
  if (words.length >= 2 && label === 'LOC' && (LEGAL_HEADS.has(last.toLowerCase()) || legalForm)) return 'ORG';
  if (label === 'LOC') return placeType(name);
  return label;
}

/** Unknown place names: GPE unless the name holds a geographic feature noun (river, zone, park…). */
function placeType(name: string): EntityType {
  return LOC_FEATURE.test(name) ? 'LOC' : 'GPE';
}

/** A route noun of the pack right after a span (`… line`, `… highway`, maybe after an adjective: `high-speed line`); null: the pack has none. */
const routeAfter = perLanguage((lang: string): RegExp | null => {
  const nouns = packFor(lang)?.names.routeNouns ?? [];
  return nouns.length ? new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?(?:${nouns.join('|')})(?![\\p{L}])`, 'u') : null;
});

/** A list conjunction of the pack (`events.listJoin`: `и`, `und`, `and`), maybe an article after it (`und die`), at the end of a text; null: none. */
const listJoinAtEnd = perLanguage((lang: string): RegExp | null => {
  const words = packFor(lang)?.events?.listJoin ?? [];
  return words.length ? new RegExp(`\\s+(?:${words.join('|')})\\s+(?:\\p{Ll}+\\s+)?$`, 'u') : null;
});

const JOINER = /^(?:\s*[-–—/&,]\s*|\s+(?:and|und|и|et|y|e|i|ve|va)\s+)$/u;

/**
 * One model span, possibly split in several: names the gazetteer knows that the model glued to a
 * person's name at its edge, or a span made only of known names joined by hyphens/`and`.
 */
function splitModelSpan(
  text: string,
  start: number,
  end: number,
  span: NerSpanLike,
  gazFlat: GazetteerHit[],
  language: string,
  on: (o: Override) => boolean,
): Candidate[] {
  const inside = gazFlat.filter((g) => g.start >= start && g.end <= end);
  // `Гянджинского автомобильного завода и китайской корпорации Yutong`: a list conjunction of the pack, then a
  // nationality written in lower case, joins two names the model read as one; the words between the
  // nationality and the second name are its description (`корпорации`), no part of either name
  if (on('split')) {
    const join = listJoinAtEnd(language);
    for (const g of inside) {
      if (!isPeopleWord(g) || !g.lowerCase || g.start <= start) continue;
      const conj = join?.exec(text.slice(start, g.start));
      const second = /\p{Lu}/u.exec(text.slice(g.end, end));
      if (!conj || !second || !/\p{Lu}/u.test(text.slice(start, start + conj.index))) continue;
      const cut = start + conj.index;
      return [
        ...splitModelSpan(text, start, cut, span, gazFlat, language, on),
        ...splitModelSpan(text, g.end + second.index, end, span, gazFlat, language, on),
      ];
    }
  }
  if (!on('split') || inside.length === 0 || (inside.length === 1 && inside[0]!.start === start && inside[0]!.end === end)) {
    return [refine(text, start, end, span, gazFlat, language, on)];
  }
  // known names joined by hyphens/`and` only (Azerbaijani-Iranian, Kazakh-Uzbek)
  if (inside.length >= 2 && inside[0]!.start === start && inside.at(-1)!.end === end) {
    const gapsOk = inside.every((g, i) => i === 0 || JOINER.test(text.slice(inside[i - 1]!.end, g.start)));
    // nationalities only: `Bosnia-Herzegovina`, `Colombie-Britannique` are one name
    if (gapsOk && inside.every((g) => g.type === 'MISC')) {
      return inside.map((g) => ({ ...gazCandidate(g), extractors: new Set(['ner-model', 'gazetteer']), confidence: Math.min(1, g.confidence + 0.03) }));
    }
  }
  // two places joined by a dash are a route, each its own name (`ligne Tachkent–Samarcande`; a hyphen may join one
  // name: `Bosnia-Herzegovina`), after lower-case words only; three are a corridor's name (addCorridors)
  const places = inside.filter((g) => g.type === 'GPE' || g.type === 'LOC');
  // a hyphen too before a route noun of the pack (`the Tashkent-Samarkand line`)
  const dash = routeAfter(language)?.test(text.slice(end, end + 40)) ? /^\s*[-–—]\s*$/u : /^\s*[–—]\s*$/u;
  if (
    places.length === 2 &&
    places.at(-1)!.end === end &&
    places.every((g, i) => i === 0 || dash.test(text.slice(places[i - 1]!.end, g.start))) &&
    !/\p{Lu}/u.test(text.slice(start, places[0]!.start))
  ) {
    return places.map((g) => ({ ...gazCandidate(g), extractors: new Set(['ner-model', 'gazetteer']) }));
  }
  // a people word, then company nouns of the pack, then a name (`Thüringer Zulieferer Haller`): the people word is a
  // MISC of its own, the company nouns no part of either name
  const people = inside.find((g) => g.start === start && isPeopleWord(g));
  if (people && span.label !== 'PER') {
    const next = tokensOf(text, people.end, end);
    const noun = companyNounWord(canonicalLanguage(language));
    let k = 0;
    while (k < next.length - 1 && noun?.test(next[k]!.text)) k++;
    if (k > 0) return [{ ...gazCandidate(people), extractors: new Set(['ner-model', 'gazetteer']) }, refine(text, next[k]!.start, end, span, gazFlat, language, on)];
  }
  if (span.label !== 'PER') return [refine(text, start, end, span, gazFlat, language, on)];
  // PER with a known non-person name at its start or end: split it off
  const parts: Candidate[] = [];
  let s = start;
  let e = end;
  // only when a full name (two words or more) is left: `Anthony Washington` stays a person
  const fullName = (a: number, b: number): boolean => /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)+$/u.test(text.slice(a, b).trim());
  // a car make is as often a person's name (`Lincoln Díaz Balart`, `Henry Ford`): only other known names split
  const splittable = (g: GazetteerHit): boolean => g.type !== 'PER' && g.kind !== 'make';
  const head = inside.find((g) => g.start === start);
  if (head && splittable(head) && /^\s+\p{Lu}/u.test(text.slice(head.end, end)) && fullName(head.end, end)) {
    parts.push({ ...gazCandidate(head), extractors: new Set(['ner-model', 'gazetteer']) });
    s = head.end;
  }
  const tail = inside.find((g) => g.end === end && g.start > s);
  if (tail && splittable(tail) && /\p{L}\s+$/u.test(text.slice(s, tail.start)) && fullName(s, tail.start)) {
    parts.push({ ...gazCandidate(tail), extractors: new Set(['ner-model', 'gazetteer']) });
    e = tail.start;
  }
  const rest = trimSpan(text, s, e);
  if (rest) parts.push(refine(text, rest[0], rest[1], span, gazFlat, language, on));
  return parts;
}

// ------------------------------------------------------------------------------------ cleaning model spans

const words = (s: string): Set<string> => new Set(s.split(/\s+/u).filter(Boolean));

/** Titles and role nouns: not mentions (annotation convention), stripped off a name. */
const TITLES = words(`
  ambassador ambassadors president vice prime minister ministers deputy chairman chairwoman chair board director
  governor khokim hokim chokim hakim akim mayor king queen prince princess emir sheikh chancellor secretary
  spokesman spokeswoman spokesperson ceo cfo coo cto general manager consul envoy delegation senator
  congressman congresswoman member head commissioner minister-counselor extraordinary plenipotentiary
  dr mr mrs ms prof professor sir lord
  botschafter botschafterin präsident präsidentin ministerpräsident bundeskanzler bundeskanzlerin kanzler kanzlerin
  vorsitzende vorsitzender direktor direktorin gouverneur bürgermeister staatsoberhaupt minister ministerin
  staatschef regierungschef leiter leiterin sprecher sprecherin herr frau
  посол президент министр премьер премьер-министр председатель директор губернатор хоким аким мэр глава
  заместитель вице-президент вице-премьер
  ambassadeur président présidente ministre directeur gouverneur maire
  embajador embajadora presidente presidenta vicepresidente ministro ministra viceministro viceministra director directora
  gobernador alcalde alcaldesa secretario secretaria portavoz consejero consejera gerente
  ambasciatore ministro sindaco
  ambasador prezydent minister dyrektor
  büyükelçi cumhurbaşkanı bakan başkan
  elchi prezident vazir hokim rais
`);
/** A whole word that one of a pack's one-word patterns matches, case-insensitively; null for an empty list. */
const oneOf = (patterns: readonly string[]): RegExp | null => (patterns.length ? new RegExp(`^(?:${patterns.join('|')})$`, 'iu') : null);
/** A company noun of the language's pack (`discourse.companyNouns`: `Holding`, `Gesellschaft`); null where it has none. */
const companyNounWord = perLanguage((lang: string) => oneOf(packFor(lang)?.discourse?.companyNouns ?? []));
/** Words that link a title to what it is a title of (Ambassador of, Minister for, Botschafter in) or to another title (Extraordinary and Plenipotentiary). */
const TITLE_LINKS = words(`of to for in the der des im in von für при в по and und и et y`);
/**
 * A month or weekday name in the language's pack (English's for a language without one), as a whole
 * word; a stem takes one letter of ending (`января`, `сентябре`).
 */
const calendarWord = perLanguage((lang: string): RegExp => {
  const dates = (packFor(lang) ?? UNDETERMINED_PACK).dates;
  return new RegExp(`^(?:(?:${dates.months.join('|')})${dates.monthStems ? '\\p{L}?' : ''}|${dates.weekdays.join('|')})$`, 'iu');
});
/** A group of people named by a common noun of the pack (`Analistas en Taskent señalaron`, `Officials in …`), capitalised at a sentence's start: no name. */
const groupNoun = perLanguage((lang: string) => oneOf(packFor(lang)?.events?.groupNouns ?? []));
/**
 * The triggers of a language's event lexicon at the start of a text: a capitalised word at a sentence's start that
 * opens one is a verb or a noun of the language read as a name (`Trabajan en ella 180 personas`); null: no lexicon.
 */
const triggerStart = perLanguage((lang: string): RegExp | null => {
  const patterns = (packFor(lang)?.events?.triggers ?? []).map((t) => t.pattern);
  return patterns.length ? new RegExp(`^(?:${alt(patterns)})${E}`, 'iu') : null;
});
/** Whether the word from `start` to `end` opens a trigger of the language's event lexicon. */
const opensTrigger = (text: string, start: number, end: number, lang: string): boolean =>
  (triggerStart(lang)?.exec(text.slice(start, start + 80))?.[0].length ?? 0) >= end - start;
/** An amount right before a word: digits, then at most a scale word ("1,2 Mrd. ", "88 million ", "5 "). */
const AMOUNT_BEFORE = /\d(?:[\d.,\s\u00A0\u202F]*\d)?\s*(?:\p{L}+\.?\s*)?$/u;
/** Abbreviated months of every pack: no names when a day follows ("TASHKENT, Jan. 15 -"); "Jan" alone may be a person. */
const MONTH_ABBREVIATIONS = new Set(allPacks().flatMap((p) => p.dates.monthAbbreviations));
/**
 * What follows the place of a dateline at the start of a line: an optional region or country, a day
 * and a month, an optional year and (agency), then a dash or a full stop: `Wolfsburg, 18. Mai 2024.`,
 * `ZARAGOZA, 3 oct. (EFE).-`, `BAKU, Azerbaijan, March 2.`, `Paris, le 5 mars (AFP) -`.
 */
const DATELINE_TAIL = (() => {
  const packs = allPacks();
  // the stems share one `\p{L}*`: compiled case-insensitively, each copy of it cost ~8 ms (~500 ms in all, once per process)
  const stems = new Set(packs.filter((p) => p.dates.monthStems).flatMap((p) => p.dates.months));
  const names = new Set(packs.filter((p) => !p.dates.monthStems).flatMap((p) => p.dates.months));
  const month = [...(stems.size ? [`(?:${[...stems].join('|')})\\p{L}*`] : []), ...names, ...MONTH_ABBREVIATIONS].join('|');
  const region = String.raw`(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})?`;
  // the year may take its marker (`2026 года`, `2026 yılı`)
  const yearWord = [...new Set(packs.flatMap((p) => p.dates.yearAfter))].join('|');
  const date = String.raw`[^,()\n]{0,12}?(?:\d{1,2}\.?\s*(?:${month})|(?:${month})\.?\s*\d{1,2})(?![\p{L}\d])\.?(?:\s*,?\s*\d{4}(?:[\s-]*(?:${yearWord})(?![\p{L}]))?)?`;
  // the agency tag: `(EFE)`, `/Trend/`, `/ТАСС/` (its name in group 1 or 2)
  const agency = String.raw`\(([^()\n]{1,24})\)|\/([^/\n]{1,24})\/`;
  // (a full stop may close the date before the tag: `ДУШАНБЕ, 20 мая 2027 года. /ТАСС/.`)
  return new RegExp(String.raw`^${region},\s*${date}(?:\.?\s*(?:${agency}))?\s*(?:\.?\s*[-–—]+|\.)\s`, 'iu');
})();
/** Generic place nouns around a known place name (Region Kaschkadarja, Hajigabul region, city of Tashkent). */
const GENERIC_PLACE = words(`
  region regions city town village province district republic state country oblast area municipality capital
  of the
  stadt provinz gebiet bezirk republik land kreis regierungsbezirk hauptstadt dorf gemeinde
  город область регион район республика страна край столица села село города области региона района республики
  ville région province pays capitale
  ciudad región provincia país capital
  città regione provincia paese capitale
  miasto województwo region kraj stolica
  şehir il ilçe bölge ülke başkent
  viloyat viloyati tuman tumani shahar shahri respublika
`);
/** Generic words that are part of official names (Republic of Azerbaijan, Республика Коми): never cut off. */
const KEEP_GENERIC = words(`of the republic republik республика республики республике республикой республику respublika respublikasi state`);
/** Document titles (Decree of the President… No. 3127) are not MISC mentions. */
const DOC_HEADS = words(`decree law resolution order ordinance memorandum treaty act code regulation указ закон постановление распоряжение erlass gesetz verordnung dekret beschluss décret loi decreto ley`);
/** Generic acronyms taggers take for names. */
const NOT_NAMES = words(`SUV SUVs SKD CKD SKD/CKD EV EVs GDP CEO CFO VAT PR IT HR OEM OEMs R&D IPO FDI PPP LNG MW GW kWh km`);
/** Every pack's legal-form abbreviations, lower case and without dots (`jsc`, `gmbh`, `ооо`, `mchj`). */
const LEGAL_FORM_WORDS = new Set(LEGAL_FORM_ABBREVIATIONS.map((f) => f.toLowerCase().replace(/[./]/gu, '')));
/** The same abbreviations as written (`SpA`, `LLC`, `ООО`): a legal form is no ordinary word (`Spa`). */
const LEGAL_FORMS_AS_WRITTEN = new Set(LEGAL_FORM_ABBREVIATIONS.map((f) => f.replace(/[./]/gu, '')));
/** Heads of organisations' names (lower case): with the legal forms, no part of a person's name. */
const ORG_HEADS = words(`
  administration ministry committee agency bank company corporation railways airlines airways council government
  parliament chamber association union group holding university institute fund service office
  motors
  ministerium verwaltung regierung gruppe behörde verband bundesamt
  министерство агентство комитет банк компания корпорация правительство администрация
`);
const LEGAL_HEADS = words(`ministry administration committee agency company corporation motors`);
/** Heads that make an exhibition or summit of a model ORG (not `championship`/`games`: leagues and studios are named so). */
const STRICT_EVENT_HEADS = words(`exhibition expo salon summit olympics festival fair show motor-show ausstellung messe gipfel выставка саммит олимпиада exposition sommet cumbre feria`);
const EVENT_HEADS = words(`
  exhibition expo salon forum summit olympics games championship cup festival fair show conference congress week
  ausstellung messe gipfel konferenz kongress festspiele weltmeisterschaft
  выставка форум саммит конференция олимпиада чемпионат
  salon exposition sommet foro cumbre feria
`);
const SENTENCE_START = /(?:^|[.!?…:;]\s*["“”'«»„]?\s*|\n\s*[-–—•*]?\s*)$/u;

/**
 * A model span cleaned of what the annotation convention leaves out, or null when nothing named
 * is left: titles/role nouns, generic place nouns around a known place, document titles, generic
 * acronyms, sentence-initial ordinary English words.
 */
function cleanModelSpan(
  text: string,
  start: number,
  end: number,
  span: NerSpanLike,
  lang: string,
  gazFlat: GazetteerHit[],
  on: (o: Override) => boolean,
): [number, number] | null {
  let s = start;
  let e = end;
  const surface = (): string => text.slice(s, e);
  if (!/[\p{L}\p{N}]/u.test(surface())) return null;
  // a case suffix after an apostrophe is no part of the name (`Bursa'daki`, `Almanya'ya`)
  if (packFor(lang)?.names.apostropheSuffix) {
    const suffixed = /^(.*\p{L}\p{L})['’]\p{Ll}+$/u.exec(surface());
    if (suffixed) e = s + suffixed[1]!.length;
  }
  // a lower-case common noun before a capitalised name, where nouns are written in lower case, is no part of
  // it (`camions Isuzu`, `ligne Bakou-Tbilissi-Kars`); short particles of names stay (`de Gaulle`, `von der Leyen`)
  if (on('trim') && !packFor(lang)?.names.capitalisedNouns) {
    const lead = /^(?:(?!della\s|delle\s|degli\s)\p{Ll}{4,}\s+)+(?=\p{Lu})/u.exec(surface());
    if (lead) s += lead[0].length;
  }
  const toks = tokensOf(text, s, e);
  const lower = toks.map((t) => t.text.toLowerCase());
  if (on('drop-non-name')) {
    if (NOT_NAMES.has(surface())) return null;
    // a legal form alone names nobody (`АО «УзАвто Моторс»`: the name is in the quotes)
    if (LEGAL_FORMS_AS_WRITTEN.has(surface().replace(/[./]/gu, ''))) return null;
    // dates are no names (August-September, Mitte Juni)
    if (lower.every((w) => w.split('-').every((x) => calendarWord(lang).test(x)))) return null;
    if (lower.length === 1 && MONTH_ABBREVIATIONS.has(lower[0]!) && /^\.?\s*\d/u.test(text.slice(e, e + 4))) return null;
    // a currency after an amount belongs to the money figure ("1,2 Mrd. Euro", "88 million manat"), not to the names
    if (currencyAt(text, s)?.end === e && AMOUNT_BEFORE.test(text.slice(Math.max(0, s - 30), s))) return null;
    // only titles / generic nouns / function words: nothing named
    if (lower.every((w) => TITLES.has(w) || GENERIC_PLACE.has(w))) return null;
    if (toks.length === 1 && groupNoun(lang)?.test(toks[0]!.text)) return null;
    // document titles, and a document's kind alone (`a Memorandum between …`)
    if (span.label === 'MISC' && (toks.length >= 3 || toks.length === 1) && DOC_HEADS.has(lower[0]!)) return null;
  }
  const initial = toks.length === 1 && SENTENCE_START.test(text.slice(Math.max(0, s - 4), s)) && !gazFlat.some((g) => g.start === s && g.end === e);
  // a sentence-initial word of the language's event lexicon (`Trabajan en ella 180 personas`, `Exportó …`)
  if (on('drop-common-word') && initial && opensTrigger(text, s, e, lang)) return null;
  if (on('drop-common-word') && lang === 'en' && toks.length === 1 && !gazFlat.some((g) => g.start === s && g.end === e)) {
    // sentence-initial ordinary English word
    if (initial && isCommonEnglishWord(toks[0]!.text)) return null;
    // an ordinary English noun the model is unsure of (a capitalised `Memorandum`)
    if (span.confidence < 0.5 && isCommonEnglishWord(toks[0]!.text, true)) return null;
  }
  if (!on('strip-title') && !on('strip-place-noun')) return [s, e];
  // leading titles (President Ilham Aliyev, Botschafter X)
  let i = 0;
  while (i < toks.length - 1 && (TITLES.has(lower[i]!) || (i > 0 && TITLES.has(lower[i - 1]!) && TITLE_LINKS.has(lower[i]!)))) i++;
  if (on('strip-title') && i > 0 && /^\p{Lu}/u.test(toks[i]!.text)) {
    // a person's title goes; an organisation or a work may be named with one (`King Crimson`, `General Electric`,
    // `Mrs. Doubtfire`, `Queen of the South`): only a known name after it is cut out
    if (span.label === 'PER' || gazFlat.some((g) => g.start === toks[i]!.start && g.end === e)) s = toks[i]!.start;
  }
  // a company noun of the pack before a name is no part of it (`der Holding Uzavtosanoat`, `der Gesellschaft Uzbekistan Railways`)
  if (on('strip-title') && span.label === 'ORG') {
    const t = tokensOf(text, s, e);
    if (t.length >= 2 && companyNounWord(lang)?.test(t[0]!.text) && /^\p{Lu}/u.test(t[1]!.text)) s = t[1]!.start;
  }
  // the portfolio of a title before the span belongs to the title (`viceministro de Economía Sahib Mammadov`,
  // `vice-ministre de l'Économie Sahib Mammadov`, `la secretaria de Estado`): cut off a name, and alone it names nothing
  const portfolio = portfolioOf(lang);
  if (on('strip-title') && s === start && portfolio?.words.has(lower[0]!) && portfolio.before.test(text.slice(Math.max(0, s - 40), s))) {
    if (toks.length === 1) return null;
    if (/^\p{Lu}/u.test(toks[1]!.text)) s = toks[1]!.start;
  }
  // generic place nouns before a place name (Region Fergana, Stadt Karshi) or lower-case after it in
  // Latin script (Hajigabul region): not part of the name
  if (span.label === 'LOC' && on('strip-place-noun')) {
    let t = tokensOf(text, s, e);
    let k = 0;
    while (k < t.length - 1 && GENERIC_PLACE.has(t[k]!.text.toLowerCase()) && !KEEP_GENERIC.has(t[k]!.text.toLowerCase()) && /^\p{Lu}/u.test(t[k + 1]!.text)) k++;
    if (k > 0) s = t[k]!.start;
    t = tokensOf(text, s, e);
    let j = t.length - 1;
    while (j > 0 && /^[a-z]+$/.test(t[j]!.text) && GENERIC_PLACE.has(t[j]!.text) && !KEEP_GENERIC.has(t[j]!.text) && /^\p{Lu}/u.test(t[j - 1]!.text)) j--;
    if (j < t.length - 1) e = t[j]!.end;
  }
  // a known nationality or place followed by titles only (Kazakh Ambassador)
  const inner = gazFlat.filter((g) => g.start >= s && g.end <= e);
  if (inner.length === 1) {
    const g = inner[0]!;
    const restToks = [...tokensOf(text, s, g.start), ...tokensOf(text, g.end, e)];
    const rest = restToks.map((t) => t.text.toLowerCase());
    // `Panama City`, `Atlantic City`: a capitalised generic word after the name is part of it
    const cityName = tokensOf(text, g.end, e).some((t) => /^\p{Lu}/u.test(t.text) && t.text.toLowerCase() === 'city');
    if (rest.length > 0 && !cityName && !/^-/u.test(text.slice(g.end, e)) && !/-$/u.test(text.slice(s, g.start))) {
      const generic = g.type === 'MISC' ? TITLES : GENERIC_PLACE;
      if (on(g.type === 'MISC' ? 'strip-title' : 'strip-place-noun') && rest.every((w) => generic.has(w))) return [g.start, g.end];
    }
    // German nouns are capitalised: a known place, then nouns nobody knows (`Chiwa Mähdrescher`)
    if (
      on('cut-glued-noun') &&
      packFor(lang)?.names.capitalisedNouns &&
      span.label === 'LOC' &&
      g.type === 'GPE' &&
      g.start === s &&
      g.end < e &&
      /^\s+\p{Lu}/u.test(text.slice(g.end, e)) &&
      !cityName
    ) {
      return [g.start, g.end];
    }
  }
  return s < e ? [s, e] : null;
}

/**
 * [start, end) cut where one span holds two names: at an internal possessive of a known name
 * (`Uzbekistan’s UzAuto Motors` → `Uzbekistan’s`, `UzAuto Motors`; the trim drops the `’s`; titles like
 * `The Warrior’s Code` stay whole) and after a `Place-made` compound (`Belarus-made MAZ`, `Almaty-based`
 * alone), whose first part is marked as a place where the participle says where (`based`, `made`).
 */
function splitCompoundSpan(text: string, start: number, end: number, gazFlat: GazetteerHit[]): Array<[number, number, boolean?]> {
  const out: Array<[number, number, boolean?]> = [];
  let from = start;
  const re = /\p{L}['’]s\s+(?=\p{Lu})/gu;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(re)) {
    const ownerEnd = start + m.index + 1;
    if (!gazFlat.some((g) => g.start === from && g.end === ownerEnd)) continue;
    const cut = start + m.index + m[0].length;
    out.push([from, start + m.index + 3]);
    from = cut;
  }
  // `Belarus-made MAZ`, `US-based Tesla`: the place and the name are two mentions
  const compound = COMPOUND_PREFIX.exec(text.slice(from, end));
  if (compound && compound[1]) {
    out.push([from, from + compound[1].length, compound[2] !== undefined]);
    from += compound[0].length;
  }
  if (from < end) out.push([from, end]);
  return out;
}

/** `Place-participle` before a name or alone; group 2: a participle that says where (`based`, `made`), not who (`owned`, `led`). */
const COMPOUND_PREFIX =
  /^(\p{Lu}[\p{L}\p{M}.]*)-(?:(made|based|built|registered|born|assembled|produced|headquartered)|owned|led|backed|funded|listed|controlled|run)(?:\s+(?=\p{Lu})|$)/u;

/** A word of a span: letters, marks and digits joined by `.`, `'`, `’`, `-` or `&`; only `&` may end it (`U.S.` gives `U.S`). */
const TOKEN = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}.'’&-]*[\p{L}\p{M}\p{N}&])?/gu;

function tokensOf(text: string, start: number, end: number): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const m of text.slice(start, end).matchAll(TOKEN)) out.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** A capitalised word ending in one of the pack's institution heads (`names.institutionCompoundHeads`); null: none. */
const institutionCompound = perLanguage((lang: string): RegExp | null => {
  const heads = packFor(lang)?.names.institutionCompoundHeads ?? [];
  return heads.length ? new RegExp(String.raw`(?<![\p{L}\p{N}-])\p{Lu}\p{Ll}+(?:${heads.join('|')})(?:e?s)?(?![\p{L}\p{N}-])`, 'gu') : null;
});

/**
 * What continues an institution's name that lists its portfolios after the first: `, Comercio y Empresa`,
 * `, Trade and Agriculture`, `, des Finances et de la Souveraineté` (capitalised portfolios, each after at most
 * three lower-case articles or prepositions, the last after the pack's conjunction).
 */
const portfolioList = perLanguage((lang: string): { head: RegExp; rest: RegExp } | null => {
  const pack = packFor(lang);
  const heads = pack?.discourse?.institutions ?? [];
  const and = pack?.numbers.coordinators ?? [];
  if (!heads.length || !and.length) return null;
  const portfolio = String.raw`(?:\p{Ll}+(?:\s+|['’])){0,3}\p{Lu}[\p{L}\p{M}-]*`;
  return {
    head: new RegExp(String.raw`^(?:${heads.join('|')})(?![\p{L}])`, 'iu'),
    rest: new RegExp(String.raw`^(?:\s*,\s*${portfolio})+\s+(?:${and.join('|')})\s+${portfolio}(?![\p{L}\p{N}])`, 'u'),
  };
});

/** An institution named with its portfolios listed (`Ministerio de Economía, Comercio y Empresa`): one organisation over the pieces the model made of it. */
function joinListedPortfolios(text: string, language: string, chosen: Candidate[]): void {
  const re = portfolioList(canonicalLanguage(language));
  if (!re) return;
  for (const c of chosen.filter((x) => x.type === 'ORG' && re.head.test(text.slice(x.start, x.end)))) {
    const m = re.rest.exec(text.slice(c.end, c.end + 160));
    if (!m || !chosen.includes(c)) continue;
    const end = c.end + m[0].length;
    const over = within(chosen, c.start, end);
    // (a name in the list is a participant, no portfolio: a place, a person, a known company, a name the text gives again)
    const named = (x: Candidate): boolean =>
      x.type !== 'ORG' || x.extractors.has('gazetteer') || chosen.some((y) => !over!.includes(y) && text.slice(y.start, y.end) === text.slice(x.start, x.end));
    if (over && !over.some((x) => x !== c && named(x))) replaceWith(chosen, over, ruleSpan(c.start, end, 'ORG', over));
  }
}

/** The candidates overlapping [a, b), or null where one of them reaches outside it (a rule then leaves the text alone). */
function within(chosen: Candidate[], a: number, b: number): Candidate[] | null {
  const over = chosen.filter((c) => c.start < b && a < c.end);
  return over.every((c) => a <= c.start && c.end <= b) ? over : null;
}

/** Puts `span` in the place of the candidates it covers (`over`, from `within`). */
function replaceWith(chosen: Candidate[], over: Candidate[], span: Candidate): void {
  for (const c of over) chosen.splice(chosen.indexOf(c), 1);
  chosen.push(span);
}

/** A span a rule makes of [a, b) over what the model and the gazetteer found inside it (`over`). */
function ruleSpan(a: number, b: number, type: EntityType, over: Candidate[]): Candidate {
  const extractors = new Set<(typeof EXTRACTOR_ORDER)[number]>(['rule']);
  if (over.some((c) => c.fromModel)) extractors.add('ner-model');
  return { start: a, end: b, type, confidence: 0.6, extractors, fromModel: false };
}

/**
 * Three capitalised words or more joined by dashes or hyphens without spaces (`Baku–Tiflis–Kars`, `Baku-Tbilisi-Kars`);
 * with spaces they list the stops of a route (`Berlin – Piła – Chojnice`).
 */
const DASHED_NAMES = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{M}]+(?:[-–—]\p{Lu}[\p{L}\p{M}]+){2,}(?![\p{L}\p{N}-])/gu;

/**
 * Three places or more joined by dashes name a corridor (`Baku–Tiflis–Kars`, a railway): one LOC span over what the
 * model and the gazetteer found in it. Each part must be a place the gazetteer knows or lie in a place mention; a span
 * reaching outside is left alone.
 */
function addCorridors(text: string, language: string, chosen: Candidate[]): void {
  for (const m of text.matchAll(DASHED_NAMES)) {
    const [a, b] = [m.index, m.index + m[0].length];
    const parts = [...m[0].matchAll(/\p{Lu}[\p{L}\p{M}]+/gu)].map((p) => ({ start: a + p.index, end: a + p.index + p[0].length, text: p[0] }));
    const isPlace = (p: (typeof parts)[number]): boolean =>
      chosen.some((c) => c.start <= p.start && p.end <= c.end && (c.type === 'GPE' || c.type === 'LOC')) ||
      ['GPE', 'LOC'].includes(lookupName(p.text, language)?.type ?? '');
    const over = parts.every(isPlace) ? within(chosen, a, b) : null;
    if (over) replaceWith(chosen, over, ruleSpan(a, b, 'LOC', over));
  }
}

/**
 * The pack's portfolios (`names.portfolios`): `before` matches a role noun of the pack and a link at the end of a text
 * (`ministre de l'`, `Minister of `), so a portfolio may follow; null where the language has none.
 */
const portfolioOf = perLanguage((lang: string): { words: ReadonlySet<string>; before: RegExp } | null => {
  const pack = packFor(lang);
  const roles = pack?.events?.roleNouns ?? [];
  const { links, words: portfolios } = pack?.names.portfolios ?? { links: [], words: [] };
  if (!roles.length || !links.length || !portfolios.length) return null;
  return {
    words: new Set(portfolios),
    before: new RegExp(String.raw`(?<![\p{L}])(?:${roles.join('|')})\s+(?:${links.join('|')})\s*$`, 'iu'),
  };
});

/** A region phrase of the pack (`names.regionPhrase`), group 1 its administration noun; null: none. */
const regionPhrasePattern = perLanguage((lang: string): RegExp | null => {
  const phrase = packFor(lang)?.names.regionPhrase;
  if (!phrase) return null;
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}-])(?:(${phrase.administrations.join('|')})\s+)?${phrase.adjective}\s+(?:${phrase.nouns.join('|')})(?![\p{L}\p{N}])`,
    'gu',
  );
});

const plantNamePattern = perLanguage((lang: string): RegExp | null => {
  const names = packFor(lang)?.names;
  if (!names?.regionPhrase || !names.plantNameNouns?.length) return null;
  return new RegExp(String.raw`(?<![\p{L}\p{N}-])${names.regionPhrase.adjective}\s+(?:${names.plantNameNouns.join('|')})(?![\p{L}\p{N}])`, 'gu');
});

/**
 * A works named by a capitalised place adjective and a plant noun (`Гянджинскому автозаводу`, `Самаркандский
 * автомобильный завод`): one ORG span over what the model made of it. A nationality adjective names no works
 * (`Казахстанский завод` at a sentence's start), and a span reaching outside the phrase is left as it is.
 */
function addPlantNames(text: string, language: string, gazFlat: GazetteerHit[], chosen: Candidate[]): void {
  const re = plantNamePattern(canonicalLanguage(language));
  if (!re) return;
  for (const m of text.matchAll(re)) {
    const [a, b] = [m.index, m.index + m[0].length];
    if (gazFlat.some((g) => g.kind === 'nationality' && g.start === a)) continue;
    const over = within(chosen, a, b);
    if (over && !over.some((c) => c.start === a && c.end === b && c.type === 'ORG')) replaceWith(chosen, over, ruleSpan(a, b, 'ORG', over));
  }
}

/**
 * Regions named by an adjective and a region noun (`Дашогузского велаята`): one GPE span, whatever pieces and types
 * the model gave inside it; with a regional administration's noun before it (`хякимлик Дашогузского велаята`) one
 * ORG span. A span reaching outside the phrase (`Правительство Московской области`) is left as it is, but a place
 * name before it is a place of its own (`Асаке Андижанской области`: two GPE).
 */
function addRegionPhrases(text: string, language: string, chosen: Candidate[]): void {
  const re = regionPhrasePattern(canonicalLanguage(language));
  if (!re) return;
  for (const m of text.matchAll(re)) {
    const [a, b] = [m.index, m.index + m[0].length];
    // a place and the region it lies in (`в Асаке Андижанской области`): two places
    const before = chosen.find((c) => c.start < a && c.end === b && (c.type === 'GPE' || c.type === 'LOC'));
    const place = before && !m[1] ? trimSpan(text, before.start, a) : null;
    if (before && place && /^\p{Lu}[\p{L}-]*$/u.test(text.slice(place[0], place[1]))) {
      before.end = place[1];
      chosen.push(ruleSpan(a, b, 'GPE', [before]));
      continue;
    }
    const over = within(chosen, a, b);
    if (over) replaceWith(chosen, over, ruleSpan(a, b, m[1] ? 'ORG' : 'GPE', over));
  }
}

/** A verb of telling of the pack (`events.tellVerbs`) and the capitalised name after it, group 1; null: none. */
const tellAddresseePattern = perLanguage((lang: string): RegExp | null => {
  const verbs = packFor(lang)?.events?.tellVerbs ?? [];
  const word = String.raw`\p{Lu}[\p{L}\p{M}\p{N}&'’-]*`;
  return verbs.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${verbs.join('|')})\s+(${word}(?:[ \t]+${word}){0,2})`, 'gu') : null;
});

/**
 * The addressee of a verb of telling that the model did not take for a person (`… told Trend on Thursday`, `dijo a la
 * agencia Efe`) is the news medium told: ORG, where nothing covers it and it is no honorific or title.
 */
/** The agency tag after the date of a dateline a place opens (`БАКУ, 23 июня 2026 года /Trend/.`): an organisation, the wire agency. */
function addDatelineAgencies(text: string, chosen: Candidate[]): void {
  for (const place of chosen.filter((c) => isDatelinePlace(text, c.start, c.end))) {
    const m = DATELINE_TAIL.exec(text.slice(place.end, place.end + 80));
    const name = m?.[1] ?? m?.[2];
    if (!m || !name) continue;
    const s = place.end + m[0].lastIndexOf(name);
    const span = trimSpan(text, s, s + name.length);
    if (!span || !/^\p{Lu}/u.test(text.slice(span[0], span[1]))) continue;
    // (the tag alone, whatever type another extractor gave it: `/Кабар/` is the agency, not a place)
    const same = chosen.find((c) => c.start === span[0] && c.end === span[1]);
    if (same) same.type = 'ORG';
    else if (!chosen.some((c) => c.start < span[1] && span[0] < c.end)) chosen.push({ start: span[0], end: span[1], type: 'ORG', confidence: 0.6, extractors: new Set(['rule']), fromModel: false });
  }
}

function addTellAddressees(text: string, language: string, chosen: Candidate[]): void {
  const lang = canonicalLanguage(language);
  const re = tellAddresseePattern(lang);
  if (!re) return;
  const honorific = honorificPatterns(lang);
  for (const m of text.matchAll(re)) {
    const a = m.index + m[0].length - m[1]!.length;
    const span = trimSpan(text, a, a + m[1]!.length);
    if (!span || !/^\p{Lu}/u.test(text.slice(span[0], span[1]))) continue;
    const [s, e] = span;
    const first = text.slice(s, e).split(/\s+/u)[0]!;
    if (TITLES.has(first.toLowerCase().replace(/\.$/u, '')) || honorific?.opening.test(`${text.slice(s, e)} X`)) continue;
    if (calendarWord(lang).test(first.replace(/['’]s$/u, ''))) continue; // `told Friday's vote`
    if (chosen.some((c) => c.start < e && s < c.end)) continue;
    chosen.push({ start: s, end: e, type: 'ORG', confidence: 0.55, extractors: new Set(['rule']), fromModel: false });
  }
}

/** `Bundeswirtschaftsministerium`: an organisation wherever nothing else covers the word. */
function addInstitutionCompounds(text: string, language: string, chosen: Candidate[]): void {
  const re = institutionCompound(canonicalLanguage(language));
  if (!re) return;
  for (const m of text.matchAll(re)) {
    const [a, b] = [m.index, m.index + m[0].length];
    if (chosen.some((c) => c.start < b && a < c.end)) continue;
    chosen.push({ start: a, end: b, type: 'ORG', confidence: 0.6, extractors: new Set(['rule']), fromModel: false });
  }
}

/** One word: a name, a hyphen and a role noun of the pack (`KamAZ-Vorstandschef`, `UzAvtoSanoat-Sprecherin`); null: none. */
const roleCompoundPattern = perLanguage((lang: string): RegExp | null => {
  const roles = packFor(lang)?.events?.roleNouns ?? [];
  return roles.length ? new RegExp(String.raw`^(\p{Lu}[\p{L}\p{N}&]*(?:-\p{Lu}[\p{L}\p{N}&]*)*)-(?:${roles.join('|')})$`, 'u') : null;
});

/**
 * Companies named in the text, again as the first part of a hyphen compound, their spaces written as hyphens
 * (`Hoffmann Maschinenbau GmbH` … `Hoffmann-Maschinenbau-Geschäftsführer` → `Hoffmann-Maschinenbau`): the annotation
 * convention marks that part. It replaces what lies inside it (a surname found by itself). A span the model found that
 * is a name and a role noun of the pack in one word (`KamAZ-Vorstandschef`) is cut to the name, a company unless the
 * gazetteer knows it as something else.
 */
function addCompoundCompanies(text: string, language: string, chosen: Candidate[]): void {
  // a span the model found that is a name and a role noun of the pack in one compound: the name is the mention
  const roleCompound = roleCompoundPattern(canonicalLanguage(language));
  for (const c of roleCompound ? chosen : []) {
    const m = roleCompound!.exec(text.slice(c.start, c.end));
    if (!m || !c.fromModel) continue;
    c.end = c.start + m[1]!.length;
    const known = lookupName(m[1]!, language);
    c.type = known && known.type !== 'ORG' && known.type !== 'PRODUCT' ? known.type : 'ORG';
    c.extractors.add('rule');
  }
  const names = new Set<string>();
  for (const c of chosen) {
    if (c.type !== 'ORG') continue;
    const words = tokensOf(text, c.start, c.end).map((t) => t.text).filter((w) => !LEGAL_FORMS_AS_WRITTEN.has(w.replace(/[./]/gu, '')));
    if (words.length && /^\p{Lu}/u.test(words[0]!)) names.add(words.join('-'));
  }
  // not inside a word or after a hyphen; a hyphen and a letter after it
  const compoundPart = (a: number, b: number): boolean =>
    !isWordChar(codePointBefore(text, a)) && text[a - 1] !== '-' && text[b] === '-' && /^\p{L}$/u.test(codePointAt(text, b + 1));
  for (const name of names) {
    for (const a of occurrences(text, name, compoundPart)) {
      const b = a + name.length;
      const over = within(chosen, a, b);
      if (!over || over.some((c) => c.type === 'ORG')) continue;
      replaceWith(chosen, over, { start: a, end: b, type: 'ORG', confidence: 0.6, extractors: new Set(['rule']), fromModel: false });
    }
  }
}

/** A noun's pattern that also reads it capitalised at a sentence's start (`[кК]омпани…`). */
const capitalisable = (source: string): string =>
  /^\p{Ll}/u.test(source) ? `[${source[0]}${source[0]!.toUpperCase()}]${source.slice(1)}` : source;

/** The name after a company noun of the pack and at most `names.companyApposition` lower-case words; null: not read. */
const appositionPattern = perLanguage((lang: string): RegExp | null => {
  const pack = packFor(lang);
  const gap = pack?.names.companyApposition;
  const nouns = pack?.discourse?.companyNouns ?? [];
  if (gap === null || gap === undefined || nouns.length === 0) return null;
  const word = String.raw`\p{Lu}(?:[\p{L}\p{M}\p{N}&'’-]|\.(?=\p{L}))*`;
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${nouns.map(capitalisable).join('|')})\s+(?:\p{Ll}[\p{L}\p{M}-]*\s+){0,${gap}}[«"“„]?(${word}(?:\s+${word}){0,3})`,
    'gu',
  );
});

/**
 * May `text[a, b)` name a company: two letters or more, not opened by a month, a weekday or a title, and nothing the
 * gazetteer knows over it but a company or a product (no place, nationality or date)?
 */
function mayNameCompany(text: string, a: number, b: number, lang: string, gazAll: GazetteerHit[]): boolean {
  const first = text.slice(a, b).split(/\s+/u)[0]!.toLowerCase();
  if (calendarWord(lang).test(first) || TITLES.has(first) || (text.slice(a, b).match(/\p{L}/gu)?.length ?? 0) < 2) return false;
  return !gazAll.some((g) => g.start < b && a < g.end && g.type !== 'ORG' && g.type !== 'PRODUCT');
}

/**
 * Companies named in apposition to a company noun (`the carmaker BYD`, `компания «Ростсельмаш»`): an uncovered name
 * is added, a model place or MISC of exactly that name that no gazetteer typed becomes ORG, and so does a model person
 * named by one word (`battery maker Egecell`); a person named in full stays one (the company's person: `шеф концерна
 * Бернд Пишетсридер`); known places, nationalities and dates, and a single letter (`company N / A`), are left alone.
 * The name's other whole-word occurrences are the company too: added where nothing covers them, retyped where the
 * model read exactly that name otherwise.
 */
function addAppositions(text: string, language: string, gazAll: GazetteerHit[], chosen: Candidate[]): void {
  const lang = canonicalLanguage(language);
  const re = appositionPattern(lang);
  if (!re) return;
  const retypeOnly = packFor(lang)?.names.companyAppositionRetypeOnly === true;
  // one candidate of exactly this span that no gazetteer typed: it may become ORG, a person only when named by one word
  // (`battery maker Egecell`); people after a company noun are named in full (`шеф концерна Бернд Пишетсридер`)
  const retypable = (over: Candidate[], a: number, b: number, personToo: boolean): boolean =>
    over.length === 1 && over[0]!.start === a && over[0]!.end === b && (personToo || over[0]!.type !== 'PER') && !over[0]!.extractors.has('gazetteer');
  const names = new Set<string>();
  for (const m of text.matchAll(re)) {
    const from = m.index + m[0].length - m[1]!.length;
    const span = trimSpan(text, from, from + m[1]!.length);
    if (!span) continue;
    const [a, b] = span;
    const personToo = !/\s/u.test(text.slice(a, b));
    if (!mayNameCompany(text, a, b, lang, gazAll)) continue;
    const over = chosen.filter((c) => c.start < b && a < c.end);
    if (over.length === 0 && !retypeOnly) {
      chosen.push({ start: a, end: b, type: 'ORG', confidence: 0.6, extractors: new Set(['rule']), fromModel: false });
    } else if (retypable(over, a, b, personToo)) {
      over[0]!.type = 'ORG';
      over[0]!.extractors.add('rule');
    } else continue;
    names.add(text.slice(a, b));
  }
  for (const name of names) {
    for (const a of wholeWordOccurrences(text, name)) {
      const b = a + name.length;
      const over = chosen.filter((c) => c.start < b && a < c.end);
      // the name's other occurrences are the company too: the model's other reading of one retyped, an uncovered one added
      if (retypable(over, a, b, true) && over[0]!.type !== 'ORG') {
        over[0]!.type = 'ORG';
        over[0]!.extractors.add('rule');
      }
      if (over.length) continue;
      chosen.push({ start: a, end: b, type: 'ORG', confidence: 0.55, extractors: new Set(['rule']), fromModel: false });
    }
  }
}

/** The pack's honorifics (`names.honorifics`) at the end of a text before a name, and opening a span; null: none. */
const honorificPatterns = perLanguage((lang: string): { before: RegExp; opening: RegExp } | null => {
  const honorifics = packFor(lang)?.names.honorifics ?? [];
  if (!honorifics.length) return null;
  const alt = honorifics.join('|');
  return { before: new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alt})\s+$`, 'u'), opening: new RegExp(String.raw`^(?:${alt})\s+(?=\p{Lu})`, 'u') };
});

/** A locative preposition of the pack (`events.locative`) at the end of a text before a name; null: none. */
const locativeBefore = perLanguage((lang: string): RegExp | null => wordBefore(packFor(lang)?.events?.locative ?? []));

/**
 * Right after a locative preposition: a one-word person the model was unsure of (below 0.7) is a place (`in Kant`),
 * and an organisation the gazetteer knows by exactly that name as a place is that place (`la planta … en Kostanái`,
 * the model's ORG however sure).
 */
function typeAfterLocatives(text: string, language: string, chosen: Candidate[]): void {
  const re = locativeBefore(canonicalLanguage(language));
  if (!re) return;
  for (const c of chosen) {
    if (!re.test(text.slice(Math.max(0, c.start - 24), c.start))) continue;
    if (c.type === 'PER' && c.confidence < 0.7 && !/\s/u.test(text.slice(c.start, c.end))) c.type = 'GPE';
    if (c.type !== 'ORG') continue;
    const known = lookupName(text.slice(c.start, c.end), language);
    if (known && (known.type === 'GPE' || known.type === 'LOC') && known.start === 0 && known.end === c.end - c.start) c.type = known.type;
  }
}

/**
 * A name after an honorific is a person's (`Mr Park` the model took for a place, `Mr Suzuki` the gazetteer knows as a
 * make): its type is PER and the honorific is no part of its span.
 */
function typeAfterHonorifics(text: string, language: string, chosen: Candidate[]): void {
  const patterns = honorificPatterns(canonicalLanguage(language));
  if (!patterns) return;
  for (const c of chosen) {
    const opening = patterns.opening.exec(text.slice(c.start, c.end));
    const name = text.slice(c.start + (opening?.[0].length ?? 0), c.end).split(/\s+/u);
    // a person's name: at most three words, capitalised but for particles (`Da Silva`, `van Gerwen`); not a work's
    // title that opens with an honorific (`Mr Lantern and the Night Owls`)
    if (name.length > 3 || !name.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w))) continue;
    if (opening) c.start += opening[0].length;
    if (opening || patterns.before.test(text.slice(Math.max(0, c.start - 24), c.start))) c.type = 'PER';
  }
}

/** Lower-case particles of people's names. */
const NAME_PARTICLES = words(`de da das do dos du del della di van von der den ter al el bin ibn bint la le`);

/**
 * Where the language names companies head first, a capitalised company word right before a name opens it: the
 * two are one company (`de maquinaria agrícola Tractores Duero`, though the model found only `Duero`).
 */
function joinOpeningCompanyWords(text: string, language: string, chosen: Candidate[]): void {
  if (!packFor(language)?.names.companyNamesHeadFirst) return;
  for (const c of chosen) {
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (!before || !companyWord(before[1]!, 2)) continue;
    const start = c.start - before[0].length;
    if (chosen.some((x) => x !== c && x.start < c.start && start < x.end)) continue;
    c.start = start;
    c.type = 'ORG';
  }
}

/**
 * The first word of an organisation's full name (`Ordabasy` of `Ordabasy Motors`, `Moravia` of `Moravia Traktor`) names
 * it again on its own, as wire text shortens names after the first mention: an organisation where nothing covers it or
 * where the model alone called it a person, a place or a product. Not a word that names something else: a place, a
 * country or a company the gazetteer knows (`Kazakhstan` of `Kazakhstan Temir Zholy`), a place the text puts after
 * a locative preposition (`Rustavi` of `Rustavi Wagon Building`, `plant in Rustavi`), a common word (`General`), a word
 * of a person's name in the text.
 */
function propagateOrganisations(text: string, language: string, chosen: Candidate[]): void {
  // (people named in full: a one-word person may be the short name the model mistook)
  const persons = chosen.filter((c) => c.type === 'PER').map((c) => text.slice(c.start, c.end).split(/\s+/u)).filter((p) => p.length > 1);
  const firstWords = new Map<string, Candidate>();
  const locative = locativeBefore(canonicalLanguage(language));
  for (const c of chosen) {
    if (c.type !== 'ORG') continue;
    const parts = text.slice(c.start, c.end).split(/\s+/u);
    const first = parts[0]!;
    if (parts.length < 2 || !parts.every((w) => /^\p{Lu}/u.test(w)) || !/^\p{Lu}\p{Ll}{3,}$/u.test(first)) continue;
    if (lookupName(first, language) !== null || isEnglishWord(first) || persons.some((p) => p.includes(first))) continue;
    // (a word the text puts after a locative preposition is a place: `plant in Rustavi` of `Rustavi Wagon Building`)
    if ([...wholeWordOccurrences(text, first)].some((at) => locative?.test(text.slice(Math.max(0, at - 24), at)))) continue;
    if (!firstWords.has(first)) firstWords.set(first, c);
  }
  for (const [word, src] of firstWords) {
    for (const start of wholeWordOccurrences(text, word)) {
      const end = start + word.length;
      const over = chosen.filter((c) => c.start < end && start < c.end);
      if (over.length === 0) {
        chosen.push({ start, end, type: 'ORG', confidence: Math.min(src.confidence, 0.7), extractors: new Set(['rule']), fromModel: false });
      } else if (over.length === 1 && over[0]!.start === start && over[0]!.end === end && over[0]!.type !== 'ORG' && over[0]!.fromModel && !over[0]!.extractors.has('gazetteer')) {
        over[0]!.type = 'ORG';
      }
    }
  }
}

/**
 * People named once in full are named again by surname: other single-word mentions equal to a
 * known surname become PER, uncovered occurrences are added, and a PER span glued to the next word
 * in the source (`MirziyoyevangebotenBau`) is cut back to the known name.
 */
function propagatePersons(text: string, language: string, chosen: Candidate[]): void {
  const persons = chosen.filter((c) => c.type === 'PER');
  const fullNames = new Set<string>();
  const surnames = new Map<string, Candidate>();
  for (const p of persons) {
    const name = text.slice(p.start, p.end);
    const parts = name.split(/\s+/u);
    if (parts.length < 2 || !parts.every((w) => /^\p{Lu}/u.test(w))) continue;
    fullNames.add(name);
    const last = parts.at(-1)!;
    if ((p.confidence < 0.6 && !personName(name, language)) || last.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(last)) continue;
    if (lookupName(last, language) !== null) continue; // a known place/company/nationality is no surname
    surnames.set(last, p);
  }
  // glued spans
  for (const p of persons) {
    const name = text.slice(p.start, p.end);
    for (const full of fullNames) {
      if (name !== full && name.startsWith(full) && /^\p{Ll}/u.test(name.slice(full.length))) {
        p.end = p.start + full.length;
        break;
      }
    }
  }
  // full names again, also where the source glued the next word on (`Shavkat MirziyoyevangebotenBau`)
  for (const full of fullNames) {
    const src = persons.find((p) => text.slice(p.start, p.end) === full);
    if (!src) continue;
    for (let a = text.indexOf(full); a >= 0; a = text.indexOf(full, a + 1)) {
      const b = a + full.length;
      if (a > 0 && /[\p{L}\p{M}\p{N}]/u.test(text[a - 1]!)) continue;
      const after = /^[\p{L}\p{M}\p{N}]+/u.exec(text.slice(b))?.[0] ?? '';
      if (after && !/^\p{Ll}+\p{Lu}/u.test(after)) continue; // glued only: lower-case run, then a capital
      const over = within(chosen, a, b);
      if (!over || over.some((c) => c.start === a && c.end === b)) continue; // the span is decided already, or crossed
      replaceWith(chosen, over, { start: a, end: b, type: 'PER', confidence: Math.min(src.confidence, 0.8), extractors: new Set(src.extractors), fromModel: src.fromModel });
    }
  }
  for (const [surname, src] of surnames) {
    for (const start of wholeWordOccurrences(text, surname)) {
      const end = start + surname.length;
      const over = chosen.filter((c) => c.start < end && start < c.end);
      if (over.length === 0) {
        chosen.push({ start, end, type: 'PER', confidence: Math.min(src.confidence, 0.7), extractors: new Set(src.extractors), fromModel: src.fromModel });
      } else if (
        over.length === 1 &&
        over[0]!.start === start &&
        over[0]!.end === end &&
        over[0]!.type !== 'PER' &&
        !over[0]!.extractors.has('gazetteer') &&
        over[0]!.confidence < 0.7
      ) {
        over[0]!.type = 'PER';
      }
    }
  }
}

/**
 * What makes a name a company's where it stands, from the pack: the owner of a role (`chief executive of X`,
 * `Geschäftsführerin von X`, `presidente de X`: a role noun of `events.roleNouns` and a genitive link of
 * `ownOrgBefore`), a possessive before a role (`X's chief executive`: `ownOrgAfter`), and a company noun before the
 * name (`battery maker X`: the apposition of `company-apposition`). `owner`: the role-owner patterns, after which a
 * person may stand as well (`a cargo de X`); null: none.
 */
const companyEvidence = perLanguage((lang: string): { owner: RegExp | null; possessive: RegExp | null } => {
  const pack = packFor(lang);
  const roles = (pack?.events?.roleNouns ?? []).map(capitalisable);
  const own = pack?.events?.ownOrgBefore ?? [];
  const after = pack?.events?.ownOrgAfter ?? [];
  const nouns = (pack?.discourse?.companyNouns ?? []).map(capitalisable);
  if (!roles.length) return { owner: null, possessive: null };
  const role = `(?:${roles.join('|')})`;
  // (an entry that names the title itself, the genitive case after it, reads a person as well: `директор Иван Петров`)
  const links = own.filter((o) => !new RegExp(role, 'u').test(o));
  const noun = nouns.length ? `(?:(?:${nouns.join('|')})\\s+)?` : '';
  const name = String.raw`(\p{Lu})`;
  return {
    owner: links.length ? new RegExp(String.raw`(?<![\p{L}-])${role}\s+(?:${links.join('|')})\s*${noun}[«"“„]?${name}`, 'gu') : null,
    possessive: after.length ? new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}\p{N}&-]*)(?=(?:${after.join('|')})(?:[\p{L}-]+\s+)?${role}(?![\p{L}]))`, 'gu') : null,
  };
});

/**
 * A company named with company evidence somewhere in the text (`companyEvidence`: the name is the span the merged
 * list has where it starts) is that company at every occurrence the model read as a person or a place: the name
 * itself, the first word of a name of several words (`Bergmann` of `Bergmann Achstechnik`), and where the language
 * names companies head first its last (`Moncayo` of `Carrocerías Moncayo`), and a span of capitalised words opening
 * with one of them (`Haller Bordnetze`). Never a span a gazetteer typed, a name the gazetteer knows as something other
 * than a company, or a person named in full (`Miriam Bergmann` stays a person where `Bergmann` alone is the
 * company): a person of several words is no evidence after a role (`a cargo de Orkhan Mammadli`), nor after a company
 * noun with a role before it (`шеф концерна Бернд Пишетсридер`).
 */
function voteCompanies(text: string, language: string, gazAll: GazetteerHit[], chosen: Candidate[]): void {
  const lang = canonicalLanguage(language);
  const roleBefore = roleNounBefore(lang);
  const { owner, possessive } = companyEvidence(lang);
  const apposition = appositionPattern(lang);
  const keys = new Set<string>();
  const evidence = (at: number): void => {
    const c = chosen.find((x) => x.start === at);
    if (!c || (c.type === 'PER' && /\s/u.test(text.slice(c.start, c.end)))) return;
    if (!mayNameCompany(text, c.start, c.end, lang, gazAll)) return;
    const name = text.slice(c.start, c.end);
    const parts = name.split(/\s+/u);
    keys.add(name);
    if (parts.length > 1) keys.add(parts[0]!);
    if (parts.length > 1 && packFor(lang)?.names.companyNamesHeadFirst) keys.add(parts.at(-1)!);
  };
  for (const m of owner ? text.matchAll(owner) : []) evidence(m.index + m[0].length - 1);
  for (const m of possessive ? text.matchAll(possessive) : []) evidence(m.index);
  for (const m of apposition ? text.matchAll(apposition) : []) {
    // (a role at most two lower-case words before the company noun: `председатель правления компании X`, `chief executive of the carmaker X`)
    if (roleBefore && describedFrom(text.slice(Math.max(0, m.index - 60), m.index)).some((b) => roleBefore.test(b))) continue;
    evidence(m.index + m[0].length - m[1]!.length);
  }
  for (const key of [...keys]) {
    const known = lookupName(key, language);
    if ((known && known.type !== 'ORG' && known.type !== 'PRODUCT') || !/^\p{Lu}/u.test(key)) keys.delete(key);
  }
  if (!keys.size) return;
  for (const c of chosen) {
    if (!['PER', 'LOC', 'GPE'].includes(c.type) || c.extractors.has('gazetteer')) continue;
    const name = text.slice(c.start, c.end);
    const parts = name.split(/\s+/u);
    if (keys.has(name) || (keys.has(parts[0]!) && parts.every((w) => /^\p{Lu}/u.test(w)))) {
      c.type = 'ORG';
      c.extractors.add('rule');
    }
  }
}

/** A role noun of the pack (`events.roleNouns`) at the end of the text before a company noun; null: none. */
const roleNounBefore = perLanguage((lang: string): RegExp | null => wordBefore(packFor(lang)?.events?.roleNouns ?? []));
