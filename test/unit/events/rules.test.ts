import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { findReferenceDate } from '../../../pipeline/events/reference.js';
import { build, view } from './build.js';

const year = (text: string, y: number) => ({ text, kind: 'year' as const, value: y, date: String(y) });
const brief = (input: ReturnType<typeof build>) =>
  view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location, e.product, e.quantity, e.time, e.modality]);

describe('events: general rules', () => {
  it('reads no events in a language without a lexicon (English triggers would read names)', () => {
    const polish = build('Toyota Motor Manufacturing Poland zainwestuje 600 mln zł w fabrykę.', 'pol', [['Toyota Motor Manufacturing Poland', 'ORG']], [
      { text: '600 mln', kind: 'count', value: 600000000 },
    ]);
    expect(extractEvents(polish)).toEqual([]);
  });

  it('build + a product is production; build + a plant is construction (a thousands comma is no clause break)', () => {
    const cars = build('Tesla builds 5,000 cars a week in Shanghai.', 'eng', [['Tesla', 'ORG'], ['Shanghai', 'GPE']], [{ text: '5,000 cars a week', kind: 'rate', value: 5000, unit: 'car' }]);
    expect(brief(cars)).toEqual([['production', ['Tesla'], 'Shanghai', 'cars', 5000, null, 'actual']]);
    const plant = build(
      'Hyundai will build a new plant in Georgia with a capacity of 300,000 vehicles.',
      'eng',
      [['Hyundai', 'ORG'], ['Georgia', 'GPE']],
      [{ text: '300,000 vehicles', kind: 'count', value: 300000, unit: 'car' }],
    );
    expect(brief(plant)).toEqual([
      ['plant_construction', ['Hyundai'], 'Georgia', null, null, null, 'planned'],
      ['production_target', ['Hyundai'], 'Georgia', 'cars', 300000, null, 'planned'],
    ]);
    const de = build('BMW will im Werk Debrecen ab 2025 Elektroautos bauen.', 'deu', [['BMW', 'ORG'], ['Debrecen', 'GPE']], [year('2025', 2025)]);
    expect(brief(de)).toEqual([['production_target', ['BMW'], 'Debrecen', 'cars', null, '2025', 'planned']]);
  });

  it('the content of an agreement is not a second event', () => {
    const en = build('Chery and UzAuto signed an agreement on the construction of a plant in Jizzakh.', 'eng', [['Chery', 'ORG'], ['UzAuto', 'ORG'], ['Jizzakh', 'GPE']], []);
    expect(brief(en)).toEqual([['agreement', ['Chery', 'UzAuto'], 'Jizzakh', null, null, null, 'actual']]);
    const ru = build('Компании подписали соглашение о строительстве завода в Навои.', 'rus', [['Навои', 'GPE']], []);
    expect(brief(ru)).toEqual([['agreement', [], 'Навои', null, null, null, 'actual']]);
  });

  it('a plant noun heads its place (usine de Douai); a brand after the product noun is the product', () => {
    const fr = build(
      'Renault va investir 1 milliard d’euros dans son usine de Douai.',
      'fra',
      [['Renault', 'ORG'], ['Douai', 'GPE']],
      [{ text: '1 milliard d’euros', kind: 'money', value: 1e9, currency: 'EUR' }],
    );
    expect(view(fr, extractEvents(fr)).map((e) => [e.type, e.actors, e.location, e.money, e.modality])).toEqual([
      ['investment', ['Renault'], 'Douai', { value: 1e9, currency: 'EUR' }, 'planned'],
    ]);
    const ru = build('Завод в Джизаке начнет выпуск автомобилей Chery в 2024 году.', 'rus', [['Джизаке', 'GPE'], ['Chery', 'ORG']], [year('2024 году', 2024)]);
    expect(brief(ru)).toEqual([['plant_launch', ['Chery'], 'Джизаке', 'Chery', null, '2024', 'planned']]);
  });

  it('French: de produire is a verb, les produits and s’est produit are not', () => {
    const plan = build(
      'Le constructeur prévoit de produire 200 000 voitures par an d’ici 2027.',
      'fra',
      [],
      [{ text: '200 000 voitures par an', kind: 'rate', value: 200000, unit: 'car' }, year('2027', 2027)],
    );
    expect(brief(plan)).toEqual([['production_target', [], null, 'cars', 200000, '2027', 'planned']]);
    const noise = build('Les produits chimiques sont dangereux. Un incident s’est produit hier.', 'fra', [], []);
    expect(extractEvents(noise)).toEqual([]);
  });

  it('a negated process noun is kept: die Produktion … gestoppt', () => {
    const de = build('Volkswagen hat die Produktion im Werk Zwickau gestoppt.', 'deu', [['Volkswagen', 'ORG'], ['Zwickau', 'GPE']], []);
    expect(brief(de)).toEqual([['production', ['Volkswagen'], 'Zwickau', null, null, null, 'negated']]);
  });

  it('a speaker is not an actor of the fact reported (Russian attribution after a comma)', () => {
    const ru = build(
      'Компания экспортировала 15 000 автомобилей в 2022 году, сообщил министр Ласло Болтаев.',
      'rus',
      [['Ласло Болтаев', 'PER']],
      [{ text: '15 000 автомобилей', kind: 'count', value: 15000, unit: 'car' }, year('2022 году', 2022)],
    );
    expect(brief(ru)).toEqual([
      ['export', [], null, 'cars', 15000, '2022', 'actual'],
      ['statement', ['Ласло Болтаев'], null, null, null, null, 'actual'],
    ]);
  });
});

