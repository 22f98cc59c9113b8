// What a reader waits for and fetches when searching: a fresh browser opens a shared search URL, types
// a second query, then ten timed queries. Used by the browser test on the seeds (tests/browser/search.test.ts)
// and by `npm run bench` on the generated corpus.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { searchReady, waitForResults } from './search-pane.ts';

/** Words the seeds and the bench corpus (drawn from the seeds' sentences) both hold. */
export const TIMED_QUERIES = [
  'orgaanverwijdering',
  'Vietnamese',
  'slachtoffer',
  'mensenhandel',
  'uitbuiting',
  'CoMensha',
  'Harbers',
  'asielzoekers',
  'minderjarigen',
  'Europol',
];

export interface SearchSpeed {
  /** Bytes from pagefind/ as sent for the search opened from a shared URL, and for the query after it. */
  first: number;
  second: number;
  /** Each timed wait: wall milliseconds and the share of a core the page got. */
  waits: { wall: number; share: number }[];
  /** The median wait at the speed of a free core. */
  median: number;
}

/** Types the query as a reader would, and waits for its results. */
export async function typeSearch(page: Page, query: string): Promise<void> {
  const input = page.locator('pagefind-input input');
  await input.fill('');
  await input.pressSequentially(query);
  await waitForResults(page, query);
}

/**
 * Enters the whole query at once and waits for its results. Typed key by key, a busy machine types slower than
 * Pagefind's debounce, so it also searches for "V", "Vi", … and fetches their chunks and fragments: the bytes
 * would measure the machine's load, not the query (49–57 kB beside other test runs, 24 kB idle).
 */
async function enterSearch(page: Page, query: string): Promise<void> {
  await page.locator('pagefind-input input').fill(query);
  await waitForResults(page, query);
}

/** What GitHub Pages sends for a file: text gzipped, Pagefind's own files (already gzipped) as they are. */
const sentBytes = (body: Buffer) => Math.min(body.length, gzipSync(body).length);

/**
 * One reader in a fresh browser context (empty cache) on the search page at siteUrl: opens a shared search URL,
 * enters a second query, then types the timed queries.
 */
export async function measureReader(browser: Browser, siteUrl: string, queries = TIMED_QUERIES): Promise<SearchSpeed> {
  const page = await browser.newPage();
  const fetched: number[] = [];
  page.on('response', async (response) => {
    if (!response.url().includes('/pagefind/')) return;
    fetched.push(sentBytes(await response.body().catch(() => Buffer.alloc(0))));
  });
  const bytes = () => fetched.reduce((sum, b) => sum + b, 0);
  await page.goto(`${siteUrl}zoeken/?q=orgaanverwijdering`);
  await searchReady(page);
  await waitForResults(page, 'orgaanverwijdering');
  await page.waitForLoadState('networkidle');
  const first = bytes();
  await enterSearch(page, 'Vietnamese');
  await page.waitForLoadState('networkidle');
  const second = bytes() - first;

  // What a reader waits for, by the page's own clock: from the last keystroke until the summary gives the count
  // for the query typed and every result in view is shown (no placeholder left in the viewport). Results below
  // the fold load as they are scrolled to, which a reader does not wait for.
  await page.evaluate(() => {
    const w = window as unknown as { lastKey: number; rendered: number };
    const input = document.querySelector<HTMLInputElement>('pagefind-input input')!;
    const inView = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    };
    const summary = () => document.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
    const shown = () =>
      / voor (.*)$/.exec(summary())?.[1] === input.value &&
      document.querySelector('pagefind-results .pf-result-link') !== null &&
      ![...document.querySelectorAll('pagefind-results .pf-skeleton')].some(inView);
    document.addEventListener('keydown', () => ((w.lastKey = performance.now()), (w.rendered = 0)), true);
    new MutationObserver(() => {
      if (!w.rendered && shown()) w.rendered = performance.now();
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  // On a machine busy with other work the renderer gets only a share of a core, and every wait stretches by
  // that much. Before and after each query the page runs 40 ms of busy work: its main thread's CPU time (Chromium's
  // ThreadTime) over the wall time is the share it got, and the wait is counted at the speed of a free core.
  // On an idle machine the share is 1 and the figure is the wall time itself.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
  const cpuShare = async () => {
    const before = await threadTime();
    const wall = await page.evaluate(() => {
      const started = performance.now();
      while (performance.now() - started < 40);
      return performance.now() - started;
    });
    return Math.min(1, ((await threadTime()) - before) / wall);
  };
  const waits: { wall: number; share: number }[] = [];
  for (const query of queries) {
    const before = await cpuShare();
    await typeSearch(page, query);
    const share = (before + (await cpuShare())) / 2;
    const wall = await page.evaluate(() => {
      const w = window as unknown as { rendered: number; lastKey: number };
      return w.rendered - w.lastKey;
    });
    waits.push({ wall, share });
  }
  await page.close();
  const times = waits.map((w) => w.wall * w.share);
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
  console.log(
    `search timing (last keystroke → results in view shown): ${waits.map((w) => w.wall.toFixed(0)).join(', ')} ` +
      `ms wall, with ${waits.map((w) => w.share.toFixed(2)).join(', ')} of a core; at the speed of a free core ` +
      `${times.map((t) => t.toFixed(0)).join(', ')} ms, median ${median.toFixed(0)} ms\n` +
      `bytes fetched from pagefind/ (as sent, gzipped): first query, opened from a shared URL ${(first / 1000).toFixed(1)} kB (UI, engine, index, result texts); a second query ${(second / 1000).toFixed(1)} kB`,
  );
  return { first, second, waits, median };
}
