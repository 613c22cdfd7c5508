/**
 * Trigger lexicons and cue lists of the events stage, one block per language. This file is data:
 * every pattern is a regular-expression source (Unicode, case-insensitive) that the stage wraps in
 * letter boundaries, so a stem is written with a trailing `\p{L}*` when its endings vary.
 */
import type { EventType } from '../types.js';

/** How a trigger behaves. */
export type TriggerPos =
  /** A verb or an event noun that always states a fact (`produced`, `agreement`, `visit`). */
  | 'verb'
  /** A process noun (`production`, `investment`): a fact only with a number or a plan cue in its clause. */
  | 'noun';

/**
 * capacity: a production figure that is a capacity (→ production_target);
 * stake: an ownership share (one investment event per percent figure).
 */
export type TriggerRole = 'capacity' | 'stake';

export interface TriggerRule {
  type: EventType;
  pattern: string;
  pos: TriggerPos;
  role?: TriggerRole;
  /** Higher wins when two triggers overlap (default 1). */
  priority?: number;
  /**
   * Kept only when the sentence names a plant (`plantNouns`) or a post (`roleNouns`), its clause a
   * product, or (party) a named organisation, person or place follows in the clause.
   */
  requires?: 'plant' | 'role' | 'product' | 'party';
}

export interface LanguageLexicon {
  triggers: TriggerRule[];
  /** Plan, intention, forecast or future: the fact is `planned` (checked in the trigger's clause). */
  planned: string[];
  /** Negation words (checked near the trigger). */
  negation: string[];
  /** Rumour and hearsay hedges (checked in the whole sentence). */
  reported: string[];
  /** Words that, right before a place name, make it the site of the fact. */
  locative: string[];
  /** Words that make a place name a destination (dropped as location except for visits). */
  directional: string[];
  /** Words that make a place name an origin (the site of an export, else neither actor nor location). */
  source: string[];
  /** Words that make a place name an example or a comparison (neither actor nor location). */
  other: string[];
  /** Words skipped when looking for the word that governs a name (articles, place nouns). */
  skip: string[];
  /** Place nouns: `market of X`, `region of X` make X a location. */
  placeNouns: string[];
  /** Common nouns naming products, mapped to a normalised English label. */
  products: Array<[pattern: string, label: string]>;
  /** Increase verbs, infinitive or gerund only: `increase … to N` marks N as a target (`rose to N` does not). */
  increase: string[];
  /** Words before a figure that mark it as the target (`to`, `auf`, `до`). */
  toWords: string[];
  /** Words before a figure that mark it as the starting point (`from`, `von derzeit`). */
  fromWords: string[];
  /** Verbs of telling whose object is the addressee, not a speaker (`told Trend`). */
  tellVerbs: string[];
  /** Words before a name that make it a source or a parent, not a participant (`according to X`, `a subsidiary of X`). */
  nonParticipant: string[];
  /** Plants, sites and production lines (for `requires: 'plant'`). */
  plantNouns: string[];
  /** Posts and titles (for `requires: 'role'`). */
  roleNouns: string[];
}

