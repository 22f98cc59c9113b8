// Document permalinks derive from the paper's own official identifiers (what it
// prints about itself, or seeds/catalog.yaml; never a "Zie ook" paper's number),
// never from the seed's file name, so they survive renames and re-exports:
//   Aanhangsel Handelingen 2017–2018, nr. 172 → ah-tk-20172018-172
//   Kamervragen registration number            → 2024Z19016
//   Kamerstuk 28 638, nr. 240                  → kst-28638-240
// (their formats: src/lib/paper-ids.ts). Fallback, for papers without one: kind,
// main date and kenmerk when known, e.g. brief-2017-02-13-10008,
// schriftelijk-overleg-2024-05-16, kamervragen-2017-11-10.
// A paper with none of these gets kind + "zonder-datum"; two papers that end up
// with the same slug are an error (add a catalog fact to tell them apart).
import { mainDate, type DocumentFrontmatter } from '../schema/document.ts';
import { paperSlug } from './paper-ids.ts';

type SlugInput = Pick<DocumentFrontmatter, 'kind' | 'identifiers' | 'dates'>;

export function permalinkSlug(meta: SlugInput): string {
  const own = paperSlug(meta.identifiers);
  if (own) return own;
  const { kenmerk } = meta.identifiers;
  const date = mainDate(meta) ?? 'zonder-datum';
  const suffix = kenmerk ? `-${kenmerk.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
  return `${meta.kind}-${date}${suffix}`;
}
