/**
 * French wire wording (AFP style) that the own French tune articles (bench/articles/fra) showed the
 * French pack missing, one class per block, each with a case where the rule must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { findReferenceDate } from '../../../pipeline/events/reference.js';
import type { EntityType } from '../../../pipeline/types.js';
import { build, view, type NumberSpec } from './build.js';

const all = (input: ReturnType<typeof build>) => view(input, extractEvents(input));

describe('fr deliveryTo: after a delivery verb, `en`/`au`/`aux` name the destination, not the site', () => {
  it('fr: `livrera … en Géorgie`, `expédiés au Kazakhstan` are exports without a location', () => {
    const a = build('Alpha Motors livrera 500 voitures en Géorgie en mars.', 'fra', [['Alpha Motors', 'ORG'], ['Géorgie', 'GPE']], [
      { text: '500 voitures', kind: 'count', value: 500, unit: 'car' },
    ]);
    expect(all(a).map((e) => [e.type, e.actors, e.location, e.quantity])).toEqual([['export', ['Alpha Motors'], null, 500]]);
    const b = build('Alpha Motors a expédié 300 autobus au Kazakhstan et au Kirghizstan.', 'fra', [['Alpha Motors', 'ORG'], ['Kazakhstan', 'GPE'], ['Kirghizstan', 'GPE']], [
      { text: '300 autobus', kind: 'count', value: 300, unit: 'bus' },
    ]);
    expect(all(b).map((e) => [e.type, e.location])).toEqual([['export', null]]);
  });

  it('silent: a place before the delivery, or after a production verb, is the site (fr)', () => {
    const a = build('Alpha Motors assemblera 500 voitures en Géorgie.', 'fra', [['Alpha Motors', 'ORG'], ['Géorgie', 'GPE']], [
      { text: '500 voitures', kind: 'count', value: 500, unit: 'car' },
    ]);
    expect(all(a).map((e) => [e.type, e.location])).toEqual([['production_target', 'Géorgie']]);
    const b = build('En Géorgie, Alpha Motors a livré 500 voitures à des clients.', 'fra', [['Géorgie', 'GPE'], ['Alpha Motors', 'ORG']], [
      { text: '500 voitures', kind: 'count', value: 500, unit: 'car' },
    ]);
    expect(all(b).map((e) => e.type)).not.toContain('export');
  });
});

describe('fr plant_launch: beginning to assemble, entering service, switching to production', () => {
  const types = (text: string, mentions: Array<[string, 'ORG' | 'GPE' | 'PRODUCT']> = []) => all(build(text, 'fra', mentions, [])).map((e) => e.type);

  it('fr: `commencera à assembler`, `doit entrer en service`, `est passée de … à une production en cycle complet`', () => {
    expect(types('Alpha Motors commencera à assembler une version électrique de la Beta.', [['Alpha Motors', 'ORG']])).toEqual(['plant_launch']);
    expect(types('Un nouvel atelier de peinture est en construction ; il doit entrer en service en 2027.')).toContain('plant_launch');
    expect(types("L'usine d'Alpha Motors est passée de l'assemblage en kits à une production en cycle complet.", [['Alpha Motors', 'ORG']])).toEqual(['plant_launch']);
  });

  it('silent: a person entering office, a figure that went from one value to another', () => {
    expect(types('Le nouveau directeur doit entrer en fonction en mars.')).toEqual([]);
    const input = build('La production est passée de 10 000 à 12 000 voitures.', 'fra', [], [
      { text: '10 000', kind: 'count', value: 10000, unit: 'car' }, { text: '12 000 voitures', kind: 'count', value: 12000, unit: 'car' },
    ]);
    expect(all(input).map((e) => e.type)).not.toContain('plant_launch');
  });
});

describe('fr investment: money set aside for a goal', () => {
  it('fr: `1 800 milliards de soums seraient consacrés à la localisation`', () => {
    const input = build('La holding Uzavtosanoat a précisé que 1 800 milliards de soums seraient consacrés à la localisation.', 'fra', [['Uzavtosanoat', 'ORG']], [
      { text: '1 800 milliards de soums', kind: 'money', value: 1.8e12, currency: 'UZS' },
    ]);
    expect(all(input).filter((e) => e.type !== 'statement').map((e) => [e.type, e.money])).toEqual([['investment', { value: 1.8e12, currency: 'UZS' }]]);
  });

  it('silent: a meeting devoted to a topic', () => {
    expect(all(build('Le sommet a été consacré à la coopération régionale.', 'fra', [], [])).map((e) => e.type)).toEqual([]);
  });
});

describe('fr jobs: people who work at a site', () => {
  it('fr: `1 350 personnes travaillent sur le site`', () => {
    const input = build('Quelque 1 350 personnes travaillent aujourd’hui sur le site.', 'fra', [], [{ text: '1 350 personnes', kind: 'count', value: 1350, unit: 'person' }]);
    expect(all(input).map((e) => [e.type, e.quantity])).toEqual([['jobs', 1350]]);
  });

  it('silent: a company working on a project, engineers at work without a figure', () => {
    const input = build('Alpha Motors travaille sur un projet de 500 millions d’euros.', 'fra', [['Alpha Motors', 'ORG']], [{ text: '500 millions d’euros', kind: 'money', value: 5e8, currency: 'EUR' }]);
    expect(all(input).map((e) => e.type)).not.toContain('jobs');
    expect(all(build('Les ingénieurs travaillent sur un nouveau modèle.', 'fra', [], [])).map((e) => e.type)).toEqual([]);
  });
});

describe('fr planned: the conditional of reported speech is a future in the past', () => {
  const share = (text: string) =>
    all(build(text, 'fra', [['Alpha Motors', 'ORG']], [{ text: '35 %', kind: 'percent', value: 35 }]))
      .filter((e) => e.type !== 'statement')
      .map((e) => e.type);

  it('fr: `a déclaré que l’usine d’Alpha Motors assurerait 35 % de la production`', () => {
    expect(share('Le ministre a déclaré que l’usine d’Alpha Motors assurerait 35 % de la production de voitures du pays.')).toEqual(['production_target']);
  });

  it('silent: the imperfect (`assurait`) states a fact', () => {
    expect(share('L’usine d’Alpha Motors assurait 35 % de la production de voitures du pays.')).toEqual(['production']);
  });
});

describe('fr frames: a place after `et au` goes on a list, it opens no clause of its own', () => {
  it('fr: `420 voitures … en mars, et des livraisons au Kazakhstan et au Turkménistan sont prévues au second semestre`', () => {
    const text = 'Un premier lot de 420 voitures sera expédié en Géorgie en mars, et des livraisons au Kazakhstan et au Turkménistan sont prévues au second semestre.';
    const input = build(text, 'fra', [['Géorgie', 'GPE'], ['Kazakhstan', 'GPE'], ['Turkménistan', 'GPE']], [
      { text: '420 voitures', kind: 'count', value: 420, unit: 'car' }, { text: 'mars', kind: 'date', date: '2026-03' },
      { text: 'second semestre', kind: 'date', date: '2026-07/2026-12' },
    ]);
    expect(all(input).map((e) => [e.type, e.quantity, e.time])).toEqual([['export', 420, '2026-03'], ['export', null, '2026-07/2026-12']]);
  });

  it('silent: German verb-second, where an adverbial before the modal opens a clause (`und im Jahr 2028 sollen`)', () => {
    const de = build('Das Werk baute 2025 rund 6.000 Lkw, und im Jahr 2028 sollen es 9.000 Lkw sein.', 'deu', [], [
      { text: '2025', kind: 'year', value: 2025, date: '2025' }, { text: '6.000 Lkw', kind: 'count', value: 6000, unit: 'truck' },
      { text: '2028', kind: 'year', value: 2028, date: '2028' }, { text: '9.000 Lkw', kind: 'count', value: 9000, unit: 'truck' },
    ]);
    expect(all(de).map((e) => [e.quantity, e.time])).toEqual([[6000, '2025'], [9000, '2028']]);
  });
});

describe('fr agents: coordination with an elided article, a place that qualifies a company noun', () => {
  const count = { text: '500 voitures', kind: 'count' as const, value: 500, unit: 'car' };

  it('fr: `Alpha Motors et l’ouzbek Beta Auto ont produit`, `Le plus grand constructeur d’Ouzbékistan, Beta Auto, a produit`', () => {
    const a = build("Alpha Motors et l'ouzbek Beta Auto ont produit 500 voitures.", 'fra', [['Alpha Motors', 'ORG'], ['Beta Auto', 'ORG']], [count]);
    expect(all(a).map((e) => e.actors)).toEqual([['Alpha Motors', 'Beta Auto']]);
    const b = build("Le plus grand constructeur automobile d'Ouzbékistan, Beta Auto, a produit 500 voitures.", 'fra', [['Ouzbékistan', 'GPE'], ['Beta Auto', 'ORG']], [count]);
    expect(all(b).map((e) => e.actors)).toEqual([['Beta Auto']]);
  });

  it('silent: a partner after `pour l’`, and a country that is the subject itself', () => {
    const a = build("Alpha Motors a produit 500 voitures pour l'ouzbek Beta Auto.", 'fra', [['Alpha Motors', 'ORG'], ['Beta Auto', 'ORG']], [count]);
    expect(all(a).map((e) => e.actors)).toEqual([['Alpha Motors']]);
    const b = build("L'Ouzbékistan, premier producteur de la région, a produit 500 voitures.", 'fra', [['Ouzbékistan', 'GPE']], [count]);
    expect(all(b).map((e) => e.actors)).toEqual([['Ouzbékistan']]);
  });
});

describe('fr time: a day after a verb of saying dates the saying; a coordinated frame dates its figure across commas', () => {
  const dated = (text: string, mentions: Array<[string, EntityType]>, numbers: NumberSpec[]) => {
    const input = build(text, 'fra', [['TACHKENT', 'GPE'], ...mentions], [{ text: '22 janvier 2026', kind: 'date', date: '2026-01-22' }, ...numbers]);
    input.referenceDate = findReferenceDate(text, 'fra', null);
    return all(input).map((e) => [e.type, e.time]);
  };

  it('fr: `… 450 000 unités cette année, a annoncé jeudi sa maison mère` is this year', () => {
    const text = 'TACHKENT, 22 janvier 2026 (AFP) - Alpha Motors prévoit de porter sa production à 450 000 unités cette année, a annoncé jeudi sa maison mère.';
    expect(dated(text, [['Alpha Motors', 'ORG']], [{ text: '450 000 unités', kind: 'count', value: 450000, unit: 'car' }])).toEqual([['production_target', '2026']]);
  });

  it('silent: a day beside the fact’s own verb dates it (`a signé jeudi un accord`)', () => {
    const text = 'TACHKENT, 22 janvier 2026 (AFP) - Alpha Motors a signé jeudi un accord avec Beta Auto.';
    expect(dated(text, [['Alpha Motors', 'ORG'], ['Beta Auto', 'ORG']], [])).toEqual([['agreement', '2026-01-22']]);
  });

  it('fr: `…, et à partir de 2027, l’usine fonctionnera à sa capacité de 30 000 voitures par an`; the first figure keeps no year of another clause', () => {
    const text = "Notre objectif est de 14 500 unités, et à partir de 2027, l'usine fonctionnera à sa capacité nominale de 30 000 voitures par an.";
    const input = build(text, 'fra', [], [
      { text: '14 500 unités', kind: 'count', value: 14500, unit: 'car' }, { text: '2027', kind: 'year', value: 2027, date: '2027' },
      { text: '30 000 voitures par an', kind: 'rate', value: 30000, unit: 'car' },
    ], '2026-02-05');
    expect(all(input).map((e) => [e.quantity, e.time])).toEqual([[14500, null], [30000, '2027']]);
  });
});

describe('fr placeNouns: `la coentreprise de Hadjigaboul` places the joint venture', () => {
  it('fr: the place after `coentreprise de` is the site, no actor', () => {
    const input = build('Le ministre a déclaré que la coentreprise de Hadjigaboul assurerait 35 % de la production de voitures.', 'fra', [['Hadjigaboul', 'GPE']], [{ text: '35 %', kind: 'percent', value: 35 }]);
    expect(all(input).filter((e) => e.type !== 'statement').map((e) => [e.actors, e.location])).toEqual([[[], 'Hadjigaboul']]);
  });

  it('silent: a company after `coentreprise de` is its owner', () => {
    const input = build('La coentreprise de Beta Auto a produit 500 voitures.', 'fra', [['Beta Auto', 'ORG']], [{ text: '500 voitures', kind: 'count', value: 500, unit: 'car' }]);
    expect(all(input).map((e) => e.actors)).toEqual([['Beta Auto']]);
  });
});

describe('fr triggers: an adverb inside the verb group, directives, supplies', () => {
  it('fr: `commencera également à assembler`, `avait auparavant demandé` over an apposed name, `fournit … depuis Tachkent`', () => {
    expect(all(build('Alpha Motors commencera également à assembler la Beta.', 'fra', [['Alpha Motors', 'ORG']], [])).map((e) => e.type)).toEqual(['plant_launch']);
    const said = build("Le président de l'Ouzbékistan, Chavkat Mirzioïev, avait auparavant demandé de relever le taux de localisation.", 'fra', [['Ouzbékistan', 'GPE'], ['Chavkat Mirzioïev', 'PER']], []);
    expect(all(said).map((e) => [e.type, e.actors])).toEqual([['statement', ['Chavkat Mirzioïev']]]);
    const supply = build('Alpha Motors, qui fournit des moteurs depuis Tachkent, a ouvert une usine.', 'fra', [['Alpha Motors', 'ORG'], ['Tachkent', 'GPE']], []);
    expect(all(supply).map((e) => e.type)).toContain('export');
  });

  it('silent: an apposed name that visits, a company that supplies information', () => {
    const visit = build("Le président de l'Ouzbékistan, Chavkat Mirzioïev, a visité l'usine.", 'fra', [['Ouzbékistan', 'GPE'], ['Chavkat Mirzioïev', 'PER']], []);
    expect(all(visit).map((e) => e.type)).toEqual(['visit']);
    expect(all(build('Alpha Motors fournit des informations à ses clients.', 'fra', [['Alpha Motors', 'ORG']], [])).map((e) => e.type)).toEqual([]);
  });
});

describe('fr sources and groups: `selon Mme X`, `les autorités de X`', () => {
  it('fr: the person after `selon Mme` and the place after `autorités de` are no actors', () => {
    const a = build('SamAuto a signé un accord. Selon Mme Karimova, un premier lot de 20 autobus pourrait sortir des chaînes.', 'fra', [['SamAuto', 'ORG'], ['Karimova', 'PER']], [{ text: '20 autobus', kind: 'count', value: 20, unit: 'bus' }]);
    expect(all(a).filter((e) => e.type !== 'agreement').map((e) => e.actors)).toEqual([['SamAuto']]);
    const b = build("Les autorités de Kachkadaria s'attendent à ce que le site emploie 1 500 personnes.", 'fra', [['Kachkadaria', 'GPE']], [{ text: '1 500 personnes', kind: 'count', value: 1500, unit: 'person' }]);
    expect(all(b).map((e) => [e.type, e.actors, e.location])).toEqual([['jobs', [], null]]);
  });

  it('silent: a person named without `selon`, a company after a group noun', () => {
    const a = build('Mme Karimova a assemblé 20 autobus.', 'fra', [['Karimova', 'PER']], [{ text: '20 autobus', kind: 'count', value: 20, unit: 'bus' }]);
    expect(all(a).map((e) => e.actors)).toEqual([['Karimova']]);
    const b = build("Les responsables d'Alpha Motors s'attendent à ce que le site emploie 1 500 personnes.", 'fra', [['Alpha Motors', 'ORG']], [{ text: '1 500 personnes', kind: 'count', value: 1500, unit: 'person' }]);
    expect(all(b).map((e) => e.actors)).toEqual([['Alpha Motors']]);
  });
});

describe('fr export: buyers named by their nationality are a destination', () => {
  const figure = [{ text: '7 420 véhicules', kind: 'count' as const, value: 7420, unit: 'car' }];
  it('fr: `nous avons expédié 7 420 véhicules aux concessionnaires russes`', () => {
    const input = build('Au premier trimestre, nous avons expédié 7 420 véhicules aux concessionnaires russes.', 'fra', [['russes', 'MISC']], figure);
    expect(all(input).map((e) => [e.type, e.quantity])).toEqual([['export', 7420]]);
  });

  it('silent: a nationality that is no buyer (`selon des analystes russes`)', () => {
    const input = build('Alpha Motors a expédié 7 420 véhicules, selon des analystes russes.', 'fra', [['Alpha Motors', 'ORG'], ['russes', 'MISC']], figure);
    expect(all(input).map((e) => e.type)).not.toContain('export');
  });
});

describe('fr triggers: groundbreaking, money injected, taking the head of a company', () => {
  it('fr: `la pose de la première pierre de l’usine`, `injectera 200 millions d’euros`, `a été porté à la tête d’Alpha Motors`', () => {
    expect(all(build("Le ministre a assisté à la pose de la première pierre de l'usine d'Alpha Motors.", 'fra', [['Alpha Motors', 'ORG']], [])).map((e) => e.type)).toEqual(['plant_construction']);
    const inj = build("Alpha Motors injectera 200 millions d'euros dans le projet.", 'fra', [['Alpha Motors', 'ORG']], [{ text: "200 millions d'euros", kind: 'money', value: 2e8, currency: 'EUR' }]);
    expect(all(inj).map((e) => [e.type, e.actors])).toEqual([['investment', ['Alpha Motors']]]);
    const head = build("Jean Morel a été porté à la tête d'Alpha Motors en mars.", 'fra', [['Jean Morel', 'PER'], ['Alpha Motors', 'ORG']], [{ text: 'mars', kind: 'date', date: '2026-03' }]);
    expect(all(head).map((e) => e.type)).toEqual(['appointment']);
  });

  it('silent: a stone laid for a monument, a vaccine injected, a head turned', () => {
    expect(all(build('La première pierre du monument a une histoire.', 'fra', [], [])).map((e) => e.type)).toEqual([]);
    expect(all(build('Le médecin a injecté le vaccin.', 'fra', [], [])).map((e) => e.type)).toEqual([]);
    expect(all(build('Jean Morel a tourné la tête.', 'fra', [['Jean Morel', 'PER']], [])).map((e) => e.type)).toEqual([]);
  });
});

describe('fr visit: the plant visited with an elided article (`a visité l’usine`)', () => {
  it('fr: the visit takes the site of the plant named before', () => {
    const text = "L'usine d'Alpha Motors à Navoï a produit 500 voitures. Le ministre Jean Morel, qui a visité l'usine mercredi, a salué le projet.";
    const input = build(text, 'fra', [['Alpha Motors', 'ORG'], ['Navoï', 'GPE'], ['Jean Morel', 'PER']], [{ text: '500 voitures', kind: 'count', value: 500, unit: 'car' }]);
    expect(all(input).filter((e) => e.type === 'visit').map((e) => e.location)).toEqual(['Navoï']);
  });

  it('silent: a visit of something else (`a visité l’exposition`) takes no plant site', () => {
    const text = "L'usine d'Alpha Motors à Navoï a produit 500 voitures. Le ministre Jean Morel a visité l'exposition mercredi.";
    const input = build(text, 'fra', [['Alpha Motors', 'ORG'], ['Navoï', 'GPE'], ['Jean Morel', 'PER']], [{ text: '500 voitures', kind: 'count', value: 500, unit: 'car' }]);
    expect(all(input).filter((e) => e.type === 'visit').map((e) => e.location)).toEqual([null]);
  });
});
