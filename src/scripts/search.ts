// Connects the search page's Pagefind components to the address bar and to the
// order chosen: ?q=…&jaar=2013&partij=VVD&sorteer=nieuw opens the same search,
// and every search the reader makes is written back, so the URL can be shared.

import { type Filters, inNameOrder, type PagefindSearch, preciseResults } from './search-results.ts';
import { restoreSearchText } from './search-text.ts';

/** The part of Pagefind's Component UI instance this page uses. */
interface SearchInstance {
  searchTerm: string;
  searchFilters: Filters;
  triggerLoad(): Promise<void>;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  /** Replaces strings of the built-in translation for this instance's components. */
  setTranslations(strings: Record<string, string>): void;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  /** Pagefind itself, once loaded. Not a public field: see sortResults. */
  __pagefind__: PagefindSearch | null;
}

declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name: string): SearchInstance } };
  }
}

/** Where Pagefind's own Dutch strings are not the site's words: its clear button says "Reset". */
const DUTCH_STRINGS = { clear_search: 'Wissen' };

const ORDERS: Record<string, Record<string, 'asc' | 'desc'>> = {
  nieuw: { datum: 'desc' },
  oud: { datum: 'asc' },
};

export async function connectSearch(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const components = window.PagefindComponents;
  if (!root || !components) return;
  const instance = components.getInstanceManager().getInstance('default');
  instance.setTranslations(DUTCH_STRINGS);
  const filterNames = (root.dataset.filters ?? '').split(',');
  const order = root.querySelector<HTMLSelectElement>('#sorteer')!;

  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const name of filterNames) {
    const values = params.getAll(name.toLowerCase());
    if (values.length) filters[name] = values;
  }
  order.value = params.get('sorteer') && ORDERS[params.get('sorteer')!] ? params.get('sorteer')! : '';

  sortResults(instance, () => ORDERS[order.value]);
  instance.on('search', (term, chosen) => writeUrl(term, chosen, order.value));
  order.addEventListener('change', () =>
    instance.triggerSearchWithFilters(instance.searchTerm, instance.searchFilters),
  );
  // Loading ends with a search for every document (faceted mode, kept when the URL has no query), which
  // would replace a search started earlier; so the search in the URL, or what the reader typed meanwhile, comes after.
  await instance.triggerLoad();
  const typed = root.querySelector<HTMLInputElement>('pagefind-input input')?.value ?? '';
  instance.triggerSearchWithFilters(params.get('q') ?? typed, filters);
  // From here on every search is the reader's own: what tests wait for before they type.
  root.dataset.searchReady = '';
}

/**
 * Pagefind sorts by a data-pagefind-sort key when asked, but the Component UI of
 * Pagefind 1.5 has no way to ask: it calls search() with filters only. This wraps
 * that call to add the chosen order, to show each result's text as the page has it,
 * and to hand the filter pane its groups in one order. Pagefind is pinned; browser tests
 * check the order of results and of the pane, so an upgrade that changes this fails loudly.
 */
function sortResults(instance: SearchInstance, chosenOrder: () => Record<string, 'asc' | 'desc'> | undefined): void {
  const withOrder = (pagefind: PagefindSearch | null): PagefindSearch | null => {
    if (!pagefind) return pagefind;
    const search = pagefind.search.bind(pagefind);
    const filters = pagefind.filters.bind(pagefind);
    return {
      ...pagefind,
      search: async (term, options = {}) => {
        const sort = chosenOrder();
        const ordered = sort ? { ...options, sort } : options;
        const found = withPageText(await preciseResults(search, term, ordered));
        if (found?.filters) found.filters = inNameOrder(found.filters);
        if (found?.totalFilters) found.totalFilters = inNameOrder(found.totalFilters);
        return found;
      },
      filters: async () => inNameOrder(await filters()),
    };
  };
  // Pagefind loads on the first search, whenever that comes: wrap it the moment it is set.
  let pagefind = withOrder(instance.__pagefind__);
  Object.defineProperty(instance, '__pagefind__', {
    get: () => pagefind,
    set: (loaded: PagefindSearch | null) => (pagefind = withOrder(loaded)),
  });
}

/**
 * The index reads a copy of each page with marks in it (compound seams, the space of a
 * dossier number: scripts/build/search-index.ts); a result shows the text as the page has it.
 */
function withPageText<T extends Awaited<ReturnType<PagefindSearch['search']>>>(found: T): T {
  for (const result of found?.results ?? []) {
    const data = result.data.bind(result);
    result.data = async () => {
      const loaded = await data();
      if (loaded.excerpt) loaded.excerpt = restoreSearchText(loaded.excerpt);
      if (loaded.content) loaded.content = restoreSearchText(loaded.content);
      for (const [key, value] of Object.entries(loaded.meta ?? {})) loaded.meta![key] = restoreSearchText(value);
      for (const sub of loaded.sub_results ?? []) {
        if (sub.title) sub.title = restoreSearchText(sub.title);
        if (sub.excerpt) sub.excerpt = restoreSearchText(sub.excerpt);
      }
      return loaded;
    };
  }
  return found;
}

function writeUrl(term: string, filters: Filters, order: string): void {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const [name, values] of Object.entries(filters))
    for (const value of values) params.append(name.toLowerCase(), value);
  if (order) params.set('sorteer', order);
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
}
