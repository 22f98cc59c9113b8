// Long lists are cut into pages of bounded length (src/site/list-pages.ts, timeline-pages.ts),
// so no page grows with the corpus: built with short pages, every list must still show each of
// its documents exactly once, in order, its pages chained by their links; a timeline too long
// for one page is drawn per month, each mark a link to where that month starts in the list.
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus/generate.ts';
import { loadPools } from '../../scripts/bench/corpus/pools.ts';
import { buildSite } from '../support/build-site.ts';
import { openDataDocuments } from '../support/open-data.ts';

// Short enough that the longest lists have more pages than a pager names (src/site/list-pages.ts, pagerNumbers).
const PAGE = 2;
const TIMELINE_PAGE = 25;
const CITERS_SHOWN = 2;
let work: string;
let out: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kd-bounded-'));
  const seeds = join(work, 'seeds');
  await writeCorpus(seeds, { documents: 24, seed: 7 }, await loadPools('seeds'));
  for (const f of (await readdir('seeds')).filter((f) => f.endsWith('.txt')))
    await cp(join('seeds', f), join(seeds, f));
  out = join(work, 'dist');
  const build = buildSite({ seeds, content: join(work, 'content'), out }, '/', [], {
    KD_LIST_PAGE_SIZE: String(PAGE),
    KD_TIMELINE_PAGE_SIZE: String(TIMELINE_PAGE),
    KD_CITED_BY_SHOWN: String(CITERS_SHOWN),
  });
  expect(build.status, build.output).toBe(0);
});
afterAll(() => rm(work, { recursive: true, force: true }));

const page = (path: string) => cheerio.load(readFileSync(join(out, path, 'index.html'), 'utf8'));

