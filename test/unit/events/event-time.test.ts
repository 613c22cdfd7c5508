/**
 * Which time a fact takes from its sentence (issue 18, requirement 3): a time belongs to the fact of
 * its own clause, and relative wordings resolve against the article's reference date
 * (bench/articles/orig-*).
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { findReferenceDate } from '../../../pipeline/events/reference.js';
import { build, view, type NumberSpec } from './build.js';

const year = (y: number): NumberSpec => ({ text: String(y), kind: 'year', value: y, date: String(y) });
const count = (text: string, value: number, unit: string): NumberSpec => ({ text, kind: 'count', value, unit });
const money = (text: string, value: number, currency: string): NumberSpec => ({ text, kind: 'money', value, currency });
const times = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.time]);
const jobsTime = (input: ReturnType<typeof build>) => times(input).filter((e) => e[0] === 'jobs').map((e) => e[2]);

describe('a headcount is dated only by a time of its own figure’s clause', () => {
  it('en: a year of the capacity before a comma does not date the jobs after it', () => {
    const text = 'The plant is designed to turn out 1,200 combine harvesters a year from 2028, creating about 650 jobs.';
    expect(jobsTime(build(text, 'eng', [], [{ text: '1,200 combine harvesters a year', kind: 'rate', value: 1200, unit: 'combine' }, year(2028), count('650 jobs', 650, 'job')], '2026-03-16'))).toEqual([null]);
  });
  it('de: a year of the main clause does not date the workforce of a relative clause', () => {
    const text = 'Der Umsatz des Unternehmens, das insgesamt 2.650 Mitarbeiter beschäftigt, sank 2025 auf 412 Millionen Euro.';
    expect(jobsTime(build(text, 'deu', [], [count('2.650 Mitarbeiter', 2650, 'employee'), year(2025), money('412 Millionen Euro', 412e6, 'EUR')], '2026-11-19'))).toEqual([null]);
  });
  it('fr: a deadline of a coordinated verb phrase does not date the jobs (`d’ici 2028 et permettre la création de 150 emplois`)', () => {
    const text = "Il doit porter la capacité de production de 80 à 110 rames par an d'ici 2028 et permettre la création de 150 emplois.";
    expect(jobsTime(build(text, 'fra', [], [{ text: '110 rames par an', kind: 'rate', value: 110, unit: 'tram' }, year(2028), count('150 emplois', 150, 'job')], '2026-09-29'))).toEqual([null]);
  });
  it('es: a relative year of another clause does not date the workforce (`donde emplea a 940 personas, Moncayo carrozó el año pasado`)', () => {
    const text = 'En su fábrica de Zaragoza, donde emplea a 940 personas, Moncayo carrozó el año pasado 1.180 autobuses.';
    expect(jobsTime(build(text, 'spa', [['Zaragoza', 'GPE'], ['Moncayo', 'ORG']], [count('940 personas', 940, 'person'), count('1.180 autobuses', 1180, 'bus')], '2027-04-14'))).toEqual([null]);
  });
  it('silent: a workforce target and its deadline in one clause (en, es)', () => {
    const en = 'Korkmaz said the Manisa workforce should grow to 2,000 people by 2029.';
    expect(jobsTime(build(en, 'eng', [['Korkmaz', 'PER'], ['Manisa', 'GPE']], [count('2,000 people', 2000, 'person'), year(2029)], '2027-03-10'))).toEqual(['2029']);
    const es = 'Trabajan en ella 180 personas y la plantilla llegará a 350 personas en 2029.';
    expect(jobsTime(build(es, 'spa', [], [count('180 personas', 180, 'person'), count('350 personas', 350, 'person'), year(2029)], '2027-04-14'))).toEqual([null, '2029']);
  });
});

describe('a coachbuilder’s bodying of vehicles is their production, dated by its clause', () => {
  it('es, fr: `carrozó el año pasado 1.180 autobuses`, `a carrossé l’an dernier 1 180 autobus`', () => {
    const es = 'En su fábrica de Zaragoza, donde emplea a 940 personas, Moncayo carrozó el año pasado 1.180 autobuses.';
    expect(times(build(es, 'spa', [['Zaragoza', 'GPE'], ['Moncayo', 'ORG']], [count('940 personas', 940, 'person'), count('1.180 autobuses', 1180, 'bus')], '2027-04-14'))).toContainEqual(['production', 1180, '2026']);
    const fr = "Dans son usine de Saragosse, Moncayo a carrossé l'an dernier 1 180 autobus.";
    expect(times(build(fr, 'fra', [['Saragosse', 'GPE'], ['Moncayo', 'ORG']], [count('1 180 autobus', 1180, 'bus')], '2027-04-14'))).toContainEqual(['production', 1180, '2026']);
  });
  it('silent: the body maker’s noun (`fabricante de carrocerías`) is no production', () => {
    const es = 'El fabricante aragonés de carrocerías para autobuses Carrocerías Moncayo tiene su sede en Zaragoza.';
    expect(times(build(es, 'spa', [['Carrocerías Moncayo', 'ORG'], ['Zaragoza', 'GPE']], [], '2027-04-14'))).toEqual([]);
  });
});

describe('a start told in the present names the next such period where the one named is already over', () => {
  const date = (text: string, iso: string): NumberSpec => ({ text, kind: 'date', date: iso });
  it('de, en: `Die Lieferungen nach Bursa beginnen im ersten Quartal` (November 2026), `Shipments to Georgia begin in March` (May 2027)', () => {
    const de = 'Die Lieferungen nach Bursa beginnen im ersten Quartal.';
    expect(times(build(de, 'deu', [['Bursa', 'GPE']], [date('ersten Quartal', '2026-01/2026-03')], '2026-11-19'))).toEqual([['export', null, '2027-01/2027-03']]);
    const en = 'Shipments to Georgia begin in March.';
    expect(times(build(en, 'eng', [['Georgia', 'GPE']], [date('March', '2027-03')], '2027-05-12')).map((e) => e[2])).toEqual(['2028-03']);
  });
  it('silent: a period not yet over (de), and a start told in the past (en)', () => {
    const de = 'Der Bau des Werks beginnt im zweiten Quartal.';
    expect(times(build(de, 'deu', [], [date('zweiten Quartal', '2026-04/2026-06')], '2026-03-16')).map((e) => e[2])).toEqual(['2026-04/2026-06']);
    const en = 'Deliveries to Georgia began in March.';
    expect(times(build(en, 'eng', [['Georgia', 'GPE']], [date('March', '2027-03')], '2027-05-12')).map((e) => e[2])).toEqual(['2027-03']);
  });
});

describe('the end of this year, or this whole year, is the document year', () => {
  it('en, es: `before the end of the year` (September 2026), `antes de que acabe el año` (February 2027)', () => {
    const en = 'The new line is expected to produce its first 60 wagons before the end of the year.';
    expect(times(build(en, 'eng', [], [count('60 wagons', 60, 'wagon')], '2026-09-08')).map((e) => e[2])).toEqual(['2026']);
    const es = 'Tractores Duero prevé empezar a ensamblar sus tractores en Turquía antes de que acabe el año.';
    expect(times(build(es, 'spa', [['Tractores Duero', 'ORG'], ['Turquía', 'GPE']], [], '2027-02-25')).map((e) => e[2])).toEqual(['2027']);
  });
  it('de, ru: `bis Ende des Jahres`, `до конца года`', () => {
    const de = 'Bis Ende des Jahres sollen in Kutaissi 2.000 Achsen vom Band laufen.';
    expect(times(build(de, 'deu', [['Kutaissi', 'GPE']], [count('2.000 Achsen', 2000, 'axle')], '2026-11-19')).map((e) => e[2])).toEqual(['2026']);
    const ru = 'Завод выпустит первые 60 машин до конца года.';
    expect(times(build(ru, 'rus', [], [count('60 машин', 60, 'car')], '2027-03-05')).map((e) => e[2])).toEqual(['2027']);
  });
  it('silent: the end of a year written out (en)', () => {
    const en = 'The new line is expected to produce 600 wagons by the end of 2028.';
    expect(times(build(en, 'eng', [], [count('600 wagons', 600, 'wagon'), { text: 'end of 2028', kind: 'date', date: '2028' }], '2026-09-08')).map((e) => e[2])).toEqual(['2028']);
  });
});

describe('a relative year in the clause of another figure dates that figure, not the capacity of the clause before', () => {
  const rate = (text: string, value: number, unit: string): NumberSpec => ({ text, kind: 'rate', value, unit });
  it('es, en: `capacidad para 400 autobuses al año, aunque este año solo saldrán unas 150 unidades`', () => {
    const es = 'La planta tiene capacidad para 400 autobuses al año, aunque este año solo saldrán de sus líneas 150 autobuses.';
    const got = times(build(es, 'spa', [], [rate('400 autobuses al año', 400, 'bus'), count('150 autobuses', 150, 'bus')], '2027-04-14'));
    expect(got.find((e) => e[1] === 400)?.[2]).toBeNull();
    // silent: the figure of the relative year's own clause keeps it
    expect(got.find((e) => e[1] === 150)?.[2]).toBe('2027');
    const en = 'The plant has capacity for 400 buses a year, although this year it will build only 150 buses.';
    const got2 = times(build(en, 'eng', [], [rate('400 buses a year', 400, 'bus'), count('150 buses', 150, 'bus')], '2027-04-14'));
    expect(got2.find((e) => e[1] === 400)?.[2]).toBeNull();
    expect(got2.find((e) => e[1] === 150)?.[2]).toBe('2027');
  });
});

describe('raising a building is its construction, and the start it names is the construction’s, not the investment’s', () => {
  it('es: `la empresa levanta desde octubre una segunda nave de montaje …, con una inversión de …`', () => {
    const es = 'Para atender la demanda, la empresa levanta desde octubre una segunda nave de montaje junto a la actual, con una inversión de 96.000 millones de tenges.';
    const got = times(build(es, 'spa', [], [{ text: 'octubre', kind: 'date', date: '2026-10' }, money('96.000 millones de tenges', 96e9, 'KZT')], '2027-01-13'));
    expect(got.filter((e) => e[0] === 'plant_construction' || e[0] === 'investment')).toEqual([['plant_construction', null, '2026-10'], ['investment', null, null]]);
    const es2 = 'Qazaq Avto Group levantó en marzo una nueva planta en Kostanái.';
    expect(times(build(es2, 'spa', [['Qazaq Avto Group', 'ORG'], ['Kostanái', 'GPE']], [{ text: 'marzo', kind: 'date', date: '2026-03' }], '2027-01-13'))).toEqual([['plant_construction', null, '2026-03']]);
  });
  it('silent: lifting a ban is no construction', () => {
    const es = 'El Gobierno levanta en marzo la prohibición de importar camiones usados.';
    expect(times(build(es, 'spa', [], [{ text: 'marzo', kind: 'date', date: '2027-03' }], '2027-01-13')).filter((e) => e[0] === 'plant_construction')).toEqual([]);
  });
});

describe('a time in the clause of a fact’s own figure is the fact’s, whichever of its verbs the fact was read from', () => {
  it('ru: `Tianlong Motor, выпускающая грузовики …, в 2026 году произвела 38 тыс. машин и экспортировала …`', () => {
    const ru = 'Tianlong Motor, выпускающая грузовики на заводе в Урумчи, в 2026 году произвела 38 тыс. машин и экспортировала около четверти продукции в страны Центральной Азии.';
    const got = times(build(ru, 'rus', [['Tianlong Motor', 'ORG'], ['Урумчи', 'GPE'], ['Центральной Азии', 'LOC']], [{ text: '2026 году', kind: 'year', value: 2026, date: '2026' }, count('38 тыс. машин', 38000, 'car')], '2027-05-20'));
    expect(got.find((e) => e[0] === 'production')).toEqual(['production', 38000, '2026']);
  });
  it('silent: a time in the clause of another fact stays that fact’s (ru)', () => {
    const ru = 'На заводе строится новый цех, который должен заработать в конце 2027 года.';
    const got = times(build(ru, 'rus', [], [{ text: 'конце 2027 года', kind: 'date', date: '2027' }], '2026-05-20'));
    expect(got.find((e) => e[0] === 'plant_construction')?.[2] ?? null).toBeNull();
  });
});

describe('a part of the figure told before (`из этого числа`, `of this number`) takes its period', () => {
  it('ru, en: across a paragraph break', () => {
    const ru = 'ХАЗ в январе–апреле 2027 года выпустил 1 140 грузовиков.\n\nПо его словам, 410 самосвалов из этого числа отправлены на экспорт, в основном в Афганистан.';
    const got = times(build(ru, 'rus', [['ХАЗ', 'ORG'], ['Афганистан', 'GPE']], [{ text: 'январе–апреле 2027 года', kind: 'date', date: '2027-01/2027-04' }, count('1 140 грузовиков', 1140, 'truck'), count('410 самосвалов', 410, 'truck')], '2027-05-20'));
    expect(got.find((e) => e[0] === 'export')).toEqual(['export', 410, '2027-01/2027-04']);
    const en = 'Ordabasy built 1,140 trucks in January-April.\n\nOf this number, 410 trucks went for export, mainly to Afghanistan.';
    const got2 = times(build(en, 'eng', [['Ordabasy', 'ORG'], ['Afghanistan', 'GPE']], [count('1,140 trucks', 1140, 'truck'), { text: 'January-April', kind: 'date', date: '2027-01/2027-04' }, count('410 trucks', 410, 'truck')], '2027-05-20'));
    expect(got2.find((e) => e[0] === 'export')).toEqual(['export', 410, '2027-01/2027-04']);
  });
  it('silent: a figure of its own, with no partitive, in another paragraph', () => {
    const ru = 'ХАЗ в январе–апреле 2027 года выпустил 1 140 грузовиков.\n\nПо его словам, 410 самосвалов отправлены на экспорт, в основном в Афганистан.';
    const got = times(build(ru, 'rus', [['ХАЗ', 'ORG'], ['Афганистан', 'GPE']], [{ text: 'январе–апреле 2027 года', kind: 'date', date: '2027-01/2027-04' }, count('1 140 грузовиков', 1140, 'truck'), count('410 самосвалов', 410, 'truck')], '2027-05-20'));
    expect(got.find((e) => e[0] === 'export')).toEqual(['export', 410, null]);
  });
});

const dated = (text: string, language: string, mentions: Parameters<typeof build>[2], numbers: NumberSpec[] = []) => {
  const input = build(text, language, mentions, numbers);
  input.referenceDate = findReferenceDate(text, language, null);
  return view(input, extractEvents(input)).map((e) => [e.type, e.time]);
};

describe('a person’s statement right after the lead goes on with the saying the lead dates', () => {
  it('en, fr: `…, the Georgian manufacturer said on Monday. …, Managing Director Levan Kiknadze told reporters.`', () => {
    const en = 'TBILISI, September 8, 2026 /Trend/ - Rustavi Wagon has signed a contract to supply 300 wagons to ADY, the Georgian manufacturer said on Monday.\n\nThe wagons will be built in Rustavi, Managing Director Levan Kiknadze told reporters.';
    const got = dated(en, 'eng', [['TBILISI', 'GPE'], ['Rustavi Wagon', 'ORG'], ['ADY', 'ORG'], ['Rustavi', 'GPE'], ['Levan Kiknadze', 'PER']], [{ text: 'September 8, 2026', kind: 'date', date: '2026-09-08' }, count('300 wagons', 300, 'wagon')]);
    expect(got.filter((e) => e[0] === 'statement').map((e) => e[1])).toContain('2026-09-07');
    const fr = "TACHKENT, 22 janvier 2026 (AFP) - UzAuto Motors a produit 412 600 véhicules en 2025, a annoncé jeudi sa maison mère, la holding Uzavtosanoat.\n\n« Les exportations ont atteint 61 200 voitures », a déclaré à la presse Zumrad Shahdjalilova, porte-parole d'UzAvtoSanoat JSC.";
    const got2 = dated(fr, 'fra', [['TACHKENT', 'GPE'], ['UzAuto Motors', 'ORG'], ['Uzavtosanoat', 'ORG'], ['Zumrad Shahdjalilova', 'PER'], ['UzAvtoSanoat JSC', 'ORG']], [{ text: '22 janvier 2026', kind: 'date', date: '2026-01-22' }, count('412 600 véhicules', 412600, 'car'), { text: '2025', kind: 'year', value: 2025, date: '2025' }, count('61 200 voitures', 61200, 'car')]);
    expect(got2.filter((e) => e[0] === 'statement').map((e) => e[1])).toEqual(['2026-01-22']);
  });
  it('silent: a lead whose saying names no day (en)', () => {
    const en = 'TBILISI, September 8, 2026 /Trend/ - Rustavi Wagon has signed a contract to supply 300 wagons to ADY, the Georgian manufacturer said.\n\nThe wagons will be built in Rustavi, Managing Director Levan Kiknadze told reporters.';
    const got = dated(en, 'eng', [['TBILISI', 'GPE'], ['Rustavi Wagon', 'ORG'], ['ADY', 'ORG'], ['Rustavi', 'GPE'], ['Levan Kiknadze', 'PER']], [{ text: 'September 8, 2026', kind: 'date', date: '2026-09-08' }, count('300 wagons', 300, 'wagon')]);
    expect(got.filter((e) => e[0] === 'statement' && e[1] !== null).length).toBeLessThanOrEqual(1);
    expect(got.filter((e) => e[0] === 'statement').at(-1)?.[1] ?? null).toBeNull();
  });
});

describe('a saying’s month nearer another fact’s trigger is that fact’s', () => {
  it('ru, fr: `сообщил назначенный в декабре генеральным директором Баходир Собиров`, `a déclaré Bakhodir Sobirov nommé directeur général en décembre`', () => {
    const ru = 'Производитель инвестирует 120 млн долларов в новую линию, сообщил назначенный в декабре генеральным директором предприятия Баходир Собиров.';
    const got = times(build(ru, 'rus', [['Баходир Собиров', 'PER']], [money('120 млн долларов', 120e6, 'USD'), { text: 'декабре', kind: 'date', date: '2025-12' }], '2026-01-22'));
    expect(got.filter((e) => e[0] === 'statement').map((e) => e[2])).toEqual([null]);
    expect(got.find((e) => e[0] === 'appointment')?.[2]).toBe('2025-12');
    const fr = "Le motoriste investira 120 millions de dollars, a déclaré Bakhodir Sobirov nommé directeur général en décembre.";
    const got2 = times(build(fr, 'fra', [['Bakhodir Sobirov', 'PER']], [money('120 millions de dollars', 120e6, 'USD'), { text: 'décembre', kind: 'date', date: '2025-12' }], '2026-01-22'));
    expect(got2.filter((e) => e[0] === 'statement').map((e) => e[2])).toEqual([null]);
  });
  it('silent: a month beside the saying verb (de)', () => {
    const de = 'Der Motorenhersteller will 120 Millionen Dollar investieren, sagte Generaldirektor Bachodir Sobirow im Dezember.';
    const got = times(build(de, 'deu', [['Bachodir Sobirow', 'PER']], [money('120 Millionen Dollar', 120e6, 'USD'), { text: 'Dezember', kind: 'date', date: '2025-12' }], '2026-01-22'));
    expect(got.filter((e) => e[0] === 'statement').map((e) => e[2])).toEqual(['2025-12']);
  });
});

describe('a season with no written year is of the document year', () => {
  it('de, es: `Im Sommer hatte … ein Werk in Rustawi eröffnet` (November 2026), `inauguró en verano una planta` (October 2027)', () => {
    const de = 'Im Sommer hatte bereits ein bayerischer Kabelhersteller ein Werk in Rustawi eröffnet.';
    expect(times(build(de, 'deu', [['Rustawi', 'GPE']], [], '2026-11-19'))).toEqual([['plant_launch', null, '2026']]);
    const es = 'Tractores Duero inauguró en verano una planta en Konya.';
    expect(times(build(es, 'spa', [['Tractores Duero', 'ORG'], ['Konya', 'GPE']], [], '2027-10-04'))).toEqual([['plant_launch', null, '2027']]);
  });
  it('silent: a season of a written year (en)', () => {
    const en = 'Acme opened a plant in Konya in the summer of 2018.';
    expect(times(build(en, 'eng', [['Acme', 'ORG'], ['Konya', 'GPE']], [{ text: '2018', kind: 'year', value: 2018, date: '2018' }], '2026-11-19'))).toEqual([['plant_launch', null, '2018']]);
  });
});

describe('an agreement signed right after the occasion the lead dates (`dans la foulée`, `im Anschluss`) takes its day', () => {
  it('fr, de', () => {
    const fr = "ASTANA, 6 octobre 2026 (AFP) - Le fabricant Semavia a inauguré lundi à Kokchetaou sa première usine hors d'Europe. Dans la foulée, KazAgroFinance a signé avec Yessil Agro un accord-cadre portant sur 300 semoirs.";
    const got = dated(fr, 'fra', [['ASTANA', 'GPE'], ['Semavia', 'ORG'], ['Kokchetaou', 'GPE'], ['KazAgroFinance', 'ORG'], ['Yessil Agro', 'ORG']], [{ text: '6 octobre 2026', kind: 'date', date: '2026-10-06' }, count('300 semoirs', 300, 'seeder')]);
    expect(got.find((e) => e[0] === 'agreement')?.[1]).toBe('2026-10-05');
    const de = 'ASTANA, 6. Oktober 2026 (dpa) - Der Hersteller Semavia hat am Montag in Kokschetau ein Werk eröffnet. Im Anschluss unterzeichneten KazAgroFinance und Yessil Agro einen Rahmenvertrag über 300 Sämaschinen.';
    const got2 = dated(de, 'deu', [['ASTANA', 'GPE'], ['Semavia', 'ORG'], ['Kokschetau', 'GPE'], ['KazAgroFinance', 'ORG'], ['Yessil Agro', 'ORG']], [{ text: '6. Oktober 2026', kind: 'date', date: '2026-10-06' }, count('300 Sämaschinen', 300, 'seeder')]);
    expect(got2.find((e) => e[0] === 'agreement')?.[1]).toBe('2026-10-05');
  });
  it('silent: an agreement told later with no such phrase (fr)', () => {
    const fr = "ASTANA, 6 octobre 2026 (AFP) - Le fabricant Semavia a inauguré lundi à Kokchetaou sa première usine hors d'Europe. KazAgroFinance a signé avec Yessil Agro un accord-cadre portant sur 300 semoirs.";
    const got = dated(fr, 'fra', [['ASTANA', 'GPE'], ['Semavia', 'ORG'], ['Kokchetaou', 'GPE'], ['KazAgroFinance', 'ORG'], ['Yessil Agro', 'ORG']], [{ text: '6 octobre 2026', kind: 'date', date: '2026-10-06' }, count('300 semoirs', 300, 'seeder')]);
    expect(got.find((e) => e[0] === 'agreement')?.[1] ?? null).toBeNull();
  });
});

describe('a date before a coordinator dates the verb phrase it ends, not the fact after it', () => {
  it('en, de: `Construction begins in the first quarter and production is due to start in the second half of 2027`', () => {
    const en = 'Construction begins in the first quarter and production is due to start in the second half of 2027.';
    const enDates: NumberSpec[] = [{ text: 'the first quarter', kind: 'date', date: '2027-01/2027-03' }, { text: 'the second half of 2027', kind: 'date', date: '2027-07/2027-12' }];
    expect(times(build(en, 'eng', [], enDates, '2026-11-04')).filter((e) => e[0] === 'plant_launch')).toEqual([['plant_launch', null, '2027-07/2027-12']]);
    const de = 'Der Bau beginnt im Mai und die Serienfertigung soll im zweiten Halbjahr 2028 anlaufen.';
    const deDates: NumberSpec[] = [{ text: 'Mai', kind: 'date', date: '2027-05' }, { text: 'zweiten Halbjahr 2028', kind: 'date', date: '2028-07/2028-12' }];
    expect(times(build(de, 'deu', [], deDates, '2026-11-04')).filter((e) => e[0] === 'plant_launch')).toEqual([['plant_launch', null, '2028-07/2028-12']]);
  });

  it('silent: the only date of the sentence still dates the fact after the coordinator (en)', () => {
    const en = 'In 2025 the plant built 1,200 buses and exported 400 buses to Kazakhstan.';
    const got = times(build(en, 'eng', [['Kazakhstan', 'GPE']], [year(2025), count('1,200 buses', 1200, 'bus'), count('400 buses', 400, 'bus')]));
    expect(got.find((e) => e[0] === 'export')).toEqual(['export', 400, '2025']);
  });
});