describe('events: restatements and weak triggers', () => {
  it('a headline restated by the lede gives one event; a repeated visit gives one visit', () => {
    const input = build(
      'Kazakhstan and Uzbekistan will produce up to 7,000 cars\n\nKazakhstan and Uzbekistan plan to increase joint manufacturing to 7,000 cars.',
      'eng',
      [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE'], ['Kazakhstan', 'GPE', 1], ['Uzbekistan', 'GPE', 1]],
      [{ text: '7,000 cars', kind: 'count', value: 7000, unit: 'car' }, { text: '7,000 cars', kind: 'count', value: 7000, unit: 'car', nth: 1 }],
    );
    // the test splitter keeps the two lines in one sentence: split them as the text stage does
    input.sentences = [
      { start: 0, end: 55, text: input.text.slice(0, 55), index: 0, language: 'eng' },
      { start: 56, end: input.text.length, text: input.text.slice(56), index: 1, language: 'eng' },
    ];
    const events = extractEvents(input);
    expect(events.map((e) => [e.type, e.actors, e.quantity, e.numbers, e.evidence.start, e.evidenceSpans.length])).toEqual([['production_target', [0, 1], 7000, [0, 1], 0, 2]]);

    const visits = build(
      'Murotjon Azimov visited China. On the second day of the visit to China, Murotjon Azimov met JAC Motors.',
      'eng',
      [['Murotjon Azimov', 'PER'], ['China', 'GPE'], ['China', 'GPE', 1], ['Murotjon Azimov', 'PER', 1], ['JAC Motors', 'ORG']],
      [],
    );
    expect(view(visits, extractEvents(visits)).map((e) => [e.type, e.actors, e.location, e.evidence])).toEqual([
      ['visit', ['Murotjon Azimov'], 'China', 'Murotjon Azimov visited China.'],
    ]);
  });

  it('cooperation needs a named party to be an agreement', () => {
    const none = build('This is one of the goals of the cooperation between the two countries.', 'eng', [], []);
    expect(extractEvents(none)).toEqual([]);
    const named = build('The idea involves cooperation between UzAuto Motors and Saryarka AvtoProm.', 'eng', [['UzAuto Motors', 'ORG'], ['Saryarka AvtoProm', 'ORG']], []);
    expect(view(named, extractEvents(named)).map((e) => [e.type, e.actors])).toEqual([['agreement', ['UzAuto Motors', 'Saryarka AvtoProm']]]);
  });

  it('confidence grows with the arguments found and stays in [0, 1]', () => {
    const rich = build('Toyota produced 10,000 cars in Kentucky in 2023.', 'eng', [['Toyota', 'ORG'], ['Kentucky', 'GPE']], [{ text: '10,000 cars', kind: 'count', value: 10000, unit: 'car' }, year('2023', 2023)]);
    const bare = build('Cars are produced here.', 'eng', [], []);
    expect(extractEvents(rich).map((e) => e.confidence)).toEqual([0.9]);
    expect(extractEvents(bare).map((e) => [e.type, e.confidence])).toEqual([['production', 0.62]]);
  });
});

describe('events: figures', () => {
  it('a change rate beside an absolute figure is dropped; past `rose to` is actual', () => {
    const en = build(
      'Sales of electric vehicles rose 20% to 1.2 million units in 2023.',
      'eng',
      [],
      [{ text: '20%', kind: 'percent', value: 20 }, { text: '1.2 million units', kind: 'count', value: 1200000, unit: 'car' }, year('2023', 2023)],
    );
    expect(brief(en)).toEqual([['sales', [], null, 'cars', 1200000, '2023', 'actual']]);
    const ru = build(
      'Продажи новых автомобилей в России выросли на 12% до 1,2 млн штук.',
      'rus',
      [['России', 'GPE']],
      [{ text: '12%', kind: 'percent', value: 12 }, { text: '1,2 млн штук', kind: 'count', value: 1200000, unit: 'car' }],
    );
    expect(brief(ru)).toEqual([['sales', [], 'России', 'cars', 1200000, null, 'actual']]);
  });

  it('people employed are jobs counted in persons (the articles gold: "employ 1,500 people" → person)', () => {
    const en = build('The plant will employ 3,000 people.', 'eng', [], [{ text: '3,000 people', kind: 'count', value: 3000, unit: 'people' }]);
    expect(view(en, extractEvents(en)).map((e) => [e.type, e.quantity, e.unit, e.modality])).toEqual([['jobs', 3000, 'person', 'planned']]);
    const fr = build('L’usine de Flins emploie 2 000 salariés.', 'fra', [['Flins', 'GPE']], [{ text: '2 000 salariés', kind: 'count', value: 2000, unit: 'employee' }]);
    expect(view(fr, extractEvents(fr)).map((e) => [e.type, e.location, e.quantity, e.unit, e.modality])).toEqual([['jobs', 'Flins', 2000, 'person', 'actual']]);
  });
});

describe('events: robustness to predicted inputs', () => {
  it('a country tagged LOC acts like a GPE; a facility LOC is a site; vehicle units become car', () => {
    const input = build(
      'Kazakhstan and Uzbekistan plan to produce 7,000 vehicles per year in the Neftchala industrial park.',
      'eng',
      [['Kazakhstan', 'LOC'], ['Uzbekistan', 'LOC'], ['Neftchala industrial park', 'LOC']],
      [{ text: '7,000 vehicles per year', kind: 'rate', value: 7000, unit: 'vehicles' }],
    );
    expect(brief(input)).toEqual([['production_target', ['Kazakhstan', 'Uzbekistan'], 'Neftchala industrial park', 'cars', 7000, null, 'planned']]);
    expect(extractEvents(input)[0]!.unit).toBe('car');
  });
});

describe('events: one event per fact per article', () => {
  const cars = (text: string, value: number, nth = 0) => ({ text, kind: 'count' as const, value, unit: 'car', nth });
  const yr = (y: number, nth = 0) => ({ text: String(y), kind: 'year' as const, value: y, date: String(y), nth });

  it('a headline and the body stating the same figure merge, keeping both evidence spans', () => {
    const text = 'UzAuto Motors produced 412,600 vehicles in 2025. Demand was strong. UzAuto Motors produced 412,600 vehicles, the holding said.';
    const input = build(text, 'eng', [['UzAuto Motors', 'ORG'], ['UzAuto Motors', 'ORG', 1]], [cars('412,600 vehicles', 412600), yr(2025), cars('412,600 vehicles', 412600, 1)]);
    const events = extractEvents(input).filter((e) => e.type === 'production');
    expect(events).toHaveLength(1);
    expect(events[0]!.time).toBe('2025');
    expect(events[0]!.evidenceSpans.map((s) => s.text)).toEqual([
      'UzAuto Motors produced 412,600 vehicles in 2025.',
      'UzAuto Motors produced 412,600 vehicles, the holding said.',
    ]);
  });

  it('two facts with the same figure in different years stay two (de), and so do two actors (en)', () => {
    const de = build('2018 produzierte Skoda 200.000 Autos. 2019 produzierte Skoda 200.000 Autos.', 'deu', [['Skoda', 'ORG'], ['Skoda', 'ORG', 1]], [
      yr(2018), { text: '200.000 Autos', kind: 'count', value: 200000, unit: 'car' }, yr(2019), { text: '200.000 Autos', kind: 'count', value: 200000, unit: 'car', nth: 1 },
    ]);
    expect(extractEvents(de).map((e) => [e.type, e.time, e.evidenceSpans.length])).toEqual([['production', '2018', 1], ['production', '2019', 1]]);
    const en = build('Kia produced 5,000 cars. Hyundai produced 5,000 cars.', 'eng', [['Kia', 'ORG'], ['Hyundai', 'ORG']], [cars('5,000 cars', 5000), cars('5,000 cars', 5000, 1)]);
    expect(extractEvents(en)).toHaveLength(2);
  });
});

describe('events: percent changes and shares are attributes', () => {
  const pctOf = (text: string, nth = 0) => {
    const m = /[\d,.]+/u.exec(text)!;
    return { text, kind: 'percent' as const, value: Number(m[0].replace(',', '.')), nth };
  };
  const brief = (input: ReturnType<typeof build>) => extractEvents(input).map((e) => [e.type, e.quantity, e.unit, e.changePct, e.sharePct]);

  it('a change rate is change_pct, never the quantity (en, ru, de)', () => {
    expect(brief(build('Car output rose 18% in 2025.', 'eng', [], [pctOf('18%')]))).toEqual([['production', null, null, 18, null]]);
    const ru = build('Объём торговли Узбекистана и России вырос на 12% и превысил 11,8 млрд долларов.', 'rus', [['Узбекистана', 'GPE'], ['России', 'GPE']], [
      pctOf('12%'), { text: '11,8 млрд долларов', kind: 'money', value: 11.8e9, currency: 'USD' },
    ]);
    expect(brief(ru)).toEqual([['trade', null, null, 12, null]]);
    const de = build('BMW hat 541.000 Fahrzeuge verkauft, 3,6 Prozent mehr als im Vorjahr.', 'deu', [['BMW', 'ORG']], [
      { text: '541.000 Fahrzeuge', kind: 'count', value: 541000, unit: 'car' }, pctOf('3,6 Prozent'),
    ]);
    expect(brief(de)).toEqual([['sales', 541000, 'car', 3.6, null]]);
  });

  it('a share beside an absolute figure is share_pct; a stake alone stays the measured quantity', () => {
    const en = build('Korean carmakers sold 61,500 vehicles, or about 33 percent of new cars.', 'eng', [], [
      { text: '61,500 vehicles', kind: 'count', value: 61500, unit: 'car' }, pctOf('33 percent'),
    ]);
    expect(brief(en)).toEqual([['sales', 61500, 'car', null, 33]]);
    const stake = build('AzerMash holds a 60 percent stake in the venture.', 'eng', [['AzerMash', 'ORG']], [pctOf('60 percent')]);
    expect(brief(stake)).toEqual([['investment', 60, 'percent', null, 60]]);
  });
});

describe('events: a statement is dated by the saying, not by the facts it reports', () => {
  it('a year in the sentence is no statement time (en); a date in the statement clause is (en)', () => {
    const en = build('Zumrad Shadjalilova said UzAuto Motors produced 412,600 vehicles in 2025.', 'eng', [['Zumrad Shadjalilova', 'PER'], ['UzAuto Motors', 'ORG']], [
      { text: '412,600 vehicles', kind: 'count', value: 412600, unit: 'car' }, { text: '2025', kind: 'year', value: 2025, date: '2025' },
    ]);
    expect(view(en, extractEvents(en)).map((e) => [e.type, e.time])).toEqual([['statement', null], ['production', '2025']]);
    const dated = build('Thomas Brandt said on March 13 that the plant produced 900 combines in 2025.', 'eng', [['Thomas Brandt', 'PER']], [
      { text: 'March 13', kind: 'date', date: '2026-03-13' }, { text: '900 combines', kind: 'count', value: 900, unit: 'combine' }, { text: '2025', kind: 'year', value: 2025, date: '2025' },
    ]);
    expect(view(dated, extractEvents(dated)).map((e) => [e.type, e.time])).toEqual([['statement', '2026-03-13'], ['production', '2025']]);
  });
});

describe('events: the unit of a quantity', () => {
  const q = (input: ReturnType<typeof build>) => extractEvents(input).map((e) => [e.type, e.quantity, e.unit]);

  it('jobs count people (person) or posts (job)', () => {
    expect(q(build('The site will employ 1,500 people.', 'eng', [], [{ text: '1,500 people', kind: 'count', value: 1500, unit: 'person' }]))).toEqual([['jobs', 1500, 'person']]);
    expect(q(build('Das Unternehmen beschäftigt 900 Mitarbeiter.', 'deu', [], [{ text: '900 Mitarbeiter', kind: 'count', value: 900, unit: 'employee' }]))).toEqual([['jobs', 900, 'person']]);
    expect(q(build('The line will create 400 jobs.', 'eng', [], [{ text: '400 jobs', kind: 'count', value: 400, unit: 'job' }]))).toEqual([['jobs', 400, 'job']]);
  });

  it('a raw counted word is read through the product lexicon (de Traktoren → tractor); a known unit stays (country)', () => {
    expect(q(build('Das Werk produzierte 800 Traktoren.', 'deu', [], [{ text: '800 Traktoren', kind: 'count', value: 800, unit: 'traktoren' }]))).toEqual([['production', 800, 'tractor']]);
    expect(q(build('We produced 1,140 Chevrolet Cobalt cars.', 'eng', [], [{ text: '1,140', kind: 'count', value: 1140, unit: null }]))).toEqual([['production', 1140, 'car']]);
    expect(q(build('UzAuto exports to 27 countries.', 'eng', [['UzAuto', 'ORG']], [{ text: '27 countries', kind: 'count', value: 27, unit: 'country' }]))).toEqual([['export', 27, 'country']]);
  });
});

describe('events: speakers', () => {
  const who = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).filter((e) => e.type === 'statement').map((e) => e.actors);

  it('a closing attribution names the speaker after the verb, over an apposition comma (fr, ru)', () => {
    const fr = build("« Ce contrat est important », a déclaré le directeur général d'Alstom pour la région, Thomas Girard, lors de la cérémonie.", 'fra', [['Alstom', 'ORG'], ['Thomas Girard', 'PER']], []);
    expect(who(fr)).toEqual([['Alstom', 'Thomas Girard']]);
    const ru = build('Поставки начнутся в июле, сообщила в Ташкенте пресс-секретарь АО «Узавтосаноат» Зумрад Шаджалилова.', 'rus', [['Ташкенте', 'GPE'], ['Узавтосаноат', 'ORG'], ['Зумрад Шаджалилова', 'PER']], []);
    expect(who(ru)).toEqual([['Узавтосаноат', 'Зумрад Шаджалилова']]);
  });

  it("a speaker's organisation counts only as theirs by a genitive, not as a name before the title (en)", () => {
    const en = build('The plant switched to full-cycle production, Azermash Chairman Emin Akhundov said.', 'eng', [['Azermash', 'ORG'], ['Emin Akhundov', 'PER']], []);
    expect(who(en)).toEqual([['Emin Akhundov']]);
    const of = build('Press secretary of Uzavtosanoat Zumrad Shadjalilova said the plant is ready.', 'eng', [['Uzavtosanoat', 'ORG'], ['Zumrad Shadjalilova', 'PER']], []);
    expect(who(of)).toEqual([['Uzavtosanoat', 'Zumrad Shadjalilova']]);
  });
});

