/**
 * The switches of the merged mention list (./merge.ts): every way it departs from what the NER model said is a
 * named override, and a language's policy says which are on for its text. Issue 19: a gazetteer or a rule may
 * override the model only where it was measured to gain; `npx tsx models/training/eval_merge_overrides.ts`
 * measures each override per NER selection slice, per language and on the articles' halves.
 */
import { packFor, perLanguage } from '../languages/index.js';

/** Every way the merged list departs from what the model said, each a switch. */
export const OVERRIDES = [
  /** surrounding punctuation, quotes and a possessive 's off a model span, and a lower-case common noun before the name where nouns are written in lower case (`camions Isuzu`) */
  'trim',
  /** a span that names nothing is dropped: dates, a currency after an amount, titles only, generic acronyms, a legal form alone, document titles and kinds */
  'drop-non-name',
  /** an English sentence-initial common word, or an unsure capitalised common noun, is dropped, and so is a sentence-initial word that opens a trigger of the language's event lexicon (`Trabajan en ella …`) */
  'drop-common-word',
  /** leading titles and role nouns cut off (`President X`), a portfolio after a title (`ministre de l'Économie X`), and a known nationality/place before titles only (`Kazakh Ambassador`) */
  'strip-title',
  /** generic place nouns cut off a place span (`Region Fergana`, `Hajigabul region`) */
  'strip-place-noun',
  /** a known place's span cut back where the model glued a capitalised noun on in a language that capitalises every noun (`Chiwa Mähdrescher`) */
  'cut-glued-noun',
  /** one span cut in several: `Uzbekistan’s UzAuto Motors`, `Belarus-made MAZ`, `Azerbaijani-Iranian`, a known name glued to a person */
  'split',
  /** a gazetteer hit with exactly the model's span sets its type, by what the gazetteer knows: a country or place */
  'type-as-place',
  /** … a car make or manufacturer (ORG) */
  'type-as-company',
  /** … a car model (PRODUCT) */
  'type-as-product',
  /** … a nationality (MISC) */
  'type-as-nationality',
  /** a span that reads as a regional full name (2–3 capitalised words, the last with a surname ending of the pack: -ov, -eva, -zade) is PER */
  'type-by-surname',
  /** a model span's head word sets its type: `… Ministry` ORG, an exhibition EVENT */
  'type-by-head',
  /**
   * a model person or place, or a MISC of several words, whose last word is a company-name head of a pack or a goods
   * noun (`Marmara Otobüs`, `Khiva Agromash`, `Chirchiq Avtobus`) is ORG; where the language names companies head
   * first, so is one whose first word is, and such a capitalised word right before a name joins it (`Tractores Duero`)
   */
  'type-by-company-head',
  /** a name that opens a dateline is a place */
  'dateline',
  /** the agency tag after a dateline's date is an organisation (`/Trend/`, `/ТАСС/`, `(AFP)`) */
  'dateline-agency',
  /** gazetteer hits the model missed, by kind: countries and places */
  'add-place',
  /** … nationalities written with a capital (MISC: `Uzbek`, `Iranian`) */
  'add-nationality',
  /** … nationality adjectives of languages that write them in lower case (`kasachischen`, `Российская` at a sentence's start, `français`): MISC by the articles' convention and CoNLL-2003 German's; GermEval, CoNLL-2002 and WikiNEuRal leave them out */
  'add-adjective',
  /** … car makes, manufacturers, news sites (ORG) */
  'add-company',
  /** … car models (PRODUCT) */
  'add-product',
  /** a known name strictly containing model spans replaces them (`Chevrolet Onix` over `Chevrolet`) */
  'gazetteer-extend',
  /** a model span crossing a known name keeps what lies outside it */
  'gazetteer-cross',
  /** a region named by an adjective and a region noun of the pack is one place (`Дашогузского велаята`), one organisation after an administration noun (`хякимлик Дашогузского велаята`) */
  'region-phrase',
  /** a capitalised place adjective and a plant noun of the pack name a works, ORG (`Гянджинскому автозаводу`) */
  'plant-name',
  /** three places or more joined by dashes are one named corridor, LOC (`Baku–Tiflis–Kars`) */
  'corridor',
  /** a name the model missed right after a verb of telling of the pack is an organisation, the news medium told (`told Trend`) */
  'tell-addressee',
  /** a compound word with an institution head of the pack is an organisation (`Bundeswirtschaftsministerium`) */
  'institution-compound',
  /** an institution's name that lists its portfolios is one organisation (`Ministerio de Economía, Comercio y Empresa`) */
  'institution-list',
  /** a capitalised name in apposition to a company noun of the pack is a company (`the carmaker BYD`, `le constructeur ferroviaire français Alstom`, a one-word name the model read as a person: `battery maker Egecell`), and so are its other occurrences in the text */
  'company-apposition',
  /** a company named in the text is named again as the first part of a hyphen compound (`Hoffmann-Maschinenbau-Geschäftsführer`) */
  'compound-company',
  /** a one-word person the model was unsure of right after a locative preposition of the pack is a place (`in Kant`) */
  'locative-place',
  /** a name after an honorific of the pack is a person, the honorific left out (`Mr Park`, `M. Girard`, `Mr Suzuki`) */
  'honorific-person',
  /** an organisation named in full (`Ordabasy Motors`) is found again by the first word of its name (`Ordabasy, founded in 2011`, `Ordabasy's chief executive`) */
  'org-propagation',
  /** people named in full are found again by surname and full name */
  'person-propagation',
  /**
   * a name with company evidence somewhere in the text (the owner of a role: `chief executive of X`, `X's chief
   * executive`, `Geschäftsführerin von X`, `директор «X»`; a company noun before it: `battery maker X`) is the company
   * at every occurrence the model read as a person or a place, and so is the first word of such a name of several
   * words (`Bergmann` of `Bergmann Achstechnik`), the last where names open with their head (`Moncayo`); not a span a
   * gazetteer typed, not a person named in full (`Miriam Bergmann`)
   */
  'company-vote',
] as const;
export type Override = (typeof OVERRIDES)[number];

