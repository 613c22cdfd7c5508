/** English: everything the pipeline reads about the language. */
import { isoCurrencyNames } from './iso-currencies.js';
import type { LanguagePack, NumWord } from './types.js';
import { ROMANISED_SURNAME_ENDINGS } from './shared.js';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORD_UNITS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORD_TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];

function numberWords(): Map<string, NumWord> {
  const m = new Map<string, NumWord>();
  const put = (w: string, e: NumWord): void => {
    m.set(w, e);
  };
  UNITS.forEach((w, i) => put(w, { kind: i === 0 ? 'zero' : 'unit', value: i }));
  put('nought', { kind: 'zero', value: 0 });
  put('naught', { kind: 'zero', value: 0 });
  put('a', { kind: 'unit', value: 1, article: true });
  put('an', { kind: 'unit', value: 1, article: true });
  TEENS.forEach((w, i) => put(w, { kind: 'teen', value: 10 + i }));
  TENS.forEach((w, i) => w && put(w, { kind: 'tens', value: 10 * i }));
  ORD_UNITS.forEach((w, i) => i && put(w, { kind: 'unit', value: i, ordinal: true }));
  ORD_TEENS.forEach((w, i) => put(w, { kind: 'teen', value: 10 + i, ordinal: true }));
  TENS.forEach((w, i) => w && put(w.slice(0, -1) + 'ieth', { kind: 'tens', value: 10 * i, ordinal: true }));
  // plural ordinals as fraction denominators
  for (const [w, e] of [...m]) {
    if (e.ordinal && e.value > 2) put(w + 's', { ...e, fraction: true });
  }
  put('firsts', { kind: 'unit', value: 1, ordinal: true, fraction: true });
  put('half', { kind: 'unit', value: 2, ordinal: true, fraction: true });
  put('halves', { kind: 'unit', value: 2, ordinal: true, fraction: true });
  put('quarter', { kind: 'unit', value: 4, ordinal: true, fraction: true });
  put('quarters', { kind: 'unit', value: 4, ordinal: true, fraction: true });
  put('hundred', { kind: 'hundred', value: 100 });
  put('hundreds', { kind: 'hundred', value: 100 });
  put('hundredth', { kind: 'hundred', value: 100, ordinal: true });
  put('hundredths', { kind: 'hundred', value: 100, ordinal: true, fraction: true });
  const scales: Array<[string, number]> = [
    ['thousand', 1e3],
    ['million', 1e6],
    ['billion', 1e9],
    ['trillion', 1e12],
    ['lakh', 1e5],
    ['lakhs', 1e5],
    ['crore', 1e7],
    ['crores', 1e7],
    ['bn', 1e9],
    ['mn', 1e6],
    ['mln', 1e6],
    ['mil', 1e6],
    ['mio', 1e6],
    ['trn', 1e12],
  ];
  for (const [w, v] of scales) {
    put(w, { kind: 'scale', value: v });
    if (/^[a-z]+(and|ion|lion)$/.test(w)) {
      put(w + 's', { kind: 'scale', value: v });
      put(w + 'th', { kind: 'scale', value: v, ordinal: true });
      put(w + 'ths', { kind: 'scale', value: v, ordinal: true, fraction: true });
    }
  }
  put('dozen', { kind: 'dozen', value: 12 });
  put('dozens', { kind: 'dozen', value: 12 });
  put('dz', { kind: 'dozen', value: 12 });
  put('dzs', { kind: 'dozen', value: 12 });
  return m;
}

const NUMBER_WORDS = numberWords();

