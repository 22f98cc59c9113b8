import { describe, expect, it } from 'vitest';
import { sentenceAround } from './sentences.ts';

describe('sentenceAround', () => {
  it('returns the sentence that holds the offset', () => {
    const text = 'Eerste zin. Op 16 februari a.s. staat het overleg op de agenda. Derde zin.';
    expect(sentenceAround(text, text.indexOf('16'))).toBe('Op 16 februari a.s. staat het overleg op de agenda.');
  });
  it('does not end a sentence at an abbreviation', () => {
    const text = 'Zie Kamerstuk 28 638, nr. 240 en o.a. de motie. Einde.';
    expect(sentenceAround(text, text.indexOf('motie'))).toBe('Zie Kamerstuk 28 638, nr. 240 en o.a. de motie.');
  });
});
