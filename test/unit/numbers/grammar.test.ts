import { describe, expect, it } from 'vitest';
import { predictCase } from '../../../cli/predict-numbers.js';
import { extractNumbers } from '../../../pipeline/numbers/index.js';

const values = (spec: string, lang: string, input: string) => predictCase(`${spec}.json`, lang, input).map((r) => [r.text, r.value]);

describe('number grammar read from the packs', () => {
  it('decimal words join spelled integers and decimals in each pack’s language', () => {
    expect(values('NumberModel', 'de', 'drei Komma fünf')).toEqual([['drei Komma fünf', 3.5]]);
    expect(values('NumberModel', 'es', 'tres coma cinco')).toEqual([['tres coma cinco', 3.5]]);
    expect(values('NumberModel', 'tr', 'üç virgül beş')).toEqual([['üç virgül beş', 3.5]]);
    expect(values('NumberModel', 'en', 'nine point nought four')).toEqual([['nine point nought four', 9.04]]);
  });

  it('a decimal word without a spelled number before it stays a word', () => {
    expect(values('NumberModel', 'en', 'the point is two')).toEqual([['two', 2]]);
    // another language's decimal word is no decimal mark in English
    expect(values('NumberModel', 'en', 'three Komma five')).toEqual([['three', 3], ['five', 5]]);
  });

  it('relative ordinals resolve to positions, unless extended types are suppressed', () => {
    expect(values('OrdinalModel', 'en', 'Show me the next one, not the second to last.')).toEqual([['next one', 'current+1'], ['the second to last', 'end-1']]);
    expect(values('OrdinalModel', 'de', 'Zeig mir die vorletzte Seite.')).toEqual([['vorletzte', 'end-1']]);
    expect(values('OrdinalModel', 'fr', 'la dernière page')).toEqual([['dernière', 'end+0']]);
    expect(values('OrdinalModelSuppressExtendedTypes', 'en', 'Show me the next one.')).toEqual([]);
    // a numeric ordinal wins over the words around it
    expect(values('OrdinalModel', 'en', 'the third to last')).toEqual([['the third to last', 'end-2']]);
  });
});

describe('ranges and comparisons read from the packs', () => {
  it('Turkic comparisons after the number and intervals closed by a postposition', () => {
    expect(values('NumberRangeModel', 'tr', "30'dan fazla araç")).toEqual([["30'dan fazla", [30, null]]]);
    expect(values('NumberRangeModel', 'tr', '20 ile 30 arasında')).toEqual([['20 ile 30 arasında', [20, 30]]]);
    expect(values('NumberRangeModel', 'az', 'ən azı 10 nəfər')).toEqual([['ən azı 10', [10, null]]]);
    expect(values('NumberRangeModel', 'uz', '30 dan ortiq')).toEqual([['30 dan ortiq', [30, null]]]);
    expect(values('NumberRangeModel', 'kk', '20 мен 30 аралығында')).toEqual([['20 мен 30 аралығында', [20, 30]]]);
    expect(values('NumberRangeModelExperimentalMode', 'kk', '10-нан 20-ға дейін')).toEqual([['10-нан 20-ға дейін', [10, 20]]]);
  });

  it('another language’s range words stay silent: German "mindestens" in English text, Turkish "ile" in German', () => {
    expect(values('NumberRangeModel', 'en', 'mindestens 10')).toEqual([]);
    expect(values('NumberRangeModel', 'de', '20 ile 30 arasında')).toEqual([]);
  });
});

describe('dimension units: the pack’s words and the symbols every language shares', () => {
  it('reads unit words of the article’s language and symbols anywhere', () => {
    expect(values('DimensionModel', 'en', 'The house has 1,200 square feet and a 5 km/h speed limit.')).toEqual([['1,200 square feet', 1200], ['5 km/h', 5]]);
    expect(values('DimensionModel', 'de', 'Wir brauchen 12 Kubikmeter Beton und 3 m².')).toEqual([['12 Kubikmeter', 12], ['3 m²', 3]]);
    expect(values('DimensionModel', 'tr', '15 metrekare alan')).toEqual([['15 metrekare', 15]]);
  });

  it('another language’s unit word is no unit: German "Pfund" in English text', () => {
    expect(values('DimensionModel', 'en', 'He paid 5 Pfund.')).toEqual([]);
  });
});