/** Follows a list's "next" links from its first page; returns what each page links as `items`. */
function walk(path: string, items: string): string[][] {
  const pages: string[][] = [];
  const seen = new Set<string>();
  for (let at: string | undefined = path; at; ) {
    expect(seen.has(at), `${at} is reached twice`).toBe(false);
    seen.add(at);
    const $ = page(at);
    pages.push(
      $(items)
        .toArray()
        .map((a) => $(a).attr('href')!),
    );
    expectBoundedPager($, at);
    at = $('.list-pager a[rel="next"]').first().attr('href')?.replace(/^\//, '');
  }
  return pages;
}

/** A pager names at most nine pages however long its list, the current one marked, and each link leads to a page. */
function expectBoundedPager($: cheerio.CheerioAPI, at: string): void {
  for (const pager of $('.list-pager').toArray()) {
    const numbered = $(pager).find('a:not([rel])').toArray();
    expect(numbered.length, at).toBeLessThanOrEqual(9);
    expect($(pager).find('a[aria-current="page"]').attr('href')?.replace(/^\//, ''), at).toBe(at);
    for (const a of $(pager).find('a').toArray())
      expect(existsSync(join(out, $(a).attr('href')!, 'index.html')), `${at}: ${$(a).attr('href')}`).toBe(true);
  }
}

const slugOf = (href: string) => href.split('/')[2]!;

describe('the document lists', () => {
  it('show every document once, newest first, at most one page length a page, on /documenten/ and every filter', () => {
    const all = openDataDocuments<{ slug: string }>(out).map((d) => d.slug);
    expect(all.length).toBe(29);
    const $ = page('documenten');
    const filters = $('.list-filters a')
      .toArray()
      .map((a) => $(a).attr('href')!.replace(/^\//, ''));
    expect(filters.length).toBeGreaterThan(5);
    for (const filter of filters) {
      const pages = walk(filter, '.document-list .record-title');
      expect(
        pages.every((p) => p.length > 0 && p.length <= PAGE),
        filter,
      ).toBe(true);
      const listed = pages.flat().map(slugOf);
      expect(new Set(listed).size, filter).toBe(listed.length);
      // The count the page states is what its pages list together.
      expect(page(filter)('main > p').first().text()).toMatch(new RegExp(`^${listed.length} document`));
      if (filter === 'documenten/') {
        expect(pages.length).toBe(Math.ceil(all.length / PAGE));
        expect([...listed].sort()).toEqual([...all].sort());
        // Newest first: the reverse of the open data's order, which is by date, oldest first.
        expect(listed).toEqual([...all].reverse());
      }
    }
  });
});

describe('entity pages', () => {
  it('list every document that mentions the entity once, at most one page length a page', async () => {
    let paged = 0;
    for (const type of ['personen', 'partijen', 'organisaties']) {
      if (!existsSync(join(out, type))) continue;
      for (const slug of await readdir(join(out, type), { withFileTypes: true })) {
        if (!slug.isDirectory()) continue;
        const path = `${type}/${slug.name}/`;
        const pages = walk(path, '.mention-groups > section h3 a');
        expect(
          pages.every((p) => p.length > 0 && p.length <= PAGE),
          path,
        ).toBe(true);
        const listed = pages.flat().map(slugOf);
        expect(new Set(listed).size, path).toBe(listed.length);
        const stated = /in (\d+) document/.exec(page(path)('h2 ~ p:not(.feed-link)').first().text())?.[1];
        expect(Number(stated), path).toBe(listed.length);
        if (pages.length > 1) paged++;
      }
    }
    // The corpus mentions the ministry and the parties in many papers: some entity pages need several pages.
    expect(paged).toBeGreaterThan(0);
  });
});

/** The page and element a link of the site leads to, checked to exist. */
function resolves(href: string): void {
  const [path, id] = href.replace(/^\//, '').split('#');
  expect(existsSync(join(out, path!, 'index.html')), href).toBe(true);
  if (id) expect(page(path!)(`[id="${id}"]`).length, `${href}: no element with that id`).toBe(1);
}

describe('the timeline', () => {
  it('lists every date of every document once, in date order, at most one page length a page', () => {
    const pages = walk('tijdlijn/', 'li.entry.document > div > a');
    expect(pages.length).toBeGreaterThan(2);
    const perPage = walk('tijdlijn/', 'li.entry time');
    expect(perPage.every((p) => p.length > 0 && p.length <= TIMELINE_PAGE)).toBe(true);
    // Each document line, read with its date, against the dates the open data gives each document.
    const listed: string[] = [];
    const datesInOrder: string[] = [];
    for (let at: string | undefined = 'tijdlijn/'; at; ) {
      const $ = page(at);
      $('li.entry.document').each((_, li) => {
        listed.push(`${slugOf($(li).find('> div > a').attr('href')!)} ${$(li).find('time').attr('datetime')}`);
      });
      $('.timeline-year:not(:has(#buiten-periode)) li.entry time').each((_, t) => {
        datesInOrder.push($(t).attr('datetime')!.slice(0, 10));
      });
      at = $('.list-pager a[rel="next"]').first().attr('href')?.replace(/^\//, '');
    }
    const expected = openDataDocuments<{ slug: string; dates: Record<string, string | null> }>(out).flatMap((d) =>
      Object.values(d.dates).flatMap((date) => (date ? [`${d.slug} ${date}`] : [])),
    );
    expect([...listed].sort()).toEqual([...expected].sort());
    expect(datesInOrder).toEqual([...datesInOrder].sort());
  });

  it('is drawn per month on its first page only, each mark and year link leading to where that period starts', () => {
    const $ = page('tijdlijn');
    const marks = $('svg[data-timeline-chart] a.mark')
      .toArray()
      .map((a) => $(a).attr('href')!);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.filter((href) => !/#(maand-\d{4}-\d{2}|jaar-\d{4}|buiten-periode)$/.test(href))).toEqual([]);
    const years = $('.timeline-filters a.chip[href*="jaar-"]')
      .toArray()
      .map((a) => $(a).attr('href')!);
    expect(years.length).toBeGreaterThan(3);
    for (const href of [...marks, ...years]) resolves(href.startsWith('#') ? `/tijdlijn/${href}` : href);
    expect(page('tijdlijn/pagina/2')('svg[data-timeline-chart]').length).toBe(0);
    // The home page draws the same chart, small, with the same links.
    const home = page('');
    const homeMarks = home('svg[data-timeline-chart] a.mark')
      .toArray()
      .map((a) => home(a).attr('href')!);
    expect(homeMarks).toEqual(marks.map((href) => (href.startsWith('#') ? `/tijdlijn/${href}` : href)));
  });
});

describe('the Verantwoording per document', () => {
  it('reports every document once, at most one page length a page, where each document page links to', () => {
    const pages = walk('verantwoording/', 'section.source-report h3');
    expect(pages.length).toBe(Math.ceil(29 / PAGE));
    const reported: string[] = [];
    for (let at: string | undefined = 'verantwoording/'; at; ) {
      const $ = page(at);
      const ids = $('section.source-report h3')
        .toArray()
        .map((h) => $(h).attr('id')!);
      expect(ids.length > 0 && ids.length <= PAGE, at).toBe(true);
      reported.push(...ids);
      at = $('.list-pager a[rel="next"]').first().attr('href')?.replace(/^\//, '');
    }
    const slugs = openDataDocuments<{ slug: string }>(out).map((d) => d.slug);
    expect(reported).toEqual(slugs.map((slug) => `bron-${slug}`));
    for (const slug of slugs) {
      const $ = page(`documenten/${slug}`);
      const link = $('a')
        .filter((_, a) => $(a).text() === 'Hoe deze pagina uit de brontekst is gemaakt')
        .attr('href')!;
      resolves(link);
      expect(link.endsWith(`#bron-${slug}`), link).toBe(true);
    }
  });
});

describe('the dossier pages', () => {
  it('list every paper of the dossier once, at most one page length a page', async () => {
    let paged = 0;
    for (const dossier of await readdir(join(out, 'dossiers'), { withFileTypes: true })) {
      if (!dossier.isDirectory()) continue;
      const path = `dossiers/${dossier.name}/`;
      const pages = walk(path, '.papers .record-title');
      expect(
        pages.every((p) => p.length > 0 && p.length <= PAGE),
        path,
      ).toBe(true);
      const listed = pages.flat();
      expect(new Set(listed).size, path).toBe(listed.length);
      const stated = /^(\d+) stuk/.exec(page(path)('h1 ~ p:not(.meta)').first().text().trim())?.[1];
      expect(Number(stated), path).toBe(listed.length);
      if (pages.length > 1) paged++;
    }
    // The bench corpus files most papers in the dossier on trafficking: its page needs several pages.
    expect(paged).toBeGreaterThan(0);
  });
});

describe('papers cited by more papers than a dossier page names', () => {
  it('have their first citers named on the dossier page and every citer listed once on their own pages', async () => {
    // Who cites what, from the open data: a citation filed in a dossier puts its paper on that dossier's page.
    const citers = new Map<string, Set<string>>();
    const documents = openDataDocuments<{ slug: string; references: { paper: string | null; dossiers: string[] }[] }>(
      out,
    );
    // The open data is by date, oldest first; the lists of citers are newest first.
    const newestFirst = documents.map((d) => d.slug).reverse();
    for (const doc of documents)
      for (const r of doc.references)
        if (r.paper && r.dossiers.length > 0) citers.set(r.paper, (citers.get(r.paper) ?? new Set()).add(doc.slug));
    let followed = 0;
    for (const dossier of await readdir(join(out, 'dossiers'), { withFileTypes: true })) {
      if (!dossier.isDirectory()) continue;
      for (let at: string | undefined = `dossiers/${dossier.name}/`; at; ) {
        const $ = page(at);
        for (const entry of $('.papers > li').toArray()) {
          const named = $(entry).find('.cited-by a:not(.more-citers)').toArray();
          expect(named.length, at).toBeLessThanOrEqual(CITERS_SHOWN);
          const more = $(entry).find('a.more-citers');
          if (more.length === 0) continue;
          expect(named.length, at).toBe(CITERS_SHOWN);
          const rest = Number(/^nog (\d+) stuk/.exec(more.text())?.[1]);
          const target = more.attr('href')!;
          const paper = /^\/aangehaald\/([^/]+)\/$/.exec(target)?.[1];
          if (!paper) {
            // A paper of this site: its own page lists every paper citing it.
            const [path, fragment] = target.replace(/^\//, '').split('#');
            expect(fragment).toBe('aangehaald-kop');
            expect(page(path!)('aside.cited-in li').length).toBeGreaterThanOrEqual(CITERS_SHOWN + rest);
            continue;
          }
          const pages = walk(target.replace(/^\//, ''), '.citing .record-title');
          expect(pages.every((p) => p.length > 0 && p.length <= PAGE)).toBe(true);
          // Each citer links to the block where it cites the paper.
          for (const link of pages.flat()) resolves(link);
          const listed = pages.flat().map(slugOf);
          expect(new Set(listed).size).toBe(listed.length);
          expect(listed).toEqual(newestFirst.filter((slug) => citers.get(paper)?.has(slug)));
          expect(listed.length).toBeGreaterThanOrEqual(CITERS_SHOWN + rest);
          for (const a of named) expect(listed).toContain(slugOf($(a).attr('href')!));
          const stated = /^(\d+) stuk/.exec(page(target.replace(/^\//, ''))('h1 ~ p').first().text())?.[1];
          expect(Number(stated)).toBe(listed.length);
          followed++;
        }
        at = $('.list-pager a[rel="next"]').first().attr('href')?.replace(/^\//, '');
      }
    }
    expect(followed).toBeGreaterThan(0);
  });
});

describe('/beantwoording/', () => {
  it('lists every timed answer once, in pages, each page charting the answers of its table', () => {
    const rows = walk('beantwoording/', 'section[aria-labelledby="alle-antwoorden"] tbody th a');
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((p) => p.length <= PAGE)).toBe(true);
    // The chart draws a page's answers by the year they were received, the table by the paper's date.
    const charted = walk('beantwoording/', 'svg[data-answer-chart] a.answer-mark');
    const sorted = (pages: string[][]) => pages.map((p) => [...p].sort());
    expect(sorted(charted)).toEqual(sorted(rows));
    const listed = rows.flat().map(slugOf);
    const timed = openDataDocuments<{ slug: string; answerClock: { days: number } | null }>(out)
      .filter((d) => d.answerClock)
      .map((d) => d.slug);
    expect(listed).toEqual(timed);
    const stated = /^(\d+) beantwoorde/.exec(page('beantwoording')('h1 ~ p').eq(1).text())?.[1];
    expect(Number(stated)).toBe(listed.length);
  });
});

describe('/toezeggingen/', () => {
  it('shows every promise once, in pages of at most one page length of documents, each under its person', () => {
    const pages = walk('toezeggingen/', '.promises h3 a');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.every((p) => p.length > 0 && p.length <= PAGE)).toBe(true);
    const promises: string[] = [];
    for (let at: string | undefined = 'toezeggingen/'; at; ) {
      const $ = page(at);
      $('.promises .promise-meta a').each((_, a) => {
        promises.push($(a).attr('href')!);
      });
      at = $('.list-pager a[rel="next"]').first().attr('href')?.replace(/^\//, '');
    }
    const expected = openDataDocuments<{ slug: string; promises: unknown[] }>(out).reduce(
      (n, d) => n + d.promises.length,
      0,
    );
    expect(promises.length).toBe(expected);
    const stated = /^(\d+) toezegging/.exec(page('toezeggingen')('h1 ~ p').eq(1).text())?.[1];
    expect(Number(stated)).toBe(expected);
    for (const href of new Set(promises)) resolves(href);
  });
});
