// Cross-links as a reader meets them in the built site: every paper citation
// is a link, Van der Steur's page gathers 2012 and 2017, and dossier 28 638
// gathers the papers that cite it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { documentSlugs } from './pages.ts';
import { BASE_PATH, OUT_DIR } from './site.ts';

const page = (path: string) => cheerio.load(readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8'));
const OFFICIAL = /^https:\/\/zoek\.officielebekendmakingen\.nl\/(?:kst-\d+(?:-[IVXLC]+)?-\d+|ah-tk-\d{8}-\d+)\.html$/;

describe('paper citations on document pages', () => {
  it('are all links to a page here or to the official publication', () => {
    let links = 0;
    const bad: string[] = [];
    for (const slug of documentSlugs()) {
      const $ = page(`documenten/${slug}`);
      $('a.paper-ref').each((_, a) => {
        links++;
        const href = $(a).attr('href') ?? '';
        const internal =
          href.startsWith(`${BASE_PATH}documenten/`) &&
          existsSync(join(OUT_DIR, href.slice(BASE_PATH.length), 'index.html'));
        if (!(internal || OFFICIAL.test(href) || /^#fn-\d+$/.test(href))) bad.push(`${slug}: ${$(a).text()} → ${href}`);
      });
    }
    // 22 citations in the texts, and the two "Zie ook" papers in the headers of 000 and 002.
    console.log(`paper citation links on pages: ${links}/24, ${bad.length} bad`);
    expect(bad).toEqual([]);
    expect(links).toBe(24);
  });

  // "Zie ook … nr. 903" names another paper (the notice that the answer is delayed), which the
  // corpus does not hold: it must not lead back to the page that names it.
  it('a "Zie ook" paper the corpus does not hold links to its official publication, not to the page citing it', () => {
    const $ = page('documenten/kamervragen-2013-02-08');
    const hrefs = $('a.paper-ref')
      .filter((_, a) => /^Aanhangsel Handelingen/.test($(a).text()))
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs.length).toBeGreaterThan(0);
    expect(new Set(hrefs)).toEqual(new Set(['https://zoek.officielebekendmakingen.nl/ah-tk-20122013-903.html']));
  });
});

describe('entity and dossier pages', () => {
  it("Van der Steur's page lists the 2012 questions and the 2017 mention, newest first", () => {
    const $ = page('personen/van-der-steur');
    const targets = $('main .sentences q + a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(targets).toEqual([
      `${BASE_PATH}documenten/kamervragen-2017-11-10/#vraag-7`,
      `${BASE_PATH}documenten/kamervragen-2013-02-08/`,
    ]);
    expect($('main').text()).toContain('oud-minister Van der Steur vastgestelde');
  });

  it('the dossier 28 638 page gathers the papers that cite it', () => {
    const $ = page('dossiers/28638');
    // Its official title from src/data/dossiers.yaml.
    expect($('h1').text()).toBe('28 638 Mensenhandel');
    const citing = new Set(
      $('.cited-by a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    expect(citing).toEqual(
      new Set([
        `${BASE_PATH}documenten/kamervragen-2013-02-08/`,
        `${BASE_PATH}documenten/schriftelijk-overleg-2024-05-16/`,
        `${BASE_PATH}documenten/2024Z19016/`,
      ]),
    );
    expect($('ul.papers > li')).toHaveLength(11);
  });

  it('index pages give each entity its name, role, counts and last mention, each in its own element', () => {
    const $ = page('personen');
    const steur = $('.entity-list > li').filter((_, li) => $(li).find('.record-title').text() === 'Ard van der Steur');
    expect(steur.find('.record-role').text()).toBe('minister, Ministerie van Justitie en Veiligheid');
    // Mentioned in the 2012 questions (he asked them) and in the 2017 answer.
    expect(steur.find('.count').text().replace(/\s+/g, ' ')).toBe('2 vermeldingen in 2 documenten');
    expect(steur.find('time').attr('datetime')).toBe('2017-11-10');
    // No text runs into the next: name, role, description and counts are separate blocks.
    expect(steur.find('.record-head').next().is('p.description')).toBe(true);
  });

  it('the dossier index names each dossier by number and, where reviewed, its title', () => {
    const $ = page('dossiers');
    expect($('.record-title').first().text().replace(/\s+/g, ' ').trim()).toBe('28 638 Mensenhandel');
  });

  it('a document page names what it mentions and lists related documents', () => {
    const $ = page('documenten/kamervragen-2017-11-10');
    expect($('#genoemd-kop').text()).toBe('Genoemd in dit document');
    expect($('aside.mentioned a[href$="/personen/van-der-steur/"]')).toHaveLength(1);
    expect($('aside.related li').first().text()).not.toBe('');
    expect($('a.mention[href$="/personen/van-der-steur/"]')).toHaveLength(1);
  });
});
