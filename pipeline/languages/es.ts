/** Spanish: everything the pipeline reads about the language. */
import type { LanguagePack, NumWord } from './types.js';
import { ROMANISED_SURNAME_ENDINGS } from './shared.js';

function numberWords(): Map<string, NumWord> {
  const m = new Map<string, NumWord>();
  ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'].forEach((w, i) =>
    m.set(w, { kind: i ? 'unit' : 'zero', value: i }),
  );
  m.set('un', { kind: 'unit', value: 1, article: true });
  m.set('una', { kind: 'unit', value: 1, article: true });
  [
    'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
  ].forEach((w, i) => m.set(w, { kind: 'teen', value: 10 + i }));
  m.set('dieciseis', { kind: 'teen', value: 16 });
  ['veinte', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'].forEach((w, i) =>
    m.set(w, { kind: 'tens', value: 20 + 10 * i }),
  );
  ['veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'].forEach(
    (w, i) => m.set(w, { kind: 'teen', value: 21 + i }),
  );
  m.set('veintiún', { kind: 'teen', value: 21 });
  m.set('cien', { kind: 'hundred', value: 100 });
  m.set('ciento', { kind: 'hundred', value: 100 });
  const hundreds: Array<[string, number]> = [
    ['doscientos', 200],
    ['trescientos', 300],
    ['cuatrocientos', 400],
    ['quinientos', 500],
    ['seiscientos', 600],
    ['setecientos', 700],
    ['ochocientos', 800],
    ['novecientos', 900],
  ];
  for (const [w, v] of hundreds) {
    m.set(w, { kind: 'hundreds', value: v });
    m.set(w.slice(0, -2) + 'as', { kind: 'hundreds', value: v });
  }
  m.set('mil', { kind: 'scale', value: 1e3 });
  for (const [w, v] of [
    ['millón', 1e6],
    ['millon', 1e6],
    ['millones', 1e6],
    ['millardo', 1e9],
    ['millardos', 1e9],
    ['billón', 1e12],
    ['billones', 1e12],
    ['mdd', 1e6],
  ] as Array<[string, number]>)
    m.set(w, { kind: 'scale', value: v });
  m.set('docena', { kind: 'dozen', value: 12 });
  // denominators with their own words: un tercio, dos tercios
  m.set('tercio', { kind: 'unit', value: 3, ordinal: true, fraction: true });
  m.set('tercios', { kind: 'unit', value: 3, ordinal: true, fraction: true });
  const ords: Array<[string, number]> = [
    ['primer', 1],
    ['primero', 1],
    ['primera', 1],
    ['segundo', 2],
    ['segunda', 2],
    ['tercer', 3],
    ['tercero', 3],
    ['tercera', 3],
    ['cuarto', 4],
    ['cuarta', 4],
    ['quinto', 5],
    ['quinta', 5],
    ['sexto', 6],
    ['sexta', 6],
    ['séptimo', 7],
    ['séptima', 7],
    ['octavo', 8],
    ['octava', 8],
    ['noveno', 9],
    ['novena', 9],
    ['décimo', 10],
    ['décima', 10],
  ];
  for (const [w, v] of ords) {
    m.set(w, { kind: v === 10 ? 'teen' : 'unit', value: v, ordinal: true });
    m.set(w + 's', { kind: v === 10 ? 'teen' : 'unit', value: v, ordinal: true });
  }
  return m;
}

const NUMBER_WORDS = numberWords();

