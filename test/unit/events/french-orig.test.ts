/**
 * French wire wording that the original French tune articles (bench/articles/orig-fra, written for
 * no rule) showed the pipeline missing, one class per block, each with a case where it stays silent.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const all = (input: ReturnType<typeof build>) => view(input, extractEvents(input));

describe('fr tellVerbs: a medium told with the elided article (`a affirmé à l’AFP`) is an addressee, never a party', () => {
  it('fr: the appointment and the company of the quote are not the agency', () => {
    const a = build("« Nous allons doubler la production », a affirmé à l'AFP le directeur général d'Alpha Motors, Jean Dupont, nommé à ce poste en janvier.", 'fra',
      [['AFP', 'ORG'], ['Alpha Motors', 'ORG'], ['Jean Dupont', 'PER']], [{ text: 'janvier', kind: 'date', date: '2026-01' }]);
    const appointment = all(a).find((e) => e.type === 'appointment');
    expect(appointment?.actors).toContain('Jean Dupont');
    expect(appointment?.actors).not.toContain('AFP');
    const b = build("Beta Trucks a indiqué mardi à l'AFP qu'elle construirait une usine à Lyon.", 'fra', [['Beta Trucks', 'ORG'], ['AFP', 'ORG'], ['Lyon', 'GPE']], []);
    expect(all(b).flatMap((e) => e.actors)).not.toContain('AFP');
  });

  it('silent: the speaker’s own company stays a party (fr), and a company that says something itself (en)', () => {
    const a = build("« Nous allons doubler la production », a affirmé à l'AFP le directeur général d'Alpha Motors, Jean Dupont.", 'fra',
      [['AFP', 'ORG'], ['Alpha Motors', 'ORG'], ['Jean Dupont', 'PER']], []);
    expect(all(a).find((e) => e.type === 'statement')?.actors).toEqual(['Alpha Motors', 'Jean Dupont']);
    const b = build('Beta Trucks said on Tuesday that it would build a plant in Lyon.', 'eng', [['Beta Trucks', 'ORG'], ['Lyon', 'GPE']], []);
    expect(all(b).find((e) => e.type === 'plant_construction')?.actors).toEqual(['Beta Trucks']);
  });
});

describe('fr production: trucks that leave the plant or the lines are produced', () => {
  it('fr: `sont sortis de l’usine de X`, `quitteront les chaînes de montage`', () => {
    const a = build("L'an dernier, 41 300 camions sont sortis de l'usine de Lyon.", 'fra', [['Lyon', 'GPE']], [{ text: '41 300 camions', kind: 'count', value: 41300, unit: 'truck' }]);
    expect(all(a).map((e) => [e.type, e.quantity, e.location])).toEqual([['production', 41300, 'Lyon']]);
    const b = build('Les premières voitures quitteront les chaînes de montage de Lyon en mai.', 'fra', [['Lyon', 'GPE']], [{ text: 'mai', kind: 'date', date: '2027-05' }]);
    expect(all(b).map((e) => e.type)).toEqual(['production_target']);
  });

  it('silent: workers who left the plant (fr)', () => {
    const a = build("Les ouvriers ont quitté l'usine de Lyon jeudi.", 'fra', [['Lyon', 'GPE']], []);
    expect(all(a).map((e) => e.type)).toEqual([]);
  });
});

describe('fr investment: money that finances a site, by its passive agent', () => {
  it('fr: `est financé à hauteur de … par X`, `sera financée par la Banque X`', () => {
    const a = build('Le chantier est financé à hauteur de 85 millions de manats par Alpha Fund.', 'fra', [['Alpha Fund', 'ORG']], [
      { text: '85 millions de manats', kind: 'money', value: 85e6, currency: 'AZN' },
    ]);
    expect(all(a).map((e) => [e.type, e.actors, e.money])).toEqual([['investment', ['Alpha Fund'], { value: 85e6, currency: 'AZN' }]]);
    const b = build('La nouvelle usine sera financée par Beta Capital.', 'fra', [['Beta Capital', 'ORG']], []);
    expect(all(b).map((e) => [e.type, e.actors])).toEqual([['investment', ['Beta Capital']]]);
  });

  it('silent: the adjective `financier` (fr)', () => {
    const a = build('Le directeur financier Jean Dupont a quitté Alpha Motors.', 'fra', [['Jean Dupont', 'PER'], ['Alpha Motors', 'ORG']], []);
    expect(all(a).map((e) => e.type)).not.toContain('investment');
  });
});

describe('clauses: a figure in parentheses is an aside, it does not cut its clause', () => {
  it('fr, en: the agent or the place after a converted sum belongs to the sum’s clause', () => {
    const a = build('Le chantier est financé à hauteur de 85 millions de manats (environ 50 millions de dollars) par Alpha Fund.', 'fra', [['Alpha Fund', 'ORG']], [
      { text: '85 millions de manats', kind: 'money', value: 85e6, currency: 'AZN' }, { text: '50 millions de dollars', kind: 'money', value: 50e6, currency: 'USD' },
    ]);
    expect(all(a).map((e) => [e.type, e.actors])).toEqual([['investment', ['Alpha Fund']]]);
    const b = build('Alpha Motors will invest 88 million manat ($51.7 million) in Kostanay.', 'eng', [['Alpha Motors', 'ORG'], ['Kostanay', 'GPE']], [
      { text: '88 million manat', kind: 'money', value: 88e6, currency: 'AZN' }, { text: '$51.7 million', kind: 'money', value: 51.7e6, currency: 'USD' },
    ]);
    expect(all(b).map((e) => [e.type, e.location])).toEqual([['investment', 'Kostanay']]);
  });

  it('silent: a parenthesis with words and commas still closes its clause (fr)', () => {
    const a = build('Le chantier est financé par Alpha Fund (un fonds public, créé en 2006, que dirige Beta Group).', 'fra', [['Alpha Fund', 'ORG'], ['Beta Group', 'ORG']], []);
    expect(all(a).find((e) => e.type === 'investment')?.actors).toEqual(['Alpha Fund']);
  });
});

describe('places: a region in parentheses after a place says where that place lies, it acts in nothing', () => {
  it('fr, en: `Bourg-en-Bresse (Ain)`, `Kostanay (Kazakhstan)`', () => {
    const a = build("L'an dernier, 41 300 camions sont sortis de l'usine de Bourg-en-Bresse (Ain) et les ventes ont reculé à 37 900 unités.", 'fra', [['Bourg-en-Bresse', 'GPE'], ['Ain', 'GPE']], [
      { text: '41 300 camions', kind: 'count', value: 41300, unit: 'truck' }, { text: '37 900 unités', kind: 'count', value: 37900, unit: 'truck' },
    ]);
    expect(all(a).flatMap((e) => e.actors)).not.toContain('Ain');
    const b = build('Sales at the plant in Kostanay (Kazakhstan) rose to 5,000 trucks.', 'eng', [['Kostanay', 'GPE'], ['Kazakhstan', 'GPE']], [{ text: '5,000 trucks', kind: 'count', value: 5000, unit: 'truck' }]);
    expect(all(b).flatMap((e) => e.actors)).not.toContain('Kazakhstan');
  });

  it('silent: the place before the parenthesis keeps its role (fr)', () => {
    const a = build("L'Ouzbékistan (Tachkent) a signé jeudi un accord avec le Kazakhstan.", 'fra', [['Ouzbékistan', 'GPE'], ['Tachkent', 'GPE'], ['Kazakhstan', 'GPE']], []);
    expect(all(a).find((e) => e.type === 'agreement')?.actors).toEqual(['Ouzbékistan', 'Kazakhstan']);
  });
});

describe('statements: a quote said during a visit the same sentence tells is placed where the speaker went', () => {
  it('fr: `a déclaré X lors d’une visite à Bakou`, `a expliqué X, qui a fait le déplacement à Almaty`', () => {
    const a = build("« Le marché est prometteur », a déclaré le vice-président de Beta Trucks, Sergueï Kovalenko, lors d'une visite à Bakou.", 'fra',
      [['Beta Trucks', 'ORG'], ['Sergueï Kovalenko', 'PER'], ['Bakou', 'GPE']], []);
    expect(all(a).find((e) => e.type === 'statement')?.location).toBe('Bakou');
    const b = build("« Nous serons au plus près de nos clients », a expliqué la présidente d'Alpha Motors, Claire Vasseur, qui a fait le déplacement à Almaty.", 'fra',
      [['Alpha Motors', 'ORG'], ['Claire Vasseur', 'PER'], ['Almaty', 'GPE']], []);
    expect(all(b).find((e) => e.type === 'statement')?.location).toBe('Almaty');
  });

  it('silent: a visit by someone else does not place the quote (fr)', () => {
    const a = build("« Le marché est prometteur », a déclaré Sergueï Kovalenko, tandis que Jean Dupont visitait Bakou.", 'fra',
      [['Sergueï Kovalenko', 'PER'], ['Jean Dupont', 'PER'], ['Bakou', 'GPE']], []);
    expect(all(a).find((e) => e.type === 'statement')?.location ?? null).toBeNull();
  });
});

describe('time: a month named without its year is the one the tense points to from the reference date', () => {
  const dated = (text: string, mentions: Array<[string, 'ORG' | 'GPE']>, month: string, date: string) =>
    all(build(text, 'fra', mentions, [{ text: month, kind: 'date', date }], '2027-02-18'));

  it('fr: a plan’s month before the reference month is next year’s; a past fact’s month after it is last year’s', () => {
    expect(dated('À Kostanaï, les premiers camions doivent quitter les chaînes en octobre.', [['Kostanaï', 'GPE']], 'octobre', '2026-10').map((e) => e.time)).toEqual(['2027-10']);
    expect(dated('Alpha Motors a signé un contrat avec Beta Logistics en mars.', [['Alpha Motors', 'ORG'], ['Beta Logistics', 'ORG']], 'mars', '2027-03').map((e) => e.time)).toEqual(['2026-03']);
  });

  it('silent: a past month before the reference month, and a month written with its year (fr)', () => {
    expect(dated('Alpha Motors a signé un contrat avec Beta Logistics en janvier.', [['Alpha Motors', 'ORG'], ['Beta Logistics', 'ORG']], 'janvier', '2027-01').map((e) => e.time)).toEqual(['2027-01']);
    expect(dated('Alpha Motors a signé un contrat avec Beta Logistics en mars 2027.', [['Alpha Motors', 'ORG'], ['Beta Logistics', 'ORG']], 'mars 2027', '2027-03').map((e) => e.time)).toEqual(['2027-03']);
  });
});

describe('fr other: a company’s seat (`basée à`, `dont le siège est à`) is no site of its facts', () => {
  it('fr: the seat after the partner or in an apposition of the subject', () => {
    const a = build('Alpha Motors a signé un contrat avec Beta Logistics, une société basée à Tbilissi.', 'fra', [['Alpha Motors', 'ORG'], ['Beta Logistics', 'ORG'], ['Tbilissi', 'GPE']], []);
    expect(all(a).find((e) => e.type === 'agreement')?.location ?? null).toBeNull();
    const b = build('Beta Trucks, dont le siège est à Lyon, a produit 300 camions.', 'fra', [['Beta Trucks', 'ORG'], ['Lyon', 'GPE']], [{ text: '300 camions', kind: 'count', value: 300, unit: 'truck' }]);
    expect(all(b).map((e) => [e.type, e.location])).toEqual([['production', null]]);
  });

  it('silent: a place of the fact itself (fr)', () => {
    const a = build('Beta Trucks a produit 300 camions à Lyon.', 'fra', [['Beta Trucks', 'ORG'], ['Lyon', 'GPE']], [{ text: '300 camions', kind: 'count', value: 300, unit: 'truck' }]);
    expect(all(a).map((e) => [e.type, e.location])).toEqual([['production', 'Lyon']]);
  });
});
