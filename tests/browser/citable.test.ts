// Citable pages: metadata in the head that reference managers and link
// previews read, "Citeer dit" for the document and every question and answer,
// copy buttons, and print of a whole document or a single block.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, inject, it } from 'vitest';
import { parliamentaryCitation } from '../../src/site/citation.ts';
import { mainDate, type DocumentFrontmatter } from '../../src/schema/document.ts';
import { useBrowser } from './browser.ts';
import { documentSlugs } from './pages.ts';
import { BASE_PATH, OUT_DIR } from './site.ts';
import { openDataDocuments } from '../support/open-data.ts';

const siteUrl = inject('siteUrl');
const SITE = `https://kamerdossier.example${BASE_PATH}`;
const documents = openDataDocuments<DocumentFrontmatter>(OUT_DIR);
const browser = useBrowser();

describe.each(documents.map((d) => [d.slug, d] as const))('%s', (slug, doc) => {
  const $ = cheerio.load(readFileSync(join(OUT_DIR, 'documenten', slug, 'index.html'), 'utf8'));
  const meta = (name: string) => $(`meta[name="${name}"], meta[property="${name}"]`).attr('content');
  // The title and authors reference managers take from the page are those of the citation downloads.
  const [csl] = JSON.parse(readFileSync(join(OUT_DIR, 'documenten', slug, 'citatie.json'), 'utf8')) as {
    title: string;
    author: { given?: string; family?: string; literal?: string }[];
  }[];
  const cslAuthors = csl!.author.map((a) => a.literal ?? [a.given, a.family].filter(Boolean).join(' '));

  it('has canonical, Highwire, Dublin Core, Open Graph and Twitter tags matching its frontmatter', () => {
    const url = `${SITE}documenten/${slug}/`;
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect(meta('citation_title')).toBe(csl!.title);
    expect(
      $('meta[name="citation_author"]')
        .map((_, m) => $(m).attr('content'))
        .get(),
    ).toEqual(cslAuthors);
    expect(meta('citation_publication_date')).toBe(mainDate(doc)!.replaceAll('-', '/'));
    expect(meta('citation_publisher')).toBe('Tweede Kamer der Staten-Generaal');
    expect(meta('citation_language')).toBe('nl');
    expect($('meta[name="citation_pdf_url"]')).toHaveLength(0);
    expect(meta('DC.title')).toBe(csl!.title);
    expect(meta('DC.identifier')).toBe(url);
    expect(meta('og:title')).toBe(doc.title);
    expect(meta('og:description')).toBe(doc.summary);
    expect(meta('og:site_name')).toBe('Kamerdossier');
    expect(meta('og:locale')).toBe('nl_NL');
    expect(meta('twitter:card')).toBe('summary');
    expect(meta('description')).toBe(doc.summary);
  });

  it('has schema.org JSON-LD that parses', () => {
    const data = JSON.parse($('script[type="application/ld+json"]').text()) as {
      '@type': string;
      name: string;
      identifier: string;
      url: string;
    };
    expect(data).toMatchObject({
      '@type': 'Report',
      name: csl!.title,
      identifier: parliamentaryCitation(doc),
      url: `${SITE}documenten/${slug}/`,
    });
  });

  it('offers "Citeer dit" for the document and for every question and answer', () => {
    const blocks = doc.structure.questions.length + doc.structure.answers.length;
    expect($('details.cite')).toHaveLength(1 + blocks);
    expect($('details.cite').first().text()).toContain(parliamentaryCitation(doc));
  });
});

