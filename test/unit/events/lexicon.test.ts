import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view, type NumberSpec } from './build.js';

const brief = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.unit, e.location]);
const pct = (text: string, value: number) => ({ text, kind: 'percent' as const, value });

describe('events lexicon (packs): triggers with their objects and roles', () => {
  it('launching a plant is a plant launch (en); a launched campaign is not', () => {
    const plant = build('BYD has launched an electric vehicle plant in the Jizzakh region.', 'eng', [['BYD', 'ORG'], ['Jizzakh', 'GPE']], []);
    expect(brief(plant)).toEqual([['plant_launch', null, null, 'Jizzakh']]);
    const campaign = build('BYD has launched an advertising campaign in Jizzakh.', 'eng', [['BYD', 'ORG'], ['Jizzakh', 'GPE']], []);
    expect(brief(campaign).filter((e) => e[0] === 'plant_launch')).toEqual([]);
  });

  it('a delivery with a destination is an export (en, ru, de); without one it is none', () => {
    const en = build('The first batch of 420 cars will be shipped to Georgia in March.', 'eng', [['Georgia', 'GPE']], [{ text: '420 cars', kind: 'count', value: 420, unit: 'car' }]);
    expect(brief(en).map((e) => e.slice(0, 3))).toEqual([['export', 420, 'car']]);
    const ru = build('УзАвто Моторс начнёт поставки в Россию кроссоверов Chevrolet Tracker.', 'rus', [['УзАвто Моторс', 'ORG'], ['Россию', 'GPE'], ['Chevrolet Tracker', 'PRODUCT']], []);
    expect(brief(ru).map((e) => e[0])).toContain('export');
    const de = build('Deutsche Hersteller lieferten 2025 Maschinen im Wert von 1,9 Milliarden Euro nach Kasachstan.', 'deu', [['Kasachstan', 'GPE']], [
      { text: '2025', kind: 'year', value: 2025, date: '2025' }, { text: '1,9 Milliarden Euro', kind: 'money', value: 1.9e9, currency: 'EUR' },
    ]);
    expect(brief(de).map((e) => e[0])).toEqual(['export']);
    const none = build('Поставки комплектующих выросли.', 'rus', [], []);
    expect(brief(none)).toEqual([]);
  });

  it('what a project costs is an investment (en, ru); what a product costs is not', () => {
    const en = build('After an expansion of the paint shop the project has cost 96.4 million manat.', 'eng', [], [{ text: '96.4 million manat', kind: 'money', value: 96.4e6, currency: 'AZN' }]);
    expect(brief(en).map((e) => e[0])).toEqual(['investment']);
    const ru = build('Модернизация обойдётся в 310 млрд сумов.', 'rus', [], [{ text: '310 млрд сумов', kind: 'money', value: 310e9, currency: 'UZS' }]);
    expect(brief(ru).map((e) => e[0])).toEqual(['investment']);
    const price = build('A tractor unit is expected to cost about 4.8 million som.', 'eng', [], [{ text: '4.8 million som', kind: 'money', value: 4.8e6, currency: 'KGS' }]);
    expect(brief(price)).toEqual([]);
  });

  it('holding a percentage is a stake (en, de); holding a record is not', () => {
    const en = build('AzerMash holds 60 percent of the venture and the Uzbek partner 40 percent.', 'eng', [['AzerMash', 'ORG']], [pct('60 percent', 60), pct('40 percent', 40)]);
    expect(brief(en).map((e) => [e[0], e[1]])).toEqual([['investment', 60], ['investment', 40]]);
    const de = build('Die kasachische Seite hält 51 Prozent an dem Gemeinschaftsunternehmen.', 'deu', [], [pct('51 Prozent', 51)]);
    expect(brief(de).map((e) => [e[0], e[1]])).toEqual([['investment', 51]]);
    expect(brief(build('Sie hält den Rekord seit Jahren.', 'deu', [], []))).toEqual([]);
  });

  it('a localisation share is a production target (de, fr)', () => {
    const de = build('Der Anteil lokal gefertigter Komponenten soll bis 2027 auf 40 Prozent steigen.', 'deu', [], [{ text: '2027', kind: 'year', value: 2027, date: '2027' }, pct('40 Prozent', 40)]);
    expect(brief(de).map((e) => [e[0], e[1], e[2]])).toEqual([['production_target', 40, 'percent']]);
    const fr = build('Le taux de localisation doit atteindre 55 % en 2028.', 'fra', [], [pct('55 %', 55), { text: '2028', kind: 'year', value: 2028, date: '2028' }]);
    expect(brief(fr).map((e) => [e[0], e[1]])).toEqual([['production_target', 55]]);
  });

  it('ru: the share of localised parts is a production target, a share in the capital a stake', () => {
    const a = build('Уже через год доля локализованных компонентов достигнет 30%.', 'rus', [], [pct('30%', 30)]);
    expect(brief(a).map((e) => [e[0], e[1]])).toEqual([['production_target', 30]]);
    const b = build('К 2028 году доля локализации на заводе вырастет до 55%.', 'rus', [], [{ text: '2028 году', kind: 'year', value: 2028, date: '2028' }, pct('55%', 55)]);
    expect(brief(b).map((e) => [e[0], e[1]])).toEqual([['production_target', 55]]);
    // silent: a stake stays a stake
    const c = build('Доля казахстанской стороны в капитале предприятия — 49%.', 'rus', [], [pct('49%', 49)]);
    expect(brief(c).map((e) => [e[0], e[1]])).toEqual([['investment', 49]]);
  });

  it('ru: where a good was made (`отечественного производства`, `собственной сборки`) is no fact of making; a making noun alone still is', () => {
    const a = build('Аграрии закупили 7 850 тракторов, из них 41% — отечественного производства.', 'rus', [], [{ text: '7 850 тракторов', kind: 'count', value: 7850, unit: 'tractor' }, pct('41%', 41)]);
    expect(brief(a).filter((e) => e[0] === 'production')).toEqual([]);
    const b = build('Дилеры продали 500 автобусов местной сборки.', 'rus', [], [{ text: '500 автобусов', kind: 'count', value: 500, unit: 'bus' }]);
    expect(brief(b).map((e) => e[0])).toEqual(['sales']);
    // silent: the making noun with no origin adjective
    const c = build('Объём производства тракторов составил 7 850 единиц.', 'rus', [], [{ text: '7 850 единиц', kind: 'count', value: 7850, unit: 'car' }]);
    expect(brief(c).map((e) => [e[0], e[1]])).toEqual([['production', 7850]]);
  });

  it('ru: the first goods without a count rolling off the line start production; with a count they are a planned output', () => {
    const a = build('Первые машины сойдут с конвейера во втором полугодии.', 'rus', [], [{ text: 'втором полугодии', kind: 'date', date: '2027-07/2027-12' }]);
    expect(brief(a).map((e) => e[0])).toEqual(['plant_launch']);
    const b = build('Первые тракторы должны сойти с конвейера завода в марте.', 'rus', [], [{ text: 'марте', kind: 'date', date: '2027-03' }]);
    expect(brief(b).map((e) => e[0])).toEqual(['plant_launch']);
    // silent: a count makes it an output (103 `первые 20 электробусов могут сойти с конвейера`)
    const c = build('Первые 20 электробусов могут сойти с конвейера в четвёртом квартале.', 'rus', [], [{ text: '20 электробусов', kind: 'count', value: 20, unit: 'bus' }, { text: 'четвёртом квартале', kind: 'date', date: '2026-10/2026-12' }]);
    expect(brief(c).map((e) => e[0])).not.toContain('plant_launch');
  });

  it('imports by one country are no bilateral trade (en); trade between two is', () => {
    const imp = build('Kyrgyzstan imported 8,900 trucks in 2025.', 'eng', [['Kyrgyzstan', 'GPE']], [{ text: '8,900 trucks', kind: 'count', value: 8900, unit: 'truck' }]);
    expect(brief(imp).filter((e) => e[0] === 'trade')).toEqual([]);
    const trade = build('Trade between China and Kyrgyzstan reached $22.7 billion.', 'eng', [['China', 'GPE'], ['Kyrgyzstan', 'GPE']], [{ text: '$22.7 billion', kind: 'money', value: 22.7e9, currency: 'USD' }]);
    expect(brief(trade).map((e) => e[0])).toEqual(['trade']);
  });

  it('ru: the staff of a plant (`штат … составит`, `численность персонала`) is jobs; a state (`в штате Техас`) is not', () => {
    const person = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'person' });
    const a = build('Штат завода на первом этапе составит 420 человек.', 'rus', [], [person('420 человек', 420)]);
    expect(brief(a).map((e) => [e[0], e[1]])).toEqual([['jobs', 420]]);
    const b = build('Численность персонала завода составляет 1 200 человек.', 'rus', [], [person('1 200 человек', 1200)]);
    expect(brief(b).map((e) => [e[0], e[1]])).toEqual([['jobs', 1200]]);
    const c = build('Завод в штате Техас выпустил 500 автобусов.', 'rus', [], [{ text: '500 автобусов', kind: 'count', value: 500, unit: 'bus' }]);
    expect(brief(c).map((e) => e[0])).toEqual(['production']);
  });

  it('people working at a site are jobs; farm machines are counted in their own units (ru)', () => {
    const en = build('About 1,350 people now work at the site.', 'eng', [], [{ text: '1,350 people', kind: 'count', value: 1350, unit: 'person' }]);
    expect(brief(en).map((e) => [e[0], e[1], e[2]])).toEqual([['jobs', 1350, 'person']]);
    const ru = build('Завод будет выпускать 600 хлопкоуборочных машин в год.', 'rus', [], [{ text: '600 хлопкоуборочных машин в год', kind: 'rate', value: 600, unit: 'хлопкоуборочных' }]);
    expect(brief(ru).map((e) => [e[0], e[1], e[2]])).toEqual([['production_target', 600, 'cotton_harvester']]);
  });
});

