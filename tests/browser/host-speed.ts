// The host's speed as Lighthouse measures it, taken right before a Lighthouse run.
//
// Lighthouse reports the `benchmarkIndex` it measured at the start of a run, but only once the run
// is over, so a slowdown worked out from it lags one run behind the machine's load. Running the same
// benchmark just before a run measures the CPU that run will get.
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { chromium } from 'playwright-core';
import { median } from '../../src/lib/median.ts';

/** Each measure takes about a second; the median of three is not thrown by one busy second. */
const MEASURES = 3;

/** Lighthouse's `benchmarkIndex` of the Chromium listening on `port`, median of three measures. */
export async function measureBenchmarkIndex(port: number): Promise<number> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A first measure in a new page reads low while the page's renderer and its compiler warm up.
    await page.evaluate(pageFunctions.computeBenchmarkIndex);
    const measured: number[] = [];
    for (let i = 0; i < MEASURES; i++) measured.push(await page.evaluate(pageFunctions.computeBenchmarkIndex));
    await context.close();
    return median(measured);
  } finally {
    await browser.close();
  }
}
