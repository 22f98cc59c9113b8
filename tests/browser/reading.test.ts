// The reading experience as a reader meets it in Chromium: the header's facts and
// where the page comes from, the table of contents, footnote previews by keyboard,
// print, long papers on a phone, and headings in order. The dark theme and
// screenshots are checked in quality.test.ts and screenshots.test.ts.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';
import { mainDate, type DocumentFrontmatter } from '../../src/schema/document.ts';
import { sitePages } from './pages.ts';
import { BASE_PATH, OUT_DIR } from './site.ts';
import { openDataDocuments, openDataIndex } from '../support/open-data.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

const HEADER_FACTS: [string, string[]][] = [
  [
    'kamervragen-2017-11-10',
    [
      'Kamervragen',
      'Jasper van Dijk (SP)',
      'Staatssecretaris van Veiligheid en Justitie',
      'Staatssecretaris Harbers (Justitie en Veiligheid)',
      'Mede namensMinister van Buitenlandse Zaken',
      '19 september 2017',
      '10 november 2017',
      'Kamervragen van Jasper van Dijk (SP), ingezonden 19 september 2017, beantwoord 10 november 2017',
      'Zie ook: Aanhangsel Handelingen II 2017/18, nr. 172',
    ],
  ],
  [
    'brief-2017-02-13-10008',
    [
      'Brief',
      'Corinne Dettmeijer-Vermeulen, Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen',
      'de Voorzitter van de Tweede Kamer der Staten-Generaal',
      '13 februari 2017',
      'Kenmerk10008',
    ],
  ],
  [
    'kamervragen-2013-02-08',
    [
      'Kamervragen',
      'Van der Steur (VVD)',
      'minister van Veiligheid en Justitie',
      'minister Opstelten (Veiligheid en Justitie)',
      '28 december 2012',
      '8 februari 2013',
      'Kamervragen van Van der Steur (VVD), ingezonden 28 december 2012, beantwoord 8 februari 2013',
      'Zie ook: Aanhangsel Handelingen II 2012/13, nr. 903',
    ],
  ],
  [
    'schriftelijk-overleg-2024-05-16',
    ['Schriftelijk overleg', 'GroenLinks', '16 mei 2024', 'Beantwoord dooronbekend', 'Minister van Buitenlandse Zaken'],
  ],
  [
    '2024Z19016',
    [
      'Kamervragen',
      'Dral en Rajkowski (beiden VVD)',
      'minister van Justitie en Veiligheid; minister van Asiel en Migratie',
      '21 november 2024',
      'Kamervragennummer2024Z19016',
      'Beantwoordonbekend',
    ],
  ],
];

describe('the document header', () => {
  it.each(HEADER_FACTS)('%s shows its facts', async (slug, facts) => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/${slug}/`);
    const text = ((await page.locator('.document-header').textContent()) ?? '').replace(/\s+/g, ' ');
    const compact = text.replace(/\s/g, '');
    for (const fact of facts)
      expect(text.includes(fact) || compact.includes(fact.replace(/\s/g, '')), `${slug}: ${fact}`).toBe(true);
    await page.close();
  });
});

describe('where a page comes from', () => {
  it('the header links to its entry on the Verantwoording page, which names the source file and where its generated MDX is', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    // The source file and the MDX are for maintainers: not in the reader's header or downloads.
    expect(await page.locator('.document-header').innerText()).not.toContain('000_465ddff01d450a22.txt');
    expect(await page.locator('details.cite a', { hasText: 'MDX' }).count()).toBe(0);
    await page.locator('.document-header a', { hasText: 'Hoe deze pagina uit de brontekst is gemaakt' }).click();
    expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}verantwoording/`);
    const entry = page.locator('section.source-report', { has: page.locator('#bron-kamervragen-2017-11-10') });
    expect(await entry.innerText()).toContain('000_465ddff01d450a22.txt');
    // The generated MDX's fields and text are the document's record in its year's open data file.
    expect(await entry.locator('a', { hasText: 'documents-2017' }).getAttribute('href')).toBe(
      `${BASE_PATH}data/documents-2017.json.gz`,
    );
    await page.close();
  });

  it('the Verantwoording page reports what each conversion dropped as furniture, per rule, and links the open data', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}verantwoording/`);
    // The letter (001) is a PDF export with a letterhead: its sidebar lines are dropped by a named rule.
    const letter = page.locator('section.source-report', { has: page.locator('#bron-brief-2017-02-13-10008') });
    expect(await letter.innerText()).toMatch(/Zijbalk van het briefhoofd \(adres, kenmerk, contact\): \d+ regels/);
    const table = page.getByRole('table', { name: 'Omzetting per document' });
    expect(await table.getByRole('row').count()).toBe(6);
    const yearFiles = openDataIndex(OUT_DIR).files.flatMap((f) => [`data/${f.json}`, `data/${f.csv}`]);
    for (const data of ['data/documents.json', ...yearFiles, 'feed.xml'])
      expect(await page.locator(`#open-data ~ ul a[href="${BASE_PATH}${data}"]`).count(), data).toBe(1);
    await page.close();
  });
});

