import { describe, expect, it } from 'vitest';
import { facts, find } from './helpers.js';

describe('numbers stage: German news', () => {
  it("reads the seed's numbers (dot groups, spelled-out millions, rates)", () => {
    const text =
      'Die Produktion soll von 300.000 Einheiten auf 500.000 Einheiten steigen. Ihm zufolge wird Usbekistan bis 2030 eine Million Autos pro Jahr produzieren.';
    const out = facts(text, 'deu');
    expect(find(out, '300.000 Einheiten')).toMatchObject({ kind: 'count', value: 300_000, unit: 'car' });
    expect(find(out, '500.000 Einheiten')).toMatchObject({ value: 500_000 });
    expect(find(out, '2030')).toMatchObject({ kind: 'year', value: 2030 });
    expect(find(out, 'eine Million Autos pro Jahr')).toMatchObject({ kind: 'rate', value: 1_000_000, unit: 'car' });
  });

  it('reads money in words and abbreviations', () => {
    const out = facts('Wir werden zusätzlich eine Milliarde US-Dollar investieren; dazu kommen 1,2 Mrd. Euro und 500 Mio. Dollar.', 'deu');
    expect(find(out, 'eine Milliarde US-Dollar')).toMatchObject({ kind: 'money', value: 1e9, currency: 'USD' });
    expect(find(out, '1,2 Mrd. Euro')).toMatchObject({ kind: 'money', value: 1.2e9, currency: 'EUR' });
    expect(find(out, '500 Mio. Dollar')).toMatchObject({ value: 5e8, currency: 'USD' });
  });

  it('reads decimal commas, percent words, ordinals and compounds', () => {
    const out = facts(
      'Der Umsatz stieg um 12,5 Prozent, der Anteil um 30 %. Am zweiten Tag kamen einhunderteinunddreißig Gäste in neun Regionen; es gibt zwei weitere Hersteller.',
      'deu',
    );
    expect(find(out, '12,5 Prozent')).toMatchObject({ kind: 'percent', value: 12.5 });
    expect(find(out, '30 %')).toMatchObject({ kind: 'percent', value: 30 });
    expect(find(out, 'zweiten')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(find(out, 'einhunderteinunddreißig Gäste')).toMatchObject({ value: 131 });
    expect(find(out, 'neun Regionen')).toMatchObject({ value: 9, unit: 'region' });
    // an adjective between number and noun: the noun is not in the span
    expect(find(out, 'zwei')).toMatchObject({ kind: 'count', value: 2 });
  });

  it('a compound names its counted kind (`Elektrobusse`, `Elektrolokomotiven`, `Motoren`); silent on an unknown compound', () => {
    const out = facts('SamAuto will 20 Elektrobusse und 120 Elektrolokomotiven bauen; 2025 entstanden 316.400 Motoren und 40 Globusse.', 'deu');
    expect(find(out, '20 Elektrobusse')).toMatchObject({ kind: 'count', value: 20, unit: 'bus' });
    expect(find(out, '120 Elektrolokomotiven')).toMatchObject({ value: 120, unit: 'locomotive' });
    expect(find(out, '316.400 Motoren')).toMatchObject({ value: 316_400, unit: 'engine' });
    expect(find(out, '40 Globusse')).toMatchObject({ value: 40, unit: 'globusse' });
  });

  it('indefinite articles are not numbers', () => {
    const out = facts('Das ist eine Zahl und ein Automobilwerk in einer Stadt.', 'deu');
    expect(out).toEqual([]);
  });

  it('resolves month names against the reference date', () => {
    const out = facts('Mitte Juni dieses Jahres sprach er darüber; im April besuchte er China.', 'deu', '2023-06-14');
    expect(find(out, 'Mitte Juni dieses Jahres')).toMatchObject({ kind: 'date', date: '2023-06', value: null });
    expect(find(out, 'April')).toMatchObject({ kind: 'date', date: '2023-04' });
  });
});
