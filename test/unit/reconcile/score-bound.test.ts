import { describe, expect, it } from 'vitest';
import { normalizeName } from '../../../pipeline/reconcile/index.js';
import { mayScoreAboveZero, scoreNormalized } from '../../../pipeline/reconcile/score.js';
import type { EntityType } from '../../../pipeline/types.js';
import { mulberry32 } from '../../helpers/random.js';

/** Name parts in several scripts, with particles, initials and numbers: the material of news names. */
const PARTS = [
  'Zumrad', 'Shadjalilova', 'Shahdjalilova', 'Nazarbayev', 'Naza', 'Patrushev', 'Patr', 'ushev', 'Kim', 'Yong', 'chol', 'chun',
  'Tom', 'Tim', 'Cook', 'Abdullah', 'Omar', 'bin', 'al', 'van', 'der', 'Bilt', 'de', 'la', 'UzAuto', 'UzAvto', 'Motors', 'Motor',
  'Group', 'Powertrain', 'Azermash', 'AzerMash', 'Kamaz', 'Trucks', 'Leasing', 'General', 'GM', 'Ford', 'Iran', 'Khodro',
  'Hoffmann', 'Katrin', 'Maschinenbau', 'Suzuki', 'Toyota', 'Hyundai', 'Tashkent', 'Samarkand', 'Jizzakh', 'Djizak', 'Hajigabul',
  'Industrial', 'Park', 'Neftchala', 'People\'s', 'Liberation', 'Army', 'PLA', 'Kazakhstan', 'Temir', 'Zholy', 'KTZ', '2', '35',
  'J.', 'A.', 'Иванов', 'Иванова', 'Сергей', 'Сергеевич', 'Ургенч', 'Ростсельмаш', 'СамАвто', 'Алексеевна', 'Mehmet', 'Oğlu',
  'Müller', 'Mueller', 'Gonzalez', 'González', 'Jean', 'Marie', 'Le', 'Pen', 'Lee', 'Li', 'Ali', 'Aliyev', 'Aliev', 'Ilham',
];

/** A spelling variant: a letter dropped, doubled or swapped, a word cut short, two words joined. */
function vary(name: string, random: () => number): string {
  const at = Math.floor(random() * name.length);
  switch (Math.floor(random() * 5)) {
    case 0:
      return name.slice(0, at) + name.slice(at + 1);
    case 1:
      return name.slice(0, at) + name[at] + name.slice(at);
    case 2:
      return at + 1 < name.length ? name.slice(0, at) + name[at + 1] + name[at] + name.slice(at + 2) : name;
    case 3:
      return name.slice(0, Math.max(3, at));
    default:
      return name.replace(' ', '');
  }
}

function randomName(random: () => number): string {
  const words = 1 + Math.floor(random() * 4);
  return Array.from({ length: words }, () => PARTS[Math.floor(random() * PARTS.length)]!).join(' ');
}

const TYPES: EntityType[] = ['PER', 'ORG', 'GPE', 'LOC', 'MISC', 'PRODUCT'];

describe('mayScoreAboveZero', () => {
  it('rules out only pairs that scoreNormalized scores 0, in and out of one article, and rules out most unrelated pairs', () => {
    const random = mulberry32(20261207);
    let ruledOut = 0;
    let scoredAboveZero = 0;
    const pairs = 6_000;
    for (let k = 0; k < pairs; k++) {
      const first = randomName(random);
      // half the pairs are variants of one name (close to the decision points), half unrelated names
      const second = random() < 0.5 ? vary(first, random) : randomName(random);
      const type = TYPES[k % TYPES.length]!;
      const a = normalizeName(first, type);
      const b = normalizeName(second, type);
      const scores = [scoreNormalized(a, b, type).score, scoreNormalized(a, b, type, { sameDocument: true }).score];
      if (Math.max(...scores) > 0) scoredAboveZero++;
      if (!mayScoreAboveZero(a, b, type)) {
        ruledOut++;
        expect({ first, second, type, scores }).toEqual({ first, second, type, scores: [0, 0] });
      }
    }
    expect(scoredAboveZero).toBeGreaterThan(pairs / 4);
    expect(ruledOut).toBeGreaterThan(pairs / 4);
  });

  it('keeps the pairs the in-article clustering joins', () => {
    const keep: Array<[string, string, EntityType]> = [
      ['Shadjalilova', 'Zumrad Shadjalilova', 'PER'],
      ['UzAuto', 'UzAuto Motors', 'ORG'],
      ['Patr ushev', 'Patrushev', 'PER'],
      ['Kim Yong-chol', 'Kim Yong-chun', 'PER'],
      ['PLA', "People's Liberation Army", 'ORG'],
      ['Ростсельмаша', 'Ростсельмаш', 'ORG'],
      ['Djizak', 'Jizzakh', 'GPE'],
    ];
    for (const [x, y, type] of keep) expect(mayScoreAboveZero(normalizeName(x, type), normalizeName(y, type), type), `${x} / ${y}`).toBe(true);
  });
});
