import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../../pipeline/text/normalize.js';
import { sentencesOf, splitLines, splitSentences } from '../../../pipeline/text/segment.js';

describe('normalizeText', () => {
  it('composes to NFC, unifies line ends and drops control characters', () => {
    expect(normalizeText('Mu\u0308nchen\r\nZeile\rdrei\u0007 ')).toBe('München\nZeile\ndrei');
  });
});

describe('segmentation', () => {
  const text = 'Title line\n\n  Mr. Smith visited Tashkent. He met Dr. Azimov on Friday!\nNo. 3127 was signed.';

  it('splits lines with offsets that slice to their text', () => {
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual([
      'Title line',
      'Mr. Smith visited Tashkent. He met Dr. Azimov on Friday!',
      'No. 3127 was signed.',
    ]);
    for (const l of lines) expect(text.slice(l.start, l.end)).toBe(l.text);
  });

  it('splits sentences inside a line, not after abbreviations, with exact offsets', () => {
    const sentences = splitLines(text).flatMap((l) => splitSentences(l));
    expect(sentences.map((s) => s.text)).toEqual([
      'Title line',
      'Mr. Smith visited Tashkent.',
      'He met Dr. Azimov on Friday!',
      'No. 3127 was signed.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps offsets right after astral characters (emoji)', () => {
    const t = '🚗🚗 Cars sold well. Exports grew 🚀 fast.';
    const sentences = splitLines(t).flatMap((l) => splitSentences(l));
    expect(sentences.map((s) => s.text)).toEqual(['🚗🚗 Cars sold well.', 'Exports grew 🚀 fast.']);
    for (const s of sentences) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence after a title, an initial, a dotted or a Russian abbreviation', () => {
    const t = 'Dr. Meier kam z.B. mit J. Schmidt. Dann ging er.\nВ 2023 г. выпущено 50 тыс. машин. Это рекорд.';
    expect(sentencesOf(t, 'de').map((s) => s.text)).toEqual([
      'Dr. Meier kam z.B. mit J. Schmidt.',
      'Dann ging er.',
      'В 2023 г. выпущено 50 тыс. машин.',
      'Это рекорд.',
    ]);
  });

  const texts = (t: string, locale: string) => {
    const sentences = sentencesOf(t, locale);
    for (const s of sentences) expect(t.slice(s.start, s.end)).toBe(s.text);
    return sentences.map((s) => s.text);
  };

  it('keeps German ordinals and spaced abbreviations inside the sentence, and splits before a digit', () => {
    const t = 'Am 18. Mai 2024 eröffnete UzAuto im 3. Quartal ein Werk, z. B. für Autos. Die Firma wurde 1998 gegründet. 2005 folgte der Börsengang.';
    expect(texts(t, 'deu')).toEqual([
      'Am 18. Mai 2024 eröffnete UzAuto im 3. Quartal ein Werk, z. B. für Autos.',
      'Die Firma wurde 1998 gegründet.',
      '2005 folgte der Börsengang.',
    ]);
    expect(texts('Sie lief die 400 m. Dann gewann sie.', 'de')).toEqual(['Sie lief die 400 m.', 'Dann gewann sie.']);
  });

  it('ends an English sentence after a number (no ordinal rule), but not after an abbreviation before one', () => {
    expect(texts('BAKU, Azerbaijan, March 2. Uzbekistan’s UzAuto Motors grew. 300 more cars followed.', 'eng')).toEqual([
      'BAKU, Azerbaijan, March 2.',
      'Uzbekistan’s UzAuto Motors grew.',
      '300 more cars followed.',
    ]);
    expect(texts('It made approx. 300 cars, see Art. 5 of the deal.', 'en')).toEqual(['It made approx. 300 cars, see Art. 5 of the deal.']);
  });

  it('keeps month abbreviations inside French and Russian sentences', () => {
    expect(texts('Le 1er janv. 2024, M. Dupont a visité l’usine. Elle produit 300 000 voitures.', 'fra')).toEqual([
      'Le 1er janv. 2024, M. Dupont a visité l’usine.',
      'Elle produit 300 000 voitures.',
    ]);
    expect(texts('Завод открылся 5 янв. 2024 г. в Ташкенте. Он выпускает машины.', 'rus')).toHaveLength(2);
  });

  it('makes a wire dateline a segment of its own, but not a dash inside a sentence or an all-capitals headline', () => {
    expect(texts("ALMATY, Nov 28 (Reuters) - South Korea's Hyundai will invest. It said so.", 'eng')).toEqual([
      'ALMATY, Nov 28 (Reuters) -',
      "South Korea's Hyundai will invest.",
      'It said so.',
    ]);
    expect(texts('MÜNCHEN (dpa) - Der Autobauer BMW hat mehr verkauft.', 'deu')[0]).toBe('MÜNCHEN (dpa) -');
    expect(texts('ZARAGOZA, 3 oct. (EFE).- Stellantis producirá un modelo.', 'spa')[0]).toBe('ZARAGOZA, 3 oct. (EFE).-');
    expect(texts('Paris, le 5 mars (AFP) - Renault a annoncé.', 'fra')[0]).toBe('Paris, le 5 mars (AFP) -');
    expect(texts('Stuttgart/Kecskemét – Die Mercedes-Benz Group AG will Mitarbeiter einstellen.', 'deu')[0]).toBe('Stuttgart/Kecskemét –');
    for (const t of ['Volkswagen - the carmaker - said it would cut jobs.', 'Volkswagen, the carmaker - said it.', 'SOCCER - JAPAN GET LUCKY WIN.', 'В XIV - XV веках Тиват был центром.']) {
      expect(texts(t, 'en')).toHaveLength(1);
    }
  });

  it('uses English rules for a language tag Intl cannot read', () => {
    expect(texts('One sentence. Another one.', 'not a tag')).toEqual(['One sentence.', 'Another one.']);
  });
});