export const LEXICONS: Record<string, LanguageLexicon> = {
  en: {
    triggers: [
      // plant launch: starting production, opening or setting up a plant
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:launch|start|began|begin|begins|commenc|resum|kick\\s+off|roll\\s+out)\\p{L}*[^.;:,]{0,40}?(?:produc(?:e|es|ed|ing|tion)|manufactur\\p{L}*|assembl\\p{L}*|serial\\s+output)' },
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:production|manufacturing|assembly|plant|factory|facility|line)(?![\\p{L}])[^.;]{0,80}?(?:be|been|is|was|were|are|being)\\s+(?:\\p{L}+ly\\s+)?(?:launched|started|begun|commenced|opened|inaugurated|commissioned|put\\s+into\\s+operation)' },
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:plant|factory|facility|works)(?![\\p{L}])[^.;]{0,80}?(?:opened|was\\s+inaugurated|was\\s+commissioned|went\\s+into\\s+operation)' },
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:open|opens|opened|opening|inaugurat\\p{L}*|commission(?:s|ed|ing)?|set(?:s|ting)?\\s+up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing))\\s+(?:a|an|the|its|their)?\\s*(?:\\p{L}+[\\s-]+){0,3}?(?:plant|factory|cluster|assembly\\s+line|production\\s+line|production\\s+facility)' },
      // construction
      { type: 'plant_construction', pos: 'verb', priority: 3,
        pattern: '(?:build|builds|building|built|construct(?:s|ed|ing)?|erect(?:s|ed|ing)?)\\s+(?:a|an|the|its|their)?\\s*(?:\\p{L}+[\\s-]+){0,3}?(?:plant|factory|facility|works|complex|site)' },
      { type: 'plant_construction', pos: 'verb', priority: 3,
        pattern: 'construction\\s+of\\s+(?:a|an|the)?\\s*(?:\\p{L}+[\\s-]+){0,3}?(?:plant|factory|facility|works|complex)' },
      { type: 'plant_construction', pos: 'verb', priority: 3,
        pattern: '(?:plant|factory|facility)(?![\\p{L}])[^.;]{0,60}?(?:is|are|was|were|be|been|being)\\s+(?:\\p{L}+ly\\s+)?(?:built|constructed|erected)' },
      // capacity
      { type: 'production', pos: 'verb', role: 'capacity', priority: 3,
        pattern: 'capable\\s+of\\s+produc\\p{L}*|can\\s+produce|designed\\s+to\\s+produce' },
      { type: 'production', pos: 'noun', role: 'capacity', priority: 3,
        pattern: '(?:production|annual|design|manufacturing|assembly)\\s+capacity|capacity|annual\\s+(?:production|output)\\s+of' },
      // production
      { type: 'production', pos: 'verb', priority: 2, requires: 'product', pattern: 'build(?:s|ing)?|built|roll(?:s|ed|ing)?\\s+out' },
      { type: 'production', pos: 'verb', pattern: 'produc(?:e|es|ed|ing)|manufactur(?:e|es|ed)|assembl(?:e|es|ed)|roll(?:s|ed)?\\s+off' },
      { type: 'production', pos: 'verb', requires: 'product', pattern: '(?:is|are|was|were|be|been|being)\\s+made(?!\\s+(?:up|of|into|from|by|to|clear|public|available|redundant))' },
      { type: 'production', pos: 'noun', pattern: 'production|manufacturing|output' },
      // export
      { type: 'export', pos: 'verb', pattern: 'export(?:ed|ing)|to\\s+export|will\\s+export|exports?(?=\\s+(?:\\d|more|about|around|some|over|nearly|almost|its|their|the|cars|vehicles))|shipped\\s+abroad' },
      { type: 'export', pos: 'noun', pattern: 'exports?' },
      // sales
      { type: 'sales', pos: 'verb', pattern: 'sold|sell(?:s|ing)?' },
      { type: 'sales', pos: 'noun', pattern: 'sales?|(?:new[-\\s]car\\s+)?registrations|deliveries' },
      // trade
      { type: 'trade', pos: 'noun', pattern: 'trade(?:\\s+turnover|\\s+volume)?|turnover|imports?|imported|importing' },
      // investment
      { type: 'investment', pos: 'verb', pattern: 'invest(?:s|ed|ing)?' },
      { type: 'investment', pos: 'noun', pattern: 'investments?|investors?|(?:total\\s+)?cost\\s+of\\s+the\\s+(?:project|plant|factory)|project\\s+cost|funding|financing' },
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, pattern: '(?:percent|per\\s+cent|%)?\\s*(?:stake|share)(?=\\s|\\.|,|$)(?!\\s+of\\s+(?:the\\s+)?(?:market|exports?|sales))' },
      // agreement
      { type: 'agreement', pos: 'verb', pattern: 'agreements?|memorand(?:um|a)|MoU|contracts?|deals?(?!\\s+with)|treaty|accords?|sign(?:ed|ing)|(?:to|will|would|shall)\\s+sign|agreed\\s+(?:to|on|upon)' },
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: '(?<!in\\s)(?:cooperation|partnership|alliance)\\s+(?:between|with)' },
      // appointment
      { type: 'appointment', pos: 'verb', requires: 'role', pattern: 'appoint(?:s|ed|ing)?|appointment|named\\s+(?:as\\s+)?(?:the\\s+)?(?:new\\s+)?(?:CEO|chief|head|director|president|chairman|chairwoman|minister|manager)|took\\s+office|takes\\s+over\\s+as' },
      // visit
      { type: 'visit', pos: 'verb', pattern: 'visit(?:s|ed|ing)?|trip\\s+to|toured|arrived\\s+in|got\\s+acquainted\\s+with|acquainted\\s+(?:himself|herself|themselves)\\s+with' },
      // statement
      { type: 'statement', pos: 'verb', pattern: 'said|says|told|stated|noted|added|emphasi[sz]ed|stressed|announced|declared|claimed|explained|commented|remarked|reports|reported|praised|pointed\\s+out|underlined|instructed|ordered|proposed' },
      // jobs
      { type: 'jobs', pos: 'noun', pattern: 'jobs?|workplaces?|employees|workers|employment|staff|workforce|employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)' },
    ],
    planned: ['will', 'would', 'shall', "'ll", 'plans?', 'planned', 'planning', 'intends?', 'intended', 'intention', 'aims?', 'aimed', 'expected', 'expects?', 'going\\s+to', 'targets?', 'targeted', 'goal', 'wants?\\s+to', 'set\\s+the\\s+task', 'scheduled', 'is\\s+to', 'are\\s+to', 'proposed', 'envisag\\p{L}*', 'seeks?\\s+to', 'looking\\s+to', 'hopes?\\s+to', 'forecasts?', 'projected', 'by\\s+(?:the\\s+end\\s+of\\s+)?20\\d\\d', 'in\\s+the\\s+future', 'next\\s+year', 'upcoming'],
    negation: ['not', "n't", 'never', 'no\\s+longer', 'cannot', 'neither', 'nor', 'failed\\s+to', 'halted', 'suspended', 'stopped'],
    reported: ['reportedly', 'allegedly', 'rumou?r\\p{L}*', '(?:is|are|was|were)\\s+said\\s+to', 'supposedly', 'purportedly', 'unconfirmed', 'according\\s+to\\s+(?:media\\s+|press\\s+)?reports', 'sources\\s+(?:say|said|claim)', 'it\\s+is\\s+alleged'],
    locative: ['in', 'at', 'near', 'inside', 'within', 'on'],
    directional: ['to', 'into', 'towards?'],
    source: ['from', 'out\\s+of'],
    other: ['as', 'like', 'including', 'than'],
    skip: ['the', 'a', 'an', 'its', 'their', 'region', 'city', 'town', 'province', 'district', 'area', 'zone', 'country', 'countries', 'such', 'plant', 'factory', 'facility', 'site'],
    placeNouns: ['region', 'city', 'town', 'province', 'district', 'area', 'zone', 'park', 'markets?', 'country', 'territory'],
    products: [
      ['(?:passenger\\s+)?(?:cars?|vehicles?|automobiles?|autos?|SUVs?|pickups?|crossovers?|sedans?|units)', 'cars'],
      ['bus(?:es)?', 'buses'], ['trucks?|lorries|lorry', 'trucks'], ['tractors?', 'tractors'],
      ['(?:spare\\s+|automobile\\s+|auto\\s+|car\\s+)?parts|components', 'parts'], ['engines?', 'engines'],
      ['(?:agricultural\\s+)?machinery', 'machinery'], ['batter(?:y|ies)', 'batteries'],
    ],
    increase: ['increas(?:e|ing)', 'rais(?:e|ing)', 'boost(?:ing)?', 'expand(?:ing)?', 'grow(?:ing)?', 'bring(?:ing)?', 'doubl(?:e|ing)', 'reach(?:ing)?', 'ramp(?:ing)?\\s+up'],
    toWords: ['to', 'up\\s+to'],
    fromWords: ['from', 'currently', 'now'],
    tellVerbs: ['told', 'informed'],
    plantNouns: ['plants?', 'factor(?:y|ies)', 'facilit(?:y|ies)', 'works', 'assembly\\s+lines?', 'production', 'manufacturing', 'sites?', 'complex', 'cluster', 'enterprise', 'gigafactory'],
    roleNouns: ['CEO', 'chief', 'head', 'director', 'president', 'chair(?:man|woman)?', 'minister', 'manager', 'governor', 'ambassador', 'executive', 'deputy', 'board', 'officer'],
    nonParticipant: ['according\\s+to', 'subsidiary\\s+of', 'a\\s+unit\\s+of', 'division\\s+of', 'part\\s+of', 'owned\\s+by', 'quoted\\s+by', 'cited\\s+by'],
  },
  de: {
    triggers: [
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: 'Produktionsstart|Produktionsbeginn|Produktionsaufnahme|Werkseröffnung|(?:Beginn|Start|Aufnahme)\\s+(?:der|einer)\\s+(?:\\p{L}+\\s+)?(?:Serien)?(?:Produktion|Fertigung|Montage|Herstellung)|(?:Produktion|Fertigung|Montage|Herstellung)[^.;]{0,60}?(?:aufgenommen|aufnehmen|gestartet|starten|begonnen|beginnen|angelaufen|anlaufen)|(?:nahm|nehmen|nimmt)[^.;]{0,40}?(?:Produktion|Fertigung)[^.;]{0,20}?auf|(?:etablier|aufbau|aufgebaut)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:\\p{L}*werk\\p{L}*|Fabrik\\p{L}*)' },
      { type: 'plant_launch', pos: 'verb', priority: 2, requires: 'plant', pattern: 'Inbetriebnahme|in\\s+Betrieb\\s+genommen|eröffne\\p{L}*|Eröffnung' },
      { type: 'plant_construction', pos: 'verb', priority: 3,
        pattern: '(?:Bau|Errichtung|Neubau)\\s+(?:eines|einer|des|der|von)\\s+(?:\\p{L}+\\s+){0,2}?\\p{L}*(?:werk|fabrik|anlage)\\p{L}*' },
      { type: 'production', pos: 'verb', priority: 3, requires: 'product', pattern: 'baut|bauen|gebaut|baute|bauten' },
      { type: 'plant_construction', pos: 'verb', priority: 2, requires: 'plant', pattern: 'baut|bauen|gebaut|errichte\\p{L}*|errichtet' },
      { type: 'production', pos: 'verb', role: 'capacity', priority: 3, pattern: '(?:kann|können)\\s+[^.;,]{0,40}?produzieren' },
      { type: 'production', pos: 'noun', role: 'capacity', priority: 3, pattern: '\\p{L}*[Kk]apazität(?:en)?' },
      { type: 'production', pos: 'verb', pattern: 'produzier\\p{L}*|hergestellt|herstell(?:t|en)|stellt[^.;,]{0,40}?her|gefertigt|fertig(?:t|en)|montier\\p{L}*|vom\\s+Band' },
      { type: 'production', pos: 'noun', pattern: '\\p{L}*(?:produktion|herstellung|fertigung)(?:en)?' },
      { type: 'export', pos: 'verb', pattern: 'exportier\\p{L}*|ausgeführt|(?:ins|in\\s+das)\\s+Ausland\\s+geliefert' },
      { type: 'export', pos: 'noun', pattern: '\\p{L}*[Ee]xport(?:e|en|s)?|Ausfuhr(?:en)?' },
      { type: 'sales', pos: 'verb', pattern: 'verkauf(?:t|te|ten|en)|abgesetzt' },
      { type: 'sales', pos: 'noun', pattern: 'Verkauf|Verkaufs|Verkäufe|Verkaufszahlen|Absatz(?:es)?|Umsatz|(?:Neu)?[Zz]ulassungen|Auslieferungen' },
      { type: 'trade', pos: 'noun', pattern: 'Handel(?:s|svolumen|sumsatz)?|Warenumsatz|Import\\p{L}*|importier\\p{L}*|Einfuhr\\p{L}*' },
      { type: 'investment', pos: 'verb', pattern: 'investier\\p{L}*' },
      { type: 'investment', pos: 'noun', pattern: 'Investition(?:en)?|Investment(?:s)?|Investor(?:en)?|(?:Gesamt)?[Kk]osten\\s+des\\s+Projekts|Projektkosten' },
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, pattern: 'Anteil\\p{L}*|Beteiligung\\p{L}*' },
      { type: 'agreement', pos: 'verb', pattern: 'Abkommen|Vereinbarung(?:en)?|Vertrag|Verträge|Vertrages|Vertragsabschluss|Liefervertrag|Kooperationsvertrag|Memorandum|Absichtserklärung\\p{L}*|unterzeichne\\p{L}*|unterschrieben|vereinbart\\p{L}*' },
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: '(?:Kooperation|Zusammenarbeit|Partnerschaft)\\s+(?:mit|zwischen)' },
      { type: 'appointment', pos: 'verb', requires: 'role', pattern: 'ernannt|ernennt|Ernennung|berufen|übernimmt\\s+(?:den\\s+)?Posten' },
      { type: 'visit', pos: 'verb', pattern: 'besuch\\p{L}*|Besuch\\p{L}*|Reise\\s+nach|reiste\\p{L}*|machte\\s+sich[^.;]{0,80}?vertraut' },
      { type: 'statement', pos: 'verb', pattern: 'sagte|sagt|erklärte|erklärt|betonte|betont|teilte[^.;]{0,40}?mit|mitgeteilt|gab\\s+bekannt|bekannt\\s*gegeben|sprach|berichtete|kündigte[^.;]{0,40}?an|angekündigt|wies[^.;]{0,30}?an|angewiesen|forderte|schlug[^.;]{0,30}?vor|vorgeschlagen|angeboten' },
      { type: 'jobs', pos: 'noun', pattern: 'Arbeitsplätze\\p{L}*|Arbeitsplatz|Stellen|Jobs|Beschäftigte\\p{L}*|beschäftigt|Mitarbeiter\\p{L}*|Belegschaft|einstellen|eingestellt' },
    ],
    planned: ['wird', 'werden', 'würde\\p{L}*', 'plan\\p{L}*', 'geplant\\p{L}*', 'beabsichtig\\p{L}*', 'soll', 'sollen', 'sollte\\p{L}*', 'Ziel\\p{L}*', 'erwartet', 'voraussichtlich', 'künftig', 'zukünftig', 'in\\s+Zukunft', 'bis\\s+(?:Ende\\s+)?20\\d\\d', 'ab\\s+20\\d\\d', 'vorgesehen', 'will', 'wollen', 'möchte\\p{L}*', 'Absicht'],
    negation: ['nicht', 'kein\\p{L}*', 'nie', 'niemals', 'weder', 'gestoppt', 'eingestellt'],
    reported: ['angeblich', 'Gerücht\\p{L}*', '(?:Medien)?[Bb]erichten\\s+zufolge', 'soll(?:en)?\\s+[^.;]{0,60}?haben', 'mutmaßlich', 'unbestätigt\\p{L}*', 'Insidern\\s+zufolge'],
    locative: ['in', 'im', 'am', 'bei', 'nahe', 'auf'],
    directional: ['nach', 'zu', 'zum', 'zur', 'in\\s+die', 'in\\s+den'],
    source: ['aus'],
    other: ['als', 'wie'],
    skip: ['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einem', 'einer', 'eines', 'Region', 'Stadt', 'Provinz', 'Bezirk', 'Gebiet', 'Land', 'Republik', 'Werk', 'Werks', 'Standort', 'Fabrik'],
    placeNouns: ['Werk', 'Werks', 'Standort', 'Fabrik', 'Region', 'Stadt', 'Provinz', 'Bezirk', 'Gebiet', 'Markt', 'Land', 'Industriepark', 'Industriegebiet'],
    products: [
      ['\\p{L}*(?:autos?|pkw|fahrzeuge?|fahrzeugen)|Automobil\\p{L}*|Wagen|Einheiten|Geländewagen|SUVs?', 'cars'],
      ['Bus(?:se)?', 'buses'], ['Lkw|Lastwagen|Lastkraftwagen', 'trucks'], ['Traktoren|Traktor', 'tractors'],
      ['(?:Auto)?[Tt]eile|Komponenten', 'parts'], ['Motoren|Motor', 'engines'], ['Landmaschinen|Maschinen', 'machinery'],
    ],
    increase: ['steigern', 'erhöhen', 'ausbauen', 'auszubauen', 'zu\\s+steigern', 'zu\\s+erhöhen', 'verdoppeln', 'bringen', 'anheben', 'Steigerung', 'Erhöhung'],
    toWords: ['auf', 'bis\\s+auf', 'bis\\s+zu'],
    fromWords: ['von', 'von\\s+derzeit', 'derzeit', 'aktuell'],
    tellVerbs: ['informiert'],
    plantNouns: ['\\p{L}*[Ww]erk(?:e|es|s|en)?', '\\p{L}*[Ff]abrik(?:en)?', '\\p{L}*[Aa]nlage(?:n)?', '\\p{L}*[Pp]roduktion', 'Fertigung', 'Montage\\p{L}*', 'Standort\\p{L}*', 'Gigafactory'],
    roleNouns: ['Chef\\p{L}*', 'Vorstand\\p{L}*', 'Direktor\\p{L}*', 'Präsident\\p{L}*', 'Minister\\p{L}*', 'Geschäftsführer\\p{L}*', 'Leiter\\p{L}*', 'Vorsitz\\p{L}*', 'Botschafter\\p{L}*', 'CEO'],
    nonParticipant: ['laut', 'nach\\s+Angaben\\s+(?:von|des|der)', 'Tochter(?:gesellschaft|unternehmen|firma)?\\s+(?:von|des|der)', 'gehört\\s+zu'],
  },
  ru: {
    triggers: [
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:начал\\p{L}*|начат\\p{L}*|начнет\\p{L}*|начнут|наладит\\p{L}*|налажен\\p{L}*|налади\\p{L}*)\\s+(?:\\p{L}+\\s+){0,2}?(?:производств|выпуск|сборк)\\p{L}*|(?:начало|старт)\\s+(?:серийного\\s+)?(?:производства|выпуска|сборки)|откры(?:л|ла|ли|т|та|то|ты|тие|тия|вает|вают|ть)\\p{L}*\\s+(?:\\p{L}+\\s+){0,2}?(?:завод|предприяти|фабрик|производств)\\p{L}*|(?:ввод|введен\\p{L}*|введ\\p{L}*)\\s+в\\s+эксплуатацию' },
      { type: 'plant_launch', pos: 'verb', priority: 2, requires: 'plant', pattern: 'запуск\\p{L}*|запусти\\p{L}*|запущен\\p{L}*|открыти\\p{L}*' },
      { type: 'plant_construction', pos: 'verb', priority: 3, requires: 'plant',
        pattern: 'строительств\\p{L}*|строит\\p{L}*|построи\\p{L}*|построен\\p{L}*|возвед\\p{L}*|возвод\\p{L}*' },
      { type: 'production', pos: 'verb', role: 'capacity', priority: 3,
        pattern: 'рассчитан\\p{L}*\\s+на\\s+(?:выпуск|производств)\\p{L}*|способ\\p{L}*\\s+(?:производить|выпускать)' },
      { type: 'production', pos: 'noun', role: 'capacity', priority: 3, pattern: '(?:производственн\\p{L}*\\s+)?мощност\\p{L}*' },
      { type: 'production', pos: 'verb', pattern: 'производ(?:ит|ят|ил|ила|или|ило|ится|ятся|илось|ились|ено|ены|ен|ена|ить|им|ишь)|произвед\\p{L}*|произвел\\p{L}*|произвест\\p{L}*|выпуска\\p{L}*|выпусти\\p{L}*|выпущен\\p{L}*|выпуст\\p{L}*|собира\\p{L}*|собран\\p{L}*|собрал\\p{L}*|изготов\\p{L}*|сход\\p{L}*\\s+с\\s+конвейера' },
      { type: 'production', pos: 'noun', pattern: 'производств(?:о|а|у|ом|е)|выпуск(?:а|у|ом|е)?|сборк\\p{L}*' },
      { type: 'export', pos: 'verb', pattern: 'экспортир\\p{L}*|вывез\\p{L}*|вывоз\\p{L}*|поставля\\p{L}*\\s+за\\s+рубеж|постав\\p{L}*\\s+на\\s+экспорт' },
      { type: 'export', pos: 'noun', pattern: 'экспорт\\p{L}*' },
      { type: 'sales', pos: 'verb', pattern: 'прода(?:ет|ют|л|ла|ли|но|ны|н|на|ется|ются|ано|аны|вал\\p{L}*)|продад\\p{L}*|реализова\\p{L}*|реализу\\p{L}*' },
      { type: 'sales', pos: 'noun', pattern: 'продаж\\p{L}*|реализаци\\p{L}*|поставк\\p{L}*\\s+(?:на\\s+)?(?:внутренн\\p{L}*|российск\\p{L}*)' },
      { type: 'trade', pos: 'noun', pattern: 'товарооборот\\p{L}*|торгов\\p{L}*\\s+оборот\\p{L}*|внешн\\p{L}*\\s+торговл\\p{L}*|торговл\\p{L}*|импорт\\p{L}*|ввоз\\p{L}*' },
      { type: 'investment', pos: 'verb', pattern: 'инвестир\\p{L}*|вложи\\p{L}*|вложат|вложил\\p{L}*|вкладыва\\p{L}*' },
      { type: 'investment', pos: 'noun', pattern: 'инвестиц\\p{L}*|инвестор\\p{L}*|вложени\\p{L}*|стоимость\\s+проекта|финансирован\\p{L}*' },
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, pattern: 'дол(?:я|ю|и|ей)|пакет\\p{L}*\\s+акций' },
      { type: 'agreement', pos: 'verb', pattern: 'соглашени\\p{L}*|меморандум\\p{L}*|договор\\p{L}*|контракт\\p{L}*|подписа\\p{L}*|подпис(?:ание|ания|анию)|договорил\\p{L}*' },
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: '(?:сотрудничеств|партнерств)\\p{L}*\\s+(?:с|со|между)' },
      { type: 'appointment', pos: 'verb', requires: 'role', pattern: 'назначен\\p{L}*|назначил\\p{L}*|назначает|назначи\\p{L}*|избран\\p{L}*|возглави\\p{L}*' },
      { type: 'visit', pos: 'verb', pattern: 'визит\\p{L}*|посети\\p{L}*|посещени\\p{L}*|посеща\\p{L}*|побывал\\p{L}*|прибыл\\p{L}*|ознакоми\\p{L}*' },
      { type: 'statement', pos: 'verb', pattern: 'заяви\\p{L}*|сказал\\p{L}*|сообщи\\p{L}*|отмети\\p{L}*|подчеркну\\p{L}*|рассказал\\p{L}*|добави\\p{L}*|пояснил\\p{L}*|объяви\\p{L}*|поручил\\p{L}*|предложил\\p{L}*|говори\\p{L}*' },
      { type: 'jobs', pos: 'noun', pattern: 'рабоч\\p{L}*\\s+мест\\p{L}*|мест\\p{L}*\\s+работы|сотрудник\\p{L}*|работник\\p{L}*|занятост\\p{L}*|трудоустро\\p{L}*|работа(?:ет|ют)\\s+(?:более|около|свыше)?' },
    ],
    planned: ['будет', 'будут', 'будем', 'буду', 'планир\\p{L}*', 'план\\p{L}*', 'намерен\\p{L}*', 'намерева\\p{L}*', 'собира(?:ется|ются|емся)', 'ожида\\p{L}*', 'предполага\\p{L}*', 'цель\\p{L}*', 'к\\s+20\\d\\d', 'до\\s+20\\d\\d', 'в\\s+перспективе', 'в\\s+будущем', 'должен', 'должна', 'должно', 'должны', 'прогноз\\p{L}*', 'хот(?:им|ят|ел\\p{L}*)', 'предусматрива\\p{L}*', 'начн(?:ет|ут|ём|ем)', 'запуст(?:ит|ят)', 'откро(?:ет|ют)', 'постро(?:ит|ят)', 'выпуст(?:ит|ят)', 'произвед(?:ет|ут)', 'увелич(?:ит|ат)', 'довед(?:ет|ут)', 'налад(?:ит|ят)', 'создаст', 'создадут', 'вложит', 'вложат', 'инвестирует'],
    negation: ['не', 'ни', 'нет', 'никогда', 'прекрати\\p{L}*', 'приостанови\\p{L}*'],
    reported: ['по\\s+слухам', 'якобы', 'по\\s+неподтвержд[её]нн\\p{L}*\\s+данным', 'по\\s+неофициальн\\p{L}*\\s+данным', 'предположительно', 'слух\\p{L}*', 'по\\s+данным\\s+СМИ', 'как\\s+сообщают\\s+СМИ', 'по\\s+информации\\s+источник\\p{L}*'],
    locative: ['в', 'во', 'на', 'под', 'около', 'близ'],
    directional: ['в', 'во', 'на'],
    source: ['из'],
    other: ['от', 'как', 'такие\\s+как', 'чем'],
    skip: ['заводе', 'завода', 'городе', 'город', 'области', 'регионе', 'районе', 'республике', 'городе', 'г\\.', 'промзоне', 'СЭЗ'],
    placeNouns: ['завод\\p{L}*', 'рын\\p{L}*', 'регион\\p{L}*', 'област\\p{L}*', 'город\\p{L}*', 'район\\p{L}*'],
    products: [
      ['автомобил\\p{L}*|машин\\p{L}*|легков\\p{L}*|внедорожник\\p{L}*|кроссовер\\p{L}*|автомашин\\p{L}*|единиц\\p{L}*', 'cars'],
      ['автобус\\p{L}*', 'buses'], ['грузовик\\p{L}*|грузов\\p{L}*\\s+автомобил\\p{L}*', 'trucks'], ['трактор\\p{L}*', 'tractors'],
      ['(?:авто)?запчаст\\p{L}*|комплектующ\\p{L}*|детал\\p{L}*', 'parts'], ['двигател\\p{L}*', 'engines'], ['сельхозтехник\\p{L}*|техник\\p{L}*', 'machinery'],
    ],
    increase: ['увеличить', 'увеличивать', 'увеличение', 'увеличени\\p{L}*', 'нарастить', 'наращивать', 'довести', 'расширить', 'увелич(?:ит|ат)', 'довед(?:ет|ут)', 'нарастит'],
    toWords: ['до'],
    fromWords: ['с', 'со', 'нынешних', 'текущих'],
    tellVerbs: ['сообщил\\p{L}*\\s+(?=\\p{Lu})'],
    plantNouns: ['завод\\p{L}*', 'фабрик\\p{L}*', 'предприяти\\p{L}*', 'производств\\p{L}*', 'сборк\\p{L}*', 'цех\\p{L}*', 'комплекс\\p{L}*', 'площадк\\p{L}*', 'конвейер\\p{L}*', 'лини\\p{L}*', 'автозавод\\p{L}*', 'технопарк\\p{L}*'],
    roleNouns: ['директор\\p{L}*', 'гендиректор\\p{L}*', 'президент\\p{L}*', 'председател\\p{L}*', 'министр\\p{L}*', 'глав\\p{L}*', 'руководител\\p{L}*', 'губернатор\\p{L}*', 'посл(?:ом|а|у)', 'заместител\\p{L}*', 'замминистр\\p{L}*', 'должност\\p{L}*', 'пост\\p{L}*'],
    nonParticipant: ['по\\s+словам', 'по\\s+данным', 'согласно', 'дочерн\\p{L}*\\s+(?:компани|предприяти|структур)\\p{L}*', 'входящ\\p{L}*\\s+в'],
  },
  fr: {
    triggers: [
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: 'lanc(?:é|e|er|ent|era|ée|és|ées|ait)\\s+(?:\\p{L}+\\s+){0,3}?(?:la\\s+)?(?:production|fabrication|assemblage)|(?:début|démarrage|lancement)\\s+de\\s+la\\s+(?:production|fabrication)|ouvert(?:ure)?\\p{L}*\\s+(?:d[\'’]une?|une?|l[ae\'’]|la|le)?\\s*(?:nouvelle?\\s+)?(?:usine|site|chaîne)|commenc\\p{L}*\\s+à\\s+produire' },
      { type: 'plant_launch', pos: 'verb', priority: 2, requires: 'plant', pattern: 'lancement|démarr\\p{L}*|inaugur\\p{L}*|mis(?:e)?\\s+en\\s+service|mise\\s+en\\s+route' },
      { type: 'plant_construction', pos: 'verb', priority: 3, requires: 'plant',
        pattern: 'construction|construi(?:t|s|sent|ra|ront|re|te|ts|tes|sait|saient)|bâti(?:t|ssent|ra|r)|édifi\\p{L}*|érig\\p{L}*' },
      { type: 'production', pos: 'verb', role: 'capacity', priority: 3, pattern: '(?:peut|pourra|pourront|peuvent)\\s+produire' },
      { type: 'production', pos: 'noun', role: 'capacity', priority: 3, pattern: 'capacités?' },
      // not the noun (`les produits`) nor `se produire` (to happen)
      { type: 'production', pos: 'verb', pattern: '(?<!(?:les|des|un|une|du|de|ces|nos|vos|leurs|ses|son|sa|le|la|ce|cet|cette|d[\'’]|l[\'’]|nouveaux|nouveau|plusieurs|certains|autres|aux|tous\\s+les|mêmes|principaux)\\s)(?<!(?:se|s[\'’]est|s[\'’]était|s[\'’]étaient|sont|se\\s+sont|qui\\s+se|se\\s+soit|se\\s+soient|s[\'’]être)\\s)produits?|(?<!(?:se|s[\'’]est|s[\'’]était|s[\'’]étaient|sont|se\\s+sont|qui\\s+se|se\\s+soit|se\\s+soient|s[\'’]être|va\\s+se|peut\\s+se)\\s)produi(?:s|sent|ra|ront|rait|raient|sait|saient|re|te|tes|sant)|fabriqu\\p{L}*|assembl(?:e|é|ée|és|ées|ent|era|eront|ait)|sort(?:ent|ies)?\\s+des\\s+chaînes' },
      { type: 'production', pos: 'noun', pattern: 'production|fabrication' },
      { type: 'export', pos: 'verb', pattern: 'export(?:e|é|ée|és|ées|ent|era|eront|erait|eraient|ait|aient|er)' },
      { type: 'export', pos: 'noun', pattern: 'exportations?' },
      { type: 'sales', pos: 'verb', pattern: 'vend(?!redi)\\p{L}*|écoul\\p{L}*' },
      { type: 'sales', pos: 'noun', pattern: 'ventes?|immatriculations|livraisons' },
      { type: 'trade', pos: 'noun', pattern: 'échanges\\s+commerciaux|commerce|importations?|import(?:e|é|ée|és|ées|ent)' },
      { type: 'investment', pos: 'verb', pattern: 'invest(?:i|it|ir|issent|ira|iront|issait|irait|iraient)' },
      { type: 'investment', pos: 'noun', pattern: 'investissements?|investisseurs?|coût\\s+(?:total\\s+)?du\\s+projet|financement' },
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, pattern: 'participation|part\\s+(?=de\\s|du\\s)|parts' },
      { type: 'agreement', pos: 'verb', pattern: '(?<!d[\'’])accords?|sign(?:é|ée|és|ées|ent|er|era|eront|ature)|protocole|mémorandum|contrats?|convention' },
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: '(?:coopération|partenariat)\\s+(?:entre|avec)' },
      { type: 'appointment', pos: 'verb', requires: 'role', pattern: 'nomm(?:é|ée|és|ées|e|ent|ait|er)|nomination|désign(?:é|ée|és)|prend\\s+la\\s+tête' },
      { type: 'visit', pos: 'verb', pattern: 'visit\\p{L}*|s[\'’]est\\s+rendu\\p{L}*|se\\s+rendra|déplacement' },
      { type: 'statement', pos: 'verb', pattern: 'déclar(?:é|e|ait)|a\\s+dit|dit|a\\s+affirmé|affirm(?:é|e|ait)|indiqu(?:é|e|ait)|soulign(?:é|e|ait)|annonc(?:é|e|ait)|précis(?:é|e|ait)|expliqu(?:é|e|ait)|estim(?:é|e)|ajout(?:é|e)' },
      { type: 'jobs', pos: 'noun', pattern: 'emplois?|postes\\s+de\\s+travail|salariés|employés|emploie|emploient|embauch\\p{L}*|effectifs?' },
    ],
    // compter + infinitive only: « l'usine compte 2 000 salariés » is a fact
    planned: ['va', 'vont', 'devra\\p{L}*', 'doit', 'doivent', 'prévoi\\p{L}*', 'prévu\\p{L}*', 'prévoit', 'projet\\p{L}*', 'envisag\\p{L}*', 'objectif\\p{L}*', 'vise\\p{L}*', 'compte(?:nt)?\\s+\\p{L}+(?:er|ir|re)', "d['’]ici\\s+(?:à\\s+)?(?:la\\s+fin\\s+)?(?:de\\s+)?20\\d\\d", 'à\\s+l[\'’]horizon', 'à\\s+terme', 'futur\\p{L}*', 'à\\s+l[\'’]avenir', 'souhait\\p{L}*', 'ambitionn\\p{L}*', '\\p{L}{2,}(?:era|eront|iront)', 'sera', 'seront', 'aura', 'auront', 'fera', 'feront', 'pourra', 'pourront', 'devront', 'ira', 'verra', 'produira', 'produiront', 'construira', 'construiront', 'investira', 'investiront'],
    negation: ['ne\\s+(?:\\p{L}+\\s+)?(?:pas|jamais|plus|guère|point)', 'n[\'’]\\p{L}+\\s+(?:\\p{L}+\\s+)?(?:pas|jamais|plus|guère|point)', 'aucun\\p{L}*', 'suspendu\\p{L}*', 'arrêté\\p{L}*'],
    reported: ['selon\\s+des\\s+rumeurs', 'rumeurs?', 'prétendument', 'aurait', 'auraient', 'selon\\s+certaines\\s+sources', 'de\\s+source\\s+non\\s+confirmée', 'il\\s+semblerait', 'serait', 'seraient', 'selon\\s+la\\s+presse', 'présumé\\p{L}*'],
    locative: ['à', 'au', 'aux', 'en', 'dans', 'près\\s+de'],
    directional: ['vers', 'à\\s+destination\\s+de', 'pour'],
    source: ['depuis', 'en\\s+provenance\\s+d(?:e|u|es)'],
    other: ['comme', 'tels?\\s+que', 'telles?\\s+que', 'que'],
    skip: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'région', 'ville', 'province', 'district', 'zone', 'pays', 'de', 'du', 'des'],
    placeNouns: ['usines?', 'sites?', 'région', 'ville', 'province', 'district', 'zone', 'marchés?', 'pays', 'territoire', 'parc'],
    products: [
      ['voitures?|véhicules?|automobiles?|autos?|SUV|unités', 'cars'],
      ['autobus|bus', 'buses'], ['camions?|poids\\s+lourds', 'trucks'], ['tracteurs?', 'tractors'],
      ['pièces(?:\\s+détachées)?|composants', 'parts'], ['moteurs?', 'engines'], ['machines\\s+agricoles|machines', 'machinery'],
    ],
    increase: ['augmenter', 'augmentera', 'augmenteront', 'porter', 'portera\\p{L}*', 'accroître', 'doubler', 'atteindre', 'atteindra'],
    toWords: ['à', 'jusqu[\'’]à'],
    fromWords: ['de', 'depuis', 'actuellement'],
    tellVerbs: [],
    plantNouns: ['usines?', 'sites?', 'chaînes?', 'production', 'fabrication', 'assemblage', 'complexe', 'ateliers?', 'gigafactory', 'unité\\s+de\\s+production'],
    roleNouns: ['directeur\\p{L}*', 'directrice', 'président\\p{L}*', 'PDG', 'ministre', 'patron\\p{L}*', 'chef', 'gouverneur', 'ambassadeur', 'responsable', 'administrat\\p{L}*', 'dirigeant\\p{L}*', 'poste', 'tête'],
    nonParticipant: ['selon', 'd[\'’]après', 'filiale\\s+d(?:e|u|es)', 'cité\\p{L}*\\s+par'],
  },
  es: {
    triggers: [
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: 'lanz(?:ó|a|ar|ará|aron|an)\\s+(?:\\p{L}+\\s+){0,3}?(?:la\\s+)?(?:producción|fabricación)|inici(?:ó|a|ar|ará|aron|o)\\s+(?:de\\s+)?(?:la\\s+)?(?:producción|fabricación)|comenz(?:ó|ar|ará|aron)\\s+a\\s+producir|apertura\\s+de\\s+(?:la|una)\\s+(?:nueva\\s+)?(?:planta|fábrica)|abri(?:ó|rá|eron)\\s+(?:una|la)\\s+(?:nueva\\s+)?(?:planta|fábrica)' },
      { type: 'plant_launch', pos: 'verb', priority: 2, requires: 'plant', pattern: 'inaugur\\p{L}*|puesta\\s+en\\s+marcha|pus(?:o|ieron)\\s+en\\s+marcha|lanzamiento' },
      { type: 'plant_construction', pos: 'verb', priority: 3, requires: 'plant',
        pattern: 'construcción|constru(?:ir|ye|yen|yó|yeron|irá|irán|ido|ida)|edific\\p{L}*|levantar\\p{L}*' },
      { type: 'production', pos: 'verb', role: 'capacity', priority: 3, pattern: '(?:puede|podrá|podrán|pueden)\\s+producir' },
      { type: 'production', pos: 'noun', role: 'capacity', priority: 3, pattern: 'capacidad(?:es)?' },
      { type: 'production', pos: 'verb', pattern: 'produc(?:e|en|ió|ieron|ía|ían|irá|irán|ido|ida|idos|idas|ir)|produj(?:o|eron)|fabric(?:a|an|ó|aron|ará|arán|ado|ados|ada|adas|ar)|ensambl\\p{L}*' },
      { type: 'production', pos: 'noun', pattern: 'producción|fabricación' },
      { type: 'export', pos: 'verb', pattern: 'export(?:a|an|ó|aron|ará|arán|ado|ados|ada|adas|ar)' },
      { type: 'export', pos: 'noun', pattern: 'exportacion(?:es)?|exportación' },
      { type: 'sales', pos: 'verb', pattern: 'vend(?:e|en|ió|ieron|ido|idos|ida|idas|erá|erán|er)|comercializ\\p{L}*' },
      { type: 'sales', pos: 'noun', pattern: 'ventas?|matriculaciones|entregas' },
      { type: 'trade', pos: 'noun', pattern: 'comercio|intercambio\\s+comercial|importacion(?:es)?|importación|import(?:a|an|ó|ado|ados)' },
      { type: 'investment', pos: 'verb', pattern: 'invert(?:ir|irá|irán|ido)|invierte\\p{L}*|invirti\\p{L}*' },
      { type: 'investment', pos: 'noun', pattern: 'inversi(?:ón|ones)|inversor\\p{L}*|coste\\s+del\\s+proyecto|costo\\s+del\\s+proyecto|financiación|financiamiento' },
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, pattern: 'participación|cuota\\s+accionarial' },
      { type: 'agreement', pos: 'verb', pattern: 'acuerdos?|firm(?:ó|a|an|aron|ar|ado|ará|arán)|convenios?|memorando|memorándum|contratos?' },
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: '(?:cooperación|alianza)\\s+(?:entre|con)' },
      { type: 'appointment', pos: 'verb', requires: 'role', pattern: 'nombrad\\p{L}*|nombr(?:ó|a)|nombramiento|designad\\p{L}*|design(?:ó|a)' },
      { type: 'visit', pos: 'verb', pattern: 'visit\\p{L}*|viaj(?:ó|e)\\s+a' },
      { type: 'statement', pos: 'verb', pattern: 'dijo|afirmó|declaró|señaló|indicó|explicó|anunció|aseguró|destacó|subrayó|añadió|comentó|informó' },
      { type: 'jobs', pos: 'noun', pattern: 'empleos?|puestos\\s+de\\s+trabajo|trabajadores|empleados|emplea(?:rá|n)?|contrat(?:ará|ar)|plantilla' },
    ],
    // plan… but not planta (the plant) or plantilla (the workforce)
    planned: ['va\\s+a', 'van\\s+a', 'planea\\p{L}*', 'plan(?!t)\\p{L}*', 'prevé', 'prevén', 'previst\\p{L}*', 'proyect\\p{L}*', 'espera\\p{L}*', 'objetivo\\p{L}*', 'meta', 'para\\s+(?:el\\s+)?(?:fin(?:al)?\\s+de\\s+)?20\\d\\d', 'futur\\p{L}*', 'pretende\\p{L}*', 'quiere\\p{L}*', 'busca\\p{L}*', '\\p{L}+(?:rá|rán)'],
    negation: ['no', 'nunca', 'jamás', 'ningún', 'ninguna', 'tampoco', 'suspendi\\p{L}*', 'paraliz\\p{L}*'],
    reported: ['supuestamente', 'presuntamente', 'según\\s+rumores', 'rumor\\p{L}*', 'al\\s+parecer', 'habría', 'habrían', 'según\\s+fuentes', 'según\\s+la\\s+prensa'],
    locative: ['en', 'cerca\\s+de'],
    directional: ['a', 'al', 'hacia', 'con\\s+destino\\s+a'],
    source: ['desde'],
    other: ['como', 'tales\\s+como'],
    skip: ['el', 'la', 'los', 'las', 'un', 'una', 'región', 'ciudad', 'provincia', 'distrito', 'zona', 'país', 'de', 'del'],
    placeNouns: ['plantas?', 'fábricas?', 'región', 'ciudad', 'provincia', 'distrito', 'zona', 'mercados?', 'país', 'territorio', 'parque'],
    products: [
      ['coches?|autos?|vehículos?|automóviles?|unidades|carros?|todoterrenos?', 'cars'],
      ['autobuses|autobús', 'buses'], ['camiones|camión', 'trucks'], ['tractores|tractor', 'tractors'],
      ['(?:auto)?partes|piezas|componentes', 'parts'], ['motores|motor', 'engines'], ['maquinaria(?:\\s+agrícola)?', 'machinery'],
    ],
    increase: ['aumentar', 'aumentará', 'elevar', 'elevará', 'incrementar', 'duplicar', 'ampliar', 'alcanzar', 'alcanzará'],
    toWords: ['a', 'hasta'],
    fromWords: ['de', 'desde', 'actualmente'],
    tellVerbs: [],
    plantNouns: ['plantas?', 'fábricas?', 'factorías?', 'producción', 'fabricación', 'líneas?\\s+de\\s+(?:montaje|producción)', 'complejo', 'gigafactoría'],
    roleNouns: ['director\\p{L}*', 'presidente\\p{L}*', 'presidenta', 'consejer\\p{L}*', 'ministr\\p{L}*', 'jefe\\p{L}*', 'gobernador\\p{L}*', 'embajador\\p{L}*', 'responsable', 'gerente', 'cargo', 'CEO'],
    nonParticipant: ['según', 'de\\s+acuerdo\\s+con', 'filial\\s+de(?:l)?', 'citad\\p{L}*\\s+por'],
  },
};

