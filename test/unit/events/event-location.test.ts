/**
 * Where an event happens (pipeline/events/index.ts `baseDraft`, pipeline/events/discourse.ts): a place
 * attaches to the trigger it belongs to, and the dateline's place is a fact's only where the fact is there.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { findReferenceDate } from '../../../pipeline/events/reference.js';
import type { EntityType } from '../../../pipeline/types.js';
import { build, view, type NumberSpec } from './build.js';

type M = Array<[string, EntityType, number?]>;
const count = (text: string, value: number, unit: string): NumberSpec => ({ text, kind: 'count', value, unit });

/** [type, actors, location] of each event, the dateline read as the pipeline reads it. */
function run(text: string, language: string, mentions: M, numbers: NumberSpec[] = []) {
  const input = build(text, language, mentions, numbers);
  input.referenceDate = findReferenceDate(text, language, null);
  return view(input, extractEvents(input)).map((e) => [e.type, e.actors, e.location]);
}

describe('a zone named after the town describes the site the body gave first', () => {
  it('es, de: `Parque Industrial de Mingachevir`, `Industriepark Kutaissi` after the town are the town', () => {
    const es = 'Carrocerías Moncayo ha puesto en marcha una planta en la ciudad de Mingachevir. La fábrica, situada en el Parque Industrial de Mingachevir, tiene capacidad para 400 autobuses al año.';
    expect(run(es, 'spa', [['Carrocerías Moncayo', 'ORG'], ['Mingachevir', 'GPE'], ['Parque Industrial de Mingachevir', 'LOC']], [{ text: '400 autobuses al año', kind: 'rate', value: 400, unit: 'bus' }]).at(-1)![2]).toBe('Mingachevir');
    const de = 'Bergmann Achstechnik hat in Kutaissi ein Werk eröffnet. Das Werk im Industriepark Kutaissi beschäftigt 300 Mitarbeiter.';
    expect(run(de, 'deu', [['Bergmann Achstechnik', 'ORG'], ['Kutaissi', 'GPE'], ['Industriepark Kutaissi', 'LOC']], [count('300 Mitarbeiter', 300, 'person')]).at(-1)![2]).toBe('Kutaissi');
  });

  it('silent: the zone the body names first stays, over the town in the headline (en)', () => {
    const text = 'Car plant in Hajigabul moves to full production\n\nBAKU, Feb. 5, 2026. The plant in the Hajigabul Industrial District opened in 2025. The Hajigabul plant produced 1,140 cars in January.';
    const mentions: M = [['Hajigabul', 'GPE'], ['BAKU', 'GPE'], ['Hajigabul Industrial District', 'LOC'], ['Hajigabul', 'GPE', 2]];
    expect(run(text, 'eng', mentions, [count('1,140 cars', 1140, 'car')]).at(-1)![2]).toBe('Hajigabul Industrial District');
  });
});

describe('a joint venture an agreement is made to create is a plant of its parties at its site', () => {
  it('es, fr: `un acuerdo para crear una empresa conjunta en Konya`, `une entreprise commune à Kokchetaou`; `la nueva planta` after it', () => {
    const es = 'Tractores Duero ha firmado con Selçuk Tarım un acuerdo para crear una empresa conjunta en Konya. La nueva planta empleará a 260 personas.';
    expect(run(es, 'spa', [['Tractores Duero', 'ORG'], ['Selçuk Tarım', 'ORG'], ['Konya', 'GPE']], [count('260 personas', 260, 'person')]).at(-1)).toEqual(['jobs', ['Tractores Duero', 'Selçuk Tarım'], 'Konya']);
    const fr = 'Semavia a signé avec Yessil Agro un accord pour créer une entreprise commune à Kokchetaou. La nouvelle usine emploiera 150 personnes.';
    expect(run(fr, 'fra', [['Semavia', 'ORG'], ['Yessil Agro', 'ORG'], ['Kokchetaou', 'GPE']], [count('150 personnes', 150, 'person')]).at(-1)).toEqual(['jobs', ['Semavia', 'Yessil Agro'], 'Kokchetaou']);
  });

  it('silent: `la empresa` is the company itself, whose site is no joint venture it shares (es)', () => {
    const es = 'Tractores Duero ha firmado con Selçuk Tarım un acuerdo para crear una empresa conjunta en Konya. La empresa nombró en enero directora de operaciones a Lucía Ferrández.';
    expect(run(es, 'spa', [['Tractores Duero', 'ORG'], ['Selçuk Tarım', 'ORG'], ['Konya', 'GPE'], ['Lucía Ferrández', 'PER']]).at(-1)![2]).toBeNull();
  });
});

