/** Azerbaijani (Latin script): everything the pipeline reads about the language. */
import { suffixedLookup, turkicNumberWords, withSuffixes } from './turkic.js';
import type { LanguagePack } from './types.js';

/** Case, possessive and derivational endings after numbers, units and currencies (`2024-cü ildə`, `milyarda`, `manatlıq`). */
const SUFFIXES = [
  'da', 'də', 'dan', 'dən', 'a', 'ə', 'ya', 'yə', 'ı', 'i', 'u', 'ü', 'nı', 'ni', 'nu', 'nü', 'ın', 'in', 'un', 'ün',
  'nın', 'nin', 'nun', 'nün', 'lıq', 'lik', 'luq', 'lük', 'lar', 'lər', 'ları', 'ləri', 'dır', 'dir', 'dur', 'dür',
  'ına', 'inə', 'una', 'ünə', 'ında', 'ində', 'unda', 'ündə', 'ından', 'indən', 'undan', 'ündən', 'dək', 'ədək', 'yədək', 'adək', 'yadək',
];
const s = (pattern: string): string => withSuffixes(pattern, SUFFIXES);

const NUMBER_WORDS = turkicNumberWords({
  units: ['sıfır', 'bir', 'iki', 'üç', 'dörd', 'beş', 'altı', 'yeddi', 'səkkiz', 'doqquz'],
  tens: ['on', 'iyirmi', 'otuz', 'qırx', 'əlli', 'altmış', 'yetmiş', 'səksən', 'doxsan'],
  hundred: 'yüz',
  scales: { min: 1e3, milyon: 1e6, mln: 1e6, milyard: 1e9, mlrd: 1e9, trilyon: 1e12, trln: 1e12 },
  ordinals: {
    units: ['birinci', 'ikinci', 'üçüncü', 'dördüncü', 'beşinci', 'altıncı', 'yeddinci', 'səkkizinci', 'doqquzuncu'],
    tens: ['onuncu', 'iyirminci', 'otuzuncu', 'qırxıncı', 'əllinci', 'altmışıncı', 'yetmişinci', 'səksəninci', 'doxsanıncı'],
    hundred: 'yüzüncü',
    thousand: 'mininci',
  },
  fractions: { yarım: 2 },
});

export const az = {
  code: 'az',
  name: 'Azerbaijani',
  scripts: ['Latin'],
  numbers: {
    decimal: ',',
    word: suffixedLookup(NUMBER_WORDS, SUFFIXES),
    connectors: [],
    digitOrdinal: null,
    hyphenOrdinal: 'ci|cı|cu|cü|inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü',
    relativeOrdinals: [
      ['sonuncu|son', 'end+0'],
      ['növbəti|gələn', 'current+1'],
      ['əvvəlki|keçən', 'current-1'],
      ['cari|hazırkı', 'current+0'],
    ],
    percentAfter: [s('faiz')],
    percentBefore: [],
    units: {
      car: [s('avtomobil'), s('avtomobillər'), s('maşın'), s('maşınlar'), s('ədəd'), s('nəqliyyat vasitəsi')],
      truck: [s('yük maşını'), s('yük avtomobili')],
      bus: [s('avtobus'), s('avtobuslar')],
      job: [s('iş yeri'), s('iş yerləri')],
      country: [s('ölkə'), s('ölkələr')],
      region: [s('rayon'), s('region'), s('bölgə')],
      hectare: [s('hektar')],
      year: [s('il'), s('illik')],
      month: [s('ay'), s('aylıq')],
      day: [s('gün'), s('günlük')],
      week: [s('həftə')],
      times: [s('dəfə'), s('qat')],
      person: [s('nəfər'), s('adam')],
      employee: [s('işçi'), s('işçilər'), s('əməkdaş')],
      plant: [s('zavod'), s('zavodlar'), s('fabrik'), s('müəssisə')],
      company: [s('şirkət'), s('şirkətlər')],
      manufacturer: [s('istehsalçı')],
      type: [s('model'), s('modellər')],
      tonne: [s('ton')],
      km: [s('kilometr')],
      kg: [s('kiloqram')],
    },
    currencies: [
      [s('abş dolları'), 'USD'],
      [s('türk lirəsi'), 'TRY'],
      [s('manat'), 'AZN'],
      [s('dollar'), 'USD', 'dollar: currency not named (US dollar assumed)'],
      [s('avro|yevro'), 'EUR'],
      [s('rubl'), 'RUB'],
      [s('lirə'), 'TRY', 'lira: Turkish assumed'],
      [s('tenge'), 'KZT'],
      [s('funt sterlinq|funt'), 'GBP'],
    ],
    suffixes: SUFFIXES,
  },
  dates: {
    chrono: null,
    months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
    monthStems: true,
    monthAbbreviations: ['yan', 'fev', 'apr', 'avq', 'sen', 'okt', 'noy', 'dek'],
    weekdays: ['bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə', 'bazar'],
    yearAfter: ['il\\p{L}*', '(?:ci|cı|cu|cü)\\s+il\\p{L}*'],
    targetYearAfter: ['(?:ci|cı|cu|cü)\\s+ilədək', '(?:ci|cı|cu|cü)\\s+ilə\\s+qədər', 'ilədək', 'ilə\\s+qədər'],
  },
  events: null,
  discourse: null,
} satisfies LanguagePack;
