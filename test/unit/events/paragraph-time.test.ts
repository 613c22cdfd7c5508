/** A fact the text dates only once: the later facts of its paragraph take its time (bench/articles/orig-*). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { findReferenceDate } from '../../../pipeline/events/reference.js';
import { build, view } from './build.js';

const count = (text: string, value: number, unit: string) => ({ text, kind: 'count' as const, value, unit });
const year = (y: number) => ({ text: String(y), kind: 'year' as const, value: y, date: String(y) });
const timed = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.time]);

describe('paragraph time: a later fact of the same paragraph and actor takes the dated fact’s time', () => {
  it('en: `X sold … in 2026 … In total, N trucks left its assembly line`', () => {
    const text = 'Ordabasy sold 3,860 trucks outside Kazakhstan in 2026. In total, 9,420 trucks left its assembly line in Shymkent, the company said.';
    const got = timed(build(text, 'eng', [['Ordabasy', 'ORG'], ['Kazakhstan', 'GPE'], ['Shymkent', 'GPE']], [count('3,860 trucks', 3860, 'truck'), year(2026), count('9,420 trucks', 9420, 'truck')]));
    expect(got.find((e) => e[1] === 9420)?.[2]).toBe('2026');
  });
  it('de: `X baute 2025 … Rund 70 Prozent davon gingen ins Ausland` (no agent of its own)', () => {
    const text = 'Azermash baute 2025 in Gandscha 1.200 Traktoren. Rund 800 davon gingen ins Ausland.';
    const got = timed(build(text, 'deu', [['Azermash', 'ORG'], ['Gandscha', 'GPE']], [year(2025), count('1.200 Traktoren', 1200, 'tractor'), count('800', 800, 'tractor')]));
    expect(got.find((e) => e[0] === 'production')?.[2]).toBe('2025');
    expect(got.find((e) => e[0] === 'export')?.[2]).toBe('2025');
  });
  it('silent: across a paragraph break (es), for a plan (en), for another actor (en)', () => {
    const es = 'Qazaq Avto Group fabricó 21.460 vehículos en 2026.\n\nOtra frase sin hechos.\n\nLas exportaciones sumaron 6.300 unidades.';
    const got = timed(build(es, 'spa', [['Qazaq Avto Group', 'ORG']], [count('21.460 vehículos', 21460, 'car'), year(2026), count('6.300 unidades', 6300, 'unit')]));
    expect(got.find((e) => e[1] === 6300)?.[2] ?? null).toBeNull();
    const plan = 'Ordabasy sold 3,860 trucks outside Kazakhstan in 2026. It plans to build 12,000 trucks.';
    expect(timed(build(plan, 'eng', [['Ordabasy', 'ORG'], ['Kazakhstan', 'GPE']], [count('3,860 trucks', 3860, 'truck'), year(2026), count('12,000 trucks', 12000, 'truck')])).find((e) => e[1] === 12000)?.[2] ?? null).toBeNull();
    const other = 'Ordabasy sold 3,860 trucks outside Kazakhstan in 2026. KamAZ produced 9,000 trucks.';
    expect(timed(build(other, 'eng', [['Ordabasy', 'ORG'], ['Kazakhstan', 'GPE'], ['KamAZ', 'ORG']], [count('3,860 trucks', 3860, 'truck'), year(2026), count('9,000 trucks', 9000, 'truck')])).find((e) => e[1] === 9000)?.[2] ?? null).toBeNull();
  });
});

describe('a month or quarter without a year in a plan takes the year its sentence named before it', () => {
  const q1 = { text: 'в первом квартале', kind: 'date' as const, date: '2026-01/2026-03' };
  it('ru, en: `в 2027 году … в первом квартале`, `in 2027 … in the first quarter`', () => {
    const ru = 'В 2027 году предприятие начнёт экспорт электробусов в Грузию; первую партию из 40 автобусов планируется отправить в Тбилиси в первом квартале.';
    const got = timed(build(ru, 'rus', [['Грузию', 'GPE'], ['Тбилиси', 'GPE']], [{ text: '2027', kind: 'year', value: 2027, date: '2027' }, count('40 автобусов', 40, 'bus'), q1], '2026-06-22'));
    expect(got.some((e) => e[0] === 'export' && String(e[2]).startsWith('2027-01'))).toBe(true);
    expect(got.filter((e) => e[2] !== null).every((e) => String(e[2]).startsWith('2027'))).toBe(true);
  });
  it('silent: a past fact (fr `nommé en mai` after a year)', () => {
    const fr = 'Ganja Auto Plant veut produire 20 000 voitures en 2028, a dit Elnur Gasimov, nommé directeur en mai.';
    const got = timed(build(fr, 'fra', [['Ganja Auto Plant', 'ORG'], ['Elnur Gasimov', 'PER']], [count('20 000 voitures', 20000, 'car'), { text: '2028', kind: 'year', value: 2028, date: '2028' }, { text: 'mai', kind: 'date', date: '2026-05' }], '2026-09-01'));
    expect(got.filter((e) => e[0] === 'appointment').every((e) => e[2] !== '2028-05')).toBe(true);
  });
});

describe('results period: a later undated result of the lead result’s maker takes the period the lead dates', () => {
  const dated = (text: string, language: string, mentions: Parameters<typeof build>[2], numbers: Parameters<typeof build>[3]) => {
    const input = build(text, language, mentions, numbers);
    input.referenceDate = findReferenceDate(text, language, null);
    return timed(input);
  };
  const jan22 = { text: 'Jan. 22, 2026', kind: 'date' as const, date: '2026-01-22' };
  it('en: `produced … in 2025 … (another paragraph) Domestic sales rose to 318,000 units`', () => {
    const en = 'TASHKENT, Jan. 22, 2026. Acme produced 412,600 cars in 2025, its parent said.\n\nThe new line opened in Asaka.\n\nDomestic sales of Acme rose to 318,000 units.';
    const got = dated(en, 'eng', [['TASHKENT', 'GPE'], ['Acme', 'ORG'], ['Asaka', 'GPE'], ['Acme', 'ORG', 1]], [jan22, count('412,600 cars', 412600, 'car'), year(2025), count('318,000 units', 318000, 'unit')]);
    expect(got.find((e) => e[1] === 318000)?.[2]).toBe('2025');
  });
  it('es: `ensambló el año pasado 21.460 vehículos … Las ventas … alcanzaron 15.160 unidades`', () => {
    const es = 'Almaty, 13 ene 2027 (EFE).- Qazaq Avto Group ensambló en 2026 21.460 vehículos, informó la compañía.\n\nEl lunes firmó un acuerdo en Astaná.\n\nLas ventas en el mercado interno alcanzaron 15.160 unidades.';
    const got = dated(es, 'spa', [['Almaty', 'GPE'], ['Qazaq Avto Group', 'ORG'], ['Astaná', 'GPE']], [{ text: '13 ene 2027', kind: 'date', date: '2027-01-13' }, year(2026), count('21.460 vehículos', 21460, 'vehicle'), count('15.160 unidades', 15160, 'unit')]);
    expect(got.find((e) => e[1] === 15160)?.[2]).toBe('2026');
  });
  it('silent: another maker (en), jobs (en), a plan (de)', () => {
    const other = 'TASHKENT, Jan. 22, 2026. Acme produced 412,600 cars in 2025, its parent said.\n\nThe new line opened in Asaka.\n\nBeta sold 18,000 trucks.\n\nAcme employs 6,000 people.';
    const got = dated(other, 'eng', [['TASHKENT', 'GPE'], ['Acme', 'ORG'], ['Asaka', 'GPE'], ['Beta', 'ORG'], ['Acme', 'ORG', 1]], [jan22, count('412,600 cars', 412600, 'car'), year(2025), count('18,000 trucks', 18000, 'truck'), count('6,000 people', 6000, 'person')]);
    expect(got.find((e) => e[1] === 18000)?.[2] ?? null).toBeNull();
    expect(got.find((e) => e[1] === 6000)?.[2] ?? null).toBeNull();
    const de = 'TASCHKENT, 22. Januar 2026. Acme baute 2025 insgesamt 412.600 Autos, teilte die Holding mit.\n\nDas neue Werk steht in Asaka.\n\nAcme will 450.000 Autos verkaufen.';
    const plan = dated(de, 'deu', [['TASCHKENT', 'GPE'], ['Acme', 'ORG'], ['Asaka', 'GPE'], ['Acme', 'ORG', 1]], [{ text: '22. Januar 2026', kind: 'date', date: '2026-01-22' }, year(2025), count('412.600 Autos', 412600, 'car'), count('450.000 Autos', 450000, 'car')]);
    expect(plan.find((e) => e[1] === 450000)?.[2] ?? null).not.toBe('2025');
  });
});
