import { describe, expect, it } from 'vitest';
import { detectLanguage, identifyLanguage } from '../../../pipeline/language/index.js';
import { mulberry32 } from '../../helpers/random.js';

describe('language stage robustness', () => {
  it('never throws and keeps confidences in [0, 1] on arbitrary text', () => {
    const rand = mulberry32(42);
    const pools = ['abc xyz ', 'абв где ', 'ابت ', '漢字かな ', '😀🚗 ', '\uD800 \uDFFF ', '0123 .,;:!? ', 'ə ı ğ ň ä ў ң ҷ ', '\n\r\t '];
    for (let i = 0; i < 300; i++) {
      let text = '';
      const len = Math.floor(rand() * 200);
      for (let k = 0; k < len; k++) {
        const pool = pools[Math.floor(rand() * pools.length)]!;
        text += pool[Math.floor(rand() * pool.length)];
      }
      const g = identifyLanguage(text);
      expect(g.confidence).toBeGreaterThanOrEqual(0);
      expect(g.confidence).toBeLessThanOrEqual(1);
      if (g.runnerUp) expect(g.runnerUp.confidence).toBeLessThanOrEqual(g.confidence);
      const r = detectLanguage(text);
      for (const p of r.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(r.confidence).toBeLessThanOrEqual(1);
      if (r.runnerUp) expect(r.runnerUp.confidence).toBeLessThanOrEqual(r.confidence);
    }
  });

  it('reads long paragraphs quickly (only the first part)', () => {
    const long = 'Die Produktion von Elektroautos steigt in diesem Jahr weiter an. '.repeat(2000);
    const t = performance.now();
    expect(identifyLanguage(long).language).toBe('deu');
    expect(performance.now() - t).toBeLessThan(500);
  });
});
