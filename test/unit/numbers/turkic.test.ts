import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../pipeline/numbers/index.js';
import type { NumberFact } from '../../../pipeline/types.js';

const facts = (text: string, language: string, referenceDate: string | null = null): Array<Partial<NumberFact>> =>
  extractNumbers(text, { language, referenceDate }).map((f) => ({ text: f.text, kind: f.kind, value: f.value, ...(f.unit ? { unit: f.unit } : {}), ...(f.currency ? { currency: f.currency } : {}), ...(f.date ? { date: f.date } : {}) }));

describe('numbers in the Turkic packs', () => {
  it('Turkish: scales, counted nouns, money, percent before the number, ordinals, dates', () => {
    expect(facts('Şirket 20 bin araç üretti ve 1 milyar euro yatırım yaptı.', 'tur')).toEqual([
      { text: '20 bin araç', kind: 'count', value: 20000, unit: 'car' },
      { text: '1 milyar euro', kind: 'money', value: 1e9, currency: 'EUR' },
    ]);
    expect(facts('Satışlar yüzde 9,5 arttı, ihracat %12 yükseldi.', 'tr')).toEqual([
      { text: 'yüzde 9,5', kind: 'percent', value: 9.5 },
      { text: '%12', kind: 'percent', value: 12 },
    ]);
    expect(facts('İki yüz elli bin otomobil ve 3 milyon TL', 'tr')).toEqual([
      { text: 'İki yüz elli bin otomobil', kind: 'count', value: 250000, unit: 'car' },
      { text: '3 milyon TL', kind: 'money', value: 3e6, currency: 'TRY' },
    ]);
    expect(facts('Üçüncü fabrika 15 Mart 2024 tarihinde açıldı; 3\'üncü hat.', 'tr')).toEqual([
      { text: 'Üçüncü', kind: 'ordinal', value: 3 },
      { text: '15 Mart 2024', kind: 'date', value: null, date: '2024-03-15' },
      { text: "3'üncü", kind: 'ordinal', value: 3 },
    ]);
  });

  it('Turkish: a month name without a number is a word (ekim: sowing), and "ona" is a pronoun', () => {
    expect(facts('Tarlada ekim yapıldı ve ona söylendi.', 'tr')).toEqual([]);
  });

  it('Azerbaijani: min/milyon, manat, faiz after the number, years written as ordinals', () => {
    expect(facts('Zavod 2024-cü ildə 15 min avtomobil istehsal edib, 88 milyon manat, 12,5 faiz.', 'aze')).toEqual([
      { text: '2024-cü', kind: 'year', value: 2024, date: '2024' },
      { text: '15 min avtomobil', kind: 'count', value: 15000, unit: 'car' },
      { text: '88 milyon manat', kind: 'money', value: 88e6, currency: 'AZN' },
      { text: '12,5 faiz', kind: 'percent', value: 12.5 },
    ]);
  });

  it('Uzbek, Latin and Cyrillic: ming, so‘m with case suffixes, foizga, year-first dates', () => {
    expect(facts("350 ming dona avtomobil, eksport 12,5 foizga o‘sdi, 1,5 trillion so‘mlik loyiha", 'uzb')).toEqual([
      { text: '350 ming dona', kind: 'count', value: 350000, unit: 'car' },
      { text: '12,5 foizga', kind: 'percent', value: 12.5 },
      { text: '1,5 trillion so‘mlik', kind: 'money', value: 1.5e12, currency: 'UZS' },
    ]);
    expect(facts('Корхона 120 минг автомобил ишлаб чиқарди, 2,5 триллион сўм.', 'uz')).toEqual([
      { text: '120 минг автомобил', kind: 'count', value: 120000, unit: 'car' },
      { text: '2,5 триллион сўм', kind: 'money', value: 2.5e12, currency: 'UZS' },
    ]);
    expect(facts('2024-yil 15-mart kuni zavod ochildi', 'uz')).toEqual([{ text: '2024-yil 15-mart', kind: 'date', value: null, date: '2024-03-15' }]);
  });

  it('Kazakh: мың/млрд, теңге, пайызға, dates with жылғы', () => {
    expect(facts('Зауыт 45 мың автокөлік шығарды, 150 млрд теңге, 12,5 пайызға өсті.', 'kaz')).toEqual([
      { text: '45 мың автокөлік', kind: 'count', value: 45000, unit: 'car' },
      { text: '150 млрд теңге', kind: 'money', value: 150e9, currency: 'KZT' },
      { text: '12,5 пайызға', kind: 'percent', value: 12.5 },
    ]);
    expect(facts('2024 жылғы 15 наурызда', 'kk')).toEqual([{ text: '2024 жылғы 15 наурызда', kind: 'date', value: null, date: '2024-03-15' }]);
  });

  it('stays silent in other languages: English "on", "bin", "min" and "som" are no Turkic numbers', () => {
    expect(facts('He put it on the bin in one min.', 'en')).toEqual([{ text: 'one', kind: 'count', value: 1 }]);
    expect(facts('10 million som', 'en')).toEqual([{ text: '10 million som', kind: 'money', value: 1e7, currency: 'KGS' }]);
  });
});

