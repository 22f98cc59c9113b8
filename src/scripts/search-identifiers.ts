// Paper identifiers as search finds them. The build writes tokens into the copy of each page
// Pagefind indexes: at every citation of a paper the tokens of the paper cited, at the page's
// own citation ("Vindplaats") the tokens of the page's own identifiers. A query that is an
// identifier, typed in any of the forms papers and readers use, becomes those tokens, so the
// search page can put the paper it names first, then the papers that cite it.
//   "kst-28638-183", "Kamerstuk 28 638, nr. 183"             → the paper kst-28638-183
//   "ah-tk-20232024-1280", "Aanhangsel Handelingen II 2023/24, nr. 1280" → the paper ah-tk-20232024-1280
//   "28638", "28 638", "36410-VI"                              → dossier 28638: its papers, then papers citing them
//   "nr. 1280"                                                 → papers numbered 1280, then papers citing one
//   "2024Z19016", a kenmerk                                    → the paper that prints it as its own
import type { DocumentFrontmatter } from '../schema/document.ts';
import { findReferences, paperId } from '../lib/references.ts';
import { dossierId, KAMERVRAGEN_NUMBER, ownPaperIds, parseKamerstukId, paperNumber } from '../lib/paper-ids.ts';

/**
 * A token is one word of letters only, never a word of the papers: Pagefind cuts a word where
 * letters meet digits ("2024z19016" is three words to it), so each digit is written as "q" and a
 * letter ("183" → "qbqiqd"). It ends in "zz" because Pagefind matches the start of a word:
 * "ownnr183" would also find "ownnr1830".
 */
const token = (kind: 'own' | 'ref', what: string, value: string) =>
  `${kind}${what}${value
    .toLocaleLowerCase('nl')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/\d/g, (digit) => `q${String.fromCharCode(97 + Number(digit))}`)}zz`;

/** The tokens of one paper's identity: its id, its number, and its dossier for a Kamerstuk. */
function paperTokens(kind: 'own' | 'ref', id: string): string[] {
  const tokens = [token(kind, 'id', id), token(kind, 'nr', String(paperNumber(id)))];
  const kamerstuk = parseKamerstukId(id);
  if (kamerstuk) tokens.push(token(kind, 'dossier', dossierId(kamerstuk.dossier).split('-')[0]!));
  return tokens;
}

/** Written at a citation of the paper `id`, with every dossier the citation names. */
export const citedTokens = (id: string, dossiers: readonly string[] = []): string[] => [
  ...new Set([...paperTokens('ref', id), ...dossiers.map((d) => token('ref', 'dossier', d.split('-')[0]!))]),
];

/** Written at a page's own citation: its official ids, its Kamervragen number and its kenmerk. */
export function ownTokens(identifiers: DocumentFrontmatter['identifiers']): string[] {
  const tokens = ownPaperIds(identifiers).flatMap((id) => paperTokens('own', id));
  if (identifiers.kamervragen) tokens.push(token('own', 'id', identifiers.kamervragen));
  if (identifiers.kenmerk) tokens.push(token('own', 'kenmerk', identifiers.kenmerk));
  return tokens;
}

export interface IdentifierQuery {
  /** Tokens of pages that are the paper named, best first. */
  own: string[];
  /** Tokens of pages that cite it. */
  cited: string[];
}

const PAPER_ID = /^(?:kst-[\dA-Z-]+-\d+|ah-tk-\d{8}-\d+)$/i;
const DOSSIER = /^(\d{2})\s?(\d{3})(?:[\s-]([IVXLC]+))?$/i;
const NUMBER = /^(?:nr|nummer)\.?\s*(\d+)$/i;
/** A kenmerk as letters print it: digits, perhaps with letters, dashes or slashes ("10008", "2024-0000123456"). */
const KENMERK = /^(?=.*\d)[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)*$/u;

/** The tokens a query stands for when it is an identifier, else null: then it is searched as words. */
export function identifierQuery(query: string): IdentifierQuery | null {
  const q = query.trim().replace(/[.,;]$/, '');
  if (!q) return null;
  const paper = PAPER_ID.test(q) ? q : citedPaper(q);
  if (paper) return { own: [token('own', 'id', paper)], cited: [token('ref', 'id', paper)] };
  if (KAMERVRAGEN_NUMBER.test(q.toUpperCase())) return { own: [token('own', 'id', q)], cited: [token('ref', 'id', q)] };
  const dossier = DOSSIER.exec(q);
  if (dossier) {
    const number = `${dossier[1]}${dossier[2]}`;
    return {
      own: [token('own', 'dossier', number), token('own', 'kenmerk', q)],
      cited: [token('ref', 'dossier', number)],
    };
  }
  const numbered = NUMBER.exec(q);
  if (numbered) return { own: [token('own', 'nr', numbered[1]!)], cited: [token('ref', 'nr', numbered[1]!)] };
  if (KENMERK.test(q) && /^\d|\d$/.test(q)) return { own: [token('own', 'kenmerk', q)], cited: [] };
  return null;
}

/** The paper a pasted citation names, when the query is that citation and nothing more. */
function citedPaper(query: string): string | null {
  const found = findReferences(query).filter((f) => f.reference.type !== 'ibidem');
  if (found.length !== 1) return null;
  const { start, end, reference } = found[0]!;
  if (reference.type === 'ibidem' || query.slice(0, start).trim() || query.slice(end).replace(/[\s.,;)]+/g, ''))
    return null;
  return paperId(reference);
}
