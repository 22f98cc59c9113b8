// What the build hands Pagefind is a document page cut down to its searchable body
// (scripts/build/search-index.ts). Pagefind must find in it everything it found in the
// whole page: the same word index and the same result fragments (titles, excerpts,
// filters, meta, anchors), for every document page of the built seeds.
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio/slim';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { documentPagesIn, markForSearch, searchableHtml, searchFactsBySlug } from '../../scripts/build/search-index.ts';
import { SEARCH_EXCLUDED } from '../../scripts/build/search-options.ts';
import { CONTENT_FOLDER } from '../../src/lib/content-folder.ts';
import { OUT_DIR } from './site.ts';

afterAll(() => pagefind.close());

interface SearchPage {
  url: string;
  content: string;
}

/** The index files Pagefind writes for these pages, by path: everything but Pagefind's own scripts. */
async function indexFiles(pages: readonly SearchPage[]): Promise<Map<string, Buffer>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: SEARCH_EXCLUDED });
  expect(errors).toEqual([]);
  for (const page of pages) expect((await index!.addHTMLFile(page)).errors).toEqual([]);
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  return new Map(
    files.filter((f) => /^(?:index|fragment)\//.test(f.path)).map((f) => [f.path, Buffer.from(f.content)] as const),
  );
}

describe('the page Pagefind reads', () => {
  it('gives the index and the fragments of the whole page, for every document page', async () => {
    const facts = await searchFactsBySlug(CONTENT_FOLDER);
    const pages = (await documentPagesIn(OUT_DIR))
      .map(({ path, file }) => ({ url: `/${path.replace(/index\.html$/, '')}`, html: readFileSync(file, 'utf8') }))
      .filter(({ html }) => html.includes('data-pagefind-body'))
      .sort((a, b) => (a.url < b.url ? -1 : 1));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const whole = pages.map(({ url, html }) => {
      const $ = cheerio.load(html);
      markForSearch($, facts.get(url.split('/')[2]!));
      return { url, content: $.html() };
    });
    const cut = pages.map(({ url, html }) => ({ url, content: searchableHtml(html, facts.get(url.split('/')[2]!)) }));
    // Cut down by about a fifth: the head, the site's header and footer, the scripts.
    const bytes = (list: SearchPage[]) => list.reduce((sum, p) => sum + p.content.length, 0);
    expect(bytes(cut)).toBeLessThan(bytes(whole) * 0.9);

    const expected = await indexFiles(whole);
    const actual = await indexFiles(cut);
    expect([...expected.keys()].some((path) => path.startsWith('fragment/'))).toBe(true);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, content] of expected) expect(actual.get(path)?.equals(content), path).toBe(true);
  });
});
