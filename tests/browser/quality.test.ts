// Quality gates on every page of the build, served under /kamerdossier/ and
// opened in Chromium: accessibility, valid HTML, links, privacy, weight,
// narrow screens, console errors, keyboard use.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchProblems } from './browser.ts';
import { axeViolations } from './checks/axe.ts';
import { htmlErrors } from './checks/html.ts';
import { scrollsSideways } from './checks/layout.ts';
import { brokenInternalLinks, malformedExternalLinks } from './checks/links.ts';
import { watchThirdParty } from './checks/privacy.ts';
import { openSearchWithResults } from './checks/search-pane.ts';
import { pageWeight } from './checks/weight.ts';
import { pageType, sitePages } from './pages.ts';
import { OUT_DIR } from './site.ts';

const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const pages = sitePages();
const browser = useBrowser();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

describe(`every page (${pages.length}, from the sitemap)`, () => {
  it.each(['light', 'dark'] as const)(
    'has 0 axe violations (WCAG 2.2 A/AA) in the %s theme, 0 console errors and 0 third-party requests',
    async (colorScheme) => {
      const context = await browser().newContext({ colorScheme });
      const page = await context.newPage();
      const problems = watchProblems(page);
      const thirdParty = watchThirdParty(page, origin);
      const violations: string[] = [];
      for (const path of pages) {
        await page.goto(`${siteUrl}${path}`);
        violations.push(...(await axeViolations(page)));
      }
      // The search components only render once loaded: checked with results shown and every filter open, on a phone and a wide screen.
      for (const width of [360, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await openSearchWithResults(page, siteUrl);
        violations.push(...(await axeViolations(page)).map((v) => `${width} px, results and filters open: ${v}`));
      }
      await context.close();
      console.log(
        `axe (${colorScheme}): ${pages.length} pages and the search pane with results, ${violations.length} violations; console errors: ${problems.consoleErrors.length}; third-party requests: ${thirdParty().length}`,
      );
      expect(violations).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
      expect(thirdParty()).toEqual([]);
      // Every page of the site, one after the other: over 5 minutes per theme beside a CPU hog.
    },
    1_200_000,
  );

  it('does not scroll sideways at 360 px', async () => {
    const context = await browser().newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const wide: string[] = [];
    for (const path of pages) {
      await page.goto(`${siteUrl}${path}`);
      if (await scrollsSideways(page)) wide.push(path);
    }
    await context.close();
    expect(wide).toEqual([]);
  });

  it('is valid HTML (html-validate)', async () => {
    const files = htmlFiles(OUT_DIR);
    const errors = (await Promise.all(files.map((f) => htmlErrors(readFileSync(join(OUT_DIR, f), 'utf8'), f)))).flat();
    console.log(`html-validate: ${files.length} files, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });

  it('has no broken internal link or #fragment (linkinator) and only well-formed external links', async () => {
    const { checked, broken } = await brokenInternalLinks(siteUrl, (url) => url.startsWith(origin));
    const malformed = htmlFiles(OUT_DIR).flatMap((f) =>
      malformedExternalLinks(readFileSync(join(OUT_DIR, f), 'utf8'), f),
    );
    console.log(
      `linkinator: ${checked} links checked, ${broken.length} broken; external links malformed: ${malformed.length}`,
    );
    expect(broken).toEqual([]);
    expect(malformed).toEqual([]);
  });
});

describe('weight', () => {
  it('stays within budget: ≤ 20 KB of JavaScript (the search page: 80 KB) and ≤ 150 KB in all for the largest document (gzip)', async () => {
    const page = await browser().newPage();
    const largestPerType = new Map<string, string>();
    for (const path of pages) {
      const type = pageType(path);
      const file = join(OUT_DIR, path.endsWith('.html') ? path : `${path}index.html`);
      const current = largestPerType.get(type);
      const size = readFileSync(file).length;
      if (
        !current ||
        size > readFileSync(join(OUT_DIR, current.endsWith('.html') ? current : `${current}index.html`)).length
      )
        largestPerType.set(type, path);
    }
    const rows: string[] = [];
    for (const [type, path] of largestPerType) {
      const w = await pageWeight(page, `${siteUrl}${path}`);
      rows.push(
        `${type.padEnd(14)} ${(w.javascript / 1024).toFixed(1).padStart(6)} KB JS ${(w.total / 1024).toFixed(1).padStart(7)} KB total  (${path || '/'})`,
      );
      if (type === 'documenten') {
        expect(w.javascript).toBeLessThanOrEqual(20 * 1024);
        expect(w.total).toBeLessThanOrEqual(150 * 1024);
      }
      // The search page runs Pagefind's UI and engine in the browser; every other page reads without it.
      expect(w.javascript, `${type} JavaScript`).toBeLessThanOrEqual((type === 'zoeken' ? 80 : 20) * 1024);
    }
    await page.close();
    console.log(`page weight per type (largest page, gzip):\n${rows.join('\n')}`);
  });

  it('the home page and the timeline: ≤ 30 KB of JavaScript before a search is opened, and none needed to read them', async () => {
    const page = await browser().newPage();
    for (const path of ['', 'tijdlijn/']) {
      const w = await pageWeight(page, `${siteUrl}${path}`);
      console.log(
        `${path || 'home'}: ${(w.javascript / 1024).toFixed(1)} KB JavaScript, ${(w.total / 1024).toFixed(1)} KB in all (gzip)`,
      );
      expect(w.javascript, path || 'home').toBeLessThanOrEqual(30 * 1024);
    }
    await page.close();
    const context = await browser().newContext({ javaScriptEnabled: false });
    const reader = await context.newPage();
    for (const path of ['', 'tijdlijn/']) {
      await reader.goto(`${siteUrl}${path}`);
      // The chart with a mark per document, and the lists, are in the HTML itself.
      expect(
        await reader.locator('svg[data-timeline-chart] a[data-mark="document"]').count(),
        path || 'home',
      ).toBeGreaterThanOrEqual(5);
      expect(await reader.locator('main a[href*="/documenten/"]:visible').count(), path || 'home').toBeGreaterThan(5);
    }
    await context.close();
  });
});

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the main content', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/schriftelijk-overleg-2024-05-16/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent,
        href: el.getAttribute('href'),
        visible: box.width > 0 && box.height > 0 && box.top >= 0,
      };
    });
    expect(skip).toEqual({ text: 'Naar de inhoud', href: '#inhoud', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#inhoud');
    await page.close();
  });

  it('shows a visible focus indicator on every interactive element (one page of each type)', async () => {
    const page = await browser().newPage();
    const missing: string[] = [];
    const seen = new Set<string>();
    for (const path of pages) {
      if (seen.has(pageType(path))) continue;
      seen.add(pageType(path));
      await page.goto(`${siteUrl}${path}`);
      const count = await page.evaluate(
        () =>
          document.querySelectorAll(
            'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
          ).length,
      );
      for (let i = 0; i < Math.min(count, 60); i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          const visible =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
          return { visible, name: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"` };
        });
        if (focus && !focus.visible) missing.push(`${path}: ${focus.name}`);
      }
    }
    await page.close();
    expect(missing).toEqual([]);
  });
});
