// What the search page lists for a query, beyond Pagefind's own answer: Pagefind finds words by
// their stem and, failing a word, by words that start like it ("autoriteiten" for "autisme"), which
// is quick to type against but lists pages that do not say what was asked. These rules keep the
// results to pages that do (tests/browser/search-relevance.test.ts measures them):
// - an identifier lists the paper it names, then the papers citing it (search-identifiers.ts);
// - a name of several capitalised words ("Nationaal Rapporteur") lists the pages that print it;
// - a page that matched far more weakly than the best is kept only when it has the word itself
//   (by its stem or as a compound part), not just a word that starts like it.
import { identifierQuery } from './search-identifiers.ts';

export type Filters = Record<string, string[]>;

/** The parts of a result's data the page uses. */
export interface ResultData {
  excerpt?: string;
  content?: string;
  meta?: Record<string, string>;
  sub_results?: { title?: string; excerpt?: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

/** How many pages hold each value of each filter: `{ Jaar: { "2013": 1 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSearch {
  search(
    term: string | null,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results?: PagefindResult[]; filters?: FilterCounts; totalFilters?: FilterCounts } | null>;
  filters(): Promise<FilterCounts>;
}

/**
 * Filter counts with groups and values in one order, that of their names: the filter pane shows
 * them in the order it is given. Pagefind's list of all filters comes in that order, but the counts
 * with a search's results come in hash-map order, which differs from load to load.
 */
export function inNameOrder(counts: FilterCounts): FilterCounts {
  const sorted = <T>(entries: Record<string, T>) =>
    Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return sorted(Object.fromEntries(Object.entries(counts).map(([group, values]) => [group, sorted(values)])));
}

type Search = PagefindSearch['search'];

export async function preciseResults(search: Search, term: string | null, options: Parameters<Search>[1]) {
  const words = await search(term, options);
  if (!term || !words) return words;
  const identifier = identifierQuery(term);
  if (identifier) {
    const papers = await namedPapers(search, [...identifier.own, ...identifier.cited], options);
    if (papers.length) return { ...words, results: papers };
  }
  if (isName(term)) {
    const printed = await search(`"${term.trim()}"`, options);
    if (printed?.results?.length) return { ...words, results: printed.results };
  }
  return { ...words, results: await withoutWeakMatches(search, words.results ?? [], term, options) };
}

/** The most pages one identifier token is checked on: the papers citing one paper, in practice far fewer. */
const TOKEN_PAGES = 50;

/**
 * The pages holding each token, in the order of the tokens. Pagefind searches each token on its own
 * (all words of a search are required); a hit is checked in its text, since for a word it does not
 * have Pagefind falls back to words like it ("o" for "ownnr…"), which name no paper.
 */
async function namedPapers(search: Search, tokens: string[], options: Parameters<Search>[1]) {
  const lists = await Promise.all(
    tokens.map(async (token) => {
      const results = ((await search(token, options))?.results ?? []).slice(0, TOKEN_PAGES);
      const holds = await Promise.all(results.map(async (r) => (await r.data()).content?.includes(token)));
      return results.filter((_, i) => holds[i]);
    }),
  );
  const seen = new Set<string>();
  return lists.flat().filter((result) => !seen.has(result.id) && seen.add(result.id));
}

/** Words that stand lower-case inside a Dutch name: "Jasper van Dijk", "Ard van der Steur". */
const NAME_PARTICLES = new Set(['van', 'der', 'den', 'de', 'het', 'ten', 'ter', "'t", 'voor', 'en']);

/** Two or more words, each capitalised but for name particles, and not quoted: a name as printed. */
function isName(term: string): boolean {
  const words = term.trim().split(/\s+/);
  return (
    words.length > 1 &&
    !term.includes('"') &&
    /^\p{Lu}/u.test(words[0]!) &&
    words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word))
  );
}

/** Below this share of the best score a match must also be one of the word itself. */
const WEAK_SHARE = 0.25;

/**
 * Pagefind's quoted search of one word finds the word by its stem and as a compound part, never by a
 * word that only starts like it: a weak match of the plain search must be one of those. The quoted
 * search reads the part of the index the plain one loaded, so it costs no download.
 */
async function withoutWeakMatches(
  search: Search,
  results: PagefindResult[],
  term: string,
  options: Parameters<Search>[1],
): Promise<PagefindResult[]> {
  const word = term.trim();
  if (/\s|"/.test(word) || !results.length) return results;
  const best = Math.max(...results.map((r) => r.score));
  if (results.every((r) => r.score >= best * WEAK_SHARE)) return results;
  const exact = new Set(((await search(`"${word}"`, options))?.results ?? []).map((r) => r.id));
  return results.filter((r) => r.score >= best * WEAK_SHARE || exact.has(r.id));
}
