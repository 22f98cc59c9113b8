// Search as a reader uses it, in Chromium, on the seed corpus under the
// sub-path: Dutch stemming, filters, shareable URLs, results that land on the
// question or answer with the terms marked, compound parts, and how fast it is.
import { readFileSync, readdirSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ConversionResult } from '../../src/converter/pipeline.ts';
import { mainDate } from '../../src/schema/document.ts';
import { SEARCHABLE_PAGES } from '../../scripts/build/search-options.ts';
import { FILTERS } from '../../src/site/search-facets.ts';
import { convertSeeds } from '../support/convert-seeds.ts';
import { useBrowser, watchProblems } from './browser.ts';
import { searchReady, waitForResults } from './checks/search-pane.ts';
import { measureReader, typeSearch as search } from './checks/search-speed.ts';
import { documentSlugs } from './pages.ts';
import { BASE_PATH, OUT_DIR } from './site.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
let seeds: ConversionResult[];
beforeAll(async () => {
  seeds = [...(await convertSeeds()).values()];
});

const documentPath = (slug: string) => `${BASE_PATH}documenten/${slug}/`;

/** The pages the results list, in order, without the highlight parameter. */
async function resultPages(page: Page): Promise<string[]> {
  return page
    .locator('pagefind-results .pf-result-link')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function openSearch(query = ''): Promise<Page> {
  const page = await browser().newPage();
  await page.goto(`${siteUrl}zoeken/${query}`);
  await searchReady(page);
  return page;
}

/** A document's words as its page shows them, lower-cased. */
function pageWords(slug: string): string[] {
  const $ = cheerio.load(readFileSync(join(OUT_DIR, 'documenten', slug, 'index.html'), 'utf8'));
  $('[data-ui]').remove();
  return (
    $('article')
      .text()
      .toLocaleLowerCase('nl')
      .match(/\p{L}+/gu) ?? []
  );
}

describe('finding papers', () => {
  it('"orgaanverwijdering" finds the 2017 Kamervragen of Jasper van Dijk, with a sub-result on the answer that says it', async () => {
    const page = await openSearch();
    await search(page, 'orgaanverwijdering');
    const jasper = seeds.find((s) => s.frontmatter.questioners.some((q) => q.name === 'Jasper van Dijk'))!;
    expect(await resultPages(page)).toContain(documentPath(jasper.frontmatter.slug));
    const result = page.locator('pagefind-results li.pf-result', {
      has: page.locator(`a.pf-result-link[href*="${jasper.frontmatter.slug}"]`),
    });
    expect(await result.locator('.result-meta').innerText()).toBe('Kamervragen · 10 november 2017');
    expect(await result.locator('.pf-result-excerpt mark').first().innerText()).toMatch(/orgaanverwijdering/i);
    const anchors = await result
      .locator('a.pf-heading-link')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash));
    expect(
      anchors.some((hash) => /^#(vraag|antwoord)-\d+$/.test(hash)),
      anchors.join(' '),
    ).toBe(true);
    await page.close();
  });

  it('"Vietnamese" finds the 2024 Kamervragen of Dral and Rajkowski', async () => {
    const page = await openSearch();
    await search(page, 'Vietnamese');
    const dral = seeds.find((s) => s.frontmatter.questioners.map((q) => q.name).join(' ') === 'Dral Rajkowski')!;
    expect(await resultPages(page)).toContain(documentPath(dral.frontmatter.slug));
    await page.close();
  });

  it('"slachtoffer" also finds pages that only say "slachtoffers" (Dutch stemming)', async () => {
    const pluralOnly = seeds
      .map((s) => s.frontmatter.slug)
      .filter((slug) => {
        const words = pageWords(slug);
        return words.includes('slachtoffers') && !words.includes('slachtoffer');
      });
    expect(pluralOnly.length, 'the corpus has a page with the plural only').toBeGreaterThan(0);
    const page = await openSearch();
    await search(page, 'slachtoffer');
    const found = await resultPages(page);
    for (const slug of pluralOnly) expect(found).toContain(documentPath(slug));
    await page.close();
  });

  it('finds the second part of a Dutch compound on a page that has it only inside the compound', async () => {
    // For each part the issue names: the pages that have a compound ending in it and no word starting with it.
    const cases = ['handel', 'uitbuiting', 'smokkel'].flatMap((part) =>
      seeds
        .filter((s) => s.frontmatter.compounds.some((c) => c.parts.includes(part)))
        .filter((s) => !pageWords(s.frontmatter.slug).some((w) => w.startsWith(part)))
        .map((s) => ({ part, slug: s.frontmatter.slug })),
    );
    expect(cases.length, 'the corpus has a page with such a compound only').toBeGreaterThan(0);
    const page = await openSearch();
    for (const { part, slug } of cases) {
      await search(page, part);
      expect(await resultPages(page), `"${part}" finds ${slug}`).toContain(documentPath(slug));
    }
    console.log(`compound parts: ${cases.map((c) => `"${c.part}" → ${c.slug}`).join(', ')}`);
    await page.close();
  });

  it('does not match page furniture: citation boxes, the table of contents and "#" links are not indexed', async () => {
    const page = await openSearch();
    await search(page, 'Citeer');
    expect(await page.locator('pagefind-summary').innerText()).toMatch(/^Geen resultaten/);
    await page.close();
  });

  it('indexes every page that has searchable text: those are exactly the pages the build hands Pagefind', () => {
    const withBody = (readdirSync(OUT_DIR, { recursive: true }) as string[])
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
      .filter((file) => cheerio.load(readFileSync(join(OUT_DIR, file), 'utf8'))('[data-pagefind-body]').length > 0)
      .sort();
    const handed = withBody.filter((file) => matchesGlob(file, SEARCHABLE_PAGES));
    expect(withBody.length).toBe(seeds.length);
    expect(handed).toEqual(withBody);
  });
});

