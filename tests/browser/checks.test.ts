// The checks themselves: each must fail on a page that breaks its rule, or a
// green quality run would prove nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { axeViolations } from './checks/axe.ts';
import { htmlErrors } from './checks/html.ts';
import { scrollsSideways } from './checks/layout.ts';
import { brokenInternalLinks, malformedExternalLinks } from './checks/links.ts';
import { watchThirdParty } from './checks/privacy.ts';

const PAGE = (body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Proef</title></head><body><main>${body}</main></body></html>`;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'kamerdossier-checks-'));
  writeFileSync(
    join(dir, 'index.html'),
    PAGE(
      '<h1 id="boven">Proef</h1><a href="weg.html">kapot</a> <a href="andere.html#nergens">geen anker</a> <a href="#boven">goed</a>',
    ),
  );
  writeFileSync(join(dir, 'andere.html'), PAGE('<h1>Andere</h1>'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the quality checks catch what they are for', () => {
  it('axe reports an image without alt text', async () => {
    // axe-core/playwright needs a page in a context of its own.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(PAGE('<h1>Proef</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'));
    expect((await axeViolations(page)).join('\n')).toContain('image-alt');
    await context.close();
  });

  it('html-validate reports invalid HTML', async () => {
    const errors = await htmlErrors(
      PAGE('<p><div>blok in alinea</div></p><a href="#"><button>x</button></a>'),
      'proef.html',
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('linkinator reports a broken link and a missing fragment', async () => {
    const { broken } = await brokenInternalLinks(
      dir,
      (url) => url.startsWith('http://localhost') || url.startsWith('http://127.'),
    );
    expect(broken.some((b) => b.includes('weg.html'))).toBe(true);
    expect(broken.some((b) => b.includes('#nergens'))).toBe(true);
    expect(broken.some((b) => b.includes('#boven'))).toBe(false);
  });

  it('reports malformed external links', () => {
    expect(
      malformedExternalLinks(
        PAGE('<a href="https://">leeg</a> <a href="ftp://x.nl/">ftp</a> <a href="https://x.nl/a">goed</a>'),
        'p.html',
      ),
    ).toEqual(['p.html: https://', 'p.html: ftp://x.nl/']);
  });

  it('records a request to another origin', async () => {
    const page = await browser.newPage();
    const foreign = watchThirdParty(page, 'http://127.0.0.1');
    await page.route('https://cdn.voorbeeld.nl/**', (route) => route.abort());
    await page.setContent(PAGE('<img alt="" src="https://cdn.voorbeeld.nl/spion.png">'));
    expect(foreign().some((f) => f.includes('cdn.voorbeeld.nl'))).toBe(true);
    await page.close();
  });

  it('notices a page that scrolls sideways at 360 px', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.setContent(PAGE('<div style="width: 1000px">breed</div>'));
    expect(await scrollsSideways(page)).toBe(true);
    await page.setContent(PAGE('<div>smal</div>'));
    expect(await scrollsSideways(page)).toBe(false);
    await page.close();
  });
});
