/**
 * What the pipeline knows about one language, in one typed record: a `LanguagePack`. Each language
 * has one file beside this one (`en.ts`, `de.ts`, …) and the frozen registry in `./index.ts` lists
 * them all, typed so that the compiler names every section a new language still lacks.
 *
 * A pack is data: word lists, regular-expression sources (Unicode, case-insensitive; the stage that
 * reads them adds the word boundaries) and tables. The stages hold the grammar that reads them.
 */
import type { Override } from '../entities/overrides.js';
import type { EventType } from '../types.js';

// ------------------------------------------------------------------------------------------ numbers

/** What a word contributes to a spelled-out number. */
export type WordKind = 'compound' | 'zero' | 'unit' | 'teen' | 'tens' | 'hundred' | 'hundreds' | 'scale' | 'dozen';

export interface NumWord {
  kind: WordKind;
  value: number;
  /** Ordinal form (`first`, `zweiten`, `второй`, `troisième`, `üçüncü`). */
  ordinal?: boolean;
  /** Plural ordinal used as a fraction denominator (`fifths`, `thirds`, `halves`). */
  fraction?: boolean;
  /** Indefinite-article form that also means one (`a`, `ein`, `eine`, `un`, `une`, `bir`). */
  article?: boolean;
}

/** A position relative to the start, the current item or the end of a list: `end-1` is the one before the last. */
export type RelativePosition = `${'start' | 'current' | 'end'}${'+' | '-'}${number}`;

/** A comparison a number is the bound of: more than, at least, less than, at most, equal to. */
export type Comparison = 'gt' | 'ge' | 'lt' | 'le' | 'eq';

/** How a language writes intervals and comparisons around numbers (regex sources; spaces between the parts are implied). */
export interface RangesSection {
  /** Two numbers as an interval: the words before the first, between them, after the second (`between … and …`, `… ile … arasında`). */
  between: ReadonlyArray<readonly [before: string, join: string, after: string]>;
  /** `from … to …` (`von … bis …`, `10'dan 20'ye`): an interval in Recognizers-Text's experimental mode only, as for English. */
  fromTo: ReadonlyArray<readonly [before: string, join: string, after: string]>;
  /** Words that join two numbers as a dash does (`through`, `bis`). */
  through: readonly string[];
  /** Comparison words before the number (`at least`, `mindestens`, `en az`). */
  before: Readonly<Partial<Record<Comparison, readonly string[]>>>;
  /** Comparison words after the number (`or more`, `oder weniger`, `'dan fazla`). */
  after: Readonly<Partial<Record<Comparison, readonly string[]>>>;
  /** After a strict comparison, makes it inclusive (`more than 5000 or equal to`); null: none. */
  orEqual: string | null;
}

