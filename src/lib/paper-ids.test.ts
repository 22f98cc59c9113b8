// Paper ids as the real papers print them: the footer "ah-tk-20232024-1031" and header
// "Vergaderjaar 2023–2024" of tests/fixtures/real/ah-tk-20232024-1031.txt, the citations
// "Kamerstuk 36 200 XIV, nr. 73" and "Kamerstukken II, 2023-2024, 28638, nr. 235" in the
// real papers, and the Kamervragen number "2024Z19016" of seeds/000_465ddff01d450a22.txt.
import { describe, expect, it } from 'vitest';
import {
  AANHANGSEL_ID,
  aanhangselCitation,
  aanhangselId,
  dossierId,
  dossierLabel,
  KAMERVRAGEN_NUMBER,
  kamerstukId,
  officialUrl,
  ownPaperIds,
  paperName,
  paperNumber,
  paperSlug,
  parseAanhangselId,
  parseKamerstukId,
  printedVergaderjaar,
  shortVergaderjaar,
  vergaderjaarLabel,
  vergaderjaarOf,
} from './paper-ids.ts';

const none = { aanhangsel: null, kamervragen: null, kenmerk: null, kamerstuk: null };

describe('Aanhangsel ids', () => {
  it('writes and reads the footer id of nr. 1031 of 2023–2024', () => {
    expect(aanhangselId({ vergaderjaar: '2023-2024', nummer: 1031 })).toBe('ah-tk-20232024-1031');
    expect(parseAanhangselId('ah-tk-20232024-1031')).toEqual({ vergaderjaar: '2023-2024', nummer: 1031 });
  });

  it('reads no id whose years do not follow each other, nor another kind of id', () => {
    expect(parseAanhangselId('ah-tk-20232025-1031')).toBeNull();
    expect(parseAanhangselId('kst-28638-240')).toBeNull();
    expect(parseAanhangselId('https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1031.html')).toBeNull();
  });

  it('names and cites the paper as a reader and a citation write it', () => {
    expect(paperName('ah-tk-20162017-2667')).toBe('Aanhangsel Handelingen 2016–2017, nr. 2667');
    const nr172 = { vergaderjaar: '2017-2018', nummer: 172 };
    expect(aanhangselCitation(nr172)).toBe('Aanhangsel Handelingen II 2017/18, nr. 172');
  });

  it('the schema pattern takes the id and nothing around it', () => {
    expect(AANHANGSEL_ID.test('ah-tk-20232024-1031')).toBe(true);
    expect(AANHANGSEL_ID.test('ah-tk-20232024-1031.html')).toBe(false);
  });
});

describe('vergaderjaren', () => {
  it('stores the printed forms "2011/12", "2016–2017" and "2023-2024" alike', () => {
    expect(vergaderjaarOf('2011', '12')).toBe('2011-2012');
    expect(vergaderjaarOf('2016', '2017')).toBe('2016-2017');
    expect(printedVergaderjaar('2023', '2024')).toBe('2023-2024');
    expect(printedVergaderjaar('2023', '2025')).toBeNull();
  });

  it('writes a stored vergaderjaar for readers and for citations', () => {
    expect(vergaderjaarLabel('2023-2024')).toBe('2023–2024');
    expect(shortVergaderjaar('2023-2024')).toBe('2023/24');
    expect(shortVergaderjaar('1999-2000')).toBe('1999/00');
  });
});

describe('Kamerstuk and dossier ids', () => {
  it('a dossier as printed, with or without its sub-number, as its id and back', () => {
    expect(dossierId('28 638')).toBe('28638');
    expect(dossierId('28638')).toBe('28638');
    expect(dossierId('36 200 XIV')).toBe('36200-XIV');
    expect(dossierLabel('28638')).toBe('28 638');
    expect(dossierLabel('36200-XIV')).toBe('36 200 XIV');
  });

  it('writes and reads Kamerstuk ids', () => {
    expect(kamerstukId({ dossier: '28 638', nummer: 235 })).toBe('kst-28638-235');
    expect(kamerstukId({ dossier: '36 200 XIV', nummer: 73 })).toBe('kst-36200-XIV-73');
    expect(parseKamerstukId('kst-36200-XIV-73')).toEqual({ dossier: '36200-XIV', nummer: 73 });
    expect(parseKamerstukId('ah-tk-20232024-1031')).toBeNull();
  });

  it('names a Kamerstuk as the papers print it, and its number in the series', () => {
    expect(paperName('kst-28638-240')).toBe('Kamerstuk 28 638, nr. 240');
    expect(paperName('kst-36200-XIV-73')).toBe('Kamerstuk 36 200 XIV, nr. 73');
    expect(paperNumber('kst-36200-XIV-73')).toBe(73);
    expect(paperName('2024Z19016')).toBe('2024Z19016');
  });
});

describe('a document’s own ids', () => {
  it('takes the Aanhangsel id first, then the Kamervragen number, then the Kamerstuk', () => {
    const aanhangsel = { vergaderjaar: '2023-2024', nummer: 1031 };
    const kamerstuk = { dossier: '28 638', nummer: 240 };
    expect(paperSlug({ ...none, aanhangsel, kamervragen: '2024Z19016', kamerstuk })).toBe('ah-tk-20232024-1031');
    expect(paperSlug({ ...none, kamervragen: '2024Z19016', kamerstuk })).toBe('2024Z19016');
    expect(paperSlug({ ...none, kamerstuk })).toBe('kst-28638-240');
    expect(paperSlug({ ...none, kenmerk: '10008' })).toBeNull();
    const both = { ...none, aanhangsel, kamervragen: '2024Z19016', kamerstuk };
    expect(ownPaperIds(both)).toEqual(['ah-tk-20232024-1031', 'kst-28638-240']);
  });

  it('the Kamervragen number is four digits, Z and five digits', () => {
    expect(KAMERVRAGEN_NUMBER.test('2024Z19016')).toBe(true);
    expect(KAMERVRAGEN_NUMBER.test('2024Z1901')).toBe(false);
  });

  it('links an id to its official publication', () => {
    expect(officialUrl('kst-36410-VI-85')).toBe('https://zoek.officielebekendmakingen.nl/kst-36410-VI-85.html');
    expect(officialUrl('ah-tk-20232024-1031')).toBe('https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1031.html');
  });
});
