import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const run = (input: ReturnType<typeof build>) =>
  view(input, extractEvents(input)).filter((e) => e.type === 'production').map((e) => [e.product, e.location, e.quantity]);
const percent = (text: string, value: number) => ({ text, kind: 'percent' as const, value });

describe('events: a participle in a non-restrictive apposition states its fact (reducedRelative.appositionBefore)', () => {
  it('en `X and the Y, both assembled at the plant in Z,` and es `X y Y, ambos ensamblados en Z,`: production of each, no figure of the clause around', () => {
    const en = build(
      'The Chevrolet Onix and the Chevrolet Tracker, both assembled at the main plant in Asaka, accounted for 58 percent of deliveries.',
      'eng',
      [['Chevrolet Onix', 'PRODUCT'], ['Chevrolet Tracker', 'PRODUCT'], ['Asaka', 'GPE']],
      [percent('58 percent', 58)],
    );
    expect(run(en)).toEqual([['Chevrolet Onix', 'Asaka', null], ['Chevrolet Tracker', 'Asaka', null]]);
    const es = build(
      'Los modelos Chevrolet Onix y Chevrolet Tracker, ambos ensamblados en la planta de Asaka, representaron el 58 % de las ventas.',
      'spa',
      [['Chevrolet Onix', 'PRODUCT'], ['Chevrolet Tracker', 'PRODUCT'], ['Asaka', 'GPE']],
      [percent('58 %', 58)],
    );
    expect(run(es)).toEqual([['Chevrolet Onix', 'Asaka', null], ['Chevrolet Tracker', 'Asaka', null]]);
  });

  it('silent: a restrictive reduced relative (`Cars produced at the plant are exported`), a main verb after a relative clause keeps its figure', () => {
    const restrictive = build('Cars produced at the plant in Asaka are exported to Russia.', 'eng', [['Asaka', 'GPE'], ['Russia', 'GPE']], []);
    expect(run(restrictive)).toEqual([]);
    const main = build(
      'Rustavi Wagon Building, in which the state holds a stake, produced 412 wagons in Rustavi.',
      'eng',
      [['Rustavi Wagon Building', 'ORG'], ['Rustavi', 'GPE', 1]],
      [{ text: '412 wagons', kind: 'count', value: 412, unit: 'wagon' }],
    );
    expect(run(main)).toEqual([['wagons', 'Rustavi', 412]]);
  });
});
