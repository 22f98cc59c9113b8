// The timeline 2012–2024 as a reader gets it: a chart drawn at build time whose
// every mark is a link, a table of it, the list by year and month with every
// document at its dates and the events the papers report linked to their
// sentence, and filters that are plain pages (no JavaScript needed).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ConversionResult } from '../../src/converter/pipeline.ts';
import { convertSeeds } from '../support/convert-seeds.ts';
import { useBrowser } from './browser.ts';
import { BASE_PATH, OUT_DIR } from './site.ts';

const siteUrl = inject('siteUrl');
const browser = useBrowser();
const page = (path: string) => cheerio.load(readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8'));
let seeds: Map<string, ConversionResult>;
beforeAll(async () => {
  seeds = await convertSeeds();
});

/** Whether a link of the built site leads to a page that exists and, with a #fragment, to an element there. */
function leadsSomewhere(href: string): boolean {
  const [path, anchor] = href.slice(BASE_PATH.length).split('#');
  if (!existsSync(join(OUT_DIR, path!, 'index.html'))) return false;
  return !anchor || page(path!)(`[id="${anchor}"]`).length === 1;
}

describe('the timeline chart', () => {
  it('has a mark for each of the 5 documents at each of its dates, linking to its page', () => {
    const $ = page('tijdlijn');
    const marks = $('svg[data-timeline-chart] a[data-mark="document"]');
    for (const result of seeds.values()) {
      const { dates, slug } = result.frontmatter;
      const expected = [dates.ingezonden, dates.beantwoord, dates.verzonden].filter(Boolean).length;
      expect(marks.filter((_, a) => $(a).attr('href') === `${BASE_PATH}documenten/${slug}/`).length, slug).toBe(
        expected,
      );
    }
    expect(new Set(marks.map((_, a) => $(a).attr('href')).get()).size).toBe(5);
  });

  it('has a mark for every resolved event, linking to the block that names it', () => {
    const $ = page('tijdlijn');
    const hrefs = new Set(
      $('svg[data-timeline-chart] a[data-mark="event"]')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    let events = 0;
    for (const result of seeds.values()) {
      for (const event of result.frontmatter.events) {
        events++;
        const href = `${BASE_PATH}documenten/${result.frontmatter.slug}/${event.block ? `#${event.block}` : ''}`;
        expect(hrefs.has(href), `${event.date} ${event.text} → ${href}`).toBe(true);
      }
    }
    console.log(
      `timeline chart: ${$('a[data-mark="document"]').length} document marks, ${$('a[data-mark="event"]').length} event marks for ${events} events`,
    );
    for (const href of hrefs) expect(leadsSomewhere(href), href).toBe(true);
  });

  it('names every mark for screen readers and is itself named by its caption', () => {
    const $ = page('tijdlijn');
    const svg = $('svg[data-timeline-chart]');
    expect(svg.attr('role')).toBe('group');
    expect($(`#${svg.attr('aria-labelledby')}`).text()).toMatch(/^Documenten en gebeurtenissen op één tijdas\./);
    const unnamed = svg.find('a').filter((_, a) => !($(a).attr('aria-label') ?? '').trim());
    expect(unnamed).toHaveLength(0);
    // Axis, lanes and spans are decoration: hidden, so a screen reader meets only the links.
    expect(svg.find('text').filter((_, t) => $(t).closest('[aria-hidden="true"]').length === 0)).toHaveLength(0);
  });

  it('reads and links without JavaScript, as links in the accessibility tree', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${siteUrl}tijdlijn/`);
    const chart = tab.getByRole('group', { name: /Documenten en gebeurtenissen op één tijdas/ });
    expect(await chart.getByRole('link').count()).toBeGreaterThan(30);
    // The letter of 13 February 2017 dates its warning: "op 30 augustus 2016 gewaarschuwd".
    const mark = chart.getByRole('link', { name: /^Gebeurtenis, 30 augustus 2016: .*gewaarschuwd/ });
    expect(await mark.count()).toBe(1);
    await mark.click();
    expect(new URL(tab.url()).pathname).toBe(`${BASE_PATH}documenten/brief-2017-02-13-10008/`);
    expect(decodeURIComponent(new URL(tab.url()).hash)).toBe(
      '#ad-1-capaciteit-aanpak-mensenhandel-en-terugloop-meldingen-mogelijke-slachtoffers-bij-comensha',
    );
    await context.close();
  });

  it('has a table alternative with the documents per kind and the events per year', async () => {
    const tab = await browser().newPage();
    await tab.goto(`${siteUrl}tijdlijn/`);
    const table = tab.getByRole('table', { name: /Aantal documenten per soort en aantal gebeurtenissen per jaar/ });
    await tab.locator('details.chart-table summary').click();
    const row = (year: number) => table.getByRole('row', { name: new RegExp(`^${year}\\b`) });
    const cells = async (year: number) => (await row(year).getByRole('cell').allInnerTexts()).map(Number);
    const heads = await table.getByRole('columnheader').allInnerTexts();
    expect(heads).toEqual(['Jaar', 'Kamervragen', 'Brief', 'Schriftelijk overleg', 'Gebeurtenissen']);
    // 2017: the letter of 13 February, and the questions of 19 September answered 10 November.
    expect((await cells(2017)).slice(0, 3)).toEqual([1, 1, 0]);
    expect((await cells(2019)).slice(0, 4)).toEqual([0, 0, 0, 0]);
    await tab.close();
  });
});

describe('the timeline list', () => {
  it('shows every year from 2012 to 2024 in order, folding empty years into one line', () => {
    const $ = page('tijdlijn');
    for (let year = 2012; year <= 2024; year++)
      expect($(`.timeline-list [id="jaar-${year}"]`).length, String(year)).toBe(1);
    expect(
      $('section.timeline-year h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toEqual(['2012', '2013', '2015', '2016', '2017', '2021', '2022', '2023', '2024', 'Buiten 2012–2024']);
    expect(
      $('.timeline-gap')
        .map((_, p) => $(p).text())
        .get(),
    ).toEqual(['2014: geen documenten of gebeurtenissen', '2018–2020: geen documenten of gebeurtenissen']);
  });

  it('places every document at each of its dates, the date in its own column', () => {
    const $ = page('tijdlijn');
    for (const result of seeds.values()) {
      const { dates, slug } = result.frontmatter;
      for (const date of [dates.ingezonden, dates.beantwoord, dates.verzonden].filter(Boolean)) {
        const entry = $(`li.document > time[datetime="${date}"]`)
          .parent()
          .find(`a[href="${BASE_PATH}documenten/${slug}/"]`);
        expect(entry.length, `${slug} at ${date}`).toBeGreaterThan(0);
      }
    }
    // The date is its own element, not run into the text: "28 december 2012" and then the entry.
    const first = $('li.document').first();
    expect(first.children('time').text()).toBe('28 december 2012');
    expect(first.children('div').text()).not.toMatch(/^\d/);
  });

  it('lists the events the issue names, each linking to the block of its sentence', () => {
    const $ = page('tijdlijn');
    const wanted: [string, RegExp][] = [
      ['2017-02-16', /Op 16 februari a\.s\. staat het algemeen overleg/],
      ['2016-08-30', /op 30 augustus 2016 gewaarschuwd/],
      ['2013-01-01', /Per 1 januari 2013 wordt/],
      ['2023-12-21', /op 21 december jl\./],
      ['2024-02-17', /op 17 februari 2024 de Digital Services Act/],
      ['2024-12-10', /op 10 december jl\. een ministeriële bijeenkomst van de Calais Groep/],
      ['2024-03-04/2024-03-05', /4 en 5 maart jl\./],
    ];
    for (const [datetime, sentence] of wanted) {
      const quotes = $(`li.event > time[datetime="${datetime}"]`)
        .parent()
        .find('.sentences li')
        .filter((_, li) => sentence.test($(li).find('q').text()));
      expect(quotes.length, `${datetime} ${sentence}`).toBe(1);
      const href = quotes.first().find('q + a').attr('href')!;
      expect(leadsSomewhere(href), href).toBe(true);
    }
  });

  it('shows the events of one document on one date as one entry', () => {
    const $ = page('tijdlijn');
    const seen = new Map<string, number>();
    $('li.event').each((_, li) => {
      const key = `${$(li).children('time').attr('datetime')} ${$(li).find('> div > span:first-child a').attr('href')}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    });
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    // 003 names 23 April 2024 (the letter on the Actieplan) in five sentences: one entry, five quotes.
    const april = $(`li.event > time[datetime="2024-04-23"]`).parent();
    expect(april).toHaveLength(1);
    expect(april.find('.sentences q')).toHaveLength(5);
  });

  it('reports the events per seed', () => {
    for (const [seed, result] of seeds)
      console.log(
        `${seed}: ${result.frontmatter.events.length} events, ${result.frontmatter.unresolvedDates.length} unresolved`,
      );
    expect([...seeds.values()].every((r) => r.frontmatter.events.length > 0)).toBe(true);
  });
});

