import { beforeAll, describe, expect, it } from 'vitest';
import { loadNerModel, NER_MODEL_VERSION, withFinalStop, type NerModel, type NerSpan } from '../../../pipeline/entities/ner-model.js';
import { tokenize } from '../../../pipeline/entities/tokenize.js';

// Sentences written for these tests (not taken from any data set).
const CASES: { lang: string; text: string; expect: [string, NerSpan['label']][] }[] = [
  {
    lang: 'en',
    text: 'Barack Obama visited the Microsoft offices in Seattle on Tuesday.',
    expect: [['Barack Obama', 'PER'], ['Microsoft', 'ORG'], ['Seattle', 'LOC']],
  },
  {
    lang: 'de',
    text: 'Bundeskanzler Olaf Scholz reiste am Montag nach Berlin.',
    expect: [['Olaf Scholz', 'PER'], ['Berlin', 'LOC']],
  },
  {
    lang: 'ru',
    text: 'Владимир Путин прилетел в Москву в понедельник.',
    expect: [['Владимир Путин', 'PER'], ['Москву', 'LOC']],
  },
  {
    lang: 'fr',
    text: 'Emmanuel Macron a visité une usine Renault à Lyon jeudi.',
    expect: [['Emmanuel Macron', 'PER'], ['Lyon', 'LOC']],
  },
];

let model: NerModel;

beforeAll(async () => {
  model = await loadNerModel();
});

describe('NER model', () => {
  it('loads the shipped version offline', () => {
    expect(model.version).toBe(NER_MODEL_VERSION);
    expect(model.id).toContain(NER_MODEL_VERSION);
  });

  for (const c of CASES) {
    it(`finds the expected entities (${c.lang})`, async () => {
      const spans = await model.extract(c.text);
      const found = spans.map((s) => [s.text, s.label]);
      for (const e of c.expect) expect(found).toContainEqual(e);
      for (const s of spans) {
        expect(c.text.slice(s.start, s.end)).toBe(s.text);
        expect(s.confidence).toBeGreaterThan(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
      }
    });
  }

  it('keeps offsets right after emoji and astral characters', async () => {
    const text = '🎉🇩🇪 Great news 😀: 𝒳 Angela Merkel met students in Hamburg 👍🏽 yesterday.';
    const spans = await model.extract(text);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    const merkel = spans.find((s) => s.text === 'Angela Merkel');
    expect(merkel?.label).toBe('PER');
    expect(merkel?.start).toBe(text.indexOf('Angela'));
    expect(spans.find((s) => s.text === 'Hamburg')?.label).toBe('LOC');
  });

  it('handles several sentences and returns nothing for empty text', async () => {
    expect(await model.extract('')).toEqual([]);
    const text = 'Olaf Scholz sprach in Berlin. Später flog er nach Paris.';
    const spans = await model.extract(text);
    expect(spans.map((s) => s.text)).toEqual(expect.arrayContaining(['Olaf Scholz', 'Berlin', 'Paris']));
  });

  it('reads a headline without a full stop as a sentence, not as one long name', async () => {
    for (const headline of ['КАМАЗ запустил новую линию в Набережных Челнах', 'Stellantis fabricará un nuevo modelo en Zaragoza']) {
      const spans = await model.extract(headline, headline.startsWith('К') ? 'rus' : 'spa');
      expect(spans.filter((s) => s.text.split(' ').length > 3)).toEqual([]);
      for (const s of spans) expect(headline.slice(s.start, s.end)).toBe(s.text);
    }
    expect((await model.extract('Stellantis fabricará un nuevo modelo en Zaragoza', 'spa')).map((s) => [s.text, s.label])).toContainEqual(['Zaragoza', 'LOC']);
    expect(withFinalStop(['Volkswagen', 'baut', 'Werk'])).toEqual(['Volkswagen', 'baut', 'Werk', '.']);
    expect(withFinalStop(['Er', 'sagte', ':', '"', 'Ja', '!', '"'])).toEqual(['Er', 'sagte', ':', '"', 'Ja', '!', '"']);
  });

  it('tagTokens returns one IOB2 tag per token, long sentences included', async () => {
    const long = Array.from({ length: 260 }, (_, i) => (i % 13 === 0 ? 'Berlin' : i % 7 === 0 ? ',' : 'und'));
    const sents = [['Angela', 'Merkel', 'besuchte', 'Paris', '.'], [], long, ['Hello']];
    const tags = await model.tagTokens(sents);
    expect(tags.map((t) => t.length)).toEqual(sents.map((s) => s.length));
    for (const t of tags.flat()) expect(t).toMatch(/^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    expect(tags[0]).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
    // batching does not change results
    const alone = await model.tagTokens([sents[2]!]);
    expect(alone[0]).toEqual(tags[2]);
  });

  it('tagTokensScored gives tagTokens’ tags with a marginal in [0, 1] per token', async () => {
    const sents = [
      ['Angela', 'Merkel', 'besuchte', 'Paris', '.'],
      ['Le', 'maire', 'de', 'Lyon', 'a', 'parlé', 'à', 'Marseille', '.'],
      [],
      ['the', 'weather', 'was', 'mild', 'and', 'dry', '.'],
    ];
    const scored = await model.tagTokensScored(sents);
    expect(scored.map((s) => s.tags)).toEqual(await model.tagTokens(sents));
    expect(scored.map((s) => s.marginals.length)).toEqual(sents.map((s) => s.length));
    for (const p of scored.flatMap((s) => s.marginals)) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1 + 1e-9);
    }
    // a sentence without names: every token O, and the model is sure of it
    expect(scored[3]!.tags.every((t) => t === 'O')).toBe(true);
    expect(Math.min(...scored[3]!.marginals)).toBeGreaterThan(0.5);
  });
});

describe('tokenizer', () => {
  it('splits like CoNLL data and keeps offsets', () => {
    const text = "The U.S. firm's shares rose 2,700 (3.5%) in l'Assemblée; don't 👍🏽 J. Smith.";
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual([
      'The', 'U.S.', 'firm', "'s", 'shares', 'rose', '2,700', '(', '3.5', '%', ')', 'in', "l'", 'Assemblée', ';',
      'do', "n't", '👍', '🏽', 'J.', 'Smith', '.',
    ]);
    for (const t of toks) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});