/** How a language writes and reads numbers. */
export interface NumbersSection {
  /** The separator read as the decimal mark when it appears alone (`5,5` in German, `5.5` in English). */
  decimal: ',' | '.';
  /** The number reading of one lower-cased word (`twenty`, `fünfundzwanzig`, `двести`, `yüz`). */
  word(word: string): NumWord | null;
  /** Words between the spelled integer and the spelled decimals (`two point five`, `drei Komma fünf`). */
  decimalWords: readonly string[];
  /** Words before a spelled number that make it negative (`minus five`, `eksi beş`); not where they also mean "at least" (`al menos`). */
  negativeWords: readonly string[];
  /** Words after a number that add a half (`iki buçuk` = 2.5, `бір жарым миллион` = 1.5 million). */
  halfAfter: readonly string[];
  /**
   * Ordinals are fraction denominators after a number (`two thirds`, `un cinquième`, `dos quintos`);
   * after an article only before these words, else an article + ordinal is an ordinal (`a third
   * plant`): `of`, `des|du|de`. Null: ordinals are never denominators (German has `Fünftel`).
   */
  fractionOf: string | null;
  /** Words between a numerator and a larger denominator that make one fraction (`one over three`, `1 in twenty-one`, `two out of five hundred`). */
  fractionWords: readonly string[];
  /** Tens counted in twenties (`quatre-vingt` = 80, `soixante-dix` = 70, `quatre-vingt-dix` = 90). */
  vigesimal: boolean;
  /** A scale word right after a smaller one multiplies it (`mil millones` = 10⁹). */
  multiplyScales: boolean;
  /** The word that links a scaled number to its noun or currency (`1,3 million de véhicules`, `2 millones de dólares`); null: none. */
  scaleLinker: string | null;
  /** The word that coordinates two quantities (`and`, `und`, `и`, `ve`): a rate before the first is the second's too. */
  coordinators: readonly string[];
  /** Words allowed inside a spelled-out number (`and`, `et`, `y`). */
  connectors: readonly string[];
  /** Suffixes after digits that make an ordinal (`1st`, `1er`, `1º`), one regex source; null: none. */
  digitOrdinal: string | null;
  /**
   * Suffixes joined to digits by a hyphen or an apostrophe that make an ordinal (`1-inci`, `3'üncü`,
   * `5-ci`, `2-чи`, `1-ші`); one regex source, null: none.
   */
  hyphenOrdinal: string | null;
  /**
   * Words that name a position relative to a list, as Recognizers-Text resolves them (`last` →
   * `end+0`, `next` → `current+1`, `penultimate` → `end-1`); longer phrases first.
   */
  relativeOrdinals: ReadonlyArray<readonly [pattern: string, position: RelativePosition]>;
  /**
   * Ordinals written as digits and a full stop (`am 3. Mai`, `3. çeyrek`): read only before a word
   * and, where `determiners` is given, after one of them (German), else before a lower-case word
   * (Turkish, where a sentence never starts in lower case). Null: a stop after digits ends a sentence.
   */
  dotOrdinal: { determiners: readonly string[] | null } | null;
  /** Words that make a quantity a rate (regex sources): after it (`per year`, `pro Jahr`, `в год`), adverbs left out of the span (`annually`, `jährlich`), and before it (`annual output of`, `Jahreskapazität von`, `yıllık`). */
  rates: { after: readonly string[]; adverbs: readonly string[]; before: readonly string[] };
  /** Hedges before a figure that the span leaves out (`about`, `rund`, `около`, `environ`, `yaklaşık`). */
  approximators: readonly string[];
  /** Quantifiers that make a spelled number after them a pronoun (`toutes deux assemblées` = both): no figure unless a known counted noun follows. */
  pronounQuantifiers: readonly string[];
  /** Words after a spelled `one` that make it a pronoun (`uno de los mayores fabricantes`): no figure; optional. */
  pronounOneFollowers?: readonly string[];
  /** Percent words after the number (`percent`, `Prozent`, `процентов`, `faiz`, `foiz`, `пайыз`). */
  percentAfter: readonly string[];
  /** Percent words before the number (`yüzde 9,5`); the sign `%` before the number is read in every language. */
  percentBefore: readonly string[];
  ranges: RangesSection;
  /** Words after a number that are never its counted noun: articles, prepositions, pronouns, auxiliaries (lower case). */
  notUnits: readonly string[];
  /** Counted nouns and units after a number: normalised unit → lower-case word patterns (`car`: `vehicles?`, `araç`). */
  units: Readonly<Record<string, readonly string[]>>;
  /**
   * How many lower-case modifiers may stand between a number and a known counted noun (`120 electric
   * locomotives`, `500 new jobs`); absent: none.
   */
  unitModifiers?: number;
  /**
   * Measurement units written as words after a number, for the dimension readings (`square feet`,
   * `light years`, `Quadratmeter`, `Stundenkilometer`); symbols such as `km`, `m²`, `GB` are read in
   * every language by the stage.
   */
  dimensionUnits: readonly string[];
  /** Age phrases after a number (`years old`, `Jahre alt`, `yaşında`, `жаста`) → the unit they count. */
  ages: ReadonlyArray<readonly [pattern: string, unit: 'year' | 'month' | 'week' | 'day']>;
  /** Temperature words after a number besides the signs and English names every language reads (`Grad`, `derece`, `градус`). */
  temperatureWords: readonly string[];
  /** Currency names after a number (lower-case patterns, several words allowed) → ISO 4217 code (null: none exists). */
  currencies: ReadonlyArray<readonly [pattern: string, iso: string | null, ambiguity?: string]>;
  /**
   * Case and possessive suffixes a Turkic number or percent word takes (`2024-yilda`, `12,5 foizga`,
   * `%15'lik`): stripped before the word is looked up. Empty for languages without them.
   */
  suffixes: readonly string[];
}

// -------------------------------------------------------------------------------------------- dates

export interface DatesSection {
  /** The chrono-node locale that parses full dates, or null where chrono has none (the pack's months are read instead). */
  chrono: 'en' | 'de' | 'fr' | 'ru' | 'es' | null;
  /** Month names January … December, regex sources (a stem where the word inflects). */
  months: readonly string[];
  /** Month names are stems followed by any ending (`январ` → `января`, `mart` → `martda`). */
  monthStems: boolean;
  /** Month names are nouns written with a capital (German): a lower-case one is another word (`mai`, `august`). */
  monthsCapitalized: boolean;
  /** News abbreviations of month names (`Nov`, `Okt.`, `янв.`): dates only next to a number. */
  monthAbbreviations: readonly string[];
  /** Weekdays Monday … Sunday, regex sources. */
  weekdays: readonly string[];
  /** Words before a year that make it a date of year precision: seasons and edges (`summer of`, `end of`, `Ende`, `в конце`, `fin`). */
  yearEdges: readonly string[];
  /** Quarter nouns after an ordinal (`fourth quarter`, `zweiten Quartal`, `третьем квартале`, `premier trimestre`). */
  quarters: readonly string[];
  /** Half-year nouns after an ordinal (`second half`, `ersten Halbjahr`, `втором полугодии`, `second semestre`). */
  halves: readonly string[];
  /** Month nouns after a count that spans months from January (`first nine months of 2026`, `восемь месяцев 2026 года`). */
  monthSpans: readonly string[];
  /** Words right before a span's count that make it the span from January without its year (ru `за пять месяцев`); `first` (`first five months`, `cinq premiers mois`) does so in every pack. */
  monthSpanOpeners: readonly string[];
  /**
   * Words between a period and its year (`of`, `des Jahres`, `de`), or that stand for the reference year (`of the year`,
   * `dieses Jahres`), or for the year before it (`lastYear`: `del año pasado`); read before `thisYear`.
   */
  periodYear: { of: readonly string[]; thisYear: readonly string[]; lastYear?: readonly string[] };
  /**
   * Words after a year that mark it (`2030-yil`, `2024 жылы`, `2030 года`), regex sources: the
   * year is a calendar year, not a count. Empty where years take no marker.
   */
  yearAfter: readonly string[];
  /** Words before a year that make it a target or a start (`by 2030`, `ab 2025`, `до 2030`, `à partir de 2025`). */
  targetYearBefore: readonly string[];
  /** Words after a year that make it a target or deadline (`2030-yilgacha`, `2030 жылға дейін`). */
  targetYearAfter: readonly string[];
}