describe('classes of news text the issue found read wrongly', () => {
  const facts = (text: string, language: string) => extractNumbers(text, { language }).map((f) => [f.text, f.kind, f.value, f.unit ?? f.currency]);

  it('a scale glued to the number before a counted noun or a currency; alone, "m" stays metres', () => {
    expect(facts('Sales reached 9.7m vehicles, 300m yen and 5bn; the tower is 9.7m high.', 'en')).toEqual([
      ['9.7m vehicles', 'count', 9.7e6, 'car'],
      ['300m yen', 'money', 3e8, 'JPY'],
      ['5bn', 'count', 5e9, null],
      ['9.7m', 'count', 9.7, 'm'],
    ]);
  });

  it('currency names in the plural and with their zone (soums, francs CFA)', () => {
    expect(facts('The budget is 1.5 trillion soums.', 'en')).toEqual([['1.5 trillion soums', 'money', 1.5e12, 'UZS']]);
    expect(facts('21 milliards de francs CFA', 'fr')).toEqual([['21 milliards de francs CFA', 'money', 21e9, 'XOF']]);
  });

  it('article + ordinal is a fraction where the pack says ordinals are denominators (a share: percent), an ordinal before a noun', () => {
    expect(facts('un cinquième des ventes et le cinquième constructeur', 'fr')).toEqual([['un cinquième', 'percent', 20, null], ['cinquième', 'ordinal', 5, null]]);
    expect(facts('dos tercios del mercado', 'es')).toEqual([['dos tercios', 'percent', (2 / 3) * 100, null]]);
  });

  it('a number right after a car make is its model, not a year; a counted noun after it keeps the quantity', () => {
    expect(facts('The Peugeot 2008 sold well in 2024; Toyota 5000 cars.', 'en')).toEqual([['2024', 'year', 2024, null], ['5000 cars', 'count', 5000, 'car']]);
  });
});

describe('a rate distributes over coordinated quantities', () => {
  const kinds = (text: string, language: string) => extractNumbers(text, { language }).map((f) => [f.text, f.kind]);

  it('in each language, through the pack’s coordinator', () => {
    expect(kinds('Ab 2028 sollen jährlich 1.200 Mähdrescher und 800 Traktoren vom Band laufen.', 'de')).toEqual([['2028', 'year'], ['1.200 Mähdrescher', 'rate'], ['800 Traktoren', 'rate']]);
    expect(kinds('It will make 5,000 cars per year and 2,000 buses.', 'en')).toEqual([['5,000 cars per year', 'rate'], ['2,000 buses', 'rate']]);
  });

  it('a rate phrase after the second quantity is the first one’s too', () => {
    expect(kinds('It is designed to turn out 1,200 combine harvesters and 800 tractors a year.', 'en')).toEqual([['1,200 combine harvesters', 'rate'], ['800 tractors a year', 'rate']]);
    // not across a clause: the first figure is a count of its own
    expect(kinds('It sold 5,000 cars and plans 800 buses a year.', 'en')).toEqual([['5,000 cars', 'count'], ['800 buses a year', 'rate']]);
  });

  it('not across another language’s coordinator, nor to a quantity without a unit', () => {
    expect(kinds('5,000 cars per year und 2,000 buses', 'en')).toEqual([['5,000 cars per year', 'rate'], ['2,000 buses', 'count']]);
    expect(kinds('5,000 cars per year and 2,000', 'en')).toEqual([['5,000 cars per year', 'rate'], ['2,000', 'count']]);
  });
});

describe('counted nouns of several words', () => {
  const facts = (text: string, language: string) => extractNumbers(text, { language }).map((f) => [f.text, f.unit]);

  it('a listed compound or a known noun after the pack’s modifiers (`120 electric locomotives`)', () => {
    expect(facts('to deliver 120 electric locomotives by 2029', 'en')).toEqual([['120 electric locomotives', 'locomotive'], ['2029', null]]);
    expect(facts('12 cotton harvesters and 300 combine harvesters', 'en')).toEqual([['12 cotton harvesters', 'cotton_harvester'], ['300 combine harvesters', 'combine']]);
  });

  it('not over a year, a stop word, a name or in a pack without modifiers', () => {
    expect(facts('In 2025 electric cars sold well; it sold 2,000 more cars and 1,140 Chevrolet Onix cars.', 'en')).toEqual([['2025', null], ['2,000', null], ['1,140', null]]);
    expect(facts('1.200 neue Arbeitsplätze', 'de')).toEqual([['1.200', null]]);
  });
});

describe('`from X to Y` after a change verb is two figures, not a range', () => {
  const facts = (text: string, language: string) => extractNumbers(text, { language }).map((f) => [f.text, f.kind, f.value ?? f.range, f.unit]);

  it('the bare first figure takes the unit and kind of the second', () => {
    expect(facts('The plant will raise its capacity from 40 to 60 locomotives a year.', 'en')).toEqual([['40', 'rate', 40, 'locomotive'], ['60 locomotives a year', 'rate', 60, 'locomotive']]);
    expect(facts('Le site portera sa capacité de 40 à 60 locomotives par an.', 'fr')).toEqual([['40', 'rate', 40, 'locomotive'], ['60 locomotives par an', 'rate', 60, 'locomotive']]);
  });

  it('a range without a change verb stays one fact', () => {
    expect(facts('It will build from 2,000 to 3,000 cars.', 'en')).toEqual([['2,000 to 3,000 cars', 'count', [2000, 3000], 'car']]);
  });
});