describe('an appointment is placed in its own clause', () => {
  it('es, ru: a place in an apposition on the person’s former post is not the appointment’s', () => {
    const es = 'Qazaq Avto Group nombró en diciembre directora de exportaciones a Aigerim Bekova, hasta entonces responsable de ventas en Rusia.';
    expect(run(es, 'spa', [['Qazaq Avto Group', 'ORG'], ['Aigerim Bekova', 'PER'], ['Rusia', 'GPE']]).map((e) => [e[0], e[2]])).toEqual([['appointment', null]]);
    const ru = 'В феврале главным инженером ХАЗ был назначен Ли Вэй, ранее руководивший сборкой в Синьцзяне.';
    expect(run(ru, 'rus', [['ХАЗ', 'ORG'], ['Ли Вэй', 'PER'], ['Синьцзяне', 'GPE']]).map((e) => e[2])).toEqual([null]);
  });

  it('en, fr: the site of the plant or company the post is at is not the appointment’s place', () => {
    const en = 'Hyundai opened a plant in Chennai. The company appointed Kim Lee as its general director in March.';
    expect(run(en, 'eng', [['Hyundai', 'ORG'], ['Chennai', 'GPE'], ['Kim Lee', 'PER']]).find((e) => e[0] === 'appointment')![2]).toBeNull();
    const fr = 'Semavia a inauguré une usine à Kokchetaou. La direction du site a été confiée en juillet à Arman Beketov, nommé directeur général.';
    expect(run(fr, 'fra', [['Semavia', 'ORG'], ['Kokchetaou', 'GPE'], ['Arman Beketov', 'PER']]).find((e) => e[0] === 'appointment')![2]).toBeNull();
  });

  it('silent: a place in the appointment’s own clause stays (en)', () => {
    const en = 'UzAuto Motors appointed John Smith in Tashkent as chief executive in March.';
    expect(run(en, 'eng', [['UzAuto Motors', 'ORG'], ['John Smith', 'PER'], ['Tashkent', 'GPE']]).map((e) => e[2])).toEqual(['Tashkent']);
  });
});

describe('the lead’s agreement is signed at the dateline only where the article tells no other signing place', () => {
  it('en, es: `The contract was signed on Tuesday in Tashkent`, `El contrato se firmó el lunes en Taskent`', () => {
    const en = 'ISTANBUL, Nov. 4, 2026 (Reuters) - Tekin Motor Sanayi has signed a contract with Chirchiq Avtobus to supply 4,000 engines. The contract was signed on Tuesday in Tashkent.';
    const out = run(en, 'eng', [['ISTANBUL', 'GPE'], ['Tekin Motor Sanayi', 'ORG'], ['Chirchiq Avtobus', 'ORG'], ['Tashkent', 'GPE']], [count('4,000 engines', 4000, 'engine')]);
    expect(out.filter((e) => e[0] === 'agreement').map((e) => e[2])).toEqual([null, 'Tashkent']);
    const es = 'Madrid, 3 mar 2027 (EFE).- CAF ha firmado con Ferrocarriles de Uzbekistán un contrato para el suministro de 40 locomotoras. Además, el contrato se firmó el lunes en Taskent junto a un memorando de mantenimiento.';
    const outEs = run(es, 'spa', [['Madrid', 'GPE'], ['CAF', 'ORG'], ['Ferrocarriles de Uzbekistán', 'ORG'], ['Taskent', 'GPE']], [count('40 locomotoras', 40, 'locomotive')]);
    expect(outEs.filter((e) => e[0] === 'agreement').every((e) => e[2] !== 'Madrid')).toBe(true);
  });

  it('silent: with no other signing place the lead’s agreement is placed at the dateline (en)', () => {
    const en = 'ASTANA, June 3, 2026 - Alstom signed a contract with KTZ on Tuesday to deliver 120 locomotives by 2029.';
    const out = run(en, 'eng', [['ASTANA', 'GPE'], ['Alstom', 'ORG'], ['KTZ', 'ORG']], [count('120 locomotives', 120, 'locomotive')]);
    expect(out.filter((e) => e[0] === 'agreement').map((e) => e[2])).toEqual(['ASTANA']);
  });
});