describe('in the browser', () => {
  it('a copy button puts the citation on the clipboard', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    await page.locator('details.cite').first().locator('summary').click();
    await page.locator('details.cite').first().locator('button.copy').first().click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Kamervragen van Jasper van Dijk (SP), ingezonden 19 september 2017, beantwoord 10 november 2017',
    );
    await context.close();
  });

  it("a question's Citeer box gives the question's own citation and permalink, and copies each", async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    const box = page.locator('section:has(> #vraag-3) > details.cite');
    await box.locator('summary').click();
    const cited =
      'Kamervragen van Jasper van Dijk (SP), ingezonden 19 september 2017, beantwoord 10 november 2017, vraag 3';
    const permalink = `${SITE}documenten/kamervragen-2017-11-10/#vraag-3`;
    expect(await box.locator('dd').allInnerTexts()).toEqual([`${cited} Kopieer`, `${permalink} Kopieer`]);
    expect(await box.locator('dd a').getAttribute('href')).toBe(permalink);
    await box.getByRole('button', { name: 'Kopieer de verwijzing' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cited);
    await box.getByRole('button', { name: 'Kopieer de permalink' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
    // Closed and opened again, the box is the same: filled once.
    await box.locator('summary').click();
    await box.locator('summary').click();
    expect(await box.locator('dd').count()).toBe(2);
    expect(await box.locator('button.copy').count()).toBe(2);
    await context.close();
  });

  it("without JavaScript shows the document's Citeer box and hides the empty ones of the blocks", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    expect(await page.locator('article > details.cite').isVisible()).toBe(true);
    expect(await page.locator('section.block > details.cite').count()).toBeGreaterThan(0);
    for (const box of await page.locator('section.block > details.cite').all())
      expect(await box.isVisible()).toBe(false);
    expect(await page.locator('section:has(> #vraag-3) a.permalink').isVisible()).toBe(true);
    await context.close();
  });

  it('prints a document with its citation and permalink on top, without navigation', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('article > .print-citation').isVisible()).toBe(true);
    expect(await page.locator('article > .print-citation').textContent()).toContain(
      `Kamervragen van Jasper van Dijk (SP), ingezonden 19 september 2017, beantwoord 10 november 2017 — ${SITE}documenten/kamervragen-2017-11-10/`,
    );
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('#vraag-1').isVisible()).toBe(true);
    await page.close();
  });

  it('prints a single question with its own citation when it is the target', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/#vraag-3`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#vraag-3').isVisible()).toBe(true);
    expect(await page.locator('section:has(> #vraag-3) .print-citation').textContent()).toContain(
      'Kamervragen van Jasper van Dijk (SP), ingezonden 19 september 2017, beantwoord 10 november 2017, vraag 3',
    );
    expect(await page.locator('#vraag-2').isVisible()).toBe(false);
    expect(await page.locator('#antwoord-3').isVisible()).toBe(false);
    expect(await page.locator('.document-header').isVisible()).toBe(false);
    // One citation line heads the print: the block's, not the document's as well.
    expect(await page.locator('.print-citation:visible').count()).toBe(1);
    // Following a link to another block moves the line there.
    await page.evaluate(() => {
      location.hash = 'antwoord-5';
    });
    await page.waitForFunction(() => document.querySelector('section:has(> #antwoord-5) > .print-citation'));
    expect(await page.locator('.block > .print-citation').count()).toBe(1);
    expect(await page.locator('section:has(> #antwoord-5) > .print-citation').textContent()).toBe(
      `Kamervragen van Jasper van Dijk (SP), ingezonden 19 september 2017, beantwoord 10 november 2017, antwoord op vraag 5 — ${SITE}documenten/kamervragen-2017-11-10/#antwoord-5`,
    );
    await page.close();
  });
});

it('every document page is covered', () => {
  expect(documents.map((d) => d.slug).sort()).toEqual(documentSlugs().sort());
});

describe('link affordances', () => {
  it('every question, answer, section and footnote has a "#" link that copies its full URL', async () => {
    const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${siteUrl}documenten/schriftelijk-overleg-2024-05-16/`);
    const missing = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          '[data-document-text] h2[id], [data-document-text] h3[id], [data-document-text] li[id^="fn-"]',
        ),
      ]
        .filter((el) => el.id !== 'footnote-label' && !el.querySelector(`a.permalink[href="#${el.id}"]`))
        .map((el) => el.id),
    );
    expect(missing).toEqual([]);
    // One link per block, on its label, which carries the block's permanent id.
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('section.block')]
          .map((b) => b.querySelectorAll('a.permalink').length)
          .filter((n) => n !== 1),
      ),
    ).toEqual([]);
    expect(await page.locator('section:has(> #vraag-1) a.permalink').count()).toBe(1);
    await page.locator('#fn-2 a.permalink').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${siteUrl}documenten/schriftelijk-overleg-2024-05-16/#fn-2`,
    );
    // The copy is confirmed beside the link and to a screen reader.
    expect(await page.locator('#fn-2 a.permalink').evaluate((a) => getComputedStyle(a, '::after').content)).toBe(
      '" gekopieerd"',
    );
    expect(await page.getByRole('status').innerText()).toBe(
      `Link gekopieerd: ${siteUrl}documenten/schriftelijk-overleg-2024-05-16/#fn-2`,
    );
    await context.close();
  });
});
