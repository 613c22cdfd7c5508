/**
 * The clause rules hold in every language pack, not only in the languages the dev articles use:
 * each class of wording in Spanish and French (and Russian or German where a pack lacked the words),
 * with a sentence where the rule must stay silent.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { findReferenceDate } from '../../../pipeline/events/reference.js';
import { build, view, type NumberSpec } from './build.js';

const year = (y: number): NumberSpec => ({ text: String(y), kind: 'year', value: y, date: String(y) });
const all = (input: ReturnType<typeof build>) => view(input, extractEvents(input));
const pick = (input: ReturnType<typeof build>, type: string) => all(input).filter((e) => e.type === type);

describe('packs: starting production (es, fr)', () => {
  it('es `comenzó la producción`, `abre una planta`; fr `la production a démarré`', () => {
    const es = build('Orlan Motors comenzó la producción de autobuses en Samarcanda en 2025.', 'spa', [['Orlan Motors', 'ORG'], ['Samarcanda', 'GPE']], [year(2025)]);
    expect(all(es).map((e) => [e.type, e.actors, e.location, e.time])).toEqual([['plant_launch', ['Orlan Motors'], 'Samarcanda', '2025']]);
    const abre = build('Orlan Motors abre una planta de camiones en Navoi.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], []);
    expect(all(abre).map((e) => [e.type, e.actors, e.location])).toEqual([['plant_launch', ['Orlan Motors'], 'Navoi']]);
    const fr = build('À Almaty, la production de tracteurs de Steppe Agro a démarré en mars.', 'fra', [['Almaty', 'GPE'], ['Steppe Agro', 'ORG']], [
      { text: 'mars', kind: 'date', date: '2026-03' },
    ], '2026-05-01');
    expect(pick(fr, 'plant_launch').map((e) => [e.actors, e.location, e.time])).toEqual([[['Steppe Agro'], 'Almaty', '2026-03']]);
  });

  it('silent: production that goes on is no launch', () => {
    const es = build('Orlan Motors mantiene la producción de autobuses en Samarcanda.', 'spa', [['Orlan Motors', 'ORG'], ['Samarcanda', 'GPE']], []);
    expect(pick(es, 'plant_launch')).toEqual([]);
  });
});

describe('packs: building a plant (es, fr)', () => {
  it('es `está construyendo una planta`; fr `construit une usine`', () => {
    const es = build('Orlan Motors está construyendo una planta de tractores en Termez.', 'spa', [['Orlan Motors', 'ORG'], ['Termez', 'GPE']], []);
    expect(all(es).map((e) => [e.type, e.actors, e.location])).toEqual([['plant_construction', ['Orlan Motors'], 'Termez']]);
    const fr = build('Steppe Agro construit une usine de locomotives à Karaganda.', 'fra', [['Steppe Agro', 'ORG'], ['Karaganda', 'GPE']], []);
    expect(all(fr).map((e) => [e.type, e.actors, e.location])).toEqual([['plant_construction', ['Steppe Agro'], 'Karaganda']]);
  });
});

describe('packs: modality cues (es, fr)', () => {
  it('planned: es `tiene la intención de`, `se propone`, `pronostica`; fr `s’attend à`, `entend`, `table sur`', () => {
    const cases: Array<[string, string, string]> = [
      ['spa', 'Orlan Motors tiene la intención de exportar 800 camiones', '800 camiones'],
      ['spa', 'Orlan Motors se propone exportar 800 camiones', '800 camiones'],
      ['spa', 'Orlan Motors pronostica exportaciones de 800 camiones', '800 camiones'],
      ['fra', 'Steppe Agro s’attend à exporter 800 camions', '800 camions'],
      ['fra', 'Steppe Agro entend exporter 800 camions', '800 camions'],
      ['fra', 'Steppe Agro table sur des exportations de 800 camions', '800 camions'],
    ];
    for (const [lang, text, figure] of cases) {
      const input = build(`${text}.`, lang, [[text.split(' ').slice(0, 2).join(' '), 'ORG']], [{ text: figure, kind: 'count', value: 800, unit: 'truck' }]);
      expect(pick(input, 'export').map((e) => [e.modality, e.quantity]), text).toEqual([['planned', 800]]);
    }
  });

  it('hedged: es `probablemente`, fr `probablement`', () => {
    const es = build('Orlan Motors probablemente exportará 800 camiones.', 'spa', [['Orlan Motors', 'ORG']], [{ text: '800 camiones', kind: 'count', value: 800, unit: 'truck' }]);
    expect(pick(es, 'export').map((e) => e.modality)).toEqual(['hedged']);
    const fr = build('Steppe Agro exportera probablement 800 camions.', 'fra', [['Steppe Agro', 'ORG']], [{ text: '800 camions', kind: 'count', value: 800, unit: 'truck' }]);
    expect(pick(fr, 'export').map((e) => e.modality)).toEqual(['hedged']);
  });

  it('silent: a past fact stays actual', () => {
    const es = build('Orlan Motors exportó 800 camiones en 2025.', 'spa', [['Orlan Motors', 'ORG']], [{ text: '800 camiones', kind: 'count', value: 800, unit: 'truck' }, year(2025)]);
    expect(pick(es, 'export').map((e) => e.modality)).toEqual(['actual']);
    const fr = build('Steppe Agro a exporté 800 camions en 2025.', 'fra', [['Steppe Agro', 'ORG']], [{ text: '800 camions', kind: 'count', value: 800, unit: 'truck' }, year(2025)]);
    expect(pick(fr, 'export').map((e) => e.modality)).toEqual(['actual']);
  });
});

describe('packs: statements in the perfect tense (es, fr)', () => {
  it('es `ha declarado`, `ha señalado`; fr `a assuré`, `a rappelé`', () => {
    const cases: Array<[string, string, string]> = [
      ['spa', 'Las ventas crecerán, ha declarado Lucía Pardo.', 'Lucía Pardo'],
      ['spa', 'Las ventas crecerán, ha señalado Lucía Pardo.', 'Lucía Pardo'],
      ['spa', 'Las ventas crecerán, precisó Lucía Pardo.', 'Lucía Pardo'],
      ['fra', 'Les ventes vont croître, a assuré Claire Morel.', 'Claire Morel'],
      ['fra', 'Les ventes vont croître, a rappelé Claire Morel.', 'Claire Morel'],
    ];
    for (const [lang, text, who] of cases) {
      const input = build(text, lang, [[who, 'PER']], []);
      expect(pick(input, 'statement').map((e) => e.actors), text).toEqual([[who]]);
    }
  });

  it('a title as the speaker stands for the person named with it (es `el alcalde`, fr `le maire`)', () => {
    const es = build('El alcalde Pablo Ruiz visitó la feria de Bujará. El alcalde dijo que las ventas crecerán.', 'spa', [['Pablo Ruiz', 'PER'], ['Bujará', 'GPE']], []);
    expect(pick(es, 'statement').map((e) => e.actors)).toEqual([['Pablo Ruiz']]);
    const fr = build('Le maire Paul Girard a visité la foire de Boukhara. Le maire a déclaré que les ventes allaient croître.', 'fra', [['Paul Girard', 'PER'], ['Boukhara', 'GPE']], []);
    expect(pick(fr, 'statement').map((e) => e.actors)).toEqual([['Paul Girard']]);
  });

  it('silent: the addressee of `dijo a`, `a déclaré à` is no speaker', () => {
    const es = build('Lucía Pardo dijo a Kapital Press que las ventas crecerán.', 'spa', [['Lucía Pardo', 'PER'], ['Kapital Press', 'ORG']], []);
    expect(pick(es, 'statement').map((e) => e.actors)).toEqual([['Lucía Pardo']]);
    const fr = build('Claire Morel a déclaré à Kapital Press que les ventes allaient croître.', 'fra', [['Claire Morel', 'PER'], ['Kapital Press', 'ORG']], []);
    expect(pick(fr, 'statement').map((e) => e.actors)).toEqual([['Claire Morel']]);
  });
});

describe('packs: agreements (es)', () => {
  it('es `suscribieron un memorando`', () => {
    const es = build('Orlan Motors y Steppe Agro suscribieron un memorando en Astaná.', 'spa', [['Orlan Motors', 'ORG'], ['Steppe Agro', 'ORG'], ['Astaná', 'GPE']], []);
    expect(all(es).map((e) => [e.type, e.actors, e.location])).toEqual([['agreement', ['Orlan Motors', 'Steppe Agro'], 'Astaná']]);
  });
});

describe('packs: change rates are attributes, not quantities (es)', () => {
  it('es `crecieron un 25%`, `un aumento del 12%`', () => {
    const es = build('Las exportaciones de Orlan Motors crecieron un 25% en 2025.', 'spa', [['Orlan Motors', 'ORG']], [{ text: '25%', kind: 'percent', value: 25 }, year(2025)]);
    expect(pick(es, 'export').map((e) => e.quantity)).toEqual([null]);
    const del = build('Orlan Motors registró un aumento del 12% en sus ventas.', 'spa', [['Orlan Motors', 'ORG']], [{ text: '12%', kind: 'percent', value: 12 }]);
    expect(pick(del, 'sales').map((e) => e.quantity)).toEqual([null]);
  });

  it('silent: a stake `del 51%` stays the stake', () => {
    const es = build('Orlan Motors adquirió una participación del 51% en Steppe Agro.', 'spa', [['Orlan Motors', 'ORG'], ['Steppe Agro', 'ORG']], [{ text: '51%', kind: 'percent', value: 51 }]);
    expect(pick(es, 'investment').map((e) => e.quantity)).toEqual([51]);
  });
});

describe('packs: a bare participle describes a noun, it states no fact (es, fr)', () => {
  it('es `Los autobuses fabricados en Samarcanda se exportan`; fr `Les camions assemblés à Kostanaï sont exportés`', () => {
    const es = build('Los autobuses fabricados en Samarcanda se exportan a Kazajistán.', 'spa', [['Samarcanda', 'GPE'], ['Kazajistán', 'GPE']], []);
    expect(all(es).map((e) => e.type)).toEqual(['export']);
    const fr = build('Les camions assemblés à Kostanaï sont exportés vers la Russie.', 'fra', [['Kostanaï', 'GPE'], ['Russie', 'GPE']], []);
    expect(all(fr).map((e) => e.type)).toEqual(['export']);
  });

  it('silent: with an auxiliary the participle is the verb', () => {
    const es = build('En 2025 se han fabricado 900 autobuses en Samarcanda.', 'spa', [['Samarcanda', 'GPE']], [year(2025), { text: '900 autobuses', kind: 'count', value: 900, unit: 'bus' }]);
    expect(all(es).map((e) => [e.type, e.quantity, e.location])).toEqual([['production', 900, 'Samarcanda']]);
    const fr = build('En 2025, 900 camions ont été assemblés à Kostanaï.', 'fra', [['Kostanaï', 'GPE']], [year(2025), { text: '900 camions', kind: 'count', value: 900, unit: 'truck' }]);
    expect(all(fr).map((e) => [e.type, e.quantity, e.location])).toEqual([['production', 900, 'Kostanaï']]);
  });
});

describe('packs: deliveries abroad (es, fr)', () => {
  it('es `despachó … a Kazajistán`; fr `a envoyé … vers le Kazakhstan`', () => {
    const es = build('Orlan Motors despachó 300 tractores a Kazajistán.', 'spa', [['Orlan Motors', 'ORG'], ['Kazajistán', 'GPE']], [{ text: '300 tractores', kind: 'count', value: 300, unit: 'tractor' }]);
    expect(all(es).map((e) => [e.type, e.quantity, e.product])).toEqual([['export', 300, 'tractores']]);
    const fr = build('Steppe Agro a envoyé 300 tracteurs vers le Kazakhstan.', 'fra', [['Steppe Agro', 'ORG'], ['Kazakhstan', 'GPE']], [{ text: '300 tracteurs', kind: 'count', value: 300, unit: 'tractor' }]);
    expect(all(fr).map((e) => [e.type, e.quantity, e.product])).toEqual([['export', 300, 'tracteurs']]);
  });

  it('silent: sending without a destination is no export', () => {
    const es = build('Orlan Motors despachó 300 tractores.', 'spa', [['Orlan Motors', 'ORG']], [{ text: '300 tractores', kind: 'count', value: 300, unit: 'tractor' }]);
    expect(pick(es, 'export')).toEqual([]);
  });
});

describe('packs: the company refers back (es `la ensambladora`, ru `холдинг`)', () => {
  it('es `La ensambladora exportará`; ru `Холдинг планирует`', () => {
    const es = build('Orlan Motors abrió una planta en Navoi en 2024. La ensambladora exportará 500 autobuses.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], [
      year(2024), { text: '500 autobuses', kind: 'count', value: 500, unit: 'bus' },
    ]);
    expect(pick(es, 'export').map((e) => [e.actors, e.modality])).toEqual([[['Orlan Motors'], 'planned']]);
    const ru = build('АО «Степь» открыло завод в Костанае в 2024 году. Холдинг планирует экспортировать 500 тракторов.', 'rus', [['Степь', 'ORG'], ['Костанае', 'GPE']], [
      { text: '2024 году', kind: 'year', value: 2024, date: '2024' }, { text: '500 тракторов', kind: 'count', value: 500, unit: 'tractor' },
    ]);
    expect(pick(ru, 'export').map((e) => [e.actors, e.modality])).toEqual([[['Степь'], 'planned']]);
  });
});

describe('packs: capacity and obligation are plans (es, fr)', () => {
  it('es `capaz de producir`, `deberá producir`; fr `conçue pour produire`', () => {
    const es = build('La planta de Orlan Motors en Yizah es capaz de producir 6.000 camiones al año.', 'spa', [['Orlan Motors', 'ORG'], ['Yizah', 'GPE']], [
      { text: '6.000 camiones', kind: 'count', value: 6000, unit: 'truck' },
    ]);
    expect(all(es).map((e) => [e.type, e.quantity])).toEqual([['production_target', 6000]]);
    const debe = build('Orlan Motors deberá producir 6.000 camiones en Yizah.', 'spa', [['Orlan Motors', 'ORG'], ['Yizah', 'GPE']], [{ text: '6.000 camiones', kind: 'count', value: 6000, unit: 'truck' }]);
    expect(all(debe).map((e) => [e.type, e.modality])).toEqual([['production_target', 'planned']]);
    const fr = build('L’usine de Steppe Agro à Pavlodar est conçue pour produire 6 000 camions par an.', 'fra', [['Steppe Agro', 'ORG'], ['Pavlodar', 'GPE']], [
      { text: '6 000 camions', kind: 'count', value: 6000, unit: 'truck' },
    ]);
    expect(all(fr).map((e) => [e.type, e.quantity])).toEqual([['production_target', 6000]]);
  });

  it('silent: a debt (`debe 6 millones`) is no plan', () => {
    const es = build('Orlan Motors produjo 6.000 camiones en 2025 y debe 6 millones de euros a Steppe Agro.', 'spa', [['Orlan Motors', 'ORG'], ['Steppe Agro', 'ORG']], [
      { text: '6.000 camiones', kind: 'count', value: 6000, unit: 'truck' }, year(2025),
    ]);
    expect(pick(es, 'production').map((e) => e.modality)).toEqual(['actual']);
  });
});

describe('packs: a part after a partitive counts what the whole does (es, fr)', () => {
  it('es `de los cuales`, fr `dont`', () => {
    const es = build('Orlan Motors exportó 900 tractores en 2025, de los cuales 300 a Kazajistán.', 'spa', [['Orlan Motors', 'ORG'], ['Kazajistán', 'GPE']], [
      { text: '900 tractores', kind: 'count', value: 900, unit: 'tractor' }, year(2025), { text: '300', kind: 'count', value: 300 },
    ]);
    expect(pick(es, 'export').map((e) => [e.quantity, e.product])).toContainEqual([300, 'tractores']);
    const fr = build('Steppe Agro a exporté 900 tracteurs en 2025, dont 300 vers la Russie.', 'fra', [['Steppe Agro', 'ORG'], ['Russie', 'GPE']], [
      { text: '900 tracteurs', kind: 'count', value: 900, unit: 'tractor' }, year(2025), { text: '300', kind: 'count', value: 300 },
    ]);
    expect(pick(fr, 'export').map((e) => [e.quantity, e.product])).toContainEqual([300, 'tracteurs']);
  });
});

describe('packs: the place of a group of people places them (es, fr)', () => {
  it('es `Las autoridades de Jorezm esperan …`; fr `Les responsables à Khiva estiment …`', () => {
    const es = build('Orlan Motors construye una planta en Urgench. Los funcionarios en Jorezm esperan que la planta emplee a 800 personas.', 'spa', [
      ['Orlan Motors', 'ORG'], ['Urgench', 'GPE'], ['Jorezm', 'GPE'],
    ], [{ text: '800 personas', kind: 'count', value: 800, unit: 'person' }]);
    expect(pick(es, 'jobs').map((e) => e.location)).toEqual(['Urgench']);
    const fr = build('Steppe Agro construit une usine à Urgench. Les responsables à Khiva estiment que l’usine emploiera 800 salariés.', 'fra', [
      ['Steppe Agro', 'ORG'], ['Urgench', 'GPE'], ['Khiva', 'GPE'],
    ], [{ text: '800 salariés', kind: 'count', value: 800, unit: 'person' }]);
    expect(pick(fr, 'jobs').map((e) => e.location)).toEqual(['Urgench']);
  });
});

describe('packs: statements and titles (ru, de)', () => {
  it('ru `уточнил`, `напомнил`, `мэр`; de `ergänzte`, `unterstrich`, `Bürgermeister`', () => {
    const cases: Array<[string, string, string]> = [
      ['rus', 'Продажи вырастут, уточнил Иван Петров.', 'Иван Петров'],
      ['rus', 'Продажи вырастут, напомнил Иван Петров.', 'Иван Петров'],
      ['deu', 'Der Absatz werde steigen, ergänzte Jan Berg.', 'Jan Berg'],
      ['deu', 'Der Absatz werde steigen, unterstrich Jan Berg.', 'Jan Berg'],
    ];
    for (const [lang, text, who] of cases) {
      const input = build(text, lang, [[who, 'PER']], []);
      expect(pick(input, 'statement').map((e) => e.actors), text).toEqual([[who]]);
    }
    const ru = build('Мэр Иван Петров посетил ярмарку в Бухаре. Мэр заявил, что продажи вырастут.', 'rus', [['Иван Петров', 'PER'], ['Бухаре', 'GPE']], []);
    expect(pick(ru, 'statement').map((e) => e.actors)).toEqual([['Иван Петров']]);
    const de = build('Bürgermeister Jan Berg besuchte die Messe in Buchara. Der Bürgermeister sagte, der Absatz werde steigen.', 'deu', [['Jan Berg', 'PER'], ['Buchara', 'GPE']], []);
    expect(pick(de, 'statement').map((e) => e.actors)).toEqual([['Jan Berg']]);
  });
});

describe('packs: the signers of an agreement are parties (es, fr)', () => {
  it('es `firmado por el ministro P y el presidente Q`; fr `signé par`', () => {
    const es = build('El acuerdo entre Orlan Motors y Steppe Agro fue firmado por el ministro Pablo Ruiz y la presidenta Lucía Pardo.', 'spa', [
      ['Orlan Motors', 'ORG'], ['Steppe Agro', 'ORG'], ['Pablo Ruiz', 'PER'], ['Lucía Pardo', 'PER'],
    ], []);
    expect(pick(es, 'agreement').map((e) => e.actors)).toEqual([['Orlan Motors', 'Steppe Agro', 'Pablo Ruiz', 'Lucía Pardo']]);
    const fr = build('L’accord entre Orlan Motors et Steppe Agro a été signé par le ministre Paul Girard et la présidente Claire Morel.', 'fra', [
      ['Orlan Motors', 'ORG'], ['Steppe Agro', 'ORG'], ['Paul Girard', 'PER'], ['Claire Morel', 'PER'],
    ], []);
    expect(pick(fr, 'agreement').map((e) => e.actors)).toEqual([['Orlan Motors', 'Steppe Agro', 'Paul Girard', 'Claire Morel']]);
  });
});

describe('packs: a plant going into operation is a launch (es, fr)', () => {
  it('es `entrará en funcionamiento`, fr `entrera en service`', () => {
    const es = build('La planta de Orlan Motors en Andiján entrará en funcionamiento en 2027.', 'spa', [['Orlan Motors', 'ORG'], ['Andiján', 'GPE']], [year(2027)]);
    expect(all(es).map((e) => [e.type, e.actors, e.location, e.time, e.modality])).toEqual([['plant_launch', ['Orlan Motors'], 'Andiján', '2027', 'planned']]);
    const fr = build('L’usine de Steppe Agro à Pavlodar entrera en service en 2027.', 'fra', [['Steppe Agro', 'ORG'], ['Pavlodar', 'GPE']], [year(2027)]);
    expect(all(fr).map((e) => [e.type, e.actors, e.location, e.time, e.modality])).toEqual([['plant_launch', ['Steppe Agro'], 'Pavlodar', '2027', 'planned']]);
  });

  it('silent: an agreement that enters into force launches nothing', () => {
    const es = build('El acuerdo entre Orlan Motors y Steppe Agro entrará en vigor en 2027.', 'spa', [['Orlan Motors', 'ORG'], ['Steppe Agro', 'ORG']], [year(2027)]);
    expect(pick(es, 'plant_launch')).toEqual([]);
  });
});

describe('packs: discourse words (es)', () => {
  it('`el pasado año` is the year before the reference date; `la automotriz` is the company named before', () => {
    const es = build('Orlan Motors abrió una planta en Navoi. La automotriz exportó 700 autobuses el pasado año.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], [
      { text: '700 autobuses', kind: 'count', value: 700, unit: 'bus' },
    ], '2026-04-02');
    expect(pick(es, 'export').map((e) => [e.actors, e.time, e.product])).toEqual([[['Orlan Motors'], '2025', 'autobuses']]);
  });

  it('`microbuses` and `trolebuses` are buses by their own name; `propiedad de` names an owner, not a participant', () => {
    const es = build('Steppe Agro, propiedad de Orlan Motors, fabricó 400 microbuses en Navoi.', 'spa', [['Steppe Agro', 'ORG'], ['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], [
      { text: '400 microbuses', kind: 'count', value: 400, unit: 'bus' },
    ]);
    expect(all(es).map((e) => [e.type, e.actors, e.product])).toEqual([['production', ['Steppe Agro'], 'microbuses']]);
  });
});

describe('packs: an agreement the lead reports without a place was signed at the dateline', () => {
  it('es `ASTANÁ, 4 de mayo de 2026 – … firmaron un acuerdo`; fr `ASTANA, 4 mai 2026 – … a signé un contrat`', () => {
    const text = 'ASTANÁ, 4 de mayo de 2026 – Orlan Motors y Steppe Agro firmaron el lunes un acuerdo sobre 40 locomotoras.';
    const es = build(text, 'spa', [['ASTANÁ', 'GPE'], ['Orlan Motors', 'ORG'], ['Steppe Agro', 'ORG']], [
      { text: '4 de mayo de 2026', kind: 'date', date: '2026-05-04' }, { text: '40 locomotoras', kind: 'count', value: 40, unit: 'locomotive' },
    ]);
    es.referenceDate = findReferenceDate(text, 'spa', null);
    expect(pick(es, 'agreement').map((e) => [e.actors, e.location])).toEqual([[['Orlan Motors', 'Steppe Agro'], 'ASTANÁ']]);
    const t2 = 'ASTANA, 4 mai 2026 – Steppe Agro a signé lundi avec Orlan Motors un contrat portant sur 40 locomotives.';
    const fr = build(t2, 'fra', [['ASTANA', 'GPE'], ['Steppe Agro', 'ORG'], ['Orlan Motors', 'ORG']], [
      { text: '4 mai 2026', kind: 'date', date: '2026-05-04' }, { text: '40 locomotives', kind: 'count', value: 40, unit: 'locomotive' },
    ]);
    fr.referenceDate = findReferenceDate(t2, 'fra', null);
    expect(pick(fr, 'agreement').map((e) => e.location)).toEqual(['ASTANA']);
  });

  it('silent: an agreement further down keeps no place; one with its own place keeps it', () => {
    const text = 'ASTANA, 4 mai 2026 – Steppe Agro a livré 40 locomotives au Kazakhstan. Orlan Motors a signé un contrat avec Steppe Agro.';
    const fr = build(text, 'fra', [['ASTANA', 'GPE'], ['Steppe Agro', 'ORG'], ['Kazakhstan', 'GPE'], ['Orlan Motors', 'ORG'], ['Steppe Agro', 'ORG', 1]], [
      { text: '4 mai 2026', kind: 'date', date: '2026-05-04' }, { text: '40 locomotives', kind: 'count', value: 40, unit: 'locomotive' },
    ]);
    fr.referenceDate = findReferenceDate(text, 'fra', null);
    expect(pick(fr, 'agreement').map((e) => e.location)).toEqual([null]);
    const t2 = 'ASTANA, 4 mai 2026 – Steppe Agro a signé un contrat avec Orlan Motors à Almaty.';
    const own = build(t2, 'fra', [['ASTANA', 'GPE'], ['Steppe Agro', 'ORG'], ['Orlan Motors', 'ORG'], ['Almaty', 'GPE']], [{ text: '4 mai 2026', kind: 'date', date: '2026-05-04' }]);
    own.referenceDate = findReferenceDate(t2, 'fra', null);
    expect(pick(own, 'agreement').map((e) => e.location)).toEqual(['Almaty']);
  });
});

describe('packs: an increase to a figure makes it the target, in the future too (es, fr)', () => {
  it('es `incrementará su producción hasta 9.000 camiones`; fr `accroîtra sa production à 9 000 camions`', () => {
    const es = build('Orlan Motors produjo 6.000 camiones en 2025 e incrementará la producción hasta 9.000 camiones.', 'spa', [['Orlan Motors', 'ORG']], [
      { text: '6.000 camiones', kind: 'count', value: 6000, unit: 'truck' }, year(2025), { text: '9.000 camiones', kind: 'count', value: 9000, unit: 'truck' },
    ]);
    expect(all(es).map((e) => [e.type, e.quantity])).toEqual([['production', 6000], ['production_target', 9000]]);
    const fr = build('Steppe Agro a produit 6 000 camions en 2025 et accroîtra la production à 9 000 camions.', 'fra', [['Steppe Agro', 'ORG']], [
      { text: '6 000 camions', kind: 'count', value: 6000, unit: 'truck' }, year(2025), { text: '9 000 camions', kind: 'count', value: 9000, unit: 'truck' },
    ]);
    expect(all(fr).map((e) => [e.type, e.quantity])).toEqual([['production', 6000], ['production_target', 9000]]);
  });

  it('silent: a plan cue before the verb still governs it and its coordinated verb (en)', () => {
    const en = build('Acme will build a plant in Izmir and produce 9,000 trucks there.', 'eng', [['Acme', 'ORG'], ['Izmir', 'GPE']], [{ text: '9,000 trucks', kind: 'count', value: 9000, unit: 'truck' }]);
    expect(all(en).map((e) => [e.type, e.modality])).toEqual([['plant_construction', 'planned'], ['production_target', 'planned']]);
  });
});

describe('packs: launches and plans in the wording de and ru packs lacked', () => {
  it('de `Das Werk … ging … in Betrieb`, `rechnet mit`; ru `стартовал выпуск`, `выпуск … начался`, `запланирован`', () => {
    const de = build('Das Werk der Kraft AG in Zwickau ging im März in Betrieb.', 'deu', [['Kraft AG', 'ORG'], ['Zwickau', 'GPE']], [{ text: 'März', kind: 'date', date: '2026-03' }], '2026-05-01');
    expect(all(de).map((e) => [e.type, e.actors, e.location, e.time])).toEqual([['plant_launch', ['Kraft AG'], 'Zwickau', '2026-03']]);
    const plan = build('Die Kraft AG rechnet mit einem Export von 900 Traktoren.', 'deu', [['Kraft AG', 'ORG']], [{ text: '900 Traktoren', kind: 'count', value: 900, unit: 'tractor' }]);
    expect(pick(plan, 'export').map((e) => e.modality)).toEqual(['planned']);
    const ru = build('На заводе «Степь» в Костанае стартовал серийный выпуск тракторов.', 'rus', [['Степь', 'ORG'], ['Костанае', 'GPE']], []);
    expect(all(ru).map((e) => [e.type, e.actors, e.location])).toEqual([['plant_launch', ['Степь'], 'Костанае']]);
    const ru2 = build('Выпуск тракторов на заводе «Степь» в Костанае начался в марте.', 'rus', [['Степь', 'ORG'], ['Костанае', 'GPE']], [{ text: 'марте', kind: 'date', date: '2026-03' }], '2026-05-01');
    expect(pick(ru2, 'plant_launch').map((e) => [e.actors, e.location, e.time])).toEqual([[['Степь'], 'Костанае', '2026-03']]);
    const ru3 = build('Экспорт 900 тракторов АО Степь запланирован на 2027 год.', 'rus', [['Степь', 'ORG']], [{ text: '900 тракторов', kind: 'count', value: 900, unit: 'tractor' }, { text: '2027 год', kind: 'year', value: 2027, date: '2027' }]);
    expect(pick(ru3, 'export').map((e) => e.modality)).toEqual(['planned']);
  });

  it('silent: a plant that keeps running, output that keeps rising', () => {
    const de = build('Das Werk der Kraft AG in Zwickau ist seit 2019 in Betrieb.', 'deu', [['Kraft AG', 'ORG'], ['Zwickau', 'GPE']], [year(2019)]);
    expect(pick(de, 'plant_launch')).toEqual([]);
    const ru = build('Выпуск тракторов на заводе «Степь» вырос на 10%.', 'rus', [['Степь', 'ORG']], [{ text: '10%', kind: 'percent', value: 10 }]);
    expect(pick(ru, 'plant_launch')).toEqual([]);
  });
});

describe('packs: guillemets around a name open no clause (ru)', () => {
  it('`Экспорт тракторов «Степь» запланирован на 2027 год` is planned', () => {
    const ru = build('Экспорт тракторов «Степь» запланирован на 2027 год.', 'rus', [['Степь', 'ORG']], [{ text: '2027 год', kind: 'year', value: 2027, date: '2027' }]);
    expect(pick(ru, 'export').map((e) => e.modality)).toEqual(['planned']);
  });

  it('silent: a quote in guillemets is still its own clause', () => {
    const ru = build('«Мы будем расширять экспорт», — сказал Иван Петров. Завод выпустил 900 тракторов.', 'rus', [['Иван Петров', 'PER']], [{ text: '900 тракторов', kind: 'count', value: 900, unit: 'tractor' }]);
    expect(pick(ru, 'production').map((e) => e.modality)).toEqual(['actual']);
    expect(pick(ru, 'statement').map((e) => e.actors)).toEqual([['Иван Петров']]);
  });
});

describe('packs: a person a source phrase names by title is the source, not a participant (es, ru)', () => {
  it('es `Según el director general de la empresa, X, la producción comenzará`; ru `По словам гендиректора компании X, производство начнётся`', () => {
    const es = build('Orlan Motors abrió una planta en Yizah. Según el director general de la empresa, Rustam Aliev, la producción en serie comenzará en junio.', 'spa', [
      ['Orlan Motors', 'ORG'], ['Yizah', 'GPE'], ['Rustam Aliev', 'PER'],
    ], []);
    expect(pick(es, 'plant_launch').every((e) => !e.actors.includes('Rustam Aliev'))).toBe(true);
    const ru = build('Орлан Моторс открыл завод в Джизаке. По словам гендиректора компании Рустама Алиева, серийное производство начнётся в июне.', 'rus', [
      ['Орлан Моторс', 'ORG'], ['Джизаке', 'GPE'], ['Рустама Алиева', 'PER'],
    ], []);
    expect(pick(ru, 'plant_launch').every((e) => !e.actors.includes('Рустама Алиева'))).toBe(true);
  });

  it('silent: a titled person after a source organisation and a comma acts', () => {
    const es = build('Según Orlan Motors, el director general Rustam Aliev inauguró la planta de Yizah.', 'spa', [['Orlan Motors', 'ORG'], ['Rustam Aliev', 'PER'], ['Yizah', 'GPE']], []);
    expect(pick(es, 'plant_launch').map((e) => e.actors)).toEqual([['Rustam Aliev']]);
  });
});

describe('packs: what a project cost, and the plant named by its town (es, fr, ru)', () => {
  it('fr `Le projet a coûté …` is an actual investment at the plant of `l’usine de Kostanaï`; ru `Проект обошёлся`; es `El proyecto costó`', () => {
    const fr = build('Steppe Agro a lancé la production dans son usine de Kostanaï. Le projet a coûté 35 milliards de tenges.', 'fra', [['Steppe Agro', 'ORG'], ['Kostanaï', 'GPE']], [
      { text: '35 milliards de tenges', kind: 'money', value: 35e9, currency: 'KZT' },
    ]);
    expect(pick(fr, 'investment').map((e) => [e.actors, e.location, e.modality])).toEqual([[['Steppe Agro'], 'Kostanaï', 'actual']]);
    const ru = build('АО «Степь» запустило завод в Костанае. Проект обошёлся в 35 млрд тенге.', 'rus', [['Степь', 'ORG'], ['Костанае', 'GPE']], [
      { text: '35 млрд тенге', kind: 'money', value: 35e9, currency: 'KZT' },
    ]);
    expect(pick(ru, 'investment').map((e) => [e.actors, e.location, e.modality])).toEqual([[['Степь'], 'Костанае', 'actual']]);
    const es = build('Orlan Motors abrió una planta en Yizah. El proyecto costó 120 millones de dólares.', 'spa', [['Orlan Motors', 'ORG'], ['Yizah', 'GPE']], [
      { text: '120 millones de dólares', kind: 'money', value: 120e6, currency: 'USD' },
    ]);
    expect(pick(es, 'investment').map((e) => [e.actors, e.location, e.modality])).toEqual([[['Orlan Motors'], 'Yizah', 'actual']]);
  });

  it('ru `предприятие продало`, `планирует собрать 800 машин`; fr `prévoit d’assembler`', () => {
    const ru = build('В 2025 году предприятие «Степь» продало 1 900 тракторов, а в этом году планирует собрать 2 400.', 'rus', [['Степь', 'ORG']], [
      { text: '2025 году', kind: 'year', value: 2025, date: '2025' }, { text: '1 900 тракторов', kind: 'count', value: 1900, unit: 'tractor' }, { text: '2 400', kind: 'count', value: 2400 },
    ]);
    expect(all(ru).map((e) => [e.type, e.quantity])).toEqual([['sales', 1900], ['production_target', 2400]]);
    const fr = build('Steppe Agro prévoit d’assembler 800 tracteurs cette année.', 'fra', [['Steppe Agro', 'ORG']], [{ text: '800 tracteurs', kind: 'count', value: 800, unit: 'tractor' }]);
    expect(all(fr).map((e) => [e.type, e.quantity])).toEqual([['production_target', 800]]);
  });

  it('silent: a joint venture of two countries belongs to both', () => {
    const fr = build("La coentreprise du Kazakhstan et de l'Ouzbékistan a investi 40 millions d'euros.", 'fra', [['Kazakhstan', 'GPE'], ['Ouzbékistan', 'GPE']], [
      { text: "40 millions d'euros", kind: 'money', value: 40e6, currency: 'EUR' },
    ]);
    expect(pick(fr, 'investment').map((e) => e.money?.value)).toEqual([40e6]);
  });
});

describe('packs: the maker named after `maker of <product>` is a company, not a brand (es, fr)', () => {
  it('es `El fabricante de tractores Orlan Motors no fabricará autobuses`; fr `Le fabricant de tracteurs Steppe Agro produira des bus`', () => {
    const es = build('El fabricante de tractores Orlan Motors no fabricará autobuses en Navoi. La compañía podría vender 500 tractores en Kirguistán.', 'spa', [
      ['Orlan Motors', 'ORG'], ['Navoi', 'GPE'], ['Kirguistán', 'GPE'],
    ], [{ text: '500 tractores', kind: 'count', value: 500, unit: 'tractor' }]);
    expect(all(es).map((e) => [e.type, e.actors, e.product, e.modality])).toEqual([
      ['production', ['Orlan Motors'], 'autobuses', 'negated'], ['sales', ['Orlan Motors'], 'tractores', 'hedged'],
    ]);
    const fr = build('Le fabricant de tracteurs Steppe Agro produira des bus à Navoi.', 'fra', [['Steppe Agro', 'ORG'], ['Navoi', 'GPE']], []);
    expect(all(fr).map((e) => [e.actors, e.product])).toEqual([[['Steppe Agro'], 'bus']]);
  });

  it('silent: a brand right after its product noun stays the product', () => {
    const es = build('Orlan Motors ensambló 900 tractores Zarya en Navoi.', 'spa', [['Orlan Motors', 'ORG'], ['Zarya', 'ORG'], ['Navoi', 'GPE']], [{ text: '900 tractores', kind: 'count', value: 900, unit: 'tractor' }]);
    expect(all(es).map((e) => e.actors)).toEqual([['Orlan Motors']]);
  });
});

describe('packs: de `nach Kasachstan ausführen`, `Das Projekt kostete`', () => {
  it('a delivery abroad and a project’s cost', () => {
    const de = build('Die Kraft AG will 400 Traktoren nach Kasachstan ausführen.', 'deu', [['Kraft AG', 'ORG'], ['Kasachstan', 'GPE']], [{ text: '400 Traktoren', kind: 'count', value: 400, unit: 'tractor' }]);
    expect(all(de).map((e) => [e.type, e.quantity, e.modality])).toEqual([['export', 400, 'planned']]);
    const cost = build('Die Kraft AG eröffnete ein Werk in Zwickau. Das Projekt kostete 60 Millionen Euro.', 'deu', [['Kraft AG', 'ORG'], ['Zwickau', 'GPE']], [
      { text: '60 Millionen Euro', kind: 'money', value: 60e6, currency: 'EUR' },
    ]);
    expect(pick(cost, 'investment').map((e) => [e.actors, e.location, e.money?.value])).toEqual([[['Kraft AG'], 'Zwickau', 60e6]]);
  });

  it('silent: `Arbeiten ausführen` without a destination is no export', () => {
    const de = build('Die Kraft AG wird die Arbeiten in Zwickau ausführen.', 'deu', [['Kraft AG', 'ORG'], ['Zwickau', 'GPE']], []);
    expect(pick(de, 'export')).toEqual([]);
  });
});

describe('packs: the addressee of a verb of telling is no participant (es, fr `tellVerbs`)', () => {
  it('es `dijo a Trend`, fr `a déclaré à Trend`: `the company` still means the company named before', () => {
    const es = build('Orlan Motors abrió una planta en Navoi. Lucía Pardo dijo a Trend que la empresa exportará 800 camiones.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE'], ['Lucía Pardo', 'PER'], ['Trend', 'ORG']], [
      { text: '800 camiones', kind: 'count', value: 800, unit: 'truck' },
    ]);
    expect(pick(es, 'export').map((e) => e.actors)).toEqual([['Orlan Motors']]);
    const fr = build('Steppe Agro a ouvert une usine à Almaty. Claire Morel a déclaré à Trend. La société exportera 800 camions.', 'fra', [['Steppe Agro', 'ORG'], ['Almaty', 'GPE'], ['Claire Morel', 'PER'], ['Trend', 'ORG']], [
      { text: '800 camions', kind: 'count', value: 800, unit: 'truck' },
    ]);
    expect(pick(fr, 'export').map((e) => e.actors)).toEqual([['Steppe Agro']]);
  });

  it('silent: a name that is the subject of what was said stays the actor', () => {
    const es = build('Orlan Motors abrió una planta en Navoi. Lucía Pardo dijo que Trend exportará 800 camiones.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE'], ['Lucía Pardo', 'PER'], ['Trend', 'ORG']], [
      { text: '800 camiones', kind: 'count', value: 800, unit: 'truck' },
    ]);
    expect(pick(es, 'export').map((e) => e.actors)).toEqual([['Trend']]);
  });
});

describe('packs: a process noun in a compound is a modifier (`compoundHeads`, `compoundHeadsBefore`)', () => {
  const trucks = (text: string, lang: string, figure: string) => build(text, lang, [], [{ text: figure, kind: 'count', value: 800, unit: 'truck' }]);
  it('head before, with the genitive: fr `ligne de production`, es `costes de producción`, ru `линия по производству`', () => {
    expect(all(trucks('La ligne de production de 800 camions est prête.', 'fra', '800 camions'))).toEqual([]);
    expect(all(trucks('Los costes de producción de 800 camiones subieron.', 'spa', '800 camiones'))).toEqual([]);
    expect(all(trucks('Линия по производству 800 грузовиков готова.', 'rus', '800 грузовиков'))).toEqual([]);
  });

  it('head after: ru adjective `экспортные пошлины`, tr `ihracat pazarları`', () => {
    expect(all(trucks('Экспортные пошлины на 800 грузовиков выросли.', 'rus', '800 грузовиков'))).toEqual([]);
    const tr = build('Şirketin ihracat pazarları 12 ülkeye ulaştı.', 'tur', [], [{ text: '12 ülkeye', kind: 'count', value: 12, unit: 'country' }]);
    expect(all(tr)).toEqual([]);
  });

  it('silent: the process noun itself, or with a genitive complement, is the fact', () => {
    expect(all(trucks('La production de 800 camions est prévue.', 'fra', '800 camions')).map((e) => [e.type, e.quantity])).toEqual([['production_target', 800]]);
    expect(all(trucks('La producción de 800 camiones está prevista.', 'spa', '800 camiones')).map((e) => [e.type, e.quantity])).toEqual([['production_target', 800]]);
    expect(all(trucks('Экспорт компании составил 800 грузовиков.', 'rus', '800 грузовиков')).map((e) => [e.type, e.quantity])).toEqual([['export', 800]]);
    expect(all(trucks('Şirketin ihracatı 800 kamyona ulaştı.', 'tur', '800 kamyona')).map((e) => [e.type, e.quantity])).toEqual([['export', 800]]);
  });
});

describe('packs: wanting and dating ahead are plan cues (es, fr, as en `wants to`, de `will`, `bis`/`ab 2027`)', () => {
  it('es `queremos`, `hasta 2028`, `a partir de 2027`; fr `veut`, `voulons`, `à partir de 2027`', () => {
    const cases: Array<[string, string, string]> = [
      ['spa', 'Queremos exportar 800 camiones', '800 camiones'],
      ['spa', 'Orlan Motors exporta 800 camiones hasta 2028', '800 camiones'],
      ['spa', 'Orlan Motors exporta 800 camiones a partir de 2027', '800 camiones'],
      ['fra', 'Steppe Agro veut exporter 800 camions', '800 camions'],
      ['fra', 'Nous voulons exporter 800 camions', '800 camions'],
      ['fra', 'Steppe Agro exporte 800 camions à partir de 2027', '800 camions'],
    ];
    for (const [lang, text, figure] of cases) {
      const org = /^(?:Orlan Motors|Steppe Agro)/u.exec(text)?.[0];
      const input = build(`${text}.`, lang, org ? [[org, 'ORG']] : [], [{ text: figure, kind: 'count', value: 800, unit: 'truck' }]);
      expect(pick(input, 'export').map((e) => [e.modality, e.quantity]), text).toEqual([['planned', 800]]);
    }
  });

  it('silent: a year without the cue leaves a present fact actual', () => {
    const es = build('Orlan Motors exporta 800 camiones en 2025.', 'spa', [['Orlan Motors', 'ORG']], [{ text: '800 camiones', kind: 'count', value: 800, unit: 'truck' }, year(2025)]);
    expect(pick(es, 'export').map((e) => e.modality)).toEqual(['actual']);
    const fr = build('Steppe Agro exporte 800 camions en 2025.', 'fra', [['Steppe Agro', 'ORG']], [{ text: '800 camions', kind: 'count', value: 800, unit: 'truck' }, year(2025)]);
    expect(pick(fr, 'export').map((e) => e.modality)).toEqual(['actual']);
  });
});

describe('packs: a classifying modifier stays in the product (en on a par with es/fr `maquinaria agrícola`, `machines agricoles`)', () => {
  it('en `agricultural machinery`, `passenger cars`; es, fr', () => {
    const en = build('Steppe Agro produces agricultural machinery in Kostanay.', 'eng', [['Steppe Agro', 'ORG'], ['Kostanay', 'GPE']], []);
    expect(all(en).map((e) => [e.type, e.product])).toEqual([['production', 'agricultural machinery']]);
    const cars = build('The passenger cars are produced in Andijan.', 'eng', [['Andijan', 'GPE']], []);
    expect(all(cars).map((e) => [e.type, e.product])).toEqual([['production', 'passenger cars']]);
    const es = build('Steppe Agro produce maquinaria agrícola en Kostanái.', 'spa', [['Steppe Agro', 'ORG'], ['Kostanái', 'GPE']], []);
    expect(all(es).map((e) => [e.type, e.product])).toEqual([['production', 'maquinaria agrícola']]);
    const fr = build('Steppe Agro produit des machines agricoles à Kostanaï.', 'fra', [['Steppe Agro', 'ORG'], ['Kostanaï', 'GPE']], []);
    expect(all(fr).map((e) => [e.type, e.product])).toEqual([['production', 'machines agricoles']]);
  });

  it('silent: the bare noun stays the bare noun (`machinery`, `cars`)', () => {
    const en = build('Steppe Agro produces machinery and 5,000 cars in Kostanay.', 'eng', [['Steppe Agro', 'ORG'], ['Kostanay', 'GPE']], [
      { text: '5,000 cars', kind: 'count', value: 5000, unit: 'car' },
    ]);
    expect(all(en).map((e) => [e.type, e.quantity, e.product])).toEqual([['production', 5000, 'cars']]);
    const bare = build('Steppe Agro produces machinery in Kostanay.', 'eng', [['Steppe Agro', 'ORG'], ['Kostanay', 'GPE']], []);
    expect(all(bare).map((e) => [e.type, e.product])).toEqual([['production', 'machinery']]);
  });
});

describe('packs: a lead statement given to a medium (`tellVerbs` + a name) is not placed at the dateline', () => {
  const said = (text: string, lang: string, mentions: Array<[string, 'GPE' | 'ORG' | 'PER']>, date: NumberSpec) => {
    const input = build(text, lang, mentions, [date]);
    input.referenceDate = findReferenceDate(text, lang, null);
    return pick(input, 'statement').map((e) => [e.actors, e.location]);
  };
  it('en `told Trend`, fr `a déclaré à l’agence Kazinform`, es `dijo a la agencia Kazinform`', () => {
    const feb5 = { text: 'Feb. 5, 2026', kind: 'date', date: '2026-02-05' } as const;
    expect(said('BAKU, Feb. 5, 2026. Alpha Motors will double its output this year, chairman John Smith told Trend on Thursday.', 'eng', [['BAKU', 'GPE'], ['Alpha Motors', 'ORG'], ['John Smith', 'PER']], feb5)).toEqual([[['John Smith'], null]]);
    const mai4 = { text: '4 mai 2026', kind: 'date', date: '2026-05-04' } as const;
    expect(said("ASTANA, 4 mai 2026 – Alpha Motors doublera sa production cette année, a déclaré à l'agence Kazinform son directeur Paul Martin.", 'fra', [['ASTANA', 'GPE'], ['Alpha Motors', 'ORG'], ['Paul Martin', 'PER']], mai4)).toEqual([[['Paul Martin', 'Alpha Motors'], null]]);
    const mayo4 = { text: '4 de mayo de 2026', kind: 'date', date: '2026-05-04' } as const;
    expect(said('ASTANÁ, 4 de mayo de 2026 – Alpha Motors duplicará su producción este año, dijo a la agencia Kazinform su director Pablo Ruiz.', 'spa', [['ASTANÁ', 'GPE'], ['Alpha Motors', 'ORG'], ['Pablo Ruiz', 'PER']], mayo4)).toEqual([[['Pablo Ruiz', 'Alpha Motors'], null]]);
  });

  it('ru `сообщил в четверг агентству Trend председатель правления «Азермаша» Эмин Ахундов`: the speaker counted from the medium, with the organisation of his post', () => {
    const feb5 = { text: '5 февраля 2026 года', kind: 'date', date: '2026-02-05' } as const;
    const text = 'БАКУ, 5 февраля 2026 года. Совместный автомобильный завод перешёл к производству полного цикла, сообщил в четверг агентству Trend председатель правления «Азермаша» Эмин Ахундов.';
    expect(said(text, 'rus', [['БАКУ', 'GPE'], ['Trend', 'ORG'], ['Азермаша', 'ORG'], ['Эмин Ахундов', 'PER']], feb5)).toEqual([[['Азермаша', 'Эмин Ахундов'], null]]);
    // silent: no medium between, a speaker too far after the verb is nobody's
    const far = 'БАКУ, 5 февраля 2026 года. Совместный автомобильный завод перешёл к производству полного цикла, сообщил в четверг на пресс-конференции для журналистов и представителей отрасли председатель правления Эмин Ахундов.';
    expect(said(far, 'rus', [['БАКУ', 'GPE'], ['Эмин Ахундов', 'PER']], feb5)).toEqual([]);
  });

  it('silent: said with no medium keeps the dateline place (en, fr)', () => {
    const feb5 = { text: 'Feb. 5, 2026', kind: 'date', date: '2026-02-05' } as const;
    expect(said('BAKU, Feb. 5, 2026. Alpha Motors will double its output this year, chairman John Smith said on Thursday.', 'eng', [['BAKU', 'GPE'], ['Alpha Motors', 'ORG'], ['John Smith', 'PER']], feb5)).toEqual([[['John Smith'], 'BAKU']]);
    const mai4 = { text: '4 mai 2026', kind: 'date', date: '2026-05-04' } as const;
    expect(said('ASTANA, 4 mai 2026 – Alpha Motors doublera sa production cette année, a déclaré son directeur Paul Martin.', 'fra', [['ASTANA', 'GPE'], ['Alpha Motors', 'ORG'], ['Paul Martin', 'PER']], mai4)).toEqual([[['Paul Martin', 'Alpha Motors'], 'ASTANA']]);
  });
});

describe('packs: ru wording of wire desks (`начнёт сборку`, `пришлось N% поставок`, `в Асаке Андижанской области`)', () => {
  it('`начнёт` with ё starts production; a share of deliveries is a sales figure; a region after a town only places the town', () => {
    const launch = build('Во втором полугодии 2027 года компания UzAuto Motors начнёт сборку электрической версии Onix.', 'rus', [['UzAuto Motors', 'ORG'], ['Onix', 'PRODUCT']], []);
    expect(pick(launch, 'plant_launch').map((e) => e.actors)).toEqual([['UzAuto Motors']]);
    const share = build('На Chevrolet Onix, который собирают на заводе компании UzAuto Motors в Асаке Андижанской области, пришлось 58% поставок.', 'rus',
      [['Chevrolet Onix', 'PRODUCT'], ['UzAuto Motors', 'ORG'], ['Асаке', 'GPE'], ['Андижанской области', 'GPE']], [{ text: '58%', kind: 'percent', value: 58 }]);
    expect(pick(share, 'sales').map((e) => [e.actors, e.quantity, e.unit])).toEqual([[['UzAuto Motors'], 58, 'percent']]);
    expect(pick(share, 'production').map((e) => [e.actors, e.location])).toEqual([[['UzAuto Motors'], 'Асаке']]);
  });

  it('silent: `пришлось` without a share of sales, places joined by `и`', () => {
    const delay = build('Компании UzAuto Motors пришлось отложить запуск на 20%.', 'rus', [['UzAuto Motors', 'ORG']], [{ text: '20%', kind: 'percent', value: 20 }]);
    expect(pick(delay, 'sales')).toEqual([]);
    const both = build('UzAuto Motors поставит 1 100 автобусов в Казахстан и Кыргызстан.', 'rus', [['UzAuto Motors', 'ORG'], ['Казахстан', 'GPE'], ['Кыргызстан', 'GPE']], [{ text: '1 100 автобусов', kind: 'count', value: 1100, unit: 'bus' }]);
    expect(pick(both, 'export').map((e) => [e.actors, e.location])).toEqual([[['UzAuto Motors'], null]]);
  });
});

describe('packs: ru attending an occasion is a visit; a hyphenated title stands for the person named with it', () => {
  it('`в церемонии приняла участие статс-секретарь X`; `Статс-секретарь, которая, несмотря на …, не состоит …, назвала` is X', () => {
    const text = 'С немецкой стороны в церемонии приняла участие статс-секретарь Катрин Хофман. Статс-секретарь, которая, несмотря на одинаковую фамилию, не состоит в родстве с владельцами, назвала проект «важным сигналом».';
    const input = build(text, 'rus', [['немецкой', 'MISC'], ['Катрин Хофман', 'PER']], []);
    expect(all(input).map((e) => [e.type, e.actors])).toEqual([['visit', ['Катрин Хофман']], ['statement', ['Катрин Хофман']]]);
  });

  it('silent: taking part in talks is no visit; another hyphenated title is somebody else', () => {
    const talks = build('Катрин Хофман приняла участие в переговорах.', 'rus', [['Катрин Хофман', 'PER']], []);
    expect(pick(talks, 'visit')).toEqual([]);
    const other = build('В церемонии приняла участие статс-секретарь Катрин Хофман. Пресс-секретарь заявила, что проект важен.', 'rus', [['Катрин Хофман', 'PER']], []);
    expect(pick(other, 'statement')).toEqual([]);
  });
});

describe('packs: Spanish wire wording (es)', () => {
  it('first person plural in quotes (`produjimos`), `ha costado`, `trabajan en`, `asistió a`', () => {
    const q = build('«Solo en enero produjimos 1.140 coches», dijo Pablo Ruiz.', 'spa', [['Pablo Ruiz', 'PER']], [{ text: '1.140 coches', kind: 'count', value: 1140, unit: 'car' }]);
    expect(pick(q, 'production').map((e) => [e.quantity, e.unit])).toEqual([[1140, 'car']]);
    const cost = build('Orlan Motors dijo que el proyecto ha costado 96 millones de euros.', 'spa', [['Orlan Motors', 'ORG']], [{ text: '96 millones de euros', kind: 'money', value: 96e6, currency: 'EUR' }]);
    expect(pick(cost, 'investment').map((e) => e.money)).toEqual([{ value: 96e6, currency: 'EUR' }]);
    const work = build('Unas 1.350 personas trabajan ahora en la planta de Orlan Motors.', 'spa', [['Orlan Motors', 'ORG']], [{ text: '1.350 personas', kind: 'count', value: 1350, unit: 'person' }]);
    expect(pick(work, 'jobs').map((e) => [e.quantity, e.unit])).toEqual([[1350, 'person']]);
    const visit = build('La ministra Ana Ruiz asistió a la ceremonia en Navoi.', 'spa', [['Ana Ruiz', 'PER'], ['Navoi', 'GPE']], []);
    expect(pick(visit, 'visit').map((e) => [e.actors, e.location])).toEqual([[['Ana Ruiz'], 'Navoi']]);
  });

  it('silent: `trabajará a plena capacidad` employs nobody; `montó una empresa` assembles nothing; `la firma` is a company', () => {
    expect(pick(build('La planta de Orlan Motors trabajará a plena capacidad en 2027.', 'spa', [['Orlan Motors', 'ORG']], [year(2027)]), 'jobs')).toEqual([]);
    expect(pick(build('Pablo Ruiz montó una empresa de software en Navoi.', 'spa', [['Pablo Ruiz', 'PER'], ['Navoi', 'GPE']], []), 'production')).toEqual([]);
    expect(pick(build('La firma alemana Orlan Motors abrió una oficina en Navoi.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], []), 'agreement')).toEqual([]);
  });

  it('`comenzará además a ensamblar` starts production; `comenzará a negociar` does not', () => {
    const es = build('Orlan Motors comenzará además a ensamblar autobuses eléctricos en 2027.', 'spa', [['Orlan Motors', 'ORG']], [year(2027)]);
    expect(pick(es, 'plant_launch').map((e) => [e.actors, e.time])).toEqual([[['Orlan Motors'], '2027']]);
    expect(pick(build('Orlan Motors comenzará a negociar con proveedores en 2027.', 'spa', [['Orlan Motors', 'ORG']], [year(2027)]), 'plant_launch')).toEqual([]);
  });

  it('`ha pasado del montaje SKD a la producción de ciclo completo` starts a stage of production; `pasó a la historia` does not', () => {
    const es = build('La planta de Orlan Motors en Navoi ha pasado del montaje SKD a la producción de ciclo completo.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], []);
    expect(pick(es, 'plant_launch').map((e) => [e.actors, e.location])).toEqual([[['Orlan Motors'], 'Navoi']]);
    expect(pick(build('La planta de Orlan Motors pasó a la historia en 2020.', 'spa', [['Orlan Motors', 'ORG']], [year(2020)]), 'plant_launch')).toEqual([]);
  });

  it('a company\'s seat is no site (`con sede en`), and the subject over that apposition keeps its partner after the verb', () => {
    const es = build('Orlan Motors, con sede en Navoi, construye junto con Steppe Agro una planta de tractores en Termez.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE'], ['Steppe Agro', 'ORG'], ['Termez', 'GPE']], []);
    expect(pick(es, 'plant_construction').map((e) => [e.actors, e.location])).toEqual([[['Orlan Motors', 'Steppe Agro'], 'Termez']]);
    // silent: a plant in the place is sited there
    const site = build('Orlan Motors construye en Navoi una planta de tractores.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], []);
    expect(pick(site, 'plant_construction').map((e) => [e.actors, e.location])).toEqual([[['Orlan Motors'], 'Navoi']]);
  });

  it('a name after `la planta de automóviles` is the plant, no brand; a nationality after a company noun is no company', () => {
    const es = build('Allur es propietaria de la planta de automóviles Saryarka AvtoProm en Kostanái, que ensambló 74.350 vehículos en 2025.', 'spa', [['Allur', 'ORG'], ['Saryarka AvtoProm', 'ORG'], ['Kostanái', 'GPE']], [
      { text: '74.350 vehículos', kind: 'count', value: 74350, unit: 'car' }, year(2025),
    ]);
    expect(pick(es, 'production').map((e) => [e.actors, e.location, e.quantity])).toEqual([[['Saryarka AvtoProm'], 'Kostanái', 74350]]);
    // silent: `los fabricantes alemanes` names no company (the nationality stays MISC, no actor)
    const de = build('Los fabricantes alemanes exportaron 800 tractores a Kazajistán.', 'spa', [['alemanes', 'MISC'], ['Kazajistán', 'GPE']], [{ text: '800 tractores', kind: 'count', value: 800, unit: 'tractor' }]);
    expect(pick(de, 'export').map((e) => e.actors)).toEqual([[]]);
  });

  it('`informó este jueves su holding matriz, Uzavtosanoat`: the organisation in the apposition reports the facts, no statement (a statement needs a person), and the attribution dates none of them', () => {
    const es = build('Orlan Motors prevé elevar su producción a 450.000 unidades este año, informó este jueves su holding matriz, Kapital Holding.', 'spa', [['Orlan Motors', 'ORG'], ['Kapital Holding', 'ORG']], [
      { text: '450.000 unidades', kind: 'count', value: 450000, unit: 'car' },
    ], '2026-01-22');
    expect(pick(es, 'statement')).toEqual([]);
    expect(pick(es, 'production_target').map((e) => [e.actors, e.time])).toEqual([[['Orlan Motors'], '2026']]);
  });

  it('`este martes` is a day of the current week (the dateline\'s own day, else past unless the verb is future); a day in a clause of saying dates no fact', () => {
    const ref = '2026-03-03'; // a Tuesday
    const dated = (text: string, mentions: Parameters<typeof build>[2], numbers: NumberSpec[]) => {
      const input = build(text, 'spa', mentions, numbers, ref);
      input.referenceDate = findReferenceDate(text, 'spa', ref);
      return input;
    };
    const said = dated('Orlan Motors produjo el año pasado 520.000 vehículos, según informó este martes la compañía.', [['Orlan Motors', 'ORG']], [
      { text: '520.000 vehículos', kind: 'count', value: 520000, unit: 'car' },
    ]);
    expect(pick(said, 'production').map((e) => e.time)).toEqual(['2025']);
    const signed = dated('Orlan Motors firmó este martes un acuerdo con Steppe Agro.', [['Orlan Motors', 'ORG'], ['Steppe Agro', 'ORG']], []);
    expect(pick(signed, 'agreement').map((e) => e.time)).toEqual(['2026-03-03']);
    const visit = dated('La ministra Ana Ruiz visitó este lunes la planta de Orlan Motors.', [['Ana Ruiz', 'PER'], ['Orlan Motors', 'ORG']], []);
    expect(pick(visit, 'visit').map((e) => e.time)).toEqual(['2026-03-02']);
    // silent: a future verb looks ahead
    const opens = dated('Orlan Motors inaugurará este viernes una fábrica en Navoi.', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], []);
    expect(pick(opens, 'plant_launch').map((e) => e.time)).toEqual(['2026-03-06']);
  });

  it('a title with its portfolio stands for the person last named with it (`La secretaria de Estado, que …, habló de`)', () => {
    const es = build('Asistió la secretaria de Estado Ana Ruiz. La secretaria de Estado, que visitaba la región, habló de una señal importante.', 'spa', [['Ana Ruiz', 'PER']], []);
    expect(pick(es, 'statement').map((e) => e.actors)).toEqual([['Ana Ruiz']]);
    // silent: a title named before no person stands for nobody
    expect(pick(build('La secretaria de Estado, que visitaba la región, habló de una señal importante.', 'spa', [], []), 'statement')).toEqual([]);
  });

  it('spending a sum is an investment (`destinará 200 millones de euros`, `ha desembolsado`); posting people is not', () => {
    const es = build('Orlan Motors destinará 200 millones de euros a ampliar su fábrica de Navoi.', 'spa', [['Orlan Motors', 'ORG'], ['Navoi', 'GPE']], [{ text: '200 millones de euros', kind: 'money', value: 2e8, currency: 'EUR' }]);
    expect(pick(es, 'investment').map((e) => [e.actors, e.money])).toEqual([[['Orlan Motors'], { value: 2e8, currency: 'EUR' }]]);
    expect(all(build('El ministerio destinó a la región a tres funcionarios.', 'spa', [], []))).toEqual([]);
  });

  it('`la empresa conjunta de Hajigabul` is the venture\'s site, no actor', () => {
    const es = build('La empresa conjunta de Navoi aportará el 35 % de la producción en 2026.', 'spa', [['Navoi', 'GPE']], [{ text: '35 %', kind: 'percent', value: 35 }, year(2026)]);
    expect(all(es).map((e) => [e.actors, e.location])).toEqual([[[], 'Navoi']]);
  });

  it('a title, then the name between commas, then the verb: the named person speaks, with the organisation of the title', () => {
    const es = build('El director gerente de Orlan Motors, Pablo Ruiz, anunció que la empresa abrirá una oficina.', 'spa', [['Orlan Motors', 'ORG'], ['Pablo Ruiz', 'PER']], []);
    expect(pick(es, 'statement').map((e) => e.actors)).toEqual([['Pablo Ruiz', 'Orlan Motors']]);
    const en = build('The head of Orlan Motors, Anna Lee, said the company would open an office.', 'eng', [['Orlan Motors', 'ORG'], ['Anna Lee', 'PER']], []);
    expect(pick(en, 'statement').map((e) => e.actors)).toEqual([['Anna Lee', 'Orlan Motors']]);
    // silent: a list of places between commas names no speaker
    expect(pick(build('En Navoi, Samarcanda, los analistas dijeron que el mercado crecerá.', 'spa', [['Navoi', 'GPE'], ['Samarcanda', 'GPE']], []), 'statement')).toEqual([]);
  });
});
