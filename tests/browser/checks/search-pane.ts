// The search page as a reader uses it: a query with its results shown, and every
// filter group of Pagefind's pane unfolded, so checks see inside the components.
import type { Page } from 'playwright-core';

export async function openSearchWithResults(page: Page, siteUrl: string, query = 'slachtoffers'): Promise<void> {
  await page.goto(`${siteUrl}zoeken/?q=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
  await page.locator('.pf-result').first().waitFor();
  await page.locator('.pf-filter-group').first().waitFor({ state: 'attached' });
  // Folded on a phone: open the pane, then each group that is closed.
  await page.evaluate(() => {
    for (const details of document.querySelectorAll<HTMLDetailsElement>('.search-filters, details.pf-filter-group')) details.open = true;
  });
  await page.locator('.pf-filter-checkbox').first().waitFor();
}
