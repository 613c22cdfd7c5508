/** French: everything the pipeline reads about the language. */
import type { LanguagePack, NumWord } from './types.js';
import { ROMANISED_SURNAME_ENDINGS } from './shared.js';

function numberWords(): Map<string, NumWord> {
  const m = new Map<string, NumWord>();
  const units = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
  units.forEach((w, i) => m.set(w, { kind: i ? 'unit' : 'zero', value: i }));
  m.set('une', { kind: 'unit', value: 1, article: true });
  m.set('un', { kind: 'unit', value: 1, article: true });
  ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'].forEach((w, i) => m.set(w, { kind: 'teen', value: 10 + i }));
  const tens: Array<[string, number]> = [
    ['vingt', 20],
    ['vingts', 20],
    ['trente', 30],
    ['quarante', 40],
    ['cinquante', 50],
    ['soixante', 60],
  ];
  for (const [w, v] of tens) m.set(w, { kind: 'tens', value: v });
  m.set('cent', { kind: 'hundred', value: 100 });
  m.set('cents', { kind: 'hundred', value: 100 });
  m.set('mille', { kind: 'scale', value: 1e3 });
  m.set('mil', { kind: 'scale', value: 1e3 });
  for (const [w, v] of [
    ['million', 1e6],
    ['millions', 1e6],
    ['milliard', 1e9],
    ['milliards', 1e9],
    ['md', 1e9],
    ['mds', 1e9],
    ['mrd', 1e9],
    ['mln', 1e6],
  ] as Array<[string, number]>)
    m.set(w, { kind: 'scale', value: v });
  m.set('douzaine', { kind: 'dozen', value: 12 });
  m.set('premier', { kind: 'unit', value: 1, ordinal: true });
  m.set('première', { kind: 'unit', value: 1, ordinal: true });
  m.set('premiers', { kind: 'unit', value: 1, ordinal: true });
  m.set('premières', { kind: 'unit', value: 1, ordinal: true });
  m.set('second', { kind: 'unit', value: 2, ordinal: true });
  m.set('seconde', { kind: 'unit', value: 2, ordinal: true });
  // -ième ordinals
  for (const [w, e] of [...m]) {
    if (e.ordinal || e.article || e.kind === 'scale' && w.length < 4) continue;
    let stem = w.endsWith('e') ? w.slice(0, -1) : w;
    if (w === 'cinq') stem = 'cinqu';
    if (w === 'neuf') stem = 'neuv';
    if (w.endsWith('s') && e.kind !== 'unit') continue;
    if (!m.has(stem + 'ième')) m.set(stem + 'ième', { ...e, ordinal: true });
    if (!m.has(stem + 'ièmes')) m.set(stem + 'ièmes', { ...e, ordinal: true });
  }
  m.delete('unième');
  // denominators with their own words: un tiers, trois quarts
  m.set('tiers', { kind: 'unit', value: 3, ordinal: true, fraction: true });
  m.set('quart', { kind: 'unit', value: 4, ordinal: true, fraction: true });
  m.set('quarts', { kind: 'unit', value: 4, ordinal: true, fraction: true });
  return m;
}

const NUMBER_WORDS = numberWords();