describe('a plant named after its town is at that town, whatever name the article then gives it', () => {
  const cars = (text: string, value: number, unit = 'bus'): NumberSpec => ({ text, kind: 'count', value, unit });
  it('ru, en: the short name in brackets (`(СамАвто)`, `(SamAuto)`) and the name in quotes (`ООО «Худжандский автосборочный завод»`)', () => {
    const ru = 'Самаркандский автомобильный завод (СамАвто) в 2026 году планирует произвести 3 200 автобусов. В Самарканде также строится новый цех окраски.';
    const outRu = run(ru, 'rus', [['Самаркандский автомобильный завод', 'ORG'], ['СамАвто', 'ORG'], ['Самарканде', 'GPE']], [cars('3 200 автобусов', 3200), { text: '2026 году', kind: 'year', value: 2026, date: '2026' }]);
    expect(outRu[0]).toEqual(['production_target', ['СамАвто'], 'Самарканде']);
    const en = 'Samarkand Automobile Plant (SamAuto) plans to produce 3,200 buses in 2026. A new paint shop is being built in Samarkand.';
    const outEn = run(en, 'eng', [['Samarkand Automobile Plant', 'ORG'], ['SamAuto', 'ORG'], ['Samarkand', 'GPE', 1]], [cars('3,200 buses', 3200), { text: '2026', kind: 'year', value: 2026, date: '2026' }]);
    expect(outEn[0]).toEqual(['production_target', ['SamAuto'], 'Samarkand']);
    const quoted = 'ООО «Худжандский автосборочный завод» (ХАЗ) выпустило 1 140 единиц техники. Предприятие расположено на окраине Худжанда.';
    expect(run(quoted, 'rus', [['Худжандский автосборочный завод', 'ORG'], ['ХАЗ', 'ORG'], ['Худжанда', 'GPE']], [cars('1 140 единиц техники', 1140, 'machine')])[0]![2]).toBe('Худжанда');
  });

  it('silent: a company not named after a town the article names has no site from its name (en)', () => {
    const en = 'Uzbek Automobile Plant (UzAP) plans to produce 3,200 buses in 2026. A new paint shop is being built in Samarkand.';
    expect(run(en, 'eng', [['Uzbek Automobile Plant', 'ORG'], ['UzAP', 'ORG'], ['Samarkand', 'GPE']], [cars('3,200 buses', 3200)])[0]![2]).toBeNull();
  });
});

