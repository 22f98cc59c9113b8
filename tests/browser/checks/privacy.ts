// Privacy: a page may only talk to the site's own origin.
import type { Page } from 'playwright-core';

/** Starts recording requests that leave the page's origin; call the returned function to read them. */
export function watchThirdParty(page: Page, origin: string): () => string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
      foreign.push(`${page.url()} → ${request.url()}`);
  });
  return () => foreign;
}
