import { describe, expect, it } from 'vitest';
import { compose, StageRequirementsError, type Stage } from '../../../pipeline/compose.js';

interface Doc {
  text: string;
  words: string[];
  count: number;
}

const words: Stage<Doc, null, 'text', 'words'> = {
  name: 'words',
  version: '1',
  requires: ['text'],
  provides: ['words'],
  run: ({ text }) => ({ words: text.split(' ') }),
};
const count: Stage<Doc, null, 'words', 'count'> = {
  name: 'count',
  version: '2',
  requires: ['words'],
  provides: ['count'],
  run: async ({ words: w }) => ({ count: w.length }),
};

describe('compose', () => {
  it('threads the document through the stages and records provenance', async () => {
    const result = await compose<Doc, null, 'text'>(['text'], [words, count]).run({ text: 'a b c' }, null);
    expect(result.count).toBe(3);
    expect(result.provenance).toEqual([
      { stage: 'words', version: '1' },
      { stage: 'count', version: '2' },
    ]);
    expect(Object.keys(result.stageMs)).toEqual(['words', 'count']);
  });

  it('refuses, when built, a stage whose input no earlier stage provides', () => {
    expect(() => compose<Doc, null, 'text'>(['text'], [count, words])).toThrow(StageRequirementsError);
    expect(() => compose<Doc, null, 'text'>(['text'], [count, words])).toThrow('stage "count" requires words');
  });
});
