// The search page as a reader uses it: a query with its results shown, and every
// filter group of Pagefind's pane unfolded, so checks see inside the components.
import type { Page } from 'playwright-core';

export async function openSearchWithResults(page: Page, siteUrl: string, query = 'slachtoffers'): Promise<void> {
  await page.goto(`${siteUrl}zoeken/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
  await searchReady(page);
  await waitForResults(page, query);
  await page.locator('.pf-filter-group').first().waitFor({ state: 'attached' });
  // Folded on a phone: open the pane, then each group that is closed.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('.search-filters, details.pf-filter-group'))
      details.open = true;
  });
  await page.locator('.pf-filter-checkbox').first().waitFor();
}

/** Waits until the search page's glue has loaded Pagefind and made its URL's search: the rest are the reader's. */
export async function searchReady(page: Page): Promise<void> {
  // Loading the engine and the index part takes seconds on a machine busy with other work.
  await page.locator('[data-search][data-search-ready]').waitFor({ state: 'attached', timeout: 60_000 });
}

/**
 * Waits until the search for the query has finished and its results are shown, scrolling each one into
 * view: Pagefind loads a result's text as it comes into view. Finished means Pagefind's summary gives the
 * count for exactly this query (its Dutch strings): while it runs the summary says "Zoeken naar …" over
 * the results of the search before, and a summary for a query this one starts with is not this one's.
 */
export async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const summary = document.querySelector('pagefind-summary')?.textContent?.trim() ?? '';
      // "12 resultaten voor q", "Geen resultaten voor q. Probeer …"; without a query "12 resultaten".
      // The query itself may hold ". " ("… 2017/18, nr. 172"): it is compared whole, not parsed out.
      const after = summary.replace(/^(?:\d+ resulta(?:at|ten)|Geen resultaten) voor /, '');
      const forQuery = after !== summary && (after === q || (summary.startsWith('Geen') && after.startsWith(`${q}. `)));
      if (q === '' ? !/^(\d+ resulta(at|ten)|Geen resultaten)$/.test(summary) : !forQuery) return false;
      if (summary.startsWith('Geen')) return true;
      const waiting = document.querySelector('pagefind-results .pf-skeleton');
      waiting?.scrollIntoView();
      return !waiting && document.querySelector('pagefind-results .pf-result-link') !== null;
    },
    query,
    { polling: 100 },
  );
}
