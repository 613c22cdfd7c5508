import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const year = (y: number) => ({ text: String(y), kind: 'year' as const, value: y, date: String(y) });
const brief = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.modality]);

describe('events: modality', () => {
  it('planned vs actual: plans to produce → production_target, produced → production', () => {
    const planned = build(
      'Toyota plans to produce 20,000 cars per year in Kentucky by 2025.',
      'eng',
      [['Toyota', 'ORG'], ['Kentucky', 'GPE']],
      [{ text: '20,000 cars per year', kind: 'rate', value: 20000, unit: 'car' }, year(2025)],
    );
    expect(view(planned, extractEvents(planned))).toEqual([
      { type: 'production_target', actors: ['Toyota'], location: 'Kentucky', product: 'cars', quantity: 20000, unit: 'car', money: null, time: '2025', modality: 'planned', evidence: planned.text },
    ]);
    const actual = build('Toyota produced 20,000 cars.', 'eng', [['Toyota', 'ORG']], [{ text: '20,000 cars', kind: 'count', value: 20000, unit: 'car' }]);
    expect(brief(actual)).toEqual([['production', 20000, 'actual']]);
  });

  it('Spanish: the plant ("la planta") made cars is actual; "planea" is planned', () => {
    const actual = build('La planta fabricó 450.000 vehículos en 2023.', 'spa', [], [{ text: '450.000 vehículos', kind: 'count', value: 450000, unit: 'car' }, year(2023)]);
    expect(brief(actual)).toEqual([['production', 450000, 'actual']]);
    const planned = build('SEAT planea fabricar 450.000 vehículos.', 'spa', [['SEAT', 'ORG']], [{ text: '450.000 vehículos', kind: 'count', value: 450000, unit: 'car' }]);
    expect(brief(planned)).toEqual([['production_target', 450000, 'planned']]);
  });

  it('French: « compte » + infinitive is planned, « compte » + a figure is not', () => {
    const jobs = [{ text: '2 000 salariés', kind: 'count' as const, value: 2000, unit: 'employee' }];
    expect(brief(build("L'usine compte 2 000 salariés.", 'fra', [], jobs))).toEqual([['jobs', 2000, 'actual']]);
    expect(brief(build("L'usine compte embaucher 2 000 salariés.", 'fra', [], jobs))).toEqual([['jobs', 2000, 'planned']]);
  });

  it('German future (wird … produzieren, bis 2030) is planned; werden + participle is a present passive', () => {
    const future = build(
      'Usbekistan wird bis 2030 eine Million Autos pro Jahr produzieren.',
      'deu',
      [['Usbekistan', 'GPE']],
      [year(2030), { text: 'eine Million Autos pro Jahr', kind: 'rate', value: 1000000, unit: 'car' }],
    );
    expect(view(future, extractEvents(future))).toEqual([
      { type: 'production_target', actors: ['Usbekistan'], location: 'Usbekistan', product: 'cars', quantity: 1000000, unit: 'car', money: null, time: '2030', modality: 'planned', evidence: future.text },
    ]);
    const passive = build('Die Fahrzeuge werden in mehr als 60 Länder exportiert.', 'deu', [], [{ text: '60 Länder', kind: 'count', value: 60, unit: 'country' }]);
    expect(view(passive, extractEvents(passive)).map((e) => [e.type, e.quantity, e.unit, e.modality])).toEqual([['export', 60, 'country', 'actual']]);
  });

  it('from X to Y: the current figure is actual, the target planned', () => {
    const input = build(
      'Dadurch werden wir die Produktion von derzeit 300.000 Einheiten auf 500.000 Einheiten steigern.',
      'deu',
      [],
      [{ text: '300.000 Einheiten', kind: 'count', value: 300000, unit: 'car' }, { text: '500.000 Einheiten', kind: 'count', value: 500000, unit: 'car' }],
    );
    expect(brief(input)).toEqual([
      ['production', 300000, 'actual'],
      ['production_target', 500000, 'planned'],
    ]);
  });

  it('an event dated after publication is planned', () => {
    const input = build('Kia starts production in Zilina in 2027.', 'eng', [['Kia', 'ORG'], ['Zilina', 'GPE']], [year(2027)], '2026-01-10');
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.location, e.time, e.modality])).toEqual([['plant_launch', 'Zilina', '2027', 'planned']]);
  });

  it('negated: did not produce; keine … produziert; ne … plus', () => {
    const en = build('Tesla did not produce any cars in Berlin in 2020.', 'eng', [['Tesla', 'ORG'], ['Berlin', 'GPE']], [year(2020)]);
    expect(view(en, extractEvents(en))).toEqual([
      { type: 'production', actors: ['Tesla'], location: 'Berlin', product: 'cars', quantity: null, unit: null, money: null, time: '2020', modality: 'negated', evidence: en.text },
    ]);
    const de = build('Das Werk in Zwickau hat im Jahr 2020 keine Autos produziert.', 'deu', [['Zwickau', 'GPE']], [year(2020)]);
    expect(view(de, extractEvents(de)).map((e) => [e.type, e.location, e.modality])).toEqual([['production', 'Zwickau', 'negated']]);
    const deNicht = build('BMW hat 2020 in Leipzig nicht produziert.', 'deu', [['BMW', 'ORG'], ['Leipzig', 'GPE']], [year(2020)]);
    expect(view(deNicht, extractEvents(deNicht)).map((e) => [e.type, e.modality])).toEqual([['production', 'negated']]);
    const fr = build('Renault ne produit plus de voitures à Flins.', 'fra', [['Renault', 'ORG'], ['Flins', 'GPE']], []);
    expect(view(fr, extractEvents(fr)).map((e) => [e.type, e.actors, e.location, e.modality])).toEqual([['production', ['Renault'], 'Flins', 'negated']]);
  });

  it('reported as rumour: reportedly, angeblich, по слухам, habría', () => {
    const en = build('Ford reportedly sold 10,000 cars in Turkey.', 'eng', [['Ford', 'ORG'], ['Turkey', 'GPE']], [{ text: '10,000 cars', kind: 'count', value: 10000, unit: 'car' }]);
    expect(view(en, extractEvents(en))).toEqual([
      { type: 'sales', actors: ['Ford'], location: 'Turkey', product: 'cars', quantity: 10000, unit: 'car', money: null, time: null, modality: 'hedged', evidence: en.text },
    ]);
    const de = build('BMW hat angeblich 5.000 Autos nach China exportiert.', 'deu', [['BMW', 'ORG'], ['China', 'GPE']], [{ text: '5.000 Autos', kind: 'count', value: 5000, unit: 'car' }]);
    expect(view(de, extractEvents(de)).map((e) => [e.type, e.actors, e.location, e.quantity, e.modality])).toEqual([['export', ['BMW'], null, 5000, 'hedged']]);
    const ru = build('По слухам, АвтоВАЗ продал 10 000 автомобилей в Казахстане.', 'rus', [['АвтоВАЗ', 'ORG'], ['Казахстане', 'GPE']], [{ text: '10 000 автомобилей', kind: 'count', value: 10000, unit: 'car' }]);
    expect(view(ru, extractEvents(ru)).map((e) => [e.type, e.actors, e.location, e.quantity, e.modality])).toEqual([['sales', ['АвтоВАЗ'], 'Казахстане', 10000, 'hedged']]);
    const es = build('Según rumores, SEAT habría vendido 5.000 coches en México.', 'spa', [['SEAT', 'ORG'], ['México', 'GPE']], [{ text: '5.000 coches', kind: 'count', value: 5000, unit: 'car' }]);
    expect(view(es, extractEvents(es)).map((e) => [e.type, e.location, e.modality])).toEqual([['sales', 'México', 'hedged']]);
  });
});

