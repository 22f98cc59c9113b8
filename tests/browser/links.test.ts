// Opens the home page and follows every internal link on every page it
// reaches, as a reader would: any broken link, missing #fragment or console
// error fails the test.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchProblems } from './browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('internal links', () => {
  it('resolve from the home page to every page, with every #fragment present', async () => {
    const page = await browser().newPage();
    const problems = watchProblems(page);
    const site = new URL(siteUrl);
    const queue = [site.href];
    const visited = new Map<string, Set<string>>();
    const fragmentsWanted: { from: string; target: string; fragment: string }[] = [];
    const broken: string[] = [];
    const files = new Set<string>();

    while (queue.length) {
      const url = queue.shift()!;
      if (visited.has(url)) continue;
      const response = await page.goto(url);
      if (!response || response.status() >= 400) {
        broken.push(`${url}: HTTP ${response?.status()}`);
        visited.set(url, new Set());
        continue;
      }
      const { ids, links } = await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
        // By attribute: the timeline chart's links are SVG <a> elements, whose .href is not a string.
        links: [...document.querySelectorAll('a[href]')].map(
          (a) => new URL(a.getAttribute('href')!, document.baseURI).href,
        ),
      }));
      visited.set(url, new Set(ids));
      for (const link of links) {
        const target = new URL(link);
        if (target.origin !== site.origin) continue;
        expect
          .soft(target.pathname.startsWith(site.pathname), `${url} links outside the base path: ${link}`)
          .toBe(true);
        const fragment = decodeURIComponent(target.hash.slice(1));
        target.hash = '';
        if (fragment) fragmentsWanted.push({ from: url, target: target.href, fragment });
        // Downloads (citations, source texts, data files) are fetched, not opened as pages.
        if (!target.pathname.endsWith('/') && !target.pathname.endsWith('.html')) files.add(target.href);
        else if (!visited.has(target.href)) queue.push(target.href);
      }
    }
    for (const file of files) {
      const response = await page.request.get(file);
      if (!response.ok()) broken.push(`${file}: HTTP ${response.status()}`);
    }
    for (const { from, target, fragment } of fragmentsWanted) {
      if (!visited.get(target)?.has(fragment)) broken.push(`${from} → ${target}#${fragment}: no element with that id`);
    }
    await page.close();

    console.log(
      `visited ${visited.size} pages and ${files.size} files, checked ${fragmentsWanted.length} fragment links: ${broken.length} broken`,
    );
    expect(broken).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(visited.size).toBeGreaterThanOrEqual(6);
  });
});