describe('filters and order', () => {
  it('the year filter set to 2013 leaves only the Van der Steur answers, and says so in the URL', async () => {
    const page = await openSearch();
    await search(page, 'mensenhandel');
    await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /^2013/ }).check();
    await page.waitForURL(/jaar=2013/);
    const vanDerSteur = seeds.find((s) => s.frontmatter.questioners.some((q) => q.name === 'Van der Steur'))!;
    expect(mainDate(vanDerSteur.frontmatter)?.slice(0, 4)).toBe('2013');
    await expect
      .poll(async () => (await waitForResults(page, 'mensenhandel'), resultPages(page)))
      .toEqual([documentPath(vanDerSteur.frontmatter.slug)]);
    await page.close();
  });

  it('the party filter VVD leaves the documents of VVD members and the VVD-fractie, each with its count', async () => {
    const vvd = seeds
      .filter(
        (s) =>
          s.frontmatter.questioners.some((q) => q.party === 'VVD') ||
          s.frontmatter.mentions.some((m) => m.entity === 'partijen/vvd'),
      )
      .map((s) => documentPath(s.frontmatter.slug))
      .sort();
    const page = await openSearch();
    const pane = page.locator('pagefind-filter-pane');
    await pane.locator('details[data-filter-name="Partij"] > summary').click();
    const option = pane.getByRole('checkbox', { name: /^VVD/ });
    expect(await option.locator('xpath=ancestor::label[1]').innerText()).toContain(String(vvd.length));
    await option.check();
    await page.waitForURL(/partij=VVD/);
    await expect.poll(async () => (await waitForResults(page, ''), (await resultPages(page)).sort())).toEqual(vvd);
    await page.close();
  });

  it('sorts by date, newest or oldest first, as well as by relevance', async () => {
    const byDate = [...seeds]
      .sort((a, b) => (mainDate(a.frontmatter) ?? '').localeCompare(mainDate(b.frontmatter) ?? ''))
      .map((s) => documentPath(s.frontmatter.slug));
    const page = await openSearch();
    await waitForResults(page, '');
    await page.selectOption('#sorteer', 'oud');
    await page.waitForURL(/sorteer=oud/);
    await expect.poll(async () => (await waitForResults(page, ''), resultPages(page))).toEqual(byDate);
    await page.selectOption('#sorteer', 'nieuw');
    await page.waitForURL(/sorteer=nieuw/);
    await expect.poll(async () => (await waitForResults(page, ''), resultPages(page))).toEqual([...byDate].reverse());

    // Best match, the default: the page most about the query first. Judged from the seeds: "CoMensha" is 6 of
    // the 1,486 words of the 2017 letter (seed 001), 3 of the 1,057 of the 2013 Kamervragen (002) and 3 of the
    // 10,693 of the 2024 schriftelijk overleg (003): an order that neither date order gives.
    const bestMatch = [1, 2, 3].map((n) => documentPath(seeds[n]!.frontmatter.slug));
    await search(page, 'CoMensha');
    await expect.poll(() => resultPages(page)).toEqual([bestMatch[2], bestMatch[0], bestMatch[1]]);
    await page.selectOption('#sorteer', '');
    await page.waitForURL((url) => !url.searchParams.has('sorteer'));
    await expect.poll(async () => (await waitForResults(page, 'CoMensha'), resultPages(page))).toEqual(bestMatch);
    await page.close();
  });

  it('a shared URL shows the same search: query, filters and order', async () => {
    const page = await openSearch();
    await search(page, 'slachtoffers');
    await page.locator('pagefind-filter-pane').getByRole('checkbox', { name: /^2024/ }).check();
    await page.selectOption('#sorteer', 'nieuw');
    await page.waitForURL(/q=slachtoffers.*jaar=2024.*sorteer=nieuw/);
    await waitForResults(page, 'slachtoffers');
    const shared = page.url();
    const results = await resultPages(page);
    expect(results.length).toBeGreaterThan(0);

    const other = await browser().newPage();
    await other.goto(shared);
    await searchReady(other);
    await waitForResults(other, 'slachtoffers');
    expect(await resultPages(other)).toEqual(results);
    expect(await other.locator('pagefind-input input').inputValue()).toBe('slachtoffers');
    expect(await other.locator('pagefind-filter-pane').getByRole('checkbox', { name: /^2024/ }).isChecked()).toBe(true);
    expect(await other.locator('#sorteer').inputValue()).toBe('nieuw');
    await Promise.all([page.close(), other.close()]);
  });
});

