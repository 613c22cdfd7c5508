import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const year = (y: number) => ({ text: String(y), kind: 'year' as const, value: y, date: String(y) });

describe('events: argument attachment', () => {
  it('a fact without an agent of its own takes the salient organisation and its site; the time does not cross over', () => {
    // no anaphor, place adverb or relative year in the second sentence: the agent and its site cross over
    // (with `The plant produced …` the plant's owner and site do: discourse.test.ts)
    const input = build(
      'Hyundai opened a plant in Chennai. Production reached 5,000 cars in 2019.',
      'eng',
      [['Hyundai', 'ORG'], ['Chennai', 'GPE']],
      [{ text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }, year(2019)],
    );
    const events = extractEvents(input);
    expect(view(input, events)).toEqual([
      { type: 'plant_launch', actors: ['Hyundai'], location: 'Chennai', product: null, quantity: null, unit: null, money: null, time: null, modality: 'actual', evidence: 'Hyundai opened a plant in Chennai.' },
      { type: 'production', actors: ['Hyundai'], location: 'Chennai', product: 'cars', quantity: 5000, unit: 'car', money: null, time: '2019', modality: 'actual', evidence: 'Production reached 5,000 cars in 2019.' },
    ]);
    expect(events[1]!.evidence).toEqual({ start: 35, end: 73, text: 'Production reached 5,000 cars in 2019.' });
    expect(events[1]!.numbers).toEqual([0, 1]);
  });

  it('a change rate after an absolute figure ("3,6 Prozent mehr", "un 15% más") is no quantity of its own', () => {
    const de = build('BMW hat 541.000 Fahrzeuge verkauft, 3,6 Prozent mehr als im Vorjahr.', 'deu', [['BMW', 'ORG']], [
      { text: '541.000 Fahrzeuge', kind: 'count', value: 541000, unit: 'car' },
      { text: '3,6 Prozent', kind: 'percent', value: 3.6 },
    ]);
    expect(view(de, extractEvents(de)).map((e) => [e.type, e.quantity, e.unit])).toEqual([['sales', 541000, 'car']]);
    const es = build('La planta fabricó 450.000 vehículos en 2023, un 15% más que el año anterior.', 'spa', [], [
      { text: '450.000 vehículos', kind: 'count', value: 450000, unit: 'car' },
      year(2023),
      { text: '15%', kind: 'percent', value: 15 },
    ]);
    expect(view(es, extractEvents(es)).map((e) => [e.type, e.quantity, e.unit])).toEqual([['production', 450000, 'car']]);
  });

  it('a year after "than" is a comparison, not the event time', () => {
    const input = build('Im Jahr 2023 liefen 190.000 Fahrzeuge vom Band, 8 Prozent weniger als 2022.', 'deu', [], [
      year(2023),
      { text: '190.000 Fahrzeuge', kind: 'count', value: 190000, unit: 'car' },
      { text: '8 Prozent', kind: 'percent', value: 8 },
      year(2022),
    ]);
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.time])).toEqual([['production', 190000, '2023']]);
    const en = build('Sales reached 28,000 cars, more than in 2021.', 'eng', [], [{ text: '28,000 cars', kind: 'count', value: 28000, unit: 'car' }, year(2021)]);
    expect(view(en, extractEvents(en)).map((e) => [e.type, e.quantity, e.time])).toEqual([['sales', 28000, null]]);
  });

  it('two facts in one sentence take their nearest figures', () => {
    const input = build(
      'Last year, the plant produced 1,000 cars, of which 95 percent were sold.',
      'eng',
      [],
      [{ text: '1,000 cars', kind: 'count', value: 1000, unit: 'car' }, { text: '95 percent', kind: 'percent', value: 95 }],
    );
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.unit])).toEqual([
      ['production', 1000, 'car'],
      ['sales', 95, 'percent'],
    ]);
  });

  it('each job figure is a jobs event; the planned one is planned', () => {
    const input = build(
      'The company has 200 jobs, the number of which is planned to be increased to 300.',
      'eng',
      [],
      [{ text: '200 jobs', kind: 'count', value: 200, unit: 'job' }, { text: '300', kind: 'count', value: 300, unit: 'job' }],
    );
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.unit, e.modality])).toEqual([
      ['jobs', 200, 'job', 'actual'],
      ['jobs', 300, 'job', 'planned'],
    ]);
  });

  it('an agreement is not dated by the deadline it sets (`to deliver … by 2029`), and its partner may carry a three-word description', () => {
    const input = build(
      'Alstom signed a contract with national railway company Kazakhstan Temir Zholy to deliver 120 locomotives by 2029.',
      'eng',
      [['Alstom', 'ORG'], ['Kazakhstan Temir Zholy', 'ORG']],
      [{ text: '120 locomotives', kind: 'count', value: 120, unit: 'locomotive' }, year(2029)],
    );
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.time])).toEqual([['agreement', ['Alstom', 'Kazakhstan Temir Zholy'], null]]);
    // silent: the year of the signing itself dates it
    const signed = build('Hyundai Rotem won an order for high-speed trains in 2024.', 'eng', [['Hyundai Rotem', 'ORG']], [year(2024)]);
    expect(view(signed, extractEvents(signed)).map((e) => [e.type, e.time])).toEqual([['agreement', '2024']]);
  });

  it('`NAME car plant` names the plant, not a brand; a relative pronoun after the owners in an apposition speaks of its head (`EKZ, a joint venture of Alstom and KTZ that employs`)', () => {
    const plant = build(
      'Allur owns the Saryarka AvtoProm car plant in Kostanay, which assembled 74,350 vehicles.',
      'eng',
      [['Allur', 'ORG'], ['Saryarka AvtoProm', 'ORG'], ['Kostanay', 'GPE']],
      [{ text: '74,350 vehicles', kind: 'count', value: 74350, unit: 'car' }],
    );
    expect(view(plant, extractEvents(plant)).map((e) => [e.type, e.actors, e.quantity])).toEqual([['production', ['Saryarka AvtoProm'], 74350]]);
    const venture = build(
      'The locomotives are assembled by EKZ, a joint venture of Alstom and KTZ that employs 1,100 people.',
      'eng',
      [['EKZ', 'ORG'], ['Alstom', 'ORG'], ['KTZ', 'ORG']],
      [{ text: '1,100 people', kind: 'count', value: 1100, unit: 'person' }],
    );
    expect(view(venture, extractEvents(venture)).filter((e) => e.type === 'jobs').map((e) => e.actors)).toEqual([['EKZ']]);
    // silent: the subject of a plain relative clause keeps its names (`Alstom and KTZ, which employ …`)
    const plain = build('Alstom and KTZ, which employ 1,100 people, grew.', 'eng', [['Alstom', 'ORG'], ['KTZ', 'ORG']], [{ text: '1,100 people', kind: 'count', value: 1100, unit: 'person' }]);
    expect(view(plain, extractEvents(plain)).map((e) => e.actors)).toEqual([['Alstom', 'KTZ']]);
  });

  it('a bare starting figure of a change is its baseline; one with its own noun is a fact of its own', () => {
    const en = build(
      'The plant will raise its capacity from 40 to 60 locomotives a year.',
      'eng',
      [],
      [{ text: '40', kind: 'rate', value: 40, unit: 'locomotive' }, { text: '60 locomotives a year', kind: 'rate', value: 60, unit: 'locomotive' }],
    );
    expect(view(en, extractEvents(en)).map((e) => [e.type, e.quantity, e.modality])).toEqual([['production_target', 60, 'planned']]);
    const de = build(
      'Wir werden die Produktion von derzeit 300.000 Einheiten auf 500.000 Einheiten steigern.',
      'deu',
      [],
      [{ text: '300.000 Einheiten', kind: 'count', value: 300000, unit: 'car' }, { text: '500.000 Einheiten', kind: 'count', value: 500000, unit: 'car' }],
    );
    expect(view(de, extractEvents(de)).map((e) => [e.type, e.quantity, e.modality])).toEqual([
      ['production', 300000, 'actual'],
      ['production_target', 500000, 'planned'],
    ]);
  });

  it('a statement has its speaker as actor; a quote-final attribution by a person is a statement too', () => {
    const input = build(
      'Minister Sahib Mammadov said the plant will create 1,200 jobs. "We will grow," Elchin Aliyev said.',
      'eng',
      [['Sahib Mammadov', 'PER'], ['Elchin Aliyev', 'PER']],
      [{ text: '1,200 jobs', kind: 'count', value: 1200, unit: 'job' }],
    );
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.quantity, e.modality])).toEqual([
      ['statement', ['Sahib Mammadov'], null, 'actual'],
      ['jobs', [], 1200, 'planned'],
      ['statement', ['Elchin Aliyev'], null, 'actual'],
    ]);
  });

  it('place roles: possessive owner, destination, and a visit destination', () => {
    const launch = build(
      'UzAuto launched production of Chevrolet cars in Azerbaijan’s Hajigabul region on September 17, 2021.',
      'eng',
      [['UzAuto', 'ORG'], ['Chevrolet', 'ORG'], ['Azerbaijan', 'GPE'], ['Hajigabul', 'GPE']],
      [{ text: 'September 17, 2021', kind: 'date', date: '2021-09-17' }],
    );
    expect(view(launch, extractEvents(launch))).toEqual([
      { type: 'plant_launch', actors: ['UzAuto'], location: 'Hajigabul', product: 'Chevrolet', quantity: null, unit: null, money: null, time: '2021-09-17', modality: 'actual', evidence: launch.text },
    ]);
    const exp = build('Most of these parts are exported to Kazakhstan.', 'eng', [['Kazakhstan', 'GPE']], []);
    expect(view(exp, extractEvents(exp)).map((e) => [e.type, e.actors, e.location, e.product])).toEqual([['export', [], null, 'parts']]);
    const visit = build(
      'The plant opened during a visit of President Hassan Rouhani to Azerbaijan.',
      'eng',
      [['Hassan Rouhani', 'PER'], ['Azerbaijan', 'GPE']],
      [],
    );
    expect(view(visit, extractEvents(visit)).map((e) => [e.type, e.actors, e.location])).toEqual([
      ['plant_launch', [], null],
      ['visit', ['Hassan Rouhani'], 'Azerbaijan'],
    ]);
  });

  it('a coordinated list of models gives one event per model; money takes the first amount', () => {
    const models = build(
      'The plant is expected to produce Chevrolet models such as Cobalt, Malibu and Tracker.',
      'eng',
      [['Chevrolet', 'ORG'], ['Cobalt', 'PRODUCT'], ['Malibu', 'PRODUCT'], ['Tracker', 'PRODUCT']],
      [],
    );
    expect(view(models, extractEvents(models)).map((e) => [e.type, e.product, e.modality])).toEqual([
      ['production_target', 'Cobalt', 'planned'],
      ['production_target', 'Malibu', 'planned'],
      ['production_target', 'Tracker', 'planned'],
    ]);
    const money = build(
      'The investment value of the plant will amount to 88 million manat ($51.7 million).',
      'eng',
      [],
      [{ text: '88 million manat', kind: 'money', value: 88000000, currency: 'AZN' }, { text: '$51.7 million', kind: 'money', value: 51700000, currency: 'USD' }],
    );
    const [inv] = extractEvents(money);
    expect([inv!.type, inv!.money, inv!.numbers, inv!.modality]).toEqual(['investment', { value: 88000000, currency: 'AZN' }, [0], 'planned']);
  });

  it('reduced relatives and compound nouns are not events', () => {
    const input = build(
      'Cars produced at the plant comply with the standards. The production process was shown to the guests.',
      'eng',
      [],
      [],
    );
    expect(extractEvents(input)).toEqual([]);
  });
});

