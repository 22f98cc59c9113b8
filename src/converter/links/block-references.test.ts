import { describe, expect, it } from 'vitest';
import { findBlockReferences } from './block-references.ts';

const answers = [
  { id: 'antwoord-1', numbers: [1], part: null },
  { id: 'antwoord-2', numbers: [2], part: null },
  { id: 'antwoord-3', numbers: [3, 4], part: null },
  { id: 'antwoord-5', numbers: [5], part: null },
  { id: 'antwoord-6', numbers: [6], part: 'a' },
  { id: 'antwoord-6b', numbers: [6], part: 'b' },
];
const linked = (text: string) => findBlockReferences(text, answers).map((r) => [text.slice(r.start, r.end), r.block]);

describe('findBlockReferences', () => {
  it('links the phrasings of the issue to the answer blocks', () => {
    expect(linked('Zoals ik in antwoord 3 heb aangegeven, is dat zo.')).toEqual([['antwoord 3', 'antwoord-3']]);
    expect(linked('Zie mijn antwoord op vraag 2.')).toEqual([['mijn antwoord op vraag 2', 'antwoord-2']]);
    expect(linked('zie het antwoord op vragen 3 en 4')).toEqual([['het antwoord op vragen 3 en 4', 'antwoord-3']]);
  });

  it('links each number to its own answer when they are answered apart, a range too', () => {
    expect(linked('zie de antwoorden op vragen 1 en 2')).toEqual([
      ['1', 'antwoord-1'],
      ['2', 'antwoord-2'],
    ]);
    expect(linked('zie de antwoorden op de vragen 1 tot en met 3')).toEqual([
      ['1', 'antwoord-1'],
      ['3', 'antwoord-3'],
    ]);
  });

  it('links nothing when a number has no answer, or more than one', () => {
    expect(linked('zie het antwoord op vraag 9')).toEqual([]);
    expect(linked('zie het antwoord op vragen 2 en 9')).toEqual([]);
    expect(linked('Zoals reeds bij vraag 6 is aangegeven')).toEqual([]);
    expect(linked('Bij vraag 2 gaat het om iets anders.')).toEqual([]);
    expect(linked('In antwoorden 12 staat niets.')).toEqual([]);
  });
});