export const es = {
  code: 'es',
  name: 'Spanish',
  scripts: ['Latin'],
  names: {
    apostropheSuffix: false,
    surnameEndings: ROMANISED_SURNAME_ENDINGS,
    companyApposition: 6,
    institutionCompoundHeads: [],
    companyNameHeads: ['industrias?', 'automoción'],
    companyNamesHeadFirst: true,
    honorifics: ['Sr\\.', 'Sra\\.', 'Srta\\.'],
    capitalisedNouns: false,
    portfolios: {
      links: ['de\\s+la', 'del', 'de'],
      words: ['economía', 'industria', 'finanzas', 'hacienda', 'comercio', 'energía', 'transporte', 'agricultura', 'defensa', 'interior', 'trabajo', 'estado', 'exteriores'],
    },
    regionPhrase: null,
    mergeOverridesOff: ['org-propagation'],
    legalForms: [
      ['SA', ['S.A.', 'sociedad anónima', 'S.A. de C.V.', 'S.A.B. de C.V.']],
      ['LLC', ['S.L.', 'SRL', 'sociedad de responsabilidad limitada']],
    ],
  },
  numbers: {
    decimal: ',',
    word: (w) => NUMBER_WORDS.get(w) ?? null,
    decimalWords: ['coma', 'punto'],
    negativeWords: [],
    halfAfter: [],
    fractionOf: 'del?',
    fractionWords: [],
    vigesimal: false,
    multiplyScales: true,
    scaleLinker: 'de |de los |de las ',
    coordinators: ['y', 'e'],
    connectors: ['y'],
    digitOrdinal: 'º|ª|o|a|er|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma',
    hyphenOrdinal: null,
    relativeOrdinals: [
      ['antepenúltim[oa]s?', 'end-2'],
      ['penúltim[oa]s?', 'end-1'],
      ['últim[oa]s?', 'end+0'],
      ['siguientes?|próxim[oa]s?', 'current+1'],
      ['anterior(?:es)?', 'current-1'],
      ['actual(?:es)?', 'current+0'],
    ],
    dotOrdinal: null,
    rates: { after: ["al (?:año|mes|día)", "por (?:año|mes|día)", "anuales"], adverbs: ["anualmente"], before: ["anual\\s+de\\s+"] },
    approximators: ["unos", "unas", "aproximadamente"],
    pronounQuantifiers: [],
    pronounOneFollowers: ['de\\s+(?:los|las|ellos|ellas|sus|nuestros|nuestras)'],
    percentAfter: ['por ?ciento', 'puntos porcentuales'],
    percentBefore: [],
    ranges: {
      between: [['entre', 'y', '']],
      fromTo: [['de', 'a', '']],
      through: [],
      before: { ge: ['al menos', 'como mínimo'], le: ['hasta', 'como máximo'], gt: ['más de'], lt: ['menos de'], eq: [] },
      after: { ge: ['o más'], le: ['o menos'] },
      orEqual: null,
    },
    notUnits: [
      "y", "de", "del", "a", "en", "el", "los", "las", "por", "para", "con", "al", "o", "u", "e", "hacia", "hasta", "desde", "después", "según", "durante",
      "entre", "sobre", "tras", "sin", "contra", "más", "menos", "además", "mientras", "entonces", "que", "cual", "cuales", "estos", "estas", "esos", "esas",
      "sus", "unos", "unas", "ellos", "ellas", "otros", "otras",
    ],
    units: {
      car: ['automóviles', 'coches?', 'vehículos?', 'unidades', 'carros?'],
      truck: ['camiones', 'camión'],
      bus: ['autobuses', 'microbuses', 'minibuses', 'trolebuses'],
      tractor: ['tractores'],
      combine: ['cosechadoras'],
      engine: ['motores'],
      locomotive: ['locomotoras'],
      tram: ['tranvías'],
      wagon: ['vagones', 'coches de (?:viajeros|pasajeros)'],
      job: ['empleos?', 'puestos'],
      country: ['países', 'país'],
      region: ['regiones', 'región'],
      hectare: ['hectáreas?'],
      year: ['años?'],
      month: ['meses?'],
      day: ['días?'],
      week: ['semanas?'],
      times: ['veces'],
      person: ['personas'],
      employee: ['empleados', 'trabajadores'],
      plant: ['plantas?', 'fábricas?'],
      company: ['empresas?'],
      manufacturer: ['fabricantes?'],
      type: ['modelos?'],
      resident: ['habitantes?'],
      tonne: ['toneladas?'],
      km: ['kilómetros?'],
      // the goods a vehicle, machinery, rail and component maker counts
      van: ['furgonetas?', 'furgones'],
      trailer: ['(?:semi)?remolques?'],
      motorcycle: ['motos', 'motocicletas?'],
      seed_drill: ['sembradoras?'],
      sprayer: ['pulverizadoras?'],
      machine: ['máquinas?'],
      train: ['trenes'],
      axle: ['ejes'],
      cabin: ['cabinas?'],
      gearbox: ['cajas de cambios'],
      battery_pack: ['packs?(?: de baterías)?', 'paquetes de baterías'],
      battery_cell: ['celdas(?: de batería)?'],
      bogie: ['bogies'],
      wiring_harness: ['arneses(?: de cables)?', 'mazos de cables'],
      seat: ['asientos'],
      tyre: ['neumáticos'],
      chassis: ['chasis'],
      gwh: ['gwh', 'gigavatios[- ]hora'],
      mwh: ['mwh', 'megavatios[- ]hora'],
    },
    dimensionUnits: ['(?:kilo|centi|mili)?metros?', 'kilómetros? por hora', 'metros? cuadrados?', 'metros? cúbicos?', 'hectáreas?', '(?:mili|centi)?litros?', '(?:kilo|mili)?gramos?', 'toneladas?', 'millas?', 'grados?', '(?:kilo|mega|giga|tera)?bytes?'],
    ages: [["años\\s+de\\s+edad", "year"]],
    temperatureWords: ["grados?"],
    currencies: [
      ['d[óo]lar(?:es)? (?:estadounidenses?|americanos?)', 'USD'],
      ['canadienses? dollars?', 'CAD'],
      ['liras? turcas?', 'TRY'],
      ['libras? esterlinas?', 'GBP'],
      ['d[óo]lar(?:es)?', 'USD', 'dollar: currency not named (US dollar assumed)'],
      ['euros?', 'EUR'],
      ['rublos?', 'RUB'],
      ['yuanes', 'CNY'],
      ['yenes', 'JPY'],
    ],
    suffixes: [],
  },
  dates: {
    chrono: 'es',
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    monthStems: false,
    monthsCapitalized: false,
    monthAbbreviations: ['ene', 'feb', 'mar', 'abr', 'jun', 'jul', 'ago', 'sep', 'sept', 'oct', 'nov', 'dic'],
    weekdays: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    yearEdges: ["(?:verano|invierno|primavera|otoño)(?:\\s+de)?", "(?:finales|principios|mediados)\\s+de"],
    quarters: ["trimestres?"],
    halves: ["semestres?"],
    monthSpans: ["meses"],
    monthSpanOpeners: [],
    periodYear: { of: ["de(?:l)?"], thisYear: ["del año", "de este año"], lastYear: ["del\\s+(?:año\\s+(?:pasado|anterior)|pasado\\s+año)"] },
    yearAfter: [],
    targetYearBefore: ['hasta', 'para', 'a partir de', 'desde'],
    targetYearAfter: [],
  },
  events: {
    triggers: [
      // a market share is a sales figure (`Доля Lada на рынке составила 30,5%`), not a stake
      { type: 'sales', pos: 'noun', priority: 3, pattern: 'cuotas?\\s+de\\s+mercado|participación\\s+de\\s+mercado' },
      // an order book is no order placed (`cuya cartera de pedidos superó los 15.000 millones`)
      { type: 'agreement', pos: 'verb', pattern: '(?<!cartera\\s+de\\s+)pedidos?|encarg(?:ó|aron|ado|ados)' },
      // the share of local parts is a production target (`Der Anteil lokal gefertigter Komponenten soll … auf 40 Prozent steigen`,
      // `la proporción de componentes fabricados localmente deberá subir hasta el 40 %`)
      { type: 'production', pos: 'noun', role: 'capacity', priority: 4, pattern: '(?:índice\\s+de\\s+)?localización|contenido\\s+local|(?:(?:proporción|porcentaje|cuota|parte)\\s+de\\s+)?(?:componentes|piezas)\\s+(?:(?:fabricad|producid)[oa]s\\s+localmente|locales|nacionales)' },
      { type: 'plant_launch', pos: 'verb', priority: 3,
        pattern: 'lanz(?:ó|a|ar|ará|aron|an)\\s+(?:\\p{L}+\\s+){0,3}?(?:la\\s+)?(?:producción|fabricación)|inici(?:ó|a|ar|ará|aron|o)\\s+(?:de\\s+)?(?:la\\s+)?(?:producción|fabricación)|(?:(?:comenz|empez)(?:ó|ar|ará|arán|aron|amos)|(?:comienz|empiez)(?:a|an))\\s+(?:\\p{L}+\\s+){0,2}?a\\s+(?:producir|fabricar|ensamblar|montar)|(?:comenz|empez|arranc)(?:ó|a|an|ará|arán|aron)\\s+(?:\\p{L}+\\s+){0,2}?(?:la\\s+)?(?:producción|fabricación|ensamblaje)|(?:producción|fabricación|ensamblaje)(?![\\p{L}])[^.;]{0,60}?(?:comenz(?:ó|ará)|empez(?:ó|ará)|arranc(?:ó|ará)|se\\s+inici(?:ó|ará))|apertura\\s+de\\s+(?:la|una)\\s+(?:nueva\\s+)?(?:planta|fábrica)|(?:abr(?:e|en|ir|ió|irá|irán|ieron))\\s+(?:una|la|su)\\s+(?:nueva\\s+)?(?:planta|fábrica)' },
      // moving on to a stage of production starts it (`ha pasado del montaje SKD a la producción de ciclo completo`)
      { type: 'plant_launch', pos: 'verb', priority: 3, pattern: '(?:pas|cambi)(?:ó|a|an|aron|ará|arán|ado)\\s+(?:del?\\s+[^.;]{0,60}?\\s)?a\\s+(?:la\\s+)?(?:producción|fabricación)' },
      // (a plant as the subject of arrancar starts up: `La nueva planta, que empleará a 260 personas, arrancará en octubre`; not `las obras de la fábrica`)
      { type: 'plant_launch', pos: 'verb', priority: 2, requires: 'plant', pattern: 'inaugur\\p{L}*|puesta\\s+en\\s+marcha|pus(?:o|ieron)\\s+en\\s+marcha|lanzamiento|entr(?:a|an|ó|aron|ará|arán)\\s+en\\s+(?:funcionamiento|operación|servicio|producción)|(?:comenz|empez)(?:ó|aron|ará|arán)\\s+a\\s+(?:funcionar|operar)|inici(?:ó|aron|ará|arán)\\s+(?:sus\\s+)?operaciones|abr(?:e|en|a|an|ió|ieron|irá|irán|ir)\\s+sus\\s+puertas|(?<=(?<!(?:obras|construcción|ampliación)\\s+de\\s+(?:la|una|su)\\s+(?:nueva\\s+)?)(?:planta|fábrica|factoría)(?:\\s+[^\\s.;,]+){0,3}?(?:\\s*,[^.;]{0,80}?,)?\\s+)arranc(?:a|an|ó|aron|ará|arán)(?![\\p{L}])' },
      // la construcción como sujeto de un inicio remite a la planta del artículo (`La construcción comenzará en mayo`)
      { type: 'plant_construction', pos: 'verb', priority: 4, pattern: '(?:construcción|obras)\\s+(?:comenzar(?:á|án)|empezar(?:á|án)|arrancar(?:á|án)|comenz(?:ó|aron)|empez(?:ó|aron))' },
      { type: 'plant_construction', pos: 'verb', priority: 3, requires: 'plant',
        pattern: 'construcción|constru(?:ir|ye|yen|yó|yeron|irá|irán|ido|ida|yendo)|edific\\p{L}*|levant(?:a|an|ó|aron|ará|arán|ado|ada|ados|adas|ar\\p{L}*)' },
      { type: 'production', pos: 'verb', role: 'capacity', priority: 3, pattern: '(?:puede|podrá|podrán|pueden)\\s+(?:producir|fabricar|ensamblar)|capa(?:z|ces)\\s+de\\s+(?:producir|fabricar|ensamblar|fundir)|diseñad[oa]s?\\s+para\\s+(?:producir|fabricar|ensamblar|fundir)|capacidad\\s+para\\s+(?:producir|fabricar|ensamblar|fundir)' },
      // goods counted as what is planned (`Para este año están previstas 3.500 unidades`)
      { type: 'production', pos: 'verb', requires: 'product', pattern: '(?:previst|planificad)[oa]s(?=\\s+(?:unos\\s+|unas\\s+)?\\d[\\d·]*\\s+\\p{L})' },
      { type: 'production', pos: 'noun', role: 'capacity', priority: 3, pattern: 'capacidad(?:es)?' },
      // a coachbuilder's bodywork is its output (`Moncayo carrozó el año pasado 1.180 autobuses`; `la carroza` is a carriage)
      { type: 'production', pos: 'verb', pattern: 'produc(?:e|en|imos|ió|ieron|ía|ían|irá|irán|iremos|ido|ida|idos|idas|ir)|produj(?:o|eron|imos)|fabric(?:a|an|amos|ó|aron|ará|arán|aremos|ado|ados|ada|adas|ar)|ensambl\\p{L}*|(?<!(?:la|una|las|unas|su|sus)\\s)carroz(?:a|an|amos|ó|aron|ará|arán|ado|ados|ada|adas|ar)' },
      // montar is assembling where goods are mounted (`se montarán 150 unidades`), not where a company or a plan is
      { type: 'production', pos: 'verb', priority: 2, requires: 'product', pattern: 'mont(?:a|an|amos|ó|aron|ará|arán|aremos|ado|ados|ada|adas|ar)' },
      // salir de la línea es ser producido (`los primeros coches salieron de la línea de montaje`)
      { type: 'production', pos: 'verb', pattern: '(?:sal(?:e|en|ió|ieron|drá|drán|ir)|salga\\p{L}*)\\s+de\\s+(?:la|las)\\s+(?:línea|cadena)s?(?:\\s+de\\s+(?:montaje|producción|ensamblaje))?' },
      // the line first, its goods after the verb (`De la cadena de montaje de Kostanái salieron 15.900 camiones`)
      { type: 'production', pos: 'verb', pattern: '(?<=(?:^|[^\\p{L}])de\\s+(?:la|las)\\s+(?:línea|cadena)s?\\s+de\\s+(?:montaje|producción|ensamblaje)(?:\\s+(?:de|del|en)\\s+\\p{L}+(?:\\s+\\p{L}+)?)?\\s+)(?:sal(?:e|en|ió|ieron|drá|drán)|salga\\p{L}*)' },
      { type: 'production', pos: 'noun', pattern: 'producción|fabricación' },
      { type: 'export', pos: 'verb', pattern: 'export(?:a|an|ó|aron|ará|arán|ado|ados|ada|adas|ar)' },
      { type: 'export', pos: 'noun', pattern: '(?<!(?:plataforma|centro|base|polo)\\s+de\\s+)(?:exportacion(?:es)?|exportación)' },
      { type: 'export', pos: 'verb', priority: 2, requires: 'destination', pattern: 'suministr\\p{L}*|envi(?:ó|a|an|ará|arán|aron|ado|ados)|envíos?|despach(?:a|an|ó|aron|ará|arán|ado|ados)|entreg(?:ó|a|an|ará|arán|aron|ado|ados)' },
      // selling abroad is exporting (`vender fuera del país 10.000 vehículos`, `vende en el extranjero`)
      { type: 'export', pos: 'verb', priority: 3, pattern: 'vend(?:e|en|ió|ieron|erá|erán|er|emos)\\s+(?:\\p{L}+\\s+){0,2}?(?:fuera\\s+del\\s+país|en\\s+el\\s+(?:extranjero|exterior)|en\\s+mercados\\s+(?:exteriores|extranjeros|internacionales))' },
      { type: 'sales', pos: 'verb', pattern: 'vend(?:e|en|ió|ieron|ido|idos|ida|idas|erá|erán|er)|comercializ\\p{L}*' },
      // a market's purchases counted in units (`los agricultores kazajos compraron 7.850 máquinas`): the sales of that market
      { type: 'sales', pos: 'verb', pattern: '(?:compr(?:aron|ó|an)|adquiri(?:eron|ó))(?=\\s+(?:unos\\s+|unas\\s+|casi\\s+|más\\s+de\\s+)?\\d[\\d·]*\\s+(?!por\\s+ciento)\\p{L})' },
      { type: 'sales', pos: 'noun', pattern: 'ventas?|matriculaciones|entregas' },
      // revenue is the money of sales (`Los ingresos del grupo crecieron … hasta 412.000 millones`, `CAF facturó 4.210 millones`);
      // revenue `con unos ingresos de …` is the money of the sales just told, no fact of its own
      { type: 'sales', pos: 'noun', pattern: '(?<!con\\s+(?:\\p{L}+\\s+)?)(?:ingresos|facturación|cifra\\s+de\\s+negocio)' },
      { type: 'sales', pos: 'verb', pattern: 'factur(?:ó|a|an|aron|ará|arán)' },
      { type: 'trade', pos: 'noun', pattern: 'comercio|intercambio\\s+comercial' },
      { type: 'investment', pos: 'verb', pattern: 'invert(?:ir|irá|irán|ido)|invierte\\p{L}*|invirti\\p{L}*' },
      // spending a sum (`destinará 200 millones de euros a ampliar`, `ha desembolsado 80 millones`, `inyectará 50 millones`)
      // (and a partner's contribution: `tendrá el 50 % del capital y aportará 22 millones de euros`)
      { type: 'investment', pos: 'verb', pattern: '(?:destin|desembols|inyect|aport)(?:a|an|ó|aron|ará|arán|ado)(?=\\s+(?:(?:unos|unas|más\\s+de|casi|cerca\\s+de)\\s+)?\\d)' },
      { type: 'investment', pos: 'noun', pattern: 'inversi(?:ón|ones)|inversor\\p{L}*|coste\\s+del\\s+proyecto|costo\\s+del\\s+proyecto|financiación|financiamiento|programas?(?=[^.;]{0,100}?(?:por\\s+valor\\s+de|dotados?\\s+con|con\\s+un\\s+presupuesto\\s+de)\\s+(?:unos\\s+|casi\\s+)?\\d)' },
        { type: 'investment', pos: 'noun', requires: 'plant', pattern: 'costar(?:á|án)?|costó|costaron|costado|cuestan?' },
      // a share of a company bought is an investment with its price (`ha adquirido el 60 % de la empresa X por 31 millones de euros`)
      { type: 'investment', pos: 'verb', pattern: '(?:adquiri|adquier|compr)\\p{L}*(?=\\s+(?:el\\s+|un\\s+)?\\d[\\d·.,]*\\s*(?:%|por\\s+ciento)(?!\\s+de\\s+(?:la\\s+)?(?:participación|cuota)))' },
      // a share left with its holder (`El 40 % restante seguirá en manos de su fundador`)
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, holderAfter: true, pattern: '(?<=\\d\\s*(?:%|por\\s+ciento)[^.;]{0,40}?)en\\s+(?:las\\s+)?manos\\s+de' },
      { type: 'investment', pos: 'noun', role: 'stake', priority: 2, pattern: 'participación|cuota\\s+accionarial|(?:tiene|tienen|tendrá|tendrán|posee|poseen|poseerá|poseerán|controla|controlará)(?=\\s+(?:el\\s+)?(?:alrededor\\s+del?\\s+)?\\d[\\d.,]*\\s*(?:%|por\\s+ciento))' },
      // `la firma` after a determiner is the company or the signing already told, not a signing verb
      { type: 'agreement', pos: 'verb', pattern: 'acuerdos?|(?<!(?:la|una|esta|dicha|otra|su)\\s)firma|firm(?:ó|an|aron|ar|ado|ará|arán)|convenios?|memorando|memorándum|contratos?' },
      { type: 'agreement', pos: 'verb', requires: 'party', pattern: '(?:cooperación|alianza)\\s+(?:entre|con)' },
      { type: 'appointment', pos: 'verb', requires: 'role', pattern: 'nombrad\\p{L}*|nombr(?:ó|a)|nombramiento|designad\\p{L}*|design(?:ó|a)' },
      { type: 'visit', pos: 'verb', role: 'attendance', priority: 2, pattern: 'en\\s+presencia\\s+de(?:l)?(?![\\p{L}])|presente\\s+en\\s+(?:la|el)\\s+(?:inauguración|ceremonia|acto|firma)|particip(?:ó|aron)\\s+en\\s+(?:la|el)\\s+(?:inauguración|ceremonia|acto|firma)' },
      { type: 'visit', pos: 'verb', pattern: 'visit\\p{L}*|viaj(?:ó|e)\\s+a|asisti(?:ó|eron|rá|rán)\\s+a(?:l)?(?![\\p{L}])' },
      { type: 'statement', pos: 'verb', pattern: 'dijo|dice|afirm(?:ó|a)|declar(?:ó|a)|señal(?:ó|a)|indic(?:ó|a)|explic(?:ó|a)|anunció|aseguró|destacó|subrayó|añadió|agregó|comentó|informó|precisó|manifestó|sostuvo|recordó|apuntó|reconoció|advirtió|insistió|detalló|subray(?:ó|a)|habl(?:ó|aba)\\s+de|(?:ha|han|había|habían)\\s+(?:dicho|declarado|afirmado|señalado|indicado|explicado|anunciado|asegurado|destacado|subrayado|añadido|comentado|informado|precisado|manifestado)' },
      { type: 'statement', pos: 'verb', pattern: 'según|de\\s+acuerdo\\s+con', requires: 'source' },
      { type: 'jobs', pos: 'noun', pattern: 'empleos?|puestos\\s+de\\s+trabajo|trabajadores|empleados|emple(?:a|an|e|en|ará|arán)|dar(?:á|án)\\s+empleo|contrat(?:ará|ar)|plantilla|trabaj(?:a|an|aban|ará|arán)\\s+(?:\\p{L}+\\s+){0,2}?(?:en|para)(?![\\p{L}])|trabaj(?:a|an|aban|ará|arán)(?=\\s+(?:ya\\s+|hoy\\s+|actualmente\\s+|unas\\s+|unos\\s+|más\\s+de\\s+|cerca\\s+de\\s+|alrededor\\s+de\\s+)?\\d)' },
    ],
    // plan… but not planta (the plant) or plantilla (the workforce)
    planned: ['va\\s+a', 'van\\s+a', 'planea\\p{L}*', 'plan(?!t)\\p{L}*', 'prevé', 'prevén', 'previst\\p{L}*', 'proyect(?:a|an|ó|aba|aban|ado|ada|ados|adas)', 'espera\\p{L}*', 'objetivo\\p{L}*', 'meta', 'para\\s+(?:el\\s+)?(?:fin(?:al)?\\s+de\\s+)?20\\d\\d', 'futur\\p{L}*', 'pretende\\p{L}*', 'quiere\\p{L}*', 'quer(?:emos|éis|ría\\p{L}*)', 'hasta\\s+(?:(?:el\\s+)?fin(?:al)?(?:es)?\\s+de\\s+)?20\\d\\d', 'de\\s+aquí\\s+a\\s+20\\d\\d', 'a\\s+partir\\s+de\\s+20\\d\\d', 'intención', 'deber(?:á|án|ía|ían)', 'deben?(?=\\s+\\p{L}+(?:ar|er|ir)(?![\\p{L}]))', 'se\\s+propone\\p{L}*', 'pronostic\\p{L}*', 'aspira\\p{L}*', 'busca\\p{L}*'],
    futureTense: ['\\p{L}+(?:rá|rán)'],
    negation: ['no', 'nunca', 'jamás', 'ningún', 'ninguna', 'tampoco', 'suspendi\\p{L}*', 'paraliz\\p{L}*'],
    reported: ['supuestamente', 'presuntamente', 'según\\s+rumores', 'rumor\\p{L}*', 'al\\s+parecer', 'habría', 'habrían', 'según\\s+fuentes', 'según\\s+la\\s+prensa'],
    negatedVerb: null,
    placeSuffixes: null,
    locative: ['en', 'cerca\\s+de'],
    // goods `para Uzbekistán` go there: the country is their destination, no agent (`CAF fabricará 40 locomotoras para Uzbekistán y levantará …`)
    directional: ['a', 'al', 'hacia', 'con\\s+destino\\s+a', 'para'],
    source: ['desde'],
    deliveryTo: [],
    marketNouns: ['mercados?'],
    destination: ['con\\s+destino\\s+(?:a|al)', 'destinad[oa]s?\\s+(?:a|al)'],
    shareOf: ['(?:peso|parte|cuota|participación)\\s+(?:\\p{L}+\\s+)?de\\s+(?:las|los|la|el)'],
    buyerNouns: ['clientes?', 'compradores?', 'concesionarios?'],
    abroad: ['en\\s+el\\s+(?:extranjero|exterior)', '(?:clientes|compradores|mercados)\\s+(?:extranjeros|exteriores|internacionales)', 'fuera\\s+(?:de\\s+(?:la\\s+)?|del\\s+)(?!alcance|plazo|servicio|lugar)\\p{L}+'],
    // a company's seat is no site of its facts (`Hoffmann Maschinenbau, con sede en Chemnitz, construye … en Kostanái`)
    other: ['como', 'tales\\s+como', '(?:con\\s+)?sede\\s+(?:central\\s+)?en', '(?:afincad|radicad|domiciliad|asentad)[oa]s?\\s+en'],
    skip: ['el', 'la', 'los', 'las', 'un', 'una', 'región', 'ciudad', 'provincia', 'distrito', 'zona', 'país', 'de', 'del'],
    // (`la empresa conjunta de Hajigabul`, `el proyecto de Navoi`: the site of the venture, no partner)
    placeNouns: ['plantas?', 'fábricas?', '(?:líneas?|cadenas?)\\s+de\\s+(?:montaje|producción|ensamblaje)', 'región', 'ciudad', 'provincia', 'distrito', 'zona', 'mercados?', 'país', 'territorio', 'parque', 'empresas?\\s+conjuntas?', 'proyectos?', 'complejo'],
    products: [
      ['cosechadoras?', 'combines', 'cosechadoras'], ['locomotoras?', 'locomotives', 'locomotoras'], ['tranvías?', 'trams', 'tranvías'], ['vagones|vagón|coches\\s+de\\s+(?:viajeros|pasajeros)', 'wagons', 'vagones'],
      ['coches?|autos?|vehículos?|automóviles?|unidades|carros?|todoterrenos?', 'cars'],
      ['autobuses|autobús', 'buses', 'autobuses'], ['microbuses|microbús', 'buses', 'microbuses'], ['minibuses|minibús', 'buses', 'minibuses'], ['trolebuses|trolebús', 'buses', 'trolebuses'], ['camiones|camión', 'trucks', 'camiones'], ['tractores|tractor', 'tractors', 'tractores'],
      ['(?:auto)?partes', 'parts', 'autopartes'], ['piezas', 'parts', 'piezas'], ['componentes', 'parts', 'componentes'], ['motores|motor', 'engines', 'motores'], ['maquinaria\\s+agrícola', 'machinery', 'maquinaria agrícola'], ['maquinaria', 'machinery', 'maquinaria'], ['máquinas', 'machinery', 'máquinas'],
      ['packs?(?:\\s+de\\s+baterías)?|paquetes\\s+de\\s+baterías', 'battery_packs', 'packs de baterías'], ['sembradoras?', 'seed_drills', 'sembradoras'], ['ejes', 'axles', 'ejes'], ['cabinas?', 'cabins', 'cabinas'], ['cajas\\s+de\\s+cambios', 'gearboxes', 'cajas de cambios'], ['bogies', 'bogies', 'bogies'], ['arneses(?:\\s+de\\s+cables)?|mazos\\s+de\\s+cables', 'wiring_harnesses', 'arneses'], ['(?:semi)?remolques?', 'trailers', 'remolques'],
    ],
    increase: ['aumentar(?:á|án)?', 'elevar(?:á|án)?', 'incrementar(?:á|án)?', 'duplicar(?:á|án)?', 'ampliar(?:á|án)?', 'alcanzar(?:á|án)?', 'llevar(?:á|án)?'],
    toWords: ['a', 'hasta'],
    fromWords: ['de', 'desde', 'actualmente'],
    tellVerbs: ['(?:dijo|declaró|informó|explicó|señaló|comentó|aseguró|precisó|indicó|confirmó|(?:ha|han)\\s+(?:dicho|declarado|informado|explicado|señalado|comentado|asegurado|precisado|indicado|confirmado))(?:\\s+(?:este|esta|ayer|hoy)(?:\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))?)?\\s+a(?:l)?(?:\\s+la\\s+agencia)?'],
    plantNouns: ['plantas?', 'fábricas?', 'factorías?', 'producción', 'fabricación', 'líneas?\\s+de\\s+(?:montaje|producción)', 'complejo', 'gigafactoría', 'proyectos?', 'naves?', 'instalaciones'],
    roleNouns: ['portavoz', 'vocero', 'alcalde\\p{L}*', 'secretari[oa]', 'viceministr\\p{L}*', 'vicepresident\\p{L}*', 'hokim', 'akim', 'director\\p{L}*', 'presidente\\p{L}*', 'presidenta', 'consejer\\p{L}*', 'ministr\\p{L}*', 'jefe\\p{L}*', 'gobernador\\p{L}*', 'embajador\\p{L}*', 'responsable', 'gerente', 'cargo', 'CEO'],
    genitive: ["de", "del", "entre", "con", "por", "y"],
    brandNouns: ["marca"],
    counters: ["unidad(?:es)?", "máquinas"],
    vehicles: ["vehículos?"],
    hedges: ["podría\\p{L}*", "posiblemente", "probablemente", "quizás?", "tal\\s+vez", "puede\\s+que", "es\\s+posible\\s+que"],
    changeBefore: ["en", "de", "crec\\p{L}*", "aument(?:ó|aron|a|an|ado)", "sub(?:ió|ieron|e|en)", "ca(?:yó|yeron|e|en)", "baj(?:ó|aron|a|an)", "descend\\p{L}*", "disminu\\p{L}*", "(?:aumento|crecimiento|incremento|alza|subida|caída|descenso|retroceso)\\s+del?"],
    changeAfter: ["más", "menos"],
    partitive: ["de\\s+(?:los|las)\\s+(?:cuales|que)", "de\\s+ellos", "de\\s+ellas", "de\\s+(?:esta|esa)\\s+cifra", "de\\s+(?:este|ese)\\s+total"],
    during: ["durante", "en\\s+el\\s+marco"],
    passiveAgent: ["por"],
    compoundHeads: [],
    compoundHeadsBefore: ['(?:procesos?|ciclos?|métodos?|líneas?|plantas?|cadenas?|sitios?|unidades|instalaciones|equipos?|tecnologías?|zonas?|naves?|talleres?|costes?|costos?|programas?|calendarios?|normas?|redes?|mercados?|responsables?|directores?|departamentos?|oficinas?|impuestos?|aranceles?|licencias?|potencial|herramientas?|bases?)\\s+de'],
    listJoin: ['y', 'e', 'o', 'u'],
    ownOrgBefore: ['de', 'del', 'de\\s+la'],
    ownOrgAfter: [],
    comparisonBefore: ['(?:más|menos)\\s+que(?:\\s+en)?', 'respecto\\s+(?:a|al)', 'en\\s+comparación\\s+con', 'frente\\s+a(?:l)?'],
    negationAfterVerb: false,
    subjectAfterVerb: false,
    brandAfterProduct: true,
    caseAfterPreposition: null,
    participleEnding: null,
    // `los autobuses fabricados en Samarcanda`: a participle after its noun, with no auxiliary (`han sido`, `se han`)
    reducedRelative: {
      participle: "(?:ad[oa]s?|id[oa]s?)$",
      auxiliaryBefore: "(?:^|[^\\p{L}])(?:ha|han|había|habían|habrá|habrán|haber|fue|fueron|es|son|era|eran|será|serán|sido|ser|está|están|estaba|estaban|estar|se|que)\\s+(?:(?:\\p{L}+mente|ya|también|no|sido|ambos|ambas|todos|todas)\\s+)?$",
      pronounBefore: "(?:^|\\s)(?:que|quien|quienes)\\s*$",
      prepositionAfter: "^\\s+(?:por|en|desde|con|bajo|localmente|aquí|allí)(?![\\p{L}])",
      subjectBefore: "(?!)",
      appositionBefore: ",\\s*(?:(?:ambos|ambas|todos|todas|principalmente)\\s+)?$",
    },
    futureAuxiliary: null,
    complementizer: "^\\s*(?:que|para)\\s",
    coordinatedComplementizers: ['que'],
    startsAhead: ['comienza(?:n)?', 'empieza(?:n)?', 'arranca(?:n)?', 'inicia(?:n)?'],
    pronounAfterSaying: "(?<![\\p{L}])(?:él|ella)\\s+mism[oa](?![\\p{L}])",
    pronounSubject: "(?<![\\p{L}])(?:(?:él|ella|ellos|ellas)\\s+(?:\\p{L}+\\s+){0,2}|sus?\\s+)$",
    relative: "^\\s*(?:que|quien|quienes|el\\s+cual|la\\s+cual)\\s",
    jointly: "^\\s*(?:junto|conjuntamente)\\s+(?:con|al?)\\s+(?:el|la|los|las)?\\s*(?:[\\p{L}-]+\\s+){0,2}$",
    partner: "(?:junto|conjuntamente)\\s+(?:con|al?)|entre|con|por",
    // (`este martes` reports a day of the current week, mostly past: `aprobó este martes`; only `próximo` looks ahead)
    futureDay: "(?:próximo)\\s+$",
    // (a verb in the future tense too: `inaugurará este viernes`)
    futureNear: "(?<![\\p{L}])(?:va\\s+a|van\\s+a|será|serán|previst\\p{L}*|programad\\p{L}*|\\p{L}{2,}(?:rá|rán))(?![\\p{L}])[^.;,]{0,30}$",
    nonParticipant: ['según', 'de\\s+acuerdo\\s+con', 'filial\\s+de(?:l)?', 'subsidiaria\\s+de(?:l)?', 'propiedad\\s+de(?:l)?', 'división\\s+de(?:l)?', 'citad\\p{L}*\\s+por', '(?:sustituye|reemplaza|sucede)\\s+a', 'en\\s+sustitución\\s+de(?:l)?', 'antigu[oa]s?\\s+(?:[\\p{L}-]+\\s+){1,3}?(?:de|del|en)', 'ex\\s*-?\\s*[\\p{L}-]+\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:de|del|en)', 'fuera\\s+de(?:l)?', 'más\\s+allá\\s+de(?:l)?', 'al\\s+igual\\s+que', 'a\\s+diferencia\\s+de(?:l)?'],
    stakeOf: ['de(?:\\s+la)?', 'del', 'en(?:\\s+(?:el|la))?'],
    groupNouns: ['funcionarios', 'analistas', 'expertos', 'autoridades', 'habitantes', 'observadores', 'concesionarios'],
    stateNouns: ['Estado', 'Gobierno', 'embajador(?:a)?', 'embajada', 'fabricantes', 'productores', 'exportadores'],
    beneficiary: ['para'],
    supply: ['suministr\\p{L}*', 'entreg\\p{L}*', 'vend\\p{L}*', 'proporcion\\p{L}*'],
    purpose: ['para', 'a\\s+fin\\s+de'],
    recipient: ['a', 'al'],
  },
  discourse: {
    definite: ['el', 'la', 'los', 'las', 'este', 'esta', 'estos', 'estas', 'del', 'al'],
    fresh: ['un', 'una', 'nuev\\p{L}*', 'otr\\p{L}*', 'segund\\p{L}*', 'su', 'sus', 'propi\\p{L}*'],
    plantNouns: ['plantas?', 'fábricas?', 'factorías?', 'proyectos?', 'empresas?\\s+conjuntas?', 'complejo', 'líneas?\\s+de\\s+(?:montaje|producción)'],
    reportBack: ['así\\s+lo', 'lo\\s+(?:anunció|informó|dijo|comunicó|confirmó)'],
    pressAudience: ['periodistas', 'la\\s+prensa', 'rueda\\s+de\\s+prensa'],
    occasionNouns: ['ceremonia', 'durante\\s+la\\s+firma', 'firma\\s+del\\s+(?:acuerdo|contrato|convenio|memorando)', '(?:durante|en)\\s+(?:la\\s+inauguración|el\\s+acto)', 'acto\\s+seguido'],
    companyNouns: ['empresas?', 'compañías?', 'fabricantes?', 'constructoras?', 'firmas?', 'grupo', 'automotriz', 'ensamblador(?:a|es|as)?', 'armadoras?', 'proveedor(?:es)?', 'consorcio'],
    ventureNouns: ['empresas?\\s+conjuntas?', 'sociedad(?:es)?\\s+conjuntas?'],
    sideNouns: ['parte', 'socio'],
    homeMarket: ['mercados?\\s+(?:interno|nacional|local|doméstico)s?'],
    countryWide: ['(?:fábricas|plantas|empresas|fabricantes|ensambladoras)\\s+del\\s+país'],
    aggregateNouns: ['exportaciones', 'importaciones', 'inversiones'],
    inCountry: ['en\\s+el\\s+país'],
    pair: ['ambos\\s+países|los\\s+dos\\s+países|ambas\\s+partes|las\\s+dos\\s+partes'],
    companyPair: ['ambas\\s+(?:compañías|empresas|firmas)|las\\s+dos\\s+(?:compañías|empresas|firmas)|ambos\\s+(?:socios|grupos|fabricantes)|los\\s+dos\\s+(?:socios|grupos|fabricantes)|los\\s+socios'],
    pairBlock: ['entre', 'con', 'para', 'a', 'de'],
    // (and `en` with a pronoun for the plant named before: `Trabajan en ella 180 personas`)
    placeAdverbs: ['aquí', 'allí', 'allá', 'ahí', 'en\\s+(?:ella|él)'],
    notPlace: null,
    productDemonstrative: ['(?:estos|estas|esos|esas|dichos|dichas)\\s+(?:\\p{L}+\\s+)?(?:coches|vehículos|automóviles|modelos|piezas|componentes|productos|autobuses|camiones)'],
    possessiveStart: ['su', 'sus'],
    personalPossessive: ['su'],
    relativeMonths: [['este\\s+mes', 0], ['el\\s+mes\\s+(?:pasado|anterior)', -1], ['el\\s+(?:próximo|siguiente)\\s+mes|el\\s+mes\\s+que\\s+viene', 1]],
    yearEarlier: ['un\\s+año\\s+antes'],
    relativeYears: [
      // (and the end of this year: `antes de que acabe el año`, `a finales de año`)
      ['este\\s+año|el\\s+año\\s+en\\s+curso|el\\s+presente\\s+año|(?:acabe|termine|finalice|concluya)\\s+el\\s+año|finales\\s+de(?:l)?\\s+año|(?:el\\s+)?fin\\s+de(?:l)?\\s+año', 0],
      ['el\\s+año\\s+(?:pasado|anterior)|el\\s+pasado\\s+año', -1],
      ['el\\s+(?:próximo|siguiente)\\s+año|el\\s+año\\s+que\\s+viene|dentro\\s+de\\s+un\\s+año', 1],
    ],
    seasons: [
      ['(?:en|esta|durante\\s+la)\\s+primavera(?!\\s+(?:de\\s+)?\\d)', 5],
      ['(?:en|este|durante\\s+el)\\s+verano(?!\\s+(?:de\\s+)?\\d)', 8],
      ['(?:en|este|durante\\s+el)\\s+otoño(?!\\s+(?:de\\s+)?\\d)', 11],
    ],
    current: ['actualmente', 'ahora', 'hoy\\s+en\\s+día', 'en\\s+la\\s+actualidad'],
    locative: ['en', 'cerca\\s+de'],
    located: ['situad\\p{L}*', 'ubicad\\p{L}*', '(?:está|están)\\s+(?:situad|ubicad)\\p{L}*', 'se\\s+encuentran?', 'se\\s+ubican?', 'se\\s+sitúan?', 'está', 'están'],
    genitive: ['de', 'del'],
    target: ['para', 'hasta'],
    future: ['pronóstic\\p{L}*', 'estimad\\p{L}*', 'podría\\p{L}*', 'debería\\p{L}*', 'alcanzaría\\p{L}*', 'previsión\\p{L}*', 'se\\s+espera'],
    source: ['según', 'de\\s+acuerdo\\s+con', 'citad\\p{L}*\\s+por'],
    institutions: ['ministerios?', 'agencias?', 'bancos?', 'comités?', 'consejos?', 'gobierno', 'administración', 'autoridad(?:es)?', 'fondos?', 'asociación', 'grupo', 'holding', 'cámaras?', 'comisión'],
    nonCompany: ['ministerio', 'gobierno', 'agencia', 'comité', 'administraci', 'parlamento', 'prensa'],
  },
} satisfies LanguagePack;
