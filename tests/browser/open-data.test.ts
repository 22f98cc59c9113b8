// Citations, downloads, open data, sitemap, feed and the permalink manifest,
// read back from the built site with real parsers.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parliamentaryCitation } from '../../src/site/citation.ts';
import { splitDocument } from '../../src/site/document-loader.ts';
import { collectPermalinks, readManifest } from '../../src/site/permalink-manifest.ts';
import { openDataDocuments, openDataIndex, openDataRows, openDataYear } from '../support/open-data.ts';
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
const pick = (record: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, record[k]]));

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
      expect(file.json).toMatch(/\.json\.gz$/);
      const year = openDataYear<{ dates: Record<string, string | null> }>(OUT_DIR, file.json);
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
  it('offers each source text as it is, and holds every field and the text of each generated MDX', () => {
    expect(read('documenten/kamervragen-2017-11-10/bron.txt')).toBe(
      readFileSync('seeds/000_465ddff01d450a22.txt', 'utf8'),
    );
    const records = new Map(openDataDocuments<Record<string, unknown>>(OUT_DIR).map((d) => [d.slug, d]));
    for (const slug of SLUGS) {
      const { data, body } = splitDocument(slug, readFileSync(`content/${slug}.mdx`, 'utf8'));
      const record = records.get(slug)!;
      // JSON's view of the YAML's values: dates as the strings the MDX prints.
      expect(JSON.parse(JSON.stringify(pick(record, Object.keys(data))))).toEqual(JSON.parse(JSON.stringify(data)));
      expect(record.text).toBe(body);
    }
    expect(existsSync(join(OUT_DIR, 'documenten/kamervragen-2017-11-10/document.mdx.gz'))).toBe(false);
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

describe('accountability in the open data', () => {
  const csv = (name: string) => parseCsv(read(`data/${name}.csv`), { columns: true }) as Record<string, string>[];
  /** A permalink with its block, checked to lead to a page that has that block. */
  const resolves = (url: string) => {
    expect(url.startsWith(SITE), url).toBe(true);
    const [path, block] = url.slice(SITE.length).split('#');
    const html = read(join(path!, 'index.html'));
    if (block) expect(html.includes(`id="${block}"`), `${url}: no such block`).toBe(true);
  };

  it('answer-times.csv gives each Kamervragen its days and the printed dates they are counted from', () => {
    const rows = csv('answer-times');
    const pick = (slug: string) => rows.find((r) => r.permalink === `${SITE}documenten/${slug}/`)!;
    // 000 prints "(ingezonden 19 september 2017)" and "(ontvangen 10 november 2017)": 11 + 31 + 10 days; "Zie ook … nr. 172".
    expect(pick('kamervragen-2017-11-10')).toMatchObject({
      status: 'beantwoord',
      ingezonden: '2017-09-19',
      beantwoord: '2017-11-10',
      dagen: '52',
      binnen_termijn: 'nee',
      uitstelbericht: 'ah-tk-20172018-172',
      bron_ingezonden: 'document',
      bron_beantwoord: 'document',
      bronbestand: '000_465ddff01d450a22.txt',
    });
    // 002: 28 December 2012 → 8 February 2013: 3 + 31 + 8 days.
    expect(pick('kamervragen-2013-02-08')).toMatchObject({ dagen: '42', uitstelbericht: 'ah-tk-20122013-903' });
    // 004 prints its answers but no date of receipt: the term is unknown, not guessed.
    expect(pick('2024Z19016')).toMatchObject({ status: 'beantwoord, termijn onbekend', beantwoord: '', dagen: '' });
    expect(rows).toHaveLength(3);
  });

  it('citations.csv lists every citation with the block it stands in, and each place exists', () => {
    const rows = csv('citations');
    for (const r of rows) resolves(r.plaats!);
    // 000: the "Zie ook" in its header (no block), and footnotes 2, 3 and 4 (seed lines 144–146).
    expect(
      rows.filter((r) => r.stuk === `${SITE}documenten/kamervragen-2017-11-10/`).map((r) => [r.blok, r.aangehaald]),
    ).toEqual([
      ['', 'ah-tk-20172018-172'],
      ['fn-2', 'ah-tk-20162017-2667'],
      ['fn-3', 'ah-tk-20162017-1800'],
      ['fn-4', 'ah-tk-20162017-2667'],
    ]);
    // None of the papers the seeds cite is itself a seed.
    expect(rows.every((r) => r.aangehaald_op_deze_site === '')).toBe(true);
  });

  it('promises.csv gives each promise its sentence and block, and each place exists', () => {
    const rows = csv('promises');
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) resolves(r.plaats!);
    expect(rows).toContainEqual(
      expect.objectContaining({
        stuk: `${SITE}documenten/kamervragen-2017-11-10/`,
        blok: 'antwoord-7',
        bewindspersoon: 'Staatssecretaris Harbers',
      }),
    );
  });

  it('threads.csv has its header, and no thread on the seeds (no seed answers another)', () => {
    expect(read('data/threads.csv').split('\n')[0]).toBe(
      'vragen,antwoord,gekoppeld_op,ingezonden,beantwoord,vragenstellers,bron_vragen,bron_antwoord',
    );
    expect(csv('threads')).toEqual([]);
  });

  it('the year files carry the answer clock with its dates, the thread and who cites the paper', () => {
    // The newest date in the corpus: 004's "(ingezonden 21 november 2024)".
    expect(openDataIndex(OUT_DIR).referenceDate).toBe('2024-11-21');
    const documents = openDataDocuments<{ slug: string; answerClock: unknown; thread: unknown; citedBy: unknown[] }>(
      OUT_DIR,
    );
    const doc = documents.find((d) => d.slug === 'kamervragen-2017-11-10')!;
    expect(doc.answerClock).toEqual({
      days: 52,
      withinTerm: false,
      termDays: 21,
      from: '2017-09-19',
      to: '2017-11-10',
    });
    expect(doc.thread).toBeNull();
    expect(doc.citedBy).toEqual([]);
  });
});
