// Paper identifiers: the one home of their formats. Each kind as stored in the
// frontmatter, as an official id (which is also our permalink slug and the name
// of its page on zoek.officielebekendmakingen.nl), and as a reader reads it:
//   Aanhangsel  { vergaderjaar: "2023-2024", nummer: 1031 } ↔ ah-tk-20232024-1031
//               "Aanhangsel Handelingen 2023–2024, nr. 1031", cited "Aanhangsel Handelingen II 2023/24, nr. 1031"
//   Kamerstuk   { dossier: "36 200 XIV", nummer: 73 }     ↔ kst-36200-XIV-73, "Kamerstuk 36 200 XIV, nr. 73"
//   dossier     printed "28 638", "36 410 VI"             ↔ 28638, 36410-VI
//   Kamervragen registration number                       2024Z19016
// Finding citations in running text is src/lib/references.ts; the permalink rule is src/lib/document-slug.ts.
import type { Aanhangsel, DocumentFrontmatter, Kamerstuk } from '../schema/document.ts';

/** A vergaderjaar as stored: "2017-2018". */
export const VERGADERJAAR = /^\d{4}-\d{4}$/;
/** A paper of the Aanhangsel van de Handelingen by its official id: "ah-tk-20232024-1031". */
export const AANHANGSEL_ID = /^ah-tk-(\d{4})(\d{4})-(\d+)$/;
/** A Kamerstuk by its official id, with the dossier's sub-number if any: "kst-28638-240", "kst-36200-XIV-73". */
const KAMERSTUK_ID = /^kst-(\d+(?:-[IVXLC]+)?)-(\d+)$/;
/** The registration number of written questions: "2024Z19016". */
export const KAMERVRAGEN_NUMBER = /^\d{4}Z\d{5}$/;

/** A vergaderjaar as printed ("2011/12", "2016–2017"), stored: "2011", "12" → "2011-2012". */
export function vergaderjaarOf(first: string, second: string): string {
  const end = second.length === 2 ? `${first.slice(0, 2)}${second}` : second;
  return `${first}-${end}`;
}

/** The vergaderjaar a header or footer prints, when its two years follow each other ("2023", "2024"); else null. */
export const printedVergaderjaar = (first: string, second: string): string | null =>
  Number(second) === Number(first) + 1 ? `${first}-${second}` : null;

/** "2017-2018" → "2017–2018", as the papers print it. */
export const vergaderjaarLabel = (vergaderjaar: string) => vergaderjaar.replace('-', '–');

/** "2017-2018" → "2017/18", as citations write it. */
export const shortVergaderjaar = (vergaderjaar: string) => `${vergaderjaar.slice(0, 4)}/${vergaderjaar.slice(7, 9)}`;

/** { vergaderjaar: "2023-2024", nummer: 1031 } → "ah-tk-20232024-1031". */
export const aanhangselId = (aanhangsel: Aanhangsel) =>
  `ah-tk-${aanhangsel.vergaderjaar.replace('-', '')}-${aanhangsel.nummer}`;

/** "ah-tk-20232024-1031" → { vergaderjaar: "2023-2024", nummer: 1031 }; null for another kind or unrelated years. */
export function parseAanhangselId(id: string): Aanhangsel | null {
  const m = AANHANGSEL_ID.exec(id);
  const vergaderjaar = m ? printedVergaderjaar(m[1]!, m[2]!) : null;
  return vergaderjaar ? { vergaderjaar, nummer: Number(m![3]) } : null;
}

/** "Aanhangsel Handelingen II 2017/18, nr. 172", the paper's official citation. */
export const aanhangselCitation = (aanhangsel: Aanhangsel) =>
  `${aanhangselCollection(aanhangsel)}, nr. ${aanhangsel.nummer}`;

/** "Aanhangsel Handelingen II 2017/18": the volume a citation places the paper in. */
export const aanhangselCollection = (aanhangsel: Aanhangsel) =>
  `Aanhangsel Handelingen II ${shortVergaderjaar(aanhangsel.vergaderjaar)}`;

/** A dossier number as printed, "28 638" or "36 410 VI", as its id: "28638", "36410-VI". */
export const dossierId = (printed: string) => printed.replace(/\s+(?=[IVXLC]+$)/, '-').replace(/\s+/g, '');

/** "28638" → "28 638", "36410-VI" → "36 410 VI". */
export function dossierLabel(dossier: string): string {
  const [number, sub] = dossier.split('-');
  const spaced = number!.length === 5 ? `${number!.slice(0, 2)} ${number!.slice(2)}` : number!;
  return sub ? `${spaced} ${sub}` : spaced;
}

/** { dossier: "28 638", nummer: 240 } → "kst-28638-240". */
export const kamerstukId = (kamerstuk: Kamerstuk) => `kst-${dossierId(kamerstuk.dossier)}-${kamerstuk.nummer}`;

/** "kst-36200-XIV-73" → { dossier: "36200-XIV", nummer: 73 }; null for another kind of id. */
export function parseKamerstukId(id: string): Kamerstuk | null {
  const m = KAMERSTUK_ID.exec(id);
  return m ? { dossier: m[1]!, nummer: Number(m[2]) } : null;
}

/** A paper's reader's name from its official id; an id of no known kind is shown as it is. */
export function paperName(id: string): string {
  const kamerstuk = parseKamerstukId(id);
  if (kamerstuk) return `Kamerstuk ${dossierLabel(kamerstuk.dossier)}, nr. ${kamerstuk.nummer}`;
  const aanhangsel = parseAanhangselId(id);
  if (!aanhangsel) return id;
  return `Aanhangsel Handelingen ${vergaderjaarLabel(aanhangsel.vergaderjaar)}, nr. ${aanhangsel.nummer}`;
}

/** The paper's number within its series, the last part of its id: "kst-28638-240" → 240. */
export const paperNumber = (id: string) => Number(id.split('-').at(-1));

/** The official ids a document is itself published under: its own number, never a "Zie ook" paper's. */
export function ownPaperIds(identifiers: DocumentFrontmatter['identifiers']): string[] {
  const { aanhangsel, kamerstuk } = identifiers;
  return [...(aanhangsel ? [aanhangselId(aanhangsel)] : []), ...(kamerstuk ? [kamerstukId(kamerstuk)] : [])];
}

/** Our URL slug from the paper's own identifiers, first of Aanhangsel id, Kamervragen number, Kamerstuk id. */
export function paperSlug(identifiers: DocumentFrontmatter['identifiers']): string | null {
  const { aanhangsel, kamervragen, kamerstuk } = identifiers;
  if (aanhangsel) return aanhangselId(aanhangsel);
  if (kamervragen) return kamervragen;
  if (kamerstuk) return kamerstukId(kamerstuk);
  return null;
}

/** The paper's page on zoek.officielebekendmakingen.nl, by its official id. */
export const officialUrl = (id: string) => `https://zoek.officielebekendmakingen.nl/${id}.html`;
