import { describe, expect, it } from 'vitest';
import { mergeMentions, type NerSpanLike } from '../../../pipeline/entities/index.js';

/** A model span over the first occurrence (after `from`) of `surface`. */
function span(text: string, surface: string, label: NerSpanLike['label'], confidence = 0.7, from = 0): NerSpanLike {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`not in text: ${surface}`);
  return { start, end: start + surface.length, text: surface, label, confidence };
}

const merged = (text: string, language: string, model: NerSpanLike[]): string[] =>
  mergeMentions({ text, language, model }).map((m) => `${m.type}:${m.text}`);

describe('mergeMentions: a sentence-initial word of the event lexicon is no name (drop-common-word)', () => {
  it('es, de: a verb that opens a trigger at a sentence start (`Trabajan en ella`, `Exportiert werden`) is dropped', () => {
    const es = 'La planta abrió en Bakú. Trabajan en ella 180 personas.';
    expect(merged(es, 'spa', [span(es, 'Bakú', 'LOC', 0.9), span(es, 'Trabajan', 'PER', 0.6)])).toEqual(['GPE:Bakú']);
    const de = 'Das Werk steht in Gandscha. Exportiert werden die Traktoren nach Georgien.';
    expect(merged(de, 'deu', [span(de, 'Exportiert', 'PER', 0.6)])).toEqual(['GPE:Gandscha', 'GPE:Georgien']);
  });

  it('silent: a name at a sentence start, and a trigger word inside a sentence, stay', () => {
    const t = 'Lasheras dijo que la planta abrió. Trabajan en ella 180 personas, según Trabajan.';
    const out = merged(t, 'spa', [span(t, 'Lasheras', 'PER', 0.9), span(t, 'Trabajan', 'PER', 0.6, t.indexOf('según'))]);
    expect(out).toEqual(['PER:Lasheras', 'PER:Trabajan']);
  });
});
