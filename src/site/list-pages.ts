// Long lists in pages of bounded length, so that no page grows with the corpus:
// the document lists (/documenten/, per kind, per year), each entity's mentions and the timeline.
// Page 1 keeps the list's own URL; page N is <list>/pagina/N/.
import { siteSettings } from '../lib/options.ts';

/**
 * Documents per page (KD_LIST_PAGE_SIZE, src/lib/options.ts): a document's record is about 1 KB, its
 * mentions on an entity page a few. Tests use short pages on a small corpus.
 */
export const listPageSize = (): number => siteSettings().listPageSize;

export interface ListPage<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
}

/** The items cut into pages; an empty list is one empty page. */
export function listPages<T>(items: readonly T[], size = listPageSize()): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** The path of page `number` of the list at `path` ("documenten/soort/brief/"). */
export function listPagePath(path: string, number: number): string {
  return number === 1 ? path : `${path}pagina/${number}/`;
}

/** Page numbers a pager names on each side of the current page, besides the first and the last. */
export const PAGER_NEIGHBOURS = 2;

/**
 * The page numbers a pager links, in order, with null where it leaves a run out: the first and the last
 * page, and the current one with its neighbours. A pager that named every page would grow with the
 * corpus on every page of the list (50 links on each of an organisation's 50 pages at 5,000 documents).
 * A run of one page is named rather than left out: a gap stands for two pages at least.
 */
export function pagerNumbers(current: number, count: number, neighbours = PAGER_NEIGHBOURS): (number | null)[] {
  const shown = (n: number) => n === 1 || n === count || Math.abs(n - current) <= neighbours;
  const numbers: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (shown(n) || (shown(n - 1) && shown(n + 1))) numbers.push(n);
    else if (numbers.at(-1) !== null) numbers.push(null);
  }
  return numbers;
}
