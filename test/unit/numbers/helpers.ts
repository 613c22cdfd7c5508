import { extractNumbers } from '../../../pipeline/numbers/index.js';
import type { NumberFact } from '../../../pipeline/types.js';

/** Facts of one text, checked for exact offsets. */
export function facts(text: string, language: string, referenceDate: string | null = null): NumberFact[] {
  const out = extractNumbers(text, { language, referenceDate });
  for (const f of out) {
    if (text.slice(f.start, f.end) !== f.text) throw new Error(`offsets of ${JSON.stringify(f.text)} do not match the text`);
  }
  return out;
}

/** The fact whose text is exactly `surface`, or undefined. */
export function find(out: NumberFact[], surface: string): NumberFact | undefined {
  return out.find((f) => f.text === surface);
}
