// Holding the government to account on the built site: how long each answer
// took against the three-week term (days counted by hand from the printed
// dates), and the promises (toezeggingen), each linked to its sentence's block.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { BASE_PATH, OUT_DIR } from './site.ts';

const page = (path: string) => cheerio.load(readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8'));
const cells = ($: cheerio.CheerioAPI, table: string) =>
  $(`#${table}`)
    .parent()
    .find('tbody tr')
    .map((_, tr) => [
      $(tr)
        .find('th, td')
        .map((__, c) => $(c).text().trim())
        .get(),
    ])
    .get() as unknown as string[][];

describe('/beantwoording/', () => {
  it('lists every answer with both dates printed, with its days counted from them', () => {
    const $ = page('beantwoording');
    // 000: 19 September → 10 November 2017 is 11 + 31 + 10 days; 002: 28 December 2012 → 8 February 2013 is 3 + 31 + 8.
    expect(cells($, 'alle-antwoorden')).toEqual([
      ['Het rapport «Mensenhandel in en uit beeld»', '28 december 2012', '8 februari 2013', '42', 'nee'],
      ['Mensenhandel met het oogmerk van orgaanverwijdering', '19 september 2017', '10 november 2017', '52', 'nee'],
    ]);
  });

  it('gives count, median and share within three weeks per party', () => {
    expect(cells(page('beantwoording'), 'per-partij')).toEqual([
      ['SP', '1', '52', '0 %'],
      ['VVD', '1', '42', '0 %'],
    ]);
  });

  it('says when the term is unknown rather than guessing it', () => {
    const $ = page('beantwoording');
    expect($('#termijn-onbekend').parent().find('li').text()).toContain('Mensensmokkel via zee goudmijn');
  });
});

describe('/toezeggingen/', () => {
  it('links every promise to a block that exists on its page', () => {
    const $ = page('toezeggingen');
    const links = $('.promise-meta a')
      .map((_, a) => $(a).attr('href')!)
      .get();
    expect(links.length).toBeGreaterThanOrEqual(5);
    for (const link of links) {
      const [path, fragment] = link.slice(BASE_PATH.length).split('#');
      expect(existsSync(join(OUT_DIR, path!, 'index.html')), link).toBe(true);
      if (fragment) expect(page(path!)(`[id="${fragment}"]`).length, link).toBe(1);
    }
  });

  it('shows the promise in 000’s answer 7 under the member of the cabinet who answered', () => {
    const $ = page('toezeggingen');
    const section = $('section').filter((_, s) => $(s).find('h2').text() === 'Staatssecretaris Harbers');
    expect(section.find('blockquote').text()).toContain(
      'Het kabinet zal de inzet op vrijwillige terugkeer vanuit Noord-Afrika',
    );
    expect(section.find('.promise-meta a').attr('href')).toMatch(/#antwoord-7$/);
  });
});
