/**
 * The tune/check discipline: every development set is split by a fixed hash of each case's
 * identity into a **tune** half (rules are written only from its failures) and a **check** half
 * (which judges them). A check half that trails its tune half by more than a few points means the
 * rules memorise cases. `npm run eval` prints both halves of each set split here.
 */
import { createHash } from 'node:crypto';

export type Half = 'tune' | 'check';

/** The half of a case, from the first byte of the SHA-256 of its key: stable across runs and machines. */
export function halfOf(key: string): Half {
  return (createHash('sha256').update(key).digest()[0]! & 1) === 0 ? 'tune' : 'check';
}

/** A numbers case (numbers/dev.jsonl) is its language, spec and input. */
export function numbersCaseKey(c: { lang?: string; spec?: string; input?: string }): string {
  return `${c.lang ?? ''}\u0000${c.spec ?? ''}\u0000${c.input ?? ''}`;
}

/**
 * A names case (names/dev.csv) is its unordered, case-folded pair of names, the unit the data
 * builder kept on one side (the same pair never lands on both halves).
 */
export function namesCaseKey(name1: string, name2: string): string {
  return [name1.toLocaleLowerCase(), name2.toLocaleLowerCase()].sort().join('\u0000');
}

/**
 * The articles with gold (../shared/data/articles: the five seeds and 101–110), split as its README
 * says: rules are written from failures on the tune half and judged on the check half.
 */
export const ARTICLE_HALVES = [
  { name: 'tune: seeds + 101–105', prefixes: ['000', '001', '002', '003', '004', '101', '102', '103', '104', '105'] },
  { name: 'check: 106–110', prefixes: ['106', '107', '108', '109', '110'] },
] as const;

/** The gap that says a rule set memorises: check-half score this far below the tune half. */
export const MAX_HALF_GAP = 0.03;
