import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const facts = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location]);
const money = (text: string, value: number, currency: string) => ({ text, kind: 'money' as const, value, currency });
const count = (text: string, value: number, unit: string) => ({ text, kind: 'count' as const, value, unit });

describe('events: a place named after a place noun and a nationality is where the fact is, no actor', () => {
  it('es, fr: `la ciudad azerbaiyana de X`, `la ville kazakhe de X`', () => {
    const es = build(
      'La planta de la ciudad azerbaiyana de Mingachevir producirá 400 autobuses.',
      'spa',
      [['azerbaiyana', 'MISC'], ['Mingachevir', 'GPE']],
      [count('400 autobuses', 400, 'buses')],
    );
    expect(facts(es).find((e) => e[0] === 'production_target')).toEqual(['production_target', [], 'Mingachevir']);
    const fr = build(
      "L'usine de la ville kazakhe de Kokchetaou produira 450 semoirs.",
      'fra',
      [['kazakhe', 'MISC'], ['Kokchetaou', 'GPE']],
      [count('450 semoirs', 450, 'seeders')],
    );
    expect(facts(fr).find((e) => e[0] === 'production_target')?.[1]).toEqual([]);
    expect(facts(fr).find((e) => e[0] === 'production_target')?.[2]).toBe('Kokchetaou');
  });

  it('silent: a word between that is no nationality (`hors d’Europe`) leaves the place as it was', () => {
    const fr = build(
      "Semavia a investi 38 millions d'euros à Kokchetaou dans sa première usine hors d'Europe.",
      'fra',
      [['Semavia', 'ORG'], ['Kokchetaou', 'GPE'], ['Europe', 'LOC']],
      [money("38 millions d'euros", 38e6, 'EUR')],
    );
    expect(facts(fr).find((e) => e[0] === 'investment')).toEqual(['investment', ['Semavia'], 'Kokchetaou']);
  });
});

describe('events: a maker described at length before its name is the maker, no brand (makerOfEnd)', () => {
  it('es: `El fabricante aragonés de carrocerías para autobuses X`, `la fabricante vallisoletana de aperos para tractores X`', () => {
    const bus = build(
      'El fabricante aragonés de carrocerías para autobuses Carrocerías Moncayo invertirá 27 millones de euros en Bakú.',
      'spa',
      [['Carrocerías Moncayo', 'ORG'], ['Bakú', 'GPE']],
      [money('27 millones de euros', 27e6, 'EUR')],
    );
    expect(facts(bus).find((e) => e[0] === 'investment')?.[1]).toEqual(['Carrocerías Moncayo']);
    const farm = build(
      'La fabricante vallisoletana de aperos para tractores Duero Agro invertirá 35 millones de euros en Valladolid.',
      'spa',
      [['Duero Agro', 'ORG'], ['Valladolid', 'GPE']],
      [money('35 millones de euros', 35e6, 'EUR')],
    );
    expect(facts(farm).find((e) => e[0] === 'investment')?.[1]).toEqual(['Duero Agro']);
  });

  it('silent: a brand right after a product noun stays a brand (`camiones Isuzu`)', () => {
    const t = build('SamAuto producirá 3.200 camiones Isuzu en Samarcanda.', 'spa', [['SamAuto', 'ORG'], ['Isuzu', 'ORG'], ['Samarcanda', 'GPE']], [count('3.200 camiones', 3200, 'trucks')]);
    expect(facts(t).find((e) => e[0] === 'production_target')?.[1]).toEqual(['SamAuto']);
  });
});

describe('events: `junto a` names a partner in Spanish, as `junto con` does', () => {
  it('es: `junto al grupo estatal X`, `junto a la empresa X`', () => {
    const al = build(
      'Moncayo ha invertido junto al grupo estatal Azermash 27 millones de euros en Mingachevir.',
      'spa',
      [['Moncayo', 'ORG'], ['Azermash', 'ORG'], ['Mingachevir', 'GPE']],
      [money('27 millones de euros', 27e6, 'EUR')],
    );
    expect(facts(al).find((e) => e[0] === 'investment')?.[1]).toEqual(['Moncayo', 'Azermash']);
    const a = build(
      'Tractores Duero construirá junto a la empresa Selçuk una planta en Konya.',
      'spa',
      [['Tractores Duero', 'ORG'], ['Selçuk', 'ORG'], ['Konya', 'GPE']],
      [],
    );
    expect(facts(a).find((e) => e[0] === 'plant_construction')?.[1]).toEqual(['Tractores Duero', 'Selçuk']);
  });

  it('silent: a place after `junto a` (`next to`) is no partner', () => {
    const t = build('Moncayo invertirá 9 millones de euros junto a Bakú.', 'spa', [['Moncayo', 'ORG'], ['Bakú', 'GPE']], [money('9 millones de euros', 9e6, 'EUR')]);
    expect(facts(t).find((e) => e[0] === 'investment')?.[1]).toEqual(['Moncayo']);
  });
});