describe('the table of contents', () => {
  it('scrolls to every section and question it lists', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}documenten/schriftelijk-overleg-2024-05-16/`);
    const targets = await page
      .locator('.toc a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    expect(targets.length).toBeGreaterThan(40);
    const off: string[] = [];
    for (const [i, id] of targets.entries()) {
      await page.locator('.toc a').nth(i).click();
      const top = await page.evaluate((target) => document.getElementById(target)!.getBoundingClientRect().top, id);
      if (top < -1 || top > 200) off.push(`${id}: ${top}`);
    }
    expect(off).toEqual([]);
    await page.close();
  });

  it('indents questions under their section, and not at all in a paper without sections', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    const indent = (selector: string) => page.locator(selector).evaluate((li) => li.getBoundingClientRect().left);
    await page.goto(`${siteUrl}documenten/schriftelijk-overleg-2024-05-16/`);
    const section = await indent(
      '.toc li:has(> a[href="#1-beschikbare-middelen-voor-de-uitvoering-van-het-actieplan"])',
    );
    expect(await indent('.toc li:has(> a[href="#vraag-1"])')).toBeGreaterThan(section);
    expect(section).toBeGreaterThan(await indent('.toc li:has(> a[href="#inleiding"])'));
    await page.goto(`${siteUrl}documenten/kamervragen-2013-02-08/`);
    const lefts = await page
      .locator('.toc li')
      .evaluateAll((items) => new Set(items.map((li) => li.getBoundingClientRect().left)).size);
    expect(lefts).toBe(1);
    expect(
      await page
        .locator('.toc li')
        .first()
        .evaluate((li) => li.getBoundingClientRect().left - li.closest('.toc')!.getBoundingClientRect().left),
    ).toBeLessThan(24);
    await page.close();
  });

  it('is folded on a phone, so the text comes first, and opens by keyboard', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${siteUrl}documenten/schriftelijk-overleg-2024-05-16/`);
    expect(await page.locator('.toc ol').isVisible()).toBe(false);
    await page.locator('.toc summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.toc ol').isVisible()).toBe(true);
    await page.close();
  });

  it('stays in view beside the text on a wide screen', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}documenten/schriftelijk-overleg-2024-05-16/`);
    expect(await page.locator('.toc ol').isVisible()).toBe(true);
    await page.evaluate(() => document.getElementById('vraag-20')!.scrollIntoView());
    const toc = await page.locator('.toc').boundingBox();
    const text = await page.locator('[data-document-text]').boundingBox();
    expect(toc!.y).toBeGreaterThanOrEqual(0);
    expect(toc!.y).toBeLessThan(50);
    expect(toc!.x).toBeGreaterThan(text!.x + text!.width);
    await page.close();
  });
});

describe('questions and answers', () => {
  it('pair up: every question leads to an answer after it, and a grouped answer links back to each question', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2013-02-08/`);
    const unpaired = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section.block.vraag')].flatMap((q) => {
        const target = q.querySelector<HTMLAnchorElement>('.goto-answer a')?.hash.slice(1);
        const answer = target ? document.getElementById(target)?.closest('section.block') : null;
        return answer?.matches('.antwoord') && q.compareDocumentPosition(answer) & Node.DOCUMENT_POSITION_FOLLOWING
          ? []
          : [q.querySelector('.block-label')!.id];
      }),
    );
    expect(unpaired).toEqual([]);
    expect(await page.locator('#antwoord-2').innerText()).toContain('Antwoord op vragen 2, 3 en 4');
    expect(
      await page
        .locator('section:has(> #antwoord-2) .answers-to a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash)),
    ).toEqual(['#vraag-2', '#vraag-3', '#vraag-4']);
    await page.locator('section:has(> #antwoord-2) .answers-to a', { hasText: 'vraag 3' }).click();
    expect(new URL(page.url()).hash).toBe('#vraag-3');
    expect(await page.locator('#vraag-3').evaluate((el) => Math.abs(el.getBoundingClientRect().top) < 50)).toBe(true);
    expect(await page.locator('section:has(> #antwoord-1) .answers-to').count()).toBe(0);
    await page.close();
  });
});

