import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { findReferenceDate, referenceDay, resolveWeekday } from '../../../pipeline/events/reference.js';
import { build, view } from './build.js';

describe('events: one reference date per article', () => {
  it('the dateline after a headline gives the date (en, de, ru, fr)', () => {
    const en = 'UzAuto lifts output\n\nTASHKENT, Jan. 22, 2026. UzAuto Motors produced 412,600 vehicles.';
    expect(findReferenceDate(en, 'eng', null)).toMatchObject({ date: '2026-01-22', source: 'dateline' });
    const de = 'Landmaschinenbauer baut Werk\n\nASTANA, 16. März 2026. Die Hoffmann Maschinenbau GmbH baut ein Werk.';
    expect(findReferenceDate(de, 'deu', null)).toMatchObject({ date: '2026-03-16', source: 'dateline' });
    const ru = '«УзАвто Моторс» нарастит поставки\n\nТАШКЕНТ, 9 апреля 2026 года. АО «УзАвто Моторс» начнёт поставки.';
    expect(findReferenceDate(ru, 'rus', null)).toMatchObject({ date: '2026-04-09', source: 'dateline' });
    const fr = 'ASTANA, 3 juin 2026 – Alstom a signé mardi un contrat.';
    const r = findReferenceDate(fr, 'fra', null);
    expect(r.date).toBe('2026-06-03');
    expect(fr.slice(r.dateline!.place.start, r.dateline!.place.end)).toBe('ASTANA');
  });

  it('relative expressions resolve against the dateline day, else published_at (a dateline without a day is no reference)', () => {
    const dated = findReferenceDate('TASHKENT, Jan. 22, 2026. UzAuto Motors produced 412,600 vehicles.', 'eng', '2026-01-23');
    expect(referenceDay(dated, '2026-01-23')).toBe('2026-01-22');
    const noYear = findReferenceDate('BAKU, March 2. Azermash opened a line.', 'eng', null);
    expect(noYear.date).toBe('XXXX-03-02');
    expect(referenceDay(noYear, '2026-03-03')).toBe('2026-03-03');
    expect(referenceDay(null, null)).toBeNull();
  });

  it('the wire agency after the date, in brackets or slashes, is part of the dateline (en, de); a bracket in the lead is not', () => {
    const ap = 'Kazakh truck maker breaks ground\n\nSHYMKENT, Kazakhstan, April 14, 2027 (AP) — Ordabasy Motors laid the stone.';
    const r1 = findReferenceDate(ap, 'eng', null);
    expect(r1.date).toBe('2027-04-14');
    expect(ap.slice(r1.dateline!.start, r1.dateline!.end)).toBe('SHYMKENT, Kazakhstan, April 14, 2027 (AP)');
    const trend = 'TBILISI, September 8, 2026 /Trend/ - Rustavi Wagon Building Company has signed a contract.';
    const r2 = findReferenceDate(trend, 'eng', null);
    expect(r2.date).toBe('2026-09-08');
    expect(trend.slice(r2.dateline!.start, r2.dateline!.end)).toBe('TBILISI, September 8, 2026 /Trend/');
    const dpa = 'MÜNCHEN, 4. Mai 2026 (dpa) - BMW hat mehr Autos gebaut.';
    const r3 = findReferenceDate(dpa, 'deu', null);
    expect(dpa.slice(r3.dateline!.start, r3.dateline!.end)).toBe('MÜNCHEN, 4. Mai 2026 (dpa)');
    // silent: no agency after the date, the dateline ends at the date
    const plain = 'TASHKENT, Jan. 22, 2026. UzAuto Motors (UzAuto) produced 412,600 vehicles.';
    const r4 = findReferenceDate(plain, 'eng', null);
    expect(plain.slice(r4.dateline!.start, r4.dateline!.end)).toBe('TASHKENT, Jan. 22, 2026');
  });

  it('an agency in slashes after the date still ends the dateline (ru /ТАСС/, /Trend/; en /Reuters/); a slash in running text does not', () => {
    const ru1 = 'Завод заработал\n\nБАКУ, 23 июня 2026 года /Trend/. Совместное предприятие начало работу.';
    expect(findReferenceDate(ru1, 'rus', null)).toMatchObject({ date: '2026-06-23', source: 'dateline' });
    const ru2 = 'Выпуск вырос\n\nМОСКВА, 3 июня 2026 г. /ТАСС/. Завод выпустил 500 автобусов.';
    expect(findReferenceDate(ru2, 'rus', null)).toMatchObject({ date: '2026-06-03', source: 'dateline' });
    expect(findReferenceDate('ASTANA, March 5, 2026 /Reuters/ - KTZ signed a deal.', 'eng', null).date).toBe('2026-03-05');
    expect(findReferenceDate('Output rose\n\nPARIS, March 5, 2026 and/or later figures were revised.', 'eng', null).source).toBeNull();
  });

  it('a dateline without a year takes the publication year; no dateline: the publication date', () => {
    expect(findReferenceDate('BAKU, Azerbaijan, March 2. Azermash said…', 'eng', '2023-03-02T10:00:00Z').date).toBe('2023-03-02');
    expect(findReferenceDate('BAKU, Azerbaijan, March 2. Azermash said…', 'eng', null).date).toBe('XXXX-03-02');
    expect(findReferenceDate('Toyota produced 10,000 cars in 2023.', 'eng', '2024-05-01')).toMatchObject({ date: '2024-05-01', source: 'published', dateline: null });
  });

  it('a wire dateline with a short month (es EFE `Burgos, 18 mar 2027 (EFE).-`, `Sevilla, 3 jun 2027`); silent: `mar` as the sea', () => {
    expect(findReferenceDate('Arlanza compra un fabricante uzbeko\n\nBurgos, 18 mar 2027 (EFE).- El grupo ha adquirido el 60 % de la empresa.', 'spa', null).date).toBe('2027-03-18');
    expect(findReferenceDate('Titular\n\nSevilla, 3 jun 2027 (EFE).- La empresa ha adquirido el 60 %.', 'spa', null).date).toBe('2027-06-03');
    expect(findReferenceDate('Titular\n\nCádiz, junto al mar 20 barcos esperan.', 'spa', '2027-02-01').date).toBe('2027-02-01');
  });
  it('stays silent on a sentence that only opens with a place and a comma', () => {
    expect(findReferenceDate('Paris, the capital, has 2 million people. It grew in 2020.', 'eng', null)).toMatchObject({ date: null, source: null });
    expect(findReferenceDate('Berlin, Hamburg und München wachsen seit 2020.', 'deu', null).source).toBeNull();
  });

  it('weekdays: the latest one before the reference date in a past clause, the next one in a planned clause', () => {
    // 2026-02-05 is a Thursday
    expect(resolveWeekday('Wednesday', 'en', 'on ', '2026-02-05', false)).toBe('2026-02-04');
    expect(resolveWeekday('Montag', 'de', 'am ', '2026-05-12', false)).toBe('2026-05-11');
    expect(resolveWeekday('mardi', 'fr', '', '2026-06-03', false)).toBe('2026-06-02');
    expect(resolveWeekday('понедельник', 'ru', 'в ', '2026-05-12', false)).toBe('2026-05-11');
    expect(resolveWeekday('Monday', 'en', 'next ', '2026-05-12', false)).toBe('2026-05-18');
    expect(resolveWeekday('Monday', 'en', 'on ', '2026-05-12', true)).toBe('2026-05-18');
    expect(resolveWeekday('Monday', 'en', 'the ministers will meet again on ', '2026-05-12', false)).toBe('2026-05-18');
    expect(resolveWeekday('Montag', 'de', 'Die Minister trafen sich am ', '2026-05-12', false)).toBe('2026-05-11');
  });

  it('the dateline place is never an actor; the weekday dates the event whose trigger is nearest', () => {
    const text = 'BISHKEK, Nov. 3, 2026. Tianshan will build a truck plant in Kant after signing an agreement with the government on Monday.';
    const input = build(text, 'eng', [['BISHKEK', 'GPE'], ['Tianshan', 'ORG'], ['Kant', 'GPE']], [{ text: 'Nov. 3, 2026', kind: 'date', date: '2026-11-03' }]);
    input.referenceDate = findReferenceDate(text, 'eng', null);
    const events = view(input, extractEvents(input));
    expect(events.map((e) => [e.type, e.actors, e.time])).toEqual([
      ['plant_construction', ['Tianshan'], null],
      ['agreement', ['Tianshan'], '2026-11-02'],
    ]);
  });
});

