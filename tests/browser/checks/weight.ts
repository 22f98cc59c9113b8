// Weight: what a page makes the reader download, measured as the browser
// fetches it, and compressed with gzip as a static host would serve it.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';

export interface Weight {
  javascript: number;
  total: number;
}

/** Opens the page and sums the gzip-compressed bytes of every response, and of its scripts. */
export async function pageWeight(page: Page, url: string): Promise<Weight> {
  const weight: Weight = { javascript: 0, total: 0 };
  const pending: Promise<void>[] = [];
  const listener = (response: import('playwright-core').Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const compressed = gzipSync(body).length;
          weight.total += compressed;
          if (response.request().resourceType() === 'script' || /\.m?js(\?|$)/.test(response.url()))
            weight.javascript += compressed;
        })
        .catch(() => undefined),
    );
  };
  page.on('response', listener);
  await page.goto(url, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  page.off('response', listener);
  // Small scripts are inlined into the HTML by Astro: they count as JavaScript too (JSON-LD is data, not code).
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !(s as HTMLScriptElement).type.includes('json'))
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  if (inline) weight.javascript += gzipSync(inline).length;
  return weight;
}
