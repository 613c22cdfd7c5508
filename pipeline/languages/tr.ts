/** Turkish: everything the pipeline reads about the language. */
import { suffixedLookup, turkicNumberWords, withSuffixes } from './turkic.js';
import type { LanguagePack } from './types.js';

/** Case, possessive and derivational endings after numbers, units and currencies (`2024'te`, `milyara`, `%15'lik`, `liralık`). */
const SUFFIXES = [
  'da', 'de', 'ta', 'te', 'dan', 'den', 'tan', 'ten', 'a', 'e', 'ya', 'ye', 'ı', 'i', 'u', 'ü', 'yı', 'yi', 'yu', 'yü',
  'ın', 'in', 'un', 'ün', 'nın', 'nin', 'nun', 'nün', 'lık', 'lik', 'luk', 'lük', 'lar', 'ler', 'ları', 'leri',
  'lık', 'lıkta', 'likte', 'luktan', 'lükten', 'lıktan', 'likten', 'ına', 'ine', 'una', 'üne', 'ında', 'inde', 'unda', 'ünde',
  'ından', 'inden', 'undan', 'ünden', 'dır', 'dir', 'dur', 'dür', 'tır', 'tir', 'tur', 'tür', 'e kadar', 'a kadar', 'ya kadar', 'ye kadar',
];
const s = (pattern: string): string => withSuffixes(pattern, SUFFIXES);

const NUMBER_WORDS = turkicNumberWords({
  units: ['sıfır', 'bir', 'iki', 'üç', 'dört', 'beş', 'altı', 'yedi', 'sekiz', 'dokuz'],
  tens: ['on', 'yirmi', 'otuz', 'kırk', 'elli', 'altmış', 'yetmiş', 'seksen', 'doksan'],
  hundred: 'yüz',
  scales: { bin: 1e3, milyon: 1e6, mn: 1e6, mln: 1e6, milyar: 1e9, mlr: 1e9, mlrd: 1e9, trilyon: 1e12, trn: 1e12 },
  ordinals: {
    units: ['birinci', 'ikinci', 'üçüncü', 'dördüncü', 'beşinci', 'altıncı', 'yedinci', 'sekizinci', 'dokuzuncu'],
    tens: ['onuncu', 'yirminci', 'otuzuncu', 'kırkıncı', 'ellinci', 'altmışıncı', 'yetmişinci', 'sekseninci', 'doksanıncı'],
    hundred: 'yüzüncü',
    thousand: 'bininci',
  },
  fractions: { yarım: 2, çeyrek: 4 },
});

export const tr = {
  code: 'tr',
  name: 'Turkish',
  scripts: ['Latin'],
  numbers: {
    decimal: ',',
    word: suffixedLookup(NUMBER_WORDS, SUFFIXES, ['yüzde']),
    connectors: [],
    digitOrdinal: null,
    hyphenOrdinal: 'inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü',
    relativeOrdinals: [
      ['sondan bir önceki', 'end-1'],
      ['sonuncu|son', 'end+0'],
      ['bir sonraki|sonraki|gelecek', 'current+1'],
      ['bir önceki|önceki', 'current-1'],
      ['şimdiki|mevcut', 'current+0'],
    ],
    percentAfter: [],
    percentBefore: ['yüzde'],
    units: {
      car: [s('araç'), s('araçlar'), s('otomobil'), s('otomobiller'), s('araba'), s('arabalar'), s('binek araç'), s('taşıt'), s('adet')],
      truck: [s('kamyon'), s('kamyonlar')],
      bus: [s('otobüs'), s('otobüsler')],
      job: [s('istihdam')],
      country: [s('ülke'), s('ülkeler')],
      region: [s('bölge'), s('bölgeler'), s('il'), s('iller')],
      hectare: [s('hektar'), s('dönüm')],
      year: [s('yıl'), s('yıllık'), s('sene')],
      month: [s('ay'), s('aylık')],
      day: [s('gün'), s('günlük')],
      week: [s('hafta'), s('haftalık')],
      times: [s('kat'), s('kez'), s('defa')],
      person: [s('kişi'), s('kişiler')],
      employee: [s('çalışan'), s('çalışanlar'), s('işçi'), s('işçiler'), s('personel')],
      plant: [s('fabrika'), s('fabrikalar'), s('tesis'), s('tesisler')],
      company: [s('şirket'), s('şirketler'), s('firma'), s('firmalar')],
      manufacturer: [s('üretici'), s('üreticiler')],
      type: [s('model'), s('modeller')],
      tonne: [s('ton')],
      km: [s('kilometre')],
      kg: [s('kilogram')],
    },
    currencies: [
      [s('türk lirası|tl'), 'TRY'],
      [s('(?:amerikan|abd) doları'), 'USD'],
      [s('lira'), 'TRY', 'lira: Turkish assumed'],
      [s('dolar'), 'USD', 'dollar: currency not named (US dollar assumed)'],
      [s('euro|avro'), 'EUR'],
      [s('sterlin'), 'GBP'],
      [s('ruble'), 'RUB'],
      [s('yuan'), 'CNY'],
      [s('manat'), 'AZN'],
      [s('tenge'), 'KZT'],
    ],
    suffixes: SUFFIXES,
  },
  dates: {
    chrono: null,
    months: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
    monthStems: true,
    monthAbbreviations: ['oca', 'şub', 'nis', 'haz', 'tem', 'ağu', 'eyl', 'eki', 'kas', 'ara'],
    weekdays: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar'],
    yearAfter: ['yıl\\p{L}*', 'sene\\p{L}*'],
    targetYearAfter: ["(?:['’]?(?:e|a|ye|ya)|\\s+yılına)\\s+kadar", "yılına\\s+kadar"],
  },
  events: null,
  discourse: null,
} satisfies LanguagePack;