/**
 * The overrides that carry out the articles' annotation convention where a corpus has another (its notes: no
 * titles, no generic place nouns, no surrounding quotes, currencies belong to the amounts, nationality adjectives
 * are MISC, a compound's first part is a mention): a language's articles with gold outweigh its NER slices, whose
 * corpora disagree among themselves (WikiNEuRal-ru keeps guillemets in some names, GermEval counts `Euro` after an
 * amount and leaves compound parts out, CoNLL-2002 keeps quotes, only CoNLL-2003 German marks `deutschen`). They are
 * judged on the articles alone: one is off for a language only where it loses on that language's tune-half articles
 * (none does), never because a corpus of another convention disagrees, so Spanish text, with no articles, keeps them.
 */
export const CONVENTIONS: ReadonlySet<Override> = new Set(['trim', 'drop-non-name', 'strip-title', 'strip-place-noun', 'add-adjective', 'compound-company']);

/**
 * The overrides that are on unless a language's measurement turns them off: each one gains on the NER selection
 * slices or the articles' tune half, summed over the languages.
 */
export const MERGE_OVERRIDES: ReadonlySet<Override> = new Set(OVERRIDES);

/**
 * Off for the languages without a pack (Dutch, Italian, Polish, Portuguese…): the corrections that lose on their
 * selection slices taken together (none of the articles with gold is in those languages).
 */
const WITHOUT_PACK_OFF: readonly Override[] = ['add-place', 'gazetteer-extend', 'type-by-company-head', 'org-propagation'];

/**
 * The overrides on for text in `language`: `MERGE_OVERRIDES` less what its pack turns off
 * (`names.mergeOverridesOff`: measured to cost on that language's tune-half articles, or, for a correction, on its
 * slices without gaining on its articles), or less
 * `WITHOUT_PACK_OFF` for a language without a pack.
 */
export const overridesFor = (language: string): ReadonlySet<Override> => policy(packFor(language)?.code ?? '');

const policy = perLanguage((code: string): ReadonlySet<Override> => {
  const off = new Set<Override>(code ? packFor(code)!.names.mergeOverridesOff : WITHOUT_PACK_OFF);
  return new Set([...MERGE_OVERRIDES].filter((o) => !off.has(o)));
});
