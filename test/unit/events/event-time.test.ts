/**
 * Which time a fact takes from its sentence (issue 18, requirement 3): a time belongs to the fact of
 * its own clause, and relative wordings resolve against the article's reference date
 * (bench/articles/orig-*).
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view, type NumberSpec } from './build.js';

const year = (y: number): NumberSpec => ({ text: String(y), kind: 'year', value: y, date: String(y) });
const count = (text: string, value: number, unit: string): NumberSpec => ({ text, kind: 'count', value, unit });
const money = (text: string, value: number, currency: string): NumberSpec => ({ text, kind: 'money', value, currency });
const times = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.time]);
const jobsTime = (input: ReturnType<typeof build>) => times(input).filter((e) => e[0] === 'jobs').map((e) => e[2]);

describe('a headcount is dated only by a time of its own figure’s clause', () => {
  it('en: a year of the capacity before a comma does not date the jobs after it', () => {
    const text = 'The plant is designed to turn out 1,200 combine harvesters a year from 2028, creating about 650 jobs.';
    expect(jobsTime(build(text, 'eng', [], [{ text: '1,200 combine harvesters a year', kind: 'rate', value: 1200, unit: 'combine' }, year(2028), count('650 jobs', 650, 'job')], '2026-03-16'))).toEqual([null]);
  });
  it('de: a year of the main clause does not date the workforce of a relative clause', () => {
    const text = 'Der Umsatz des Unternehmens, das insgesamt 2.650 Mitarbeiter beschäftigt, sank 2025 auf 412 Millionen Euro.';
    expect(jobsTime(build(text, 'deu', [], [count('2.650 Mitarbeiter', 2650, 'employee'), year(2025), money('412 Millionen Euro', 412e6, 'EUR')], '2026-11-19'))).toEqual([null]);
  });
  it('fr: a deadline of a coordinated verb phrase does not date the jobs (`d’ici 2028 et permettre la création de 150 emplois`)', () => {
    const text = "Il doit porter la capacité de production de 80 à 110 rames par an d'ici 2028 et permettre la création de 150 emplois.";
    expect(jobsTime(build(text, 'fra', [], [{ text: '110 rames par an', kind: 'rate', value: 110, unit: 'tram' }, year(2028), count('150 emplois', 150, 'job')], '2026-09-29'))).toEqual([null]);
  });
  it('es: a relative year of another clause does not date the workforce (`donde emplea a 940 personas, Moncayo carrozó el año pasado`)', () => {
    const text = 'En su fábrica de Zaragoza, donde emplea a 940 personas, Moncayo carrozó el año pasado 1.180 autobuses.';
    expect(jobsTime(build(text, 'spa', [['Zaragoza', 'GPE'], ['Moncayo', 'ORG']], [count('940 personas', 940, 'person'), count('1.180 autobuses', 1180, 'bus')], '2027-04-14'))).toEqual([null]);
  });
  it('silent: a workforce target and its deadline in one clause (en, es)', () => {
    const en = 'Korkmaz said the Manisa workforce should grow to 2,000 people by 2029.';
    expect(jobsTime(build(en, 'eng', [['Korkmaz', 'PER'], ['Manisa', 'GPE']], [count('2,000 people', 2000, 'person'), year(2029)], '2027-03-10'))).toEqual(['2029']);
    const es = 'Trabajan en ella 180 personas y la plantilla llegará a 350 personas en 2029.';
    expect(jobsTime(build(es, 'spa', [], [count('180 personas', 180, 'person'), count('350 personas', 350, 'person'), year(2029)], '2027-04-14'))).toEqual([null, '2029']);
  });
});

describe('a coachbuilder’s bodying of vehicles is their production, dated by its clause', () => {
  it('es, fr: `carrozó el año pasado 1.180 autobuses`, `a carrossé l’an dernier 1 180 autobus`', () => {
    const es = 'En su fábrica de Zaragoza, donde emplea a 940 personas, Moncayo carrozó el año pasado 1.180 autobuses.';
    expect(times(build(es, 'spa', [['Zaragoza', 'GPE'], ['Moncayo', 'ORG']], [count('940 personas', 940, 'person'), count('1.180 autobuses', 1180, 'bus')], '2027-04-14'))).toContainEqual(['production', 1180, '2026']);
    const fr = "Dans son usine de Saragosse, Moncayo a carrossé l'an dernier 1 180 autobus.";
    expect(times(build(fr, 'fra', [['Saragosse', 'GPE'], ['Moncayo', 'ORG']], [count('1 180 autobus', 1180, 'bus')], '2027-04-14'))).toContainEqual(['production', 1180, '2026']);
  });
  it('silent: the body maker’s noun (`fabricante de carrocerías`) is no production', () => {
    const es = 'El fabricante aragonés de carrocerías para autobuses Carrocerías Moncayo tiene su sede en Zaragoza.';
    expect(times(build(es, 'spa', [['Carrocerías Moncayo', 'ORG'], ['Zaragoza', 'GPE']], [], '2027-04-14'))).toEqual([]);
  });
});

describe('a start told in the present names the next such period where the one named is already over', () => {
  const date = (text: string, iso: string): NumberSpec => ({ text, kind: 'date', date: iso });
  it('de, en: `Die Lieferungen nach Bursa beginnen im ersten Quartal` (November 2026), `Shipments to Georgia begin in March` (May 2027)', () => {
    const de = 'Die Lieferungen nach Bursa beginnen im ersten Quartal.';
    expect(times(build(de, 'deu', [['Bursa', 'GPE']], [date('ersten Quartal', '2026-01/2026-03')], '2026-11-19'))).toEqual([['export', null, '2027-01/2027-03']]);
    const en = 'Shipments to Georgia begin in March.';
    expect(times(build(en, 'eng', [['Georgia', 'GPE']], [date('March', '2027-03')], '2027-05-12')).map((e) => e[2])).toEqual(['2028-03']);
  });
  it('silent: a period not yet over (de), and a start told in the past (en)', () => {
    const de = 'Der Bau des Werks beginnt im zweiten Quartal.';
    expect(times(build(de, 'deu', [], [date('zweiten Quartal', '2026-04/2026-06')], '2026-03-16')).map((e) => e[2])).toEqual(['2026-04/2026-06']);
    const en = 'Deliveries to Georgia began in March.';
    expect(times(build(en, 'eng', [['Georgia', 'GPE']], [date('March', '2027-03')], '2027-05-12')).map((e) => e[2])).toEqual(['2027-03']);
  });
});

describe('the end of this year, or this whole year, is the document year', () => {
  it('en, es: `before the end of the year` (September 2026), `antes de que acabe el año` (February 2027)', () => {
    const en = 'The new line is expected to produce its first 60 wagons before the end of the year.';
    expect(times(build(en, 'eng', [], [count('60 wagons', 60, 'wagon')], '2026-09-08')).map((e) => e[2])).toEqual(['2026']);
    const es = 'Tractores Duero prevé empezar a ensamblar sus tractores en Turquía antes de que acabe el año.';
    expect(times(build(es, 'spa', [['Tractores Duero', 'ORG'], ['Turquía', 'GPE']], [], '2027-02-25')).map((e) => e[2])).toEqual(['2027']);
  });
  it('de, ru: `bis Ende des Jahres`, `до конца года`', () => {
    const de = 'Bis Ende des Jahres sollen in Kutaissi 2.000 Achsen vom Band laufen.';
    expect(times(build(de, 'deu', [['Kutaissi', 'GPE']], [count('2.000 Achsen', 2000, 'axle')], '2026-11-19')).map((e) => e[2])).toEqual(['2026']);
    const ru = 'Завод выпустит первые 60 машин до конца года.';
    expect(times(build(ru, 'rus', [], [count('60 машин', 60, 'car')], '2027-03-05')).map((e) => e[2])).toEqual(['2027']);
  });
  it('silent: the end of a year written out (en)', () => {
    const en = 'The new line is expected to produce 600 wagons by the end of 2028.';
    expect(times(build(en, 'eng', [], [count('600 wagons', 600, 'wagon'), { text: 'end of 2028', kind: 'date', date: '2028' }], '2026-09-08')).map((e) => e[2])).toEqual(['2028']);
  });
});
