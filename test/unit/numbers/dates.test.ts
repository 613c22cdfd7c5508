import { describe, expect, it } from 'vitest';
import { facts, find } from './helpers.js';

describe('numbers stage: dates (chrono-node wrapped)', () => {
  it('full dates, months, intervals, seasons and "end of"', () => {
    const text =
      'It opened on March 29, 2018, during the exhibition in August-September 2018. Sales began in summer 2018 and 6,000 cars are due by the end of 2019; the next batch ships at the end of March.';
    const out = facts(text, 'eng', '2019-02-10');
    expect(find(out, 'March 29, 2018')).toMatchObject({ kind: 'date', date: '2018-03-29', value: null });
    expect(find(out, 'August-September 2018')).toMatchObject({ date: '2018-08/2018-09' });
    expect(find(out, 'summer 2018')).toMatchObject({ date: '2018' });
    expect(find(out, 'end of 2019')).toMatchObject({ date: '2019' });
    expect(find(out, 'end of March')).toMatchObject({ date: '2019-03' });
  });

  it('between one month and another is one interval, into the next year when the second month comes first (en, de, fr)', () => {
    expect(find(facts('The plant built 2,050 trucks between January and March.', 'eng', '2027-04-14'), 'January and March')).toMatchObject({ kind: 'date', date: '2027-01/2027-03' });
    expect(find(facts('They will be delivered between November and June.', 'eng', '2026-09-08'), 'November and June')).toMatchObject({ date: '2026-11/2027-06' });
    expect(find(facts('Das Werk baute zwischen Januar und März 2.050 Lkw.', 'deu', '2027-04-14'), 'Januar und März')).toMatchObject({ date: '2027-01/2027-03' });
    expect(find(facts("L'usine a produit entre janvier et mars 2 050 camions.", 'fra', '2027-04-14'), 'janvier et mars')).toMatchObject({ date: '2027-01/2027-03' });
    // silent: two months in a list are two dates
    const list = facts('Sales rose in January and March.', 'eng', '2027-04-14');
    expect(find(list, 'January')).toMatchObject({ date: '2027-01' });
    expect(find(list, 'March')).toMatchObject({ date: '2027-03' });
  });

  it('a month, a comma and a number is the month and the next figure, not a day; "March 6" stays a day', () => {
    expect(find(facts('Output fell in March, 6 percent less than a year earlier.', 'eng', '2027-04-14'), 'March')).toMatchObject({ date: '2027-03' });
    expect(find(facts('Exports grew in May, 12 countries bought the cars.', 'eng', '2027-06-14'), 'May')).toMatchObject({ date: '2027-05' });
    expect(find(facts('The deal was signed on March 6 in Baku.', 'eng', '2027-04-14'), 'March 6')).toMatchObject({ date: '2027-03-06' });
  });

  it('year-less dates take the reference year; without one, a dateline ISO date stands in', () => {
    expect(find(facts('BAKU, March 2. Talks went on.', 'eng', '2023-03-02T10:00:00Z'), 'March 2')).toMatchObject({ date: '2023-03-02' });
    const out = facts('Date: 2023-05-01\nTASHKENT, May 1. The plant opened.', 'eng');
    expect(find(out, '2023-05-01')).toMatchObject({ kind: 'date', date: '2023-05-01' });
    expect(find(out, 'May 1')).toMatchObject({ date: '2023-05-01' });
  });

  it('abbreviated months next to a number are dates (wire datelines); alone they are not', () => {
    const ref = '2024-11-29';
    expect(find(facts('ALMATY, Nov 28 (Reuters) - Hyundai will invest.', 'eng', ref), 'Nov 28')).toMatchObject({ kind: 'date', date: '2024-11-28' });
    expect(find(facts('Signed on Sept. 5, 2023.', 'eng', ref), 'Sept. 5, 2023')).toMatchObject({ date: '2023-09-05' });
    expect(find(facts('Am 3. Okt. 2024 unterschrieb BMW.', 'deu', ref), '3. Okt. 2024')).toMatchObject({ date: '2024-10-03' });
    expect(find(facts('Le 5 janv. 2024, Renault a signé.', 'fra', ref), '5 janv. 2024')).toMatchObject({ date: '2024-01-05' });
    expect(find(facts('ZARAGOZA, 3 oct. (EFE).- Stellantis producirá.', 'spa', ref), '3 oct.')).toMatchObject({ date: '2024-10-03' });
    expect(find(facts('МОСКВА, 5 янв. /ТАСС/. Завод открылся.', 'rus', ref), '5 янв.')).toMatchObject({ date: '2024-01-05' });
    // without a publication date, the year comes from the article, but not from a start or target year
    expect(find(facts('ALMATY, Nov 28 (Reuters) - Hyundai will make cars from 2027. It sold 28,000 cars in 2023.', 'eng'), 'Nov 28')).toMatchObject({ date: '2023-11-28' });
    expect(find(facts('ZARAGOZA, 3 oct. (EFE).- Stellantis producirá a partir de 2025. Produjo 390.000 coches en 2023.', 'spa'), '3 oct.')).toMatchObject({ date: '2023-10-03' });
    expect(find(facts('МОСКВА, 5 янв. Завод будет работать с 2026 года, а в 2024 году выпустил 5 тыс. машин.', 'rus'), '5 янв.')).toMatchObject({ date: '2024-01-05' });
    const dates = (text: string, lang: string) => facts(text, lang, ref).filter((f) => f.kind === 'date').map((f) => f.text);
    expect(dates('Jan Ullrich gewann im Mai.', 'deu')).toEqual(['Mai']);
    expect(dates('Dec Corp and Nov Ltd met in May.', 'eng')).toEqual(['May']);
    expect(dates('Дек Иванов пришел в мае.', 'rus')).toEqual(['мае']);
  });

  it('relative dates resolve only against a reference date and only with a relative word', () => {
    const ref = '2024-01-15';
    expect(find(facts('The plant will open in 3 years, in March.', 'eng', ref), '3 years')).toMatchObject({ kind: 'date', date: '2027' });
    expect(find(facts('Через 2 года, в марте, завод откроется.', 'rus', ref), 'Через 2 года')).toMatchObject({ kind: 'date', date: '2026' });
    // no reference date: a duration stays a count, never a date counted from today
    expect(find(facts('The plant will open in 3 years, in March.', 'eng'), '3 years')).toMatchObject({ kind: 'count', value: 3 });
    // an age is not a relative date (chrono-node reads "de 52 ans" as one)
    expect(find(facts('Un homme de 52 ans a été arrêté en mars.', 'fra', ref), '52 ans')).toMatchObject({ kind: 'count', value: 52 });
  });

  it('a date ends at its last word, not at the punctuation chrono-node keeps', () => {
    expect(facts('Через 2 года, в марте, завод откроется.', 'rus', '2024-01-15').map((f) => f.text)).toContain('марте');
  });

  it('quarters, halves and month ranges become intervals', () => {
    const en = facts('Revenue in Q3 2022 and H1 2023.', 'eng');
    expect(find(en, 'Q3 2022')).toMatchObject({ date: '2022-07/2022-09' });
    expect(find(en, 'H1 2023')).toMatchObject({ date: '2023-01/2023-06' });
    expect(find(facts('В январе–октябре 2022 года', 'rus'), 'январе–октябре 2022 года')).toMatchObject({ date: '2022-01/2022-10' });
    expect(find(facts('von April bis Juni 2023 wurden', 'deu'), 'April bis Juni 2023')).toMatchObject({ date: '2023-04/2023-06' });
  });
});