describe('fraction words between a numerator and a denominator', () => {
  it('reads over, in and out of in English, only between numbers', () => {
    expect(values('NumberModel', 'en', 'one over three, 1 in twenty-one, two out of five hundred')).toEqual([
      ['one over three', 1 / 3],
      ['1 in twenty-one', 1 / 21],
      ['two out of five hundred', 2 / 500],
    ]);
    expect(values('NumberModel', 'en', 'one in the morning')).toEqual([['one', 1]]);
  });

  it('English fraction words are no fraction words in German', () => {
    expect(values('NumberModel', 'de', 'eins in zwanzig')).toEqual([['eins', 1], ['zwanzig', 20]]);
  });
});

describe('English currency names from the ISO 4217 list', () => {
  const money = (text: string) => extractNumbers(text, { language: 'en' }).map((f) => [f.text, f.kind, f.currency]);

  it('reads full names and unique head nouns, singular and plural', () => {
    expect(money('It cost 500 zlotys, 20 Mexican pesos, 40 Czech korunas and 7 naira.')).toEqual([
      ['500 zlotys', 'money', 'PLN'],
      ['20 Mexican pesos', 'money', 'MXN'],
      ['40 Czech korunas', 'money', 'CZK'],
      ['7 naira', 'money', 'NGN'],
    ]);
  });

  it('a head noun that is an ordinary English word, or that several currencies share, is no currency alone', () => {
    expect(money('They had 5 real problems.')).toEqual([['5', 'count', null]]);
  });
});

describe('currency symbols of every script', () => {
  it('reads them before or after the number; a word before a number stays a word', () => {
    const money = (text: string) => extractNumbers(text, { language: 'en' }).map((f) => [f.text, f.currency]);
    expect(money('₪50, ฿300, 20 zł, Rs. 5,000 and 100 Kč')).toEqual([['₪50', 'ILS'], ['฿300', 'THB'], ['20 zł', 'PLN'], ['Rs. 5,000', 'INR'], ['100 Kč', 'CZK']]);
    expect(money('Runs 5 km.')).toEqual([['5 km', null]]);
  });
});

describe('German fractions and percent phrases', () => {
  it('reads fraction words with a numerator written together, and vom Hundert', () => {
    expect(values('NumberModel', 'de', 'dreiviertel und zwei Drittel')).toEqual([['dreiviertel', 0.75], ['zwei Drittel', 2 / 3]]);
    expect(values('PercentModel', 'de', '50 vom Hundert')).toEqual([['50 vom Hundert', 50]]);
  });

  it('a word that ends like a fraction is no fraction (Mittel, Kapitel)', () => {
    expect(values('NumberModel', 'de', 'Mittel und Kapitel')).toEqual([]);
  });
});

describe('ages and temperatures from the packs', () => {
  it('reads each language’s age phrases and temperature words; signs and English names everywhere', () => {
    expect(values('AgeModel', 'de', 'Als sie 5 Jahre alt war')).toEqual([['5 Jahre alt', 5]]);
    expect(values('AgeModel', 'tr', 'Ali 25 yaşında')).toEqual([['25 yaşında', 25]]);
    expect(values('TemperatureModel', 'tr', 'Hava 30 derece')).toEqual([['30 derece', 30]]);
    expect(values('TemperatureModel', 'kk', '-5 градус, 20 °C')).toEqual([['-5 градус', -5], ['20 °C', 20]]);
  });

  it('a German age phrase is no age in English text', () => {
    expect(values('AgeModel', 'en', 'He is 5 Jahre alt')).toEqual([]);
  });
});

describe('pronoun quantifiers (pack field pronounQuantifiers)', () => {
  const facts = (text: string, language: string) => extractNumbers(text, { language }).map((f) => [f.text, f.kind, f.value]);

  it('fr: `toutes deux assemblées à Asaka` refers back (both), no figure', () => {
    expect(facts('La Onix et la Tracker, toutes deux assemblées à Asaka ; tous les trois ont été livrés.', 'fr')).toEqual([]);
  });

  it('silent: a spelled count without the quantifier, and a known counted noun after it', () => {
    expect(facts('Le groupe a ouvert deux usines et tous deux véhicules.', 'fr')).toEqual([['deux usines', 'count', 2], ['deux véhicules', 'count', 2]]);
  });
});

describe('French currency names of the region and its partners', () => {
  const money = (text: string, language: string) => extractNumbers(text, { language }).map((f) => [f.kind, f.value, f.currency]);

  it('fr: yuans, wons, laris, soms kirghiz, manats turkmènes', () => {
    expect(money('500 millions de yuans, 2 milliards de wons, 30 millions de laris, 1,2 milliard de soms kirghiz et 40 millions de manats turkmènes', 'fr')).toEqual([
      ['money', 5e8, 'CNY'], ['money', 2e9, 'KRW'], ['money', 3e7, 'GEL'], ['money', 1.2e9, 'KGS'], ['money', 4e7, 'TMT'],
    ]);
  });

  it('silent: manats alone stay Azerbaijani, a word that begins like a currency is no currency (`sommiers`)', () => {
    expect(money('88 millions de manats et 3 000 sommiers', 'fr')).toEqual([['money', 8.8e7, 'AZN'], ['count', 3000, null]]);
  });
});
