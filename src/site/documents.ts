// Loads the document collection once and sorts it; pages receive what they need.
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { mainDate } from '../schema/document.ts';
import { splitFrontmatter } from './document-loader.ts';
import { mdxFile } from './downloads.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

/** Documents by main date, oldest first; undated ones last, then by slug so the order is stable. */
export async function documentsByDate(): Promise<DocumentEntry[]> {
  const all = await getCollection('documents');
  return all.sort((a, b) => {
    const da = mainDate(a.data) ?? '9999';
    const db = mainDate(b.data) ?? '9999';
    return da === db ? a.data.slug.localeCompare(b.data.slug) : da.localeCompare(db);
  });
}

/** A document's MDX body, read from its file: the collection holds frontmatter only (src/site/document-loader.ts). */
export function documentBody(doc: DocumentEntry): string {
  const file = mdxFile(doc.data.slug);
  return splitFrontmatter(file, readFileSync(file, 'utf8')).body;
}
