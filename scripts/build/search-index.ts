// Hands Pagefind the document pages, each with what search should know of it
// that the page does not spell out, written into the copy Pagefind reads (the
// published page is not changed):
// - a compound's parts, as seams inside the word ("mensen~~handel"): Pagefind
//   indexes the parts of a word joined by punctuation as parts of that word, so
//   "handel" finds the page and the excerpt marks "mensenhandel";
// - a dossier number printed with its space ("28 638") also as one number.
// The search page takes the seams out of every excerpt and title it shows
// (src/scripts/search.ts, restoreSearchText), so no result shows text the page
// does not.
import { glob, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { splitDocument } from '../../src/site/document-loader.ts';
import { COMPOUND_SEAM, NUMBER_SPACE } from '../../src/scripts/search-text.ts';
import { SEARCHABLE_PAGES } from './search-options.ts';

interface PagefindIndex {
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
}

/** Each document's compounds from its frontmatter, by slug: word → the endings the converter found. */
export async function compoundsBySlug(contentDir: string): Promise<Map<string, Map<string, string[]>>> {
  const bySlug = new Map<string, Map<string, string[]>>();
  for (const file of (await readdir(contentDir)).filter((f) => f.endsWith('.mdx'))) {
    const { data } = splitDocument(file, await readFile(join(contentDir, file), 'utf8'));
    const compounds = (data.compounds ?? []) as { word: string; parts: string[] }[];
    bySlug.set(String(data.slug), new Map(compounds.map((c) => [c.word, c.parts])));
  }
  return bySlug;
}

/** The word with its seams marked: "Mensenhandel" with endings "handel" → "Mensen~~handel". */
function markSeams(word: string, endings: string[]): string {
  const cuts = endings.map((part) => word.length - part.length).sort((a, b) => a - b);
  let marked = '';
  let from = 0;
  for (const cut of cuts) {
    marked += word.slice(from, cut) + COMPOUND_SEAM;
    from = cut;
  }
  return marked + word.slice(from);
}

/** A Kamerstuk's dossier number as papers print it, "28 638": five digits, a space after the second. */
const SPACED_DOSSIER = /(?<![\d.,])\b(\d{2}) (\d{3})\b(?![.,]?\d)/g;

/** The page as Pagefind should read it. */
export function searchableHtml(html: string, compounds: ReadonlyMap<string, string[]>): string {
  const $ = cheerio.load(html);
  const body = $('[data-pagefind-body]');
  const visit = (node: AnyNode) => {
    if (node.type === 'text') {
      node.data = node.data
        .replace(/\p{L}+/gu, (word) => {
          const endings = compounds.get(word.toLocaleLowerCase('nl'));
          return endings ? markSeams(word, endings) : word;
        })
        .replace(SPACED_DOSSIER, `$1${NUMBER_SPACE}$2`);
    } else if ('children' in node && node.type === 'tag') for (const child of node.children) visit(child);
  };
  for (const element of body.toArray()) visit(element);
  return $.html();
}

/** Adds every document page of the built site to the index. */
export async function indexDocuments(
  index: PagefindIndex,
  outDir: string,
  contentDir: string,
): Promise<{ pages: number; errors: string[] }> {
  const compounds = await compoundsBySlug(contentDir);
  const errors: string[] = [];
  let pages = 0;
  for await (const file of glob(SEARCHABLE_PAGES, { cwd: outDir })) {
    const slug = file.split('/')[1]!;
    const html = await readFile(join(outDir, file), 'utf8');
    // Only a document's own page: documenten/ also holds lists (soort/, jaar/) and pages that send a moved URL on.
    if (!html.includes('data-pagefind-body')) continue;
    const added = await index.addHTMLFile({
      url: `/${file.replace(/index\.html$/, '')}`,
      content: searchableHtml(html, compounds.get(slug) ?? new Map()),
    });
    errors.push(...added.errors);
    pages++;
  }
  return { pages, errors };
}
