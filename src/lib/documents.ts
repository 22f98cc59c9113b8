// Loads the document collection once and sorts it; pages receive what they need.
import { getCollection, type CollectionEntry } from 'astro:content';
import { mainDate } from '../schema/document.ts';

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
