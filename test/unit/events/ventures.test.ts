/**
 * Joint ventures keep their partners (pipeline/events/discourse.ts, the packs' `ventureNouns` and
 * `sideNouns`): a venture created in its sentence by two organisations is theirs, later references
 * and facts of no one's take both; a post at the venture is the person's; a stake of a side named by
 * its nationality is that partner's alone.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import type { EntityType } from '../../../pipeline/types.js';
import { build, view, type NumberSpec } from './build.js';

type M = Array<[string, EntityType, number?]>;
const pct = (text: string, value: number): NumberSpec => ({ text, kind: 'percent', value, unit: 'percent' });

/** [type, actors, location] of each event. */
function run(text: string, language: string, mentions: M, numbers: NumberSpec[] = []) {
  const input = build(text, language, mentions, numbers);
  return view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location]);
}

describe('a joint venture created by two organisations is both partners’', () => {
  it('ru: `СП` after `соглашение с X о создании в Навои совместного предприятия` is the venture at Navoi, not the holding’s plant named before', () => {
    const text = 'Завод «Агромаш» в Костанае выпустил 1 180 комбайнов. В январе «Агромаш» подписал соглашение с узбекской компанией «Зарафшан» о создании в Навои совместного предприятия. Мощность СП составит 400 тракторов в год.';
    const mentions: M = [['Агромаш', 'ORG'], ['Костанае', 'GPE'], ['Агромаш', 'ORG', 1], ['Зарафшан', 'ORG'], ['Навои', 'GPE']];
    const numbers: NumberSpec[] = [{ text: '1 180 комбайнов', kind: 'count', value: 1180, unit: 'combine' }, { text: '400 тракторов в год', kind: 'rate', value: 400, unit: 'tractor' }];
    expect(run(text, 'rus', mentions, numbers).at(-1)).toEqual(['production_target', ['Агромаш', 'Зарафшан'], 'Навои']);
  });

  it('de: a venture built `gemeinsam mit` a partner; a fact of no one’s after `das Werk` takes both partners, a post at the venture only the person, and no site', () => {
    const text = 'Moravia Traktor hat in Gandscha ein Montagewerk eröffnet. Errichtet wurde die Anlage gemeinsam mit dem Konzern Azermash, der 55 Prozent an dem Gemeinschaftsunternehmen hält. Am Rande unterzeichneten Azermash und Aqrolizinq einen Rahmenvertrag. Geleitet wird das Werk von Leyla Gulijewa, die im Juli zur Geschäftsführerin des Joint Ventures ernannt worden war. Bis Ende nächsten Jahres soll die Belegschaft auf 450 Beschäftigte wachsen.';
    const mentions: M = [['Moravia Traktor', 'ORG'], ['Gandscha', 'GPE'], ['Azermash', 'ORG'], ['Azermash', 'ORG', 1], ['Aqrolizinq', 'ORG'], ['Leyla Gulijewa', 'PER']];
    const out = run(text, 'deu', mentions, [pct('55 Prozent', 55), { text: '450 Beschäftigte', kind: 'count', value: 450, unit: 'employee' }]);
    expect(out.find((e) => e[0] === 'appointment')).toEqual(['appointment', ['Leyla Gulijewa'], null]);
    expect(out.at(-1)).toEqual(['jobs', ['Moravia Traktor', 'Azermash'], 'Gandscha']);
  });

  it('silent: a post at a plant of one company is still that company’s (en)', () => {
    const text = 'Hyundai opened a plant in Chennai. Kim Lee was appointed its general director.';
    expect(run(text, 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE'], ['Kim Lee', 'PER']]).at(-1)![1]).toEqual(['Kim Lee', 'Hyundai']);
  });
});

describe('a stake of a side named by its nationality is that partner’s', () => {
  it('de, en, fr: `die kasachische Seite`, `the Kazakh side`, `le partenaire ouzbek`', () => {
    const de = 'Die Hoffmann GmbH aus Chemnitz baut gemeinsam mit der kasachischen Allur Group ein Werk in Kostanai. Die kasachische Seite hält 51 Prozent an dem Gemeinschaftsunternehmen.';
    expect(run(de, 'deu', [['Hoffmann GmbH', 'ORG'], ['Chemnitz', 'GPE'], ['Allur Group', 'ORG'], ['Kostanai', 'GPE'], ['kasachische', 'MISC', 1]], [pct('51 Prozent', 51)]).at(-1)!.slice(0, 2)).toEqual(['investment', ['Allur Group']]);
    const en = 'Chemnitz-based Hoffmann GmbH is building a plant in Kostanay together with Kazakh conglomerate Allur Group. The investment totals 48.5 million euros, with the Kazakh side holding a 51% stake in the joint venture.';
    expect(run(en, 'eng', [['Chemnitz', 'GPE'], ['Hoffmann GmbH', 'ORG'], ['Kostanay', 'GPE'], ['Kazakh', 'MISC'], ['Allur Group', 'ORG']], [{ text: '48.5 million euros', kind: 'money', value: 48500000, currency: 'EUR' }, pct('51%', 51)]).at(-1)!.slice(0, 2)).toEqual(['investment', ['Allur Group']]);
    const fr = "L'usine commune construite par Azermash et l'ouzbek UzAuto Motors est passée au cycle complet. Azermash détient 60 % de la coentreprise et le partenaire ouzbek 40 %.";
    const out = run(fr, 'fra', [['Azermash', 'ORG'], ['UzAuto Motors', 'ORG'], ['Azermash', 'ORG', 1], ['ouzbek', 'MISC', 1]], [pct('60 %', 60), pct('40 %', 40)]);
    // silent: the 60 % has its holder's name nearer than the side
    expect(out.filter((e) => e[0] === 'investment').map((e) => e[1])).toEqual([['Azermash'], ['UzAuto Motors']]);
  });
});

describe('a stake of a side named by its demonym alone is that partner’s', () => {
  const stakes = (text: string, language: string, mentions: M, numbers: NumberSpec[]) => run(text, language, mentions, numbers).filter((e) => e[0] === 'investment').map((e) => e[1]);
  it('ru: `Белорусской стороне будет принадлежать 40% капитала, кыргызской — 60%` (the side noun left out, the infinitive after `будет`)', () => {
    const text = 'В понедельник «Айыл Техника» подписала соглашение о создании совместного предприятия с белорусским производителем «Нёман Агро». Белорусской стороне будет принадлежать 40% капитала, кыргызской — 60%.';
    expect(stakes(text, 'rus', [['Айыл Техника', 'ORG'], ['белорусским', 'MISC'], ['Нёман Агро', 'ORG'], ['Белорусской', 'MISC'], ['кыргызской', 'MISC']], [pct('40%', 40), pct('60%', 60)]))
      .toEqual([['Нёман Агро'], ['Айыл Техника']]);
  });
  it('es: `X controlará el 49 % del capital, y la empresa ferroviaria uzbeka, el 51 % restante` (a partner whose name holds the country)', () => {
    const text = 'Alpha Rail ha firmado con Ferrocarriles de Uzbekistán un contrato. Ambas compañías constituirán una sociedad conjunta. Alpha Rail controlará el 49 % del capital, y la empresa ferroviaria uzbeka, el 51 % restante.';
    expect(stakes(text, 'spa', [['Alpha Rail', 'ORG'], ['Ferrocarriles de Uzbekistán', 'ORG'], ['Alpha Rail', 'ORG', 1], ['uzbeka', 'MISC']], [pct('49 %', 49), pct('51 %', 51)]))
      .toEqual([['Alpha Rail'], ['Ferrocarriles de Uzbekistán']]);
  });
  it('silent: a holder named nearer the figure than the demonym (es)', () => {
    const text = 'Alpha Rail ha firmado con Ferrocarriles de Uzbekistán un contrato. Alpha Rail controlará el 49 % del capital de la sociedad uzbeka.';
    expect(stakes(text, 'spa', [['Alpha Rail', 'ORG'], ['Ferrocarriles de Uzbekistán', 'ORG'], ['Alpha Rail', 'ORG', 1], ['uzbeka', 'MISC']], [pct('49 %', 49)])).toEqual([['Alpha Rail']]);
  });
});

describe('a name of two words or more tagged an organisation once is one wherever it stands', () => {
  it('ru: `«Айыл Техника»` tagged MISC in the sentence of the venture is the partner the venture’s later facts take', () => {
    const text = 'Оператором выступит государственная компания «Айыл Техника». В понедельник «Айыл Техника» подписала соглашение о создании совместного предприятия с белорусским производителем «Нёман Агро». На заводе будет создано 220 рабочих мест.';
    const out = run(text, 'rus', [['Айыл Техника', 'ORG'], ['Айыл Техника', 'MISC', 1], ['белорусским', 'MISC'], ['Нёман Агро', 'ORG']], [{ text: '220 рабочих мест', kind: 'count', value: 220, unit: 'job' }]);
    expect(out.find((e) => e[0] === 'agreement')![1]).toEqual(['Айыл Техника', 'Нёман Агро']);
  });
  it('silent: a one-word name (en: `Tekin` a place once, the company elsewhere)', () => {
    const out = run('Alpha Motor signed a deal with Beta Bus. Shipments go to Beta from Alpha Motor.', 'eng', [['Alpha Motor', 'ORG'], ['Beta Bus', 'ORG'], ['Beta', 'MISC'], ['Alpha Motor', 'ORG', 1]]);
    expect(out.find((e) => e[0] === 'agreement')![1]).toEqual(['Alpha Motor', 'Beta Bus']);
  });
});

describe('stakes that split a plant between two organisations make it their joint venture', () => {
  it('fr: `Alvéon détiendra 70 % de la coentreprise, Kolkheti Motors 30 %` — `L’usine` and `Elle emploiera` after it are both partners’', () => {
    const text = "Alvéon a posé lundi à Batoumi la première pierre d'une usine. Alvéon détiendra 70 % de la coentreprise, Kolkheti Motors 30 %. L'usine pourra assembler 8 000 packs par an. Elle emploiera à terme 310 personnes.";
    const mentions: M = [['Alvéon', 'ORG'], ['Batoumi', 'GPE'], ['Alvéon', 'ORG', 1], ['Kolkheti Motors', 'ORG']];
    const numbers: NumberSpec[] = [pct('70 %', 70), pct('30 %', 30), { text: '8 000 packs par an', kind: 'rate', value: 8000, unit: 'pack' }, { text: '310 personnes', kind: 'count', value: 310, unit: 'person' }];
    const out = run(text, 'fra', mentions, numbers);
    expect(out.find((e) => e[0] === 'production_target')!.slice(0, 2)).toEqual(['production_target', ['Alvéon', 'Kolkheti Motors']]);
    expect(out.at(-1)!.slice(0, 2)).toEqual(['jobs', ['Alvéon', 'Kolkheti Motors']]);
  });

  it('en: `Ertis will own 60% of the joint venture and Koltech 40%` — `Construction is scheduled to start in March` is both partners’', () => {
    const text = 'Ertis signed an agreement on Tuesday to build a foundry in Ekibastuz. Ertis will own 60% of the joint venture and Koltech 40%. Construction is scheduled to start in March.';
    const mentions: M = [['Ertis', 'ORG'], ['Ekibastuz', 'GPE'], ['Ertis', 'ORG', 1], ['Koltech', 'ORG']];
    const out = run(text, 'eng', mentions, [pct('60%', 60), pct('40%', 40)]);
    expect(out.at(-1)!.slice(0, 2)).toEqual(['plant_construction', ['Ertis', 'Koltech']]);
  });

  it('silent: the stakes of a venture named in their sentence leave it a company of its own (ru: `принадлежит 51% ХАЗ`)', () => {
    const text = 'ООО «ХАЗ» выпустило 1 140 единиц техники. «Тоджиксаноатмаш» принадлежит 51% ХАЗ, компании Tianlong Motor — 49%. В прошлом году завод собрал 2 610 единиц техники.';
    const mentions: M = [['ХАЗ', 'ORG'], ['Тоджиксаноатмаш', 'ORG'], ['ХАЗ', 'ORG', 1], ['Tianlong Motor', 'ORG']];
    const numbers: NumberSpec[] = [{ text: '1 140 единиц', kind: 'count', value: 1140, unit: 'unit' }, pct('51%', 51), pct('49%', 49), { text: '2 610 единиц', kind: 'count', value: 2610, unit: 'unit' }];
    expect(run(text, 'rus', mentions, numbers).at(-1)![1]).not.toEqual(['Тоджиксаноатмаш', 'Tianlong Motor']);
  });
});

describe('an agreement of two organisations made to create a plant or a venture makes it their joint venture', () => {
  it('es: `un acuerdo para crear una sociedad conjunta en Konya`; `La nueva planta, que empleará …` takes both partners past one partner’s own stake', () => {
    const text = 'Tractores Duero ha firmado con el grupo turco Selçuk Tarım un acuerdo para crear una sociedad conjunta en Konya. Duero tendrá el 50 % del capital y aportará 22 millones de euros. La nueva planta empleará a 260 personas.';
    const mentions: M = [['Tractores Duero', 'ORG'], ['Selçuk Tarım', 'ORG'], ['Konya', 'GPE'], ['Duero', 'ORG', 1]];
    const numbers: NumberSpec[] = [pct('50 %', 50), { text: '22 millones de euros', kind: 'money', value: 22000000, currency: 'EUR' }, { text: '260 personas', kind: 'count', value: 260, unit: 'person' }];
    expect(run(text, 'spa', mentions, numbers).at(-1)).toEqual(['jobs', ['Tractores Duero', 'Selçuk Tarım'], 'Konya']);
  });

  it('en: `signed an agreement with X to build a castings plant in Y`; `The new plant will employ …` takes both partners past one partner’s own investment', () => {
    const text = 'Ertis Wagon Works signed an agreement with Koltech to build a castings plant in Ekibastuz. Ertis will invest $20 million. The new plant will employ 420 people.';
    const mentions: M = [['Ertis Wagon Works', 'ORG'], ['Koltech', 'ORG'], ['Ekibastuz', 'GPE'], ['Ertis', 'ORG', 1]];
    const numbers: NumberSpec[] = [{ text: '$20 million', kind: 'money', value: 20000000, currency: 'USD' }, { text: '420 people', kind: 'count', value: 420, unit: 'person' }];
    expect(run(text, 'eng', mentions, numbers).at(-1)).toEqual(['jobs', ['Ertis Wagon Works', 'Koltech'], 'Ekibastuz']);
  });

  it('silent: an agreement to supply goods makes no venture; the plant of one partner stays its own (en)', () => {
    const text = 'Ertis Wagon Works signed an agreement with Koltech to supply 400 wagons. Ertis will invest $20 million. The plant will employ 420 people.';
    const mentions: M = [['Ertis Wagon Works', 'ORG'], ['Koltech', 'ORG'], ['Ertis', 'ORG', 1]];
    const numbers: NumberSpec[] = [{ text: '400 wagons', kind: 'count', value: 400, unit: 'wagon' }, { text: '$20 million', kind: 'money', value: 20000000, currency: 'USD' }, { text: '420 people', kind: 'count', value: 420, unit: 'person' }];
    expect(run(text, 'eng', mentions, numbers).at(-1)!.slice(0, 2)).toEqual(['jobs', ['Ertis Wagon Works']]);
  });
});

describe('a plural back-reference to the partners is both partners of the venture referred to since', () => {
  it('en: `Hanseong will hold 49% of the venture and Egecell 51%. The two companies aim to produce …`', () => {
    const text = 'Egecell agreed with Hanseong Materials to build a cathode plant in Manisa. Hanseong will hold 49% of the venture and Egecell the remaining 51%. The two companies aim to produce 20,000 tonnes a year.';
    const mentions: M = [['Egecell', 'ORG'], ['Hanseong Materials', 'ORG'], ['Manisa', 'GPE'], ['Hanseong', 'ORG', 1], ['Egecell', 'ORG', 1]];
    const numbers: NumberSpec[] = [pct('49%', 49), pct('51%', 51), { text: '20,000 tonnes a year', kind: 'rate', value: 20000, unit: 'tonne' }];
    expect(run(text, 'eng', mentions, numbers).at(-1)!.slice(0, 2)).toEqual(['production_target', ['Hanseong', 'Egecell']]);
  });

  it('fr: `Alvéon détiendra 70 % de la coentreprise, Kolkheti Motors 30 %. Les partenaires prévoient d’investir …`', () => {
    const text = "Alvéon va construire une usine à Koutaïssi. Alvéon détiendra 70 % de la coentreprise, Kolkheti Motors 30 %. Les partenaires prévoient d'investir 52 millions d'euros.";
    const mentions: M = [['Alvéon', 'ORG'], ['Koutaïssi', 'GPE'], ['Alvéon', 'ORG', 1], ['Kolkheti Motors', 'ORG']];
    const numbers: NumberSpec[] = [pct('70 %', 70), pct('30 %', 30), { text: "52 millions d'euros", kind: 'money', value: 52000000, currency: 'EUR' }];
    expect(run(text, 'fra', mentions, numbers).at(-1)!.slice(0, 2)).toEqual(['investment', ['Alvéon', 'Kolkheti Motors']]);
  });
});