describe('timeline filters', () => {
  it('are static pages: documents only, by kind, by theme, by party', () => {
    expect(page('tijdlijn/alleen-documenten')('li.event')).toHaveLength(0);
    expect(page('tijdlijn/alleen-documenten')('a[data-mark="event"]')).toHaveLength(0);
    const brief = page('tijdlijn/soort/brief');
    expect(
      brief('li.document a')
        .map((_, a) => brief(a).attr('href'))
        .get(),
    ).toEqual([`${BASE_PATH}documenten/brief-2017-02-13-10008/`]);
    const smokkel = page('tijdlijn/thema/mensensmokkel');
    expect(smokkel('li.entry').length).toBeGreaterThan(0);
    const vvd = page('tijdlijn/partij/vvd');
    expect(
      new Set(
        vvd('li.document a')
          .map((_, a) => vvd(a).attr('href'))
          .get(),
      ),
    ).toContain(`${BASE_PATH}documenten/2024Z19016/`);
  });

  it("a party's or organisation's timeline keeps only the events reported in a block that names it", () => {
    const $ = page('tijdlijn');
    const filters = $('.timeline-filters a')
      .map((_, a) => $(a).attr('href')!)
      .get()
      .filter((href) => /\/tijdlijn\/(partij|organisatie)\//.test(href));
    expect(filters.length).toBeGreaterThan(3);
    let events = 0;
    for (const filter of filters) {
      const path = filter.slice(BASE_PATH.length);
      const [kind, slug] = path.split('/').slice(1, 3) as [string, string];
      const entity = `${BASE_PATH}${kind === 'partij' ? 'partijen' : 'organisaties'}/${slug}/`;
      const $filter = page(path);
      for (const link of $filter('li.entry.event .sentences q + a')
        .map((_, a) => $filter(a).attr('href')!)
        .get()) {
        const [doc, block] = link.slice(BASE_PATH.length).split('#') as [string, string | undefined];
        const $doc = page(doc);
        // A question's or answer's section; a heading with the text up to the next one; or, for an event
        // before the first block, the document's text.
        const target = $doc(`[id="${block}"]`);
        const passage = !block
          ? $doc('[data-document-text]')
          : target.parent().is('section.block')
            ? target.parent()
            : target.add(target.nextUntil('h2, h3, section'));
        expect(target.length || !block, link).toBeTruthy();
        expect(
          passage.filter(`a.mention[href="${entity}"]`).length + passage.find(`a.mention[href="${entity}"]`).length,
          `${link} on ${path}`,
        ).toBeGreaterThan(0);
        events++;
      }
    }
    expect(events).toBeGreaterThan(0);
  });

  it('are grouped, and the page of a filter marks it as the current one', () => {
    const $ = page('tijdlijn/partij/vvd');
    expect(
      $('.timeline-filters .filter-group-name')
        .map((_, s) => $(s).text())
        .get(),
    ).toEqual(['Weergave', 'Soort', 'Thema', 'Partij', 'Organisatie', 'Jaar']);
    const current = $('.timeline-filters [aria-current="page"]');
    expect(current.map((_, a) => $(a).text().trim()).get()).toEqual(['VVD']);
    expect(current.closest('.filter-group').find('.filter-group-name').text()).toBe('Partij');
    expect(page('tijdlijn')('.timeline-filters [aria-current="page"]').text().trim()).toBe('Alles');
  });
});

describe('the home page', () => {
  it('shows the chart with a mark for each document, the newest documents, the dossiers and the names mentioned most', () => {
    const $ = page('');
    const marks = new Set(
      $('main svg[data-timeline-chart] a[data-mark="document"]')
        .map((_, a) => $(a).attr('href'))
        .get(),
    );
    expect(marks.size).toBe(5);
    const newest = $('#nieuwste-kop')
      .parent()
      .find('.document-list > li .record-title')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(newest[0]).toBe(`${BASE_PATH}documenten/2024Z19016/`);
    expect(newest).toHaveLength(5);
    expect($('#dossiers-kop').parent().find('a').first().text().replace(/\s+/g, ' ').trim()).toBe(
      '28 638 Mensenhandel',
    );
    expect($('#genoemd-kop').parent().find('a[href*="/personen/"]').length).toBeGreaterThan(0);
    // One search box, and no ordered lists of counts.
    expect($('form[role="search"]')).toHaveLength(1);
    expect($('main ol')).toHaveLength(0);
  });
});