export const fr = {
  code: 'fr',
  name: 'French',
  scripts: ['Latin'],
  names: {
    apostropheSuffix: false,
    surnameEndings: ROMANISED_SURNAME_ENDINGS,
    companyApposition: 6,
    institutionCompoundHeads: [],
    companyNameHeads: ['industries?', 'automobiles?'],
    companyNamesHeadFirst: true,
    honorifics: ['M\\.', 'Mme\\.?', 'Mlle\\.?'],
    capitalisedNouns: false,
    portfolios: {
      links: ['de\\s+la', "de\\s+l['’]", 'du', 'des', "d['’]", 'de'],
      words: ['économie', 'industrie', 'finances', 'commerce', 'énergie', 'transports', 'agriculture', 'défense', 'intérieur', 'travail', 'état', 'extérieures'],
    },
    regionPhrase: null,
    // company-vote: WikiNEuRal-fr -0.06, no gain on the French tune articles (merge gate)
    mergeOverridesOff: ['company-vote'],
    legalForms: [
      ['SA', ['SA', 'S.A.', 'société anonyme', 'SAS']],
      ['LLC', ['SARL']],
    ],
  },
  numbers: {
    decimal: ',',
    word: (w) => NUMBER_WORDS.get(w) ?? null,
    decimalWords: ['virgule'],
    negativeWords: [],
    halfAfter: [],
    fractionOf: "des?|du|d['’]",
    fractionWords: [],
    vigesimal: true,
    multiplyScales: false,
    scaleLinker: "de |d['’]",
    coordinators: ['et'],
    connectors: ['et'],
    digitOrdinal: 'er|re|ère|e|è|ème|eme|è?res?',
    hyphenOrdinal: null,
    relativeOrdinals: [
      ['avant-derni(?:er|ère)s?|pénultième', 'end-1'],
      ['derni(?:er|ère)s?', 'end+0'],
      ['prochaine?s?|suivante?s?', 'current+1'],
      ['précédente?s?', 'current-1'],
      ['actuelle?s?', 'current+0'],
    ],
    dotOrdinal: null,
    rates: { after: ["par (?:an|mois|jour|semaine|année)"], adverbs: ["annuellement"], before: ["annuelle\\s+de\\s+"] },
    approximators: ["environ"],
    pronounQuantifiers: ['tous', 'toutes', 'tous\\s+les', 'toutes\\s+les'],
    percentAfter: ['pour ?cent', 'points? de pourcentage'],
    percentBefore: [],
    ranges: {
      between: [['entre', 'et', '']],
      fromTo: [['de', 'à', '']],
      through: [],
      before: { ge: ['au moins'], le: ["jusqu'à", 'au plus'], gt: ['plus de'], lt: ['moins de'], eq: [] },
      after: { ge: ['ou plus'], le: ['ou moins'] },
      orEqual: null,
    },
    notUnits: [
      "et", "de", "du", "des", "à", "en", "le", "la", "les", "par", "pour", "au", "aux", "ou", "vers", "dans", "sans", "sous", "sur", "avec", "chez", "entre",
      "après", "depuis", "pendant", "selon", "contre", "plus", "moins", "très", "mais", "puis", "alors", "dont", "qui", "que", "nous", "vous", "ces", "ses",
      "leurs", "nos", "vos", "tous", "toutes", "autres",
    ],
    units: {
      car: ['voitures?', 'véhicules?', 'unités'],
      truck: ['camions?'],
      bus: ['autobus', 'bus', 'autocars?', 'minibus', 'trolleybus'],
      job: ['emplois?'],
      country: ['pays'],
      region: ['régions?'],
      year: ['ans', 'années?'],
      month: ['mois'],
      day: ['jours?'],
      week: ['semaines?'],
      times: ['fois'],
      person: ['personnes'],
      employee: ['salariés'],
      plant: ['usines?'],
      company: ['entreprises?'],
      manufacturer: ['équipementiers?', 'fabricants?'],
      type: ['modèles?'],
      resident: ['habitants?'],
      km: ['kilomètres?'],
      kg: ['kilogrammes?'],
      tonne: ['tonnes?'],
      // the goods a vehicle, machinery, rail and component maker counts
      van: ['fourgons?', 'fourgonnettes?'],
      trailer: ['(?:semi-)?remorques?'],
      motorcycle: ['motos', 'motocyclettes?'],
      tractor: ['tracteurs?'],
      combine: ['moissonneuses?(?:-batteuses?)?'],
      seed_drill: ['semoirs?'],
      sprayer: ['pulvérisateurs?'],
      harvester: ['récolteuses?', 'ensileuses?'],
      machine: ['machines?'],
      locomotive: ['locomotives?'],
      wagon: ['wagons?', 'voitures (?:de )?voyageurs'],
      tram: ['tramways?', 'rames?'],
      train: ['trains?'],
      engine: ['moteurs?'],
      axle: ['essieux', 'essieu'],
      cabin: ['cabines?'],
      gearbox: ['boîtes de vitesses'],
      battery_pack: ['packs?(?: de batteries)?', 'blocs-batteries'],
      battery_cell: ['cellules(?: de batterie)?'],
      bogie: ['bogies?'],
      wiring_harness: ['faisceaux(?: de câbles| électriques)?'],
      seat: ['sièges?'],
      tyre: ['pneus?', 'pneumatiques?'],
      chassis: ['châssis'],
      gwh: ['gwh', 'gigawattheures?'],
      mwh: ['mwh', 'mégawattheures?'],
    },
    dimensionUnits: ['(?:kilo|centi|milli)?mètres?', 'kilomètres? (?:par|à l\'|de l\')heure', 'mètres? carrés?', 'mètres? cubes?', 'hectares?', '(?:milli|centi)?litres?', '(?:kilo|milli)?grammes?', 'tonnes?', 'milles?', 'degrés?', '(?:kilo|méga|giga|téra)?octets?'],
    ages: [],
    temperatureWords: ["degrés?"],
    currencies: [
      ['francs? cfa beac', 'XAF'],
      ['francs? cfa(?: bceao)?', 'XOF', 'franc CFA: West African (XOF) assumed, Central African is XAF'],
      ['dollars? (?:us|américains?)\\b', 'USD'],
      ['canadiens? dollars?', 'CAD'],
      ['dollars? canadiens?', 'CAD'],
      ['turques? (?:liras?|lire)', 'TRY'],
      ['(?:livres?|lires?) turques?', 'TRY'],
      ['livres? sterling', 'GBP'],
      ['dollars?', 'USD', 'dollar: currency not named (US dollar assumed)'],
      ['euros?', 'EUR'],
      ['francs? suisses?', 'CHF'], ['manats? turkmènes?', 'TMT'], ['soms?(?:\\s+kirghiz)?', 'KGS'],
      ['roubles?', 'RUB'], ['tenges?', 'KZT'], ['manats?', 'AZN'], ['soums?|sums?', 'UZS'],
      ['yuans?|renminbis?', 'CNY'], ['wons?', 'KRW'], ['yens?', 'JPY'], ['laris?', 'GEL'], ['somonis?', 'TJS'], ['roupies?', 'INR'], ['hryvnias?', 'UAH'], ['zlotys?', 'PLN'],
      ['francs?', null, 'franc: country not named'],
    ],
    suffixes: [],
  },
  dates: {
    chrono: 'fr',
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    monthStems: false,
    monthsCapitalized: false,
    monthAbbreviations: ['janv', 'févr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc'],
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    yearEdges: ["(?:été|hiver|printemps|automne)(?:\\s+de)?", "fin", "début", "mi-"],
    quarters: ["trimestres?"],
    halves: ["semestres?"],
    monthSpans: ["mois"],
    monthSpanOpeners: [],
    periodYear: { of: ["de", "d['’]"], thisYear: ["de l['’]année", "de cette année"] },
    yearAfter: [],
    targetYearBefore: ['d\'ici', 'jusqu\'en', 'à partir de', 'dès'],
    targetYearAfter: [],
  },
  events: {
    triggers: [
      // a market share is a sales figure (`Доля Lada на рынке составила 30,5%`), not a stake
      { type: 'sales', pos: 'noun', priority: 3, pattern: 'parts?\\s+de\\s+marché' },
      { type: 'agreement', pos: 'verb', pattern: 'commandes?|command(?:é|ée|és|ées)' },
      // the share of local parts is a production target (`Der Anteil lokal gefertigter Komponenten soll … auf 40 Prozent steigen`)
      { type: 'production', pos: 'noun', role: 'capacity', priority: 4, pattern: 'taux\\s+de\\s+localisation|localisation' },
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: 'lanc(?:é|e|er|ent|era|ée|és|ées|ait)\\s+(?:\\p{L}+\\s+){0,3}?(?:la\\s+)?(?:production|fabrication|assemblage)|(?:début|démarrage|lancement)\\s+de\\s+la\\s+(?:production|fabrication)|ouvert(?:ure)?\\p{L}*\\s+(?:d[\'’]une?|une?|l[ae\'’]|la|le)?\\s*(?:nouvelle?\\s+)?(?:usine|site|chaîne)|commenc\\p{L}*\\s+(?:\\p{L}+ment\\s+)?à\\s+(?:produire|fabriquer|assembler)|(?:production|fabrication|assemblage)(?![\\p{L}])[^.;]{0,60}?(?:a|ont|avait|sera|va|vont)\\s+(?:\\p{L}+ment\\s+)?(?:démarré|débuté|commencé|démarrer|débuter|commencer)|(?:production|fabrication|assemblage)\\s+(?:démarr|début|commenc)(?:e|era|ait|er|ée)(?![\\p{L}])' },
      // a plant that switches to production starts it (`est passée de l'assemblage en kits à une production en cycle complet`)
      { type: 'plant_launch', pos: 'verb', priority: 3, pattern: 'pass(?:e|é|ée|és|ées|ent|er|era|eront)\\s+d(?:e|u|es|[\'’])[^.;]{0,80}?\\s(?:à|au)\\s+(?:la\\s+|une\\s+)?(?:production|fabrication)' },
      { type: 'plant_launch', pos: 'verb', priority: 2, requires: 'plant', pattern: 'lancement|démarr\\p{L}*|inaugur\\p{L}*|mis(?:e)?\\s+en\\s+service|mise\\s+en\\s+route|entr(?:e|ent|é|ée|er|era|eront)\\s+en\\s+(?:service|production|activité|fonctionnement)|commencer(?:a|ont)\\s+à\\s+fonctionner' },
      // la construction comme sujet d'un début renvoie à l'usine de l'article (`La construction débutera en mai`)
      { type: 'plant_construction', pos: 'verb', priority: 4, pattern: '(?:construction|travaux)\\s+(?:commencer(?:a|ont)|débuter(?:a|ont)|démarrer(?:a|ont)|(?:a|ont)\\s+(?:commencé|débuté|démarré))' },
      // the first stone laid is a construction begun (`la pose de la première pierre de l'usine`)
      { type: 'plant_construction', pos: 'verb', priority: 4, pattern: 'pos(?:e|é|ée|er|era|eront|ait)\\s+(?:de\\s+)?la\\s+première\\s+pierre' },
      { type: 'plant_construction', pos: 'verb', priority: 3, requires: 'plant',
        pattern: 'construction|construi(?:t|s|sent|ra|ront|re|te|ts|tes|sait|saient)|bâti(?:t|ssent|ra|r)|édifi\\p{L}*|érig\\p{L}*' },
      { type: 'production', pos: 'verb', role: 'capacity', priority: 3, pattern: '(?:peut|pourra|pourront|peuvent)\\s+(?:produire|fabriquer|assembler)|(?:capables?|conçue?s?)\\s+(?:de|pour)\\s+(?:produire|fabriquer|assembler|couler)' },
      // goods counted as what is planned (`1 500 camions sont prévus cette année`)
      { type: 'production', pos: 'verb', requires: 'product', pattern: '(?<=\\d[\\d·]*\\s+\\p{L}+\\s+(?:sont|est|seront|sera)\\s+)prévu(?:e|s|es)?(?![\\p{L}])' },
      { type: 'production', pos: 'noun', role: 'capacity', priority: 3, pattern: 'capacités?' },
      // carrosser is a coachbuilder's making of vehicles (`a carrossé 1 180 autobus l'an dernier`)
      { type: 'production', pos: 'verb', priority: 2, requires: 'product', pattern: 'carross(?:e|ent|é|ée|és|ées|era|eront|ait|aient|er)' },
      // not the noun (`les produits`) nor `se produire` (to happen)
      { type: 'production', pos: 'verb', pattern: '(?<!(?:les|des|un|une|du|de|ces|nos|vos|leurs|ses|son|sa|le|la|ce|cet|cette|d[\'’]|l[\'’]|nouveaux|nouveau|plusieurs|certains|autres|aux|tous\\s+les|mêmes|principaux)\\s)(?<!(?:se|s[\'’]est|s[\'’]était|s[\'’]étaient|sont|se\\s+sont|qui\\s+se|se\\s+soit|se\\s+soient|s[\'’]être)\\s)produits?|(?<!(?:se|s[\'’]est|s[\'’]était|s[\'’]étaient|sont|se\\s+sont|qui\\s+se|se\\s+soit|se\\s+soient|s[\'’]être|va\\s+se|peut\\s+se)\\s)produi(?:s|sent|ra|ront|rait|raient|sait|saient|re|te|tes|sant)|fabriqu\\p{L}*|assembl(?:e|é|ée|és|ées|ent|era|eront|ait|er)|sort(?:ent|ies)?\\s+des\\s+chaînes' },
      // sortir des chaînes, c'est être produit (`les premières voitures sont sorties de la chaîne de montage`)
      // … or out of the plant (`41 300 camions sont sortis de l'usine de Bourg-en-Bresse`), or to leave the lines
      { type: 'production', pos: 'verb', pattern: 'sort\\p{L}*\\s+(?:des|de\\s+la|de\\s+l[\'’])\\s*(?:cha[iî]nes?|lignes?|usines?)(?:\\s+de\\s+(?:montage|production|fabrication))?|quitt\\p{L}*\\s+(?:les|la)\\s+(?:cha[iî]nes?|lignes?)(?:\\s+de\\s+(?:montage|production|fabrication))?' },
      { type: 'production', pos: 'noun', pattern: 'production|fabrication' },
      { type: 'export', pos: 'verb', pattern: 'export(?:e|é|ée|és|ées|ent|era|eront|erait|eraient|ait|aient|er)' },
      { type: 'export', pos: 'noun', pattern: '(?<!(?:plateforme|pôle|base|hub)\\s+d[\'’])exportations?' },
      { type: 'export', pos: 'verb', priority: 2, requires: 'destination', pattern: 'livr(?:e|é|ée|és|ées|ent|era|eront|er|ait|aient)|livraisons?|fourni(?:t|ssent|ssait|ssaient|ra|ront|r)|expédi\\p{L}*|envoi(?:e|ent|s)?|envoy(?:é|ée|és|ées|er|ait|aient)|enverr(?:a|ont)' },
      { type: 'sales', pos: 'verb', pattern: 'vend(?!redi)\\p{L}*|écoul\\p{L}*' },
      // a market's purchases counted in units (`les agriculteurs kazakhs ont acheté 7 850 machines`): the sales of that market
      { type: 'sales', pos: 'verb', pattern: '(?:achet(?:é|ent|èrent|aient)|acquis)(?=\\s+(?:environ\\s+|près\\s+de\\s+|plus\\s+de\\s+)?\\d[\\d\\s\\u00a0\\u202f]*\\s+(?!pour\\s+cent)\\p{L})' },
      { type: 'sales', pos: 'noun', pattern: 'ventes?|immatriculations|livraisons' },
      // revenue is the money of sales (`son chiffre d'affaires a progressé de 19 % pour atteindre 212 millions d'euros`)
      { type: 'sales', pos: 'noun', pattern: 'chiffres?\\s+d[\'’]affaires' },
      { type: 'trade', pos: 'noun', pattern: 'échanges\\s+commerciaux|commerce' },
      { type: 'investment', pos: 'verb', pattern: 'invest(?:i|it|ir|issent|ira|iront|issait|irait|iraient)' },
      // money that finances a site, by its agent (`Le chantier est financé à hauteur de 85 millions de manats par X`)
      { type: 'investment', pos: 'verb', pattern: 'financ(?:é|ée|és|ées|er|era|eront|ait|aient|e|ent)(?![\\p{L}])' },
      { type: 'investment', pos: 'noun', pattern: 'investissements?|investisseurs?|coût\\s+(?:total\\s+)?du\\s+projet|financement|programmes?(?=[^.;]{0,100}?(?:d[\'’]un\\s+montant\\s+de|dotée?\\s+de|d[\'’]une\\s+valeur\\s+de)\\s+(?:près\\s+de\\s+|environ\\s+)?\\d)' },
      // money set aside for a goal (`1 800 milliards de soums seront consacrés à la localisation`, `une enveloppe débloquée`)
      { type: 'investment', pos: 'noun', pattern: '(?:consacr|allou|débloqu|inject)(?:é|ée|és|ées|er|era|eront|erait|eraient)' },
      // a partner's contribution of a sum (`détiendra 50 % du capital et apportera 22 millions d'euros`)
      { type: 'investment', pos: 'verb', pattern: 'apport(?:e|ent|era|eront|erait|é|ait|aient|er)(?=\\s+(?:environ\\s+|près\\s+de\\s+|plus\\s+de\\s+)?\\d)' },
        { type: 'investment', pos: 'noun', requires: 'plant', pattern: 'coût(?:e|era|é|ait)|coûtera' },
      // what a works or plant is valued at (`Le chantier, évalué à 52 millions d'euros`)
      { type: 'investment', pos: 'noun', pattern: '(?<=(?:chantier|usine|site|projet|complexe|atelier|ligne)s?,?\\s+)(?:évalu|estim|chiffr)(?:é|ée|és|ées)\\s+à' },
      // a share of a company bought is an investment with its price (`a acquis 60 % de X pour 31 millions d'euros`, `rachète 60 %`)
      { type: 'investment', pos: 'verb', pattern: '(?:acqui(?:ert|èrent|s|se|ses)|rach[eè]t\\p{L}*|achet(?:é|e|ent|èrent))(?=\\s+(?:environ\\s+)?\\d[\\d·\\s\\u00a0\\u202f.,]*\\s*(?:%|pour\\s*cent)(?!\\s+(?:d[eu]\\s+)?(?:la\\s+)?participation))' },
      // a share left with its holder (`les 40 % restants resteront entre les mains de son fondateur`)
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, holderAfter: true, pattern: '(?<=\\d\\s*(?:%|pour\\s*cent)[^.;]{0,40}?)(?:entre\\s+les|aux)\\s+mains\\s+(?:de|du|des|d[\'’])' },
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, pattern: 'participation|part\\s+(?=de\\s|du\\s)|parts|(?:dét(?:ien|en)\\p{L}*|poss[èé]d\\p{L}*|contr[ôo]l\\p{L}*)(?=\\s+(?:à\\s+)?(?:environ\\s+)?\\d[\\d·\\s\\u00a0\\u202f.,]*\\s*(?:%|pour\\s*cent))' },
      { type: 'agreement', pos: 'verb', pattern: '(?<!d[\'’])accords?|sign(?:é|ée|és|ées|ent|er|era|eront|ature)|protocole|mémorandum|contrats?|convention' },
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: '(?:coopération|partenariat)\\s+(?:entre|avec)' },
      // négocier avec une partie nommée (`Alstom discute également avec la société Uzbekistan Railways de …`)
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: '(?:discut|négoci)\\p{L}*\\s+(?:\\p{L}+ment\\s+)?avec|en\\s+(?:discussions?|négociations?)\\s+avec' },
      { type: 'appointment', pos: 'verb', requires: 'role', pattern: 'nomm(?:é|ée|és|ées|e|ent|ait|er)|nomination|désign(?:é|ée|és)|prend\\s+la\\s+tête|(?:porté|placé)e?\\s+à\\s+la\\s+tête' },
      { type: 'visit', pos: 'verb', role: 'attendance', priority: 2, pattern: 'en\\s+présence\\s+d(?:u|es|e|[\'’])|présent\\p{L}*\\s+(?:à|lors\\s+de)\\s+(?:la\\s+|l[\'’]\\s*)(?:inauguration|cérémonie|signature|pose)|assist\\p{L}*\\s+à\\s+(?:la\\s+|l[\'’]\\s*)(?:inauguration|cérémonie|signature|pose)' },
      { type: 'visit', pos: 'verb', pattern: 'visit\\p{L}*|s[\'’]est\\s+rendu\\p{L}*|se\\s+rendra|déplacement' },
      // the auxiliary belongs to the verb, so a title before it is the clause's subject (`Le maire a déclaré`,
      // `X, avait auparavant demandé`)
      { type: 'statement', pos: 'verb', pattern: '(?:(?:a|ont|avait|avaient)\\s+(?:(?:\\p{L}+ment|auparavant|déjà|aussi|encore)\\s+)?)?(?:déclar(?:é|e|ait)|a\\s+dit|dit|a\\s+affirmé|affirm(?:é|e|ait)|indiqu(?:é|e|ait)|soulign(?:é|e|ait)|annonc(?:é|e|ait)|précis(?:é|e|ait)|expliqu(?:é|e|ait)|estim(?:é|e)|ajout(?:é|e)|assur(?:é|e|ait)|demand(?:é|e|ait)|ordonn(?:é|e|ait)|rappel(?:é|le|ait)|confi(?:é|e|ait)|insist(?:é|e|ait)|comment(?:é|e|ait)|fait\\s+savoir)' },
      { type: 'statement', pos: 'verb', pattern: "selon|d['’]après", requires: 'source' },
      // people who work at a site are its jobs (`1 350 personnes travaillent sur le site`)
      { type: 'jobs', pos: 'noun', pattern: '(?<=(?:personnes|salariés|employés|ouvriers|travailleurs|techniciens|ingénieurs)\\s+(?:y\\s+)?)travaill(?:e|ent|ait|aient|eront|eraient)|travaill(?:e|ent|ait|aient|eront|eraient)(?=\\s+(?:déjà\\s+|aujourd\\S?hui\\s+|actuellement\\s+|quelque\\s+|près\\s+de\\s+|plus\\s+de\\s+|environ\\s+)?\\d)' },
      { type: 'jobs', pos: 'noun', pattern: 'emplois?|postes\\s+de\\s+travail|salariés|employés|emploi(?:e|ent|era|eront)|embauch\\p{L}*|effectifs?' },
    ],
    // compter + infinitive only: « l'usine compte 2 000 salariés » is a fact
    planned: ['va', 'vont', 'devra\\p{L}*', 'doit', 'doivent', 'prévoi\\p{L}*', 'prévu\\p{L}*', 'prévoit', 'projet(?:te|tent|ait|aient|é|ée|és|ées)', 'en\\s+projet', 'envisag\\p{L}*', 'objectif\\p{L}*', 'vise\\p{L}*', 'compte(?:nt)?\\s+\\p{L}+(?:er|ir|re)', "d['’]ici\\s+(?:à\\s+)?(?:la\\s+fin\\s+)?(?:de\\s+)?20\\d\\d", 'à\\s+l[\'’]horizon', 'à\\s+terme', 'futur\\p{L}*', 'à\\s+l[\'’]avenir', 'souhait\\p{L}*', 'veu(?:t|lent)', 'voul(?:ons|ez|ait|aient)', 'à\\s+partir\\s+de\\s+20\\d\\d', 'ambitionn\\p{L}*', 'intention', 's[\'’]attend\\p{L}*\\s+à', 'entend(?:ent)?\\s+\\p{L}+(?:er|ir|re)', 'table(?:nt)?\\s+sur', 'prévision\\p{L}*', 'escompt\\p{L}*', 'devront'],
    futureTense: ['\\p{L}{2,}(?:era|eront|iront)', 'sera', 'seront', 'aura', 'auront', 'fera', 'feront', 'pourra', 'pourront', 'ira', 'verra', 'produira', 'produiront', 'construira', 'construiront', 'investira', 'investiront', 'atteindr(?:a|ont)', 'accroîtr(?:a|ont)', 'ouvrir(?:a|ont)', 'fournir(?:a|ont)', 'vendr(?:a|ont)', 'mettr(?:a|ont)', 'permettr(?:a|ont)', 'prendr(?:a|ont)', '\\p{L}{2,}(?:er|ir|dr)ai(?:t|ent)'],
    negation: ['ne\\s+(?:\\p{L}+\\s+)?(?:pas|jamais|plus|guère|point)', 'n[\'’]\\p{L}+\\s+(?:\\p{L}+\\s+)?(?:pas|jamais|plus|guère|point)', 'aucun\\p{L}*', 'suspendu\\p{L}*', 'arrêté\\p{L}*'],
    reported: ['selon\\s+des\\s+rumeurs', 'rumeurs?', 'prétendument', 'aurait', 'auraient', 'selon\\s+certaines\\s+sources', 'de\\s+source\\s+non\\s+confirmée', 'il\\s+semblerait', 'serait', 'seraient', 'selon\\s+la\\s+presse', 'présumé\\p{L}*'],
    negatedVerb: null,
    placeSuffixes: null,
    locative: ['à', 'au', 'aux', 'en', 'dans', 'près\\s+de'],
    directional: ['vers', 'à\\s+destination\\s+de', 'pour'],
    source: ['depuis', 'en\\s+provenance\\s+d(?:e|u|es)'],
    deliveryTo: ['en', 'au', 'aux', 'à'],
    marketNouns: ['marchés?'],
    destination: ['à\\s+destination\\s+(?:de|du|des)', 'destinée?s?\\s+(?:à|au|aux)'],
    shareOf: ['part\\s+(?:\\p{L}+\\s+)?(?:des|du|de\\s+l[\'’])'],
    buyerNouns: ['clients?', 'acheteurs?', 'concessionnaires?'],
    abroad: ['à\\s+l[\'’]étranger', 'à\\s+l[\'’]export', 'hors\\s+(?:de\\s+(?:l[\'’]|la\\s+)?|du\\s+)(?!question|prix|service|portée|danger|atteinte|course)\\p{L}+'],
    // a company's seat is no site of its facts (`un contrat signé avec cette société basée à Tbilissi`)
    other: ['comme', 'tels?\\s+que', 'telles?\\s+que', 'que', 'bas(?:é|ée|és|ées)\\s+(?:à|au|aux|en)', 'dont\\s+le\\s+siège\\s+(?:social\\s+)?est\\s+(?:à|au|aux|en)', 'siégeant\\s+(?:à|au|aux|en)'],
    skip: ['le', 'la', 'les', "l'", 'l’', 'un', 'une', 'région', 'ville', 'province', 'district', 'zone', 'pays', 'de', 'du', 'des'],
    placeNouns: ['usines?', 'sites?', 'coentreprises?', 'complexes?', 'région', 'ville', 'province', 'district', 'zone', 'marchés?', 'pays', 'territoire', 'parc'],
    products: [
      ['moissonneuses?(?:-batteuses?)?', 'combines', 'moissonneuses-batteuses'], ['locomotives?', 'locomotives', 'locomotives'], ['tramways?', 'trams', 'tramways'], ['rames?', 'trams', 'rames'], ['wagons?', 'wagons', 'wagons'],
      ['voitures?|véhicules?|automobiles?|autos?|SUV|unités', 'cars'],
      ['autobus', 'buses', 'autobus'], ['bus', 'buses', 'bus'], ['minibus', 'buses', 'minibus'], ['autocars?', 'buses', 'autocars'], ['trolleybus', 'buses', 'trolleybus'], ['camions?', 'trucks', 'camions'], ['poids\\s+lourds', 'trucks', 'poids lourds'], ['tracteurs?', 'tractors', 'tracteurs'],
      ['pièces(?:\\s+détachées)?', 'parts', 'pièces'], ['composants', 'parts', 'composants'], ['moteurs?', 'engines', 'moteurs'], ['machines\\s+agricoles', 'machinery', 'machines agricoles'], ['machines', 'machinery', 'machines'],
      ['packs?(?:\\s+de\\s+batteries)?|blocs-batteries', 'battery_packs', 'packs de batteries'], ['semoirs?', 'seed_drills', 'semoirs'], ['essieux|essieu', 'axles', 'essieux'], ['cabines?', 'cabins', 'cabines'], ['boîtes\\s+de\\s+vitesses', 'gearboxes', 'boîtes de vitesses'], ['bogies?', 'bogies', 'bogies'], ['faisceaux(?:\\s+de\\s+câbles|\\s+électriques)?', 'wiring_harnesses', 'faisceaux'], ['(?:semi-)?remorques?', 'trailers', 'remorques'],
    ],
    increase: ['augmenter', 'augmentera', 'augmenteront', 'porter', 'portera\\p{L}*', 'accroître', 'accroîtr(?:a|ont)', 'doubler(?:a|ont)?', 'relever', 'relèver(?:a|ont)', 'doubler', 'atteindre', 'atteindra'],
    toWords: ['à', 'jusqu[\'’]à'],
    fromWords: ['de', 'depuis', 'actuellement'],
    // a day or an adverb may stand between the verb and the medium told (`a indiqué jeudi à l'agence Trend`)
    // the medium's name may take the elided article (`a affirmé à l'AFP`, `a confié à l'Express`)
    tellVerbs: ["(?:a|ont|avait|avaient)\\s+(?:déclaré|dit|indiqué|confié|précisé|expliqué|annoncé|affirmé|assuré)(?:\\s+\\p{Ll}+)?\\s+(?:à|au)(?:\\s+l['’]agence(?:\\s+de\\s+presse)?(?:\\s+\\p{Ll}+)?|\\s+l['’])?", "(?:a|ont|avait|avaient)\\s+informé"],
    plantNouns: ['usines?', 'sites?', 'chaînes?', 'production', 'fabrication', 'assemblage', 'complexe', 'ateliers?', 'gigafactory', 'unité\\s+de\\s+production', 'projets?'],
    roleNouns: ['porte-parole', 'maire', 'secrétaire', 'préfet', 'hokim', 'akim', 'vice-ministre', 'directeur\\p{L}*', 'directrice', 'président\\p{L}*', 'PDG', 'ministre', 'patron\\p{L}*', 'chef', 'gouverneur', 'ambassadeur', 'responsable', 'administrat\\p{L}*', 'dirigeant\\p{L}*', 'poste', 'tête'],
    genitive: ["de", "d['’]", "du", "des", "entre", "avec", "par", "et"],
    brandNouns: ["marque"],
    counters: ["unités?", "machines"],
    vehicles: ["véhicules?"],
    hedges: ["pourrai(?:t|ent)", "peut-être", "éventuellement", "probablement", "sans\\s+doute", "il\\s+est\\s+possible\\s+que"],
    changeBefore: ["de", "du", "d['’]une?\\s+hausse\\s+de", "d['’]une?\\s+baisse\\s+de"],
    changeAfter: ["plus", "moins", "de\\s+plus", "de\\s+moins"],
    partitive: ["dont", "parmi\\s+lesquel(?:s|les)", "sur\\s+ce\\s+(?:total|nombre|volume)"],
    during: ["lors", "pendant", "au\\s+cours"],
    passiveAgent: ["par"],
    compoundHeads: [],
    compoundHeadsBefore: ['(?:processus|cycles?|méthodes?|lignes?|chaînes?|sites?|unités?|usines?|installations?|équipements?|technologies?|zones?|halls?|ateliers?|coûts?|programmes?|calendrier|normes?|réseaux?|équipes?|marchés?|responsables?|directeurs?|directions?|services?|départements?|taxes?|droits?|licences?|potentiel|outils?|bases?)\\s+(?:de|d[\'’])'],
    listJoin: ['et', 'ou'],
    ownOrgBefore: ['de', 'du', 'des', 'de\\s+la', 'd[\'’]'],
    ownOrgAfter: [],
    comparisonBefore: ['(?:plus|moins)\\s+qu(?:e(?:\\s+en)?|[\'’]en)', 'par\\s+rapport\\s+à', 'comparé(?:e|s|es)?\\s+à'],
    negationAfterVerb: true,
    subjectAfterVerb: false,
    brandAfterProduct: true,
    caseAfterPreposition: null,
    participleEnding: null,
    // `les camions assemblés à Kostanaï`: a participle after its noun, with no auxiliary (`ont été`, `sont`)
    reducedRelative: {
      participle: "(?:é|ée|és|ées|uit|uits|uite|uites)$",
      auxiliaryBefore: "(?:^|[^\\p{L}])(?:a|ont|avait|avaient|aura|auront|avoir|est|sont|était|étaient|sera|seront|été|être|qui|que|s['’]|se)\\s+(?:(?:\\p{L}+ment|déjà|aussi|pas|été|tou(?:s|tes)(?:\\s+(?:deux|trois))?)\\s+)?$",
      pronounBefore: "(?:^|\\s)(?:qui|il|elle|ils|elles|on)\\s*$",
      prepositionAfter: "^\\s+(?:par|à|au|aux|en|dans|sur|depuis|sous|localement|ici)(?![\\p{L}])",
      subjectBefore: "(?!)",
      appositionBefore: ",\\s*(?:(?:tou(?:s|tes)(?:\\s+(?:deux|trois))?|principalement)\\s+)?$",
    },
    futureAuxiliary: null,
    complementizer: "^\\s*(?:que|qu['’]|afin\\s+de|de|d['’])",
    coordinatedComplementizers: ['que', "qu['’]"],
    startsAhead: ['commence(?:nt)?', 'débute(?:nt)?', 'démarre(?:nt)?'],
    pronounAfterSaying: "(?<![\\p{L}])a-t-(?:il|elle)(?![\\p{L}])",
    pronounSubject: "(?<![\\p{L}])(?:(?:il|elle|ils|elles)\\s+(?:\\p{L}+\\s+){0,2}|(?:ses|son|sa|leurs?)\\s+)$",
    relative: "^\\s*(?:qui|lequel|laquelle)\\s",
    jointly: "^\\s*(?:conjointement|ensemble)\\s+avec\\s+(?:le|la|les|l['’])?\\s*(?:[\\p{L}-]+\\s+){0,2}$",
    partner: "(?:conjointement|ensemble)\\s+avec|en\\s+partenariat\\s+avec|entre|avec|par",
    futureDay: "(?:prochain|ce)\\s+$",
    futureNear: "(?<![\\p{L}])(?:va|vont|sera|seront|prévu\\p{L}*|doit|doivent)(?![\\p{L}])[^.;,]{0,30}$",
    nonParticipant: ['selon', 'd[\'’]après', 'filiale\\s+d(?:e|u|es)', 'propriété\\s+d(?:e|u|es)', 'détenue?s?\\s+par', 'division\\s+d(?:e|u|es)', 'cité\\p{L}*\\s+par', 'rempla(?:ce|çant|çante)', 'succ(?:ède|édant)\\s+à', "ancien(?:ne)?s?\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:de|du|des|d['’]|chez)", "ex-[\\p{L}-]+\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:de|du|des|d['’]|chez)", "(?:en\\s+dehors|hors)\\s+(?:de\\s+l['’]|d['’]|de|du|des)", "à\\s+l['’]instar\\s+(?:de\\s+l['’]|d['’]|de|du|des)", "contrairement\\s+(?:à\\s+l['’]|à|au|aux)"],
    stakeOf: ["de(?:\\s+la|\\s+l['’])?", 'du', 'des', "d['’]", "dans(?:\\s+(?:le|la|l['’]))?"],
    groupNouns: ['responsables', 'analystes', 'experts', 'autorités', 'habitants', 'observateurs', 'concessionnaires'],
    stateNouns: ['[ÉE]tat', 'gouvernement', 'ambassadeur', 'ambassade', 'constructeurs', 'fabricants', 'producteurs', 'industriels', 'exportateurs'],
    beneficiary: ['pour'],
    supply: ['fourni\\p{L}*', 'livr\\p{L}*', 'vend\\p{L}*'],
    purpose: ['pour', 'afin\\s+de', "afin\\s+d['’]"],
    recipient: ['à', 'au', 'aux'],
  },
  discourse: {
    definite: ['le', 'la', 'les', 'l[\'’]', 'cette', 'ce', 'cet', 'ces', 'du', 'au', 'aux'],
    fresh: ['un', 'une', 'nouvel\\p{L}*', 'nouveau\\p{L}*', 'autre', 'second\\p{L}*', 'deuxième', 'son', 'sa', 'ses', 'leur', 'leurs', 'propre'],
    plantNouns: ['usines?', 'sites?\\s+de\\s+production', 'complexes?', 'coentreprises?', 'entreprises?\\s+communes?', 'projets?', 'cha(?:î|i)nes?\\s+de\\s+(?:montage|production)', 'unités?\\s+de\\s+production', 'fabriques?'],
    reportBack: ["c['’]est\\s+ce\\s+qu['’]"],
    pressAudience: ['journalistes', 'la\\s+presse', 'conférence\\s+de\\s+presse'],
    occasionNouns: ['cérémonie', 'signature', "(?:lors\\s+de\\s+|à\\s+)l['’]inauguration", 'dans\\s+la\\s+foulée'],
    companyNouns: ['entreprises?', 'sociétés?', 'compagnies?', 'constructeurs?(?:\\s+automobiles?)?', 'groupe', 'holding', 'firmes?', 'fabricants?'],
    ventureNouns: ['coentreprises?', 'soci(?:é|e)t(?:é|e)s?\\s+communes?', 'entreprises?\\s+communes?'],
    sideNouns: ['partie', 'partenaire'],
    homeMarket: ['marchés?\\s+(?:intérieur|national|local|domestique)s?'],
    countryWide: ['(?:usines|entreprises|constructeurs|fabricants)\\s+du\\s+pays'],
    aggregateNouns: ['exportations?', 'importations?', 'investissements?'],
    inCountry: ['dans\\s+le\\s+pays'],
    pair: ['les\\s+deux\\s+(?:pays|parties|États|Etats|côtés)|ces\\s+deux\\s+pays'],
    companyPair: ['les\\s+deux\\s+(?:entreprises|sociétés|groupes|partenaires|constructeurs)|les\\s+partenaires'],
    pairBlock: ['entre', 'avec', 'pour', 'à', 'de', 'chez'],
    // not `d'ici la fin mars` (until), `celle-là`, `là-dessus`
    placeAdverbs: ['(?<![-\'’])ici', '(?<![-\'’])là-bas', '(?<![-\'’])là(?!-)', 'sur\\s+place'],
    notPlace: null,
    productDemonstrative: ['(?:ces|de\\s+tel(?:le)?s)\\s+(?:\\p{L}+\\s+)?(?:voitures|véhicules|automobiles|modèles|pièces|composants|produits|bus|camions)'],
    possessiveStart: ['son', 'sa', 'ses', 'leur', 'leurs'],
    personalPossessive: ['son', 'sa'],
    relativeMonths: [['ce\\s+mois(?:-ci)?', 0], ['le\\s+mois\\s+(?:dernier|passé|précédent)', -1], ['le\\s+mois\\s+prochain', 1]],
    yearEarlier: ['un\\s+an\\s+(?:plus\\s+tôt|auparavant)', 'l[\'’]année\\s+d[\'’]avant'],
    relativeYears: [
      // (and the end of this year, or this whole one: `d'ici la fin de l'année`, `sur l'ensemble de l'année`)
      ['cette\\s+année|l[\'’]année\\s+en\\s+cours|l[\'’]an\\s+en\\s+cours|(?:la\\s+)?fin\\s+de\\s+l[\'’]année|fin\\s+d[\'’]année|l[\'’]ensemble\\s+de\\s+l[\'’]année', 0],
      ['l[\'’]année\\s+(?:dernière|passée|précédente)|l[\'’]an\\s+(?:dernier|passé)', -1],
      ['l[\'’]année\\s+prochaine|l[\'’]an\\s+prochain|dans\\s+un\\s+an(?!\\p{L})', 1],
    ],
    seasons: [
      ['(?:ce|au)\\s+printemps(?!\\s+\\d)', 5],
      ['(?:cet|en)\\s+été(?!\\s+\\d)', 8],
      ['(?:cet|en)\\s+automne(?!\\s+\\d)', 11],
    ],
    current: ['actuellement', 'aujourd[\'’]hui', 'à\\s+présent', 'en\\s+ce\\s+moment'],
    locative: ['à', 'au', 'aux', 'dans', 'en', 'sur', 'près\\s+de'],
    located: ['situ\\p{L}*', 'implant\\p{L}*', 'bas\\p{L}*', '(?:est|sont)\\s+(?:situ|implant|bas)\\p{L}*', 'se\\s+trouvent?'],
    genitive: ['de', 'du', 'des', 'd[\'’]'],
    target: ['d[\'’]ici', 'jusqu[\'’]à', 'jusqu[\'’]en', 'avant'],
    future: ['pourrai\\p{L}*', 'devrai\\p{L}*', 'pourr\\p{L}*', 'atteindr\\p{L}*', 'prévision\\p{L}*', 'attendu\\p{L}*'],
    source: ['selon', 'd[\'’]après', 'cité\\p{L}*\\s+par'],
    institutions: ['ministères?', 'agences?', 'banques?', 'comités?', 'conseils?', 'gouvernement', 'administration', 'autorités?', 'fonds', 'associations?', 'groupe', 'holding', 'chambres?', 'commissions?', 'office'],
    nonCompany: ['ministère', 'gouvernement', 'agence', 'comité', 'administra', 'parlement', 'presse'],
  },
} satisfies LanguagePack;