describe('typography', () => {
  it('sets running text at about 65–75 characters a line, hyphenated in Dutch', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    // Characters per line: the paragraph's width over the average width of its own characters in its own font.
    const measure = await page
      .locator('[data-document-text] > p')
      .first()
      .evaluate((p) => {
        const style = getComputedStyle(p);
        const context = document.createElement('canvas').getContext('2d')!;
        context.font = `${style.fontSize} ${style.fontFamily}`;
        const text = p.textContent!.replace(/\s+/g, ' ');
        return {
          chars: p.clientWidth / (context.measureText(text).width / text.length),
          hyphens: getComputedStyle(p).hyphens,
          lang: p.closest('[lang]')!.getAttribute('lang'),
        };
      });
    expect(measure.chars).toBeGreaterThan(60);
    expect(measure.chars).toBeLessThan(80);
    expect(measure.hyphens).toBe('auto');
    expect(measure.lang).toBe('nl');
    await page.close();
  });
});

describe('footnote previews', () => {
  it('open from the marker by keyboard, show the note, and close with Escape back to the marker', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    const marker = page.locator('a[data-footnote-ref]').first();
    await marker.focus();
    await page.keyboard.press('Enter');
    const preview = page.locator('#voetnoot-voorbeeld');
    expect(await preview.isVisible()).toBe(true);
    expect(await preview.innerText()).toContain('Zembla, 13 september 2017');
    expect(page.url()).not.toContain('#fn-1');
    await page.keyboard.press('Escape');
    expect(await preview.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).hash)).toBe('#fn-1');
    await page.close();
  });

  it('still work as plain links without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    await page.locator('a[data-footnote-ref]').first().click();
    expect(page.url()).toContain('#fn-1');
    expect(await page.locator('section.footnotes h2').innerText()).toBe('Voetnoten');
    expect(await page.locator('#fn-1 [data-footnote-backref]').getAttribute('aria-label')).toBe(
      'Terug naar verwijzing 1',
    );
    await context.close();
  });
});

