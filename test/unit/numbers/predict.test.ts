import { describe, expect, it } from 'vitest';
import { predictCase } from '../../../cli/predict-numbers.js';

const vals = (spec: string, lang: string, input: string): unknown[] => predictCase(spec, lang, input).map((r) => r.value);

describe('predict numbers: spec shaping', () => {
  it('NumberModel: every cardinal, no ordinals, no glued units', () => {
    expect(vals('NumberModel.json', 'en', 'They sold 3 hundred and twelve cars on the 4th day, 15km away.')).toEqual([312]);
    expect(vals('NumberModel.json', 'de', 'Es kamen einhundertzwölf Leute und 2.500 Autos.')).toEqual([112, 2500]);
  });

  it('OrdinalModel: ordinals only', () => {
    expect(vals('OrdinalModel.json', 'en', 'the twenty-second and the 3rd of five')).toEqual([22, 3]);
  });

  it('PercentModel and CurrencyModel: percents and money with ISO codes', () => {
    expect(vals('PercentModel.json', 'en', 'up 12 percent and 3.5%')).toEqual([12, 3.5]);
    const money = predictCase('CurrencyModel.json', 'en', 'It cost 40 euros and US$ 2.5 million.');
    expect(money.map((r) => [r.value, r.currency])).toEqual([
      [40, 'EUR'],
      [2_500_000, 'USD'],
    ]);
  });

  it('NumberRangeModel: comparatives and intervals', () => {
    expect(vals('NumberRangeModel.json', 'en', 'at least 40 and between 5 and 9, or 10-20')).toEqual([
      [40, null],
      [5, 9],
      [10, 20],
    ]);
  });

  it('Dimension, Temperature, Age', () => {
    expect(vals('DimensionModel.json', 'en', 'a 12-mile road and 3.5 km more')).toEqual([12, 3.5]);
    expect(vals('TemperatureModel.json', 'en', 'it was 30 degrees celsius')).toEqual([30]);
    expect(vals('AgeModel.json', 'en', 'a plant that is 12 years old')).toEqual([12]);
  });
});
