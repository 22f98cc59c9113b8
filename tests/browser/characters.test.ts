// A paper of the pypdf shape with the characters of the policy (README,
// "Characters"): U+0081 list bullets, spacing diacritics, a form feed inside a
// list item, a soft hyphen and glued words. It converts, builds, shows the list
// as a list, the names as spelled, and loses no word.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/converter/batch/catalog.ts';
import { loadDutchSpeller } from '../../src/converter/shared/speller.ts';
import { entityMatcher } from '../../src/converter/links/links.ts';
import { convertDocument } from '../../src/converter/pipeline.ts';
import { loadEntities } from '../../src/lib/entities.ts';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { compare, pageText, sourceText } from './fidelity.ts';

const FIXTURE = 'tests/fixtures/characters';
let work: string;
let build: SiteBuild;
let html: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kamerdossier-characters-'));
  build = buildSite({ seeds: FIXTURE, content: join(work, 'content'), out: join(work, 'dist') });
  if (build.status === 0) html = readFileSync(join(work, 'dist/documenten/kamervragen-2024-03-20/index.html'), 'utf8');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a paper with U+0081 bullets, spacing diacritics and glued words', () => {
  it('builds, and the build reports what it normalised and split', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain(
      'characters.txt: normalised 3 × c1-bullet, 1 × soft-hyphen, 2 × spacing-diacritic; split 4 glued words',
    );
  });

  it('shows the bullets as one list in the answer, the item cut by a page break whole', () => {
    const $ = cheerio.load(html);
    const answer = $('#antwoord-1').closest('section');
    const items = answer
      .find('ul > li')
      .map((_, li) => $(li).text().trim())
      .get();
    expect(items).toEqual([
      'een onderzoek naar het welzijn van de dieren in het Dolfinarium;',
      'een gesprek met de directie over de voorwaarden van de vergunning en het toezicht daarop;',
      'een brief aan de Kamer over de uitkomsten.',
    ]);
    expect(answer.text()).not.toMatch(/[\u0080-\u009F\uFFFD]/);
  });

  it('spells the names as the paper prints them and splits the glued words', () => {
    const text = cheerio.load(html)('[data-document-text]').text();
    for (const expected of [
      'Kostić',
      'Yeşilgöz',
      'met de Kamer delen',
      'in het Dolfinarium (ingezonden',
      'te brengen heb',
      'Het is aan de toezichthouder',
      'verantwoordelijkheid',
    ])
      expect(text).toContain(expected);
  });

  it('loses no word of the source, once the reported text changes are applied', async () => {
    const speller = await loadDutchSpeller();
    const file = 'characters.txt';
    const bytes = readFileSync(join(FIXTURE, file));
    const result = convertDocument(file, bytes, {
      speller,
      catalog: parseCatalog('catalog.yaml', ''),
      entities: entityMatcher(loadEntities()),
    });
    const body = compare(sourceText(bytes.toString('utf8'), result).body, pageText(html).body);
    expect(body.missing).toEqual([]);
    expect(body.extra).toEqual([]);
  });
});
