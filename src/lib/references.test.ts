// Every paper citation in the seeds, and the variants a reader will meet.
import { describe, expect, it } from 'vitest';
import { findReferences, paperId, type PaperReference } from './references.ts';

const one = (text: string): PaperReference => {
  const found = findReferences(text);
  expect(found).toHaveLength(1);
  return found[0]!.reference;
};

describe('findReferences on the citations in the seeds', () => {
  it.each<[string, PaperReference, string | null]>([
    [
      'Kamerstukken II 2011/12, 31 839, 28 638, nr. 166.',
      { type: 'kamerstuk', dossiers: ['31839', '28638'], nummer: 166, vergaderjaar: '2011-2012', page: null },
      'kst-31839-166',
    ],
    [
      'motie-Bikker c.s. (Kamerstuk 28 638, nr. 238)',
      { type: 'kamerstuk', dossiers: ['28638'], nummer: 238, vergaderjaar: null, page: null },
      'kst-28638-238',
    ],
    [
      'motie-Veltman (Kamerstuk 28 638, nr. 240)',
      { type: 'kamerstuk', dossiers: ['28638'], nummer: 240, vergaderjaar: null, page: null },
      'kst-28638-240',
    ],
    [
      'Kamerstukken II, 2023-2024, 28638, nr. 235.',
      { type: 'kamerstuk', dossiers: ['28638'], nummer: 235, vergaderjaar: '2023-2024', page: null },
      'kst-28638-235',
    ],
    [
      'Kamerstukken II, 2024-2025, 32317, nr. 925.',
      { type: 'kamerstuk', dossiers: ['32317'], nummer: 925, vergaderjaar: '2024-2025', page: null },
      'kst-32317-925',
    ],
    [
      'motie-Veldkamp c.s. (Kamerstuk 36 410 VI, nr. 85)',
      { type: 'kamerstuk', dossiers: ['36410-VI'], nummer: 85, vergaderjaar: null, page: null },
      'kst-36410-VI-85',
    ],
    [
      'november 2021: Kamerstuk 29 544, nr. 1080',
      { type: 'kamerstuk', dossiers: ['29544'], nummer: 1080, vergaderjaar: null, page: null },
      'kst-29544-1080',
    ],
    [
      'Kamerstuk 28 638, nr. 249, p. 4.',
      { type: 'kamerstuk', dossiers: ['28638'], nummer: 249, vergaderjaar: null, page: 4 },
      'kst-28638-249',
    ],
    [
      'Kamerstukken II 2022/23, 28 638, nr. 233',
      { type: 'kamerstuk', dossiers: ['28638'], nummer: 233, vergaderjaar: '2022-2023', page: null },
      'kst-28638-233',
    ],
    [
      'Aanhangsel Handelingen, vergaderjaar 2016–2017, nr. 2667, pag. 4',
      { type: 'aanhangsel', vergaderjaar: '2016-2017', nummer: 2667, page: 4 },
      'ah-tk-20162017-2667',
    ],
    [
      'Aanhangsel Handelingen, vergaderjaar 2016–2017, nr. 1800.',
      { type: 'aanhangsel', vergaderjaar: '2016-2017', nummer: 1800, page: null },
      'ah-tk-20162017-1800',
    ],
    ['Ibidem, p. 307.', { type: 'ibidem', page: 307 }, null],
  ])('%s', (text, expected, id) => {
    const reference = one(text);
    expect(reference).toEqual(expected);
    if (id && reference.type !== 'ibidem') expect(paperId(reference)).toBe(id);
  });
});

describe('variants', () => {
  it.each([
    ['Kamerstukken II 2023-2024, 28 638, nr. 235'],
    ['Kamerstukken II 2023–2024, 28 638, nr. 235'],
    ['Kamerstukken II 2023/24, 28638, nr 235'],
    ['Kamerstuk 28638, nr.235'],
  ])('%s', (text) => {
    const reference = one(text);
    expect(reference.type === 'kamerstuk' && paperId(reference)).toBe('kst-28638-235');
  });
  it('does not take a bare dossier number for a citation', () => {
    expect(findReferences('het dossier 28 638 en artikel 273f')).toEqual([]);
  });
});