// ------------------------------------------------------------------------------------------- events

/** How a trigger behaves. */
export type TriggerPos =
  /** A verb or an event noun that always states a fact (`produced`, `agreement`, `visit`). */
  | 'verb'
  /** A process noun (`production`, `investment`): a fact only with a number or a plan cue in its clause. */
  | 'noun';

/**
 * capacity: a production figure that is a capacity (→ production_target);
 * stake: an ownership share (one investment event per percent figure);
 * attendance: being present at an occasion (`in the presence of`, `nahm an der Zeremonie teil`, `présent à
 * l'inauguration`): a visit to where and when the occasion was, whatever places the sentence names around the cue
 * (the official's post: `viceministro de Economía de Azerbaiyán`).
 */
export type TriggerRole = 'capacity' | 'stake' | 'attendance';

export interface TriggerRule {
  type: EventType;
  pattern: string;
  pos: TriggerPos;
  role?: TriggerRole;
  /** Higher wins when two triggers overlap (default 1). */
  priority?: number;
  /**
   * Kept only when the sentence names a plant (`plantNouns`) or a post (`roleNouns`), its clause a
   * product, (party) a named organisation, person or place follows in the clause, or (destination)
   * its clause names a place things go to (`shipped to Georgia`, `поставки в Россию`), or (source) a
   * source phrase (`according to X`, `selon X`, `по словам X`) reports a statement only where a person
   * is named after it and the sentence reports no other fact.
   */
  requires?: 'plant' | 'role' | 'product' | 'party' | 'destination' | 'source';
  /** A stake's holder is named right after the trigger, which follows the figure (`El 40 % restante seguirá en manos de su fundador, X`). */
  holderAfter?: boolean;
  /** The names after the trigger receive the goods (`получат хозяйства Чуйской области`): buyers, never its agent. */
  receivedBy?: boolean;
}

