// Hands Pagefind the document pages, each with what search should know of it
// that the page does not spell out, written into the copy Pagefind reads (the
// published page is not changed):
// - a compound's parts, as seams inside the word ("mensen~~handel"): Pagefind
//   indexes the parts of a word joined by punctuation as parts of that word, so
//   "handel" finds the page and the excerpt marks "mensenhandel";
// - a dossier number printed with its space ("28 638") also as one number;
// - "Handelingen" as the series name in a citation by a stand-in, so "handel" does not find it;
// - at each citation of a paper, and at the page's own citation, the tokens of
//   the identifiers it names (src/scripts/search-identifiers.ts);
// - of the header's facts only the paper's identifiers, at a low weight: the
//   names and dates there are in the body too, and an excerpt should come from
//   the body's passage, not from the facts.
// The search page takes the marks out of every excerpt and title it shows
// (src/scripts/search.ts, restoreSearchText), so no result shows text the page
// does not.
import { glob, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import * as cheerio from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { splitDocument } from '../../src/site/document-loader.ts';
import { cachedFrontmatter, documentHash } from '../../src/lib/frontmatter-cache.ts';
import type { DocumentFrontmatter } from '../../src/schema/document.ts';
import { citedTokens, ownTokens } from '../../src/scripts/search-identifiers.ts';
import {
  COMPOUND_SEAM,
  hiddenWords,
  NUMBER_SPACE,
  SERIES_IN_CITATION,
  SERIES_NAME,
} from '../../src/scripts/search-text.ts';
import type { BuiltPage } from './astro-parts.ts';
import { SEARCHABLE_PAGES } from './search-options.ts';

interface PagefindIndex {
  addHTMLFile(file: { url: string; content: string }): Promise<{ errors: string[] }>;
}

/** What the index needs of a document's frontmatter beyond its page. */
export interface SearchFacts {
  /** Its compounds: word → the endings the converter found. */
  compounds: ReadonlyMap<string, string[]>;
  identifiers: DocumentFrontmatter['identifiers'];
  /** Every dossier each cited paper belongs to ("31 839, 28 638, nr. 166": both), by paper id. */
  citedDossiers: ReadonlyMap<string, string[]>;
}

/** Each document's search facts from its frontmatter, by slug. */
export async function searchFactsBySlug(contentDir: string): Promise<Map<string, SearchFacts>> {
  const bySlug = new Map<string, SearchFacts>();
  for (const file of (await readdir(contentDir)).filter((f) => f.endsWith('.mdx'))) {
    // The frontmatter as the converter left it parsed (src/lib/frontmatter-cache.ts): parsing the YAML of
    // every document again took 16 s at 5,000 documents.
    const bytes = await readFile(join(contentDir, file));
    const data = cachedFrontmatter(documentHash(bytes)) ?? splitDocument(file, bytes.toString('utf8')).data;
    const compounds = (data.compounds ?? []) as { word: string; parts: string[] }[];
    const references = (data.references ?? []) as DocumentFrontmatter['references'];
    const citedDossiers = new Map<string, string[]>();
    for (const { paper, dossiers } of references)
      if (paper) citedDossiers.set(paper, [...new Set([...(citedDossiers.get(paper) ?? []), ...dossiers])]);
    bySlug.set(String(data.slug), {
      compounds: new Map(compounds.map((c) => [c.word, c.parts])),
      identifiers: data.identifiers as DocumentFrontmatter['identifiers'],
      citedDossiers,
    });
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

/** The identifiers weigh this little: Pagefind's excerpt is the window of the page where the matches weigh most. */
const IDENTIFIER_WEIGHT = '0.1';

/** The page as Pagefind should read it: marked for search, and only its searchable body. */
export function searchableHtml(html: string, facts: SearchFacts | undefined): string {
  const $ = cheerio.load(html);
  markForSearch($, facts);
  keepOnlyBody($);
  return $.html();
}

/** Writes into the page what search should know of it that the page does not spell out (above). */
export function markForSearch($: cheerio.CheerioAPI, facts: SearchFacts | undefined): void {
  const body = $('[data-pagefind-body]');
  const visit = (node: AnyNode) => {
    if (node.type === 'text') {
      // The series name first: the seams marked next would hide "vergaderjaar" from its pattern.
      node.data = node.data
        .replace(SERIES_IN_CITATION, SERIES_NAME)
        .replace(/\p{L}+/gu, (word) => {
          const endings = facts?.compounds.get(word.toLocaleLowerCase('nl'));
          return endings ? markSeams(word, endings) : word;
        })
        .replace(SPACED_DOSSIER, `$1${NUMBER_SPACE}$2`);
    } else if ('children' in node && node.type === 'tag') for (const child of node.children) visit(child);
  };
  for (const element of body.toArray()) visit(element);
  // After the words: the tokens are not words of the page.
  body.find('a.paper-ref[data-stuk]').each((_, link) => {
    const paper = $(link).attr('data-stuk')!;
    appendHidden($(link), citedTokens(paper, facts?.citedDossiers.get(paper) ?? []));
  });
  if (facts) body.find('[data-own-citation]').each((_, own) => appendHidden($(own), ownTokens(facts.identifiers)));
  // The title is the result's title (meta), not a passage: the papers print it again in their opening lines.
  body.find('.document-header h1').attr('data-pagefind-ignore', '').attr('data-pagefind-meta', 'title');
  // Of the header, only the identifiers are found, and weigh little; its labels ("Kamervragen",
  // "Vindplaats") and other facts are words of every page, and the body holds the names and dates.
  body.find('.document-header > p.kind').attr('data-pagefind-ignore', '');
  body.find('.facts > div:not([data-identifier])').attr('data-pagefind-ignore', '');
  body.find('.facts > div[data-identifier] dt').attr('data-pagefind-ignore', '');
  body
    .find('.facts > div[data-identifier], .document-header .see-also')
    .attr('data-pagefind-weight', IDENTIFIER_WEIGHT);
}

/**
 * Leaves just the searchable body, in an otherwise empty page. Pagefind reads nothing else of a page
 * that has data-pagefind-body but the filters, meta and sort keys, and ours are all inside it; yet it
 * parses everything: the head and the rest are a fifth of a document page's bytes, and cutting them makes
 * adding the pages about 7 % faster. The search-input test indexes both and compares the index and fragments.
 */
function keepOnlyBody($: cheerio.CheerioAPI): void {
  const bodies = $('[data-pagefind-body]').toArray();
  $('head').empty();
  $('body').empty().append(bodies);
}

/** Glues hidden words to the last word of an element's text. */
function appendHidden(element: cheerio.Cheerio<AnyNode>, words: string[]): void {
  const texts = element
    .find('*')
    .addBack()
    .contents()
    .filter((_, node) => node.type === 'text' && /\S/.test(node.data));
  const last = texts.last()[0];
  if (last?.type === 'text' && words.length)
    last.data = last.data.replace(/\s*$/, (space) => hiddenWords(words) + space);
}

/** The document pages of a built site: only a document's own page is searchable (SEARCHABLE_PAGES). */
export async function documentPagesIn(outDir: string): Promise<BuiltPage[]> {
  const paths = await Array.fromAsync(glob(SEARCHABLE_PAGES, { cwd: outDir }));
  return paths.map((path) => ({ path, file: join(outDir, path) }));
}

/** Adds the document pages to the index, wherever the build left them (a site folder, or its parts' folders). */
export async function indexDocuments(
  index: PagefindIndex,
  pages: readonly BuiltPage[],
  contentDir: string,
): Promise<{ pages: number; errors: string[] }> {
  const facts = await searchFactsBySlug(contentDir);
  const errors: string[] = [];
  let added = 0;
  // In one order whatever order the file system or the parts give them in: Pagefind's word index depends on
  // the order pages are added, and a build in parts gives the index a single build gives.
  const sorted = [...pages].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // One page in Pagefind's hands while the next is prepared: Pagefind indexes in a process of its own, so the
  // two overlap, and the pages still reach it one after the other, in order.
  let inPagefind: Promise<{ errors: string[] }> | null = null;
  for (const { path, file } of sorted) {
    const slug = path.split('/')[1]!;
    const html = await readFile(file, 'utf8');
    // Only a document's own page: documenten/ also holds lists (soort/, jaar/) and pages that send a moved URL on.
    if (!html.includes('data-pagefind-body')) continue;
    const content = searchableHtml(html, facts.get(slug));
    if (inPagefind) errors.push(...(await inPagefind).errors);
    inPagefind = index.addHTMLFile({ url: `/${path.replace(/index\.html$/, '')}`, content });
    added++;
  }
  if (inPagefind) errors.push(...(await inPagefind).errors);
  return { pages: added, errors };
}
