// The timeline 2012–2024 as a reader gets it: every year, every document at
// its dates, the events the papers report linked to their sentence, and
// filters that are plain pages (no JavaScript needed).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversionResult } from '../../src/converter/pipeline.ts';
import { convertSeeds } from '../unit/convert-seeds.ts';
import { BASE_PATH, OUT_DIR } from './site.ts';

const page = (path: string) => cheerio.load(readFileSync(join(OUT_DIR, path, 'index.html'), 'utf8'));
let seeds: Map<string, ConversionResult>;
beforeAll(async () => {
  seeds = await convertSeeds();
});

describe('/tijdlijn/', () => {
  it('shows every year from 2012 to 2024 in order, saying so when a year is empty', () => {
    const $ = page('tijdlijn');
    expect($('section.timeline-year h2').map((_, h) => $(h).text()).get()).toEqual(Array.from({ length: 13 }, (_, i) => String(2012 + i)));
    expect($('#jaar-2014').parent().find('.empty').text()).toBe('Geen documenten of gebeurtenissen in 2014.');
  });

  it('places every document at each of its dates', () => {
    const $ = page('tijdlijn');
    for (const result of seeds.values()) {
      const { dates, slug } = result.frontmatter;
      for (const date of [dates.ingezonden, dates.beantwoord, dates.verzonden].filter(Boolean)) {
        const entry = $(`li.document time[datetime="${date}"]`).parent().find(`a[href="${BASE_PATH}documenten/${slug}/"]`);
        expect(entry.length, `${slug} at ${date}`).toBeGreaterThan(0);
      }
    }
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
      const entries = $(`li.event time[datetime="${datetime}"]`).parent().filter((_, li) => sentence.test($(li).text()));
      expect(entries.length, `${datetime} ${sentence}`).toBeGreaterThan(0);
      const href = entries.first().find('a').attr('href')!;
      const [path, anchor] = href.slice(BASE_PATH.length).split('#');
      expect(existsSync(join(OUT_DIR, path!, 'index.html'))).toBe(true);
      if (anchor) expect(page(path!)(`[id="${anchor}"]`).length, href).toBe(1);
    }
  });

  it('reports the events per seed', () => {
    for (const [seed, result] of seeds) console.log(`${seed}: ${result.frontmatter.events.length} events, ${result.frontmatter.unresolvedDates.length} unresolved`);
    expect([...seeds.values()].every((r) => r.frontmatter.events.length > 0)).toBe(true);
  });
});

describe('timeline filters', () => {
  it('are static pages: documents only, by kind, by theme, by party', () => {
    expect(page('tijdlijn/alleen-documenten')('li.event')).toHaveLength(0);
    const brief = page('tijdlijn/soort/brief');
    expect(brief('li.document a').map((_, a) => brief(a).attr('href')).get()).toEqual([`${BASE_PATH}documenten/brief-2017-02-13-10008/`]);
    const smokkel = page('tijdlijn/thema/mensensmokkel');
    expect(smokkel('li').length).toBeGreaterThan(0);
    const vvd = page('tijdlijn/partij/vvd');
    expect(new Set(vvd('li.document a').map((_, a) => vvd(a).attr('href')).get())).toContain(`${BASE_PATH}documenten/2024Z19016/`);
  });
});

describe('the home page', () => {
  it('shows the years 2012–2024 with document and event counts, each linking into the timeline', () => {
    const $ = page('');
    const items = $('.year-overview li');
    expect(items).toHaveLength(13);
    expect(items.first().find('a').attr('href')).toBe(`${BASE_PATH}tijdlijn/#jaar-2012`);
    expect($('.year-overview li').filter((_, li) => $(li).text().startsWith('2017')).text()).toMatch(/^2017: 2 documenten, \d+ gebeurtenissen$/);
  });
});
