// How a document is named on the site: its title, or "Titel onbekend" when
// neither the paper nor the catalog gives one; and in lists, who asked about what.
import type { DocumentFrontmatter } from '../schema/document.ts';
import { questionerList } from './people.ts';

type Doc = Pick<DocumentFrontmatter, 'kind' | 'title' | 'subject' | 'questioners'>;

export const UNKNOWN_TITLE = 'Titel onbekend';

export const displayTitle = (doc: Doc) => doc.title ?? UNKNOWN_TITLE;

/**
 * A list item's line: Kamervragen by who asked about what, "Jasper van Dijk (SP) over mensenhandel
 * met het oogmerk van orgaanverwijdering", so that the article the questions are about is not
 * taken for the paper; other papers by their title.
 */
export function headline(doc: Doc): string {
  if (doc.kind !== 'kamervragen' || !doc.questioners.length) return displayTitle(doc);
  const about = doc.subject ?? (doc.title ? doc.title.charAt(0).toLowerCase() + doc.title.slice(1) : null);
  return `${questionerList(doc.questioners)} over ${about ?? 'een onbekend onderwerp'}`;
}
