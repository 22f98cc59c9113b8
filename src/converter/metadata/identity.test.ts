// A paper's own number comes only from what it prints about itself (the first-page header,
// the "ah-tk-…" footer line) or from seeds/catalog.yaml; "Zie ook …" names another paper.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '../batch/catalog.ts';
import { loadDutchSpeller } from '../shared/speller.ts';
import { readPrintedIdentity } from './identity.ts';
import { entityMatcher } from '../links/links.ts';
import { ConversionError } from '../messages.ts';
import { convertDocument, type ConversionContext } from '../pipeline.ts';
import { loadEntities } from '../../lib/entities.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));

// The first page of ah-tk-20232024-1031 as pypdf extracts it (shortened to its header and footer).
const REAL_1031 = `Tweede Kamer der Staten-Generaal2
Vergaderjaar 2023–2024  Aanhangsel van de Handelingen 
Vragen gesteld door de leden der Kamer, met de daarop door de 
regering gegeven antwoorden  
1031  
Vragen van de leden Tjeerd de Groot en Sneller (beiden D66) aan de 
Minister van Economische Zaken en Klimaat over het bericht «Werkgevers: 
bedrijven verplaatsen nieuwe investeringen naar het buitenland» (ingezonden 
23 januari 2024).  
Antwoord van Minister Adriaansens (Economische Zaken en Klimaat) 
(ontvangen 14 februari 2024).  
Vraag 1
Bent u bekend met de zorgen van werkgeversorganisaties?
Antwoord 1
Ja.
  
ah-tk-20232024-1031
ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1`;

const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConversionError) return error.message;
    throw error;
  }
  return null;
};

describe('the number a paper prints about itself', () => {
  it('is read from the header line after "… gegeven antwoorden", with the header’s Vergaderjaar, and agrees with the footer', () => {
    expect(readPrintedIdentity('1031.txt', lines(REAL_1031))).toEqual({
      aanhangsel: { vergaderjaar: '2023-2024', nummer: 1031 },
      vergaderjaar: '2023-2024',
      unknownReason: null,
      kamerstuk: null,
    });
  });

  it('is read from the footer identifier line alone when the header is gone', () => {
    const text = REAL_1031.split('\n').slice(5).join('\n');
    expect(readPrintedIdentity('1031.txt', lines(text)).aanhangsel).toEqual({
      vergaderjaar: '2023-2024',
      nummer: 1031,
    });
  });

  it('is an error naming both lines when header and footer disagree', () => {
    const text = REAL_1031.replace('ah-tk-20232024-1031', 'ah-tk-20232024-1032');
    expect(errorOf(() => readPrintedIdentity('1031.txt', lines(text)))).toMatchInlineSnapshot(`
      "1031.txt:17:1: the paper prints two different numbers of its own: line 5 "1031" and line 17 "ah-tk-20232024-1032" [identity-conflict]
        hint: Check the source against the official publication; correct the export, or state the number in seeds/catalog.yaml."
    `);
  });

  it('is never the number in "Zie ook …", nor an identifier inside a cited URL', () => {
    const seed000 = readFileSync('seeds/000_465ddff01d450a22.txt', 'utf8');
    const printed = readPrintedIdentity('000.txt', lines(seed000));
    expect(printed.aanhangsel).toBeNull();
    expect(printed.unknownReason).toContain('prints no number of its own');
    const footnote =
      '1 Zie https://zoek.officielebekendmakingen.nl/ah-tk-20232024-123.html\nah-tk-20232024-123.html\n (ah-tk-20232024-123)';
    expect(readPrintedIdentity('x.txt', lines(footnote)).aanhangsel).toBeNull();
  });

  it('a header number without a vergaderjaar is not an identity, and says why', () => {
    const text =
      'Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n1031\nVragen van het lid A (SP) aan de Minister van X over Y (ingezonden 1 mei 2024).';
    expect(readPrintedIdentity('x.txt', lines(text))).toEqual({
      aanhangsel: null,
      vergaderjaar: null,
      unknownReason: 'the header prints nr. 1031 (line 3) but no vergaderjaar, and there is no "ah-tk-…" footer line',
      kamerstuk: null,
    });
  });

  it('reads a Kamerstuk id printed on a line of its own, never one inside a URL, and none when two differ', () => {
    const footer = 'Nr. 143\nMOTIE VAN HET LID A\n\nkst-32545-143\nISSN 0921 - 7371';
    expect(readPrintedIdentity('x.txt', lines(footer)).kamerstuk).toEqual({ dossier: '32 545', nummer: 143 });
    const cited = 'Zie https://zoek.officielebekendmakingen.nl/kst-32545-143.html';
    expect(readPrintedIdentity('x.txt', lines(cited)).kamerstuk).toBeNull();
    expect(readPrintedIdentity('x.txt', lines(`${footer}\nkst-32545-144`)).kamerstuk).toBeNull();
  });
});