export const en = {
  code: 'en',
  name: 'English',
  scripts: ['Latin'],
  names: {
    apostropheSuffix: false,
    surnameEndings: ROMANISED_SURNAME_ENDINGS,
    companyApposition: 0,
    institutionCompoundHeads: [],
    routeNouns: ['lines?', 'railway', 'railroad', 'rail\\s+link', 'road', 'highway', 'motorway', 'route', 'corridor', 'pipeline', 'flights?', 'trains?', 'services?'],
    companyNameHeads: ['industry', 'industries', 'logistics', 'machinery', 'automotive', 'manufacturing', 'engineering'],
    companyNamesHeadFirst: false,
    honorifics: ['Mr\\.?', 'Mrs\\.?', 'Ms\\.?'],
    capitalisedNouns: false,
    portfolios: {
      links: ['of\\s+the', 'of', 'for\\s+the', 'for'],
      words: ['economy', 'industry', 'finance', 'trade', 'energy', 'transport', 'agriculture', 'defence', 'defense', 'interior', 'labour', 'labor', 'state'],
    },
    regionPhrase: null,
    mergeOverridesOff: [],
    legalForms: [
      ['JSC', ['JSC', 'OJSC', 'CJSC', 'PJSC', 'AJSC', 'joint stock company', 'joint-stock company', 'open joint stock company', 'closed joint stock company', 'public joint stock company']],
      ['LLC', ['LLC', 'limited liability company']],
      ['LLP', ['LLP', 'LP', 'limited partnership', 'limited liability partnership']],
      ['LTD', ['Ltd', 'limited', 'Pty Ltd', 'Pte Ltd']],
      ['PLC', ['PLC', 'public limited company']],
      ['INC', ['Inc', 'incorporated']],
      ['CORP', ['Corp', 'corporation']],
      ['CO', ['Co', 'company', 'and Co', 'and company', '& Co']],
      ['SE', ['SE']],
      ['NPO', ['NPO']],
    ],
  },
  numbers: {
    decimal: '.',
    word: (w) => NUMBER_WORDS.get(w) ?? null,
    decimalWords: ['point'],
    negativeWords: ['negative', 'minus'],
    halfAfter: [],
    fractionOf: 'of',
    fractionWords: ['over', 'in', 'out of'],
    vigesimal: false,
    multiplyScales: false,
    scaleLinker: null,
    coordinators: ['and'],
    connectors: ['and'],
    digitOrdinal: 'st|nd|rd|th',
    hyphenOrdinal: null,
    relativeOrdinals: [
      ['the one before the last(?: one)?', 'end-1'],
      ['(?:the )?(?:second|next) to last', 'end-1'],
      ['antepenultimate|(?:the )?third to last', 'end-2'],
      ['penultimate', 'end-1'],
      ['(?:the )?last one', 'end+0'],
      ['last', 'end+0'],
      ['next one', 'current+1'],
      ['next', 'current+1'],
      ['previous one', 'current-1'],
      ['previous|preceding', 'current-1'],
      ['current', 'current+0'],
    ],
    dotOrdinal: null,
    rates: { after: ["per (?:year|annum|month|day|week|hour)", "a (?:year|month|day|week)", "each year", "every year", "annually", "yearly"], adverbs: ["annually", "yearly"], before: ["(?:annual|yearly)\\s+(?:\\w+\\s+){0,2}(?:of|at)\\s+(?:up to |about |some |around )?"] },
    approximators: ["about", "some", "around", "approximately", "roughly"],
    pronounQuantifiers: [],
    percentAfter: ['percentage points?', 'per ?cent(?:age)?s?', 'percent'],
    percentBefore: [],
    ranges: {
      between: [['between', 'and', '']],
      fromTo: [['from', 'to', '']],
      through: ['through', 'thru'],
      before: {
        ge: ['(?:no|not) less than', 'at least(?: or equal to)?', '(?:more|greater|higher|larger|bigger)(?: than)? or equal (?:than|to)'],
        le: ['(?:no|not) more than', 'at most', 'up to', '(?:less|smaller|lower|fewer)(?: than)? or equal (?:than|to)'],
        gt: ['(?:more|greater|higher|larger|bigger) than', 'over', 'above', 'exceed(?:s|ing)?'],
        lt: ['(?:less|smaller|lower|fewer) than', 'below', 'under'],
        eq: ['equal(?:s|ing|ling)? to', 'equals'],
      },
      after: { ge: ['or (?:more|greater|above|higher)'], le: ['or (?:less|fewer|below|lower)'] },
      orEqual: 'or equal(?: to)?',
    },
    notUnits: ["of", "by", "to", "and", "or", "the", "in", "on", "at", "for", "from", "with", "per", "a", "an", "is", "are", "was", "were", "be", "more", "less", "than", "percent", "new", "other", "additional", "million", "billion", "thousand", "this", "that", "which", "who", "it", "he", "she", "they", "we", "i", "you", "has", "have", "had", "will", "would", "can", "could", "am", "pm"],
    units: {
      car: ['cars?', 'vehicles?', 'units?', 'automobiles?', 'autos?'],
      truck: ['trucks?', 'lorries', 'lorry'],
      bus: ['bus', 'buses'],
      job: ['jobs?', 'workplaces?'],
      country: ['countries', 'country'],
      region: ['regions?', 'provinces?', 'oblasts?'],
      hectare: ['hectares?', 'ha'],
      year: ['years?'],
      month: ['months?'],
      day: ['days?'],
      week: ['weeks?'],
      times: ['times'],
      person: ['people', 'persons?'],
      employee: ['employees?', 'workers?'],
      plant: ['plants?', 'factories', 'factory'],
      company: ['companies', 'company'],
      manufacturer: ['manufacturers?'],
      type: ['types?', 'models?'],
      resident: ['residents?'],
      tonne: ['tons?', 'tonnes?', 't'],
      km: ['km', 'kilometers?', 'kilometres?'],
      kg: ['kg', 'kilograms?'],
      barrel: ['barrels?'],
      MW: ['mw', 'megawatts?'],
      combine: ['combines?', 'combine harvesters?'],
      cotton_harvester: ['cotton harvesters?', 'cotton pickers?'],
      tractor: ['tractors?'],
      locomotive: ['locomotives?'],
      wagon: ['wagons?', 'railcars?', 'passenger coaches', 'carriages?'],
      tram: ['trams?', 'tramcars?'],
      engine: ['engines?', 'drive units?'],
      // the goods a vehicle, machinery, rail and component maker counts
      van: ['vans?'],
      trailer: ['(?:semi-)?trailers?'],
      motorcycle: ['motorcycles?', 'motorbikes?'],
      seed_drill: ['seed drills?', 'seeders?', 'planters?'],
      sprayer: ['sprayers?'],
      harvester: ['harvesters?', 'forage harvesters?'],
      machine: ['machines?'],
      train: ['trains?', 'trainsets?'],
      axle: ['axles?'],
      cabin: ['cabins?', 'cabs'],
      gearbox: ['gearbox(?:es)?', 'transmissions?'],
      battery_pack: ['(?:battery )?packs?'],
      battery_cell: ['(?:battery )?cells?'],
      bogie: ['bogies?'],
      wiring_harness: ['(?:wiring |cable )?harness(?:es)?'],
      seat: ['seats?'],
      tyre: ['tyres?', 'tires?'],
      chassis: ['chassis'],
      gwh: ['gwh', 'gigawatt[- ]hours?'],
      mwh: ['mwh', 'megawatt[- ]hours?'],
    },
    unitModifiers: 2,
    dimensionUnits: [
      '(?:square|sq\\.?) (?:feet|foot|inch(?:es)?|yards?|miles?|met(?:er|re)s?|(?:kilo|centi|milli)met(?:er|re)s?)',
      'cubic (?:feet|foot|inch(?:es)?|yards?|miles?|met(?:er|re)s?|(?:centi|milli)met(?:er|re)s?)',
      '(?:kilomet(?:er|re)s?|miles?) (?:per|an|a) hour', 'met(?:er|re)s? (?:per|a) second', 'feet per second', 'knots?',
      'metric tons?', 'light[- ]years?', 'nautical miles?', 'fluid ounces?', 'kilowatt[- ]hours?',
      '(?:kilo|hecto|deca|deci|centi|milli|micro|nano|pico)?met(?:er|re)s?', 'inch(?:es)?', 'feet', 'foot', 'miles?', 'yards?',
      'acres?', 'hectares?', '(?:kilo|centi|milli|deci|hecto)?lit(?:er|re)s?', 'gallons?', 'pints?', 'quarts?', 'cups?', 'tablespoons?', 'teaspoons?', 'barrels?',
      'tonnes?', 'tons?', '(?:kilo|milli|micro)?gra(?:m|mme)s?', 'pounds?', 'ounces?', 'stones?', 'carats?', 'grains?',
      '(?:kilo|mega|giga|tera|peta)?bits?', '(?:kilo|mega|giga|tera|peta)?bytes?',
      'degrees?', 'radians?', 'turns?', '(?:kilo|mega|giga)?watts?',
    ],
    ages: [],
    temperatureWords: [],
    currencies: [
      ['(?:us|u\\.s\\.|american|united states)[ -]?dollars?', 'USD'],
      ['canadian dollars?', 'CAD'],
      ['australian dollars?', 'AUD'],
      ['hong kong dollars?', 'HKD'],
      ['chinese (?:yuan|renminbi)', 'CNY'],
      ['japanese yen', 'JPY'],
      ['turkish (?:liras?|lire)', 'TRY'],
      ['(?:british )?pounds? sterling', 'GBP'],
      ['british pounds?', 'GBP'],
      ['(?:south )?korean won', 'KRW'],
      ['azerbaijani manats?', 'AZN'],
      ['uzbek (?:so[\'’ʻ]?m|sum)s?', 'UZS'],
      ['kazakh tenge', 'KZT'],
      ['kyrgyz soms?', 'KGS'],
      ['(?:indian )?rupees?', 'INR', 'rupee: Indian assumed'],
      ['finnish markkas?', null],
      ['dutch guilders?', null],
      ['mexican pesos?', 'MXN'],
      ['(?:cambodian )?riels?', 'KHR'],
      ['swiss francs?', 'CHF'],
      ['cfa francs?|francs? cfa', 'XOF', 'CFA franc: West African (XOF) assumed, Central African is XAF'],
      ['dollars?|bucks?', 'USD', 'dollar: currency not named (US dollar assumed)'],
      ['euros?|eur', 'EUR'],
      ['pounds?', 'GBP', 'pound: British assumed'],
      ['pence|penny|pennies', 'GBP'],
      ['roubles?|rubles?', 'RUB'],
      ['yuan|renminbi|rmb|kuai', 'CNY'],
      ['yen', 'JPY'],
      ['won', 'KRW'],
      ['liras?|lire', 'TRY', 'lira: Turkish assumed'],
      ['manats?', 'AZN'],
      ['so[\'’ʻ]ms?|soums?', 'UZS'],
      ['tenges?', 'KZT'],
      ['soms?', 'KGS'],
      ['francs?', null, 'franc: country not named'],
      ['bitcoins?|btc', null, 'bitcoin has no ISO 4217 code'],
      // then every other ISO 4217 name: `Mexican pesos`, `Czech koruna`, `zlotys`, `baht`
      ...isoCurrencyNames(),
    ],
    suffixes: [],
  },
  dates: {
    chrono: 'en',
    months: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    monthStems: false,
    monthsCapitalized: false,
    monthAbbreviations: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
    yearEdges: ["(?:summer|winter|spring|autumn|fall)(?:\\s+of)?", "(?:end|beginning|start|middle|first half|second half)\\s+of"],
    quarters: ["quarters?"],
    halves: ["half", "halves"],
    monthSpans: ["months"],
    monthSpanOpeners: [],
    periodYear: { of: ["of"], thisYear: ["(?:of )?(?:the|this|the current) year"] },
    yearAfter: [],
    targetYearBefore: ['by', 'until', 'till', 'from', 'starting(?: in)?', 'before', '(?:by|until|till|before)\\s+the\\s+end\\s+of'],
    targetYearAfter: [],
  },
  events: {
    triggers: [
      // a market share is a sales figure (`Доля Lada на рынке составила 30,5%`), not a stake
      { type: 'sales', pos: 'noun', priority: 3, pattern: 'market\\s+share|share\\s+of\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+)?(?:market|sales)|accounted\\s+for(?=\\s+(?:about\\s+|around\\s+|some\\s+|nearly\\s+)?\\d[\\d.,]*\\s*(?:%|percent|per\\s+cent)\\s+of\\s+(?:[\\p{L}-]+\\s+)?(?:sales|the\\s+market|market))' },
      // `ordered 120 locomotives`, `ordered new trains`: an order of goods (a president who `ordered a higher level of
      // localisation` or `ordered officials to` gives an instruction: a statement)
      { type: 'agreement', pos: 'verb', pattern: 'ordered(?=\\s+(?:[\\p{L}$.,-]+\\s+){0,3}?(?:\\d|(?:trains?|locomotives?|wagons?|trams?|buses|trucks|cars|vehicles|aircraft|planes|jets|tractors|combines|units|engines|ships|equipment|machinery)(?![\\p{L}])))|orders?(?=\\s+(?:for|worth|of)\\s)|(?:won|wins|win|placed|places|signed|received)\\s+(?:an?\\s+|the\\s+|its\\s+)?(?:[\\p{L}\\d$.,-]+\\s+){0,4}?orders?' },
      // the share of local parts is a production target (`Der Anteil lokal gefertigter Komponenten soll … auf 40 Prozent steigen`,
      // `the share of locally made components is set to rise to 40%`)
      { type: 'production', pos: 'noun', role: 'capacity', priority: 4, pattern: 'locali[sz]ation(?:\\s+(?:rate|level))?|local\\s+content|(?:share|proportion)\\s+of\\s+(?:locally[\\s-](?:made|produced|manufactured|sourced)|local(?:ly\\s+made)?)\\s+(?:components|parts)' },
      // plant launch: starting production, opening or setting up a plant (not starting another activity:
      // `will start shipping crossovers assembled in Asaka` is an export)
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:launch|start|began|begin|begins|commenc|resum|kick\\s+off|roll\\s+out)\\p{L}*(?!\\s+(?!produc|manufactur|assembl)\\p{L}+ing(?![\\p{L}]))[^.;:,]{0,40}?(?:produc(?:e|es|ed|ing|tion)|manufactur\\p{L}*|assembl\\p{L}*|serial\\s+output)' },
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:production|manufacturing|assembly|plant|factory|facility|line)(?![\\p{L}])[^.;]{0,80}?(?:be|been|is|was|were|are|being)\\s+(?:\\p{L}+ly\\s+)?(?:launched|started|begun|commenced|opened|inaugurated|commissioned|put\\s+into\\s+operation)' },
      // production as the subject of a start verb (`production is due to start in the second half of 2027`,
      // `Series production began in May`), as the other packs read `la production démarrer`, `Serienfertigung … anlaufen`
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:production|manufacturing|assembly)\\s+(?:will\\s+|would\\s+|should\\s+)?(?:begins?|began|starts?|started|gets?\\s+under\\s+way|(?:is|was|are|were)\\s+(?:due|scheduled|set|expected|planned|slated)\\s+to\\s+(?:begin|start))(?![\\p{L}])' },
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:plant|factory|facility|works|site)(?![\\p{L}])[^.;]{0,80}?(?:opened|was\\s+inaugurated|was\\s+commissioned|went\\s+into\\s+operation)' },
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: '(?:open|opens|opened|opening|launch(?:es|ed|ing)?|inaugurat\\p{L}*|commission(?:s|ed|ing)?|set(?:s|ting)?\\s+up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing))\\s+(?:a|an|the|its|their)?\\s*(?:\\p{L}+[\\s-]+){0,3}?(?:plant|factory|cluster|assembly\\s+line|production\\s+line|production\\s+facility)' },
      // construction
      // the ceremony that starts building (`laid the foundation stone for a bus factory`, `broke ground on a plant`)
      { type: 'plant_construction', pos: 'verb', priority: 3, pattern: '(?:lay|lays|laid|laying)\\s+(?:the\\s+)?(?:foundation|corner)\\s*stones?|(?:break|breaks|broke|breaking)\\s+ground' },
      // construction as the subject of a start verb refers to the plant the article is about (`Construction begins in May`)
      { type: 'plant_construction', pos: 'verb', priority: 4, pattern: 'construction\\s+(?:work\\s+)?(?:will\\s+)?(?:begins?|began|starts?|started|(?:is|was)\\s+(?:due|scheduled|set)\\s+to\\s+(?:begin|start))' },
      { type: 'plant_construction', pos: 'verb', priority: 3,
        pattern: '(?:build|builds|building|built|construct(?:s|ed|ing)?|erect(?:s|ed|ing)?)\\s+(?:a|an|the|its|their)?\\s*(?:\\p{L}+[\\s-]+){0,3}?(?:plant|factory|facility|works|complex|site)' },
      { type: 'plant_construction', pos: 'verb', priority: 3,
        pattern: 'construction\\s+of\\s+(?:a|an|the)?\\s*(?:\\p{L}+[\\s-]+){0,3}?(?:plant|factory|facility|works|complex)' },
      { type: 'plant_construction', pos: 'verb', priority: 3,
        pattern: '(?:plant|factory|facility)(?![\\p{L}])[^.;]{0,60}?(?:is|are|was|were|be|been|being)\\s+(?:\\p{L}+ly\\s+)?(?:built|constructed|erected)' },
      // capacity
      { type: 'production', pos: 'verb', role: 'capacity', priority: 3,
        pattern: 'capable\\s+of\\s+(?:produc|manufactur|assembl|cast|pour)\\p{L}*|can\\s+(?:produce|make|build|assemble|turn\\s+out)|designed\\s+to\\s+(?:produce|make|build|assemble|manufacture|cast|pour|turn\\s+out)' },
      { type: 'production', pos: 'noun', role: 'capacity', priority: 3,
        pattern: '(?:production|annual|design|manufacturing|assembly)\\s+capacity|capacity|annual\\s+(?:production|output)\\s+of' },
      // production
      { type: 'production', pos: 'verb', priority: 2, requires: 'product', pattern: 'build(?:s|ing)?|built|roll(?:s|ed|ing)?\\s+out' },
      { type: 'production', pos: 'verb', pattern: 'produc(?:e|es|ed|ing)|manufactur(?:e|es|ed)|assembl(?:e|es|ed)|roll(?:s|ed)?\\s+off' },
      // goods counted as what is planned (`3,500 trucks are planned for this year`)
      { type: 'production', pos: 'verb', requires: 'product', pattern: '(?<=\\d[\\d·]*\\s+[\\p{L}-]+\\s+(?:are|were)\\s+)planned(?![\\p{L}])' },
      // `turned out 48,300 packs`, `expects the plant to turn out about 2,900 wagons` (`turned out to be` is no production)
      { type: 'production', pos: 'verb', requires: 'product', pattern: 'turn(?:s|ed|ing)?\\s+out(?!\\s+(?:to|that)(?![\\p{L}]))' },
      // leaving the line is being made (`the first cars came off the assembly line`)
      { type: 'production', pos: 'verb', pattern: '(?:come|comes|came|coming|roll|rolls|rolled|rolling)\\s+off\\s+(?:the\\s+|its\\s+|their\\s+)?(?:assembly\\s+|production\\s+)?lines?|(?:left|leave|leaves|leaving)\\s+(?:the|its|their)\\s+(?:assembly|production)\\s+lines?' },
      // `made 2,400 tractors`: the active verb with a figure right after it (`made progress`, `made a deal` are no production)
      { type: 'production', pos: 'verb', requires: 'product', pattern: '(?:makes?|making|made)(?=\\s+(?:(?:about|around|some|nearly|almost|over|more\\s+than)\\s+)?\\d)' },
      { type: 'production', pos: 'verb', requires: 'product', pattern: '(?:is|are|was|were|be|been|being)\\s+made(?!\\s+(?:up|of|into|from|by|to|clear|public|available|redundant))' },
      { type: 'production', pos: 'noun', pattern: 'production|manufacturing|output' },
      // export
      { type: 'export', pos: 'verb', pattern: 'export(?:ed|ing)|to\\s+export|will\\s+export|exports?(?=\\s+(?:\\d|more|about|around|some|over|nearly|almost|its|their|the|cars|vehicles))|shipped\\s+abroad' },
      { type: 'export', pos: 'noun', pattern: 'exports?(?![\\p{L}])(?!\\s+(?:hubs?|platforms?|bases?|cent(?:re|er)s?)(?![\\p{L}]))' },
      // a delivery abroad: only with a destination in its clause (`shipped to Georgia`, `supply 46 trams to the city of Tashkent`)
      { type: 'export', pos: 'verb', priority: 2, requires: 'destination', pattern: 'ship(?:s|ped|ping)?|shipments?|sen(?:t|ds?|ding)|dispatch(?:es|ed|ing)?|deliver(?:s|ed|ing)?|deliver(?:y|ies)|hand(?:s|ed)?\\s+over|suppl(?:y|ies|ied|ying)' },
      // selling abroad is exporting (`sold 3,860 trucks outside Kazakhstan`, `sells most of its output abroad`)
      { type: 'export', pos: 'verb', priority: 2, pattern: '(?:sold|sell(?:s|ing)?)(?=\\s[^.;:]{0,40}?(?<![\\p{L}])(?:abroad|overseas|outside\\s+(?:the\\s+)?\\p{Lu}))' },
      // sales
      { type: 'sales', pos: 'verb', pattern: 'sold|sell(?:s|ing)?' },
      // a market's purchases counted in units (`Kazakh farmers bought 7,850 machines`): the sales of that market
      { type: 'sales', pos: 'verb', pattern: '(?:bought|purchased)(?=\\s+(?:about\\s+|around\\s+|some\\s+|nearly\\s+|more\\s+than\\s+)?\\d[\\d·]*\\s+(?!percent|per\\s+cent)\\p{L})' },
      { type: 'sales', pos: 'noun', pattern: 'sales?|(?:new[-\\s]car\\s+)?registrations|deliveries' },
      // revenue is the money of sales (`Revenue climbed 34% to 11.2 billion lira`)
      { type: 'sales', pos: 'noun', pattern: 'revenues?' },
      // trade
      { type: 'trade', pos: 'noun', pattern: 'trade(?:\\s+turnover|\\s+volume)?|turnover' },
      // investment
      { type: 'investment', pos: 'verb', pattern: 'invest(?:s|ed|ing)?' },
      { type: 'investment', pos: 'noun', pattern: 'investments?|investors?|(?:total\\s+)?cost\\s+of\\s+the\\s+(?:project|plant|factory)|project\\s+cost|funding|financing|(?:will\\s+be|was|were|has\\s+been|have\\s+been)\\s+allocated|programm?e(?=[^.;]{0,100}?(?:worth|totall?ing|with\\s+a\\s+budget\\s+of)\\s+(?:about\\s+|some\\s+)?[$€£]?\\d)' },
        // what a project or plant costs (`the project has cost 96.4 million manat`), not a product's price
        { type: 'investment', pos: 'noun', requires: 'plant', pattern: 'cost(?:s|ing)?' },
      // spending or contributing a sum (`will contribute $22 million`, `spent 80 million euros`)
      { type: 'investment', pos: 'verb', pattern: '(?:contribut(?:e|es|ed|ing)|spen(?:d|ds|t|ding))(?=\\s+(?:about\\s+|some\\s+|around\\s+|nearly\\s+|more\\s+than\\s+|up\\s+to\\s+)?(?:[$€£]\\s*)?\\d)' },
      // a share of a company bought is an investment with its price (`has acquired 60% of X for 31 million euros`)
      { type: 'investment', pos: 'verb', pattern: '(?:acquir(?:e|es|ed|ing)|b(?:uy|uys|ought|uying)|purchas(?:e|es|ed|ing))(?=\\s+(?:about\\s+|around\\s+|some\\s+)?\\d[\\d·.,]*\\s*(?:%|percent|per\\s+cent)(?!\\s+(?:stake|share|interest)))' },
      // a share left with its holder (`the remaining 40% will stay in the hands of its founder`)
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, holderAfter: true, pattern: '(?<=\\d\\s*(?:%|percent|per\\s+cent)[^.;]{0,40}?)in\\s+the\\s+hands\\s+of' },
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, pattern: '(?:percent|per\\s+cent|%)?\\s*(?:stake|share)(?=\\s|\\.|,|$)(?!\\s+of\\s+(?:the\\s+)?(?:market|exports?|sales|local))' },
        // `AzerMash holds 60 percent of the venture`
        { type: 'investment', pos: 'noun', role: 'stake', priority: 2, pattern: '(?:hold(?:s|ing)?|held|own(?:s|ed)?)(?=\\s+(?:about\\s+|around\\s+|some\\s+)?\\d[\\d.,]*\\s*(?:%|percent|per\\s+cent))' },
      // agreement
      { type: 'agreement', pos: 'verb', pattern: 'agreements?|memorand(?:um|a)|MoU|contracts?|deals?(?!\\s+with)|treaty|accords?|sign(?:ed|ing)|(?:to|will|would|shall)\\s+sign|agreed\\s+(?:(?!to\\s|on\\s|upon\\s)[\\p{L}]+\\s+){0,3}(?:to|on|upon)(?=\\s)' },
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: '(?<!in\\s)(?:cooperation|partnership|alliance)\\s+(?:between|with)' },
      // negotiations with a named party are reported as the agreement they aim at (`is in talks with Uzbekistan Railways on …`)
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: 'in\\s+(?:talks|negotiations|discussions)\\s+with|negotiat(?:e|es|ed|ing)\\s+with' },
      // appointment
      { type: 'appointment', pos: 'verb', requires: 'role', pattern: 'appoint(?:s|ed|ing)?|appointment|named\\s+(?:as\\s+)?(?:the\\s+)?(?:new\\s+)?(?:CEO|chief|head|director|president|chairman|chairwoman|minister|manager)|(?:named|names|name)(?=\\s+\\p{Lu}[^.;]{0,80}?\\sas\\s+(?:its\\s+|the\\s+|new\\s+)*(?:CEO|chief|head|director|president|chair(?:man|woman)?|minister|manager|general|managing|deputy|vice)(?![\\p{L}]))|took\\s+office|takes\\s+over\\s+as' },
      // visit
      // being there for an occasion (`attended the ceremony`) is a visit
      { type: 'visit', pos: 'verb', role: 'attendance', priority: 2, pattern: 'in\\s+the\\s+presence\\s+of|(?:was|were)\\s+present\\s+at|took\\s+part\\s+in\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:ceremony|opening|inauguration|signing|groundbreaking)' },
      { type: 'visit', pos: 'verb', pattern: 'visit(?:s|ed|ing)?|trip\\s+to|toured|arrived\\s+in|got\\s+acquainted\\s+with|acquainted\\s+(?:himself|herself|themselves)\\s+with|attend(?:s|ed|ing)?\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:ceremony|opening|inauguration|forum|groundbreaking)' },
      // statement
      // `called the deal "an important signal"`: naming something with a quote is a statement
      { type: 'statement', pos: 'verb', pattern: 'called(?=\\s+(?:it|(?:the|this|that)\\s+[\\p{L}-]+)\\s+["“])|said|says|told|stated|noted|added|emphasi[sz]ed|stressed|announced|declared|claimed|explained|commented|remarked|reports|reported|praised|pointed\\s+out|underlined|instructed|ordered|proposed' },
      { type: 'statement', pos: 'verb', pattern: 'according\\s+to', requires: 'source' },
      // jobs
      { type: 'jobs', pos: 'noun', pattern: 'jobs?|workplaces?|employees|workers|employment|staff|workforce|employ(?:s|ed|ing)?|hir(?:e|es|ed|ing)|work(?:s|ed|ing)?\\s+(?:at|in|for)|(?<=\\d[\\d,.]*\\s+(?:people|workers|employees)\\s+)(?:work|worked|will\\s+work)' },
    ],
    planned: ['plans?', 'planned', 'planning', 'intends?', 'intended', 'intention', 'aims?', 'aimed', 'expected', 'expects?', 'going\\s+to', 'targets?', 'targeted', 'targeting', 'goal', 'wants?\\s+to', 'set\\s+the\\s+task', 'scheduled', '(?:is|are)\\s+due\\s+to(?=\\s+(?!the\\s|an?\\s)\\p{L})', 'is\\s+to', 'are\\s+to', 'proposed', 'envisag\\p{L}*', 'seeks?\\s+to', 'looking\\s+to', 'hopes?\\s+to', 'forecasts?', 'projected', 'by\\s+(?:the\\s+end\\s+of\\s+)?20\\d\\d', 'in\\s+the\\s+future', 'next\\s+year', 'upcoming',
      // a second infinitive of a plan (`is scheduled to start production in 2028 and to reach 2,500 buses a year by 2030`): its own frame
      '(?<=and\\s)to(?=\\s+(?:reach|raise|increase|start|begin|build|produce|make|assemble|export|ship|open|launch|create|employ|invest|expand|double|hire)(?![\\p{L}]))'],
    futureTense: ['will', 'would', 'shall', "'ll"],
    negation: ['not', "n't", 'never', 'no\\s+longer', 'cannot', 'neither', 'nor', 'failed\\s+to', 'halted', 'suspended', 'stopped'],
    reported: ['reportedly', 'allegedly', 'rumou?r\\p{L}*', '(?:is|are|was|were)\\s+said\\s+to', 'supposedly', 'purportedly', 'unconfirmed', 'according\\s+to\\s+(?:media\\s+|press\\s+)?reports', 'sources\\s+(?:say|said|claim)', 'it\\s+is\\s+alleged'],
    negatedVerb: null,
    placeSuffixes: null,
    locative: ['in', 'at', 'near', 'inside', 'within', 'on'],
    directional: ['to', 'into', 'towards?'],
    source: ['from', 'out\\s+of'],
    deliveryTo: [],
    marketNouns: ['markets?'],
    destination: ['bound\\s+for', 'destined\\s+for'],
    shareOf: ['share\\s+of'],
    buyerNouns: ['customers?', 'clients?', 'buyers?', 'dealers?'],
    abroad: ['abroad', 'overseas', 'outside\\s+(?:the\\s+|its\\s+|their\\s+)?(?:home\\s+market|domestic\\s+market|country)'],
    // a place that only situates another (`southeast of Tbilisi`, `50 km north of Almaty`) or is excluded (`outside Kazakhstan`)
    other: ['as', 'like', 'including', 'than', 'outside', '(?:north|south|east|west|north-?east|south-?east|north-?west|south-?west)(?:ern)?\\s+of'],
    skip: ['the', 'a', 'an', 'its', 'their', 'region', 'city', 'town', 'province', 'district', 'area', 'zone', 'country', 'countries', 'such', 'plant', 'factory', 'facility', 'site'],
    placeNouns: ['region', 'city', 'town', 'province', 'district', 'area', 'zone', 'park', 'markets?', 'country', 'territory'],
    products: [
      ['combines?|combine\\s+harvesters?', 'combines'], ['locomotives?', 'locomotives'], ['trams?|tramcars?', 'trams'], ['(?:car-carrier\\s+|freight\\s+)?wagons?|railcars?', 'wagons'], ['cotton\\s+(?:harvesters?|pickers?)', 'cotton_harvesters'],
      ['passenger\\s+(?:cars?|vehicles?)', 'cars', 'passenger cars'],
      ['(?:cars?|vehicles?|automobiles?|autos?|SUVs?|pickups?|crossovers?|sedans?|units)', 'cars'],
      ['bus(?:es)?', 'buses'], ['trucks?|lorries|lorry', 'trucks'], ['tractors?', 'tractors'],
      ['(?:spare\\s+|automobile\\s+|auto\\s+|car\\s+)?parts|components', 'parts'], ['engines?', 'engines'],
      ['agricultural\\s+machinery', 'machinery', 'agricultural machinery'], ['machinery', 'machinery'], ['machines', 'machinery'],
      ['(?:battery\\s+)?packs', 'battery_packs'], ['batter(?:y|ies)', 'batteries'], ['seed\\s+drills?', 'seed_drills'], ['axles?', 'axles'], ['cabins?', 'cabins'], ['gearbox(?:es)?', 'gearboxes'], ['bogies?', 'bogies'], ['(?:wiring\\s+|cable\\s+)harness(?:es)?', 'wiring_harnesses'], ['(?:semi-)?trailers?', 'trailers'],
    ],
    increase: ['increas(?:e|ing)', 'rais(?:e|ing)', 'boost(?:ing)?', 'expand(?:ing)?', 'grow(?:ing)?', 'bring(?:ing)?', 'doubl(?:e|ing)', 'reach(?:ing)?', 'ramp(?:ing)?\\s+up'],
    toWords: ['to', 'up\\s+to'],
    fromWords: ['from', 'currently', 'now'],
    tellVerbs: ['told', 'informed'],
    plantNouns: ['plants?', 'factor(?:y|ies)', 'facilit(?:y|ies)', 'works', 'assembly\\s+lines?', 'production', 'manufacturing', 'sites?', 'complex', 'cluster', 'enterprise', 'gigafactory', 'projects?', '(?:paint|assembly|body|press)\\s+shops?', 'modernization', 'modernisation', 'expansion'],
    roleNouns: ['secretary', 'mayor', 'hokim', 'akim', 'spokes(?:man|woman|person)', 'CEO', 'chief', 'head', 'director', 'president', 'chair(?:man|woman)?', 'minister', 'manager', 'governor', 'ambassador', 'executive', 'deputy', 'board', 'officer'],
    genitive: ["of", "between", "with", "by", "and"],
    brandNouns: ["brand(?:\\s+name)?", "make"],
    counters: ["units?", "pieces?", "machines"],
    vehicles: ["vehicles?"],
    hedges: ["may", "might", "could", "possibly", "perhaps", "probably"],
    changeBefore: ["by", "up", "down", "rose", "fell", "grew", "jumped", "dropped", "declined", "increased", "decreased", "climbed", "surged", "slipped", "plus", "minus"],
    changeAfter: ["more", "less", "higher", "lower"],
    partitive: ["of\\s+which", "of\\s+them", "including", "of\\s+(?:this|that|these|those)\\s+(?:number|total|figure)"],
    during: ["during", "in\\s+the\\s+course\\s+of"],
    passiveAgent: ["by"],
    compoundHeads: ["cycle", "process", "processes", "method", "methods", "lines?", "facilit(?:y|ies)", "plants?", "sites?", "base", "chain", "equipment", "technolog(?:y|ies)", "zones?", "areas?", "compan(?:y|ies)", "units?", "workers", "staff", "halls?", "shops?", "costs?", "programm?e?s?", "schedule", "standards?", "enterprises?", "network", "team", "markets?", "manager", "department", "office", "tax", "duties", "license", "licence", "potential"],
    compoundHeadsBefore: [],
    listJoin: ['and', 'or'],
    ownOrgBefore: ['of', 'of\\s+the'],
    ownOrgAfter: ['[\'’]s\\s+'],
    // (and a founding date in an apposition: `Ordabasy, founded in 2011, employs 2,300 people`)
    comparisonBefore: ['than(?:\\s+in)?', 'as\\s+in', 'compared\\s+(?:with|to)(?:\\s+the)?', 'versus', '(?:founded|established|set\\s+up|created)\\s+in'],
    negationAfterVerb: false,
    subjectAfterVerb: false,
    brandAfterProduct: false,
    caseAfterPreposition: null,
    participleEnding: null,
    reducedRelative: {
      participle: "(?:ed|sold|made|built)$",
      auxiliaryBefore: "(?:^|[^\\p{L}])(?:is|are|was|were|be|been|being|has|have|had|will|would|to|it)\\s+(?:(?:\\p{L}+ly|already|also|not|then|first|both|all|each|still|now)\\s+)?$",
      pronounBefore: "(?:^|\\s)(?:that|which|who|it|they|he|she)\\s*$",
      prepositionAfter: "^\\s+(?:by|at|in|on|under|from|with|for|here|there|abroad|locally)(?![\\p{L}])",
      subjectBefore: "(?:plant|factory|company|enterprise|manufacturer|maker|automaker|it|they)\\s*$",
      appositionBefore: ",\\s*(?:(?:both|all|each|mostly|mainly|largely)\\s+)?$",
    },
    futureAuxiliary: null,
    complementizer: "^\\s*(?:that|to|so\\s+that)\\s",
    coordinatedComplementizers: ['that'],
    startsAhead: ['begins?', 'starts?', 'commences?'],
    pronounSubject: "(?<![\\p{L}])(?:(?:it|they)\\s+(?:\\p{L}+\\s+){0,2}|(?:its|their)\\s+)$",
    relative: "^\\s*(?:that|which|who)\\s",
    jointly: "^\\s*(?:,\\s*)?(?:together|jointly|along)\\s+with\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}$",
    partner: "(?:together|jointly|along)\\s+with|in\\s+partnership\\s+with|between|with|by",
    futureDay: "(?:next|coming|this)\\s+$",
    futureNear: "(?<![\\p{L}])(?:will|shall|to\\s+be|is\\s+to|are\\s+to|due|scheduled|planned)(?![\\p{L}])[^.;,]{0,30}$",
    nonParticipant: ['according\\s+to', 'subsidiary\\s+of', 'a\\s+unit\\s+of', 'division\\s+of', 'part\\s+of', 'owned\\s+by', 'quoted\\s+by', 'cited\\s+by', 'replacing', 'succeeding', '(?:who|which)\\s+(?:replaced|succeeded|replaces|succeeds)', 'successor\\s+to', 'former\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:of|at|with)', 'formerly\\s+(?:with|at|of)', 'outside(?:\\s+of)?', 'beyond', 'like', 'unlike'],
    stakeOf: ['of(?:\\s+the)?', 'in(?:\\s+the)?'],
    groupNouns: ['officials', 'analysts', 'experts', 'authorities', 'residents', 'sources', 'observers', 'dealers'],
    stateNouns: ['state', 'government', 'ambassador', 'embassy', 'manufacturers', 'producers', 'makers', 'carmakers', 'automakers', 'exporters'],
    beneficiary: ['for'],
    supply: ['suppl(?:y|ies|ied|ying)', 'deliver(?:s|ed|ing|y|ies)?', 'provid(?:e|es|ed|ing)', 'sell(?:s|ing)?', 'sold'],
    purpose: ['to', 'in\\s+order\\s+to'],
    recipient: ['to'],
  },
  discourse: {
    definite: ['the', 'this', 'that', 'these', 'those'],
    fresh: ['a', 'an', 'new', 'another', 'second', 'one', 'some', 'its', 'their', 'own'],
    plantNouns: ['plants?', 'factor(?:y|ies)', 'facilit(?:y|ies)', 'enterprises?', 'works', '(?:assembly|production)\\s+lines?', 'projects?', 'joint\\s+ventures?', 'ventures?', 'production\\s+sites?', 'complex', 'gigafactory'],
    reportBack: ['this\\s+was\\s+(?:announced|reported|said|confirmed|stated)', 'that\\s+is\\s+what'],
    pressAudience: ['reporters', 'journalists', 'the\\s+press', '(?:a|the)\\s+(?:news|press)\\s+conference'],
    occasionNouns: ['ceremony', 'the\\s+signing', 'at\\s+the\\s+opening', 'at\\s+the\\s+(?:\\p{L}+\\s+)?meeting', '(?:immediately|shortly)\\s+afterwards?'],
    companyNouns: ['compan(?:y|ies)', '(?:car\\s+|auto\\s+|vehicle\\s+|automobile\\s+)?(?:manufacturer|maker|producer)', 'automaker', 'carmaker', '(?:parts\\s+)?suppliers?', 'firm', 'concern', 'corporation'],
    ventureNouns: ['joint\\s+ventures?', 'ventures?'],
    sideNouns: ['side', 'partner'],
    homeMarket: ['(?:domestic|local|home)\\s+markets?', 'domestic\\s+sales'],
    countryWide: ['the\\s+country[\'’]s\\s+(?:[\\p{L}-]+\\s+)?(?:plants|factories|carmakers|automakers|manufacturers|makers|companies|producers)', '(?:plants|factories|carmakers|automakers|manufacturers|companies|producers)\\s+(?:of|in)\\s+the\\s+country'],
    aggregateNouns: ['exports?', 'imports?', 'investments?'],
    inCountry: ['in\\s+the\\s+country'],
    pair: ['(?:the\\s+(?:two\\s+)?|both\\s+)(?:countries|states|nations|sides|parties)'],
    companyPair: ['(?:the\\s+two|both)\\s+(?:companies|firms|partners|groups|manufacturers)|the\\s+partners'],
    pairBlock: ['of', 'between', 'with', 'for', 'to', 'among', 'from', 'in'],
    placeAdverbs: ['here', 'there'],
    notPlace: '\\s+(?:is|are|was|were|will|would|has|have|had|may|might|could|should|must|seems?|seemed|remains?|remained|exists?|existed|appears?|appeared)(?![\\p{L}])|[\'’]s',
    productDemonstrative: ['(?:these|those|such)\\s+(?:\\p{L}+\\s+)?(?:cars|vehicles|automobiles|models|parts|components|products|buses|trucks|engines|SUVs)'],
    possessiveStart: ['its', 'their'],
    personalPossessive: ['his', 'her'],
    relativeMonths: [['this\\s+month', 0], ['last\\s+month|(?:the\\s+)?previous\\s+month', -1], ['next\\s+month', 1]],
    yearEarlier: ['a\\s+year\\s+(?:earlier|before)', 'the\\s+year\\s+before'],
    relativeYears: [
      // (and the end of this year, or this whole one: `before the end of the year`, `for the full year`)
      ['this\\s+year(?:[\'’]s)?|(?:the\\s+)?current\\s+year|the\\s+end\\s+of\\s+the\\s+year|the\\s+full\\s+year', 0],
      ['last\\s+year(?:[\'’]s)?|(?:the\\s+)?previous\\s+year|a\\s+year\\s+ago', -1],
      ['next\\s+year(?:[\'’]s)?|(?:the\\s+)?coming\\s+year|in\\s+a\\s+year[\'’]s\\s+time|a\\s+year\\s+from\\s+now', 1],
    ],
    seasons: [
      ['(?:in\\s+the|this)\\s+spring(?!\\s+(?:of\\s+)?\\d)', 5],
      ['(?:in\\s+the|this)\\s+summer(?!\\s+(?:of\\s+)?\\d)', 8],
      ['(?:in\\s+the|this)\\s+(?:autumn|fall)(?!\\s+(?:of\\s+)?\\d)', 11],
    ],
    current: ['currently', 'now', 'at\\s+present', 'presently', 'today'],
    locative: ['in', 'at', 'near', 'inside', 'on'],
    located: ['located', 'based', 'situated', '(?:is|are|was|were)\\s+(?:located|based|situated)', 'lies', 'stands'],
    genitive: ['of'],
    target: ['by', 'until', 'till', 'through'],
    future: ['could', 'might', 'may', 'forecast\\p{L}*', 'projected', 'expected', 'estimated'],
    source: ['according\\s+to', 'told', 'informed', '(?:cited|quoted|reported)\\s+by'],
    institutions: ['ministr(?:y|ies)', 'agenc(?:y|ies)', 'bank', 'committee', 'council', 'government', 'administration', 'authorit(?:y|ies)', 'department', 'office', 'fund', 'association', 'union', 'corporation', 'group', 'holding', 'conglomerate', 'alliance', 'chamber', 'commission'],
    nonCompany: ['minist', 'administra', 'government', 'agency', 'committee', 'council', 'parliament', 'news', 'press', 'media'],
  },
} satisfies LanguagePack;
