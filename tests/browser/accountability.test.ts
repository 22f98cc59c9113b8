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

describe('the chart of answer times on /beantwoording/', () => {
  it('draws every answer with both dates as a link to its paper, at its days, against the 21-day line', () => {
    const $ = page('beantwoording');
    const svg = $('svg[data-answer-chart]');
    // Named by its heading, described by the paragraph that points to the table with the same figures.
    expect($(`#${svg.attr('aria-labelledby')}`).text()).toBe('Dagen tot het antwoord, per jaar');
    expect($(`#${svg.attr('aria-describedby')}`).text()).toContain('Alle antwoorden');
    const marks = svg
      .find('a.answer-mark')
      .map((_, a) => ({
        href: $(a).attr('href')!,
        days: Number($(a).attr('data-days')),
        y: Number($(a).find('circle').attr('cy')),
        label: $(a).attr('aria-label')!,
      }))
      .get();
    // 002: 28 December 2012 → 8 February 2013, 42 days; 000: 19 September → 10 November 2017, 52 days.
    expect(marks.map((m) => [m.href, m.days])).toEqual([
      [`${BASE_PATH}documenten/kamervragen-2013-02-08/`, 42],
      [`${BASE_PATH}documenten/kamervragen-2017-11-10/`, 52],
    ]);
    for (const m of marks)
      expect(existsSync(join(OUT_DIR, m.href.slice(BASE_PATH.length), 'index.html')), m.href).toBe(true);
    expect(marks[0]!.label).toContain(
      'beantwoord na 42 dagen (ingezonden 28 december 2012, ontvangen 8 februari 2013)',
    );
    // Both were late: above the term line (SVG y grows downwards), the later one higher.
    const term = Number(svg.find('.term-line').attr('y1'));
    expect(marks.every((m) => m.y < term)).toBe(true);
    expect(marks[1]!.y).toBeLessThan(marks[0]!.y);
    expect(
      svg
        .find('.year-label')
        .map((_, t) => $(t).text())
        .get(),
    ).toEqual(['2013', '2017']);
    expect(svg.find('.term-label').text()).toBe('termijn: 21 dagen');
  });
});

describe('Verantwoording', () => {
  it('states the term and where it comes from', () => {
    const $ = page('verantwoording');
    const section = $('#termijn').parent();
    expect(section.text()).toContain('binnen drie weken beantwoord');
    expect(section.text()).toContain('uitstelbericht');
    expect(section.find('a[href^="https://wetten.overheid.nl/BWBR0006023"]').text()).toBe(
      'Reglement van Orde van de Tweede Kamer der Staten-Generaal',
    );
  });
});

describe('"Aangehaald in" on the seeds', () => {
  // No seed prints an Aanhangsel or Kamerstuk number of its own (000 and 002 name others with "Zie ook";
  // 004 has a Kamervragen number; 001 a kenmerk), so no paper of the site can cite another: every page says so.
  it.each([
    '2024Z19016',
    'brief-2017-02-13-10008',
    'kamervragen-2013-02-08',
    'kamervragen-2017-11-10',
    'schriftelijk-overleg-2024-05-16',
  ])('%s shows the section, with no paper citing it', (slug) => {
    const cited = page(`documenten/${slug}`)('[data-cited-in]');
    expect(cited.find('h2').text()).toBe('Aangehaald in');
    expect(cited.find('a').length).toBe(0);
    expect(cited.text()).toContain('Geen ander stuk op deze site haalt dit document aan.');
  });

  it('links the in-text references to answers to blocks of the same page', () => {
    // 002 (seed line 93): "… ook het antwoord op vragen 8 en 9", answered together under "Antwoord 8 en 9".
    const $ = page('documenten/kamervragen-2013-02-08');
    const link = $('a.answer-ref[href="#antwoord-8"]');
    expect(link.text().replace(/\s+/g, ' ')).toBe('het antwoord op vragen 8 en 9');
    expect($('[id="antwoord-8"]').length).toBe(1);
  });
});