describe('a stake is a share of the enterprise the article is about', () => {
  const pct = (text: string, value: number): NumberSpec => ({ text, kind: 'percent', value, unit: 'percent' });
  it('en, es: a holder with no plant of its own takes the latest plant’s site', () => {
    const en = 'Ordabasy Motors opened a bus factory in Shymkent. Turan Holding owns 51% of Ordabasy Motors.';
    expect(run(en, 'eng', [['Ordabasy Motors', 'ORG'], ['Shymkent', 'GPE'], ['Turan Holding', 'ORG'], ['Ordabasy Motors', 'ORG', 1]], [pct('51%', 51)]).at(-1)![2]).toBe('Shymkent');
    const es = 'Ordabasy Motors ha inaugurado una fábrica de autobuses en Shymkent. Turan Holding controla el 51 % de Ordabasy Motors.';
    expect(run(es, 'spa', [['Ordabasy Motors', 'ORG'], ['Shymkent', 'GPE'], ['Turan Holding', 'ORG'], ['Ordabasy Motors', 'ORG', 1]], [pct('51 %', 51)]).at(-1)![2]).toBe('Shymkent');
  });

  it('silent: with no plant in the article the stake has no site (en)', () => {
    expect(run('Turan Holding owns 51% of Ordabasy Motors.', 'eng', [['Turan Holding', 'ORG'], ['Ordabasy Motors', 'ORG']], [pct('51%', 51)]).at(-1)![2]).toBeNull();
  });
});

describe('a locative pronoun for the plant named before is its site', () => {
  const people = (text: string, value: number): NumberSpec => ({ text, kind: 'count', value, unit: 'person' });
  it('es, ru: `Trabajan en ella 180 personas`, `На нём будет создано 220 рабочих мест` after another company’s fact', () => {
    const es = 'Carrocerías Moncayo ha inaugurado una planta en Mingachevir. Azermash vendió 300 chasis en 2026. Trabajan en ella 180 personas.';
    expect(run(es, 'spa', [['Carrocerías Moncayo', 'ORG'], ['Mingachevir', 'GPE'], ['Azermash', 'ORG']], [count('300 chasis', 300, 'chassis'), people('180 personas', 180)]).at(-1)![2]).toBe('Mingachevir');
    const ru = 'Компания «Агромаш» открыла завод в Костанае. «Казтрак» продал 300 двигателей в 2026 году. На нём будет создано 220 рабочих мест.';
    expect(run(ru, 'rus', [['Агромаш', 'ORG'], ['Костанае', 'GPE'], ['Казтрак', 'ORG']], [count('300 двигателей', 300, 'engine'), count('220 рабочих мест', 220, 'job')]).at(-1)![2]).toBe('Костанае');
  });

  it('silent: a place of the sentence’s own stays (es)', () => {
    const es = 'Carrocerías Moncayo ha inaugurado una planta en Mingachevir. En su fábrica de Zaragoza trabajan en ella 940 personas.';
    expect(run(es, 'spa', [['Carrocerías Moncayo', 'ORG'], ['Mingachevir', 'GPE'], ['Zaragoza', 'GPE']], [people('940 personas', 940)]).at(-1)![2]).toBe('Zaragoza');
  });
});

describe('a plant is placed by a verb of location between it and its place (pack `located`)', () => {
  it('es, fr: `cuya planta se encuentra en Samarcanda`, `dont l’usine est située à Vitry`; a later fact at the plant takes the place', () => {
    const es = 'Samarqand Kuzov, cuya planta se encuentra en Samarcanda, suministra cabinas a fabricantes de camiones. En la fábrica trabajan 520 personas.';
    expect(run(es, 'spa', [['Samarqand Kuzov', 'ORG'], ['Samarcanda', 'GPE']], [count('520 personas', 520, 'person')]).at(-1)).toEqual(['jobs', ['Samarqand Kuzov'], 'Samarcanda']);
    const fr = 'Semavia, dont l’usine est située à Vitry, fabrique des semoirs. L’usine emploie 300 personnes.';
    expect(run(fr, 'fra', [['Semavia', 'ORG'], ['Vitry', 'GPE']], [count('300 personnes', 300, 'person')]).at(-1)).toEqual(['jobs', ['Semavia'], 'Vitry']);
  });

  it('silent: a place after the verb in another clause does not place the plant (de)', () => {
    const de = 'Das Werk von Voltrak steht vor dem Aus, sagte ein Sprecher in Berlin. Im Werk arbeiten 300 Menschen.';
    expect(run(de, 'deu', [['Voltrak', 'ORG'], ['Berlin', 'GPE']], [count('300 Menschen', 300, 'person')]).at(-1)![2]).toBeNull();
  });
});
