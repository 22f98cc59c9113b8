import { describe, expect, it } from 'vitest';
import { citedTokens, identifierQuery, ownTokens } from './search-identifiers.ts';
import { restoreSearchText, hiddenWords, SERIES_NAME } from './search-text.ts';

const noIds = { aanhangsel: null, kamervragen: null, kenmerk: null, kamerstuk: null };

describe('an identifier typed in any form finds the tokens the build writes', () => {
  it.each([
    ['kst-28638-183', 'kst-28638-183'],
    ['KST-28638-183', 'kst-28638-183'],
    ['Kamerstuk 28 638, nr. 183', 'kst-28638-183'],
    ['Kamerstukken II 2023/24, 28638, nr. 183.', 'kst-28638-183'],
    ['ah-tk-20232024-1280', 'ah-tk-20232024-1280'],
    ['Aanhangsel Handelingen II 2017/18, nr. 172', 'ah-tk-20172018-172'],
    ['Aanhangsel Handelingen, vergaderjaar 2017–2018, nr. 172', 'ah-tk-20172018-172'],
  ])('%s names %s: its own page first, then the pages citing it', (query, id) => {
    const found = identifierQuery(query)!;
    const own = ownTokens({
      ...noIds,
      aanhangsel: id.startsWith('ah')
        ? { vergaderjaar: `${id.slice(6, 10)}-${id.slice(10, 14)}`, nummer: Number(id.split('-').at(-1)) }
        : null,
      kamerstuk: id.startsWith('kst') ? { dossier: '28 638', nummer: 183 } : null,
    });
    expect(own).toContain(found.own[0]);
    expect(citedTokens(id)).toContain(found.cited[0]);
  });

  it('a dossier number with or without its space names the dossier', () => {
    expect(identifierQuery('28 638')).toEqual(identifierQuery('28638'));
    expect(citedTokens('kst-28638-235')).toContain(identifierQuery('28638')!.cited[0]);
    // A citation of two dossiers is a citation of each.
    expect(citedTokens('kst-31839-166', ['31839', '28638'])).toContain(identifierQuery('28 638')!.cited[0]);
  });

  it('a Kamervragen number, a kenmerk and "nr. N" name what the paper prints as its own', () => {
    expect(ownTokens({ ...noIds, kamervragen: '2024Z19016' })).toContain(identifierQuery('2024z19016')!.own[0]);
    expect(ownTokens({ ...noIds, kenmerk: '10008' })).toEqual(
      expect.arrayContaining(identifierQuery('10008')!.own.slice(1)),
    );
    expect(ownTokens({ ...noIds, aanhangsel: { vergaderjaar: '2023-2024', nummer: 1031 } })).toContain(
      identifierQuery('nr. 1031')!.own[0],
    );
  });

  it('tokens of different numbers never start one another (Pagefind matches the start of a word)', () => {
    const [a, b] = [identifierQuery('nr. 183')!.own[0]!, identifierQuery('nr. 1830')!.own[0]!];
    expect(b.startsWith(a)).toBe(false);
    expect(a).toMatch(/^\p{Ll}+$/u);
  });

  it('words are not identifiers', () => {
    for (const query of ['mensenhandel', 'Van der Steur', '"Samen tegen mensenhandel"', 'nr.', ''])
      expect(identifierQuery(query), query).toBeNull();
  });
});

describe('what the index reads is restored to what the page shows', () => {
  it('takes out the hidden tokens, the seams and the stand-ins', () => {
    const indexed = `Aanhangsel ${SERIES_NAME} II 2023/24, nr. 1031${hiddenWords(citedTokens('ah-tk-20232024-1031'))} over mensen~~handel in 28~^638`;
    expect(restoreSearchText(indexed)).toBe('Aanhangsel Handelingen II 2023/24, nr. 1031 over mensenhandel in 28 638');
  });
});
