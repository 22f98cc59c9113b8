// The per-document reports of /verantwoording/ (what the conversion did to each document)
// in pages of bounded length, like the document lists (list-pages.ts): the first page is
// /verantwoording/ itself, page N is /verantwoording/pagina/N/. Documents come oldest first,
// so a new paper, usually the newest, joins the last page and moves no report of another.
import type { DocumentEntry } from './documents.ts';
import { listPagePath, listPageSize, listPages, type ListPage } from './list-pages.ts';

export const REPORTS_PATH = 'verantwoording/';

/** The documents of each page of reports, in the order given (documentsByDate). */
export const reportPages = (documents: readonly DocumentEntry[]): ListPage<DocumentEntry>[] => listPages(documents);

/** The path below the base of page `number` of the reports. */
export const reportPagePath = (number: number) => listPagePath(REPORTS_PATH, number);

/** The id of a document's report. */
export const reportId = (slug: string) => `bron-${slug}`;

const positions = new WeakMap<readonly DocumentEntry[], Map<string, number>>();

/** Where a document's report is, below the base: "verantwoording/#bron-…", "verantwoording/pagina/2/#bron-…". */
export function reportPath(documents: readonly DocumentEntry[], slug: string): string {
  let index = positions.get(documents);
  if (!index) positions.set(documents, (index = new Map(documents.map((d, i) => [d.data.slug, i]))));
  const position = index.get(slug);
  if (position === undefined) throw new Error(`No document with slug "${slug}" in the corpus.`);
  return `${reportPagePath(Math.floor(position / listPageSize()) + 1)}#${reportId(slug)}`;
}
