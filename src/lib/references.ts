// Citations of parliamentary papers, as the papers print them, parsed into
// structured references with a link to the official publication.
//   "Kamerstukken II 2011/12, 31 839, 28 638, nr. 166"
//   "Kamerstuk 36 410 VI, nr. 85", "Kamerstukken II, 2023-2024, 28638, nr. 235"
//   "Aanhangsel Handelingen, vergaderjaar 2016–2017, nr. 2667, pag. 4"
//   "Ibidem, p. 307" (the work cited in the previous note)
// The ids they lead to are written by src/lib/paper-ids.ts.
import { aanhangselId, dossierId, kamerstukId, vergaderjaarOf } from './paper-ids.ts';

export type PaperReference =
  | {
      type: 'kamerstuk';
      /** Dossier numbers as printed without spaces, with any sub-number: "28638", "36410-VI". The first is the main dossier. */
      dossiers: string[];
      nummer: number;
      /** Parliamentary year as "2011-2012", when printed. */
      vergaderjaar: string | null;
      page: number | null;
    }
  | { type: 'aanhangsel'; vergaderjaar: string; nummer: number; page: number | null }
  | { type: 'ibidem'; page: number | null };

export interface FoundReference {
  start: number;
  end: number;
  reference: PaperReference;
}

const YEAR = String.raw`(\d{4})\s*[\/–-]\s*(\d{2}|\d{4})`;
const DOSSIER = String.raw`\d{2}\s?\d{3}(?:\s+[IVXLC]+\b|-[IVXLC]+\b)?`;
const PAGE = String.raw`(?:,\s*(?:p|pag|blz)\.\s*(\d+))?`;
const KAMERSTUK = new RegExp(
  String.raw`\bKamerstuk(?:ken)?(?:\s+I{1,2})?,?(?:\s+${YEAR},?)?\s+(${DOSSIER}(?:,\s*${DOSSIER})*),\s*nr\.?\s*(\d+)${PAGE}`,
  'gu',
);
const AANHANGSEL = new RegExp(
  String.raw`\bAanhangsel\s+Handelingen(?:\s+I{1,2})?,?\s+(?:vergaderjaar\s+)?${YEAR},?\s+nr\.?\s*(\d+)${PAGE}`,
  'gu',
);
const IBIDEM = new RegExp(String.raw`\bIbidem${PAGE}`, 'gu');

export function findReferences(text: string): FoundReference[] {
  const found: FoundReference[] = [];
  for (const m of text.matchAll(KAMERSTUK)) {
    const dossiers = m[3]!.split(/,\s*/).map(dossierId);
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      reference: {
        type: 'kamerstuk',
        dossiers,
        nummer: Number(m[4]),
        vergaderjaar: m[1] ? vergaderjaarOf(m[1], m[2]!) : null,
        page: m[5] ? Number(m[5]) : null,
      },
    });
  }
  for (const m of text.matchAll(AANHANGSEL)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      reference: {
        type: 'aanhangsel',
        vergaderjaar: vergaderjaarOf(m[1]!, m[2]!),
        nummer: Number(m[3]),
        page: m[4] ? Number(m[4]) : null,
      },
    });
  }
  for (const m of text.matchAll(IBIDEM)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      reference: { type: 'ibidem', page: m[1] ? Number(m[1]) : null },
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The official id of the cited paper, its main dossier's for a Kamerstuk: "kst-28638-240", "ah-tk-20162017-2667". */
export function paperId(reference: Exclude<PaperReference, { type: 'ibidem' }>): string {
  if (reference.type === 'aanhangsel') return aanhangselId(reference);
  return kamerstukId({ dossier: reference.dossiers[0]!, nummer: reference.nummer });
}
