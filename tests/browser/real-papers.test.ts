// The 13 real papers of tests/fixtures/real/ built as a site of their own, each
// page held to the facts read by hand (facts.yaml): its header (own citation,
// "Zie ook" as links), its questions and answers with their ids, every footnote
// marker in its block after its word with its note, and every word of the source
// on the page (fidelity.ts). afterAll prints the table.
import { BASE_PATH } from './site.ts';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { diffArrays } from 'diff';
import { preview } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import {
  aanhangselOf,
  blockId,
  collapse,
  convertRealPapers,
  lastWord,
  loadFacts,
  REAL_DIR,
  Scoreboard,
  sourceFile,
  type Converted,
  type PaperFacts,
} from '../support/real-papers.ts';
import { launchBrowser } from './browser.ts';
import { compare, pageText, sourceText } from './fidelity.ts';

const facts = loadFacts();
const board = new Scoreboard();
let work: string;
let build: SiteBuild;
let converted: Map<string, Converted>;

beforeAll(async () => {
  converted = await convertRealPapers(facts);
  work = mkdtempSync(join(tmpdir(), 'kamerdossier-real-'));
  mkdirSync(join(work, 'seeds'));
  // A paper the converter refuses fails its own tests ("converts"); the others still get a site.
  for (const paper of facts)
    if (converted.get(paper.id)!.result)
      cpSync(join(REAL_DIR, sourceFile(paper)), join(work, 'seeds', sourceFile(paper)));
  // Under the base path the browser project serves every site at (its preview server reads BASE_PATH).
  build = buildSite({ seeds: join(work, 'seeds'), content: join(work, 'content'), out: join(work, 'dist') }, BASE_PATH);
});
afterAll(() => {
  console.log(board.table('Real papers — built pages against tests/fixtures/real/facts.yaml'));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The built page of a paper: where the converter put it (its slug), so one wrong slug does not hide the other facts. */
function page(paper: PaperFacts): { html: string; $: cheerio.CheerioAPI } {
  const entry = converted.get(paper.id)!;
  if (!entry.result) throw new Error(`${paper.id} did not convert: ${entry.error}`);
  expect(build.status, `the real corpus did not build:\n${build.output}`).toBe(0);
  const file = join(work, 'dist/documenten', entry.result.frontmatter.slug, 'index.html');
  const html = readFileSync(file, 'utf8');
  return { html, $: cheerio.load(html) };
}

interface Marker {
  n: number;
  block: string | null;
  before: string;
  shown: string;
}

/** Every footnote marker of the text: its note, its block, the block's text before it, and the number it shows. */
function markers($: cheerio.CheerioAPI): Marker[] {
  const found: Marker[] = [];
  $('section.block').each((_, section) => {
    const block = $(section).attr('aria-labelledby') ?? null;
    const copy = $(section).clone();
    copy.find('[data-ui], .cite-block, details').remove();
    copy.find('p, li, h1, h2, h3, h4, h5, h6, div, br').after('\n');
    const refs: { n: number; shown: string }[] = [];
    copy.find('a[data-footnote-ref]').each((i, a) => {
      refs.push({ n: Number(/#fn-(\d+)$/.exec($(a).attr('href') ?? '')?.[1]), shown: $(a).text().trim() });
      $(a).closest('sup').replaceWith(`\uE000${i}\uE001`);
    });
    const text = copy.text();
    refs.forEach((ref, i) => {
      const at = text.indexOf(`\uE000${i}\uE001`);
      found.push({ n: ref.n, block, before: text.slice(0, at).replace(/\uE000\d+\uE001/g, ''), shown: ref.shown });
    });
  });
  // Markers outside any question or answer block (a letter's sections, or text the structure missed).
  $('[data-document-text] a[data-footnote-ref]').each((_, a) => {
    if ($(a).closest('section.block').length === 0)
      found.push({
        n: Number(/#fn-(\d+)$/.exec($(a).attr('href') ?? '')?.[1]),
        block: null,
        before: '',
        shown: $(a).text().trim(),
      });
  });
  return found;
}

/** Each run of missing or extra words, with its place: the word index in the source and the words before it. */
function differences(source: string[], shown: string[]): string[] {
  const lines: string[] = [];
  let at = 0;
  for (const part of diffArrays(source, shown)) {
    const context = source.slice(Math.max(0, at - 6), at).join(' ');
    if (part.removed) lines.push(`missing at word ${at} (after "…${context}"): ${part.value.join(' ')}`);
    else if (part.added) lines.push(`extra at word ${at} (after "…${context}"): ${part.value.join(' ')}`);
    if (!part.added) at += part.value.length;
  }
  return lines;
}

describe('the real corpus', () => {
  it('builds as a site of its own, every paper in it', () => {
    expect(build.status, build.output).toBe(0);
    const refused = facts
      .filter((p) => !converted.get(p.id)!.result)
      .map((p) => `${p.id}: ${converted.get(p.id)!.error}`);
    expect(refused, 'papers the converter refused, left out of the build').toEqual([]);
  });
});

describe.each(facts.map((paper) => [paper.id, paper] as const))('%s', (id, paper) => {
  it('page: at its own permalink /documenten/<id>/', () => {
    board.check(id, 'page', () => {
      page(paper);
      expect(existsSync(join(work, 'dist/documenten', id, 'index.html')), `${id}: no page at /documenten/${id}/`).toBe(
        true,
      );
    });
  });

  it('header: title, its own citation, "Zie ook" as links', () => {
    board.check(id, 'header', () => {
      const { $ } = page(paper);
      const header = $('header.document-header');
      expect(collapse(header.find('h1').text()), `${id}: title`).toBe(paper.title);
      const vindplaats = header
        .find('dt')
        .filter((_, dt) => $(dt).text().trim() === 'Vindplaats')
        .next('dd')
        .text();
      expect(vindplaats, `${id}: own citation names its own number`).toContain(`nr. ${aanhangselOf(id).nummer}`);
      for (const other of paper.seeAlso)
        expect(vindplaats, `${id}: own citation names a "Zie ook" number`).not.toContain(
          `nr. ${aanhangselOf(other).nummer}`,
        );
      const links = header
        .find('a[href*="ah-tk-"]')
        .map((_, a) => ({ id: /ah-tk-\d{8}-\d+/.exec($(a).attr('href')!)![0], text: collapse($(a).text()) }))
        .get()
        .filter((link) => link.id !== id);
      expect(
        links.map((l) => l.id),
        `${id}: "Zie ook" links in the header`,
      ).toEqual(paper.seeAlso);
      for (const link of links) {
        expect(link.text, `${id}: "Zie ook" link shown as its id`).not.toMatch(/ah-tk-/);
        expect(link.text, `${id}: "Zie ook" link names its number`).toContain(String(aanhangselOf(link.id).nummer));
      }
    });
  });

  it('blocks: every question and answer with its id, in order', () => {
    board.check(id, 'blocks', () => {
      const { $ } = page(paper);
      const on = (kind: string) =>
        $(`section.block.${kind}`)
          .map((_, s) => $(s).attr('aria-labelledby'))
          .get();
      expect(on('vraag'), `${id}: question blocks (#vraag-N)`).toEqual(paper.questions.map((q) => blockId('vraag', q)));
      expect(on('antwoord'), `${id}: answer blocks (#antwoord-N)`).toEqual(
        paper.answers.map((a) => blockId('antwoord', a)),
      );
      for (const block of [
        ...paper.questions.map((q) => blockId('vraag', q)),
        ...paper.answers.map((a) => blockId('antwoord', a)),
      ]) {
        expect($(`[id="${block}"]`).length, `${id}: #${block} is on the page once`).toBe(1);
      }
      return `${paper.questions.length + paper.answers.length}`;
    });
  });

  it('footnotes: each marker a link in its block after its word, each note with its text', () => {
    board.check(id, 'footnotes', () => {
      const { $ } = page(paper);
      const found = markers($);
      const problems: string[] = [];
      let right = 0;
      for (const note of paper.footnotes) {
        const refs = found.filter((m) => m.n === note.n);
        const definition = collapse(
          $(`li[id="fn-${note.n}"]`).clone().find('[data-footnote-backref]').remove().end().text(),
        );
        const before = problems.length;
        if (refs.length === 0)
          problems.push(
            `note ${note.n}: no marker links to #fn-${note.n} (expected in ${note.block} after "${note.after}")`,
          );
        else {
          if (refs.length > 1) problems.push(`note ${note.n}: ${refs.length} markers, the paper prints one`);
          const ref = refs[0]!;
          if (ref.block !== note.block)
            problems.push(`note ${note.n}: marker in ${ref.block ?? 'no question or answer'}, expected ${note.block}`);
          else if (lastWord(ref.before) !== lastWord(note.after))
            problems.push(`note ${note.n}: marker after "${lastWord(ref.before)}", expected after "${note.after}"`);
          if (ref.shown !== String(note.n)) problems.push(`note ${note.n}: marker shows "${ref.shown}"`);
        }
        if (!$(`li[id="fn-${note.n}"]`).length) problems.push(`note ${note.n}: no note #fn-${note.n}`);
        else if (!definition.startsWith(collapse(note.text)))
          problems.push(`note ${note.n}: note reads "${definition.slice(0, 60)}…", expected "${note.text} …"`);
        if (problems.length === before) right++;
      }
      for (const n of new Set(found.map((m) => m.n)))
        if (!paper.footnotes.some((f) => f.n === n))
          problems.push(`marker for #fn-${n}: a note the paper does not have`);
      board.record(id, 'footnotes', problems.length === 0, `${right}/${paper.footnotes.length}`);
      expect(problems, `${id}: footnotes`).toEqual([]);
    });
  });

  it('fidelity: every word of the source body and notes on the page, in order, nothing added', () => {
    board.check(id, 'fidelity', () => {
      const { html } = page(paper);
      const entry = converted.get(id)!;
      const source = sourceText(entry.source, entry.result!);
      const shown = pageText(html);
      const body = compare(source.body, shown.body);
      const notes = compare(source.footnotes, shown.footnotes);
      const figure = `body ${(body.recall * 100).toFixed(1)}/${(body.precision * 100).toFixed(1)} notes ${(notes.recall * 100).toFixed(1)}/${(notes.precision * 100).toFixed(1)}`;
      board.record(
        id,
        'fidelity',
        body.missing.length + body.extra.length + notes.missing.length + notes.extra.length === 0,
        figure,
      );
      expect(differences(source.body, shown.body), `${id}: body words (recall/precision ${figure})`).toEqual([]);
      expect(differences(source.footnotes, shown.footnotes), `${id}: footnote words`).toEqual([]);
    });
  });
});

describe('a footnote in Chromium', () => {
  it('the marker of note 1 of ah-tk-20232024-1031 opens its note, links to it, and the note links back', async () => {
    const paper = facts.find((p) => p.id === 'ah-tk-20232024-1031')!;
    const note = paper.footnotes[0]!;
    const { $ } = page(paper);
    expect(
      $(`a[data-footnote-ref][href="#fn-${note.n}"]`).length,
      `${paper.id}: no marker for note ${note.n}`,
    ).toBeGreaterThan(0);
    // Served over HTTP like the real site (the page's scripts load from the site root), on a free port.
    const server = await preview({
      root: process.cwd(),
      logLevel: 'error',
      outDir: join(work, 'dist'),
      server: { host: '127.0.0.1', port: 0 },
    });
    const browser = await launchBrowser();
    try {
      const tab = await browser.newPage();
      const url = `http://127.0.0.1:${server.port}${BASE_PATH}documenten/${converted.get(paper.id)!.result!.frontmatter.slug}/`;
      await tab.goto(url);
      const inView = (selector: string) =>
        tab
          .locator(selector)
          .first()
          .evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().top < window.innerHeight);
      // With JavaScript a click shows the note in place.
      await tab.locator(`a[data-footnote-ref][href="#fn-${note.n}"]`).first().click();
      await expect.poll(() => tab.locator('#voetnoot-voorbeeld').isVisible()).toBe(true);
      expect(
        collapse((await tab.locator('#voetnoot-voorbeeld .preview-body').textContent()) ?? ''),
        'the preview shows the note',
      ).toContain(note.text);
      await tab.keyboard.press('Escape');
      // The marker is a link to the note: followed, it lands on the note.
      // Each check waits for the settled page: scrolling to a fragment can land after the load event.
      // A fresh load, as a reader following a shared link to the note: a second navigation to the same page with
      // only a new fragment is a scroll within the page, which can land before the preview closes.
      await tab.goto('about:blank');
      await tab.goto(`${url}#fn-${note.n}`);
      await expect.poll(() => inView(`li[id="fn-${note.n}"]`), { message: 'the note is in view' }).toBe(true);
      // And the note links back to its marker.
      await tab.locator(`li[id="fn-${note.n}"] a[data-footnote-backref]`).click();
      const hash = () => new URL(tab.url()).hash;
      await expect
        .poll(hash, { message: 'the back link goes to the marker' })
        .toMatch(new RegExp(`^#fnref-${note.n}\\b`));
      await expect.poll(() => inView(`[id="${hash().slice(1)}"]`), { message: 'the marker is in view' }).toBe(true);
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