/** Language codes (ISO 639-1 and 639-3) → lexicon key. */
export const LANGUAGE_KEYS: Record<string, string> = {
  en: 'en', eng: 'en',
  de: 'de', deu: 'de', ger: 'de', gsw: 'de',
  ru: 'ru', rus: 'ru',
  fr: 'fr', fra: 'fr', fre: 'fr',
  es: 'es', spa: 'es',
};

/** Units of counts that are never a produced or traded quantity. */
export const NON_PRODUCT_UNITS = new Set([
  'day', 'days', 'year', 'years', 'month', 'months', 'week', 'weeks', 'hour', 'hours', 'hectare', 'hectares',
  'km', 'm', 'm2', 'sqm', 'times', 'region', 'regions', 'resident', 'residents', 'manufacturer', 'manufacturers',
  'person', 'people', 'percent_point',
]);

/** Units of counts that are jobs. */
export const JOB_UNITS = new Set(['job', 'jobs', 'workplace', 'workplaces', 'employee', 'employees', 'worker', 'workers', 'position', 'positions']);

/** Units of counts that are jobs only beside a jobs word (`employs 3,000 people`). */
export const PEOPLE_UNITS = new Set(['person', 'persons', 'people']);

/** Units that only export, sales or trade figures take (`60 countries`). */
export const DESTINATION_UNITS = new Set(['country', 'countries', 'market', 'markets']);

/** Counted nouns that all mean vehicles: the gold convention normalises them to `car`. */
export const CAR_UNITS = new Set([
  'car', 'cars', 'vehicle', 'vehicles', 'unit', 'units', 'automobile', 'automobiles', 'auto', 'autos', 'einheit', 'einheiten',
  'fahrzeug', 'fahrzeuge', 'pkw', 'автомобиль', 'автомобилей', 'машина', 'машин', 'штук', 'voiture', 'voitures', 'véhicule',
  'véhicules', 'coche', 'coches', 'vehículo', 'vehículos',
]);

/** A place mention whose name is a facility or a natural feature: never an actor. */
export const FACILITY_NAME = /(?:park|zone|district|industrial|estate|river|lake|sea|valley|mountains?|gebiet|industrie|fluss|see|tal|промзон|зон[аеы]|парк|район|рек[аи]|долин|parc|rivière|fleuve|vallée|zona|parque|polígono|río|valle)/iu;
