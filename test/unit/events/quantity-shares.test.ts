/**
 * What a figure measures: revenue is the money of sales, a share of it earned abroad an export of its
 * own; a stake is a share of the capital and never a sum (a partner's contribution is); an order counts
 * goods named by any product noun of the pack; a bare count of a jobs fact counts people unless its word
 * names posts, and a later bare count repeats the headcount before it; a share of local parts is a
 * production target.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view, type NumberSpec } from './build.js';

type Fact = [type: string, quantity: number | null, unit: string | null, money: number | null];

const facts = (text: string, lang: string, mentions: Array<[string, 'ORG' | 'GPE' | 'PER' | 'MISC', number?]>, numbers: NumberSpec[]): Fact[] => {
  const input = build(text, lang, mentions, numbers);
  return view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.unit, e.money?.value ?? null]);
};
const count = (text: string, value: number, unit: string | null = null): NumberSpec => ({ text, kind: 'count', value, unit });
const money = (text: string, value: number, currency = 'EUR'): NumberSpec => ({ text, kind: 'money', value, currency });
const percent = (text: string, value: number): NumberSpec => ({ text, kind: 'percent', value });

describe('revenue is the money of sales', () => {
  it('en, fr, ru: a revenue noun with a sum', () => {
    expect(facts('Revenue for the July-September period rose to 3.2 billion lira.', 'eng', [], [money('3.2 billion lira', 3.2e9, 'TRY')]))
      .toEqual([['sales', null, null, 3.2e9]]);
    expect(facts("Semavia a réalisé l'an dernier un chiffre d'affaires de 186 millions d'euros.", 'fra', [['Semavia', 'ORG']], [money("186 millions d'euros", 186e6)]))
      .toEqual([['sales', null, null, 186e6]]);
    expect(facts('Выручка компании составила 38 млн долларов.', 'rus', [], [money('38 млн долларов', 38e6, 'USD')])).toEqual([['sales', null, null, 38e6]]);
  });
  it('en, ru: a revenue after a count of sales is the money of those sales', () => {
    expect(facts("Domestic sales rose to 318,000 units, generating revenue of 41.6 trillion so'm.", 'eng', [],
      [count('318,000 units', 318000, 'car'), money("41.6 trillion so'm", 41.6e12, 'UZS')])).toEqual([['sales', 318000, 'car', 41.6e12]]);
    expect(facts('Продажи на внутреннем рынке выросли до 318 тыс. автомобилей, выручка составила 41,6 трлн сумов.', 'rus', [],
      [count('318 тыс. автомобилей', 318000, 'car'), money('41,6 трлн сумов', 41.6e12, 'UZS')])).toEqual([['sales', 318000, 'car', 41.6e12]]);
  });
  it('silent: goods delivered and a revenue with its own verb stay two facts; a change rate is no quantity', () => {
    expect(facts("Vercors Rail a livré 41 rames, et son chiffre d'affaires a progressé de 19 % pour atteindre 212 millions d'euros.", 'fra', [['Vercors Rail', 'ORG']],
      [count('41 rames', 41, 'rame'), percent('19 %', 19), money("212 millions d'euros", 212e6)])).toEqual([['sales', 41, 'tram', null], ['sales', null, null, 212e6]]);
    expect(facts('Revenue climbed 34% to 11.2 billion lira in 2026.', 'eng', [], [percent('34%', 34), money('11.2 billion lira', 11.2e9, 'TRY')]))
      .toEqual([['sales', null, null, 11.2e9]]);
  });
});

describe('a share of a sales sum earned abroad is an export of that share', () => {
  it('fr, es: after a partitive, with an abroad phrase', () => {
    expect(facts("Semavia a réalisé un chiffre d'affaires de 186 millions d'euros, dont 55 % à l'étranger.", 'fra', [['Semavia', 'ORG']],
      [money("186 millions d'euros", 186e6), percent('55 %', 55)])).toEqual([['sales', null, null, 186e6], ['export', 55, 'percent', null]]);
    expect(facts('Su facturación alcanzó los 164 millones de euros, de los que el 47 % procedió de clientes extranjeros.', 'spa', [],
      [money('164 millones de euros', 164e6), percent('47 %', 47)])).toEqual([['sales', null, null, 164e6], ['export', 47, 'percent', null]]);
  });
  it('silent: a share of the sum at home stays an attribute of the sales', () => {
    expect(facts("Semavia a réalisé un chiffre d'affaires de 186 millions d'euros, dont 55 % en Champagne.", 'fra', [['Semavia', 'ORG'], ['Champagne', 'GPE']],
      [money("186 millions d'euros", 186e6), percent('55 %', 55)]).map((f) => f[0])).toEqual(['sales']);
  });
});

describe('a stake is a share of the capital, never a sum; a contribution is an investment of its own', () => {
  it('es, fr, en', () => {
    expect(facts('Duero tendrá el 50 % del capital y aportará 22 millones de euros.', 'spa', [['Duero', 'ORG']], [percent('50 %', 50), money('22 millones de euros', 22e6)]))
      .toEqual([['investment', 50, 'percent', null], ['investment', null, null, 22e6]]);
    expect(facts("Semavia détiendra 50 % du capital et apportera 22 millions d'euros.", 'fra', [['Semavia', 'ORG']], [percent('50 %', 50), money("22 millions d'euros", 22e6)]))
      .toEqual([['investment', 50, 'percent', null], ['investment', null, null, 22e6]]);
    expect(facts('Yutong will hold a 25% stake and contribute $40 million.', 'eng', [['Yutong', 'ORG']], [percent('25%', 25), money('$40 million', 40e6, 'USD')]))
      .toEqual([['investment', 25, 'percent', null], ['investment', null, null, 40e6]]);
  });
  it('silent: contributing no sum is no investment', () => {
    expect(facts('Duero aportará su experiencia en motores.', 'spa', [['Duero', 'ORG']], [])).toEqual([]);
  });
});

describe('an order counts goods named by any product noun of the pack', () => {
  it('ru, fr, de: a counted word the numbers stage kept as it is', () => {
    expect(facts('Агентство подписало с Yutong контракт на поставку 150 электробусов.', 'rus', [['Yutong', 'ORG']], [count('150 электробусов', 150, 'электробусов')]))
      .toEqual([['agreement', 150, 'bus', null]]);
    expect(facts("Vercors Rail a remporté un contrat pour la fourniture de 24 tramways.", 'fra', [['Vercors Rail', 'ORG']], [count('24 tramways', 24, 'tramway')]))
      .toEqual([['agreement', 24, 'tram', null]]);
    expect(facts('Azermash unterzeichnete einen Rahmenvertrag über die Abnahme von 600 Traktoren.', 'deu', [['Azermash', 'ORG']], [count('600 Traktoren', 600, 'traktoren')]))
      .toEqual([['agreement', 600, 'tractor', null]]);
  });
  it('silent: a contract counted in years counts no goods', () => {
    expect(facts('Azermash unterzeichnete einen Vertrag über 5 Jahre.', 'deu', [['Azermash', 'ORG']], [count('5 Jahre', 5, 'year')])).toEqual([['agreement', null, null, null]]);
  });
});

describe('a bare count of a jobs fact', () => {
  it('es, en: of a workforce word counts people', () => {
    expect(facts('Trabajan en ella 180 personas y la plantilla llegará a 350 en 2029.', 'spa', [], [count('180 personas', 180, 'person'), count('350', 350), { text: '2029', kind: 'year', value: 2029 }]))
      .toEqual([['jobs', 180, 'person', null], ['jobs', 350, 'person', null]]);
    expect(facts("The line will create 320 jobs, raising the company's workforce to about 2,900.", 'eng', [], [count('320 jobs', 320, 'job'), count('2,900', 2900)]))
      .toEqual([['jobs', 2900, 'person', null], ['jobs', 320, 'job', null]]);
  });
  it('de, es: a later bare count repeats the headcount before it', () => {
    expect(facts('Derzeit arbeiten in Kutaissi 310 Menschen, bis Ende 2028 sollen es 650 sein.', 'deu', [['Kutaissi', 'GPE']],
      [count('310 Menschen', 310, 'person'), { text: 'Ende 2028', kind: 'year', value: 2028 }, count('650', 650)])).toEqual([['jobs', 310, 'person', null], ['jobs', 650, 'person', null]]);
    expect(facts('La empresa emplea a 200 personas, que serán 300 en 2028.', 'spa', [],
      [count('200 personas', 200, 'person'), count('300', 300), { text: '2028', kind: 'year', value: 2028 }])).toEqual([['jobs', 200, 'person', null], ['jobs', 300, 'person', null]]);
  });
  it('silent: a post noun counts posts; a bare count with no headcount before it stays out', () => {
    expect(facts('Die neue Linie schafft 400 Arbeitsplätze.', 'deu', [], [count('400 Arbeitsplätze', 400, 'job')])).toEqual([['jobs', 400, 'job', null]]);
    expect(facts('Derzeit arbeiten dort 3 Schichten, bald sollen es 4 sein.', 'deu', [], [count('3 Schichten', 3, 'schichten'), count('4', 4)]).filter((f) => f[1] === 4)).toEqual([]);
  });
});

describe('a share of local parts is a production target, not a stake', () => {
  it('ru, es', () => {
    expect(facts('«Мы рассчитываем, что к 2030 году доля местных комплектующих превысит 35%», — заявил Кравцевич.', 'rus', [['Кравцевич', 'PER']],
      [{ text: '2030 году', kind: 'year', value: 2030 }, percent('35%', 35)]).filter((f) => f[0] !== 'statement')).toEqual([['production_target', 35, 'percent', null]]);
    expect(facts('Allí, la proporción de componentes fabricados localmente deberá subir hasta el 40 % en 2027.', 'spa', [],
      [percent('40 %', 40), { text: '2027', kind: 'year', value: 2027 }])).toEqual([['production_target', 40, 'percent', null]]);
  });
  it('silent: a stake in a company stays an investment', () => {
    expect(facts('Доля казахстанской стороны в капитале предприятия — 49%.', 'rus', [], [percent('49%', 49)])).toEqual([['investment', 49, 'percent', null]]);
  });
});

describe('pack words: coachbuilding is production (es), a dump truck is a truck (ru)', () => {
  it('es, ru', () => {
    expect(facts('Moncayo carrozó el año pasado 1.180 autobuses.', 'spa', [['Moncayo', 'ORG']], [count('1.180 autobuses', 1180, 'bus')])).toEqual([['production', 1180, 'bus', null]]);
    expect(facts('По его словам, 410 самосвалов отправлены на экспорт.', 'rus', [], [count('410 самосвалов', 410, 'самосвалов')])).toEqual([['export', 410, 'truck', null]]);
  });
  it('silent: a carriage (es) is no production verb', () => {
    expect(facts('La carroza del desfile llevaba 12 músicos.', 'spa', [], [count('12 músicos', 12, 'músicos')])).toEqual([]);
  });
});

describe('buyers named by their nationality right after a delivery verb make it an export', () => {
  it('ru, en', () => {
    expect(facts('За первый квартал мы отгрузили российским дилерам 7 420 машин.', 'rus', [['российским', 'MISC']], [count('7 420 машин', 7420, 'car')]))
      .toEqual([['export', 7420, 'car', null]]);
    expect(facts('The company supplied Georgian dealers with 300 trucks.', 'eng', [['Georgian', 'MISC']], [count('300 trucks', 300, 'truck')]))
      .toEqual([['export', 300, 'truck', null]]);
  });
  it('silent: a nationality further on, with no word of direction, names no buyer', () => {
    expect(facts('Мы отгрузили 7 420 машин, отметил российский эксперт.', 'rus', [['российский', 'MISC']], [count('7 420 машин', 7420, 'car')]).map((f) => f[0]))
      .not.toContain('export');
  });
});

describe('targeting output is a plan', () => {
  it('en', () => {
    expect(facts('For the full year the company is targeting output of 70,000 engines.', 'eng', [], [count('70,000 engines', 70000, 'engine')]))
      .toEqual([['production_target', 70000, 'engine', null]]);
  });
  it('silent: output told as done', () => {
    expect(facts('Last year the company reached output of 70,000 engines.', 'eng', [], [count('70,000 engines', 70000, 'engine')]))
      .toEqual([['production', 70000, 'engine', null]]);
  });
});

describe('a plant that starts up is launched (es)', () => {
  it('es', () => {
    expect(facts('La nueva planta, que empleará a 260 personas, arrancará en octubre.', 'spa', [], [count('260 personas', 260, 'person')]).map((f) => f[0]))
      .toContain('plant_launch');
    expect(facts('La fábrica de Kostanái arrancó en marzo.', 'spa', [['Kostanái', 'GPE']], []).map((f) => f[0])).toEqual(['plant_launch']);
  });
  it('silent: sales or works that start are no launch', () => {
    expect(facts('Las ventas arrancaron con fuerza.', 'spa', [], [])).toEqual([]);
    expect(facts('Las obras de la fábrica arrancarán en junio.', 'spa', [], []).map((f) => f[0])).not.toContain('plant_launch');
  });
});

describe('buyers in a country: a delivery to them is an export, the country no site', () => {
  const site = (text: string, lang: string, mentions: Array<[string, 'ORG' | 'GPE']>) => {
    const input = build(text, lang, mentions, []);
    return view(input, extractEvents(input)).map((e) => [e.type, e.location]);
  };
  it('de, en', () => {
    expect(site('Das Familienunternehmen liefert bereits Motoren an Bushersteller in Polen und der Türkei.', 'deu', [['Polen', 'GPE'], ['Türkei', 'GPE']]))
      .toEqual([['export', null]]);
    expect(site('Von 2028 an sollen zudem Kunden in Kasachstan und Aserbaidschan beliefert werden.', 'deu', [['Kasachstan', 'GPE'], ['Aserbaidschan', 'GPE']]))
      .toEqual([['export', null]]);
    expect(site('The Bursa plant already supplies customers in Poland and Turkey.', 'eng', [['Bursa', 'GPE'], ['Poland', 'GPE'], ['Turkey', 'GPE']]))
      .toEqual([['export', 'Bursa']]);
  });
  it('silent: a delivery from a plant in a country goes nowhere named', () => {
    expect(site('Das Unternehmen liefert Motoren aus seinem Werk in Polen.', 'deu', [['Polen', 'GPE']]).map((f) => f[0])).not.toContain('export');
  });
});

describe('the figures of an agreement told in the next sentence, by a definite agreement noun, are its own', () => {
  it('fr, en', () => {
    expect(facts("L'usine a conclu en juillet un accord avec MTZ. Aux termes de ce contrat de cinq ans, MTZ fournira les moteurs de 12 000 tracteurs.", 'fra',
      [['MTZ', 'ORG'], ['MTZ', 'ORG', 1]], [count('12 000 tracteurs', 12000, 'tracteur')]).filter((f) => f[0] === 'agreement'))
      .toEqual([['agreement', 12000, 'tractor', null]]);
    expect(facts('Uzbekistan Railways signed an agreement with CAF on Monday. Under the contract, CAF will supply 40 locomotives.', 'eng',
      [['Uzbekistan Railways', 'ORG'], ['CAF', 'ORG'], ['CAF', 'ORG', 1]], [count('40 locomotives', 40, 'locomotive')]).filter((f) => f[0] === 'agreement'))
      .toEqual([['agreement', 40, 'locomotive', null]]);
  });
  it('silent: another contract is an agreement of its own', () => {
    expect(facts('Uzbekistan Railways signed an agreement with CAF on Monday. Stadler won a second contract for 40 locomotives.', 'eng',
      [['Uzbekistan Railways', 'ORG'], ['CAF', 'ORG'], ['Stadler', 'ORG']], [count('40 locomotives', 40, 'locomotive')]).filter((f) => f[0] === 'agreement'))
      .toEqual([['agreement', null, null, null], ['agreement', 40, 'locomotive', null]]);
  });
});
