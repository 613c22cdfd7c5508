import { describe, expect, it } from 'vitest';
import { scanNumerals, toLang } from '../../../pipeline/numbers/index.js';
import { facts, find } from './helpers.js';

describe('numbers stage: things that are not numbers (or not those numbers)', () => {
  it("'Euro-5' / 'Euro 5' name a standard", () => {
    expect(facts('Trucks meet the Euro-5 standard, buses Euro 5.', 'eng')).toEqual([]);
  });

  it('phone numbers and article ids are skipped', () => {
    expect(facts('Call +1-222-333-4444 or read article 20231234567.', 'eng')).toEqual([]);
  });

  it("'2030' is a year, '2,030 cars' a count", () => {
    const out = facts('By 2030 the plant will have built 2,030 cars.', 'eng');
    expect(find(out, '2030')).toMatchObject({ kind: 'year', value: 2030 });
    expect(find(out, '2,030 cars')).toMatchObject({ kind: 'count', value: 2030 });
  });

  it('numbers inside words and codes are not numbers', () => {
    expect(facts('The pre1990 stock, model X5a and the SCP-173 file.', 'eng')).toEqual([]);
  });

  it("relative dates without numerals and 'first of all' are not numbers", () => {
    expect(facts('First of all, this year and last year were good; today too.', 'eng')).toEqual([]);
  });

  it('German "Euro-5-Norm" is not a number; "300 000" with a no-break space is', () => {
    const out = facts('Die Euro-5-Norm gilt für 300\u00a0000 Fahrzeuge.', 'deu');
    expect(out.map((f) => [f.text, f.value])).toEqual([['300\u00a0000 Fahrzeuge', 300000]]);
  });

  it('IP addresses and dates split into their parts at the numeral layer', () => {
    const en = toLang('eng');
    expect(scanNumerals('192.168.1.2', en).map((n) => n.value)).toEqual([192, 168, 1, 2]);
    expect(scanNumerals('on 5/17/2018', en).map((n) => n.value)).toEqual([5, 17, 2018]);
  });

  it('sports scores are not ranges, clock times are not counts', () => {
    const out = facts('They won 3-0 at 14:00 and kicked off at 5 pm.', 'eng');
    expect(out.some((f) => f.range !== null)).toBe(false);
    expect(out.some((f) => f.text === '14' || f.text === '00' || f.text === '5')).toBe(false);
    expect(facts('Um 17 Uhr kamen 30 Gäste.', 'deu').map((f) => f.text)).toEqual(['30 Gäste']);
  });

  it("'a third factory' is an ordinal, 'a third of' a fraction; French 'mais' is not May", () => {
    const out = facts('A third of the cars come from a third factory.', 'eng');
    expect(find(out, 'A third')).toMatchObject({ kind: 'percent', value: (1 / 3) * 100 });
    expect(find(out, 'third')).toMatchObject({ kind: 'ordinal', value: 3 });
    expect(facts('Mais en mai 2023, rien.', 'fra').map((f) => [f.text, f.date])).toEqual([['mai 2023', '2023-05']]);
  });

  it('scaled decimals carry no floating-point noise; a third stays a third', () => {
    expect(find(facts('Die Produktion stieg auf 4,1 Millionen Einheiten.', 'deu'), '4,1 Millionen Einheiten')).toMatchObject({ value: 4_100_000 });
    expect(find(facts('Exports reached $51.7 million.', 'eng'), '$51.7 million')).toMatchObject({ value: 51_700_000 });
  });

  it('vague plurals and a lone "half" are not numbers in articles', () => {
    expect(facts('Hundreds of workers, half of them women, and thousands more.', 'eng')).toEqual([]);
  });
});
