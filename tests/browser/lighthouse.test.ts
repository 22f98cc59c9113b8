// Lighthouse, driving the same Chromium, on the home page and the largest
// document page: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95.
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './site.ts';

const siteUrl = inject('siteUrl');
let chrome: LaunchedChrome;

beforeAll(async () => {
  chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });
});
afterAll(async () => {
  await chrome?.kill();
});

const PAGES = [
  ['home', ''],
  ['largest document', 'documenten/schriftelijk-overleg-2024-05-16/'],
] as const;

describe('Lighthouse', () => {
  it.each(PAGES)('%s scores performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95', async (name, path) => {
    const result = await lighthouse(`${siteUrl}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result!.lhr.categories;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const scores = {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
    };
    console.log(`Lighthouse ${name} (/${path}): ${JSON.stringify(scores)}`);
    const failing = Object.values(result!.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (failing.length) console.log(`  audits not passed: ${failing.join(', ')}`);
    expect(scores.performance).toBeGreaterThanOrEqual(95);
    expect(scores.accessibility).toBe(100);
    expect(scores.bestPractices).toBeGreaterThanOrEqual(95);
    expect(scores.seo).toBeGreaterThanOrEqual(95);
  });
});
