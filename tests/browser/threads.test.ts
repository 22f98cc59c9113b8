// Threads and "Aangehaald in" on a site of their own: the real answer ah-tk-20232024-1108,
// the questions it answers as they were sent in, and a letter that cites the answer in a
// footnote (tests/fixtures/threads/README.md). Expected facts read from those files by hand.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { BASE_PATH } from './site.ts';

const FIXTURES = 'tests/fixtures/threads';
let work: string;
let build: SiteBuild;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kamerdossier-threads-'));
  mkdirSync(join(work, 'seeds'));
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')))
    cpSync(join(FIXTURES, file), join(work, 'seeds', file));
  cpSync('tests/fixtures/real/ah-tk-20232024-1108.txt', join(work, 'seeds', 'ah-tk-20232024-1108.txt'));
  build = buildSite({ seeds: join(work, 'seeds'), content: join(work, 'content'), out: join(work, 'dist') }, BASE_PATH);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function page(path: string): cheerio.CheerioAPI {
  expect(build.status, `the thread corpus did not build:\n${build.output}`).toBe(0);
  return cheerio.load(readFileSync(join(work, 'dist', path, 'index.html'), 'utf8'));
}

/** The page and block a link leads to, checked to exist. */
function resolve(href: string): { path: string; block: string | null } {
  expect(href.startsWith(BASE_PATH), `${href} is not under ${BASE_PATH}`).toBe(true);
  const [path, block] = href.slice(BASE_PATH.length).split('#');
  const $ = page(path!);
  if (block) expect($(`[id="${block}"]`).length, `${href}: no block with that id`).toBe(1);
  return { path: path!.replace(/\/$/, ''), block: block ?? null };
}

// The answer's own number is its header's "1108" and its footer "ah-tk-20232024-1108"; the questions
// print no number, so their page is named by their date of submission, 6 February 2024.
const ANSWER = 'documenten/ah-tk-20232024-1108';
const QUESTIONS = 'documenten/kamervragen-2024-02-06';

describe('a thread of questions and their answer', () => {
  it('links the questions to their answer, received 27 February 2024', () => {
    const thread = page(QUESTIONS)('[data-thread]');
    expect(thread.text()).toMatch(/^Beantwoord in:/);
    expect(thread.text()).toContain('ontvangen 27 februari 2024');
    expect(resolve(thread.find('a').attr('href')!).path).toBe(ANSWER);
  });

  it('links the answer back to the questions as sent in on 6 February 2024', () => {
    const thread = page(ANSWER)('[data-thread]');
    expect(thread.text()).toMatch(/^Vragen zoals ingezonden:/);
    expect(thread.text()).toContain('ingezonden 6 februari 2024');
    expect(resolve(thread.find('a').attr('href')!).path).toBe(QUESTIONS);
  });

  it('joins no letter into a thread', () => {
    expect(page('documenten/brief-2024-03-15')('[data-thread]').length).toBe(0);
  });
});

describe('a citation of another paper’s answer', () => {
  it('links "Het antwoord op vraag 5" in the letter’s footnote to the answer that holds question 5', () => {
    const $ = page('documenten/brief-2024-03-15');
    const link = $('[id="fn-1"] a.paper-ref').filter((_, a) => $(a).text() === 'Het antwoord op vraag 5');
    expect(link.length).toBe(1);
    // "Vraag 4 en 5" are answered together under "Antwoord 4 en 5", whose block is antwoord-4.
    expect(resolve(link.attr('href')!)).toEqual({ path: ANSWER, block: 'antwoord-4' });
  });
});

describe('"Aangehaald in"', () => {
  it('lists on the answer the letter that cites it, down to its footnote 1', () => {
    const $ = page(ANSWER);
    const links = $('[data-cited-in] a')
      .map((_, a) => $(a).attr('href')!)
      .get();
    expect(links.map(resolve)).toEqual([{ path: 'documenten/brief-2024-03-15', block: 'fn-1' }]);
    expect($('[data-cited-in]').text()).toContain('Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1108');
  });

  it('says so on a page no paper of the site cites', () => {
    for (const path of [QUESTIONS, 'documenten/brief-2024-03-15']) {
      const cited = page(path)('[data-cited-in]');
      expect(cited.find('a').length, path).toBe(0);
      expect(cited.text(), path).toContain('Geen ander stuk op deze site haalt dit document aan.');
    }
  });
});

describe('the thread’s feed', () => {
  it('has the questions of 6 February 2024 and, once it arrived, the answer of 27 February 2024', () => {
    expect(build.status, build.output).toBe(0);
    const xml = readFileSync(join(work, 'dist/feeds/draden/kamervragen-2024-02-06.xml'), 'utf8');
    const feed = (
      new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (n) => n === 'entry' }).parse(
        xml,
      ) as {
        feed: { '@xmlns': string; entry: { updated: string; link: { '@href': string } }[] };
      }
    ).feed;
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entry.map((e) => [e.updated.slice(0, 10), new URL(e.link['@href']).pathname])).toEqual([
      ['2024-02-27', `${BASE_PATH}${ANSWER}/`],
      ['2024-02-06', `${BASE_PATH}${QUESTIONS}/`],
    ]);
  });

  it('is announced by both papers of the thread', () => {
    for (const path of [QUESTIONS, ANSWER])
      expect(page(path)('head link[rel="alternate"][type="application/atom+xml"]').last().attr('href'), path).toBe(
        `${BASE_PATH}feeds/draden/kamervragen-2024-02-06.xml`,
      );
  });
});

describe('/beantwoording/ with a thread', () => {
  it('does not list questions whose answer is another paper of the site as unanswered', () => {
    const open = page('beantwoording')('#zonder-antwoord').parent();
    expect(open.find(`a[href="${BASE_PATH}${QUESTIONS}/"]`).length).toBe(0);
    expect(open.text()).toContain('Alle Kamervragen in deze collectie hebben hun antwoord erbij.');
  });
});

describe('the open data of a thread', () => {
  const csv = (name: string) =>
    parseCsv(readFileSync(join(work, 'dist/data', `${name}.csv`), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
  const path = (url: string) => new URL(url).pathname.slice(BASE_PATH.length).replace(/\/$/, '');

  it('threads.csv joins the questions to their answer by the printed date, questioners and subject', () => {
    expect(build.status, build.output).toBe(0);
    const rows = csv('threads');
    expect(rows.map((r) => [path(r.vragen!), path(r.antwoord!), r.gekoppeld_op, r.ingezonden, r.beantwoord])).toEqual([
      [QUESTIONS, ANSWER, 'datum, vragenstellers en onderwerp', '2024-02-06', '2024-02-27'],
    ]);
    expect(csv('answer-times').find((r) => path(r.permalink!) === QUESTIONS)).toMatchObject({
      status: 'beantwoord in een ander stuk',
    });
  });

  it('citations.csv has the letter’s footnote 1 citing the answer, which is on this site', () => {
    expect(
      csv('citations').map((r) => [path(r.stuk!), r.blok, r.aangehaald, path(r.aangehaald_op_deze_site!)]),
    ).toEqual([['documenten/brief-2024-03-15', 'fn-1', 'ah-tk-20232024-1108', ANSWER]]);
  });
});