describe('events: a company noun at the top of a paragraph is the company the article is about', () => {
  const es = (gap: string) =>
    build(
      `Tractores Duero vendió 6.840 tractores en 2026.\n\nLa empresa firmó un acuerdo con el grupo turco Selçuk.\n\nSelçuk, que fabrica sembradoras en Konya, exportó 300 sembradoras.${gap}En la fábrica de Valladolid, donde trabajan 1.750 personas, la compañía produjo 7.020 tractores en 2026.`,
      'spa',
      [['Tractores Duero', 'ORG'], ['turco', 'MISC'], ['Selçuk', 'ORG'], ['Selçuk', 'ORG', 1], ['Konya', 'GPE'], ['Valladolid', 'GPE']],
      [count('6.840 tractores', 6840, 'tractors'), count('300 sembradoras', 300, 'seeders'), count('7.020 tractores', 7020, 'tractors'), { text: '2026', kind: 'year', date: '2026' }, { text: '2026', kind: 'year', date: '2026', nth: 1 }],
    );
  it('es, en: the lead’s company, not the partner of the paragraph before', () => {
    expect(facts(es('\n\n')).filter((e) => e[0] === 'production').at(-1)?.[1]).toEqual(['Tractores Duero']);
    const en = build(
      'Egecell produced 1.2 million cells last year.\n\nIt signed a deal with Korea’s Hanseong.\n\nHanseong, which makes cathodes in Ulsan, exported 9,000 tonnes.\n\nAt its Manisa plant, the company built 40,000 packs.',
      'eng',
      [['Egecell', 'ORG'], ['Korea', 'GPE'], ['Hanseong', 'ORG'], ['Hanseong', 'ORG', 1], ['Ulsan', 'GPE'], ['Manisa', 'GPE']],
      [count('1.2 million cells', 1.2e6, 'cells'), count('9,000 tonnes', 9000, 'tonnes'), count('40,000 packs', 40000, 'packs')],
    );
    expect(facts(en).filter((e) => e[0] === 'production').at(-1)?.[1]).toEqual(['Egecell']);
  });

  it('silent: inside a paragraph the company acting in the latest fact stays', () => {
    expect(facts(es(' ')).filter((e) => e[0] === 'production').at(-1)?.[1]).toEqual(['Selçuk']);
  });
});

describe('events: a joint venture referred back by its noun in a fact’s clause stands for its partners', () => {
  it('es, en: `encargó a la sociedad conjunta`, `ordered from the joint venture`', () => {
    const es = build(
      'Moncayo y Azermash abrieron una planta en Mingachevir. Moncayo controla el 65 % de la sociedad conjunta. La Agencia de Transporte de Bakú encargó a la sociedad conjunta 120 autobuses por 38 millones de euros.',
      'spa',
      [['Moncayo', 'ORG'], ['Azermash', 'ORG'], ['Mingachevir', 'GPE'], ['Moncayo', 'ORG', 1], ['Agencia de Transporte de Bakú', 'ORG']],
      [{ text: '65 %', kind: 'percent', value: 65 }, count('120 autobuses', 120, 'buses'), money('38 millones de euros', 38e6, 'EUR')],
    );
    expect(facts(es).find((e) => e[0] === 'agreement')?.[1]).toEqual(['Agencia de Transporte de Bakú', 'Moncayo', 'Azermash']);
    const en = build(
      'Moncayo and Azermash opened a plant in Mingachevir. Moncayo holds 65% of the joint venture. The Baku Transport Agency ordered 120 buses worth $38 million from the joint venture.',
      'eng',
      [['Moncayo', 'ORG'], ['Azermash', 'ORG'], ['Mingachevir', 'GPE'], ['Moncayo', 'ORG', 1], ['Baku Transport Agency', 'ORG']],
      [{ text: '65%', kind: 'percent', value: 65 }, count('120 buses', 120, 'buses'), money('$38 million', 38e6, 'USD')],
    );
    expect(facts(en).find((e) => e[0] === 'agreement')?.[1]).toEqual(['Baku Transport Agency', 'Moncayo', 'Azermash']);
  });

  it('silent: a partner’s stake of the venture is that partner’s alone', () => {
    const es = build(
      'Moncayo y Azermash abrieron una planta en Mingachevir. Moncayo controla el 65 % de la sociedad conjunta.',
      'spa',
      [['Moncayo', 'ORG'], ['Azermash', 'ORG'], ['Mingachevir', 'GPE'], ['Moncayo', 'ORG', 1]],
      [{ text: '65 %', kind: 'percent', value: 65 }],
    );
    expect(facts(es).find((e) => e[0] === 'investment')?.[1]).toEqual(['Moncayo']);
  });
});
