// What the search page lists for a query, beyond Pagefind's own answer: Pagefind finds words by
// their stem and, failing a word, by words that start like it ("autoriteiten" for "autisme"), which
// is quick to type against but lists pages that do not say what was asked. These rules keep the
// results to pages that do (tests/browser/search-relevance.test.ts measures them):
// - an identifier lists the paper it names, then the papers citing it (search-identifiers.ts);
// - a name of several capitalised words ("Nationaal Rapporteur") lists the pages that print it;
// - a page that matched far more weakly than the best is kept only when a word it matched begins
//   with the word asked for or has it as a compound part, or is the word asked for less an ending.
import { identifierQuery } from './search-identifiers.ts';
import { COMPOUND_SEAM } from './search-text.ts';

type Filters = Record<string, string[]>;

/** The parts of a result's data the page uses. */
export interface ResultData {
  excerpt?: string;
  content?: string;
  locations?: number[];
  meta?: Record<string, string>;
  sub_results?: { title?: string; excerpt?: string }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

export interface PagefindSearch {
  search(
    term: string | null,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results?: PagefindResult[] } | null>;
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
  return { ...words, results: await withoutWeakMatches(words.results ?? [], term) };
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

/** Below this share of the best score a match is checked in its text. */
const WEAK_SHARE = 0.25;

/** Letters and digits of a word, lower-case and without diacritics, the compound seams kept. */
const bare = (word: string) =>
  word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}~]/gu, '');

async function withoutWeakMatches(results: PagefindResult[], term: string): Promise<PagefindResult[]> {
  const asked = bare(term);
  if (/\s/.test(term.trim()) || term.includes('"') || !asked || !results.length) return results;
  const best = Math.max(...results.map((r) => r.score));
  const kept = await Promise.all(
    results.map(async (result) => {
      if (result.score >= best * WEAK_SHARE) return true;
      const { content = '', locations = [] } = await result.data();
      const words = content.split(/\s+/);
      return locations.some((at) => {
        const word = bare(words[at] ?? '');
        const parts = [word, ...word.split(COMPOUND_SEAM)];
        // "slachtoffer" for "slachtoffers": an ending of at most three letters less, never a short stub.
        const shorter = (part: string) => part.length >= Math.max(4, asked.length - 3) && asked.startsWith(part);
        return parts.some((part) => part.startsWith(asked) || shorter(part));
      });
    }),
  );
  return results.filter((_, i) => kept[i]);
}