/** The events stage's lexicon of one language: trigger patterns and the cue words around them. */
export interface EventsSection {
  triggers: TriggerRule[];
  /** Plan, intention, target or forecast: the fact is `planned` (checked in the trigger's clause). */
  planned: string[];
  /**
   * Future tense forms (auxiliaries, inflected futures, the conditional of reported speech): the fact is `planned`
   * too, but a tense alone sets no target — a production fact without a figure or a date (`Les rames seront
   * assemblées à Grenoble`, `The locomotives will be assembled in Astana`) stays production, where a plan word
   * (`expected to produce`, `intend to establish production`), a figure (`will produce 6,000 vehicles`) or a date
   * (`D'ici 2028, la moitié … sera produite chez nous`) makes it a target.
   */
  futureTense: string[];
  /** Negation words (checked near the trigger). */
  negation: string[];
  /** Rumour and hearsay hedges (checked in the whole sentence). */
  reported: string[];
  /**
   * Verb endings that negate the verb they are part of (Turkish `üret-me-di`, Uzbek `chiqar-ma-di`,
   * Kazakh `шығар-ма-ды`): matched inside the trigger's own word. Null where negation is a word.
   */
  negatedVerb: string | null;
  /**
   * Case suffixes that give a place name its role where the language marks it on the name
   * (`Toshkentda`: locative, `Bakıya`: directional, `Almatıdan`: source); null where prepositions do.
   */
  placeSuffixes: { locative: string[]; directional: string[]; source: string[] } | null;
  /** Words that, right before a place name, make it the site of the fact. */
  locative: string[];
  /** Words that make a place name a destination (dropped as location except for visits). */
  directional: string[];
  /** Words that make a place name an origin (the site of an export, else neither actor nor location). */
  source: string[];
  /**
   * Locative words that name where goods go when they follow a delivery or export trigger in its
   * clause (French `livrer en Russie`, `expédiés au Kazakhstan`, `exporter à Bakou`): the place after
   * one is a destination, not the site. Empty where destinations have words or a case of their own.
   */
  deliveryTo: string[];
  /**
   * Market nouns that govern the names after them (`the markets of Kazakhstan and Kyrgyzstan`, `über die
   * Märkte in Kasachstan`, `за счёт рынков Казахстана`, `los mercados de Kazajistán`): in an export's
   * sentence those places are where the goods are sold, destinations, not the site the goods leave.
   * Absent where the market noun follows the name (Turkic `Qozog'iston bozori`).
   */
  marketNouns?: string[];
  /**
   * Phrases that name where goods go wherever they stand in a delivery's sentence, however far from
   * its verb (`la mayoría con destino a Francia`, `à destination de la Géorgie`, `bound for Baku`).
   */
  destination?: string[];
  /**
   * Proportion words that end right before a fact noun (`the rising share of exports`, `la part
   * croissante des exportations`, `растущая доля экспорта`): with no figure in its clause the noun is
   * commentary on a ratio, not a fact.
   */
  shareOf?: string[];
  /**
   * Phrases that name every place outside the home market (`abroad`, `hors de France`, `fuera de España`,
   * `im Ausland`, `за рубежом`): sales made there are exports (`réalise 40 % de ses ventes hors de France`).
   */
  abroad?: string[];
  /**
   * Buyers of goods (`customers`, `Kunden`, `clients`, `покупател…`): with the discourse section's company nouns, a place
   * after one and a locative word is where a delivery goes (`liefert Motoren an Bushersteller in Polen`, `sollen Kunden
   * in Kasachstan beliefert werden`).
   */
  buyerNouns?: string[];
  /** Words that make a place name an example, a comparison or a company's seat (`con sede en`): neither actor nor location. */
  other: string[];
  /** Words skipped when looking for the word that governs a name (articles, place nouns). */
  skip: string[];
  /** Place nouns: `market of X`, `region of X` make X a location. */
  placeNouns: string[];
  /**
   * Common nouns naming products, mapped to a normalised English label (which decides the unit their
   * figures count) and, optionally, the product as this language names it (nominative plural:
   * `Mähdrescher`, `автобусы`, `locomotives`), which is the event's product; without it the label is
   * (English, and `cars` in every language: every word for cars reads `cars`).
   */
  products: Array<[pattern: string, label: string, text?: string]>;
  /** Increase verbs, infinitive or gerund only: `increase … to N` marks N as a target (`rose to N` does not). */
  increase: string[];
  /** Words before a figure that mark it as the target (`to`, `auf`, `до`). */
  toWords: string[];
  /** Words before a figure that mark it as the starting point (`from`, `von derzeit`). */
  fromWords: string[];
  /** Verbs of telling whose object is the addressee, not a speaker (`told Trend`). */
  tellVerbs: string[];
  /**
   * Words before a name that make it a source, a parent, a place it is outside of or a comparison, not a
   * participant (`according to X`, `a subsidiary of X`, `outside the EU`, `unlike X`; not bare `wie`/`comme`/`как`,
   * which bring a source: `wie X mitteilte`).
   */
  nonParticipant: string[];
  /**
   * Words between a stake's figure and the company the stake is of (`51% of X`, `55 Prozent an X`, `60 % de X`;
   * Russian puts the genitive right after the figure: `принадлежит 51% ХАЗ`): that company is no holder.
   */
  stakeOf: string[];
  /** People named as a group before a place that only places them (`officials in Kashkadarya`, `Analysten in Taschkent`): the place is theirs, not the fact's. */
  groupNouns: string[];
  /**
   * A state and those who act for it as a whole: the state, its government, an envoy, and the plural
   * makers of a nation (`state`, `government`, `ambassador`, `manufacturers`; `Staat`, `Botschafter`,
   * `Hersteller`). Beside a demonym and with no name after it (`the Georgian state holds`, `the visit of
   * the Kazakh Ambassador`, `Deutsche Hersteller lieferten`, `le gouvernement ouzbek`) the demonym's
   * country is the actor. Not `side` (`the Kazakh side` is the partner company) nor a post before a name
   * (`Azerbaijani President Ilham Aliyev` is the person).
   */
  stateNouns?: string[];
  /**
   * Words before the party goods are for (`for`, `für`, `pour`, `para`, `для`): a country after them
   * in an order's clause (`won an order for high-speed trains for Uzbekistan`, `une commande … pour
   * l'Ouzbékistan`) is the buyer, a party to the agreement and its place.
   */
  beneficiary?: string[];
  /**
   * Supply verbs and nouns (`supply`, `deliver`, `liefern`, `поставк…`, `fourniture`, `suministro`): in an
   * agreement's sentence with one of them, an organisation right after a `recipient` word (maybe over an
   * article and up to three describing words) is the customer, a party to the agreement (`a contract to
   * supply 300 wagons to Azerbaijan Railways`, `livré 300 camions au transporteur géorgien X`).
   */
  supply?: string[];
  /**
   * Words opening a purpose clause right before its verb (`to`, `um`, `pour`, `para`, `чтобы`): what an
   * agreement in the sentence is made for is its parties' doing (`a signé un accord avec Allur pour
   * assembler ses camions`).
   */
  purpose?: string[];
  /** Words before the party supplied goods go to (`to`, `an`, `для`, `à`/`au`, `a`/`al`); see `supply`. */
  recipient?: string[];
  /** Plants, sites and production lines (for `requires: 'plant'`). */
  plantNouns: string[];
  /** Words linking a noun to the names it governs (`market of X`, `joint venture between X and Y`). */
  genitive: string[];
  /** Brand nouns right before a name (`the brand X`, `Marke X`): the name is a product's. */
  brandNouns: string[];
  /** Words that count items without naming them (`units`, `Einheiten`, `штук`): a figure in them counts what the fact's product noun names (`150 Einheiten` of combines). */
  counters: string[];
  /**
   * Words for vehicles of any kind (`vehicles`, `Fahrzeuge`, `véhicules`): a figure in one counts the one
   * kind of vehicle its paragraph names before the fact (a bus maker's `1.950 Fahrzeuge`), not a kind
   * named after it (`sold 5,000 vehicles and 300 buses`); cars where none or several.
   */
  vehicles?: string[];
  /** Epistemic modals and adverbs in the trigger's scope: the fact may or may not happen (hedged). */
  hedges: string[];
  /** Words before a percentage that make it a change rate, not a share (`up`, `um`, `на`, `d'une hausse de`). */
  changeBefore: string[];
  /** Words after a percentage that make it a change rate (`more`, `mehr`, `больше`; Turkic verbs of growth: `arttı`, `o'sdi`, `өсті`). */
  changeAfter: string[];
  /** Words before a bare count that make it a part of the figure before (`of which 1,100`, `davon`, `из которых`): it counts the same unit. */
  partitive: string[];
  /** Prepositions that make a fact simultaneous with the one it modifies (`during a visit`, `während`, `во время`, `lors de`): it takes that fact's time. */
  during: string[];
  /** Prepositions of a passive's agent (`signed by`, `von`, `par`, `por`): the people after one sign the agreement; empty where the agent takes a case (Russian instrumental). */
  passiveAgent: string[];
  /**
   * Nouns after a process noun that make it a modifier, not an event (`production process`, `sales
   * team`; Russian adjectives: `торговый дом`, `экспортные пошлины`). Empty where compounds are one
   * word (German `Produktionsprozess` is no trigger) or the head comes first (`compoundHeadsBefore`).
   */
  compoundHeads: string[];
  /**
   * Nouns before a process noun, with the genitive link between them, that make it a modifier, not an
   * event (`ligne de production`, `cadena de producción`, `цикл производства`): regex sources for the
   * head and its link, matched at the end of the text before the trigger. Empty where heads follow.
   */
  compoundHeadsBefore: string[];
  /**
   * Conjunctions that join the names of a list (`and`, `or`, `und`, `и`, `ve`): two names with only
   * one of them, a comma, `&` or `/` between are one list (of products, of partners).
   */
  listJoin: string[];
  /**
   * What stands right before a speaker's own organisation (`press secretary of X`, `Sprecherin der
   * X`, `directeur général d'X`, `пресс-секретарь АО «X»`): a genitive preposition, or a title where
   * the organisation takes the genitive case; regex sources matched at the end of the text before the
   * name (with the spaces after them); a company noun of the discourse section may stand between
   * (`porte-parole de la holding X`, `Sprecher des Konzerns X`). Empty where the organisation stands
   * before the title (Turkic `X şirketinin sözcüsü`).
   */
  ownOrgBefore: string[];
  /**
   * What stands right after a speaker's own organisation when a title follows it (`Ordabasy's chief
   * executive`, `Ordabasy'nin genel müdürü`): the possessive, a regex source matched at the start of
   * the text after the name (with the spaces after it); one word may stand between it and the title
   * (`X's managing director`). Empty where the organisation never precedes the title as its owner
   * (`directeur général d'X` is `ownOrgBefore`; a name compounded with the title only modifies it:
   * `Hoffmann-Maschinenbau-Geschäftsführer X`, `Azermash Chairman X`).
   */
  ownOrgAfter: string[];
  /**
   * Comparison words right before a year (`than`, `than in`, `weniger als`, `plus qu'en`, `чем в`):
   * the year is what a figure is compared with, not when the fact happened. Words that mean "as"
   * as well (German `als`, French and Spanish `que`) only after a comparative. Empty where the
   * comparison follows the year (Turkic `2022'ye göre`). A founding date (`founded in 2011`) is no time
   * of the sentence's facts either, and may be listed here.
   */
  comparisonBefore: string[];
  /** Negation may stand after the verb (German `produziert nicht`, French `ne produit pas`): read 25 characters past the trigger. */
  negationAfterVerb: boolean;
  /** The subject may follow the verb (German verb-second, Russian free order): the first name after the trigger is its agent. */
  subjectAfterVerb: boolean;
  /** A brand named after a product noun is the product (`автомобили Chevrolet`, `voitures Renault`, `Autos der Marke Exeed`); false where a noun before a name only modifies it (English). */
  brandAfterProduct: boolean;
  /**
   * A preposition whose case decides a place's role (Russian `в Ургенче`: locative, `в Россию`:
   * directional): the prepositions and the ending of the locative case; null where word order decides.
   */
  caseAfterPreposition: { prepositions: string; locativeEnding: string } | null;
  /** The ending of an active participle that opens a relative clause without a pronoun (Russian `выпускающий`); null: none. */
  participleEnding: string | null;
  /**
   * A past participle standing without an auxiliary describes a noun rather than stating a fact
   * (English `Cars produced at the plant are exported`, `locally produced cars`): regex sources for
   * the participle's ending, an auxiliary or a pronoun subject before it (then it is a verb), the
   * prepositions that open a reduced relative after it, the nouns whose clause it still states
   * (`the plant produced in 2018`), and what opens a non-restrictive apposition before it, which states
   * its fact (`The Onix and the Tracker, both assembled at the plant in Asaka, …`); null where the language
   * marks its participles otherwise.
   */
  reducedRelative: { participle: string; auxiliaryBefore: string; pronounBefore: string; prepositionAfter: string; subjectBefore: string; appositionBefore: string } | null;
  /**
   * An auxiliary that is future with an infinitive and passive with a participle (German `wird
   * produzieren` vs `wird produziert`): the auxiliary, the infinitive ending, the participle form; null: none.
   */
  futureAuxiliary: { words: string; infinitive: string; participle: string } | null;
  /**
   * Regex sources, matched case-insensitively; null where the language has none yet:
   * `complementizer` at the start of a clause whose plan cue is the clause before's (`that`, `dass`, `что`);
   * `pronounSubject` at the end of the text before the trigger (`that it produced`), or a possessive
   *   right before a noun trigger (`according to X, its exports`): the organisation that reports;
   * `relative` at the start of a relative clause (`, which builds`);
   * `jointly` on the text between a subject and a partner before the verb (`jointly with`);
   * `partner` before a name after the trigger that makes it the agent's partner (`gemeinsam mit`);
   * `futureDay` and `futureNear` before a weekday that put it ahead of the reference date (`next`, `will meet on`).
   */
  complementizer: string | null;
  /** Complementizers that, right after a coordinator, open a second complement clause with a time of its own (`que` in `y que`, `that`); optional. */
  coordinatedComplementizers?: readonly string[];
  /**
   * Verbs of starting in the present tense, which tell a start to come (`Die Lieferungen beginnen im
   * ersten Quartal`, `Construction begins in the first quarter`): a period they name without its year,
   * already over at the reference date, is the next one; optional.
   */
  startsAhead?: readonly string[];
  pronounSubject: string | null;
  /** A subject pronoun right after a verb of saying (`a-t-elle précisé`, `explicó ella misma`): the speaker is the person named last; optional. */
  pronounAfterSaying?: string;
  relative: string | null;
  jointly: string | null;
  partner: string | null;
  futureDay: string | null;
  futureNear: string | null;
  /** Posts and titles (for `requires: 'role'`). */
  roleNouns: string[];
}

