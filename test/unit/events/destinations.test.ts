/**
 * Exports and their destinations (dest10): a sale to a country, and a destination named far from the
 * delivery verb, one class per block, each with a case where it stays silent.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const all = (input: ReturnType<typeof build>) => view(input, extractEvents(input));

describe('a sales verb with a country it goes to in its clause is an export', () => {
  it('en, de, ru: `sold to Kazakhstan`, `nach Polen verkauft`, `продала в Узбекистан`', () => {
    const a = build('Most of the remaining output was sold to Kazakhstan and Armenia, the company added.', 'eng', [['Kazakhstan', 'GPE'], ['Armenia', 'GPE']], []);
    expect(all(a).map((e) => e.type)).toEqual(['export']);
    const b = build('Die Alpha AG hat im Vorjahr 300 Traktoren nach Polen verkauft.', 'deu', [['Alpha AG', 'ORG'], ['Polen', 'GPE']],
      [{ text: '300 Traktoren', kind: 'count', value: 300, unit: 'tractor' }]);
    expect(all(b).map((e) => [e.type, e.location])).toEqual([['export', null]]);
    const c = build('В 2026 году компания «Альфа» продала в Узбекистан 120 грузовиков.', 'rus', [['Альфа', 'ORG'], ['Узбекистан', 'GPE']],
      [{ text: '120 грузовиков', kind: 'count', value: 120, unit: 'truck' }]);
    expect(all(c).map((e) => e.type)).toEqual(['export']);
  });

  it('silent: a sale in a country (ru locative case, en `in`) stays a sale', () => {
    const a = build('Компания «Альфа» продала в Казахстане 300 грузовиков.', 'rus', [['Альфа', 'ORG'], ['Казахстане', 'GPE']],
      [{ text: '300 грузовиков', kind: 'count', value: 300, unit: 'truck' }]);
    expect(all(a).map((e) => [e.type, e.location])).toEqual([['sales', 'Казахстане']]);
    const b = build('Alpha Motors sold 300 trucks in Georgia last year.', 'eng', [['Alpha Motors', 'ORG'], ['Georgia', 'GPE']],
      [{ text: '300 trucks', kind: 'count', value: 300, unit: 'truck' }]);
    expect(all(b).map((e) => e.type)).toEqual(['sales']);
  });
});

describe('pack `destination`: a place after a destination phrase makes a delivery an export, however far from its verb', () => {
  it('es, fr: `la mayoría con destino a Francia`, `la plupart à destination de la Géorgie`', () => {
    const a = build('En el cuarto trimestre del año pasado, CAF entregó 212 coches de viajeros y 35 tranvías, la mayoría con destino a Francia, Países Bajos y Reino Unido.', 'spa',
      [['CAF', 'ORG'], ['Francia', 'GPE'], ['Países Bajos', 'GPE'], ['Reino Unido', 'GPE']],
      [{ text: '212 coches', kind: 'count', value: 212, unit: 'wagon' }, { text: '35 tranvías', kind: 'count', value: 35, unit: 'tram' }]);
    expect(all(a).map((e) => [e.type, e.quantity, e.location])).toEqual([['export', 212, null], ['export', 35, null]]);
    const b = build("Au quatrième trimestre, Alpha Trucks a livré 300 camions et 40 remorques frigorifiques, pour la plupart à destination de la Géorgie.", 'fra',
      [['Alpha Trucks', 'ORG'], ['Géorgie', 'GPE']], [{ text: '300 camions', kind: 'count', value: 300, unit: 'truck' }]);
    expect(all(b).map((e) => e.type)).toContain('export');
  });

  it('silent: a delivery with no place it goes to (es), a place far from the verb with no destination phrase (en)', () => {
    const a = build('En el cuarto trimestre del año pasado, CAF entregó 212 coches de viajeros y 35 tranvías a sus clientes habituales.', 'spa', [['CAF', 'ORG']],
      [{ text: '212 coches', kind: 'count', value: 212, unit: 'wagon' }]);
    expect(all(a).map((e) => e.type)).not.toContain('export');
    const b = build('Alpha Motors delivered 212 passenger coaches and 35 trams in the fourth quarter, most of them built at its plant in Spain.', 'eng',
      [['Alpha Motors', 'ORG'], ['Spain', 'GPE']], [{ text: '212 passenger coaches', kind: 'count', value: 212, unit: 'wagon' }]);
    expect(all(b).map((e) => e.type)).not.toContain('export');
  });
});

describe('pack `shareOf`: a fact noun after a proportion word, with no figure in its clause, is no fact', () => {
  it('en, fr, ru, es: `the rising share of exports`, `la part croissante des exportations`, `растущая доля экспорта`, `el creciente peso de las exportaciones`', () => {
    const texts: Array<[string, string]> = [
      ['Analysts said the rising share of exports makes the company less dependent on the domestic market.', 'eng'],
      ["Selon des analystes, la part croissante des exportations rend l'entreprise moins dépendante du marché intérieur.", 'fra'],
      ['Аналитики отмечают, что растущая доля экспорта снижает зависимость компании от внутреннего рынка.', 'rus'],
      ['Analistas señalaron que el creciente peso de las exportaciones hace a la compañía menos dependiente del mercado interno.', 'spa'],
    ];
    for (const [text, lang] of texts) expect(all(build(text, lang, [], [])).map((e) => e.type)).not.toContain('export');
  });

  it('silent: a share with its figure stays a fact (en, de)', () => {
    const a = build('Its share of exports reached 40 percent last year.', 'eng', [], [{ text: '40 percent', kind: 'percent', value: 40, unit: 'percent' }]);
    expect(all(a).map((e) => e.type)).toContain('export');
    const b = build('Der Anteil der Exporte stieg im Vorjahr auf 40 Prozent.', 'deu', [], [{ text: '40 Prozent', kind: 'percent', value: 40, unit: 'percent' }]);
    expect(all(b).map((e) => e.type)).toContain('export');
  });
});

describe('a fact counted with a partitive (`davon`, `of which`, `из них`) takes the time of the figure it is part of', () => {
  const run = (text: string, lang: string, mentions: Array<[string, 'ORG' | 'GPE']>, numbers: Parameters<typeof build>[3]) =>
    all(build(text, lang, mentions, numbers, '2027-04-14T08:00:00Z')).map((e) => [e.type, e.quantity, e.time]);

  it('de, en: `Ins Ausland gingen davon 215 Fahrzeuge`, `Of which 1,100 buses were exported`', () => {
    expect(
      run('Die Alpha AG hat 2026 insgesamt 640 Busse gefertigt. Ins Ausland gingen davon 215 Fahrzeuge.', 'deu', [['Alpha AG', 'ORG']], [
        { text: '2026', kind: 'year', value: 2026, date: '2026' },
        { text: '640 Busse', kind: 'count', value: 640, unit: 'bus' },
        { text: '215 Fahrzeuge', kind: 'count', value: 215, unit: 'car' },
      ]),
    ).toContainEqual(['export', 215, '2026']);
    expect(
      run('Alpha Motors built 3,200 buses in 2026. Of which 1,100 buses were exported.', 'eng', [['Alpha Motors', 'ORG']], [
        { text: '3,200 buses', kind: 'count', value: 3200, unit: 'bus' },
        { text: '2026', kind: 'year', value: 2026, date: '2026' },
        { text: '1,100 buses', kind: 'count', value: 1100, unit: 'bus' },
      ]),
    ).toContainEqual(['export', 1100, '2026']);
  });

  it('silent: without a partitive the next sentence keeps no time (ru)', () => {
    const out = run('В 2026 году компания «Альфа» выпустила 640 автобусов. За рубеж ушло 215 машин.', 'rus', [['Альфа', 'ORG']], [
      { text: '2026', kind: 'year', value: 2026, date: '2026' },
      { text: '640 автобусов', kind: 'count', value: 640, unit: 'bus' },
      { text: '215 машин', kind: 'count', value: 215, unit: 'car' },
    ]);
    expect(out.find((e) => e[1] === 215)?.[2] ?? null).toBeNull();
  });
});

describe('an export noun naming a place goods leave from (`экспортной площадкой`, `export hub`) is no export', () => {
  it('ru, en, es: `станет экспортной площадкой для всего региона`, `become an export hub`, `plataforma de exportación`', () => {
    const texts: Array<[string, string]> = [
      ['Мы ожидаем, что завод станет экспортной площадкой для всего региона.', 'rus'],
      ['We expect the plant to become an export hub for the whole region.', 'eng'],
      ['Esperamos que la planta se convierta en una plataforma de exportación para toda la región.', 'spa'],
    ];
    for (const [text, lang] of texts) expect(all(build(text, lang, [], [])).map((e) => e.type)).not.toContain('export');
  });

  it('silent: an export figure stays one (ru, fr)', () => {
    const a = build('Экспорт компании «Альфа» в 2026 году составил 3 000 автомобилей.', 'rus', [['Альфа', 'ORG']], [{ text: '3 000 автомобилей', kind: 'count', value: 3000, unit: 'car' }]);
    expect(all(a).map((e) => e.type)).toContain('export');
    const b = build("Les exportations d'Alpha Motors ont atteint 3 000 voitures en 2026.", 'fra', [['Alpha Motors', 'ORG']], [{ text: '3 000 voitures', kind: 'count', value: 3000, unit: 'car' }]);
    expect(all(b).map((e) => e.type)).toContain('export');
  });
});

describe('a place a market noun governs in an export sentence is a destination, not the site', () => {
  it('en, de, fr: `the markets of Kazakhstan and Kyrgyzstan`, `über die Märkte in Kasachstan`, `aux marchés du Kazakhstan`', () => {
    const en = build('By 2028 Alpha Motors expects to raise exports to 150,000 cars a year, helped by sales in the markets of Kazakhstan and Kyrgyzstan.', 'eng',
      [['Alpha Motors', 'ORG'], ['Kazakhstan', 'GPE'], ['Kyrgyzstan', 'GPE']], [{ text: '150,000 cars a year', kind: 'rate', value: 150000, unit: 'car' }]);
    expect(all(en).filter((e) => e.type === 'export').map((e) => e.location)).toEqual([null]);
    const de = build('Bis 2028 will die Alpha AG die Exporte auf 150.000 Fahrzeuge pro Jahr steigern, unter anderem über die Märkte in Kasachstan und Kirgistan.', 'deu',
      [['Alpha AG', 'ORG'], ['Kasachstan', 'GPE'], ['Kirgistan', 'GPE']], [{ text: '150.000 Fahrzeuge pro Jahr', kind: 'rate', value: 150000, unit: 'car' }]);
    expect(all(de).filter((e) => e.type === 'export').map((e) => e.location)).toEqual([null]);
    const fr = build("D'ici 2028, Alpha Motors compte porter ses exportations à 150 000 véhicules par an, notamment grâce aux marchés du Kazakhstan et du Kirghizstan.", 'fra',
      [['Alpha Motors', 'ORG'], ['Kazakhstan', 'GPE'], ['Kirghizstan', 'GPE']], [{ text: '150 000 véhicules par an', kind: 'rate', value: 150000, unit: 'car' }]);
    expect(all(fr).filter((e) => e.type === 'export').map((e) => e.location)).toEqual([null]);
  });

  it('silent: a market in a sentence with no export keeps its place (en sales), and so does a site before the market noun (de)', () => {
    const sales = build('Alpha Motors sold 15,000 cars in the markets of Kazakhstan last year.', 'eng', [['Alpha Motors', 'ORG'], ['Kazakhstan', 'GPE']],
      [{ text: '15,000 cars', kind: 'count', value: 15000, unit: 'car' }]);
    expect(all(sales).map((e) => [e.type, e.location])).toEqual([['sales', 'Kazakhstan']]);
    const site = build('Die Alpha AG exportierte aus ihrem Werk in Kostanai 300 Traktoren auf neue Märkte.', 'deu', [['Alpha AG', 'ORG'], ['Kostanai', 'GPE']],
      [{ text: '300 Traktoren', kind: 'count', value: 300, unit: 'tractor' }]);
    expect(all(site).filter((e) => e.type === 'export').map((e) => e.location)).toEqual(['Kostanai']);
  });
});

describe('a name that does not decline after a case preposition, after an export trigger in its clause, is a destination', () => {
  it('ru `отправить в Тбилиси`, `поставки в Баку`: not the site', () => {
    const a = build('Первую партию из 40 автобусов компания «Альфа» планирует отправить в Тбилиси в первом квартале.', 'rus', [['Альфа', 'ORG'], ['Тбилиси', 'GPE']],
      [{ text: '40 автобусов', kind: 'count', value: 40, unit: 'bus' }]);
    expect(all(a).filter((e) => e.type === 'export').map((e) => e.location)).toEqual([null]);
    const b = build('Компания «Альфа» начнёт поставки в Баку 120 автобусов.', 'rus', [['Альфа', 'ORG'], ['Баку', 'GPE']],
      [{ text: '120 автобусов', kind: 'count', value: 120, unit: 'bus' }]);
    expect(all(b).filter((e) => e.type === 'export').map((e) => e.location)).toEqual([null]);
  });

  it('silent: the same name with no export before it stays the site (ru production)', () => {
    const a = build('Компания «Альфа» собрала в Тбилиси 40 автобусов.', 'rus', [['Альфа', 'ORG'], ['Тбилиси', 'GPE']],
      [{ text: '40 автобусов', kind: 'count', value: 40, unit: 'bus' }]);
    expect(all(a).map((e) => [e.type, e.location])).toEqual([['production', 'Тбилиси']]);
  });
});