describe('events: modality cues govern complement clauses and introductions', () => {
  const yr = (y: number) => ({ text: String(y), kind: 'year' as const, value: y, date: String(y) });
  const brief2 = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.modality]);

  it('a reported target is planned: "Ziel sei es, dass … produziert werden" (de), "По прогнозу …, экспорт вырастет" (ru)', () => {
    const de = build('Ziel sei es, dass spätestens 2018 in Wolfsburg zwei Millionen Fahrzeuge produziert werden.', 'deu', [['Wolfsburg', 'GPE']], [
      yr(2018), { text: 'zwei Millionen Fahrzeuge', kind: 'count', value: 2000000, unit: 'car' },
    ]);
    expect(brief2(de)).toEqual([['production_target', 'planned']]);
    const ru = build('По прогнозу министерства, экспорт автомобилей вырастет на 25% в 2024 году.', 'rus', [], [
      { text: '25%', kind: 'percent', value: 25 }, { text: '2024 году', kind: 'year', value: 2024, date: '2024' },
    ]);
    expect(brief2(ru)).toEqual([['export', 'planned']]);
  });

  it('stays silent where the cue is in an unrelated clause before (en): "The plan failed, but Kia produced …"', () => {
    const en = build('The old plan was dropped last spring after long talks, and Kia produced 5,000 cars.', 'eng', [['Kia', 'ORG']], [{ text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }]);
    expect(brief2(en)).toEqual([['production', 'actual']]);
  });

  it('an epistemic modal hedges (en, ru); a hedged production figure is a target', () => {
    const en = build('Sales could reach 10,000 cars.', 'eng', [], [{ text: '10,000 cars', kind: 'count', value: 10000, unit: 'car' }]);
    expect(brief2(en)).toEqual([['sales', 'hedged']]);
    const ru = build('Завод может выпустить 20 электробусов в четвёртом квартале.', 'rus', [], [{ text: '20 электробусов', kind: 'count', value: 20, unit: 'bus' }]);
    expect(brief2(ru)).toEqual([['production_target', 'hedged']]);
  });
});

