import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

/** Wordings of English wire copy about plants and sales that the orig-eng tune articles showed (bench/articles/orig-eng). */
describe('events: English wire wordings (foundation stone, assembly line, selling abroad, places that situate)', () => {
  const types = (text: string, lang: string, mentions: Array<[string, 'ORG' | 'GPE' | 'LOC' | 'PER']>, numbers: Parameters<typeof build>[3] = []) => {
    const input = build(text, lang, mentions, numbers);
    return view(input, extractEvents(input));
  };

  it('laying a foundation stone or breaking ground is building a plant', () => {
    expect(types('Ordabasy Motors laid the foundation stone on Tuesday for a bus factory in Shymkent.', 'eng', [['Ordabasy Motors', 'ORG'], ['Shymkent', 'GPE']]).map((e) => [e.type, e.actors, e.location]))
      .toContainEqual(['plant_construction', ['Ordabasy Motors'], 'Shymkent']);
    expect(types('Tianshan Heavy Industry broke ground on a tractor plant in Kant.', 'eng', [['Tianshan Heavy Industry', 'ORG'], ['Kant', 'GPE']]).map((e) => [e.type, e.actors, e.location]))
      .toContainEqual(['plant_construction', ['Tianshan Heavy Industry'], 'Kant']);
    // silent: ground and stones in another sense
    expect(types('The company broke new records and laid out its plans in Astana.', 'eng', [['Astana', 'GPE']]).map((e) => e.type)).not.toContain('plant_construction');
  });

  it('vehicles leaving the assembly line are made', () => {
    const n = [{ text: '9,420 trucks', kind: 'count' as const, value: 9420, unit: 'truck' }];
    expect(types('In total, 9,420 trucks left its assembly line in Shymkent.', 'eng', [['Shymkent', 'GPE']], n).map((e) => [e.type, e.quantity])).toContainEqual(['production', 9420]);
    const m = [{ text: '1,200 tractors', kind: 'count' as const, value: 1200, unit: 'tractor' }];
    expect(types('Some 1,200 tractors rolled off their production line in Minsk last year.', 'eng', [['Minsk', 'GPE']], m).map((e) => [e.type, e.quantity])).toContainEqual(['production', 1200]);
    // silent: a person leaving a line of work
    expect(types('Brandt left the company in May.', 'eng', [['Brandt', 'PER']]).map((e) => e.type)).not.toContain('production');
  });

  it('selling abroad or outside a country is exporting; a place after "outside" or "southeast of" is neither actor nor site', () => {
    const n = [{ text: '3,860 trucks', kind: 'count' as const, value: 3860, unit: 'truck' }];
    const sold = types('Ordabasy sold 3,860 trucks outside Kazakhstan in 2026.', 'eng', [['Ordabasy', 'ORG'], ['Kazakhstan', 'GPE']], n);
    expect(sold.map((e) => [e.type, e.actors, e.location, e.quantity])).toContainEqual(['export', ['Ordabasy'], null, 3860]);
    const m = [{ text: '412 wagons', kind: 'count' as const, value: 412, unit: 'wagon' }];
    expect(types('Rustavi Wagon sells most of its 412 wagons abroad.', 'eng', [['Rustavi Wagon', 'ORG']], m).map((e) => e.type)).toContain('export');
    const built = types('The wagons will be built at the plant of Rustavi Wagon in Rustavi, southeast of Tbilisi.', 'eng', [['Rustavi Wagon', 'ORG'], ['Rustavi', 'GPE'], ['Tbilisi', 'GPE']]);
    for (const e of built) {
      expect(e.actors).not.toContain('Tbilisi');
      expect(e.location).not.toBe('Tbilisi');
    }
    // silent: selling at home is a sale; the German pack is untouched by the English words
    const home = types('Ordabasy sold 3,860 trucks in Kazakhstan in 2026.', 'eng', [['Ordabasy', 'ORG'], ['Kazakhstan', 'GPE']], n);
    expect(home.map((e) => e.type)).toEqual(['sales']);
    const de = types('Ordabasy verkaufte 3.860 Lkw in Kasachstan.', 'deu', [['Ordabasy', 'ORG'], ['Kasachstan', 'GPE']], [{ text: '3.860 Lkw', kind: 'count' as const, value: 3860, unit: 'truck' }]);
    expect(de.map((e) => e.type)).not.toContain('export');
  });

  it('a trigger word inside a name is part of the name, not a fact (shared: any language)', () => {
    const a = types('Rustavi Wagon Building Company has signed a contract with Azerbaijan Railways.', 'eng', [['Rustavi Wagon Building Company', 'ORG'], ['Azerbaijan Railways', 'ORG']]);
    expect(a.map((e) => e.type)).toEqual(['agreement']);
    const b = types('Minsk Tractor Works signed a supply deal with Uzbekistan.', 'eng', [['Minsk Tractor Works', 'ORG'], ['Uzbekistan', 'GPE']]);
    expect(b.map((e) => e.type)).not.toContain('production');
    // silent: the same word outside the name still triggers (en, de)
    const n = [{ text: '300 wagons', kind: 'count' as const, value: 300, unit: 'wagon' }];
    expect(types('Rustavi Wagon is building 300 wagons in Rustavi.', 'eng', [['Rustavi Wagon', 'ORG'], ['Rustavi', 'GPE']], n).map((e) => e.type)).toContain('production');
    const d = [{ text: '300 Waggons', kind: 'count' as const, value: 300, unit: 'wagon' }];
    expect(types('Rustavi Wagon produziert 300 Waggons in Rustawi.', 'deu', [['Rustavi Wagon', 'ORG'], ['Rustawi', 'GPE']], d).map((e) => e.type)).toContain('production');
  });

  it('a second infinitive of a plan is its own frame: its time is its own (`… to start production in 2028 and to reach … by 2030`)', () => {
    const q = (text: string) => ({ text: '2028', kind: 'year' as const, value: 2028, date: '2028' });
    const a = types('The plant is scheduled to start production in 2028 and to reach a capacity of 2,500 buses a year by 2030.', 'eng', [],
      [q('2028'), { text: '2,500 buses a year', kind: 'rate', value: 2500, unit: 'bus' }, { text: '2030', kind: 'year', value: 2030, date: '2030' }]);
    expect(a.filter((e) => e.quantity === 2500).map((e) => e.time)).toEqual(['2030']);
    const b = types('Ordabasy plans to open the line in 2027 and to build 800 trucks there in 2029.', 'eng', [['Ordabasy', 'ORG']],
      [{ text: '2027', kind: 'year', value: 2027, date: '2027' }, { text: '800 trucks', kind: 'count', value: 800, unit: 'truck' }, { text: '2029', kind: 'year', value: 2029, date: '2029' }]);
    expect(b.filter((e) => e.quantity === 800).map((e) => e.time)).toEqual(['2029']);
    // silent: `and to` before a name is a list of places, one frame
    const c = types('Ordabasy exported 800 trucks to Uzbekistan and to Mongolia in 2026.', 'eng', [['Ordabasy', 'ORG'], ['Uzbekistan', 'GPE'], ['Mongolia', 'GPE']],
      [{ text: '800 trucks', kind: 'count', value: 800, unit: 'truck' }, { text: '2026', kind: 'year', value: 2026, date: '2026' }]);
    expect(c.filter((e) => e.type === 'export').map((e) => e.time)).toEqual(['2026']);
  });

  it('the parts of a delivery or a project (batches, phases) are no goods quantity', () => {
    const a = types('The wagons will be delivered to Baku in three batches.', 'eng', [['Baku', 'GPE']], [{ text: 'three batches', kind: 'count', value: 3, unit: 'batch' }]);
    expect(a.map((e) => e.quantity)).not.toContain(3);
    const b = types('Ordabasy will build the plant and produce buses there in two phases.', 'eng', [['Ordabasy', 'ORG']], [{ text: 'two phases', kind: 'count', value: 2, unit: 'phase' }]);
    expect(b.map((e) => e.quantity)).not.toContain(2);
    // silent: goods stay the quantity (en, de)
    const c = types('Rustavi Wagon will deliver 300 wagons to Baku.', 'eng', [['Rustavi Wagon', 'ORG'], ['Baku', 'GPE']], [{ text: '300 wagons', kind: 'count', value: 300, unit: 'wagon' }]);
    expect(c.map((e) => e.quantity)).toContain(300);
    const d = types('Rustavi Wagon liefert 300 Waggons nach Baku.', 'deu', [['Rustavi Wagon', 'ORG'], ['Baku', 'GPE']], [{ text: '300 Waggons', kind: 'count', value: 300, unit: 'wagon' }]);
    expect(d.map((e) => e.quantity)).toContain(300);
  });
});