describe('events: the lead statement dated by the dateline takes a weekday beside its verb', () => {
  const said = (text: string, language: string, ms: Array<[string, 'PER' | 'ORG' | 'GPE']>, date: string, dateText: string) => {
    const input = build(text, language, ms, [{ text: dateText, kind: 'date', date }]);
    input.referenceDate = findReferenceDate(text, language, null);
    return view(input, extractEvents(input)).filter((e) => e.type === 'statement').map((e) => e.time);
  };
  it('ru `сообщил в среду` (dateline a Thursday) → that Wednesday; en `said on Tuesday`; silent: no weekday keeps the dateline day', () => {
    // 2027-02-11 is a Thursday
    expect(said('КОСТАНАЙ, 11 февраля 2027 года. Выпуск комбайнов вырос на 14%, сообщил в среду председатель правления Данияр Ахметжанов.', 'rus',
      [['КОСТАНАЙ', 'GPE'], ['Данияр Ахметжанов', 'PER']], '2027-02-11', '11 февраля 2027 года')).toEqual(['2027-02-10']);
    expect(said('ASTANA, Feb. 11, 2027. Combine output rose 14%, chairman Daniyar Akhmetzhanov said on Tuesday.', 'eng',
      [['ASTANA', 'GPE'], ['Daniyar Akhmetzhanov', 'PER']], '2027-02-11', 'Feb. 11, 2027')).toEqual(['2027-02-09']);
    expect(said('ASTANA, Feb. 11, 2027. Combine output rose 14%, chairman Daniyar Akhmetzhanov said.', 'eng',
      [['ASTANA', 'GPE'], ['Daniyar Akhmetzhanov', 'PER']], '2027-02-11', 'Feb. 11, 2027')).toEqual(['2027-02-11']);
  });
});

