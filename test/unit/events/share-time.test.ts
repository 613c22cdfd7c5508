/** A part of a fact told just before takes the time of the latest dated figure, a count or a sum (bench/articles/orig-fra 334). */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../pipeline/events/index.js';
import { build, view } from './build.js';

const count = (text: string, value: number, unit: string) => ({ text, kind: 'count' as const, value, unit });
const money = (text: string, value: number, currency: string) => ({ text, kind: 'money' as const, value, currency });
const pct = (text: string, value: number) => ({ text, kind: 'percent' as const, value });
const date = (text: string, iso: string) => ({ text, kind: 'date' as const, date: iso });
const timed = (input: ReturnType<typeof build>) => view(input, extractEvents(input)).map((e) => [e.type, e.quantity, e.time]);

describe('a share of a sales sum earned abroad takes the sum’s time, not that of a count told before', () => {
  it('fr, es: `a réalisé l’an dernier un chiffre d’affaires de 186 millions d’euros, dont 55 % à l’étranger`, `facturó el año pasado 164 millones de euros, de los que el 47 % procedió de clientes extranjeros`', () => {
    const fr = 'Au premier semestre, les agriculteurs kazakhs ont acquis 9 800 semoirs. Semavia a réalisé l\'an dernier un chiffre d\'affaires de 186 millions d\'euros, dont 55 % à l\'étranger.';
    const got = timed(build(fr, 'fra', [['Semavia', 'ORG']], [date('premier semestre', '2026-01/2026-06'), count('9 800 semoirs', 9800, 'seed_drill'), money('186 millions d\'euros', 186e6, 'EUR'), pct('55 %', 55)], '2026-10-05'));
    expect(got.find((e) => e[0] === 'export' && e[1] === 55)?.[2]).toBe('2025');
    const es = 'En el primer semestre, Moncayo vendió 800 autobuses. Moncayo facturó el año pasado 164 millones de euros, de los que el 47 % procedió de clientes extranjeros.';
    const got2 = timed(build(es, 'spa', [['Moncayo', 'ORG']], [date('primer semestre', '2027-01/2027-06'), count('800 autobuses', 800, 'bus'), money('164 millones de euros', 164e6, 'EUR'), pct('47 %', 47)], '2027-09-03'));
    expect(got2.find((e) => e[0] === 'export' && e[1] === 47)?.[2]).toBe('2026');
  });
  it('silent: a part of a count told before keeps the count’s time (de)', () => {
    const de = 'Voltrak baute im ersten Quartal 640 Busse. Ins Ausland gingen davon 215 Fahrzeuge.';
    const got = timed(build(de, 'deu', [['Voltrak', 'ORG']], [date('ersten Quartal', '2027-01/2027-03'), count('640 Busse', 640, 'bus'), count('215 Fahrzeuge', 215, 'bus')], '2027-05-03'));
    expect(got.find((e) => e[1] === 215)?.[2]).toBe('2027-01/2027-03');
  });
});
