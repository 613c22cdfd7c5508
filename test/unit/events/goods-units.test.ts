/**
 * The unit of a figure counted in a generic word: a counter (`machines`, `unidades`) counts what the
 * fact's product noun names (a seed-drill plant's `1 200 machines` are seed drills); a vehicle word
 * (`Fahrzeuge`, `vehicles`) the one kind of vehicle its paragraph named before the fact (a bus maker's
 * `1.950 Fahrzeuge` are buses); several kinds, or one named after it, leave cars. A figure whose noun is
 * elided counts the fact's product (`1 500 prévus`).
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const units = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.quantity, e.unit]);

describe('a generic counter counts what the fact’s product names', () => {
  it('de, es, fr: vehicles of a bus or truck maker are buses or trucks; machines of a seed-drill plant are seed drills', () => {
    const de = build('Der Bushersteller QazBus baut seine Busse in Almaty. Im vergangenen Jahr verkaufte QazBus in Kasachstan 1.950 Fahrzeuge.', 'deu', [['QazBus', 'ORG'], ['Almaty', 'GPE'], ['QazBus', 'ORG', 1]],
      [{ text: '1.950 Fahrzeuge', kind: 'count', value: 1950, unit: 'car' }]);
    expect(units(de)).toContainEqual([1950, 'bus']);
    const es = build('Toros fabrica camiones eléctricos en Aksaray. El año pasado Toros vendió 2.800 vehículos.', 'spa', [['Toros', 'ORG'], ['Aksaray', 'GPE'], ['Toros', 'ORG', 1]],
      [{ text: '2.800 vehículos', kind: 'count', value: 2800, unit: 'car' }]);
    expect(units(es)).toContainEqual([2800, 'truck']);
    const fr = build("L'usine de semoirs de Semavia produira 1 200 machines par an.", 'fra', [['Semavia', 'ORG']],
      [{ text: '1 200 machines par an', kind: 'rate', value: 1200, unit: 'machine' }]);
    expect(units(fr)).toEqual([[1200, 'seed_drill']]);
  });

  it('fr: an elided noun (`contre 1 500 prévus`) counts the fact’s product', () => {
    const fr = build("Cette année, l'usine de packs d'Angers devrait assembler 1 500 prévus.", 'fra', [['Angers', 'GPE']],
      [{ text: '1 500 prévus', kind: 'count', value: 1500, unit: 'prévus' }]);
    expect(units(fr)).toEqual([[1500, 'battery_pack']]);
  });

  it('silent: a maker of two kinds counts vehicles (es); cars of a bus maker stay cars (en); a kind named after the figure (en)', () => {
    const es = build('El fabricante de camiones y autobuses Qazaq Avto ensambló el año pasado 21.460 vehículos.', 'spa', [['Qazaq Avto', 'ORG']],
      [{ text: '21.460 vehículos', kind: 'count', value: 21460, unit: 'car' }]);
    expect(units(es)).toEqual([[21460, 'car']]);
    const en = build('The bus maker Alpha Motors assembled 2,000 cars last year.', 'eng', [['Alpha Motors', 'ORG']],
      [{ text: '2,000 cars', kind: 'count', value: 2000, unit: 'car' }]);
    expect(units(en)).toEqual([[2000, 'car']]);
    const after = build('Orlan Motors sold 5,000 vehicles last year, including 300 buses.', 'eng', [['Orlan Motors', 'ORG']],
      [{ text: '5,000 vehicles', kind: 'count', value: 5000, unit: 'car' }, { text: '300 buses', kind: 'count', value: 300, unit: 'bus' }]);
    expect(units(after)[0]).toEqual([5000, 'car']);
  });
});
