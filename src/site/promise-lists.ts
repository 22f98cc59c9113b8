// The promises of /toezeggingen/ by the member of the cabinet who made them, in pages of
// bounded length: the documents with promises, person by person and by date within each,
// cut into pages (list-pages.ts), so a person's section may go on on the next page.
import type { DocumentFrontmatter } from '../schema/document.ts';
import type { DocumentEntry } from './documents.ts';
import { listPages, type ListPage } from './list-pages.ts';

export const PROMISES_PATH = 'toezeggingen/';

/** Who promises: the member of the cabinet who answered, or the letter's sender, as printed. */
export function promiser(doc: DocumentFrontmatter): string {
  return doc.answeredBy?.name
    ? [doc.answeredBy.role, doc.answeredBy.name].filter(Boolean).join(' ')
    : (doc.sender?.name ?? 'Bewindspersoon niet op het stuk vermeld');
}

export interface PromiseGroup {
  person: string;
  documents: DocumentFrontmatter[];
}

/** The documents with promises, by person in name order and within each in the order given (documentsByDate). */
export function promiseDocuments(entries: readonly DocumentEntry[]): DocumentFrontmatter[] {
  const documents = entries.map((d) => d.data).filter((d) => d.promises.length > 0);
  const byPerson = Map.groupBy(documents, promiser);
  return [...byPerson.keys()].sort((a, b) => a.localeCompare(b, 'nl')).flatMap((person) => byPerson.get(person)!);
}

/** The pages of promises; there is always a first page. */
export const promisePages = (documents: readonly DocumentFrontmatter[]): ListPage<DocumentFrontmatter>[] =>
  listPages(documents);

/** A page's documents under their person, in the page's order. */
export function promiseGroups(documents: readonly DocumentFrontmatter[]): PromiseGroup[] {
  return [...Map.groupBy(documents, promiser)].map(([person, docs]) => ({ person, documents: docs }));
}
