// Source text is data, never code: a document full of MDX, JSX, HTML and
// Markdown syntax converts, builds, and shows every string as literal text,
// with nothing executed at build time or in the browser.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { launchBrowser, watchProblems } from './browser.ts';
import { pageText } from './fidelity.ts';

const HOSTILE = [
  '{process.exit(1)}',
  '{console.log("boe")}',
  '{globalThis.hacked = true}',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>vet</b>',
  '<!-- commentaar -->',
  'import fs from "fs"',
  'export const x = 1',
  '---',
  '`backticks`',
  '```drie```',
  '*sterretjes*',
  '_lage_',
  '[link](javascript:alert(1))',
  '&copy;',
  '&#x41;',
  '[^1]',
  '# geen kop',
  '- geen lijst',
  '1. geen lijst',
  '> geen citaat',
  'geen code',
];

let work: string;
let build: SiteBuild;
let html: string;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kamerdossier-hostile-'));
  cpSync('tests/fixtures/hostile', join(work, 'seeds'), { recursive: true });
  build = buildSite({ seeds: join(work, 'seeds'), content: join(work, 'content'), out: join(work, 'dist') });
  if (build.status === 0) html = readFileSync(join(work, 'dist/documenten/kamervragen-2020-01-01/index.html'), 'utf8');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a hostile document', () => {
  it('builds (nothing in it ran at build time)', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toContain('boe');
  });

  it('shows every hostile string as literal text', () => {
    const text = pageText(html).bodyText.replace(/\s+/g, ' ');
    const missing = HOSTILE.filter((s) => !text.includes(s));
    console.log(`hostile strings shown as text: ${HOSTILE.length - missing.length}/${HOSTILE.length}`);
    expect(missing).toEqual([]);
  });

  it('contains none of them as markup', () => {
    const $ = cheerio.load(html);
    const text = $('[data-document-text]');
    expect(text.find('script, img, b, iframe, style').length).toBe(0);
    expect(
      text
        .find('*')
        .filter((_, el) =>
          Object.keys((el as { attribs: Record<string, string> }).attribs).some((name) => name.startsWith('on')),
        ).length,
    ).toBe(0);
    expect(text.find('a[href^="javascript:" i]').length).toBe(0);
    expect(text.contents().filter((_, node) => node.type === 'comment').length).toBe(0);
    expect(html).not.toContain('<!-- commentaar');
  });

  it('executes nothing in the browser', async () => {
    const page = await browser.newPage();
    const problems = watchProblems(page);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(`file://${join(work, 'dist/documenten/kamervragen-2020-01-01/index.html')}`);
    expect(await page.evaluate(() => (globalThis as { hacked?: boolean }).hacked)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(problems.consoleErrors.filter((e) => !e.includes('ERR_FILE_NOT_FOUND'))).toEqual([]);
    await page.close();
  });
});
