import { describe, expect, it } from 'vitest';
import { firstInOrder } from './first-in-order.ts';

// A small generator with a seed, so a failure can be run again.
function numbers(seed: number, length: number): number[] {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % 20;
  });
}

describe('firstInOrder', () => {
  it('keeps what sorting all and slicing keeps, in the same order, ties included', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const items = numbers(seed, seed % 40).map((score, index) => ({ score, index }));
      const byScore = (a: { score: number }, b: { score: number }) => b.score - a.score;
      for (const count of [0, 1, 5, 50])
        expect(firstInOrder(items, count, byScore)).toEqual([...items].sort(byScore).slice(0, count));
    }
  });

  it('reads any iterable once', () => {
    const scores = new Map([
      ['a', 1],
      ['b', 3],
      ['c', 2],
    ]);
    expect(firstInOrder(scores, 2, ([, x], [, y]) => y - x)).toEqual([
      ['b', 3],
      ['c', 2],
    ]);
  });
});
