// "Aangehaald in": for each paper of the corpus, the papers of the corpus that cite
// it, each with the block the citation stands in (the converter's links stage records
// it: src/converter/links/), so that a reader lands on the very sentence.
import type { DocumentFrontmatter } from '../schema/document.ts';
import { ownPaperIds } from '../lib/paper-ids.ts';

type Doc = Pick<DocumentFrontmatter, 'slug' | 'identifiers' | 'references'>;
type Entry = { data: Doc };

export interface Citation<D extends Entry = Entry> {
  /** The citing paper. */
  doc: D;
  /** The block of the citing paper where the citation stands; null for its header. */
  block: string | null;
  /** The citation as printed. */
  text: string;
}

/** By the slug of each cited paper: who cites it, in corpus order, one entry per citing block. */
export function citationsByCitedPaper<D extends Entry>(docs: readonly D[]): Map<string, Citation<D>[]> {
  const bySlug = new Map<string, D>();
  for (const doc of docs) for (const id of ownPaperIds(doc.data.identifiers)) bySlug.set(id, doc);
  const cited = new Map<string, Citation<D>[]>();
  for (const doc of docs) {
    const seen = new Set<string>();
    for (const r of doc.data.references) {
      const target = r.paper ? bySlug.get(r.paper) : undefined;
      if (!target || target === doc) continue;
      const key = `${target.data.slug}\u0000${r.block}`;
      if (seen.has(key)) continue;
      seen.add(key);
      cited.set(target.data.slug, [...(cited.get(target.data.slug) ?? []), { doc, block: r.block, text: r.text }]);
    }
  }
  return cited;
}
