import { describe, expect, it } from 'vitest';
import { NUMBERS_STAGE } from '../../../pipeline/numbers/index.js';
import { facts, find } from './helpers.js';

describe('numbers stage: English news', () => {
  it('has a name and a version', () => {
    expect(NUMBERS_STAGE.name).toBe('numbers');
    expect(NUMBERS_STAGE.version).toMatch(/^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
  });

  it("reads the seeds' counts with their counted nouns", () => {
    const text = '"Since 2021, about 2,700 units of Chevrolet cars have been produced in Azerbaijan," she said; the plant employs 1,200 jobs.';
    const out = facts(text, 'eng');
    expect(find(out, '2,700 units')).toMatchObject({ kind: 'count', value: 2700, unit: 'car', currency: null });
    expect(find(out, '1,200 jobs')).toMatchObject({ kind: 'count', value: 1200, unit: 'job' });
    expect(find(out, '2021')).toMatchObject({ kind: 'year', value: 2021, date: '2021' });
    // the hedge stays outside the span
    expect(out.some((f) => f.text.includes('about'))).toBe(false);
  });

  it('reads money with symbols, scale words and currency names', () => {
    const text = 'The project costs 88 million manat ($51.7 million), and a further $ 14.08 million was set aside.';
    const out = facts(text, 'eng');
    expect(find(out, '88 million manat')).toMatchObject({ kind: 'money', value: 88_000_000, currency: 'AZN', unit: null });
    expect(find(out, '$51.7 million')).toMatchObject({ kind: 'money', value: 51_700_000, currency: 'USD' });
    expect(find(out, '$ 14.08 million')).toMatchObject({ kind: 'money', value: 14_080_000, currency: 'USD' });
    expect(find(out, '$51.7 million')!.ambiguous).toMatch(/\$/);
  });

  it('reads percent signs and words, rates and ordinals', () => {
    const text =
      'Localization reached 75 percent, exports 80%. The plant will make 30,000 cars per year and export 2,000 vehicles annually; it is the second plant and the first of its kind.';
    const out = facts(text, 'eng');
    expect(find(out, '75 percent')).toMatchObject({ kind: 'percent', value: 75 });
    expect(find(out, '80%')).toMatchObject({ kind: 'percent', value: 80 });
    expect(find(out, '30,000 cars per year')).toMatchObject({ kind: 'rate', value: 30000, unit: 'car' });
    expect(find(out, '2,000 vehicles')).toMatchObject({ kind: 'rate', value: 2000, unit: 'car' });
    expect(find(out, 'second')).toMatchObject({ kind: 'ordinal', value: 2 });
    expect(find(out, 'first')).toMatchObject({ kind: 'ordinal', value: 1 });
  });

  it('reads spelled-out numbers and hyphenated counts', () => {
    const out = facts('Cars go to three countries; five types are made; a two-day visit; twenty-one trillion and three hundred.', 'eng');
    expect(find(out, 'three countries')).toMatchObject({ value: 3, unit: 'country' });
    expect(find(out, 'five types')).toMatchObject({ value: 5, unit: 'type' });
    expect(find(out, 'two-day')).toMatchObject({ value: 2, unit: 'day' });
    expect(find(out, 'twenty-one trillion and three hundred')).toMatchObject({ value: 21_000_000_000_300 });
  });

  it("'32.4 times' is a rate, 'No. 3127' an ordinal", () => {
    const out = facts('As many as 969 cars were produced, 32.4 times more than before, under Decree No. 3127.', 'eng');
    expect(find(out, '32.4 times')).toMatchObject({ kind: 'rate', value: 32.4, unit: 'times' });
    expect(find(out, 'No. 3127')).toMatchObject({ kind: 'ordinal', value: 3127 });
    expect(find(out, '969 cars')).toMatchObject({ kind: 'count', value: 969 });
  });

  it('reads ranges as one fact', () => {
    const out = facts('The plant will hire 2,000–3,000 workers and between 20 and 30 engineers.', 'eng');
    expect(find(out, '2,000–3,000 workers')).toMatchObject({ value: null, range: [2000, 3000], unit: 'employee' });
    expect(find(out, '20 and 30 engineers')).toMatchObject({ range: [20, 30] });
  });

  it('knows the Central Asian currencies', () => {
    const out = facts("Loans of 500 billion so'm, 25 billion tenge, 10 million som and UZS 1.2 trillion; 1 billion yuan; 5 trillion won; 200 million yen; 3 billion lira.", 'eng');
    expect(find(out, "500 billion so'm")?.currency).toBe('UZS');
    expect(find(out, '25 billion tenge')?.currency).toBe('KZT');
    expect(find(out, '10 million som')?.currency).toBe('KGS');
    expect(find(out, 'UZS 1.2 trillion')).toMatchObject({ currency: 'UZS', value: 1.2e12 });
    expect(find(out, '1 billion yuan')?.currency).toBe('CNY');
    expect(find(out, '5 trillion won')?.currency).toBe('KRW');
    expect(find(out, '200 million yen')?.currency).toBe('JPY');
    expect(find(out, '3 billion lira')?.currency).toBe('TRY');
  });

  it("'one of the' is a number, 'which one' is not", () => {
    const out = facts('This is one of the most important goals. Which one do you prefer?', 'eng');
    expect(out.map((f) => f.text)).toEqual(['one']);
  });
});

describe('numbers: English plurals in -es after a sibilant', () => {
  it('batches, boxes take their singular; cars and buses keep theirs', () => {
    expect(find(facts('The wagons go to Baku in three batches.', 'eng'), 'three batches')).toMatchObject({ value: 3, unit: 'batch' });
    expect(find(facts('They shipped 12 boxes of parts.', 'eng'), '12 boxes')).toMatchObject({ value: 12, unit: 'box' });
    expect(find(facts('It sold 40 cars and 3 buses.', 'eng'), '40 cars')).toMatchObject({ unit: 'car' });
    expect(find(facts('It sold 40 cars and 3 buses.', 'eng'), '3 buses')).toMatchObject({ unit: 'bus' });
  });
});
