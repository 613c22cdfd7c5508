/**
 * Facts told without their usual verb: a stake held by a partner named after the verb, after a passive
 * agent word or after a holder phrase, and a stake bought with its price (one investment per partner);
 * a batch delivered to a buyer named only by its noun, or received by the subject of the sentence, is a
 * sale; goods going to buyers in a country are exported; a sum budgeted for a project, flowing into it, or
 * its valued cost is an investment.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view, type NumberSpec } from './build.js';

type Fact = [type: string, actors: string[], quantity: number | null, unit: string | null, money: number | null];

const facts = (text: string, lang: string, mentions: Array<[string, 'ORG' | 'GPE' | 'PER' | 'MISC', number?]>, numbers: NumberSpec[]): Fact[] => {
  const input = build(text, lang, mentions, numbers);
  return view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.quantity, e.unit, e.money?.value ?? null]);
};
const count = (text: string, value: number, unit: string | null = null): NumberSpec => ({ text, kind: 'count', value, unit });
const money = (text: string, value: number, currency = 'EUR'): NumberSpec => ({ text, kind: 'money', value, currency });
const percent = (text: string, value: number): NumberSpec => ({ text, kind: 'percent', value });

describe('a stake per partner, whoever names it', () => {
  it('de: the holder after the verb, the second conjunct gapped', () => {
    expect(facts('An dem Gemeinschaftsunternehmen hält Voltrak 45 Prozent, Toros Kamyon 55 Prozent.', 'deu', [['Voltrak', 'ORG'], ['Toros Kamyon', 'ORG']],
      [percent('45 Prozent', 45), percent('55 Prozent', 55)]))
      .toEqual([['investment', ['Voltrak'], 45, 'percent', null], ['investment', ['Toros Kamyon'], 55, 'percent', null]]);
  });
  it('fr: each figure held by the passive agent after it', () => {
    expect(facts('Le site, détenu à 60 % par Semavia et à 40 % par le groupe kazakh Yessil Agro, doit ouvrir en mai.', 'fra',
      [['Semavia', 'ORG'], ['kazakh', 'MISC'], ['Yessil Agro', 'ORG']], [percent('60 %', 60), percent('40 %', 40)]))
      .toEqual([['investment', ['Semavia'], 60, 'percent', null], ['investment', ['Yessil Agro'], 40, 'percent', null]]);
  });
  it('es, en: a share left in the hands of its holder', () => {
    expect(facts('El 40 % restante seguirá en manos de su fundador, Rustam Qodirov.', 'spa', [['Rustam Qodirov', 'PER']], [percent('40 %', 40)]))
      .toEqual([['investment', ['Rustam Qodirov'], 40, 'percent', null]]);
    expect(facts('The remaining 40% will stay in the hands of its founder, Rustam Qodirov.', 'eng', [['Rustam Qodirov', 'PER']], [percent('40%', 40)]))
      .toEqual([['investment', ['Rustam Qodirov'], 40, 'percent', null]]);
  });
  it('es, en: a share bought, with its price', () => {
    expect(facts('Grupo Arlanza ha adquirido el 60 % de la empresa uzbeka Samarqand Kuzov por 31 millones de euros.', 'spa',
      [['Grupo Arlanza', 'ORG'], ['uzbeka', 'MISC'], ['Samarqand Kuzov', 'ORG']], [percent('60 %', 60), money('31 millones de euros', 31e6)]))
      .toEqual([['investment', ['Grupo Arlanza'], 60, 'percent', 31e6]]);
    expect(facts('Arlanza has acquired 60% of Samarqand Kuzov for 31 million euros.', 'eng', [['Arlanza', 'ORG'], ['Samarqand Kuzov', 'ORG']],
      [percent('60%', 60), money('31 million euros', 31e6)]))
      .toEqual([['investment', ['Arlanza'], 60, 'percent', 31e6]]);
  });
  it('silent: goods bought are no stake, nor a company in its founder\'s hands without a figure', () => {
    expect(facts('Arlanza ha adquirido 12 prensas.', 'spa', [['Arlanza', 'ORG']], [count('12 prensas', 12, 'prensas')]).map((f) => f[0])).not.toContain('investment');
    expect(facts('La empresa sigue en manos de su fundador, Rustam Qodirov.', 'spa', [['Rustam Qodirov', 'PER']], [])).toEqual([]);
  });
});

describe('a batch delivered to a buyer is a sale, goods going to buyers abroad an export', () => {
  it('ru: the buyer is the subject of receiving, or named by its noun', () => {
    expect(facts('Первые 50 тракторов до конца года получат хозяйства Чуйской области.', 'rus', [['Чуйской области', 'GPE']], [count('50 тракторов', 50, 'tractor')]))
      .toEqual([['sales', [], 50, 'tractor', null]]);
    expect(facts('Первые 60 машин будут переданы столичному перевозчику до конца года.', 'rus', [], [count('60 машин', 60, 'car')]))
      .toEqual([['sales', [], 60, 'car', null]]);
  });
  it('de: to manufacturers in two countries', () => {
    expect(facts('Die ersten Kabelsätze gehen an Nutzfahrzeughersteller in der Türkei und in Polen.', 'deu', [['Türkei', 'GPE'], ['Polen', 'GPE']], []).map((f) => f[0]))
      .toEqual(['export']);
  });
  it('silent: a year before receiving counts no batch; a planned delivery to nobody is none', () => {
    expect(facts('В 2025 году компания получит прибыль в 300 млн рублей.', 'rus', [], [{ text: '2025 году', kind: 'year', value: 2025 }, money('300 млн рублей', 300e6, 'RUB')])).toEqual([]);
    expect(facts('Первые 500 кабин будут переданы в июне.', 'rus', [], [count('500 кабин', 500, 'кабин')])).toEqual([]);
  });
});

describe("a project's budget or cost is an investment", () => {
  it('de: a sum budgeted, a sum flowing into the plant', () => {
    expect(facts('Dafür sind weitere 12 Millionen Euro eingeplant.', 'deu', [], [money('12 Millionen Euro', 12e6)])).toEqual([['investment', [], null, null, 12e6]]);
    expect(facts('Insgesamt sollen rund 140 Millionen Euro in die Fabrik fließen.', 'deu', [], [money('140 Millionen Euro', 140e6)])).toEqual([['investment', [], null, null, 140e6]]);
  });
  it('fr, ru: a works valued at a sum, a plant of a cost', () => {
    expect(facts("Le chantier, évalué à 52 millions d'euros, doit s'achever l'été prochain.", 'fra', [], [money("52 millions d'euros", 52e6)]))
      .toEqual([['investment', [], null, null, 52e6]]);
    expect(facts('В марте началось строительство второй очереди завода стоимостью 95 млн долларов.', 'rus', [], [money('95 млн долларов', 95e6, 'USD')]).filter((f) => f[0] === 'investment'))
      .toEqual([['investment', [], null, null, 95e6]]);
  });
  it('silent: a truck valued at a price, a contract of a value', () => {
    expect(facts('Le camion, évalué à 90 000 euros, est vendu en Europe.', 'fra', [['Europe', 'GPE']], [money('90 000 euros', 90000)]).map((f) => f[0])).not.toContain('investment');
    expect(facts('Компания подписала контракт стоимостью 7,2 млн евро.', 'rus', [], [money('7,2 млн евро', 7.2e6)]).map((f) => f[0])).toEqual(['agreement']);
  });
});
