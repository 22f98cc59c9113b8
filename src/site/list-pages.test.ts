import { describe, expect, it } from 'vitest';
import { pagerNumbers } from './list-pages.ts';

describe('pagerNumbers', () => {
  it('names every page of a short list', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
    // A gap of one page would hide no more than its number: the page is named.
    expect(pagerNumbers(5, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('names the first, the last and the current page with two on each side, and marks each run left out', () => {
    expect(pagerNumbers(1, 50)).toEqual([1, 2, 3, null, 50]);
    expect(pagerNumbers(25, 50)).toEqual([1, null, 23, 24, 25, 26, 27, null, 50]);
    expect(pagerNumbers(50, 50)).toEqual([1, null, 48, 49, 50]);
    expect(pagerNumbers(6, 50)).toEqual([1, null, 4, 5, 6, 7, 8, null, 50]);
    expect(pagerNumbers(5, 50)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 50]);
  });

  it('stays the same length whatever the length of the list', () => {
    const longest = (count: number) =>
      Math.max(...Array.from({ length: count }, (_, i) => pagerNumbers(i + 1, count).length));
    expect(longest(50)).toBe(longest(5000));
    expect(longest(5000)).toBeLessThanOrEqual(9);
  });

  it('names each page once, in order, and every page is within reach of a named one', () => {
    for (const count of [2, 9, 10, 11, 40])
      for (let current = 1; current <= count; current++) {
        const numbers = pagerNumbers(current, count);
        const named = numbers.filter((n): n is number => n !== null);
        expect(named).toEqual([...named].sort((a, b) => a - b));
        expect(new Set(named).size).toBe(named.length);
        expect(named).toContain(current);
        expect(named[0]).toBe(1);
        expect(named.at(-1)).toBe(count);
        expect(numbers.every((n, i) => n !== null || (numbers[i - 1] !== null && numbers[i + 1] !== null))).toBe(true);
      }
  });
});
