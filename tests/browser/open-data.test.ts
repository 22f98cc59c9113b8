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
import { parliamentaryCitation } from '../../src/lib/citation.ts';
import { collectPermalinks, readManifest } from '../../src/lib/permalinks.ts';
import { OUT_DIR } from './site.ts';

const read = (path: string) => readFileSync(join(OUT_DIR, path), 'utf8');
const SLUGS = ['2024Z19016', 'ah-tk-20122013-903', 'ah-tk-20172018-172', 'brief-2017-02-13-10008', 'schriftelijk-overleg-2024-05-16'];
const SITE = 'https://kamerdossier.example/kamerdossier/';

describe('citations', () => {
  // Hand-verified against the papers' own headers.
  it.each([
    ['ah-tk-20172018-172', 'Aanhangsel Handelingen II 2017/18, nr. 172'],
    ['ah-tk-20122013-903', 'Aanhangsel Handelingen II 2012/13, nr. 903'],
    ['2024Z19016', 'Kamervragen van Dral en Rajkowski (VVD), ingezonden 21 november 2024, 2024Z19016'],
    ['brief-2017-02-13-10008', 'Brief van Corinne Dettmeijer-Vermeulen, Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen aan de Voorzitter van de Tweede Kamer der Staten-Generaal, 13 februari 2017, kenmerk 10008'],
    ['schriftelijk-overleg-2024-05-16', 'Antwoorden op het schriftelijk overleg van 16 mei 2024 over het Actieplan programma Samen tegen mensenhandel'],
  ])('%s is cited as "%s"', (slug, expected) => {
    const data = JSON.parse(read('data/documents.json')) as { documents: (Parameters<typeof parliamentaryCitation>[0] & { slug: string; citation: string })[] };
    const doc = data.documents.find((d) => d.slug === slug)!;
    expect(parliamentaryCitation(doc)).toBe(expected);
    expect(doc.citation).toBe(expected);
  });

  it.each(SLUGS)('%s: BibTeX, RIS and CSL-JSON downloads parse and carry the title and permalink', (slug) => {
    const data = JSON.parse(read('data/documents.json')) as { documents: { slug: string; title: string }[] };
    const title = data.documents.find((d) => d.slug === slug)!.title;
    for (const file of ['citatie.bib', 'citatie.ris', 'citatie.json']) {
      const items = new Cite(read(`documenten/${slug}/${file}`)).format('data', { format: 'object' }) as { title: string; URL: string }[];
      expect(items, file).toHaveLength(1);
      expect(items[0]!.title, file).toBe(title);
      expect(items[0]!.URL, file).toBe(`${SITE}documenten/${slug}/`);
    }
  });
});

describe('open data', () => {
  it('documents.json lists every document with blocks, references and mentions', () => {
    const data = JSON.parse(read('data/documents.json')) as { documents: { slug: string; structure: { questions: unknown[] }; references: unknown[]; mentions: unknown[]; text: string }[] };
    expect(data.documents.map((d) => d.slug).sort()).toEqual(SLUGS);
    expect(data.documents.every((d) => d.text.length > 1000 && Array.isArray(d.references) && d.mentions.length > 0)).toBe(true);
  });
  it('documents.csv has one row per document', () => {
    const rows = parseCsv(read('data/documents.csv'), { columns: true }) as { permalink: string }[];
    expect(rows.map((r) => r.permalink).sort()).toEqual(SLUGS.map((s) => `${SITE}documenten/${s}/`).sort());
  });
  it('offers each source text and MDX as it is', () => {
    expect(read('documenten/ah-tk-20172018-172/bron.txt')).toBe(readFileSync('seeds/000_465ddff01d450a22.txt', 'utf8'));
    expect(read('documenten/ah-tk-20172018-172/document.mdx')).toBe(readFileSync('content/ah-tk-20172018-172.mdx', 'utf8'));
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
    const entries = (new XMLParser({ ignoreAttributes: false }).parse(xml) as { feed: { entry: { id: string }[] } }).feed.entry.map((e) => e.id);
    expect(entries).toHaveLength(5);
    expect(entries[0]).toBe(`${SITE}documenten/2024Z19016/`);
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
