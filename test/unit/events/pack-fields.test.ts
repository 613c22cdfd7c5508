/**
 * The events stage's per-language words that used to be one regular expression mixing every language
 * (`listJoin`, `ownOrgBefore`, `comparisonBefore`, `nonCompany`) are pack data: each pack's words work
 * on an invented sentence of its language, and another language's word does nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view, type NumberSpec } from './build.js';

const all = (input: ReturnType<typeof build>) => view(input, extractEvents(input));
const year = (y: number): NumberSpec => ({ text: String(y), kind: 'year', value: y, date: String(y) });
const brands = (text: string, lang: string) => build(text, lang, [['Alpha Motors', 'ORG'], ['Ravon', 'ORG'], ['Damas', 'ORG']], []);

describe('pack field listJoin: brands joined by the pack’s conjunction are one list of products', () => {
  it('en, es, tr, az, uz, kk', () => {
    const cases: Array<[string, string]> = [
      ['eng', 'Alpha Motors exported Ravon and Damas cars.'],
      ['spa', 'Alpha Motors exportó coches Ravon y Damas.'],
      ['tur', 'Alpha Motors Ravon ve Damas otomobilleri ihraç etti.'],
      ['aze', 'Alpha Motors Ravon və Damas avtomobillərini ixrac edib.'],
      ['uzb', 'Alpha Motors Ravon va Damas avtomobillarini eksport qildi.'],
      ['kaz', 'Alpha Motors Ravon және Damas автомобильдерін экспорттады.'],
    ];
    for (const [lang, text] of cases) {
      expect(all(brands(text, lang)).map((e) => [e.type, e.actors, e.product]), text).toEqual([
        ['export', ['Alpha Motors'], 'Ravon'],
        ['export', ['Alpha Motors'], 'Damas'],
      ]);
    }
  });

  it('silent: another language’s conjunction joins nothing (`und` in Spanish)', () => {
    expect(all(brands('Alpha Motors exportó coches Ravon und Damas.', 'spa')).map((e) => e.product)).toEqual(['Ravon']);
  });
});

describe('pack field comparisonBefore: a year after a comparison dates nothing', () => {
  it('en, de, fr, es, ru', () => {
    const cases: Array<[string, string, string]> = [
      ['eng', 'Sales reached 28,000 cars, more than in 2021.', '28,000 cars'],
      ['deu', 'Der Absatz erreichte 28.000 Autos, mehr als im Jahr 2021.', '28.000 Autos'],
      ['fra', 'Les ventes ont atteint 28 000 voitures, plus qu’en 2021.', '28 000 voitures'],
      ['spa', 'Las ventas alcanzaron 28.000 coches, más que en 2021.', '28.000 coches'],
      ['rus', 'Продажи составили 28 000 автомобилей, больше, чем в 2021 году.', '28 000 автомобилей'],
    ];
    for (const [lang, text, figure] of cases) {
      const input = build(text, lang, [], [{ text: figure, kind: 'count', value: 28000, unit: 'car' }, year(2021)]);
      expect(all(input).map((e) => [e.type, e.quantity, e.time]), text).toEqual([['sales', 28000, null]]);
    }
  });

  it('silent: a year without the comparison dates the figure (ru, es)', () => {
    const ru = build('Продажи составили 28 000 автомобилей в 2021 году.', 'rus', [], [{ text: '28 000 автомобилей', kind: 'count', value: 28000, unit: 'car' }, year(2021)]);
    expect(all(ru).map((e) => e.time)).toEqual(['2021']);
    const es = build('Las ventas alcanzaron 28.000 coches en 2021.', 'spa', [], [{ text: '28.000 coches', kind: 'count', value: 28000, unit: 'car' }, year(2021)]);
    expect(all(es).map((e) => e.time)).toEqual(['2021']);
  });
});

describe('pack field comparisonBefore (en): a founding year in an apposition dates nothing', () => {
  it('founded in, established in', () => {
    const a = build('Ordabasy, founded in 2011, employs 2,300 people.', 'eng', [['Ordabasy', 'ORG']], [year(2011), { text: '2,300 people', kind: 'count', value: 2300, unit: 'person' }]);
    expect(all(a).map((e) => [e.type, e.time])).toEqual([['jobs', null]]);
    const b = build('The plant, established in 1998, produced 9,000 tractors.', 'eng', [], [year(1998), { text: '9,000 tractors', kind: 'count', value: 9000, unit: 'tractor' }]);
    expect(all(b).map((e) => [e.type, e.time])).toEqual([['production', null]]);
  });

  it('silent: the year of the fact itself (en), a German founding year before its participle stays as it was', () => {
    const a = build('Ordabasy produced 9,420 trucks in 2026.', 'eng', [['Ordabasy', 'ORG']], [{ text: '9,420 trucks', kind: 'count', value: 9420, unit: 'truck' }, year(2026)]);
    expect(all(a).map((e) => e.time)).toEqual(['2026']);
    const d = build('Ordabasy baute 2026 genau 9.420 Lkw.', 'deu', [['Ordabasy', 'ORG']], [year(2026), { text: '9.420 Lkw', kind: 'count', value: 9420, unit: 'truck' }]);
    expect(all(d).map((e) => e.time)).toEqual(['2026']);
  });
});

describe('pack field ownOrgBefore: a speaker’s own organisation speaks with them', () => {
  it('en `of`, es `de`, fr `d’`', () => {
    const cases: Array<[string, string, string, string]> = [
      ['eng', '"Exports rose," Anna Lee, press secretary of Orlan Motors, told reporters.', 'Anna Lee', 'Orlan Motors'],
      ['spa', '«Las exportaciones crecieron», dijo Lucía Pardo, portavoz de Orlan Motors.', 'Lucía Pardo', 'Orlan Motors'],
      ['fra', '«Les exportations ont augmenté», a déclaré Claire Morel, porte-parole d’Orlan Motors.', 'Claire Morel', 'Orlan Motors'],
    ];
    for (const [lang, text, person, org] of cases) {
      const input = build(text, lang, [[person, 'PER'], [org, 'ORG']], []);
      expect(all(input).filter((e) => e.type === 'statement').map((e) => e.actors), text).toEqual([[person, org]]);
    }
  });

  it('a company noun between (fr `de la holding`, es `del grupo`)', () => {
    const cases: Array<[string, string, string, string]> = [
      ['fra', '« Les exportations ont augmenté », a déclaré Claire Morel, porte-parole de la holding Orlan Motors.', 'Claire Morel', 'Orlan Motors'],
      ['spa', '«Las exportaciones crecieron», dijo Lucía Pardo, portavoz del grupo Orlan Motors.', 'Lucía Pardo', 'Orlan Motors'],
    ];
    for (const [lang, text, person, org] of cases) {
      const input = build(text, lang, [[person, 'PER'], [org, 'ORG']], []);
      expect(all(input).filter((e) => e.type === 'statement').map((e) => e.actors), text).toEqual([[person, org]]);
    }
  });

  it('silent: an organisation the text does not make theirs (`press secretary at`)', () => {
    const input = build('"Exports rose," Anna Lee, press secretary at Orlan Motors, told reporters.', 'eng', [['Anna Lee', 'PER'], ['Orlan Motors', 'ORG']], []);
    expect(all(input).filter((e) => e.type === 'statement').map((e) => e.actors)).toEqual([['Anna Lee']]);
  });
});

describe('pack field nonCompany: `the company` skips an authority', () => {
  it('es `Ministerio`, tr `Bakanlığı`', () => {
    const es = build('Orlan Motors construyó una planta. El Ministerio de Industria preparó un programa. La empresa exportó 2.000 coches.', 'spa', [['Orlan Motors', 'ORG'], ['Ministerio de Industria', 'ORG']], [
      { text: '2.000 coches', kind: 'count', value: 2000, unit: 'car' },
    ]);
    expect(all(es).filter((e) => e.type === 'export').map((e) => e.actors)).toEqual([['Orlan Motors']]);
    const tr = build('Orlan Motors yeni fabrika kurdu. Sanayi Bakanlığı yeni bir program hazırladı. Şirket 2000 araç ihraç etti.', 'tur', [['Orlan Motors', 'ORG'], ['Sanayi Bakanlığı', 'ORG']], [
      { text: '2000 araç', kind: 'count', value: 2000, unit: 'car' },
    ]);
    expect(all(tr).filter((e) => e.type === 'export').map((e) => e.actors)).toEqual([['Orlan Motors']]);
  });

  it('silent: a holding is a company (the organisation named last, with no earlier fact)', () => {
    const tr = build('Orlan Motors büyüyor. Sanayi Holding yeni bir program hazırladı. Şirket 2000 araç ihraç etti.', 'tur', [['Orlan Motors', 'ORG'], ['Sanayi Holding', 'ORG']], [
      { text: '2000 araç', kind: 'count', value: 2000, unit: 'car' },
    ]);
    expect(all(tr).filter((e) => e.type === 'export').map((e) => e.actors)).toEqual([['Sanayi Holding']]);
  });
});

describe('pack field counters: a figure in a counter counts what the fact’s product noun names', () => {
  const units = (input: ReturnType<typeof build>) => all(input).map((e) => [e.type, e.quantity, e.unit]);

  it('de `150 Einheiten` of combines, ru `150 единиц` of tractors, en `40 units` of locomotives', () => {
    const de = build('Die ersten Mähdrescher sollen in einer Vorserie von 150 Einheiten montiert werden.', 'deu', [], [{ text: '150 Einheiten', kind: 'count', value: 150, unit: 'car' }]);
    expect(units(de)).toEqual([['production_target', 150, 'combine']]);
    const ru = build('Завод выпустил первые тракторы: 150 единиц.', 'rus', [], [{ text: '150 единиц', kind: 'count', value: 150, unit: 'car' }]);
    expect(units(ru)).toEqual([['production', 150, 'tractor']]);
    const en = build('The plant produced 40 units of its new locomotives.', 'eng', [], [{ text: '40 units', kind: 'count', value: 40, unit: 'car' }]);
    expect(units(en)).toEqual([['production', 40, 'locomotive']]);
  });

  it('ru `машин` is a counter too: `2 000 машин` beside combines counts combines, beside tractors tractors; alone it counts cars', () => {
    const c = build('В текущем году мы выпустим 1 500 комбайнов, а к 2029 году выйдем на мощность 2 000 машин в год.', 'rus', [], [
      { text: '1 500 комбайнов', kind: 'count', value: 1500, unit: 'комбайнов' }, { text: '2029 году', kind: 'year', value: 2029, date: '2029' },
      { text: '2 000 машин в год', kind: 'rate', value: 2000, unit: 'car' },
    ]);
    expect(units(c).map((e) => e[2])).toEqual(['combine', 'combine']);
    const t = build('Мощность завода по сборке тракторов составит 400 машин в год.', 'rus', [], [{ text: '400 машин в год', kind: 'rate', value: 400, unit: 'car' }]);
    expect(units(t).map((e) => e.slice(1))).toEqual([[400, 'tractor']]);
    // silent: no other product noun, vehicles
    const v = build('За первый квартал завод выпустил 7 420 машин.', 'rus', [], [{ text: '7 420 машин', kind: 'count', value: 7420, unit: 'car' }]);
    expect(units(v).map((e) => e[2])).toEqual(['car']);
  });

  it('a counter with no product noun near its trigger counts what its paragraph is about (ru, fr, es, en)', () => {
    const ru = build('Мощность предприятия рассчитана на 600 электробусов в год. В текущем году здесь планируют собрать 220 машин.', 'rus', [], [
      { text: '600 электробусов в год', kind: 'rate', value: 600, unit: 'электробусов' }, { text: '220 машин', kind: 'count', value: 220, unit: 'car' },
    ]);
    expect(units(ru).filter((e) => e[1] === 220)).toEqual([['production_target', 220, 'bus']]);
    const fr = build("L'an dernier, 41 300 camions sont sortis de l'usine de Bourg-en-Bresse, soit 8,5 % de moins qu'en 2025, et les ventes du constructeur sur le continent ont reculé à 37 900 unités.", 'fra', [], [
      { text: '41 300 camions', kind: 'count', value: 41300, unit: 'camions' }, { text: '8,5 %', kind: 'percent', value: 8.5 }, { text: '2025', kind: 'year', value: 2025, date: '2025' },
      { text: '37 900 unités', kind: 'count', value: 37900, unit: 'car' },
    ]);
    expect(units(fr).filter((e) => e[1] === 37900)).toEqual([['sales', 37900, 'truck']]);
    // none before it in the paragraph: the first after it in its sentence
    const es = build('El acuerdo incluye el mantenimiento de la flota durante 15 años. Las primeras 12 unidades se fabricarán en la planta de Beasain y serán enviadas a Uzbekistán a partir de 2028; las otras 28 locomotoras se ensamblarán en el propio país asiático.', 'spa', [], [
      { text: '12 unidades', kind: 'count', value: 12, unit: 'car' }, { text: '2028', kind: 'year', value: 2028, date: '2028' },
      { text: '28 locomotoras', kind: 'count', value: 28, unit: 'locomotoras' },
    ]);
    expect(units(es).filter((e) => e[1] === 12).map((e) => e[2])).toContain('locomotive');
    const en = build('The Kostanay plant assembles combine harvesters for the domestic market. Last year it produced 1,180 units.', 'eng', [], [
      { text: '1,180 units', kind: 'count', value: 1180, unit: 'car' },
    ]);
    expect(units(en).filter((e) => e[1] === 1180)).toEqual([['production', 1180, 'combine']]);
  });

  it('silent: the paragraph’s product stops at the paragraph, and a counted noun of its own keeps its reading (en, de)', () => {
    const en = build('The plant also assembles tractors.\n\nThe plant produced 5,000 units in 2025.', 'eng', [], [{ text: '5,000 units', kind: 'count', value: 5000, unit: 'car' }, { text: '2025', kind: 'year', value: 2025, date: '2025' }]);
    expect(units(en)).toEqual([['production', 5000, 'car']]);
    // two kinds before it, or a kind named by no figure after it: vehicles
    const two = build('De la cadena de montaje salieron 15.900 camiones y 5.560 autobuses. Las exportaciones, que sumaron 6.300 unidades, se dirigieron sobre todo a Uzbekistán.', 'spa', [], [
      { text: '15.900 camiones', kind: 'count', value: 15900, unit: 'camiones' }, { text: '5.560 autobuses', kind: 'count', value: 5560, unit: 'autobuses' },
      { text: '6.300 unidades', kind: 'count', value: 6300, unit: 'car' },
    ]);
    expect(units(two).filter((e) => e[1] === 6300)).toEqual([['export', 6300, 'car']]);
    const part = build('Las ventas en el mercado interno alcanzaron 15.160 unidades, de las que casi dos tercios fueron camiones.', 'spa', [], [{ text: '15.160 unidades', kind: 'count', value: 15160, unit: 'car' }]);
    expect(units(part).filter((e) => e[1] === 15160)).toEqual([['sales', 15160, 'car']]);
    // (a kind the paragraph names before a vehicle word is what it counts: see goods-units.test.ts; one named after it is not)
    const de = build('Im vergangenen Jahr verkaufte das Unternehmen in Kasachstan 1.950 Fahrzeuge, darunter 300 Traktoren.', 'deu', [], [{ text: '1.950 Fahrzeuge', kind: 'count', value: 1950, unit: 'car' }, { text: '300 Traktoren', kind: 'count', value: 300, unit: 'tractor' }]);
    expect(units(de).filter((e) => e[1] === 1950).map((e) => e[2])).toEqual(['car']);
  });

  it('silent: a counter with no other product noun counts vehicles; a counted noun of its own wins (en, de)', () => {
    const en = build('The plant produced 5,000 units in 2025.', 'eng', [], [{ text: '5,000 units', kind: 'count', value: 5000, unit: 'car' }, { text: '2025', kind: 'year', value: 2025, date: '2025' }]);
    expect(units(en)).toEqual([['production', 5000, 'car']]);
    const de = build('Das Werk baute neben Traktoren auch 2.000 Fahrzeuge.', 'deu', [], [{ text: '2.000 Fahrzeuge', kind: 'count', value: 2000, unit: 'car' }]);
    expect(units(de)).toEqual([['production', 2000, 'car']]);
  });
});
