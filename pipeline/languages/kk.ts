/** Kazakh (Cyrillic script): everything the pipeline reads about the language. */
import { suffixedLookup, turkicNumberWords, withSuffixes } from './turkic.js';
import type { LanguagePack } from './types.js';

/** Case, possessive and derivational endings after numbers, units and currencies (`млрд-қа`, `пайызға`, `теңгеден`, `2024 жылы`). */
const SUFFIXES = [
  'да', 'де', 'та', 'те', 'дан', 'ден', 'тан', 'тен', 'нан', 'нен', 'ға', 'ге', 'қа', 'ке', 'а', 'е', 'на', 'не',
  'ның', 'нің', 'дың', 'дің', 'тың', 'тің', 'ды', 'ді', 'ты', 'ті', 'ны', 'ні', 'дық', 'дік', 'тық', 'тік', 'лық', 'лік',
  'ғы', 'гі', 'қы', 'кі', 'дағы', 'дегі', 'тағы', 'тегі', 'лар', 'лер', 'дар', 'дер', 'тар', 'тер', 'ы', 'і', 'сы', 'сі',
  'ға дейін', 'ге дейін', 'қа дейін', 'ке дейін',
];
const s = (pattern: string): string => withSuffixes(pattern, SUFFIXES);

const NUMBER_WORDS = turkicNumberWords({
  units: ['нөл', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'],
  tens: ['он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'],
  hundred: 'жүз',
  scales: { мың: 1e3, миллион: 1e6, млн: 1e6, миллиард: 1e9, млрд: 1e9, триллион: 1e12, трлн: 1e12 },
  ordinals: {
    units: ['бірінші', 'екінші', 'үшінші', 'төртінші', 'бесінші', 'алтыншы', 'жетінші', 'сегізінші', 'тоғызыншы'],
    tens: ['оныншы', 'жиырмасыншы', 'отызыншы', 'қырқыншы', 'елуінші', 'алпысыншы', 'жетпісінші', 'сексенінші', 'тоқсаныншы'],
    hundred: 'жүзінші',
    thousand: 'мыңыншы',
  },
  fractions: { жарты: 2, ширек: 4 },
});

export const kk = {
  code: 'kk',
  name: 'Kazakh',
  scripts: ['Cyrillic'],
  numbers: {
    decimal: ',',
    word: suffixedLookup(NUMBER_WORDS, SUFFIXES),
    connectors: [],
    digitOrdinal: null,
    hyphenOrdinal: 'інші|ыншы|нші|ншы|ші|шы',
    relativeOrdinals: [
      ['соңғы', 'end+0'],
      ['келесі', 'current+1'],
      ['алдыңғы|бұрынғы', 'current-1'],
      ['ағымдағы', 'current+0'],
    ],
    percentAfter: [s('пайыз')],
    percentBefore: [],
    units: {
      car: [s('автокөлік'), s('көлік'), s('автомобиль'), s('машина'), s('дана')],
      truck: [s('жүк көлігі')],
      bus: [s('автобус')],
      job: [s('жұмыс орны'), s('жұмыс орындары')],
      country: [s('ел'), s('мемлекет')],
      region: [s('облыс'), s('өңір'), s('аймақ')],
      hectare: [s('гектар')],
      year: [s('жыл')],
      month: [s('ай')],
      day: [s('күн')],
      week: [s('апта')],
      times: [s('есе'), s('рет')],
      person: [s('адам'), s('кісі')],
      employee: [s('қызметкер'), s('жұмысшы')],
      plant: [s('зауыт'), s('кәсіпорын')],
      company: [s('компания')],
      type: [s('модель')],
      tonne: [s('тонна')],
      km: [s('шақырым'), s('километр')],
      kg: [s('килограмм')],
    },
    currencies: [
      [s('ақш доллары'), 'USD'],
      [s('теңге|тг'), 'KZT'],
      [s('доллар'), 'USD', 'dollar: currency not named (US dollar assumed)'],
      [s('еуро|евро'), 'EUR'],
      [s('рубль|рубл'), 'RUB'],
      [s('сом'), 'KGS'],
      [s('манат'), 'AZN'],
      [s('юань'), 'CNY'],
    ],
    suffixes: SUFFIXES,
  },
  dates: {
    chrono: null,
    months: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
    monthStems: true,
    monthAbbreviations: [],
    weekdays: ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'],
    yearAfter: ['жыл\\p{L}*'],
    targetYearAfter: ['жылға\\s+дейін', 'жылға\\s+қарай'],
  },
  events: null,
  discourse: null,
} satisfies LanguagePack;
