/**
 * Production and capacity verbs the packs lacked, and goods counted as what is planned: `turned out
 * 48,300 packs` (and the elided `62,000` after it), a plant `designed to pour 24,000 tonnes a year`
 * or `conçue pour assembler 1 200 semoirs par an` (capacity: production_target), a plant's full
 * build-out (`im Endausbau 600.000 Kabelsätze pro Jahr`), and `3.500 Lastwagen geplant`.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const facts = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).filter((e) => e.quantity !== null).map((e) => [e.type, e.quantity, e.unit]);

describe('production verbs: turning out goods', () => {
  it('en: `turned out` counts production, and an elided figure after it the planned one', () => {
    const en = build('Its pack plant in Izmir turned out 48,300 packs last year and is expected to build 62,000 this year.', 'eng', [['Izmir', 'GPE']],
      [{ text: '48,300 packs', kind: 'count', value: 48300, unit: 'battery_pack' }, { text: '62,000', kind: 'count', value: 62000 }]);
    expect(facts(en)).toEqual(expect.arrayContaining([['production', 48300, 'battery_pack'], ['production_target', 62000, 'battery_pack']]));
    const wagons = build('Ertis now expects the plant to turn out about 2,900 wagons this year.', 'eng', [['Ertis', 'ORG']],
      [{ text: '2,900 wagons', kind: 'count', value: 2900, unit: 'wagon' }]);
    expect(facts(wagons)).toEqual([['production_target', 2900, 'wagon']]);
  });

  it('silent: `turned out to` is no production', () => {
    const en = build('The bus order from Almaty turned out to be worth 2,000 buses less than planned.', 'eng', [['Almaty', 'GPE']],
      [{ text: '2,000 buses', kind: 'count', value: 2000, unit: 'bus' }]);
    expect(facts(en).filter(([type]) => type === 'production' || type === 'production_target')).toEqual([]);
  });
});

describe('capacity: a plant designed or able to make goods', () => {
  it('en, fr, es, de: any making verb after a capacity frame is a production target', () => {
    const en = build('Koltech will invest in the plant, which is designed to pour 24,000 tonnes a year of castings.', 'eng', [['Koltech', 'ORG']],
      [{ text: '24,000 tonnes a year', kind: 'rate', value: 24000, unit: 'tonne' }]);
    expect(facts(en)).toEqual([['production_target', 24000, 'tonne']]);
    const fr = build("L'usine de Semavia est conçue pour assembler 1 200 semoirs par an.", 'fra', [['Semavia', 'ORG']],
      [{ text: '1 200 semoirs par an', kind: 'rate', value: 1200, unit: 'seed_drill' }]);
    expect(facts(fr)).toEqual([['production_target', 1200, 'seed_drill']]);
    const es = build('La planta de Arlanza está diseñada para fabricar 6.000 cabinas al año.', 'spa', [['Arlanza', 'ORG']],
      [{ text: '6.000 cabinas al año', kind: 'rate', value: 6000, unit: 'cabin' }]);
    expect(facts(es)).toEqual([['production_target', 6000, 'cabin']]);
    const de = build('Das Werk von Haller kann jährlich 5.000 Busse fertigen.', 'deu', [['Haller', 'ORG']],
      [{ text: '5.000 Busse', kind: 'count', value: 5000, unit: 'bus' }]);
    expect(facts(de)).toEqual([['production_target', 5000, 'bus']]);
  });

  it('de: a plant’s full build-out is its capacity', () => {
    const de = build('Haller hat 34 Millionen Euro in die Fabrik investiert, die im Endausbau 600.000 Kabelsätze pro Jahr liefern soll.', 'deu', [['Haller', 'ORG']],
      [{ text: '34 Millionen Euro', kind: 'money', value: 34e6, currency: 'EUR' }, { text: '600.000 Kabelsätze pro Jahr', kind: 'rate', value: 600000, unit: 'wiring_harness' }]);
    expect(facts(de)).toContainEqual(['production_target', 600000, 'wiring_harness']);
  });
});

describe('goods counted as what is planned', () => {
  it('de, en, fr, es: a count of goods that is planned is a production target', () => {
    const de = build('Für dieses Jahr sind in Ludwigsburg 3.500 Lastwagen geplant.', 'deu', [['Ludwigsburg', 'GPE']],
      [{ text: '3.500 Lastwagen', kind: 'count', value: 3500, unit: 'truck' }]);
    expect(facts(de)).toEqual([['production_target', 3500, 'truck']]);
    const en = build('At the Ludwigsburg plant 3,500 trucks are planned for this year.', 'eng', [['Ludwigsburg', 'GPE']],
      [{ text: '3,500 trucks', kind: 'count', value: 3500, unit: 'truck' }]);
    expect(facts(en)).toEqual([['production_target', 3500, 'truck']]);
    const fr = build('À Angers, 1 500 camions sont prévus cette année.', 'fra', [['Angers', 'GPE']],
      [{ text: '1 500 camions', kind: 'count', value: 1500, unit: 'truck' }]);
    expect(facts(fr)).toEqual([['production_target', 1500, 'truck']]);
    const es = build('En Kostanái están previstos 3.500 camiones este año.', 'spa', [['Kostanái', 'GPE']],
      [{ text: '3.500 camiones', kind: 'count', value: 3500, unit: 'truck' }]);
    expect(facts(es)).toEqual([['production_target', 3500, 'truck']]);
  });

  it('silent: planned jobs or sums are no production', () => {
    const de = build('In Ludwigsburg sind rund 750 Arbeitsplätze geplant.', 'deu', [['Ludwigsburg', 'GPE']],
      [{ text: '750 Arbeitsplätze', kind: 'count', value: 750, unit: 'job' }]);
    expect(facts(de).filter(([type]) => type === 'production' || type === 'production_target')).toEqual([]);
    const en = build('For the Ludwigsburg plant 40 million euros are planned.', 'eng', [['Ludwigsburg', 'GPE']],
      [{ text: '40 million euros', kind: 'money', value: 40e6, currency: 'EUR' }]);
    expect(facts(en).filter(([type]) => type === 'production' || type === 'production_target')).toEqual([]);
  });
});