/** Words that point back to something named before (`the company`, `das Werk`, `эти автомобили`). */
export interface DiscourseSection {
  /** Determiners that make a following plant or company noun refer back; empty: no articles (a bare noun refers back). */
  definite: string[];
  /** Words right before a noun that make it new (`a`, `new`, `another`). */
  fresh: string[];
  /** Plants and projects. */
  plantNouns: string[];
  /**
   * The occasion a statement is made at (`at the ceremony`, `bei der Unterzeichnung`, `lors de la
   * cérémonie`, `на церемонии`, `durante la ceremonia`): the signing the article placed before, else the
   * occasion the lead reports (`bei der Eröffnung`, `at the opening`, `на открытии`, `lors de l'inauguration`,
   * `durante el acto`) at its place and on its day; a phrase of what follows at once (`dans la foulée`, `im
   * Anschluss`) is at that occasion too.
   */
  occasionNouns: string[];
  /**
   * The opening of a statement that points back at the news told before it (`Das teilte … mit`, `This was
   * announced by`, `Об этом сообщила`, `C'est ce qu'a annoncé`, `Así lo informó`): the saying of that news.
   */
  reportBack?: string[];
  /**
   * The press a statement is made to (`reporters`, `Journalisten`, `la presse`, `periodistas`,
   * `журналистам`): such a statement right after the lead goes on with the saying the lead dates.
   */
  pressAudience?: string[];
  /** Companies. */
  companyNouns: string[];
  /**
   * A joint venture (`joint venture`, `Gemeinschaftsunternehmen`, `совместное предприятие`, `СП`,
   * `coentreprise`, `empresa conjunta`, `ortak girişim`): created by the organisations of its sentence's
   * creating fact, it is theirs; later facts of the venture with no agent of their own are its partners'
   * (a post at the venture is the person's alone). Also in `plantNouns`, which makes it a plant anaphor.
   */
  ventureNouns?: string[];
  /**
   * A partner of a venture named by its nationality (`the Kazakh side`, `die kasachische Seite`,
   * `казахстанской стороны`, `le partenaire ouzbek`, `el socio uzbeko`): a stake it holds is the
   * partner's of that country.
   */
  sideNouns?: string[];
  /**
   * Plural plant or company nouns of the whole country (`las fábricas del país`, `the country's
   * carmakers`, `les usines du pays`): a fact with such a subject is the market's, no company's, and
   * takes no salient organisation (plural only: `the country's largest carmaker` is one company).
   */
  countryWide?: string[];
  /**
   * The maker's home market (`domestic sales`, `im Inland`, `le marché intérieur`, `el mercado
   * interno`, `внутренний рынок`): a sale there is placed in the country of the maker's site, not at
   * the site.
   */
  homeMarket?: string[];
  /**
   * Nouns of a country's aggregate figure (`exports`, `Exporte`, `экспорт`, `exportations`,
   * `exportaciones`, `imports`, `trade`): with a nationality or a country's possessive or genitive on
   * them (`Turkey's exports`, `les exportations françaises`, `экспорт Казахстана`) the fact is that
   * country's, acting on its own soil, and no company's.
   */
  aggregateNouns?: string[];
  /**
   * `in the country` (`im Land`, `в стране`, `dans le pays`, `en el país`): a fact said to happen there
   * is sited in the country the article named last.
   */
  inCountry?: string[];
  /** The pair of countries named before. */
  pair: string[];
  /** The pair of companies of the latest fact with two (`ambas compañías`, `both companies`); optional. */
  companyPair?: string[];
  /** Words right before `pair` that make it a complement, not the participants (`of both countries`). */
  pairBlock: string[];
  /** `here`, `there` (an existential `there is` is no place). */
  placeAdverbs: string[];
  /** What follows a place adverb when it is no place (`there are`). */
  notPlace: string | null;
  /** Demonstrative + product noun. */
  productDemonstrative: string[];
  /** Sentence-initial possessive pronouns. */
  possessiveStart: string[];
  /** Possessives that can point to a person (`his company`, `seine Firma`, `его компания`, `sa société`): the company is that person's. */
  personalPossessive: string[];
  /** Relative years and their offset from the document year. */
  relativeYears: Array<[pattern: string, offset: number]>;
  /**
   * Seasons named without a year (`this summer`, `au printemps`, `летом`) and the last month of each: the
   * document year, or the next one for a plan whose season is already over at the reference date.
   */
  seasons: Array<[pattern: string, lastMonth: number]>;
  /** A year before the period the text told just before (`a year earlier`, `ein Jahr zuvor`, `годом ранее`): dated from that period, not from the document year. */
  yearEarlier: string[];
  /** Relative months and their offset from the month of the reference date (`last month` → -1). */
  relativeMonths: Array<[pattern: string, offset: number]>;
  /** `currently` right before a figure. */
  current: string[];
  /** Prepositions that make a following place or plant the site. */
  locative: string[];
  /**
   * Words between a plant noun and the locative of its place (`located`, `se encuentra`, `befindet sich`,
   * `находится`): `Samarqand Kuzov, cuya planta se encuentra en Samarcanda` places the plant.
   */
  located: string[];
  /** Links from a plant noun to its owners (`of`). */
  genitive: string[];
  /** Words before a year that make it a target (`by 2030`). */
  target: string[];
  /** Conditionals and forecasts besides the plan cues of the events section (`could reach … in 2026`). */
  future: string[];
  /** Words before an organisation that make it a source or an addressee (`according to`, `told`). */
  source: string[];
  /** Heads of institutions' names: `the ministry` → `Economy Ministry`. */
  institutions: string[];
  /**
   * Stems that make an organisation's name an authority or a medium, no company (`Ministry`,
   * `Regierung`, `агентств`, `gobierno`, `vazirlik`): matched anywhere in the name. Names of any
   * language appear in any article, so the stage reads the union of every pack's.
   */
  nonCompany: string[];
}