describe('Turkic number grammar from the packs', () => {
  const values = (text: string, language: string) => extractNumbers(text, { language }).map((f) => [f.text, f.value]);

  it('a half after the number, and the scale after that (buçuk, жарым, yarim)', () => {
    expect(values('iki buçuk milyon araç', 'tr')).toEqual([['iki buçuk milyon araç', 2.5e6]]);
    expect(values('бір жарым миллион', 'kk')).toEqual([['бір жарым миллион', 1.5e6]]);
    expect(values('bir yarim million', 'uz')).toEqual([['bir yarim million', 1.5e6]]);
  });

  it('negative words, percent words before a spelled number, ordinals with a full stop before a lower-case word', () => {
    expect(values('sıcaklık eksi beş derece', 'tr')).toEqual([['eksi beş', -5]]);
    expect(values('yüzde yirmi beş arttı', 'tr')).toEqual([['yüzde yirmi beş', 25]]);
    expect(extractNumbers('3. fabrika açıldı; 3. çeyrekte üretim arttı.', { language: 'tr', referenceDate: '2026-01-15' }).map((f) => [f.text, f.kind, f.value ?? f.date])).toEqual([['3.', 'ordinal', 3], ['3. çeyrekte', 'date', '2026-07/2026-09']]);
  });

  it('stays silent where the words mean something else: "al menos cinco" is five, not minus five; a sentence-final "3." in English is three', () => {
    expect(values('al menos cinco coches', 'es')).toEqual([['cinco coches', 5]]);
    expect(extractNumbers('They built 3. Then more.', { language: 'en' }).map((f) => [f.text, f.kind])).toEqual([['3', 'count']]);
  });
});

describe('rates in the Turkic packs', () => {
  it('yıllık and жылына before the quantity, жылына after it', () => {
    const kinds = (text: string, language: string) => extractNumbers(text, { language }).map((f) => [f.text, f.kind]);
    expect(kinds('yıllık 100 bin araç kapasite', 'tr')).toEqual([['100 bin araç', 'rate']]);
    expect(kinds('жылына 45 мың автокөлік', 'kk')).toEqual([['45 мың автокөлік', 'rate']]);
    expect(kinds('45 мың автокөлік жылына', 'kk')).toEqual([['45 мың автокөлік жылына', 'rate']]);
  });
});

describe('Turkic compound numbers and ordinals', () => {
  const values = (text: string, language: string) => extractNumbers(text, { language }).map((f) => [f.text, f.kind, f.value]);

  it('digits with scale words between them, and ilk as the first', () => {
    expect(values('3 bin 500 kişi ve 2 milyar 300 milyon', 'tr')).toEqual([['3 bin 500 kişi', 'count', 3500], ['2 milyar 300 milyon', 'count', 2.3e9]]);
    expect(values('1 млн 200 мың', 'kk')).toEqual([['1 млн 200 мың', 'count', 1.2e6]]);
    expect(values('ilk fabrika', 'tr')).toEqual([['ilk', 'ordinal', 1]]);
  });

  it('"ilk" is no number in English text', () => {
    expect(values('the ilk of such cars', 'en')).toEqual([]);
  });
});
