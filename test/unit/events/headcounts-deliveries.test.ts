/**
 * Ordinary wordings of jobs, sales and export facts: headcounts told with work and hire verbs (two in
 * one sentence), deliveries at home as sales, and sales made abroad as exports.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view, type NumberSpec } from './build.js';

const facts = (text: string, lang: string, mentions: Array<[string, 'ORG' | 'GPE' | 'MISC']>, numbers: NumberSpec[]) => {
  const input = build(text, lang, mentions, numbers);
  return view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.unit]);
};
const people = (text: string, value: number, unit = 'person'): NumberSpec => ({ text, kind: 'count', value, unit });

describe('headcounts: work and hire verbs count people, two headcounts in one sentence are two facts', () => {
  it('de: a workforce beside a job target', () => {
    expect(facts('Derzeit arbeiten in Gandscha 260 Menschen; bis Ende 2027 soll die Belegschaft auf 450 Beschäftigte wachsen.', 'deu', [['Gandscha', 'GPE']],
      [people('260 Menschen', 260), people('450 Beschäftigte', 450, 'employee')])).toEqual([['jobs', 260, 'person'], ['jobs', 450, 'person']]);
  });
  it('en: jobs created and the workforce they raise', () => {
    expect(facts("The line will create 320 jobs, raising the company's workforce to about 2,900.", 'eng', [],
      [people('320 jobs', 320, 'job'), { text: '2,900', kind: 'count', value: 2900 }]).map((f) => f[1]).sort()).toEqual([2900, 320]);
  });
  it('fr: hiring people of a trade beside the staff employed', () => {
    expect(facts("L'usine, qui emploie quelque 1 900 salariés, prévoit d'embaucher 250 techniciens supplémentaires.", 'fra', [],
      [people('1 900 salariés', 1900, 'employee'), people('250 techniciens', 250, 'technicien')]).map((f) => f[1]).sort()).toEqual([1900, 250]);
  });
  it('es, ru: the work verb before the count', () => {
    expect(facts('En la fábrica de Valladolid, donde trabajan 1.750 personas, la compañía produjo 7.020 tractores.', 'spa', [['Valladolid', 'GPE']],
      [people('1.750 personas', 1750), { text: '7.020 tractores', kind: 'count', value: 7020, unit: 'tractor' }])[0]).toEqual(['jobs', 1750, 'person']);
    expect(facts('На предприятии будут работать 1,5 тыс. человек.', 'rus', [], [people('1,5 тыс. человек', 1500)])).toEqual([['jobs', 1500, 'person']]);
  });
  it('silent: working on something is no headcount', () => {
    expect(facts('Das Unternehmen arbeitet an 3 neuen Modellen.', 'deu', [], [{ text: '3', kind: 'count', value: 3 }])).toEqual([]);
  });
});

describe('deliveries: goods delivered with no place they go to are sold at home', () => {
  it('fr, ru', () => {
    expect(facts('Au premier semestre, Vercors Rail a livré 41 rames.', 'fra', [['Vercors Rail', 'ORG']], [people('41 rames', 41, 'rame')])).toEqual([['sales', 41, 'tram']]);
    expect(facts('Компания в прошлом году передала аграриям 860 единиц техники.', 'rus', [], [people('860 единиц', 860, 'car')])).toEqual([['sales', 860, 'machine']]);
  });
  it('silent: a delivery inside a contract, and a figure of speech', () => {
    expect(facts('Alstom a signé un contrat portant sur la livraison de 120 locomotives.', 'fra', [['Alstom', 'ORG']], [people('120 locomotives', 120, 'locomotive')]).map((f) => f[0])).toEqual(['agreement']);
    expect(facts('Le pays a été livré à lui-même.', 'fra', [], [])).toEqual([]);
    // a planned delivery with nobody named schedules a plant's output
    expect(facts('Las primeras 500 cabinas se entregarán en junio.', 'spa', [], [people('500 cabinas', 500, 'cabina')])).toEqual([]);
  });
});

describe('pack field abroad: sales made outside the home country are exports', () => {
  it('fr, es, en (a share of sales beside exports)', () => {
    expect(facts('Vercors Rail réalise déjà 40 % de ses ventes hors de France.', 'fra', [['Vercors Rail', 'ORG'], ['France', 'GPE']], [{ text: '40 %', kind: 'percent', value: 40 }]))
      .toEqual([['export', 40, 'percent']]);
    expect(facts('La firma obtuvo fuera de España el 58 % de sus ingresos.', 'spa', [['España', 'GPE']], [{ text: '58 %', kind: 'percent', value: 58 }]))
      .toEqual([['export', 58, 'percent']]);
    expect(facts('He expected exports to account for 55% of sales next year.', 'eng', [], [{ text: '55%', kind: 'percent', value: 55 }])).toEqual([['export', 55, 'percent']]);
  });
  it('silent: an idiom, and a share of sales with no export', () => {
    expect(facts('Les ventes hors de prix ont chuté de 5 %.', 'fra', [], [{ text: '5 %', kind: 'percent', value: 5 }]).map((f) => f[0])).toEqual(['sales']);
    expect(facts('Trucks accounted for 30% of sales.', 'eng', [], [{ text: '30%', kind: 'percent', value: 30 }]).map((f) => f[0])).toEqual(['sales']);
  });
});
