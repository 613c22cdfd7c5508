/** A month or span of months named without its year: the year the reference date, the tense and a coordinated period give it (bench/articles/orig-*). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const count = (text: string, value: number, unit: string) => ({ text, kind: 'count' as const, value, unit });
const date = (text: string, iso: string) => ({ text, kind: 'date' as const, date: iso });
const timed = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.time]);

describe('a plan’s month without its year is the next such month from the reference date', () => {
  it('ru: a reflexive future verb is a plan (`Сборка … начнётся в июле`, in March 2027)', () => {
    const got = timed(build('Сборка тракторов в Бишкеке начнётся в июле.', 'rus', [['Бишкеке', 'GPE']], [date('июле', '2027-07')], '2027-03-17'));
    expect(got.find((e) => e[0] === 'plant_launch')?.[2]).toBe('2027-07');
  });
  it('es: each figure of a plan dated by the month of its clause (`arrancará en octubre con una capacidad de 3.000 tractores`, in February 2027)', () => {
    const text = 'La nueva planta de Tractores Duero arrancará en octubre con una capacidad de 3.000 tractores al año, ampliable a 5.000 tractores en 2029.';
    const got = timed(build(text, 'spa', [['Tractores Duero', 'ORG']], [date('octubre', '2026-10'), count('3.000 tractores', 3000, 'tractor'), count('5.000 tractores', 5000, 'tractor'), { text: '2029', kind: 'year', value: 2029, date: '2029' }], '2027-02-25'));
    expect(got.find((e) => e[1] === 3000)?.[2]).toBe('2027-10');
    expect(got.find((e) => e[1] === 5000)?.[2]).toBe('2029');
  });
});

describe('a period already over at the reference date, coordinated with a later period of a written year, is of that year', () => {
  it('en: `Construction begins in the first quarter and production is due to start in the second half of 2027` (November 2026)', () => {
    const text = 'Construction begins in the first quarter and production is due to start in the second half of 2027.';
    const got = timed(build(text, 'eng', [], [date('first quarter', '2026-01/2026-03'), date('second half of 2027', '2027-07/2027-12')], '2026-11-04'));
    expect(got.find((e) => e[0] === 'plant_construction')?.[2]).toBe('2027-01/2027-03');
  });
  it('silent: a month beside a quarter (fr, past tense), and a month not yet over (es)', () => {
    const fr = 'La nouvelle chaîne, dont la construction a débuté en septembre à Gandja, doit entrer en service au deuxième trimestre 2027.';
    const got = timed(build(fr, 'fra', [['Gandja', 'GPE']], [date('septembre', '2026-09'), date('deuxième trimestre 2027', '2027-04/2027-06')], '2027-02-11'));
    expect(got.find((e) => e[0] === 'plant_construction')?.[2]).toBe('2026-09');
    const es = 'Las obras arrancarán en junio y la fábrica tendrá capacidad para ensamblar 60 vagones al año a partir del segundo semestre de 2028.';
    const got2 = timed(build(es, 'spa', [], [date('junio', '2027-06'), count('60 vagones', 60, 'wagon'), date('segundo semestre de 2028', '2028-07/2028-12')], '2027-03-03'));
    expect(got2.find((e) => e[0] === 'plant_construction')?.[2]).toBe('2027-06');
  });
});

describe('`a year earlier` dates a figure a year before the period told just before, not before the document year', () => {
  const year = (y: number) => ({ text: String(y), kind: 'year' as const, value: y, date: String(y) });
  it('ru, en: `в 2025 году … тогда как годом ранее … 210 машин`, `in 2025 … a year earlier … 900 engines` (in 2027)', () => {
    const ru = 'Агромаш экспортировал 290 комбайнов в 2025 году, тогда как годом ранее за рубеж ушло лишь 210 машин.';
    const got = timed(build(ru, 'rus', [['Агромаш', 'ORG']], [count('290 комбайнов', 290, 'combine'), year(2025), count('210 машин', 210, 'machine')], '2027-02-11'));
    expect(got.find((e) => e[1] === 210)?.[2]).toBe('2024');
    const en = 'Tekin exported 1,200 engines in 2025; a year earlier it exported only 900 engines.';
    const got2 = timed(build(en, 'eng', [['Tekin', 'ORG']], [count('1,200 engines', 1200, 'engine'), year(2025), count('900 engines', 900, 'engine')], '2027-02-11'));
    expect(got2.find((e) => e[1] === 900)?.[2]).toBe('2024');
  });
  it('silent: `год назад` counts from the document year (ru)', () => {
    const ru = 'Агромаш экспортировал 290 комбайнов в 2025 году, а год назад за рубеж ушло 210 машин.';
    const got = timed(build(ru, 'rus', [['Агромаш', 'ORG']], [count('290 комбайнов', 290, 'combine'), year(2025), count('210 машин', 210, 'machine')], '2027-02-11'));
    expect(got.find((e) => e[1] === 210)?.[2]).toBe('2026');
  });
});

describe('`in a year` is the year after the document year, and wins over a year of another clause', () => {
  const pct = (text: string, value: number) => ({ text, kind: 'percent' as const, value });
  const year = (y: number) => ({ text: String(y), kind: 'year' as const, value: y, date: String(y) });
  it('ru, en: `Уже через год доля … достигнет 30%, а с 2028 года …`, `In a year\'s time … 30,000 buses, and from 2028 …` (in 2026)', () => {
    const ru = 'Уже через год доля локализованных компонентов на заводе «Гянджа Авто» достигнет 30%, а с 2028 года мы рассчитываем выйти на 50%.';
    const got = timed(build(ru, 'rus', [['Гянджа Авто', 'ORG']], [pct('30%', 30), year(2028), pct('50%', 50)], '2026-06-23'));
    expect(got.find((e) => e[1] === 30)?.[2]).toBe('2027');
    const en = 'In a year\'s time Ganja Auto will raise output to 30,000 buses, and from 2028 it aims for 50,000 buses.';
    const got2 = timed(build(en, 'eng', [['Ganja Auto', 'ORG']], [count('30,000 buses', 30000, 'bus'), year(2028), count('50,000 buses', 50000, 'bus')], '2026-06-23'));
    expect(got2.find((e) => e[1] === 30000)?.[2]).toBe('2027');
  });
  it('silent: `in a year` as a rate (en)', () => {
    const got = timed(build('Ganja Auto will build 12,000 cars in a year.', 'eng', [['Ganja Auto', 'ORG']], [count('12,000 cars', 12000, 'car')], '2026-06-23'));
    expect(got.find((e) => e[1] === 12000)?.[2] ?? null).toBeNull();
  });
});

describe('a relative year in the clause of a fact’s own figure dates it, though its trigger stands in another clause', () => {
  it('en, ru: `X, which assembles buses for cities, built 1,150 buses last year and plans …`, `«Нёман Агро», выпускающая тракторы в Гродно, в прошлом году произвела 11 200 машин` (in 2027)', () => {
    const en = 'Chirchiq Avtobus, which assembles city buses for Uzbek municipalities, built 1,150 buses last year and plans to double output to 2,300 units in 2028.';
    const got = timed(build(en, 'eng', [['Chirchiq Avtobus', 'ORG']], [count('1,150 buses', 1150, 'bus'), count('2,300 units', 2300, 'unit'), { text: '2028', kind: 'year', value: 2028, date: '2028' }], '2027-03-17'));
    expect(got.find((e) => e[1] === 1150)?.[2]).toBe('2026');
    const ru = '«Нёман Агро», выпускающая тракторы на заводе в Гродно, в прошлом году произвела 11 200 машин, а к 2030 году намерена выпускать 15 000 машин.';
    const got2 = timed(build(ru, 'rus', [['Нёман Агро', 'ORG'], ['Гродно', 'GPE']], [count('11 200 машин', 11200, 'machine'), { text: '2030', kind: 'year', value: 2030, date: '2030' }, count('15 000 машин', 15000, 'machine')], '2027-03-17'));
    expect(got2.find((e) => e[1] === 11200)?.[2]).toBe('2026');
  });
});
