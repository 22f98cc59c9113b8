import { describe, expect, it } from 'vitest';
import { findReferences, paperId } from '../../lib/references.ts';
import { findBlockReferences } from './block-references.ts';

const answers = [
  { id: 'antwoord-1', numbers: [1], part: null },
  { id: 'antwoord-2', numbers: [2], part: null },
  { id: 'antwoord-3', numbers: [3, 4], part: null },
  { id: 'antwoord-5', numbers: [5], part: null },
  { id: 'antwoord-6', numbers: [6], part: 'a' },
  { id: 'antwoord-6b', numbers: [6], part: 'b' },
];
/** The papers the text cites, as the links stage hands them over. */
const citationsIn = (text: string) =>
  findReferences(text).flatMap(({ start, end, reference }) =>
    reference.type === 'ibidem' ? [] : [{ start, end, paper: paperId(reference) }],
  );
const linked = (text: string) =>
  findBlockReferences(text, answers, citationsIn(text)).map((r) => [
    text.slice(r.start, r.end),
    'paper' in r ? `${r.paper} vraag ${r.question}` : r.block,
  ]);

describe('findBlockReferences', () => {
  it('links the phrasings of the issue to the answer blocks', () => {
    expect(linked('Zoals ik in antwoord 3 heb aangegeven, is dat zo.')).toEqual([['antwoord 3', 'antwoord-3']]);
    expect(linked('Zie mijn antwoord op vraag 2.')).toEqual([['mijn antwoord op vraag 2', 'antwoord-2']]);
    expect(linked('zie het antwoord op vragen 3 en 4')).toEqual([['het antwoord op vragen 3 en 4', 'antwoord-3']]);
    expect(linked('Het antwoord op vraag 5 volgt.')).toEqual([['Het antwoord op vraag 5', 'antwoord-5']]);
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

  it("links another paper's answer to the paper the sentence cites for it", () => {
    expect(linked('Zie het antwoord op vraag 2 (Aanhangsel Handelingen II 2015/16, nr. 1234).')).toEqual([
      ['het antwoord op vraag 2', 'ah-tk-20152016-1234 vraag 2'],
    ]);
    expect(
      linked('In mijn antwoord op vraag 7 van het lid Kuiken over de opvang (Kamerstuk 28 638, nr. 150) staat het.'),
    ).toEqual([['mijn antwoord op vraag 7', 'kst-28638-150 vraag 7']]);
    expect(
      linked('zie de antwoorden op vragen 1 en 2 van 3 mei 2016 (Aanhangsel Handelingen II 2015/16, nr. 9)'),
    ).toEqual([['de antwoorden op vragen 1 en 2', 'ah-tk-20152016-9 vraag 1']]);
  });

  it('links nothing when the words name another paper they do not cite, or cite it only in the next sentence', () => {
    expect(linked('In mijn antwoord op vraag 2 van het lid Kuiken heb ik dit uiteengezet.')).toEqual([]);
    expect(linked('Zie het antwoord op vraag 1 in mijn brief van 3 mei 2023.')).toEqual([]);
    expect(
      linked('Zie het antwoord op vraag 1 van de leden Jansen en Smit. Kamerstuk 28 638, nr. 184 gaat erop in.'),
    ).toEqual([]);
  });

  it("keeps the paper's own answer when a citation follows on other business", () => {
    expect(linked('Zoals ik in antwoord 1 heb aangegeven, staat dit in de wet (Kamerstuk 28 638, nr. 183).')).toEqual([
      ['antwoord 1', 'antwoord-1'],
    ]);
    expect(linked('Zie het antwoord op vraag 2. Zie ook Kamerstuk 28 638, nr. 183.')).toEqual([
      ['het antwoord op vraag 2', 'antwoord-2'],
    ]);
  });
});