describe('events: a coordinated verb phrase with its own plan cue is its own frame of time and modality', () => {
  const cars = (text: string, value: number) => ({ text, kind: 'count' as const, value, unit: 'car' });
  const run = (text: string, lang: string, numbers: Parameters<typeof build>[3]) => {
    const input = build(text, lang, [['Orlan Motors', 'ORG']], numbers, '2024-05-01');
    return view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.time, e.modality]);
  };
  it('the second figure is planned and dated by its own phrase (en, de, fr, es, ru)', () => {
    const cases: Array<[string, string, string, string]> = [
      ['eng', 'Orlan Motors produced 10,000 cars in 2022 and plans 15,000 next year.', '10,000 cars', '15,000'],
      ['deu', 'Orlan Motors produzierte 2022 10.000 Autos und plant im nächsten Jahr 15.000.', '10.000 Autos', '15.000'],
      ['fra', 'Orlan Motors a produit 10 000 voitures en 2022 et prévoit 15 000 l’an prochain.', '10 000 voitures', '15 000'],
      ['spa', 'Orlan Motors produjo 10.000 coches en 2022 y prevé 15.000 el próximo año.', '10.000 coches', '15.000'],
      ['rus', 'Orlan Motors выпустила 10 000 автомобилей в 2022 году и планирует 15 000 в следующем году.', '10 000 автомобилей', '15 000'],
    ];
    for (const [lang, text, first, second] of cases) {
      expect(run(text, lang, [cars(first, 10000), year(2022), cars(second, 15000)]), text).toEqual([
        ['production', 10000, '2022', 'actual'],
        ['production_target', 15000, '2025', 'planned'],
      ]);
    }
  });

  it('a year of the first phrase does not date the second (en `and will produce`, de `und will … bauen`)', () => {
    expect(run('Orlan Motors produced 10,000 cars in 2022 and will produce 15,000 cars.', 'eng', [cars('10,000 cars', 10000), year(2022), cars('15,000 cars', 15000)])).toEqual([
      ['production', 10000, '2022', 'actual'],
      ['production_target', 15000, null, 'planned'],
    ]);
    expect(run('Orlan Motors produzierte 2022 10.000 Autos und will 15.000 bauen.', 'deu', [year(2022), cars('10.000 Autos', 10000), cars('15.000', 15000)])).toEqual([
      ['production', 10000, '2022', 'actual'],
      ['production_target', 15000, null, 'planned'],
    ]);
  });

  it('a coordinated clause with a subject of its own and a plan cue is its own frame (fr `et l’usine devrait`, en `and the plant will`)', () => {
    const money = { text: '75 millions d’euros', kind: 'money' as const, value: 75e6, currency: 'EUR' };
    const fr = build("L'investissement s'élève à 75 millions d’euros et l'usine devrait produire 3 000 camions par an à partir de 2028.", 'fra', [], [
      money,
      { text: '3 000 camions par an', kind: 'rate', value: 3000, unit: 'truck' },
      year(2028),
    ], '2026-04-08');
    expect(view(fr, extractEvents(fr)).map((e) => [e.type, e.time])).toEqual([
      ['investment', null],
      ['production_target', '2028'],
    ]);
    const en = build('Orlan Motors invested $75 million and the plant will produce 3,000 trucks a year from 2028.', 'eng', [['Orlan Motors', 'ORG']], [
      { text: '$75 million', kind: 'money', value: 75e6, currency: 'USD' },
      { text: '3,000 trucks a year', kind: 'rate', value: 3000, unit: 'truck' },
      year(2028),
    ], '2026-04-08');
    expect(view(en, extractEvents(en)).map((e) => [e.type, e.time])).toEqual([
      ['investment', null],
      ['production_target', '2028'],
    ]);
  });

  it('silent: coordinated figures without a plan cue share the year', () => {
    expect(run('Orlan Motors produced 10,000 cars and 3,000 buses in 2022.', 'eng', [cars('10,000 cars', 10000), { text: '3,000 buses', kind: 'count', value: 3000, unit: 'bus' }, year(2022)])).toEqual([
      ['production', 10000, '2022', 'actual'],
      ['production', 3000, '2022', 'actual'],
    ]);
    expect(run('Orlan Motors exportierte 2022 10.000 Autos und 3.000 Busse.', 'deu', [year(2022), cars('10.000 Autos', 10000), { text: '3.000 Busse', kind: 'count', value: 3000, unit: 'bus' }])).toEqual([
      ['export', 10000, '2022', 'actual'],
      ['export', 3000, '2022', 'actual'],
    ]);
  });
});
