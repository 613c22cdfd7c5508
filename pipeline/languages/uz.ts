/** Uzbek, in Latin and Cyrillic script: everything the pipeline reads about the language. */
import { suffixedLookup, turkicNumberWords, withSuffixes } from './turkic.js';
import type { LanguagePack } from './types.js';

/** Case, possessive and derivational endings after numbers, units and currencies (`2030-yilgacha`, `foizga`, `so'mlik`, `млрд-га`). */
const SUFFIXES = [
  'da', 'dan', 'ga', 'ka', 'qa', 'gacha', 'ning', 'ni', 'dagi', 'lik', 'lar', 'larni', 'larga', 'si', 'i', 'ini', 'iga', 'ida', 'idan',
  'ta', 'dir', 'ga yaqin',
  'да', 'дан', 'га', 'ка', 'қа', 'гача', 'нинг', 'ни', 'даги', 'лик', 'лар', 'си', 'и', 'ини', 'ига', 'ида', 'идан', 'та', 'дир',
];
const s = (pattern: string): string => withSuffixes(pattern, SUFFIXES);

const LATIN = turkicNumberWords({
  units: ['nol', 'bir', 'ikki', 'uch', "to'rt", 'besh', 'olti', 'yetti', 'sakkiz', "to'qqiz"],
  tens: ["o'n", 'yigirma', "o'ttiz", 'qirq', 'ellik', 'oltmish', 'yetmish', 'sakson', "to'qson"],
  hundred: 'yuz',
  scales: { ming: 1e3, million: 1e6, mln: 1e6, milliard: 1e9, mlrd: 1e9, trillion: 1e12, trln: 1e12 },
  ordinals: {
    units: ['birinchi', 'ikkinchi', 'uchinchi', "to'rtinchi", 'beshinchi', 'oltinchi', 'yettinchi', 'sakkizinchi', "to'qqizinchi"],
    tens: ["o'ninchi", 'yigirmanchi', "o'ttizinchi", 'qirqinchi', 'elliginchi', 'oltmishinchi', 'yetmishinchi', 'saksoninchi', "to'qsoninchi"],
    hundred: 'yuzinchi',
    thousand: 'minginchi',
  },
  fractions: { yarim: 2, chorak: 4 },
});
const CYRILLIC = turkicNumberWords({
  units: ['нол', 'бир', 'икки', 'уч', 'тўрт', 'беш', 'олти', 'етти', 'саккиз', 'тўққиз'],
  tens: ['ўн', 'йигирма', 'ўттиз', 'қирқ', 'эллик', 'олтмиш', 'етмиш', 'саксон', 'тўқсон'],
  hundred: 'юз',
  scales: { минг: 1e3, миллион: 1e6, млн: 1e6, миллиард: 1e9, млрд: 1e9, триллион: 1e12, трлн: 1e12 },
  ordinals: {
    units: ['биринчи', 'иккинчи', 'учинчи', 'тўртинчи', 'бешинчи', 'олтинчи', 'еттинчи', 'саккизинчи', 'тўққизинчи'],
    tens: ['ўнинчи', 'йигирманчи', 'ўттизинчи', 'қирқинчи', 'элликинчи', 'олтмишинчи', 'етмишинчи', 'саксонинчи', 'тўқсонинчи'],
    hundred: 'юзинчи',
    thousand: 'мингинчи',
  },
  fractions: { ярим: 2, чорак: 4 },
});

export const uz = {
  code: 'uz',
  name: 'Uzbek',
  scripts: ['Latin', 'Cyrillic'],
  numbers: {
    decimal: ',',
    word: suffixedLookup(new Map([...LATIN, ...CYRILLIC]), SUFFIXES),
    connectors: [],
    digitOrdinal: null,
    hyphenOrdinal: 'inchi|nchi|chi|инчи|нчи|чи',
    relativeOrdinals: [
      ["oxirgi|so'nggi|охирги|сўнгги", 'end+0'],
      ['keyingi|навбатдаги|кейинги', 'current+1'],
      ['oldingi|олдинги', 'current-1'],
      ['joriy|жорий', 'current+0'],
    ],
    percentAfter: [s('foiz'), s('фоиз')],
    percentBefore: [],
    units: {
      car: [s('avtomobil'), s('avtomobillar'), s('mashina'), s('avtomashina'), s('dona'), s('автомобил'), s('машина'), s('автомашина'), s('дона')],
      truck: [s('yuk mashinasi'), s('юк машинаси')],
      bus: [s('avtobus'), s('автобус')],
      job: [s("ish o'rni"), s("ish o'rinlari"), s('иш ўрни'), s('иш ўринлари')],
      country: [s('davlat'), s('mamlakat'), s('давлат'), s('мамлакат')],
      region: [s('viloyat'), s('вилоят'), s('hudud'), s('ҳудуд')],
      hectare: [s('gektar'), s('гектар')],
      year: [s('yil'), s('йил')],
      month: [s('oy'), s('ой')],
      day: [s('kun'), s('кун')],
      week: [s('hafta'), s('ҳафта')],
      times: [s('marta'), s('марта')],
      person: [s('kishi'), s('nafar'), s('киши'), s('нафар')],
      employee: [s('xodim'), s('ishchi'), s('ходим'), s('ишчи')],
      plant: [s('zavod'), s('korxona'), s('завод'), s('корхона')],
      company: [s('kompaniya'), s('компания')],
      type: [s('model'), s('модел')],
      tonne: [s('tonna'), s('тонна')],
      km: [s('kilometr'), s('километр')],
      kg: [s('kilogramm'), s('килограмм')],
    },
    currencies: [
      [s("aqsh dollari|ақш доллари"), 'USD'],
      [s("so['‘’ʻ]m|sum|сўм|сум"), 'UZS'],
      [s('dollar|доллар'), 'USD', 'dollar: currency not named (US dollar assumed)'],
      [s('yevro|evro|евро'), 'EUR'],
      [s('rubl|рубл'), 'RUB'],
      [s('tenge|тенге'), 'KZT'],
      [s('manat|манат'), 'AZN'],
      [s('yuan|юан'), 'CNY'],
    ],
    suffixes: SUFFIXES,
  },
  dates: {
    chrono: null,
    months: [
      'yanvar|январ', 'fevral|феврал', 'mart|март', 'aprel|апрел', 'may|май', 'iyun|июн', 'iyul|июл', 'avgust|август',
      'sentabr|sentyabr|сентябр', 'oktabr|oktyabr|октябр', 'noyabr|ноябр', 'dekabr|декабр',
    ],
    monthStems: true,
    monthAbbreviations: [],
    weekdays: ['dushanba|душанба', 'seshanba|сешанба', 'chorshanba|чоршанба', 'payshanba|пайшанба', 'juma|жума', 'shanba|шанба', 'yakshanba|якшанба'],
    yearAfter: ['yil\\p{L}*', 'йил\\p{L}*'],
    targetYearAfter: ['yilgacha', 'йилгача', 'yilga\\s+qadar', 'йилга\\s+қадар'],
  },
  events: null,
  discourse: null,
} satisfies LanguagePack;
