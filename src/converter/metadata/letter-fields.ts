// The labelled fields of a ministry letterhead, read from the raw source lines (the clean stage
// drops them from the body as furniture):
//   "Datum 30 mei 2023", "Betreft Herijkte missies …", "Onderwerp Draagmoederschap",
//   "Ons kenmerk" / "5687928/11", "Kenmerk" / "IENW/BSK-2023/33017".
// A field prints its label and value side by side, or the label with its value below; a Word
// table or a PDF column puts them in cells of one line. The same file serves a letter and the
// cover letter of a ministry's answers to Kamervragen.
import { parseDutchDate } from '../../lib/printed-dates.ts';
import type { SourceLine } from '../types.ts';

export interface LetterField {
  text: string;
  line: number;
}

export interface LetterFields {
  /** "Datum": the day the letter is signed, as ISO date. */
  date: LetterField | null;
  /** "Betreft" or "Onderwerp", continued over the lines that stand before the salutation. */
  subject: LetterField | null;
  /** "Ons kenmerk" or "Kenmerk": the ministry's own reference. */
  kenmerk: LetterField | null;
}

type Label = keyof LetterFields;

const LABELS: readonly [Label, RegExp][] = [
  ['date', /^Datum$/u],
  ['subject', /^(?:Betreft|Onderwerp)$/u],
  // "Uw kenmerk" is the addressee's reference, not the letter's.
  ['kenmerk', /^(?:Ons\s+kenmerk|Kenmerk|Onze\s+referentie)$/u],
];
/** "Datum 30 mei 2023": a label and its value in one cell. */
const LABELLED = /^(Datum|Betreft|Onderwerp|Ons\s+kenmerk|Kenmerk|Onze\s+referentie)\s+(\S.*)$/u;
/** "Geachte Voorzitter,": the letter's body begins; its fields stand above. */
const SALUTATION = /^Geachte\b/u;
/** A lone label's value stands in one of the next few cells; further on is other text. */
const VALUE_REACH = 4;
/** A wrapped subject runs over at most this many more lines. */
const SUBJECT_CONTINUATION = 2;

interface Cell {
  text: string;
  /** Index of its source line. */
  index: number;
}

/**
 * A line's printed cells: Word tables exported as text (pandoc's "| … | … |" and "+---+" rules)
 * and PDF columns laid out side by side (a gap of three or more spaces, or a tab) separate them.
 */
function printedCells(text: string): string[] {
  if (/^[-=+:|\s]*$/u.test(text) && /[-=]{3}/u.test(text)) return [];
  return text
    .split(/\||\t|\s{3,}/u)
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '');
}

const labelOf = (cell: string): Label | null => LABELS.find(([, pattern]) => pattern.test(cell))?.[0] ?? null;
const isLabel = (cell: string) => labelOf(cell) !== null || LABELLED.test(cell);

/**
 * The first of each field the paper prints: the letterhead of page 1 comes before the page
 * headers that repeat (or, in a stale Word field, contradict) it. The date and subject are read
 * above the salutation when there is one, and above `end` (an answer file's first question); the
 * kenmerk anywhere, since a PDF's letterhead column can land in the middle of the text.
 */
export function readLetterFields(lines: readonly SourceLine[], end = lines.length): LetterFields {
  const cells: Cell[] = lines.flatMap((line, index) => printedCells(line.text).map((text) => ({ text, index })));
  const salutation = lines.findIndex((line) => SALUTATION.test(line.text.trim()));
  const top = Math.min(end, salutation === -1 ? lines.length : salutation);
  const fields: LetterFields = { date: null, subject: null, kenmerk: null };
  const found = (label: Label, value: Cell) => {
    const field = fieldValue(label, value, lines, salutation);
    if (field && !fields[label] && (label === 'kenmerk' || value.index < top)) fields[label] = field;
  };
  // Labels may stand stacked above their values ("Datum", "Onderwerp X", "1 maart 2011"): each
  // lone label takes the next cell that is no label, in the order the labels stand.
  const pending: { label: Label; at: number }[] = [];
  for (const [i, cell] of cells.entries()) {
    const labelled = LABELLED.exec(cell.text);
    const label = labelOf(cell.text);
    if (labelled) found(labelOf(labelled[1]!)!, { text: labelled[2]!, index: cell.index });
    else if (label) pending.push({ label, at: i });
    else {
      while (pending.length && i - pending[0]!.at > VALUE_REACH) pending.shift();
      const taker = pending.shift();
      if (taker) found(taker.label, cell);
    }
  }
  return fields;
}

function fieldValue(label: Label, value: Cell, lines: readonly SourceLine[], salutation: number): LetterField | null {
  const line = lines[value.index]!.line;
  if (label === 'date') {
    const date = parseDutchDate(value.text);
    return date ? { text: date, line } : null;
  }
  if (label === 'kenmerk') {
    // "Ons kenmerk -": the field is left empty. A PDF of a letter-spaced font splits capitals ("I E NW/BSK-2023/33017").
    if (!/[\p{L}\d]/u.test(value.text)) return null;
    return { text: value.text.replace(/\b(\p{Lu}) (?=\p{Lu})/gu, '$1'), line };
  }
  return { text: subjectFrom(value, lines, salutation), line };
}

/**
 * "Betreft Nationaal Programma Circulaire Economie 2023-2030" / "(NPCE) incl. kabinetsreactie …" /
 * "Geachte voorzitter,": a subject too long for its column runs on below it. Only lines that lead
 * straight to the salutation are its continuation; anything else may be a column beside it.
 */
function subjectFrom(value: Cell, lines: readonly SourceLine[], salutation: number): string {
  const next = lines.slice(value.index + 1, salutation === -1 ? value.index + 1 : salutation);
  const rest = next.map((l) => l.text.trim()).filter((t) => t !== '');
  const continues =
    salutation > value.index &&
    rest.length <= SUBJECT_CONTINUATION &&
    rest.every((t) => printedCells(t).length === 1 && !isLabel(t));
  return (continues ? [value.text, ...rest] : [value.text]).join(' ').replace(/\s+/gu, ' ').trim();
}
