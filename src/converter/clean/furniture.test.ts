// The running footer as a paper prints it, told from a note that cites another paper in the same words.
import { describe, expect, it } from 'vitest';
import type { Layout, SourceLine } from '../types.ts';
import { findFurniture } from './furniture.ts';

/** The lines a rule drops, as [text, rule], other than runs of blank lines. */
function dropped(texts: string[], layout: Layout = 'pdf'): [string, string][] {
  const lines: SourceLine[] = texts.map((text, i) => ({ text, line: i + 1 }));
  return findFurniture(lines, 'kamervragen', layout)
    .removals.filter((r) => r.rule !== 'blank-lines')
    .map((r) => [r.text.trim(), r.rule]);
}

const AANHANGSEL = 'Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel';

describe('running footer', () => {
  it('keeps a note that cites another paper in the footer’s words; drops the footer that repeats', () => {
    // ah-tk-20232024-1786 (pdftotext): "Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267" is note 10.
    const texts = [
      'Antwoord 1',
      'Zo is de Kamer in 2018 geïnformeerd.1',
      '1',
      'Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267',
      '',
      AANHANGSEL,
      '',
      '1',
      '',
      'Vraag 2',
      'Wat nu?',
      '',
      AANHANGSEL,
      '',
      '2',
    ];
    expect(dropped(texts)).toEqual([
      [AANHANGSEL, 'running-footer'],
      ['1', 'page-number'],
      [AANHANGSEL, 'running-footer'],
      ['2', 'page-number'],
    ]);
  });

  it('drops the footer with its page number at the right margin, however far', () => {
    // pdftotext -layout: "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel      2".
    expect(dropped(['Wat nu?', '', `${AANHANGSEL}${' '.repeat(48)}2`])).toEqual([
      [`${AANHANGSEL}${' '.repeat(48)}2`, 'running-footer'],
    ]);
  });

  it('drops the imprint and the footer printed side by side on one line', () => {
    // pdftotext -layout, page 1: the margin's "’s-Gravenhage 2024" level with the running footer.
    const imprint = `’s-Gravenhage 2024       ${AANHANGSEL}${' '.repeat(46)}1`;
    expect(dropped(['Wat nu?', '', 'ah-tk-20232024-1076', 'ISSN 0921 - 7398', imprint, 'Vraag 2'])).toEqual([
      ['ah-tk-20232024-1076', 'document-identifier'],
      ['ISSN 0921 - 7398', 'handelingen-imprint'],
      [imprint, 'handelingen-imprint'],
    ]);
  });

  it('keeps a footer-shaped citation beside the imprint’s own footer, on a one-page Kamerstuk', () => {
    // pypdf glues the imprint and the footer; the dossier has a part ("21 501-02").
    const own = 'ISSN 0921 - 7371’s-Gravenhage 2025Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3121 1';
    const citation = 'Tweede Kamer, vergaderjaar 2024–2025, 21 501-02, nr. 3100';
    expect(dropped(['Zie de brief van januari.', citation, own])).toEqual([[own, 'handelingen-imprint']]);
  });

  it('on a one-page paper takes the last footer-shaped line for the footer: a page prints its notes above it', () => {
    const citation = 'Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267';
    const own = 'Tweede Kamer, vergaderjaar 2023–2024, 36 200 VI, nr. 12';
    expect(dropped(['Zie de brief.1', '1', citation, '', own, '', '1'])).toEqual([
      [own, 'running-footer'],
      ['1', 'page-number'],
    ]);
  });

  it('keeps a citation printed as often as the footer: the footer is the last', () => {
    const citation = 'Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267';
    const own = 'Tweede Kamer, vergaderjaar 2023–2024, 26 485, nr. 430';
    expect(dropped([citation, '', own, '', 'Vraag 2', citation, '', own])).toEqual([
      [own, 'running-footer'],
      [own, 'running-footer'],
    ]);
  });

  it('finds no footer in a Word file that prints a footer-shaped citation once', () => {
    expect(
      dropped(['Zie Tweede Kamer, het stuk:', 'Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267'], 'word'),
    ).toEqual([]);
  });
});
