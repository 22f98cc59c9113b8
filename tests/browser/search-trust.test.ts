// Search results a reader can trust: every excerpt is text the page shows (no hidden
// lists, no index marks), a compound's part finds the compound and marks it, and a
// dossier number is found with or without its space.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SEARCH_EXCLUDED } from '../../scripts/build/search-options.ts';
import { useBrowser } from './browser.ts';
import { searchReady, waitForResults } from './checks/search-pane.ts';
import { BASE_PATH, OUT_DIR } from './site.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const words = (text: string) => text.toLocaleLowerCase('nl').match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words a document page shows, in order, as one string to search in; without the furniture the index leaves out (the labels of the header's facts, say), which an excerpt skips. */
function visibleWords(pathname: string): string {
  // Elements side by side ("<dd>onbekend</dd></div><div><dt>") are apart on screen.
  const html = readFileSync(join(OUT_DIR, pathname.slice(BASE_PATH.length), 'index.html'), 'utf8').replaceAll(
    '><',
    '> <',
  );
  const $ = cheerio.load(html);
  $('[hidden], script, style, template').remove();
  for (const selector of SEARCH_EXCLUDED) $(selector).remove();
  return ` ${words($('article').text()).join(' ')} `;
}

async function results(page: Page, query: string) {
  await page.goto(`${siteUrl}zoeken/?q=${encodeURIComponent(query)}`);
  await searchReady(page);
  await waitForResults(page, query);
  return page.locator('pagefind-results li.pf-result').evaluateAll((items) =>
    items.map((item) => ({
      url: new URL(item.querySelector<HTMLAnchorElement>('.pf-result-link')!.href).pathname,
      excerpts: [...item.querySelectorAll('.pf-result-excerpt, .pf-heading-excerpt')].map(
        (e) => (e as HTMLElement).innerText,
      ),
      marked: [...item.querySelectorAll('.pf-result-excerpt mark')].map((m) => (m as HTMLElement).innerText),
    })),
  );
}

const QUERIES = [
  'handel',
  'uitbuiting',
  'smokkel',
  'keten',
  'mensenhandel',
  'orgaanverwijdering',
  'Opstelten',
  'slachtoffers',
  '28638',
  '28 638',
  'CoMensha',
  'Nidos',
];

describe('excerpts show only what the page shows', () => {
  it('every excerpt of every result of the judged queries is a run of the page’s visible words', async () => {
    const page = await browser().newPage();
    let checked = 0;
    for (const query of QUERIES) {
      for (const result of await results(page, query)) {
        const visible = visibleWords(result.url);
        for (const excerpt of result.excerpts) {
          expect(excerpt, `${query} → ${result.url}`).not.toMatch(/Samengestelde woorden|~~|~\^/);
          // The header's kind label is a block of its own, which Pagefind would end with a stop: "Kamervragen. …".
          expect(excerpt, `${query} → ${result.url}`).not.toMatch(/^(?:Kamervragen|Brief|Schriftelijk overleg)\. /);
          // Pagefind ends each block it joins with a full stop: each run between stops must be on the page, word for word.
          for (const run of excerpt.split(/[.:;?!]\s/)) {
            if (words(run).length)
              expect(
                visible.includes(` ${words(run).join(' ')} `),
                `"${query}" → ${result.url}: "${run}" (of "${excerpt}") is not on the page`,
              ).toBe(true);
          }
          checked++;
        }
      }
    }
    console.log(`excerpts checked against their pages' visible text: ${checked} over ${QUERIES.length} queries`);
    await page.close();
  });

  it('"handel" finds the pages that say it only inside "mensenhandel", and the excerpt marks that word', async () => {
    const page = await browser().newPage();
    const found = await results(page, 'handel');
    const onlyInCompound = found.filter((r) => !/(^| )handel/.test(visibleWords(r.url)));
    expect(onlyInCompound.length).toBeGreaterThan(0);
    for (const r of onlyInCompound) expect(r.marked.length, r.url).toBeGreaterThan(0);
    for (const r of found) for (const word of r.marked) expect(word.toLocaleLowerCase('nl'), r.url).toMatch(/handel/);
    await page.close();
  });
});

describe('identifiers', () => {
  it('a dossier number is found with and without its space, first the page that cites it', async () => {
    const page = await browser().newPage();
    const citing = (await results(page, '28 638'))
      .map((r) => r.url)
      .filter((url) => visibleWords(url).includes(' 28 638 '));
    expect(citing.length).toBeGreaterThan(0);
    const joined = await results(page, '28638');
    expect(citing).toContain(joined[0]!.url);
    await page.close();
  });
});
