import { describe, expect, it } from 'vitest';
import { memoize } from '../../../pipeline/memo.js';

describe('memoize', () => {
  it('answers a repeated argument without calling the function again, null and undefined answers too', () => {
    const calls: string[] = [];
    const f = memoize((s: string) => (calls.push(s), s === 'x' ? undefined : s === 'y' ? null : s.length), { size: 10 });
    expect([f('abc'), f('abc'), f('x'), f('x'), f('y'), f('y')]).toEqual([3, 3, undefined, undefined, null, null]);
    expect(calls).toEqual(['abc', 'x', 'y']);
  });

  it('keys several arguments with the key function', () => {
    const f = memoize((s: string, t?: string) => `${t ?? '-'}:${s}`, { size: 10, key: (s: string, t?: string) => `${t ?? ''}\u0000${s}` });
    expect([f('a'), f('a', 'ORG'), f('a')]).toEqual(['-:a', 'ORG:a', '-:a']);
  });

  it('stays within its size: past it, it starts over', () => {
    let calls = 0;
    const f = memoize((s: string) => (calls++, s), { size: 2 });
    f('a'); f('b'); f('c'); // the third answer clears the first two
    f('c');
    expect(calls).toBe(3);
    f('a');
    expect(calls).toBe(4);
  });
});
