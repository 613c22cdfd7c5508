/**
 * The goods a vehicle, machinery, rail and component maker counts, in every pack with a units
 * section: a figure's counted noun normalises to one canonical English singular (`Achsen` → axle,
 * `моторов` → engine, `semoirs` → seed_drill, `cabinas` → cabin, `GWh` → gwh).
 */
import { describe, expect, it } from 'vitest';
import { facts, find } from './helpers.js';

describe('numbers units: components, machinery, rail and energy goods', () => {
  it('components: axles, cabins, battery packs, engines, wiring harnesses (de, es, fr, ru, en)', () => {
    expect(find(facts('Bis 2029 will Bergmann die Kapazität auf 36.000 Achsen pro Jahr ausbauen.', 'deu'), '36.000 Achsen pro Jahr')).toMatchObject({ value: 36000, unit: 'axle' });
    expect(find(facts('El año pasado produjo 4.200 cabinas, un 15 % más.', 'spa'), '4.200 cabinas')).toMatchObject({ value: 4200, unit: 'cabin' });
    expect(find(facts("L'usine pourra assembler 8 000 packs par an.", 'fra'), '8 000 packs par an')).toMatchObject({ value: 8000, unit: 'battery_pack' });
    expect(find(facts('Предприятие намерено выпустить 2,5 тыс. моторов.', 'rus'), '2,5 тыс. моторов')).toMatchObject({ value: 2500, unit: 'engine' });
    expect(find(facts('Die Fabrik soll 600.000 Kabelsätze liefern.', 'deu'), '600.000 Kabelsätze')).toMatchObject({ unit: 'wiring_harness' });
    expect(find(facts('The plant will build 5,000 gearboxes.', 'eng'), '5,000 gearboxes')).toMatchObject({ unit: 'gearbox' });
  });

  it('machinery, rail and energy: seed drills, passenger coaches, GWh (fr, es, en)', () => {
    expect(find(facts('Le site doit assembler 450 semoirs.', 'fra'), '450 semoirs')).toMatchObject({ unit: 'seed_drill' });
    expect(find(facts('CAF entregó 212 coches de viajeros.', 'spa'), '212 coches de viajeros')).toMatchObject({ unit: 'wagon' });
    expect(find(facts('Capacity would be doubled to 8 GWh a year.', 'eng'), '8 GWh a year')).toMatchObject({ value: 8, unit: 'gwh' });
  });

  it('Turkic packs: tractors, locomotives and engines with their case endings (tr, kk)', () => {
    expect(find(facts('Fabrika geçen yıl 500 traktör üretti.', 'tr'), '500 traktör')).toMatchObject({ unit: 'tractor' });
    expect(find(facts('Şirket 40 lokomotif sipariş etti.', 'tr'), '40 lokomotif')).toMatchObject({ unit: 'locomotive' });
    expect(find(facts('Зауыт 300 комбайн шығарды.', 'kk'), '300 комбайн')).toMatchObject({ unit: 'combine' });
  });

  it('Russian: an adjective of kind before the counted noun (`городских автобусов`, `грузовых автомобилей`)', () => {
    expect(find(facts('Контракт на поставку 150 городских автобусов.', 'rus'), '150 городских автобусов')).toMatchObject({ unit: 'bus' });
    expect(find(facts('Было выпущено 5,8 тыс. грузовых автомобилей.', 'rus'), '5,8 тыс. грузовых автомобилей')).toMatchObject({ value: 5800, unit: 'truck' });
    expect(find(facts('Было выпущено 1 260 единиц техники.', 'rus'), '1 260 единиц техники')).toMatchObject({ unit: 'machine' });
  });

  it('silent: a car is still a car, a year before a noun stays a year (de), a bare cars noun (es)', () => {
    expect(find(facts('Deutsche Hersteller lieferten 2025 Maschinen im Wert von 1,9 Mrd. Euro.', 'deu'), '2025')).toMatchObject({ kind: 'year' });
    expect(find(facts('Vendió 300 coches.', 'spa'), '300 coches')).toMatchObject({ unit: 'car' });
    expect(find(facts('Im Werk laufen 300 Lastwagen vom Band.', 'deu'), '300 Lastwagen')).toMatchObject({ unit: 'truck' });
  });
});
