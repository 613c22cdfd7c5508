import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const facts = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location]);
const money = (text: string, value: number, currency: string) => ({ text, kind: 'money' as const, value, currency });

describe('events: a demonym beside a state noun names its country acting (stateNouns)', () => {
  it('en: the state holding a stake in a relative clause, and an envoy visiting', () => {
    const stake = build(
      'Georgia and Azerbaijan signed a deal. Rustavi Wagon Building, in which the Georgian state holds a 35% stake, produced 412 wagons.',
      'eng',
      [['Georgia', 'GPE'], ['Azerbaijan', 'GPE'], ['Rustavi Wagon Building', 'ORG'], ['Georgian', 'MISC']],
      [{ text: '35%', kind: 'percent', value: 35 }, { text: '412 wagons', kind: 'count', value: 412, unit: 'wagon' }],
    );
    expect(facts(stake).find((e) => e[0] === 'investment')?.[1]).toEqual(['Georgia']);
    expect(facts(stake).find((e) => e[0] === 'production')?.[1]).toEqual(['Rustavi Wagon Building']);
    const visit = build(
      'Kazakhstan and Uzbekistan will build cars together. This was announced during the visit of the Kazakh Ambassador to the plant in Andijan.',
      'eng',
      [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE'], ['Kazakh', 'MISC', 1], ['Andijan', 'GPE']],
      [],
    );
    expect(facts(visit).find((e) => e[0] === 'visit')?.[1]).toEqual(['Kazakhstan']);
  });

  it('de, ru, fr: the makers of a nation export from their country; the government invests', () => {
    const de = build(
      'Deutschland und Kasachstan vertiefen ihre Zusammenarbeit. Deutsche Hersteller lieferten 2025 Maschinen im Wert von 1,9 Milliarden Euro nach Kasachstan.',
      'deu',
      [['Deutschland', 'GPE'], ['Kasachstan', 'GPE'], ['Deutsche', 'MISC'], ['Kasachstan', 'GPE', 1]],
      [money('1,9 Milliarden Euro', 1.9e9, 'EUR')],
    );
    expect(facts(de).find((e) => e[0] === 'export')).toEqual(['export', ['Deutschland'], 'Deutschland']);
    const ru = build(
      'Германия и Казахстан расширяют сотрудничество. Немецкие производители поставили в Казахстан машин на 1,9 млрд евро.',
      'rus',
      [['Германия', 'GPE'], ['Казахстан', 'GPE'], ['Немецкие', 'MISC'], ['Казахстан', 'GPE', 1]],
      [money('1,9 млрд евро', 1.9e9, 'EUR')],
    );
    expect(facts(ru).find((e) => e[0] === 'export')?.[1]).toEqual(['Германия']);
    const fr = build(
      "L'Ouzbékistan mise sur l'automobile. Le gouvernement ouzbek investira 100 millions de dollars dans l'usine.",
      'fra',
      [['Ouzbékistan', 'GPE'], ['ouzbek', 'MISC']],
      [money('100 millions de dollars', 1e8, 'USD')],
    );
    expect(facts(fr).find((e) => e[0] === 'investment')?.[1]).toEqual(['Ouzbékistan']);
  });

  it('silent: a side is the partner company, a post before a name is the person, a country the article does not name gives none', () => {
    const side = build(
      'Kazakhstan hosts the venture of Hoffmann and Allur Group. The investment totals 48.5 million euros, with the Kazakh side holding a 51% stake.',
      'eng',
      [['Kazakhstan', 'GPE'], ['Hoffmann', 'ORG'], ['Allur Group', 'ORG'], ['Kazakh', 'MISC', 1]],
      [money('48.5 million euros', 48.5e6, 'EUR'), { text: '51%', kind: 'percent', value: 51 }],
    );
    expect(facts(side).flatMap((e) => e[1])).not.toContain('Kazakhstan');
    const person = build(
      'Azerbaijan and Uzbekistan signed a deal. The plants were opened during the visit of Azerbaijani President Ilham Aliyev to Uzbekistan.',
      'eng',
      [['Azerbaijan', 'GPE'], ['Uzbekistan', 'GPE'], ['Azerbaijani', 'MISC'], ['Ilham Aliyev', 'PER'], ['Uzbekistan', 'GPE', 1]],
      [],
    );
    expect(facts(person).find((e) => e[0] === 'visit')?.[1]).toEqual(['Ilham Aliyev']);
    const unnamed = build('Los fabricantes alemanes suministraron en 2025 a Kazajistán máquinas por valor de 1.900 millones de euros.', 'spa', [['alemanes', 'MISC'], ['Kazajistán', 'GPE']], [
      money('1.900 millones de euros', 1.9e9, 'EUR'),
    ]);
    expect(facts(unnamed).find((e) => e[0] === 'export')?.[1]).toEqual([]);
  });
});

describe('events: a regional demonym names no state (`le gouvernement bavarois`, `Sächsische Hersteller`)', () => {
  it('fr, de: the region\'s government or makers are no country acting; the nationality in the same place is (contrast)', () => {
    const fr = build(
      "L'Allemagne et l'Ouzbékistan coopèrent. Le gouvernement bavarois investira 100 millions d'euros dans l'usine.",
      'fra',
      [['Allemagne', 'GPE'], ['Ouzbékistan', 'GPE'], ['bavarois', 'MISC']],
      [money("100 millions d'euros", 1e8, 'EUR')],
    );
    expect(facts(fr).flatMap((e) => e[1])).not.toContain('Allemagne');
    const de = build(
      'Deutschland und Kasachstan vertiefen ihre Zusammenarbeit. Sächsische Hersteller lieferten 2025 Maschinen im Wert von 1,9 Milliarden Euro nach Kasachstan.',
      'deu',
      [['Deutschland', 'GPE'], ['Kasachstan', 'GPE'], ['Sächsische', 'MISC'], ['Kasachstan', 'GPE', 1]],
      [money('1,9 Milliarden Euro', 1.9e9, 'EUR')],
    );
    expect(facts(de).flatMap((e) => e[1])).not.toContain('Deutschland');
    const nation = build(
      "L'Allemagne et l'Ouzbékistan coopèrent. Le gouvernement allemand investira 100 millions d'euros dans l'usine.",
      'fra',
      [['Allemagne', 'GPE'], ['Ouzbékistan', 'GPE'], ['allemand', 'MISC']],
      [money("100 millions d'euros", 1e8, 'EUR')],
    );
    expect(facts(nation).find((e) => e[0] === 'investment')?.[1]).toEqual(['Allemagne']);
  });
});

describe("events: a state's stake lies at the site of the enterprise the article is about", () => {
  it('en: `Azerbaijan holds 75 percent` after the plant in the industrial park; silent where no plant has a site', () => {
    const text = 'The Khazar plant in the Neftchala Industrial Park opened in 2018. Azerbaijan holds 75 percent while 25 percent belongs to Iran.';
    const sited = build(text, 'eng', [['Khazar', 'ORG'], ['Neftchala Industrial Park', 'LOC'], ['Azerbaijan', 'GPE'], ['Iran', 'GPE']], [
      { text: '2018', kind: 'year', value: 2018, date: '2018' }, { text: '75 percent', kind: 'percent', value: 75 }, { text: '25 percent', kind: 'percent', value: 25 },
    ]);
    const stakes = facts(sited).filter((e) => e[0] === 'investment');
    expect(stakes.length).toBeGreaterThan(0);
    expect(stakes.every((e) => e[2] === 'Neftchala Industrial Park')).toBe(true);
    const bare = build('Azerbaijan holds 75 percent while 25 percent belongs to Iran.', 'eng', [['Azerbaijan', 'GPE'], ['Iran', 'GPE']], [
      { text: '75 percent', kind: 'percent', value: 75 }, { text: '25 percent', kind: 'percent', value: 25 },
    ]);
    expect(facts(bare).filter((e) => e[0] === 'investment').every((e) => e[2] === null)).toBe(true);
  });
});

describe('events: the country an order is for is a party to it (beneficiary)', () => {
  it('en, fr: `won an order for high-speed trains for Uzbekistan`, `une commande … pour l’Ouzbékistan`; silent for a city', () => {
    const en = build('Alstom competes with Hyundai Rotem, which won an order for high-speed trains for Uzbekistan in 2024.', 'eng', [['Alstom', 'ORG'], ['Hyundai Rotem', 'ORG'], ['Uzbekistan', 'GPE']], [
      { text: '2024', kind: 'year', value: 2024, date: '2024' },
    ]);
    expect(facts(en).find((e) => e[0] === 'agreement')).toEqual(['agreement', ['Hyundai Rotem', 'Uzbekistan'], 'Uzbekistan']);
    const fr = build("Le groupe affronte le coréen Hyundai Rotem, qui avait remporté en 2024 une commande de trains à grande vitesse pour l'Ouzbékistan.", 'fra', [['Hyundai Rotem', 'ORG'], ['Ouzbékistan', 'GPE']], [
      { text: '2024', kind: 'year', value: 2024, date: '2024' },
    ]);
    expect(facts(fr).find((e) => e[0] === 'agreement')).toEqual(['agreement', ['Hyundai Rotem', 'Ouzbékistan'], 'Ouzbékistan']);
    const city = build('Hyundai Rotem won an order for 46 trams for Tashkent in 2024.', 'eng', [['Hyundai Rotem', 'ORG'], ['Tashkent', 'GPE']], [
      { text: '46 trams', kind: 'count', value: 46, unit: 'tram' }, { text: '2024', kind: 'year', value: 2024, date: '2024' },
    ]);
    expect(facts(city).find((e) => e[0] === 'agreement')?.[1]).toEqual(['Hyundai Rotem']);
  });
});

describe('events: an agreement without parties is between the countries last named together, over a quote of a few sentences', () => {
  const text = (gap: number) =>
    ['Kazakhstan and Uzbekistan managed to create a new model.', 'The cooperation has great prospects.', 'Agreements were reached to create next models.', 'The revolution gives a good motive.',
      ...Array.from({ length: gap }, () => 'The market keeps growing.'), 'There are agreements on the creation of a cluster.'].join(' ');
  const last = (gap: number) => {
    const input = build(text(gap), 'eng', [['Kazakhstan', 'GPE'], ['Uzbekistan', 'GPE']], []);
    return facts(input).filter((e) => e[0] === 'agreement').at(-1)?.[1];
  };
  it('en: four sentences back; silent seven back', () => {
    expect(last(0)).toEqual(['Kazakhstan', 'Uzbekistan']);
    expect(last(3)).toEqual([]);
  });
});
