// Citations, downloads, open data, sitemap, feed and the permalink manifest,
// read back from the built site with real parsers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parliamentaryCitation } from '../../src/site/citation.ts';
import { collectPermalinks, readManifest } from '../../src/site/permalink-manifest.ts';
import { openDataDocuments, openDataIndex, openDataRows } from '../support/open-data.ts';
import { OUT_DIR } from './site.ts';

const read = (path: string) => readFileSync(join(OUT_DIR, path), 'utf8');
const SLUGS = [
  '2024Z19016',
  'brief-2017-02-13-10008',
  'kamervragen-2013-02-08',
  'kamervragen-2017-11-10',
  'schriftelijk-overleg-2024-05-16',
];
const SITE = 'https://kamerdossier.example/kamerdossier/';

describe('citations', () => {
  // Hand-verified against the papers' own headers. 000 and 002 print no number of their own
  // ("Zie ook … nr. 172/903" names another paper), so they are cited by what they do print.
  it.each([
    [
      'kamervragen-2017-11-10',
      'Kamervragen van Jasper van Dijk (SP), ingezonden 19 september 2017, beantwoord 10 november 2017',
    ],
    [
      'kamervragen-2013-02-08',
      'Kamervragen van Van der Steur (VVD), ingezonden 28 december 2012, beantwoord 8 februari 2013',
    ],
    ['2024Z19016', 'Kamervragen 2024Z19016 van Dral en Rajkowski (beiden VVD), ingezonden 21 november 2024'],
    [
      'brief-2017-02-13-10008',
      'Brief van Corinne Dettmeijer-Vermeulen, Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen aan de Voorzitter van de Tweede Kamer der Staten-Generaal, 13 februari 2017, kenmerk 10008',
    ],
    [
      'schriftelijk-overleg-2024-05-16',
      'Antwoorden op het schriftelijk overleg van 16 mei 2024 over het Actieplan programma Samen tegen mensenhandel',
    ],
  ])('%s is cited as "%s"', (slug, expected) => {
    const documents = openDataDocuments<
      Parameters<typeof parliamentaryCitation>[0] & { slug: string; citation: string }
    >(OUT_DIR);
    const doc = documents.find((d) => d.slug === slug)!;
    expect(parliamentaryCitation(doc)).toBe(expected);
    expect(doc.citation).toBe(expected);
  });

  // Read from the seeds by hand: the title a reference manager shows, the authors (questioners,
  // or a letter's sender, else the Kamer) and the date (answer, letter, else questions).
  const ITEMS: [string, string, string[], number[]][] = [
    [
      'kamervragen-2017-11-10',
      'Kamervragen over mensenhandel met het oogmerk van orgaanverwijdering',
      ['Jasper van Dijk'],
      [2017, 11, 10],
    ],
    [
      'kamervragen-2013-02-08',
      'Kamervragen over het rapport «Mensenhandel in en uit beeld»',
      ['Van der Steur'],
      [2013, 2, 8],
    ],
    [
      '2024Z19016',
      'Kamervragen over het artikel ‘Mensensmokkel via zee goudmijn’',
      ['Dral', 'Rajkowski'],
      [2024, 11, 21],
    ],
    ['brief-2017-02-13-10008', 'Algemeen Overleg mensenhandel', ['Corinne Dettmeijer-Vermeulen'], [2017, 2, 13]],
    [
      'schriftelijk-overleg-2024-05-16',
      'Het Actieplan programma Samen tegen mensenhandel',
      ['Tweede Kamer der Staten-Generaal'],
      [2024, 5, 16],
    ],
  ];
  type Name = {
    given?: string;
    family?: string;
    literal?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
  };
  const fullName = (n: Name) =>
    n.literal ?? [n.given, n['dropping-particle'], n['non-dropping-particle'], n.family].filter(Boolean).join(' ');
  it.each(ITEMS)(
    '%s: BibTeX, RIS and CSL-JSON parse back to the same title, authors, date and permalink',
    (slug, title, authors, date) => {
      expect(SLUGS).toContain(slug);
      for (const file of ['citatie.bib', 'citatie.ris', 'citatie.json']) {
        const items = new Cite(read(`documenten/${slug}/${file}`)).format('data', { format: 'object' }) as {
          title: string;
          URL: string;
          author: Name[];
          issued: { 'date-parts': number[][] };
        }[];
        expect(items, file).toHaveLength(1);
        expect(items[0]!.title, file).toBe(title);
        expect(items[0]!.author.map(fullName), file).toEqual(authors);
        expect(items[0]!.issued['date-parts'][0], file).toEqual(date);
        expect(items[0]!.URL, file).toBe(`${SITE}documenten/${slug}/`);
      }
    },
  );

  it('BibTeX writes the month as a macro and the day apart; RIS writes the whole id and a padded date', () => {
    const bib = read('documenten/kamervragen-2017-11-10/citatie.bib');
    expect(bib).toMatch(/^\s*month = nov,$/m);
    expect(bib).toMatch(/^\s*day = \{10\},$/m);
    const ris = read('documenten/brief-2017-02-13-10008/citatie.ris');
    expect(ris).toContain('ID  - brief-2017-02-13-10008\n');
    expect(ris).toContain('DA  - 2017/02/13/\n');
  });
});

