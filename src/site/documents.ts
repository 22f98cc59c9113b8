// Loads the document collection once and sorts it; pages receive what they need.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { inLocaleOrder } from '../lib/locale-order.ts';
import { mainDate } from '../schema/document.ts';
import { splitFrontmatter } from './document-loader.ts';
import { mdxFile } from './downloads.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

/** Documents by main date, oldest first; undated ones last, then by slug so the order is stable. */
export async function documentsByDate(): Promise<DocumentEntry[]> {
  const all = await getCollection('documents');
  // Each key worked out once, not at every comparison: two dozen routes sort the whole corpus.
  const dated = all.map((doc) => ({ doc, date: mainDate(doc.data) ?? '9999' }));
  dated.sort((a, b) =>
    a.date === b.date ? inLocaleOrder(a.doc.data.slug, b.doc.data.slug) : inLocaleOrder(a.date, b.date),
  );
  return dated.map(({ doc }) => doc);
}

/** A document's MDX body, read from its file: the collection holds frontmatter only (src/site/document-loader.ts). */
export function documentBody(doc: DocumentEntry): string {
  const file = mdxFile(doc.data.slug);
  return splitFrontmatter(file, readFileSync(file, 'utf8')).body;
}
