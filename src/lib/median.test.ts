import { describe, expect, it } from 'vitest';
import { median } from './median.ts';

describe('median', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([1704, 948, 1334])).toBe(1334);
  });
  it('takes the mean of the middle two of an even count', () => {
    expect(median([30, 10, 21, 40])).toBe(25.5);
  });
  it('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});
