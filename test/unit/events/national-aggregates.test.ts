/**
 * National and market-wide aggregates (pipeline/events/discourse.ts `nationalAggregate`, `articleCountry`;
 * the packs' `aggregateNouns` and `inCountry`): a country's exports or investments are that country's, on
 * its own soil, not the company the article is about; a figure `in the country` with no agent is the
 * market's, sited in the article's country.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view, type NumberSpec } from './build.js';

const facts = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location]);
const money = (text: string, value: number, currency: string): NumberSpec => ({ text, kind: 'money', value, currency });

describe('events discourse: a country’s aggregate is the country’s (aggregateNouns)', () => {
  it('en: a country’s possessive on the exports, after a company’s fact', () => {
    const text = 'Tekin Motor exported 4,000 engines to Uzbekistan. Turkey\u2019s automotive exports to Uzbekistan rose to $410 million, according to Trade Ministry data.';
    const input = build(text, 'eng', [['Tekin Motor', 'ORG'], ['Uzbekistan', 'GPE'], ['Turkey', 'GPE'], ['Uzbekistan', 'GPE', 1]], [
      { text: '4,000 engines', kind: 'count', value: 4000, unit: 'engine' },
      money('$410 million', 4.1e8, 'USD'),
    ]);
    expect(facts(input).filter((e) => e[0] === 'export').at(-1)).toEqual(['export', ['Turkey'], 'Turkey']);
  });

  it('fr, es: a nationality after the exports (`exportations françaises`, `exportaciones españolas`)', () => {
    const fr = build(
      "Vercors Rail, basé à Grenoble, livrera 24 tramways à Erevan. Les exportations françaises vers l'Arménie ont atteint 95 millions d'euros, selon les douanes. La France reste le troisième fournisseur.",
      'fra',
      [['Vercors Rail', 'ORG'], ['Grenoble', 'GPE'], ['Erevan', 'GPE'], ['françaises', 'MISC'], ['Arménie', 'GPE'], ['France', 'GPE']],
      [{ text: '24 tramways', kind: 'count', value: 24, unit: 'tram' }, money("95 millions d'euros", 9.5e7, 'EUR')],
    );
    expect(facts(fr).find((e) => e[0] === 'export' && e[1]?.[0] !== 'Vercors Rail')).toEqual(['export', ['France'], 'France']);
    const es = build(
      'Tractores Duero vendió 6.840 tractores en Valladolid. España es el segundo productor europeo. Las exportaciones españolas de maquinaria agrícola a Turquía crecieron hasta 96 millones de euros.',
      'spa',
      [['Tractores Duero', 'ORG'], ['Valladolid', 'GPE'], ['España', 'GPE'], ['españolas', 'MISC'], ['Turquía', 'GPE']],
      [{ text: '6.840 tractores', kind: 'count', value: 6840, unit: 'tractor' }, money('96 millones de euros', 9.6e7, 'EUR')],
    );
    expect(facts(es).find((e) => e[0] === 'export')).toEqual(['export', ['España'], 'España']);
  });

  it('ru: a country’s genitive after the noun (`экспорт Казахстана`)', () => {
    const ru = build(
      'Завод «Алматы Авто» выпустил 5 000 машин. Экспорт Казахстана в Узбекистан вырос до 300 млн долларов.',
      'rus',
      [['Алматы Авто', 'ORG'], ['Казахстана', 'GPE'], ['Узбекистан', 'GPE']],
      [{ text: '5 000 машин', kind: 'count', value: 5000, unit: 'car' }, money('300 млн долларов', 3e8, 'USD')],
    );
    expect(facts(ru).find((e) => e[0] === 'export')).toEqual(['export', ['Казахстана'], 'Казахстана']);
  });

  it('silent: a company’s exports (`Tekin’s exports`, `die Exporte des Unternehmens`) stay the company’s', () => {
    const en = build('Tekin Motor built 9,000 engines in Bursa. Tekin\u2019s exports to Uzbekistan rose to $41 million.', 'eng', [['Tekin Motor', 'ORG'], ['Bursa', 'GPE'], ['Tekin', 'ORG'], ['Uzbekistan', 'GPE']], [
      { text: '9,000 engines', kind: 'count', value: 9000, unit: 'engine' },
      money('$41 million', 4.1e7, 'USD'),
    ]);
    expect(facts(en).find((e) => e[0] === 'export')?.[1]).toEqual(['Tekin']);
    const de = build('Haller Bordnetze hat in Namangan ein Werk eröffnet. Die Exporte des Unternehmens nach Polen stiegen auf 41 Millionen Euro.', 'deu', [['Haller Bordnetze', 'ORG'], ['Namangan', 'GPE'], ['Polen', 'GPE']], [
      money('41 Millionen Euro', 4.1e7, 'EUR'),
    ]);
    expect(facts(de).find((e) => e[0] === 'export')?.[1]).toEqual(['Haller Bordnetze']);
  });
});

describe('events discourse: a figure `in the country` is the market’s, in the article’s country (inCountry)', () => {
  it('de, en: no company’s agent, the country the article names most', () => {
    const de = build(
      'Haller Bordnetze hat im usbekischen Namangan ein Werk eröffnet. Usbekistan gewährt dem Investor Steuervergünstigungen. Ausländische Autozulieferer hätten im vergangenen Jahr 640 Millionen Dollar im Land investiert.',
      'deu',
      [['Haller Bordnetze', 'ORG'], ['usbekischen', 'MISC'], ['Namangan', 'GPE'], ['Usbekistan', 'GPE']],
      [money('640 Millionen Dollar', 6.4e8, 'USD')],
    );
    expect(facts(de).find((e) => e[0] === 'investment')).toEqual(['investment', [], 'Usbekistan']);
    const en = build(
      'Haller Bordnetze opened a plant in Namangan, Uzbekistan. Last year $640 million was invested in the country, the minister said.',
      'eng',
      [['Haller Bordnetze', 'ORG'], ['Namangan', 'GPE'], ['Uzbekistan', 'GPE']],
      [money('$640 million', 6.4e8, 'USD')],
    );
    expect(facts(en).find((e) => e[0] === 'investment')).toEqual(['investment', [], 'Uzbekistan']);
  });

  it('silent: a company investing in the country keeps its own agent', () => {
    const en = build('Haller Bordnetze opened a plant in Namangan, Uzbekistan. Haller invested $34 million in the country.', 'eng', [['Haller Bordnetze', 'ORG'], ['Namangan', 'GPE'], ['Uzbekistan', 'GPE'], ['Haller', 'ORG', 1]], [
      money('$34 million', 3.4e7, 'USD'),
    ]);
    expect(facts(en).find((e) => e[0] === 'investment')?.[1]).toEqual(['Haller']);
  });
});

describe('events: a government’s programme worth a sum is the state’s investment; the sum allocated next is the state’s too', () => {
  it('ru, en: programme worth a sum, then an allocation with no agent', () => {
    const ru = build(
      'Правительство Кыргызстана утвердило программу обновления парка сельхозтехники общей стоимостью 9,6 млрд сомов. По его словам, 4 млрд сомов будут выделены уже в текущем году.',
      'rus',
      [['Кыргызстана', 'GPE']],
      [money('9,6 млрд сомов', 9.6e9, 'KGS'), money('4 млрд сомов', 4e9, 'KGS')],
    );
    expect(facts(ru).filter((e) => e[0] === 'investment')).toEqual([
      ['investment', ['Кыргызстана'], 'Кыргызстана'],
      ['investment', ['Кыргызстана'], 'Кыргызстана'],
    ]);
    const en = build(
      'The government of Kazakhstan approved a programme worth 96 billion tenge to renew farm machinery. Some 40 billion tenge will be allocated this year.',
      'eng',
      [['Kazakhstan', 'GPE']],
      [money('96 billion tenge', 9.6e10, 'KZT'), money('40 billion tenge', 4e10, 'KZT')],
    );
    expect(facts(en).filter((e) => e[0] === 'investment').map((e) => e[1])).toEqual([['Kazakhstan'], ['Kazakhstan']]);
  });

  it('silent: a programme with no sum is no investment, and a company’s investment before an allocation is no state’s', () => {
    const en = build('The government of Kazakhstan approved a programme to renew farm machinery.', 'eng', [['Kazakhstan', 'GPE']], []);
    expect(facts(en).filter((e) => e[0] === 'investment')).toEqual([]);
    const de = build(
      'Haller Bordnetze investiert 34 Millionen Euro in Namangan. Dafür sollen in diesem Jahr weitere 12 Millionen Euro bereitgestellt werden.',
      'deu',
      [['Haller Bordnetze', 'ORG'], ['Namangan', 'GPE']],
      [money('34 Millionen Euro', 3.4e7, 'EUR'), money('12 Millionen Euro', 1.2e7, 'EUR')],
    );
    expect(facts(de).filter((e) => e[0] === 'investment').map((e) => e[1])).toEqual([['Haller Bordnetze'], ['Haller Bordnetze']]);
  });
});

describe('events: a nation’s many buying (`казахстанские аграрии приобрели 7 850 единиц`) are the market’s sales, in that country', () => {
  const units = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'machine' });

  it('ru, en: no company’s agent, the country as the article names it', () => {
    const ru = build(
      'Агромашхолдинг KZ выпустил 1 180 комбайнов в Костанае. Как заявил вице-министр сельского хозяйства Казахстана Марат Жолдасбеков, в прошлом году казахстанские аграрии приобрели 7 850 единиц новой техники.',
      'rus',
      [['Агромашхолдинг KZ', 'ORG'], ['Костанае', 'GPE'], ['Казахстана', 'GPE'], ['Марат Жолдасбеков', 'PER'], ['казахстанские', 'MISC']],
      [units('1 180 комбайнов', 1180), units('7 850 единиц', 7850)],
    );
    expect(facts(ru).find((e) => e[0] === 'sales')).toEqual(['sales', [], 'Казахстана']);
    const en = build(
      'Agromash built 1,180 combines in Kostanay, Kazakhstan. Last year Kazakh farmers bought 7,850 new machines.',
      'eng',
      [['Agromash', 'ORG'], ['Kostanay', 'GPE'], ['Kazakhstan', 'GPE'], ['Kazakh', 'MISC', 1]],
      [units('1,180 combines', 1180), units('7,850 new machines', 7850)],
    );
    expect(facts(en).find((e) => e[0] === 'sales')).toEqual(['sales', [], 'Kazakhstan']);
  });

  it('silent: a stake bought is no sale; a named buyer keeps its name', () => {
    const de = build('Allur kauften 51 Prozent an dem Werk.', 'deu', [['Allur', 'ORG']], [{ text: '51 Prozent', kind: 'percent', value: 51 }]);
    expect(facts(de).filter((e) => e[0] === 'sales')).toEqual([]);
    const en = build('Last year Kazakh dealer Astana Motors bought 7,850 cars.', 'eng', [['Kazakh', 'MISC'], ['Astana Motors', 'ORG']], [{ text: '7,850 cars', kind: 'count', value: 7850, unit: 'car' }]);
    expect(facts(en).find((e) => e[0] === 'sales')?.[1]).toEqual(['Astana Motors']);
  });
});