describe('in the converted document', () => {
  let context: Omit<ConversionContext, 'catalog'>;
  beforeAll(async () => {
    context = { speller: await loadDutchSpeller(), entities: entityMatcher(loadEntities()) };
  });
  const convert = (file: string, text: string, catalogYaml = 'documents: {}') =>
    convertDocument(file, new TextEncoder().encode(text), {
      ...context,
      catalog: parseCatalog('catalog.yaml', catalogYaml),
    });

  it('seed 000 prints no number of its own: fallback permalink, "Zie ook" as a reference to nr. 172, the reason in the report', () => {
    const { frontmatter } = convert('000_465ddff01d450a22.txt', readFileSync('seeds/000_465ddff01d450a22.txt', 'utf8'));
    expect(frontmatter.identifiers.aanhangsel).toBeNull();
    expect(frontmatter.slug).toBe('kamervragen-2017-11-10');
    expect(frontmatter.seeAlso).toEqual([
      { paper: 'ah-tk-20172018-172', text: 'Aanhangsel Handelingen, vergaderjaar 2017–2018, nr. 172' },
    ]);
    expect(frontmatter.unknown.map((u) => u.field)).toEqual(['identifiers.aanhangsel']);
  });

  it('seed 002 likewise: kamervragen-2013-02-08, "Zie ook" nr. 903', () => {
    const { frontmatter } = convert('002_3c20b123cf27bdb5.txt', readFileSync('seeds/002_3c20b123cf27bdb5.txt', 'utf8'));
    expect(frontmatter.slug).toBe('kamervragen-2013-02-08');
    expect(frontmatter.seeAlso.map((s) => s.paper)).toEqual(['ah-tk-20122013-903']);
  });

  it('takes the number from seeds/catalog.yaml when the paper prints none', () => {
    const catalog =
      'documents:\n  000_465ddff01d450a22.txt:\n    source: "test: a reviewed fact"\n    aanhangsel: { vergaderjaar: "2017-2018", nummer: 999 }\n';
    const { frontmatter } = convert(
      '000_465ddff01d450a22.txt',
      readFileSync('seeds/000_465ddff01d450a22.txt', 'utf8'),
      catalog,
    );
    expect(frontmatter.identifiers.aanhangsel).toEqual({ vergaderjaar: '2017-2018', nummer: 999 });
    expect(frontmatter.provenance['identifiers.aanhangsel']).toBe('catalog');
    expect(frontmatter.slug).toBe('ah-tk-20172018-999');
    expect(frontmatter.unknown).toEqual([]);
  });

  it('a real paper is published under the number it prints, and a catalog that disagrees is an error', () => {
    expect(convert('1031.txt', REAL_1031).frontmatter.slug).toBe('ah-tk-20232024-1031');
    const catalog =
      'documents:\n  1031.txt:\n    source: "test"\n    aanhangsel: { vergaderjaar: "2023-2024", nummer: 1032 }\n';
    expect(errorOf(() => convert('1031.txt', REAL_1031, catalog))).toContain(
      'seeds/catalog.yaml gives nr. 1032 (2023-2024) but the paper prints nr. 1031 (2023-2024) as its own number [identity-catalog-conflict]',
    );
  });

  it('a paper whose title cannot be read gets a null title and says why, and is still converted', () => {
    const text = 'Vragen van het lid Dobbe (SP) zonder meer\n\nVraag 1\nWat vindt u ervan?\n\nAntwoord 1\nNiets.\n';
    const { frontmatter } = convert('x.txt', text);
    expect(frontmatter.title).toBeNull();
    expect(frontmatter.unknown.find((u) => u.field === 'title')?.reason).toContain(
      'no "Vragen van … over … (ingezonden …)" header',
    );
  });
});
