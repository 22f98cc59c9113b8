// The Atom feeds of the built site, read back with a real XML parser: every feed is
// Atom (root <feed> in the Atom namespace, id, title and updated on the feed and on
// every entry), every page's rel="alternate" leads to one, every feed is announced by
// a page, and the entries carry what the papers print (dates and questioners read by
// hand from the seeds).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { sitePages } from './pages.ts';
import { BASE_PATH, OUT_DIR } from './site.ts';

const ATOM = 'http://www.w3.org/2005/Atom';
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});

interface Entry {
  id: string;
  title: string | { '#text': string };
  updated: string;
  summary?: string | { '#text': string };
  author?: { name: string }[];
  category?: { '@term': string; '@label': string }[];
  link: { '@href': string }[];
}
interface AtomFeed {
  '@xmlns': string;
  id: string;
  title: string;
  updated: string;
  author?: { name: string }[];
  entry?: Entry[];
}

const text = (value: string | { '#text': string } | undefined) =>
  typeof value === 'object' ? value['#text'] : (value ?? '');

function feedFiles(dir = join(OUT_DIR, 'feeds')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? feedFiles(join(dir, e.name)) : e.name.endsWith('.xml') ? [join(dir, e.name)] : [],
  );
}

function readFeed(path: string): AtomFeed {
  const xml = readFileSync(join(OUT_DIR, path), 'utf8');
  expect(XMLValidator.validate(xml), path).toBe(true);
  const parsed = parser.parse(xml) as { feed?: AtomFeed };
  expect(parsed.feed, `${path}: root element is not <feed>`).toBeDefined();
  return parsed.feed!;
}

/** Every feed a built page announces with <link rel="alternate" type="application/atom+xml">, by page. */
function announced(): Map<string, string[]> {
  const byPage = new Map<string, string[]>();
  for (const page of sitePages()) {
    const file = page.endsWith('.html') ? page : join(page, 'index.html');
    const $ = cheerio.load(readFileSync(join(OUT_DIR, file), 'utf8'));
    const hrefs = $('head link[rel="alternate"][type="application/atom+xml"]')
      .map((_, l) => $(l).attr('href')!)
      .get();
    byPage.set(page, hrefs);
  }
  return byPage;
}

const feeds = () => feedFiles().map((f) => relative(OUT_DIR, f));

describe('Atom feeds', () => {
  it('are Atom, with id, title and updated on the feed and on every entry', () => {
    const all = feeds();
    // Per person, party, organisation, ministry, dossier and thread.
    for (const kind of ['personen', 'partijen', 'organisaties', 'ministeries', 'dossiers', 'draden'])
      expect(
        all.some((f) => f.startsWith(`feeds/${kind}/`)),
        kind,
      ).toBe(true);
    for (const path of all) {
      const feed = readFeed(path);
      expect(feed['@xmlns'], path).toBe(ATOM);
      expect(feed.id && feed.title && feed.updated, path).toBeTruthy();
      expect(Number.isNaN(Date.parse(feed.updated)), path).toBe(false);
      for (const entry of feed.entry ?? []) {
        expect(entry.id && text(entry.title) && entry.updated, `${path}: ${entry.id}`).toBeTruthy();
        expect(Number.isNaN(Date.parse(entry.updated)), `${path}: ${entry.id}`).toBe(false);
        expect(text(entry.summary), `${path}: ${entry.id}: summary`).not.toBe('');
        expect(entry.category?.length, `${path}: ${entry.id}: kind`).toBe(1);
        // Atom needs an author on every entry, or on the feed.
        expect((entry.author ?? feed.author ?? []).length, `${path}: ${entry.id}: author`).toBeGreaterThan(0);
      }
      const ids = (feed.entry ?? []).map((e) => e.id);
      expect(new Set(ids).size, `${path}: entry ids are unique`).toBe(ids.length);
    }
    console.log(`Atom feeds parsed: ${all.length}`);
  });

  it('are each announced by a page, and every announced feed exists', () => {
    const pages = announced();
    const linked = new Set([...pages.values()].flat().map((h) => h.slice(BASE_PATH.length)));
    for (const path of feeds()) expect(linked.has(path), `${path} is linked from no page`).toBe(true);
    for (const href of linked) if (href !== 'feed.xml') expect(feeds(), href).toContain(href);
    expect(pages.get('personen/dral/')).toContain(`${BASE_PATH}feeds/personen/dral.xml`);
    expect(pages.get('dossiers/28638/')).toContain(`${BASE_PATH}feeds/dossiers/28638.xml`);
    expect(pages.get('documenten/kamervragen-2017-11-10/')).toContain(
      `${BASE_PATH}feeds/draden/kamervragen-2017-11-10.xml`,
    );
  });

  it('gives the thread of 000 its questions (19 September 2017) and its answer (10 November 2017)', () => {
    const feed = readFeed('feeds/draden/kamervragen-2017-11-10.xml');
    expect(feed.entry!.map((e) => [text(e.title).split(':')[0], e.updated.slice(0, 10)])).toEqual([
      ['Antwoord ontvangen', '2017-11-10'],
      ['Vragen ingezonden', '2017-09-19'],
    ]);
    expect(feed.entry![0]!.author!.map((a) => a.name)).toEqual(['Jasper van Dijk (SP)']);
    expect(feed.entry![0]!.category![0]!['@term']).toBe('kamervragen');
    expect(feed.updated.slice(0, 10)).toBe('2017-11-10');
  });

  it('lists under Dral the questions of 004, sent in on 21 November 2024 with Rajkowski', () => {
    const feed = readFeed('feeds/personen/dral.xml');
    const entry = feed.entry!.find((e) => e.link[0]!['@href'].endsWith('/documenten/2024Z19016/'));
    expect(entry, 'no entry for 2024Z19016').toBeDefined();
    // 004 prints no date of its answer: the entry is dated by the questions.
    expect(entry!.updated.slice(0, 10)).toBe('2024-11-21');
    expect(entry!.author!.map((a) => a.name)).toEqual(['Dral (VVD)', 'Rajkowski (VVD)']);
  });

  it('lists a ministry’s answers, under the ministry’s name as printed then', () => {
    // 002: "Antwoord van minister Opstelten (Veiligheid en Justitie) (ontvangen 8 februari 2013)";
    // 000: "Antwoord van Staatssecretaris Harbers (Justitie en Veiligheid)", received 10 November 2017.
    const dates = (name: string) => readFeed(`feeds/ministeries/${name}.xml`).entry!.map((e) => e.updated.slice(0, 10));
    expect(dates('veiligheid-en-justitie')).toEqual(['2013-02-08']);
    expect(dates('justitie-en-veiligheid')).toEqual(['2017-11-10']);
  });
});