describe('open data', () => {
  it('documents.json names a JSON and a CSV file per year, each holding the documents of its year', () => {
    const index = openDataIndex(OUT_DIR);
    // The seeds' main dates: 2013, 2017 (two papers) and 2024 (two papers).
    expect(index.files.map((f) => [f.year, f.documents])).toEqual([
      [2013, 1],
      [2017, 2],
      [2024, 2],
    ]);
    expect(index.documents).toBe(SLUGS.length);
    for (const file of index.files) {
      const year = JSON.parse(read(`data/${file.json}`)) as {
        year: number;
        documents: { dates: Record<string, string | null> }[];
      };
      expect(year.year).toBe(file.year);
      expect(year.documents).toHaveLength(file.documents);
      expect(parseCsv(read(`data/${file.csv}`), { columns: true })).toHaveLength(file.documents);
    }
  });
  it('the year files list every document with blocks, references and mentions', () => {
    const documents = openDataDocuments<{
      slug: string;
      structure: { questions: unknown[] };
      references: unknown[];
      mentions: unknown[];
      text: string;
    }>(OUT_DIR);
    expect(documents.map((d) => d.slug).sort()).toEqual(SLUGS);
    expect(documents.every((d) => d.text.length > 1000 && Array.isArray(d.references) && d.mentions.length > 0)).toBe(
      true,
    );
  });
  it('the CSV files have one row per document', () => {
    const rows = openDataRows(OUT_DIR);
    expect(rows.map((r) => r.permalink).sort()).toEqual(SLUGS.map((s) => `${SITE}documenten/${s}/`).sort());
  });
  it('offers each source text and MDX as it is', () => {
    expect(read('documenten/kamervragen-2017-11-10/bron.txt')).toBe(
      readFileSync('seeds/000_465ddff01d450a22.txt', 'utf8'),
    );
    expect(read('documenten/kamervragen-2017-11-10/document.mdx')).toBe(
      readFileSync('content/kamervragen-2017-11-10.mdx', 'utf8'),
    );
  });
});

describe('sitemap, feed and robots.txt', () => {
  it('the sitemap is valid XML and lists every document', () => {
    const xml = read('sitemap-0.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = (new XMLParser().parse(xml) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc);
    for (const slug of SLUGS) expect(urls).toContain(`${SITE}documenten/${slug}/`);
  });
  it('the Atom feed is valid XML and lists every document, newest first', () => {
    const xml = read('feed.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const entries = (
      new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: { entry: { id: string }[] } }
    ).feed.entry.map((e) => e.id);
    expect(entries).toHaveLength(5);
    expect(entries[0]).toBe(`${SITE}documenten/2024Z19016/`);
    // Who asked about what, not only the subject (the article the questions are about is not the paper).
    const titles = (new XMLParser().parse(xml) as { feed: { entry: { title: string }[] } }).feed.entry.map(
      (e) => e.title,
    );
    expect(titles[0]).toBe('Dral en Rajkowski (beiden VVD) over het artikel ‘Mensensmokkel via zee goudmijn’');
    expect(titles).toContain('Jasper van Dijk (SP) over mensenhandel met het oogmerk van orgaanverwijdering');
  });
  it('robots.txt points at the sitemap', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });
});

describe('the permalink manifest', () => {
  it('records every permalink this build serves (run `npm run permalinks` when new ones appear)', () => {
    const recorded = new Set(readManifest());
    expect(collectPermalinks(OUT_DIR).filter((p) => !recorded.has(p))).toEqual([]);
  });
});
