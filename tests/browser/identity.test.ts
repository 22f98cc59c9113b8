// A paper's identity as a reader meets it: a paper that prints no number of its own is not
// published under the number of the paper its "Zie ook" names; that paper is a link in the
// header; the old URL sends the reader to the new page, block and all; lists say who asked what.
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './browser.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();

describe('identity on the site', () => {
  it('the header of seed 000 shows "Zie ook: …" as a link to the other paper, not to itself', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/kamervragen-2017-11-10/`);
    const seeAlso = page.locator('.document-header .see-also');
    expect((await seeAlso.innerText()).trim()).toBe('Zie ook: Aanhangsel Handelingen II 2017/18, nr. 172');
    // The corpus does not hold nr. 172 (seed 000 is not that paper): the link goes to the official publication.
    expect(
      await seeAlso.getByRole('link', { name: 'Aanhangsel Handelingen II 2017/18, nr. 172' }).getAttribute('href'),
    ).toBe('https://zoek.officielebekendmakingen.nl/ah-tk-20172018-172.html');
    expect(await page.locator('.document-header').innerText()).not.toContain('nr. 172\nVergaderjaar');
    await page.close();
  });

  it('the old URL of seed 000 redirects to its new page and keeps the block asked for', async () => {
    const page = await browser().newPage();
    await page.goto(`${siteUrl}documenten/ah-tk-20172018-172/#vraag-3`);
    await page.waitForURL(`${siteUrl}documenten/kamervragen-2017-11-10/#vraag-3`);
    expect(await page.locator('h1').innerText()).toBe('Mensenhandel met het oogmerk van orgaanverwijdering');
    await page.close();
  });

  it('without JavaScript the old URLs of 000 and 002 still lead to the new pages', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [old, moved] of [
      ['ah-tk-20172018-172', 'kamervragen-2017-11-10'],
      ['ah-tk-20122013-903', 'kamervragen-2013-02-08'],
    ]) {
      await page.goto(`${siteUrl}documenten/${old}/`);
      await page.waitForURL(`${siteUrl}documenten/${moved}/`);
    }
    await context.close();
  });

  it('the list of documents says who asked about what', async () => {
    const page = await browser().newPage();
    await page.goto(siteUrl);
    const items = await page.locator('.document-list li > a').allInnerTexts();
    expect(items).toContain('Jasper van Dijk (SP) over mensenhandel met het oogmerk van orgaanverwijdering');
    expect(items).toContain('Van der Steur (VVD) over het rapport «Mensenhandel in en uit beeld»');
    expect(items).toContain('Dral en Rajkowski (beiden VVD) over het artikel ‘Mensensmokkel via zee goudmijn’');
    expect(items).toContain('Algemeen Overleg mensenhandel');
    await page.close();
  });
});