describe('a search opened from a shared URL', () => {
  /** The filter pane's groups and the values of each, as a reader sees them, top to bottom. */
  const paneOrder = (page: Page) =>
    page
      .locator('pagefind-filter-pane details[data-filter-name]')
      .evaluateAll((groups) =>
        groups.map((g) => [
          g.getAttribute('data-filter-name'),
          ...[...g.querySelectorAll('input.pf-checkbox-input')].map((c) => (c as HTMLInputElement).value),
        ]),
      );

  it('loads only the part of the index its query needs, not every part as the page without a query does', async () => {
    const chunks = readdirSync(join(OUT_DIR, 'pagefind', 'index')).length;
    expect(chunks, 'the seeds give an index of more than one part').toBeGreaterThan(1);
    const page = await browser().newPage();
    const fetched = new Set<string>();
    page.on('request', (r) => r.url().includes('/pagefind/index/') && fetched.add(r.url()));
    await page.goto(`${siteUrl}zoeken/?q=orgaanverwijdering`);
    await searchReady(page);
    await waitForResults(page, 'orgaanverwijdering');
    expect(await resultPages(page)).toHaveLength(1);
    expect(fetched.size).toBeLessThan(chunks);
    await page.close();
  });

  it('shows the filter groups and their values in the order of the page without a query', async () => {
    const plain = await openSearch();
    await waitForResults(plain, '');
    const shared = await openSearch('?q=slachtoffers');
    await waitForResults(shared, 'slachtoffers');
    const groups = await paneOrder(plain);
    expect(groups.map((g) => g[0])).toEqual([...FILTERS].sort());
    expect(
      groups.every((g) => g.length > 1),
      'every group lists its values',
    ).toBe(true);
    expect(await paneOrder(shared)).toEqual(groups);
    await Promise.all([plain.close(), shared.close()]);
  });
});

describe('following a result', () => {
  it('lands on the answer, in view, with the search terms marked', async () => {
    const page = await openSearch();
    const problems = watchProblems(page);
    await search(page, 'orgaanverwijdering');
    const sub = page.locator('a.pf-heading-link[href*="#antwoord-"]').first();
    const hash = await sub.evaluate((a) => (a as HTMLAnchorElement).hash);
    await sub.click();
    await page.waitForURL(/markeer=orgaanverwijdering/);
    await page.locator('mark.zoekterm').first().waitFor();
    expect(new URL(page.url()).hash).toBe(hash);
    expect(
      await page
        .locator(hash)
        .evaluate(
          (el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight / 2,
        ),
    ).toBe(true);
    const marked = await page.locator('[data-document-text] mark.zoekterm').allInnerTexts();
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => /^orgaanverwijdering$/i.test(text))).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('every page', () => {
  it('has a search box in its header that opens the search page with the query, without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}tijdlijn/`);
    const box = page.getByRole('search', { name: 'Zoeken op de site' }).getByRole('searchbox');
    await box.fill('mensen smokkel');
    await box.press('Enter');
    await page.waitForURL(`${siteUrl}zoeken/?q=mensen+smokkel`);
    // Search needs JavaScript; without it the page says so and points to the list of documents.
    const notice = page.locator('.notice');
    expect(await notice.innerText()).toContain('heeft JavaScript nodig');
    await notice.getByRole('link').click();
    expect(await page.locator('main .document-list > li').count()).toBe(documentSlugs().length);
    await context.close();
  });
});

describe('speed and size (printed)', () => {
  it('fetches at most 250 kB for a shared search and 50 kB for a second query, and shows results within 150 ms (median of 10) of the last keystroke', async () => {
    // Other work on the machine only ever adds to a wait, and the share correction does not cover the starved
    // preview server. So a reader whose median misses the limit is measured again, up to three fresh readers
    // (each with an empty cache): a search that is slow on a free core misses it every time.
    const readers = [];
    do readers.push(await measureReader(browser(), siteUrl));
    while (readers.length < 3 && readers.at(-1)!.median > 150);
    expect(readers.every((r) => r.waits.every((w) => w.wall > 0))).toBe(true);
    expect(readers[0]!.first).toBeLessThanOrEqual(250_000);
    expect(readers[0]!.second).toBeLessThanOrEqual(50_000);
    expect(
      Math.min(...readers.map((r) => r.median)),
      `medians ${readers.map((r) => r.median.toFixed(0))}`,
    ).toBeLessThanOrEqual(150);
  });
});
