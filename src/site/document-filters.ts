// The filters of the document list (/documenten/): by kind and by year, each a static page.
import type { DocumentEntry } from './documents.ts';
import { kindLabel } from './display-labels.ts';
import { documentKinds } from '../schema/document.ts';
import { mainDate } from '../schema/document.ts';

export interface DocumentFilter {
  /** Path below /documenten/, empty for every document. */
  path: string;
  title: string;
  group: 'Alles' | 'Soort' | 'Jaar';
  keep: (doc: DocumentEntry) => boolean;
}

export const documentYear = (doc: DocumentEntry): number | null => {
  const date = mainDate(doc.data);
  return date ? Number(date.slice(0, 4)) : null;
};

export function documentFilters(documents: readonly DocumentEntry[]): DocumentFilter[] {
  const filters: DocumentFilter[] = [{ path: '', title: 'Alle documenten', group: 'Alles', keep: () => true }];
  for (const kind of documentKinds) {
    if (documents.some((d) => d.data.kind === kind))
      filters.push({
        path: `soort/${kind}`,
        title: kindLabel[kind],
        group: 'Soort',
        keep: (d) => d.data.kind === kind,
      });
  }
  const years = [...new Set(documents.map(documentYear).filter((y): y is number => y !== null))].sort();
  for (const year of years)
    filters.push({ path: `jaar/${year}`, title: String(year), group: 'Jaar', keep: (d) => documentYear(d) === year });
  return filters;
}
