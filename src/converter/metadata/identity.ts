// A paper's own number, read from what it prints about itself in its raw source
// lines (the page furniture of the official PDF, which the clean stage drops
// from the body): never from a "Zie ook …" line, which names another paper.
//   first-page header: "Vergaderjaar 2023–2024  Aanhangsel van de Handelingen",
//                      "… regering gegeven antwoorden", then "1031" on a line of its own
//   page footer:       "ah-tk-20232024-1031" on a line of its own
// and a Kamerstuk's id, which its official PDF prints bottom left: "kst-32545-143" on a line of its own.
import { dossierLabel, parseAanhangselId, parseKamerstukId, printedVergaderjaar } from '../../lib/paper-ids.ts';
import type { Aanhangsel, Kamerstuk } from '../../schema/document.ts';
import { fail } from '../messages.ts';
import type { SourceLine } from '../types.ts';

export interface PrintedIdentity {
  aanhangsel: Aanhangsel | null;
  /** The vergaderjaar the header or footer prints, also when no number is printed. */
  vergaderjaar: string | null;
  /** Why no number was read, for the build report; null when one was. */
  unknownReason: string | null;
  /** The Kamerstuk the paper prints itself as; null when it prints none, or two different ones. */
  kamerstuk: Kamerstuk | null;
}

/** "Vergaderjaar 2023–2024  Aanhangsel van de Handelingen" (the years may be glued to the words around them). */
const HEADER_YEAR = /^\s*Vergaderjaar\s*(\d{4})\s*[–-]\s*(\d{4})\s*Aanhangsel\s*van\s*de\s*Handelingen\s*$/u;
/** "… met de daarop door de regering gegeven antwoorden", the line before the number. */
const HEADER_LEAD = /gegeven\s*antwoorden\s*$/u;
const HEADER_NUMBER = /^\s*(\d{1,5})\s*$/u;

interface Sighting {
  aanhangsel: Aanhangsel;
  line: SourceLine;
}

export function readPrintedIdentity(file: string, lines: readonly SourceLine[]): PrintedIdentity {
  const header = headerNumber(lines);
  const footers = lines.flatMap((line): Sighting[] => {
    // Only a line that is wholly the identifier: a cited URL ".../ah-tk-20232024-123.html" is another paper.
    const aanhangsel = parseAanhangselId(line.text.trim());
    return aanhangsel ? [{ aanhangsel, line }] : [];
  });
  const sightings = [...(header.sighting ? [header.sighting] : []), ...footers];
  const [first, ...rest] = sightings;
  for (const other of rest) {
    if (same(first!.aanhangsel, other.aanhangsel)) continue;
    fail(
      file,
      { line: other.line.line },
      `the paper prints two different numbers of its own: line ${first!.line.line} "${first!.line.text.trim()}" and line ${other.line.line} "${other.line.text.trim()}"`,
      'identity-conflict',
      'Check the source against the official publication; correct the export, or state the number in seeds/catalog.yaml.',
    );
  }
  const vergaderjaar = first?.aanhangsel.vergaderjaar ?? header.vergaderjaar;
  const kamerstuk = printedKamerstuk(lines);
  if (first) return { aanhangsel: first.aanhangsel, vergaderjaar, unknownReason: null, kamerstuk };
  const unknownReason = header.number
    ? `the header prints nr. ${header.number.text.trim()} (line ${header.number.line}) but no vergaderjaar, and there is no "ah-tk-…" footer line`
    : 'the paper prints no number of its own (no header number, no "ah-tk-…" footer line)';
  return { aanhangsel: null, vergaderjaar, unknownReason, kamerstuk };
}

/** "kst-32545-143" on a line of its own; a line that is more (a cited URL) names another paper. */
function printedKamerstuk(lines: readonly SourceLine[]): Kamerstuk | null {
  const ids = new Set(lines.flatMap((line) => (parseKamerstukId(line.text.trim()) ? [line.text.trim()] : [])));
  // Two different ones cannot both be its own: which one is would be a guess.
  const own = ids.size === 1 ? parseKamerstukId([...ids][0]!) : null;
  // The dossier as papers print it ("32 545"), as a catalog's kamerstuk gives it.
  return own && { dossier: dossierLabel(own.dossier), nummer: own.nummer };
}

const same = (a: Aanhangsel, b: Aanhangsel) => a.vergaderjaar === b.vergaderjaar && a.nummer === b.nummer;

/** The first-page header: the number on the line after "… gegeven antwoorden", with the header's Vergaderjaar. */
function headerNumber(lines: readonly SourceLine[]): {
  sighting: Sighting | null;
  vergaderjaar: string | null;
  number: SourceLine | null;
} {
  let vergaderjaar: string | null = null;
  for (const [i, line] of lines.entries()) {
    // The header stands above the questions; anything after "Vragen van …" is the paper's text.
    if (/^\s*Vragen\s*van\b/u.test(line.text)) break;
    const year = HEADER_YEAR.exec(line.text);
    if (year) vergaderjaar = printedVergaderjaar(year[1]!, year[2]!) ?? vergaderjaar;
    if (!HEADER_LEAD.test(line.text)) continue;
    const next = lines.slice(i + 1).find((l) => l.text.trim() !== '');
    const number = next ? HEADER_NUMBER.exec(next.text) : null;
    if (!number || !next) break;
    const sighting = vergaderjaar ? { aanhangsel: { vergaderjaar, nummer: Number(number[1]) }, line: next } : null;
    return { sighting, vergaderjaar, number: next };
  }
  return { sighting: null, vergaderjaar, number: null };
}
