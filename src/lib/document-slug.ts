// Document permalinks derive from the paper's own official identifiers (what it
// prints about itself, or seeds/catalog.yaml; never a "Zie ook" paper's number),
// never from the seed's file name, so they survive renames and re-exports:
//   Aanhangsel Handelingen 2017–2018, nr. 172 → ah-tk-20172018-172
//   Kamervragen registration number            → 2024Z19016
//   Kamerstuk 28 638, nr. 240                  → kst-28638-240
// (their formats: src/lib/paper-ids.ts). Fallback, for papers without one: kind,
// main date and kenmerk when known, e.g. brief-2017-02-13-10008,
// schriftelijk-overleg-2024-05-16, kamervragen-2017-11-10.
// A paper of no known kind (overig) without an id or kenmerk has nothing else that
// tells two of them apart (two moties of one day print the same masthead): its slug
// is its title, or else its opening words, and a digest of every word it prints,
// e.g. overig-zonder-datum-tweede-kamer-der-staten-generaal-2-3f9a1c0b.
// Another paper with none of these gets kind + "zonder-datum"; two papers that end
// up with the same slug are an error (add a catalog fact to tell them apart).
import { createHash } from 'node:crypto';
import { mainDate, type DocumentFrontmatter } from '../schema/document.ts';
import { paperSlug } from './paper-ids.ts';

type SlugInput = Pick<DocumentFrontmatter, 'kind' | 'identifiers' | 'dates' | 'title'>;

/** Words of the slug taken from a title or the opening: enough to read, short enough for a URL. */
const NAME_WORDS = 6;

/**
 * The permalink slug. `printedWords` are the words the paper prints, in order (src/converter/metadata
 * gives them); only a paper of kind overig without an id or kenmerk needs them.
 */
export function permalinkSlug(meta: SlugInput, printedWords: readonly string[] = []): string {
  const own = paperSlug(meta.identifiers);
  if (own) return own;
  const { kenmerk } = meta.identifiers;
  const date = mainDate(meta) ?? 'zonder-datum';
  if (kenmerk) return `${meta.kind}-${date}-${kenmerk.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  if (meta.kind !== 'overig') return `${meta.kind}-${date}`;
  const name = asciiSlug(meta.title ?? printedWords.slice(0, 4 * NAME_WORDS).join(' '))
    .toLowerCase()
    .split('-')
    .slice(0, NAME_WORDS)
    .join('-');
  // The digest of the words, not of the bytes: the same paper with other line ends or spacing keeps its slug.
  const digest = createHash('sha256').update(printedWords.join(' ')).digest('hex').slice(0, 8);
  return [meta.kind, date, name, digest].filter(Boolean).join('-');
}

/** "Financiële markten" → "Financiele-markten": a slug holds ASCII letters and digits only. */
function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