describe('previous and next document', () => {
  it('chain every document page in date order, each link saying its kind and date', async () => {
    // Oldest first by the date each paper is known by (answered, sent, or submitted); undated last.
    const documents = openDataDocuments<DocumentFrontmatter>(OUT_DIR);
    const byDate = [...documents]
      .sort((a, b) => (mainDate(a) ?? '9999').localeCompare(mainDate(b) ?? '9999') || a.slug.localeCompare(b.slug))
      .map((d) => d.slug);
    const page = await browser().newPage();
    const chain: string[] = [];
    await page.goto(`${siteUrl}documenten/${byDate[0]}/`);
    expect(await page.locator('.prev-next a[rel="prev"]').count()).toBe(0);
    for (;;) {
      chain.push(new URL(page.url()).pathname.split('/').at(-2)!);
      const next = page.locator('.prev-next a[rel="next"]');
      if ((await next.count()) === 0) break;
      expect(await next.locator('.meta').innerText()).toMatch(
        /^(Kamervragen|Brief|Schriftelijk overleg) · (\d{1,2} \p{L}+ \d{4}|datum onbekend)$/u,
      );
      await next.click();
      expect(await page.locator('.prev-next a[rel="prev"]').getAttribute('href')).toBe(
        `${BASE_PATH}documenten/${chain.at(-1)}/`,
      );
    }
    expect(chain).toEqual(byDate);
    await page.close();
  });
});

describe('print', () => {
  it('gives the document alone, with its footnotes, and a URL only where a reader needs one, once', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      '.site-header',
      '.site-footer',
      '.breadcrumbs',
      '.toc',
      '.toc-jump',
      '.prev-next',
      'details.cite',
      'section:has(> #vraag-1) .print-citation',
      '[data-footnote-backref]',
    ])
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    for (const shown of [
      '.document-header',
      '#vraag-1',
      '#antwoord-7',
      'section.footnotes',
      '#fn-4',
      'article > .print-citation',
    ])
      expect(await page.locator(shown).isVisible(), shown).toBe(true);
    const contentAfter = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
    // The source: the page's own permalink, printed once in the citation line.
    expect(await page.locator('article > .print-citation').innerText()).toContain(
      'https://kamerdossier.example/kamerdossier/documenten/kamervragen-2017-11-10/',
    );
    // A paper cited in a footnote: its URL after it.
    const external = await page.locator('#fn-2 a.paper-ref').first().getAttribute('href');
    expect(await contentAfter('#fn-2 a.paper-ref')).toBe(`" (${external})"`);
    // A footnote's web address is its own text: printed once, not again after it.
    expect(await page.locator('#fn-1 a[href^="http"]').first().innerText()).toBe(
      'https://www.npo.nl/zembla-mensensmokkel/13-09-2017/BV_101384737',
    );
    expect(await contentAfter('#fn-1 a[href^="http"]')).toBe('none');
    // Names and links to this site's pages print as text alone, and footnote markers point within the page.
    expect(await contentAfter('[data-document-text] a.mention')).toBe('none');
    expect(await contentAfter('a[data-footnote-ref]')).toBe('none');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});

describe('long documents on a phone', () => {
  it('keep a way back to the contents in view while reading', async () => {
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${siteUrl}documenten/schriftelijk-overleg-2024-05-16/`);
    await page.evaluate(() => document.getElementById('vraag-20')!.scrollIntoView());
    const jump = page.getByRole('link', { name: 'Inhoud', exact: true });
    const box = (await jump.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    await jump.click();
    expect(await page.locator('.toc summary').evaluate((s) => Math.abs(s.getBoundingClientRect().top) < 100)).toBe(
      true,
    );
    await page.close();
  });

  it('on a wide screen the contents stay beside the text instead', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}documenten/schriftelijk-overleg-2024-05-16/`);
    expect(await page.locator('.toc-jump').isVisible()).toBe(false);
    await page.close();
  });
});

describe('headings', () => {
  it('never skip a level, on any page', async () => {
    const page = await browser().newPage();
    const skips: string[] = [];
    for (const path of sitePages()) {
      await page.goto(`${siteUrl}${path}`);
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
      levels.forEach((level, i) => {
        if (level > (levels[i - 1] ?? 0) + 1) skips.push(`${path}: h${levels[i - 1] ?? 0} → h${level}`);
      });
    }
    await page.close();
    expect(skips).toEqual([]);
  });
});
