import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../../pipeline/numbers/index.js';

const dates = (text: string, language: string, referenceDate = '2026-01-15') =>
  extractNumbers(text, { language, referenceDate }).map((f) => [f.text, f.kind, f.kind === 'date' || f.kind === 'year' ? f.date : f.value]);

describe('quarters, halves and month spans from the packs', () => {
  it('reads them as ISO month intervals in each language, with the year written or the reference year', () => {
    expect(dates('in the fourth quarter and the second half of 2027', 'en')).toEqual([
      ['fourth quarter', 'date', '2025-10/2025-12'],
      ['second half of 2027', 'date', '2027-07/2027-12'],
    ]);
    expect(dates('im zweiten Quartal und in den ersten neun Monaten des Jahres', 'de')).toEqual([
      ['zweiten Quartal', 'date', '2026-04/2026-06'],
      ['ersten neun Monaten des Jahres', 'date', '2026-01/2026-09'],
    ]);
    expect(dates('в третьем квартале 2026 года и за восемь месяцев 2026 года', 'ru')).toEqual([
      ['третьем квартале 2026 года', 'date', '2026-07/2026-09'],
      ['восемь месяцев 2026 года', 'date', '2026-01/2026-08'],
    ]);
    expect(dates('au premier trimestre 2026', 'fr')).toEqual([['premier trimestre 2026', 'date', '2026-01/2026-03']]);
    expect(dates('Q3 2026 and H1', 'en')).toEqual([['Q3 2026', 'date', '2026-07/2026-09'], ['H1', 'date', '2026-01/2026-06']]);
  });

  it('a span of months without a year is a duration; an ordinal before another noun stays an ordinal', () => {
    expect(dates('He waited nine months for the third plant.', 'en')).toEqual([['nine months', 'count', 9], ['third', 'ordinal', 3]]);
  });

  it('the count before the word for first (`neuf premiers mois`, `nueve primeros meses`) opens a span of months, no fraction', () => {
    expect(dates("au cours des neuf premiers mois de l'année", 'fr', '2026-10-14')).toEqual([["neuf premiers mois de l'année", 'date', '2026-01/2026-09']]);
    expect(dates('durante los seis primeros meses de 2025', 'es', '2026-10-14')).toEqual([['seis primeros meses de 2025', 'date', '2025-01/2025-06']]);
  });

  it('silent: the word for first before another noun, or a count of months without a year, stays what it was (fr, en)', () => {
    expect(dates('les trois premiers camions en neuf mois', 'fr').filter((d) => d[1] === 'date')).toEqual([]);
    expect(dates('two thirds of the plant', 'en').map((d) => d[1])).toEqual(['percent']);
  });

  it('Russian year phrases keep their noun; an edge before a year gives the year precision', () => {
    expect(dates('в 2026 году и в конце 2027 года', 'ru')).toEqual([['2026 году', 'year', '2026'], ['конце 2027 года', 'date', '2027']]);
  });

  it('Russian edges in the nominative too (`запуск запланирован на конец 2028 года`, `начало 2027 года`); silent: a year alone stays a year', () => {
    expect(dates('запуск запланирован на конец 2028 года', 'ru')).toEqual([['конец 2028 года', 'date', '2028']]);
    expect(dates('сроки перенесены на начало 2027 года', 'ru')).toEqual([['начало 2027 года', 'date', '2027']]);
    expect(dates('план на 2028 год', 'ru')).toEqual([['2028 год', 'year', '2028']]);
  });
});

describe('a span of months from January without its year (`first five months`, `за пять месяцев`)', () => {
  it('en, ru, es: the months of the reference year up to the span’s last, or of the year before where that month is not over', () => {
    expect(dates('Exports rose 9% in the first five months.', 'en', '2026-06-23')).toEqual([['9%', 'percent', 9], ['first five months', 'date', '2026-01/2026-05']]);
    expect(dates('Товарооборот за пять месяцев вырос на 9%.', 'ru', '2026-06-23')).toEqual([['пять месяцев', 'date', '2026-01/2026-05'], ['9%', 'percent', 9]]);
    expect(dates('Las ventas subieron en los cinco primeros meses.', 'es', '2026-03-10')).toEqual([['cinco primeros meses', 'date', '2025-01/2025-05']]);
  });
  it('silent: a span with no word that opens it stays a duration (en, ru)', () => {
    expect(dates('The plant was built in five months.', 'en', '2026-06-23')).toEqual([['five months', 'count', 5]]);
    expect(dates('Завод построили через пять месяцев.', 'ru', '2026-06-23')).toEqual([['пять месяцев', 'count', 5]]);
  });
});