describe('events modality: a date in the scope is no hedge cue', () => {
  const read = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.modality]);

  it('en `produced 5,000 cars in May` is a fact; `may produce` stays hedged', () => {
    const month = build('UzAuto Motors produced 5,000 cars in May.', 'eng', [['UzAuto Motors', 'ORG']], [{ text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }, { text: 'May', kind: 'date', date: '2026-05' }]);
    expect(read(month)).toEqual([['production', 'actual']]);
    const modal = build('UzAuto Motors may produce 5,000 cars in June.', 'eng', [['UzAuto Motors', 'ORG']], [{ text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' }, { text: 'June', kind: 'date', date: '2026-06' }]);
    expect(read(modal)).toEqual([['production_target', 'hedged']]);
  });

  it('silent: de `könnte … im Mai` stays hedged', () => {
    const de = build('Die Firma könnte im Mai 5.000 Autos bauen.', 'deu', [], [{ text: 'Mai', kind: 'date', date: '2026-05' }, { text: '5.000 Autos', kind: 'count', value: 5000, unit: 'car' }]);
    expect(read(de)).toEqual([['production_target', 'hedged']]);
  });
});

describe('events: a future tense alone sets no target', () => {
  it('goods to be made at a named site, with no figure and no date, are production (planned): en, fr, es', () => {
    const en = build('The locomotives will be assembled in Astana by EKZ.', 'eng', [['Astana', 'GPE'], ['EKZ', 'ORG']], []);
    expect(brief(en)).toEqual([['production', null, 'planned']]);
    const fr = build("Les rames seront assemblées dans l'usine de Grenoble.", 'fra', [['Grenoble', 'GPE']], []);
    expect(brief(fr)).toEqual([['production', null, 'planned']]);
    const es = build('Los autobuses se fabricarán en Zaragoza.', 'spa', [['Zaragoza', 'GPE']], []);
    expect(brief(es)).toEqual([['production', null, 'planned']]);
  });

  it('a plan word, a figure or a date still makes a target', () => {
    const plan = build('The company plans to assemble buses in Samarkand.', 'eng', [['Samarkand', 'GPE']], []);
    expect(brief(plan)).toEqual([['production_target', null, 'planned']]);
    const figure = build('The plant will produce 6,000 vehicles.', 'eng', [], [{ text: '6,000 vehicles', kind: 'count', value: 6000, unit: 'car' }]);
    expect(brief(figure)).toEqual([['production_target', 6000, 'planned']]);
    const dated = build('Les rames seront assemblées à Grenoble en 2028.', 'fra', [['Grenoble', 'GPE']], [year(2028)]);
    expect(brief(dated)).toEqual([['production_target', null, 'planned']]);
  });
});

describe('events: a figure its own words mark as planned is a target beside the actual one', () => {
  it('en `short of the 3,200 it had planned`, de `angepeilt waren allerdings 2.800 Fahrzeuge`', () => {
    const en = build(
      'The plant built 2,140 wagons in the first nine months, but well short of the 3,200 it had planned for the whole year.',
      'eng',
      [],
      [{ text: '2,140 wagons', kind: 'count', value: 2140, unit: 'wagon' }, { text: '3,200', kind: 'count', value: 3200 }],
    );
    expect(brief(en)).toEqual([['production', 2140, 'actual'], ['production_target', 3200, 'planned']]);
    const de = build(
      'Im Werk liefen im vergangenen Jahr 2.310 Lkw vom Band, angepeilt waren allerdings 2.800 Fahrzeuge.',
      'deu',
      [],
      [{ text: '2.310 Lkw', kind: 'count', value: 2310, unit: 'truck' }, { text: '2.800 Fahrzeuge', kind: 'count', value: 2800, unit: 'car' }],
    );
    expect(brief(de)).toEqual([['production', 2310, 'actual'], ['production_target', 2800, 'planned']]);
  });

  it('silent: a figure compared with the plan stays actual (`2,140 wagons, more than the company had planned`)', () => {
    const en = build('The plant built 2,140 wagons, more than the company had planned.', 'eng', [], [{ text: '2,140 wagons', kind: 'count', value: 2140, unit: 'wagon' }]);
    expect(brief(en)).toEqual([['production', 2140, 'actual']]);
  });
});