describe('events: a headline restates the body', () => {
  it('en: the headline order merges into the body contract, keeping the headline as evidence; de: a headline fact the body does not state stays', () => {
    const text = 'Hyundai Rotem wins Tashkent tram order\n\nSEOUL, Oct. 7, 2026. Hyundai Rotem said it had signed a contract worth $232 million to supply 46 trams.';
    const input = build(text, 'eng', [['Hyundai Rotem', 'ORG'], ['Tashkent', 'GPE'], ['SEOUL', 'GPE'], ['Hyundai Rotem', 'ORG', 1]], [
      { text: 'Oct. 7, 2026', kind: 'date', date: '2026-10-07' }, { text: '$232 million', kind: 'money', value: 232e6, currency: 'USD' },
    ]);
    input.sentences = [
      { start: 0, end: 38, text: text.slice(0, 38), index: 0, language: 'eng' },
      { start: 40, end: text.length, text: text.slice(40), index: 1, language: 'eng' },
    ];
    input.referenceDate = findReferenceDate(text, 'eng', null);
    const agreements = extractEvents(input).filter((e) => e.type === 'agreement');
    expect(agreements).toHaveLength(1);
    expect(agreements[0]!.evidenceSpans.map((x) => x.start)).toEqual([0, 40]);

    const de = 'BYD eröffnet Werk in Dschizzach\n\nTASCHKENT, 28. Juli 2026. BYD hat 31.800 Fahrzeuge verkauft.';
    const d = build(de, 'deu', [['BYD', 'ORG'], ['Dschizzach', 'GPE'], ['TASCHKENT', 'GPE'], ['BYD', 'ORG', 1]], [
      { text: '28. Juli 2026', kind: 'date', date: '2026-07-28' }, { text: '31.800 Fahrzeuge', kind: 'count', value: 31800, unit: 'car' },
    ]);
    d.sentences = [
      { start: 0, end: 31, text: de.slice(0, 31), index: 0, language: 'deu' },
      { start: 33, end: de.length, text: de.slice(33), index: 1, language: 'deu' },
    ];
    d.referenceDate = findReferenceDate(de, 'deu', null);
    expect(extractEvents(d).map((e) => e.type)).toEqual(['plant_launch', 'sales']);
  });
});