describe('events: a weekday right beside its trigger wins over a year further away', () => {
  it("fr « a signé mardi … d'ici 2029 » → the Tuesday before the dateline; en a year beside the verb stays", () => {
    const text = "ASTANA, 3 juin 2026 – Alstom a signé mardi un contrat de livraison de 120 locomotives d'ici 2029.";
    const input = build(text, 'fra', [['ASTANA', 'GPE'], ['Alstom', 'ORG']], [
      { text: '3 juin 2026', kind: 'date', date: '2026-06-03' }, { text: '120 locomotives', kind: 'count', value: 120, unit: 'locomotive' }, { text: '2029', kind: 'year', value: 2029, date: '2029' },
    ]);
    input.referenceDate = findReferenceDate(text, 'fra', null);
    expect(view(input, extractEvents(input)).find((e) => e.type === 'agreement')?.time).toBe('2026-06-02');
    const en = 'BAKU, Feb. 5, 2026. Azermash signed in 2025 a contract, the ministry said on Monday.';
    const e2 = build(en, 'eng', [['BAKU', 'GPE'], ['Azermash', 'ORG']], [{ text: 'Feb. 5, 2026', kind: 'date', date: '2026-02-05' }, { text: '2025', kind: 'year', value: 2025, date: '2025' }]);
    e2.referenceDate = findReferenceDate(en, 'eng', null);
    expect(view(e2, extractEvents(e2)).find((e) => e.type === 'agreement')?.time).toBe('2025');
  });
});
