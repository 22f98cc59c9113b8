// Screenshots of each page type at 360 and 1280 px, light and dark, compared with
// reviewed references (tests/browser/screenshots/), so that a layout regression fails.
// References are Chromium's rendering with this machine's system fonts: they are compared
// only in the Chromium version that made them (browser.json); `UPDATE_SCREENSHOTS=1`
// records new ones, to be looked at before they are committed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { compareWithReference, settle } from './checks/screenshot.ts';
import { openSearchWithResults } from './checks/search-pane.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const REFERENCES = 'tests/browser/screenshots';
const DIFFS = 'test-results/screenshots';
const UPDATE = process.env.UPDATE_SCREENSHOTS === '1';
/** Share of pixels allowed to differ: anti-aliasing, not layout. */
const TOLERANCE = 0.005;
/** The top of each page, enough for its header, its first screens and the start of its lists. */
const MAX_HEIGHT = 1800;

const PAGES: [string, string][] = [
  ['home', ''],
  ['document', 'documenten/kamervragen-2013-02-08/'],
  ['tijdlijn', 'tijdlijn/'],
  ['documenten', 'documenten/'],
  ['personen', 'personen/'],
  ['persoon', 'personen/van-der-steur/'],
  ['dossier', 'dossiers/28638/'],
  ['verantwoording', 'verantwoording/'],
  ['zoeken', 'zoeken/'],
  ['404', '404.html'],
];
const CASES = PAGES.flatMap(([name, path]) =>
  [360, 1280].flatMap((width) => (['light', 'dark'] as const).map((scheme) => ({ name, path, width, scheme }))),
);

const versionFile = join(REFERENCES, 'browser.json');
const recorded = existsSync(versionFile)
  ? (JSON.parse(readFileSync(versionFile, 'utf8')) as { chromium: string }).chromium
  : null;

describe('screenshots against the reviewed references', () => {
  it.for(CASES)('$name at $width px, $scheme', async ({ name, path, width, scheme }, test) => {
    const version = browser().version();
    // Reported as skipped, not passed: a test that compared nothing must not count as one that found no change.
    if (!UPDATE && recorded !== version) test.skip(`references made with Chromium ${recorded}, this is ${version}`);
    const context = await browser().newContext({
      viewport: { width, height: 900 },
      colorScheme: scheme,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    if (name === 'zoeken') await openSearchWithResults(page, siteUrl);
    else await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    await settle(page);
    const height = Math.min(MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
    const shot = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width, height } });
    await context.close();
    const file = `${name}-${width}-${scheme}.png`;
    if (UPDATE) {
      mkdirSync(REFERENCES, { recursive: true });
      writeFileSync(join(REFERENCES, file), shot);
      writeFileSync(versionFile, `${JSON.stringify({ chromium: version }, null, 2)}\n`);
      return;
    }
    const result = compareWithReference(
      shot,
      join(REFERENCES, file),
      join(DIFFS, file.replace(/\.png$/, '.diff.png')),
      TOLERANCE,
    );
    expect(result.reason, file).toBeNull();
  });
});