describe('events lexicon (packs): a market share is sales, not a stake', () => {
  it('ru "Доля Lada на рынке составила 30,5%", de Marktanteil, en "accounted for 58 percent of domestic sales"', () => {
    const ru = build('Доля Lada на российском рынке составила 30,5%.', 'rus', [['Lada', 'ORG']], [pct('30,5%', 30.5)]);
    expect(brief(ru).map((e) => [e[0], e[1], e[2]])).toEqual([['sales', 30.5, 'percent']]);
    const de = build('Größter Anbieter bleibt UzAuto Motors mit einem Marktanteil von 75 Prozent.', 'deu', [['UzAuto Motors', 'ORG']], [pct('75 Prozent', 75)]);
    expect(brief(de).map((e) => [e[0], e[1]])).toEqual([['sales', 75]]);
    const en = build('The Onix and the Tracker accounted for 58 percent of domestic sales.', 'eng', [], [pct('58 percent', 58)]);
    expect(brief(en).map((e) => [e[0], e[1]])).toEqual([['sales', 58]]);
  });

  it('a stake stays a stake (ru "доля в совместном предприятии")', () => {
    const ru = build('Доля «Азермаш» в совместном предприятии составляет 60%.', 'rus', [['Азермаш', 'ORG']], [pct('60%', 60)]);
    expect(brief(ru).map((e) => [e[0], e[1]])).toEqual([['investment', 60]]);
  });
});