// -------------------------------------------------------------------------------------------- names

/** The canonical class of a company's legal form: names that differ only in a weak class may be one company. */
export type LegalFormClass = 'JSC' | 'LLC' | 'LLP' | 'LTD' | 'PLC' | 'GMBH' | 'AG' | 'KG' | 'SA' | 'SE' | 'NV' | 'AB' | 'AS' | 'NPO' | 'INC' | 'CORP' | 'CO';

export interface NamesSection {
  /**
   * Company legal forms as written (`GmbH`, `ООО`, `Aksiyadorlik jamiyati`, `A.Ş.`), by class. Names
   * of any language may carry any of them, so the stages read the union of every pack's.
   */
  legalForms: ReadonlyArray<readonly [LegalFormClass, readonly string[]]>;
  /**
   * Case suffixes join proper names after an apostrophe (Turkish `Bursa'daki`, `Almanya'ya`,
   * Azerbaijani `Bakı'ya`): a name ends before it. False where the apostrophe is a letter (Uzbek
   * `O'zbekiston`) or marks a possessive read elsewhere (English `Uzbekistan's`).
   */
  apostropheSuffix: boolean;
  /**
   * Surname endings of the region's full names as the language spells them (`-ov`, `-eva`, `-zade`; German
   * `-jew`, `-owa`; Russian `-ов`, `-ева`): a span of 2–3 capitalised words whose last ends so is a person
   * whatever the model said. Not the endings adjectives and place names share (`-ski`, a bare `-ow`).
   */
  surnameEndings: readonly string[];
  /**
   * A capitalised name right after a company noun of the pack (`discourse.companyNouns`) is a company in apposition
   * (`the carmaker BYD`, `компания «Ростсельмаш»`, `le constructeur ferroviaire français Alstom`): how many lower-case
   * words (adjectives after the noun, and in French and Spanish the trade it is described by: `le fabricant français de
   * semoirs et de pulvérisateurs X`) may stand between them; null where the name does not follow the noun, or every
   * noun is capitalised (German).
   */
  companyApposition: number | null;
  /**
   * Where every noun is capitalised (German), a capitalised word after a company noun may be a common noun
   * (`liefert das Unternehmen Motoren`): apposition then only retypes a name the model or a rule already found with
   * exactly that span (`Bushersteller QazBus` read as MISC, `Landmaschinenhersteller Moravia Traktor` as GPE), never adds one.
   */
  companyAppositionRetypeOnly?: boolean;
  /**
   * Heads of compound words that name one institution (German `Wirtschaftsministerium`, `Bundesinnenministerium`): a
   * capitalised word ending in one (a genitive -s/-es allowed) is an organisation. Empty where names are not compounds.
   */
  institutionCompoundHeads: readonly string[];
  /**
   * Nouns after two places joined by a hyphen that make them a route's ends, each its own name
   * (`Tashkent-Samarkand line`, `Almaty-Bishkek highway`), not one name (`Bosnia-Herzegovina`); absent: none.
   */
  routeNouns?: readonly string[];
  /**
   * Words that end company names in the language, as its companies are named in any text (Turkish `Otobüs`,
   * `Otomotiv`; Russian industry compounds `Ростсельмаш`, `Автопром` and their romanised `Agromash`, `Avtoprom`;
   * English `Logistics`), as patterns of one word: a name the model calls a person or a place whose last word is
   * one of any pack's is a company. Not what people's names also end in.
   */
  companyNameHeads: readonly string[];
  /**
   * Does the language name companies head first, the kind of goods or trade before the proper name (Spanish
   * `Tractores Duero`, `Industrias X`; French `Automobiles X`)? Then a name that opens with a company-name head or a
   * goods noun of any pack is a company, and such a capitalised word right before a name joins it.
   */
  companyNamesHeadFirst: boolean;
  /**
   * Honorifics written before a person's name (`Mr`, `Frau`, `M.`, `г-н`), as case-sensitive patterns of one word
   * with the dot the language writes: the name after one is a person whatever the model or a gazetteer said (`Mr
   * Park`, `Mr Suzuki` beside Suzuki Motor), the honorific no part of it. Not those that also open company names (`Dr.`).
   */
  honorifics: readonly string[];
  /**
   * Every noun is written with a capital (German): a model place span may have glued on the noun after a known place
   * (`Chiwa Mähdrescher`, `Samarkand Stadtbusse`), which is cut off.
   */
  capitalisedNouns: boolean;
  /**
   * Regions named by an adjective and a generic region noun (Russian `Дашогузского велаята`, `Хорезмской области`):
   * one place span by the articles' convention, and with a regional administration's noun before it (`хокимият`,
   * `хякимлик`, `акимат`) one organisation span. `adjective`: the pattern of the capitalised place adjective;
   * `nouns`, `administrations`: patterns of one word. Null where regions are not named so.
   */
  regionPhrase: { adjective: string; nouns: readonly string[]; administrations: readonly string[] } | null;
  /**
   * Plant nouns that a capitalised place adjective of `regionPhrase` before them makes the name of a works, an
   * organisation (`Самаркандский автомобильный завод`, `Гянджинскому автозаводу`), as the language names its
   * plants; a nationality adjective names none (`Казахстанский завод`). Optional: empty where plants are named so.
   */
  plantNameNouns?: readonly string[];
  /**
   * A minister's or secretary's portfolio written after the title (`Minister of Economy`, `ministre de l'Économie`,
   * `secretaria de Estado`): `links` are the patterns that join a title to it (with an article where the language
   * writes one), `words` the portfolios in lower case. A portfolio there is part of the title: alone it names nothing,
   * and a name the model glued to it starts after it. Empty where a language names portfolios otherwise (German
   * compounds `Wirtschaftsminister`, Russian genitives `министр экономики`).
   */
  portfolios: { links: readonly string[]; words: readonly string[] };
  /**
   * Overrides of the merged mention list (`pipeline/entities/overrides.ts`) that are off for this language's text,
   * as `models/training/eval_merge_overrides.ts` measures them: each one that loses on the language's articles with
   * gold (tune half), or, for a correction (not one of the articles' `CONVENTIONS`), on its NER selection slices in
   * sum without gaining on those articles. Empty where nothing was measured to lose.
   */
  mergeOverridesOff: readonly Override[];
}

// --------------------------------------------------------------------------------------------- pack

/** Scripts a language is written in (Unicode script names, as `pipeline/language/script.ts` uses them). */
export type Script = 'Latin' | 'Cyrillic';

export interface LanguagePack {
  /** ISO 639-1 code: the registry key and what `canonicalLanguage()` returns. */
  code: string;
  /** English name, for docs and messages. */
  name: string;
  scripts: readonly Script[];
  names: NamesSection;
  numbers: NumbersSection;
  dates: DatesSection;
  /** The events stage's lexicon; null: the language has none and its articles get no events (said on the article). */
  events: EventsSection | null;
  /** Words pointing back to what was named before; null with `events`. */
  discourse: DiscourseSection | null;
}
