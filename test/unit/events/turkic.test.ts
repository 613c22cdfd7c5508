import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

describe('events in the Turkic packs', () => {
  it('Turkish: a trigger verb, the place by its case suffix, the negation inside the verb', () => {
    const made = build("Togg, Bursa'daki fabrikasında 40 bin araç üretti.", 'tur', [['Togg', 'ORG'], ['Bursa', 'GPE']], [{ text: '40 bin araç', kind: 'count', value: 40000, unit: 'car' }]);
    expect(view(made, extractEvents(made)).map((e) => [e.type, e.actors, e.location, e.quantity, e.modality])).toEqual([['production', ['Togg'], 'Bursa', 40000, 'actual']]);
    const not = build("Togg Azerbaycan'a araç ihraç etmedi.", 'tr', [['Togg', 'ORG'], ['Azerbaycan', 'GPE']], []);
    expect(view(not, extractEvents(not)).map((e) => [e.type, e.location, e.modality])).toEqual([['export', null, 'negated']]);
  });

  it('Uzbek: the locative suffix makes the site; a directional one does not', () => {
    const site = build('UzAuto Motors Andijonda 350 ming avtomobil ishlab chiqardi.', 'uzb', [['UzAuto Motors', 'ORG'], ['Andijon', 'GPE']], [{ text: '350 ming avtomobil', kind: 'count', value: 350000, unit: 'car' }]);
    expect(view(site, extractEvents(site)).map((e) => [e.type, e.actors, e.location])).toEqual([['production', ['UzAuto Motors'], 'Andijon']]);
  });

  it('Kazakh: a negated production verb', () => {
    const input = build('Зауыт биыл көлік шығармады.', 'kaz', [], []);
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.modality])).toEqual([['production', 'negated']]);
  });

  it('the suffix rules stay silent in German, where a name ending in -da is just a name', () => {
    const input = build('Honda produzierte 5000 Autos in Uganda.', 'deu', [['Honda', 'ORG'], ['Uganda', 'GPE']], [{ text: '5000 Autos', kind: 'count', value: 5000, unit: 'car' }]);
    expect(view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location])).toEqual([['production', ['Honda'], 'Uganda']]);
  });
});

describe('change rates in the Turkic packs', () => {
  it('a percentage followed by a verb of growth is the change, not the quantity', () => {
    const input = build("Eksport 12,5 foizga o'sdi.", 'uzb', [], [{ text: '12,5 foizga', kind: 'percent', value: 12.5, unit: null }]);
    expect(extractEvents(input).map((e) => [e.type, e.quantity, e.changePct])).toEqual([['export', null, 12.5]]);
  });
});

describe('every Turkic pack reads a plant launch, a production figure and an export', () => {
  const n = (text: string, value: number) => ({ text, kind: 'count' as const, value, unit: 'car' });
  const y = (text: string, value: number) => ({ text, kind: 'year' as const, value, date: String(value) });
  const read = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location, e.quantity, e.time, e.modality]);
  const cases: Array<[lang: string, text: string, org: string, site: string, dest: string, produced: string, exported: string, year: string]> = [
    ['tur', "Orlan Otomotiv, Bursa'da yeni bir otomobil fabrikası açtı. Fabrika 2025 yılında 40 bin otomobil üretti. Şirket 12 bin aracı Azerbaycan'a ihraç etti.", 'Orlan Otomotiv', 'Bursa', 'Azerbaycan', '40 bin otomobil', '12 bin aracı', '2025'],
    ['aze', 'Orlan Motors Gəncədə yeni avtomobil zavodunu açıb. Zavod 2025-ci ildə 40 min avtomobil istehsal etmişdir. Şirkət 12 min avtomobili Gürcüstana ixrac edib.', 'Orlan Motors', 'Gəncə', 'Gürcüstan', '40 min avtomobil', '12 min avtomobili', '2025'],
    ['uzb', "Orlan Motors Jizzax viloyatida yangi avtomobil zavodini ochdi. Zavod 2025-yilda 40 ming avtomobil ishlab chiqardi. Kompaniya 12 ming avtomobilni Qozog'istonga eksport qildi.", 'Orlan Motors', 'Jizzax', "Qozog'iston", '40 ming avtomobil', '12 ming avtomobilni', '2025'],
    ['kaz', 'Orlan Motors Қостанай облысында жаңа автомобиль зауытын ашты. Зауыт 2025 жылы 40 мың автомобиль шығарды. Компания 12 мың автомобильді Ресейге экспорттады.', 'Orlan Motors', 'Қостанай', 'Ресей', '40 мың автомобиль', '12 мың автомобильді', '2025'],
  ];
  it('tr `fabrikası açtı`, az `zavodunu açıb`, uz `zavodini ochdi`, kk `зауытын ашты`; the destination is neither actor nor site', () => {
    for (const [lang, text, org, site, dest, produced, exported, year] of cases) {
      const input = build(text, lang, [[org, 'ORG'], [site, 'GPE'], [dest, 'GPE']], [y(year, 2025), n(produced, 40000), n(exported, 12000)]);
      expect(read(input), text).toEqual([
        ['plant_launch', [org], site, null, null, 'actual'],
        ['production', [org], site, 40000, '2025', 'actual'],
        // counted right after the dated production, by the same company in the same paragraph: its year (paragraph-time)
        ['export', [org], site, 12000, '2025', 'actual'],
      ]);
    }
  });

  it('the case suffix on a place noun after the name (`Jizzax viloyatida`) and after the name without an apostrophe (`Gürcüstana`)', () => {
    const uz = build('Orlan Motors Jizzax viloyatida yangi avtomobil zavodini ishga tushirdi.', 'uzb', [['Orlan Motors', 'ORG'], ['Jizzax', 'GPE']], []);
    expect(read(uz)).toEqual([['plant_launch', ['Orlan Motors'], 'Jizzax', null, null, 'actual']]);
    const az = build('Orlan Motors 12 min avtomobili Gürcüstana ixrac edib.', 'aze', [['Orlan Motors', 'ORG'], ['Gürcüstan', 'GPE']], [n('12 min avtomobili', 12000)]);
    expect(read(az)).toEqual([['export', ['Orlan Motors'], null, 12000, null, 'actual']]);
  });

  it('silent: a statement is no opening (`açıqlama verib`), a negated opening is negated (`açmadı`)', () => {
    const said = build('Orlan Motors, Gəncə zavodunda açıqlama verib.', 'aze', [['Orlan Motors', 'ORG'], ['Gəncə', 'GPE']], []);
    expect(read(said).filter((e) => e[0] === 'plant_launch')).toEqual([]);
    const not = build('Orlan Motors Gəncə şəhərində zavod açmadı.', 'aze', [['Orlan Motors', 'ORG'], ['Gəncə', 'GPE']], []);
    expect(read(not)).toEqual([['plant_launch', ['Orlan Motors'], 'Gəncə', null, null, 'negated']]);
  });
});