describe('events: a headline fact restated by the lead merges no further', () => {
  const twoLines = (text: string, language: string, cut: number, mentions: Parameters<typeof build>[2], numbers: Parameters<typeof build>[3]) => {
    const input = build(text, language, mentions, numbers);
    // the test splitter keeps the headline and the lead in one sentence: split them as the text stage does
    const rest = input.sentences.flatMap((x) => (x.end <= cut ? [] : [{ ...x, start: Math.max(x.start, cut + 2), text: text.slice(Math.max(x.start, cut + 2), x.end) }]));
    input.sentences = [{ start: 0, end: cut, text: text.slice(0, cut), index: 0, language }, ...rest].map((x, index) => ({ ...x, index }));
    return extractEvents(input).map((e) => [e.type, e.quantity, e.product !== null ? input.mentions[e.product]!.text : e.productText, e.evidenceSpans.length]);
  };
  it('en, de: the next plan of the same type keeps its own product; the restated figure keeps the headline', () => {
    const en = 'Kazakhstan and Uzbekistan will produce up to 7,000 cars\n\nKazakhstan and Uzbekistan plan to increase joint manufacturing to 7,000 cars per year. In addition, the countries intend to establish production of agricultural machinery and buses.';
    const cars = (nth: number) => ({ text: '7,000 cars', kind: 'count' as const, value: 7000, unit: 'car', nth });
    expect(twoLines(en, 'eng', 55, [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE'], ['Kazakhstan', 'GPE', 1], ['Uzbekistan', 'GPE', 1]], [cars(0), cars(1)])).toEqual([
      ['production_target', 7000, 'cars', 2],
      ['production_target', null, 'agricultural machinery', 1],
    ]);
    const de = 'Kasachstan und Usbekistan wollen 7.000 Autos produzieren\n\nKasachstan und Usbekistan planen, jährlich 7.000 Autos zu produzieren. Zudem wollen beide Länder die Produktion von Landmaschinen aufnehmen.';
    const autos = (nth: number) => ({ text: '7.000 Autos', kind: 'count' as const, value: 7000, unit: 'car', nth });
    const out = twoLines(de, 'deu', 56, [['Kasachstan', 'GPE'], ['Usbekistan', 'GPE'], ['Kasachstan', 'GPE', 1], ['Usbekistan', 'GPE', 1]], [autos(0), autos(1)]);
    expect(out[0]).toEqual(['production_target', 7000, 'cars', 2]);
    expect(out.slice(1).every((e) => e[1] === null && e[3] === 1)).toBe(true);
  });
});

describe('events: German clause forms (headline twin by a longer name, ausbauen, a new plant entsteht, talks, a demonstrative contract)', () => {
  it('de: the headline names `X`, the body `X JSC`: one fact; `baut … aus` builds nothing', () => {
    const text = 'UzAuto Motors will mehr nach Russland exportieren und baut Werk in Asaka aus\n\nTASCHKENT, 22. Januar 2026. UzAuto Motors JSC hat 2025 rund 61.200 Autos nach Russland exportiert.';
    const body = text.indexOf('TASCHKENT');
    const input = build(text, 'deu', [['UzAuto Motors', 'ORG'], ['Russland', 'GPE'], ['Asaka', 'GPE'], ['TASCHKENT', 'GPE'], ['UzAuto Motors JSC', 'ORG'], ['Russland', 'GPE', 1]], [
      { text: '22. Januar 2026', kind: 'date', date: '2026-01-22' }, year('2025', 2025), { text: '61.200 Autos', kind: 'count', value: 61200, unit: 'car' },
    ]);
    input.sentences = [
      { start: 0, end: body - 2, text: text.slice(0, body - 2), index: 0, language: 'deu' },
      { start: body, end: text.length, text: text.slice(body), index: 1, language: 'deu' },
    ];
    input.referenceDate = findReferenceDate(text, 'deu', null);
    const events = extractEvents(input);
    expect(events.map((e) => e.type)).toEqual(['export']);
    expect(events[0]!.evidenceSpans.map((x) => x.start)).toEqual([0, body]);
  });

  it('de: `entsteht eine neue Lackiererei` is built; `Das neue Werk entsteht …` retells one (silent)', () => {
    const money = { text: '46 Millionen Dollar', kind: 'money' as const, value: 46e6, currency: 'USD' };
    expect(brief(build('In Samarkand entsteht zudem eine neue Lackiererei für 46 Millionen Dollar.', 'deu', [['Samarkand', 'GPE']], [money])).map((e) => e[0])).toEqual(['plant_construction']);
    expect(brief(build('Das neue Landtechnikwerk entsteht auf einem Nachbargrundstück.', 'deu', [], []))).toEqual([]);
  });

  it('de: money `bereitgestellt` for a purpose is an investment; the separable `stellt … bereit` of land is none', () => {
    const money = { text: '1,8 Billionen Sum', kind: 'money' as const, value: 1.8e12, currency: 'UZS' };
    expect(brief(build('Dafür sollen in diesem Jahr 1,8 Billionen Sum bereitgestellt werden.', 'deu', [], [money])).map((e) => e[0])).toEqual(['investment']);
    expect(brief(build('Die Stadt stellt dem Werk Flächen bereit.', 'deu', [], []))).toEqual([]);
  });

  it('de: talks with a named partner are an agreement, with unnamed partners none; `Dieser Vertrag` points back', () => {
    const named = build('Zudem verhandelt Alstom mit der Gesellschaft Uzbekistan Railways über die Modernisierung der Strecke.', 'deu', [['Alstom', 'ORG'], ['Uzbekistan Railways', 'ORG']], []);
    expect(brief(named).map((e) => [e[0], e[1]])).toEqual([['agreement', ['Alstom', 'Uzbekistan Railways']]]);
    expect(brief(build('Das Unternehmen verhandle mit chinesischen Partnern über die Produktion von Elektrobussen.', 'deu', [], []))).toEqual([]);
    expect(brief(build('Dieser Vertrag bestätigt die Rolle Kasachstans in der Region.', 'deu', [['Kasachstans', 'GPE']], []))).toEqual([]);
  });
});

describe('events: a headline figure restated by a body fact of another type', () => {
  const headline = (title: string, figure: string) => {
    const text = `${title}\n\nASTANA, 3 juin 2026 – Alpha Rail a signé un contrat portant sur la livraison de 120 locomotives.`;
    const input = build(text, 'fra', [['Alpha Rail', 'ORG'], ['Kazakhstan', 'GPE'], ['ASTANA', 'GPE'], ['Alpha Rail', 'ORG', 1]], [
      { text: figure, kind: 'count', value: Number(figure.split(' ')[0]), unit: 'locomotive' },
      { text: '3 juin 2026', kind: 'date', date: '2026-06-03' },
      { text: '120 locomotives', kind: 'count', value: 120, unit: 'locomotive', nth: title.includes('120 locomotives') ? 1 : 0 },
    ]);
    const end = title.length;
    input.sentences = [
      { start: 0, end, text: text.slice(0, end), index: 0, language: 'fra' },
      { start: end + 2, end: text.length, text: text.slice(end + 2), index: 1, language: 'fra' },
    ];
    input.referenceDate = findReferenceDate(text, 'fra', null);
    return extractEvents(input).map((e) => e.type);
  };

  it('fr: `Alpha Rail va livrer 120 locomotives au Kazakhstan` over the contract for 120 locomotives is that contract', () => {
    expect(headline('Alpha Rail va livrer 120 locomotives au Kazakhstan', '120 locomotives')).toEqual(['agreement']);
  });

  it('silent: a headline delivery of another figure stays', () => {
    expect(headline('Alpha Rail va livrer 80 locomotives au Kazakhstan', '80 locomotives')).toEqual(['export', 'agreement']);
  });
});

describe('events: a headline figure told as another fact in the body', () => {
  it('en: `Alstom to supply 120 locomotives to Kazakhstan` merges into the body contract for 120 locomotives; silent for another figure', () => {
    const run = (head: string, figure: string, value: number) => {
      const text = `${head}\n\nASTANA, June 3, 2026 - Alstom signed a contract on Tuesday to deliver 120 electric locomotives.`;
      const b = text.indexOf('ASTANA');
      const input = build(text, 'eng', [['Alstom', 'ORG'], ['Kazakhstan', 'GPE'], ['ASTANA', 'GPE'], ['Alstom', 'ORG', 1]], [
        { text: figure, kind: 'count', value, unit: 'locomotive' }, { text: 'June 3, 2026', kind: 'date', date: '2026-06-03' },
        { text: '120 electric locomotives', kind: 'count', value: 120, unit: 'locomotive' },
      ]);
      input.sentences = [
        { start: 0, end: head.length, text: head, index: 0, language: 'eng' },
        { start: b, end: text.length, text: text.slice(b), index: 1, language: 'eng' },
      ];
      input.referenceDate = findReferenceDate(text, 'eng', null);
      return extractEvents(input).map((e) => e.type);
    };
    expect(run('Alstom to supply 120 locomotives to Kazakhstan', '120 locomotives', 120)).toEqual(['agreement']);
    expect(run('Alstom to supply 300 locomotives to Kazakhstan', '300 locomotives', 300)).toEqual(['export', 'agreement']);
  });
});

describe('events: several figures of one trigger are dated clause by clause', () => {
  it('en: "Our target for this year is 14,500 units, and from 2027 the plant will work at its design capacity of 30,000 cars"', () => {
    const text = 'Our target for this year is 14,500 units, and from 2027 the plant will work at its design capacity of 30,000 cars per year.';
    const input = build(text, 'eng', [], [
      { text: '14,500 units', kind: 'count', value: 14500, unit: 'unit' }, { text: '2027', kind: 'year', value: 2027, date: '2027' },
      { text: '30,000 cars per year', kind: 'rate', value: 30000, unit: 'car' },
    ], '2026-02-05');
    expect(extractEvents(input).map((e) => [e.quantity, e.time])).toEqual([[14500, '2026'], [30000, '2027']]);
  });

  it('de: two figures in one clause share its year', () => {
    const de = build('Ab 2028 sollen jährlich 1.200 Mähdrescher und 800 Traktoren vom Band laufen.', 'deu', [], [
      { text: '2028', kind: 'year', value: 2028, date: '2028' }, { text: '1.200 Mähdrescher', kind: 'rate', value: 1200, unit: 'combine' }, { text: '800 Traktoren', kind: 'rate', value: 800, unit: 'tractor' },
    ]);
    expect(extractEvents(de).map((e) => [e.quantity, e.time])).toEqual([[1200, '2028'], [800, '2028']]);
  });
});
