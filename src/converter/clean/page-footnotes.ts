// Footnote definitions printed at the bottom of PDF pages, numbered in order
// through the document, each after its marker in the text. Two shapes:
// - pdftotext-like: "1 Zembla, 13 september 2017 https://…", a block after a
//   blank line, or the number alone on its line and the text on the next ("1" /
//   "Hart van Nederland, …"), ending where the next page starts (a form feed, a
//   line that begins with a space), at a running footer, or at the end of the file;
// - pypdf: "1NOS, 22 januari 2024. (nos.nl/…", the number glued to the text,
//   in the lines just before the page footer ("ah-tk-…", "Tweede Kamer,
//   vergaderjaar …, Aanhangsel N").
import type { FurnitureRule, SourceLine } from '../types.ts';
import { parseLabel } from '../shared/label-lines.ts';
import { fail } from '../messages.ts';
import { pageStartTest, usualIndent } from './page-start.ts';

export interface PageFootnoteLines {
  number: number;
  /** Indexes into the source lines: the first holds the number and its text, the rest continue it. */
  lines: number[];
  /** Printed glued to its number ("1NOS, …"). */
  glued: boolean;
}

const SPACED_START = /^(\d{1,3})\s+\S/;
/** pdftotext prints a raised note number on a line of its own, the note's text on the next lines. */
const LONE_NUMBER = /^\s*(\d{1,3})\s*$/;
const MAX_BLOCK_LINES = 40;
/** Furniture that ends a pypdf page. */
const PAGE_FOOTER_RULES: ReadonlySet<FurnitureRule> = new Set([
  'running-footer',
  'document-identifier',
  'handelingen-imprint',
  'footer-spacing',
  'pagina-n-van-m',
]);
/** A line led by a year ("2024 was …", "2023 | Planbureau") never starts a glued definition. */
const YEAR_LED = /^(?:19|20)\d{2}(?!\d)/;

export function findPageFootnotes(
  file: string,
  lines: readonly SourceLine[],
  dropped: readonly (FurnitureRule | null)[],
): PageFootnoteLines[] {
  const glued = findGluedFootnotes(file, lines, dropped);
  return glued.length > 0 ? glued : findSpacedFootnotes(lines, dropped);
}

/** How a line starts a glued definition of note `n`: 'strict' ("1NOS"), 'digit' ("61823021 ENE …", "32024D27196"), or null. */
function gluedStart(text: string, n: number): 'strict' | 'digit' | null {
  const t = text.trimStart();
  const digits = String(n);
  if (!t.startsWith(digits) || YEAR_LED.test(t)) return null;
  const next = t.charAt(digits.length);
  if (next === '' || /[\s,.;:)%]/.test(next)) return null;
  return /\d/.test(next) ? 'digit' : 'strict';
}

/**
 * pypdf: for each page footer, the block of lines just before it that starts
 * with the next note's number glued to its text and holds no label. Later
 * notes of the block start with their own numbers; other lines continue the
 * note before them. A number glued to digits ("61823021 ENE …") starts a note
 * only inside a block, after the page's first note. When a page's last note is
 * visibly cut (a line-end hyphen, an open bracket), the line before the next
 * page's block continues it.
 */
function findGluedFootnotes(
  file: string,
  lines: readonly SourceLine[],
  dropped: readonly (FurnitureRule | null)[],
): PageFootnoteLines[] {
  const notes: PageFootnoteLines[] = [];
  const isFooter = (i: number) => dropped[i] !== null && PAGE_FOOTER_RULES.has(dropped[i]!);
  const usable = (i: number) => dropped[i] === null && lines[i]!.text.trim() !== '';
  const pageEnds: number[] = [];
  lines.forEach((_, i) => {
    if (isFooter(i) && (i === 0 || !isFooter(i - 1))) pageEnds.push(i);
  });
  if (pageEnds.length === 0) return notes;
  if (pageEnds.at(-1)! < lines.length && lines.slice(pageEnds.at(-1)!).some((_, k) => usable(pageEnds.at(-1)! + k)))
    pageEnds.push(lines.length);

  let pageStart = 0;
  for (const end of pageEnds) {
    const start = latestBlockStart(pageStart, end);
    const cut = notes.at(-1) && isCut(notes.at(-1)!);
    if (cut) {
      const before = previousUsable(start ?? end, pageStart);
      if (before !== null && parseLabel(lines[before]!.text) === null) notes.at(-1)!.lines.push(before);
    }
    if (start !== null) readBlock(start, end);
    pageStart = end;
    while (pageStart < lines.length && (isFooter(pageStart) || dropped[pageStart] !== null)) pageStart++;
  }
  return notes;

  function latestBlockStart(from: number, end: number): number | null {
    const expected = (notes.at(-1)?.number ?? 0) + 1;
    for (let s = end - 1; s >= Math.max(from, end - MAX_BLOCK_LINES); s--) {
      if (!usable(s)) continue;
      if (parseLabel(lines[s]!.text) !== null) return null;
      if (gluedStart(lines[s]!.text, expected) === 'strict') return s;
    }
    return null;
  }

  function readBlock(start: number, end: number): void {
    for (let j = start; j < end; j++) {
      if (!usable(j)) continue;
      const text = lines[j]!.text;
      const expected = (notes.at(-1)?.number ?? 0) + 1;
      const shape = gluedStart(text, expected);
      if (j === start || shape !== null) {
        notes.push({ number: expected, lines: [j], glued: true });
        continue;
      }
      const again = notes.find(
        (n) => gluedStart(text, n.number) === 'strict' && /^\d+[\p{Lu}«"“(]|^\d+https?:/u.test(text.trimStart()),
      );
      if (again) {
        const first = lines[again.lines[0]!]!.line;
        fail(
          file,
          { line: lines[j]!.line, column: 1 },
          `footnote ${again.number} is defined twice: here and at ${file}:${first}:1`,
          'duplicate-footnote',
          'Each footnote number is printed once; check the extract for a repeated page.',
        );
      }
      notes.at(-1)!.lines.push(j);
    }
  }

  function previousUsable(index: number, from: number): number | null {
    for (let i = index - 1; i >= from; i--) if (usable(i)) return i;
    return null;
  }

  function isCut(note: PageFootnoteLines): boolean {
    const text = note.lines.map((i) => lines[i]!.text.trim()).join(' ');
    const opened = (text.match(/[(«“]/g) ?? []).length > (text.match(/[)»”]/g) ?? []).length;
    return /[\p{L}\p{N}]-$/u.test(text) || opened;
  }
}

/**
 * pdftotext-like: a block of notes at the foot of a page, each led by its
 * number — before its text ("1 Zembla, …") or alone on its line, the text on
 * the next lines ("1" / "Hart van Nederland, …", as pdftotext prints raised
 * numbers) — ending where the page does.
 */
function findSpacedFootnotes(
  lines: readonly SourceLine[],
  dropped: readonly (FurnitureRule | null)[],
): PageFootnoteLines[] {
  const notes: PageFootnoteLines[] = [];
  const isBlank = (i: number) => lines[i]!.text.trim() === '';
  // Form feeds say for sure where pages start; pdftotext -layout indents whole pages, so indentation would mislead there.
  const isPageStart = lines.some((l) => l.pageStart === true)
    ? (i: number) => lines[i]!.pageStart === true
    : pageStartTest(lines);
  // A paper whose every line is indented prints its notes with that indentation too.
  const indent = usualIndent(lines);
  const definitionStart = (i: number): { number: number; alone: boolean } | null => {
    const text = lines[i]!.text;
    const alone = LONE_NUMBER.exec(text);
    // A note's lone number beside the page footer reads as a page number to the furniture rules; its marker and text tell.
    if (alone && (dropped[i] === null || dropped[i] === 'page-number'))
      return { number: Number(alone[1]), alone: true };
    if (dropped[i] !== null) return null;
    const spaced = SPACED_START.exec(text.slice(Math.min(indent, text.length - text.trimStart().length)));
    return spaced ? { number: Number(spaced[1]), alone: false } : null;
  };
  let expected = 1;
  let i = 0;
  while (i < lines.length) {
    const first = definitionStart(i);
    const end = first?.number === expected ? blockEnd(i, first.alone) : -1;
    if (end === -1) {
      i++;
      continue;
    }
    if (first!.alone) readLoneBlock(i, end);
    else readSpacedBlock(i, end);
    i = end;
  }
  return notes;

  /**
   * Where the block of notes that line `start` opens ends, or -1 when it opens none. "1 Zembla, …" opens one
   * after a blank line or furniture, unless it reads as a numbered list. A number alone on its line opens one
   * only after its marker, with text after it: else it is a page number, or a marker that an extractor printed
   * on a line of its own.
   */
  function blockEnd(start: number, alone: boolean): number {
    if (
      alone
        ? opensPage(start) || !markedBefore(start, expected)
        : !(start === 0 || isBlank(start - 1) || dropped[start - 1] !== null)
    )
      return -1;
    const end = pageFoot(start);
    if (end === -1) return -1;
    if (alone) return hasText(start, end) ? end : -1;
    return !markedBefore(start, expected) && looksLikeList(start, end) ? -1 : end;
  }

  /** "1 Zembla, …": a line led by the next number starts a note, other lines continue the one before. */
  function readSpacedBlock(start: number, end: number): void {
    for (let j = start; j < end; j++) {
      if (isBlank(j)) continue;
      const definition = definitionStart(j);
      // In a block of spaced notes, a number alone on its line is text ("2019").
      if (definition?.number === expected && !definition.alone) {
        notes.push({ number: expected, lines: [j], glued: false });
        expected++;
      } else if (dropped[j] === null) notes.at(-1)!.lines.push(j);
    }
  }

  /**
   * "1" / "Hart van Nederland, …": a lone number starts a note, text lines continue it ("10 miljoen euro …" is
   * text). pdftotext does not always print a page's numbers in order or beside their texts, so the block takes
   * the run of numbers from the next one on, in any order, and gives each text line to the first number still
   * without text, else to the number before it: a column of numbers before their texts ("1" "2" / "Kamerstuk …"
   * "Kamerstuk …") pairs up in order. A number printed after all the texts ("5" text text "7" text "6") takes the
   * last line of the note before it, as it is that note's second text that has no number.
   */
  function readLoneBlock(start: number, end: number): void {
    const numbers = new Map<number, number>();
    for (let j = start; j < end; j++) {
      const definition = definitionStart(j);
      if (definition?.alone && definition.number >= expected && !numbers.has(definition.number))
        numbers.set(definition.number, j);
    }
    let last = expected;
    while (numbers.has(last + 1)) last++;
    const block: PageFootnoteLines[] = [];
    const waiting: PageFootnoteLines[] = [];
    for (let j = start; j < end; j++) {
      if (isBlank(j)) continue;
      const n = definitionStart(j)?.number;
      if (n !== undefined && n <= last && numbers.get(n) === j) {
        const note = { number: n, lines: [j], glued: false };
        block.push(note);
        waiting.push(note);
      } else if (dropped[j] === null) (waiting.shift() ?? block.at(-1)!).lines.push(j);
    }
    block.sort((a, b) => a.number - b.number);
    for (const note of waiting) {
      const before = block.find((other) => other.number === note.number - 1);
      if (before && before.lines.length > 2) note.lines.push(before.lines.pop()!);
    }
    // A number left with no text is no note, but still counts, unless it may be the page's number.
    notes.push(...block.filter((note) => note.lines.length > 1));
    const counted = block.filter((note) => note.lines.length > 1 || dropped[note.lines[0]!] === null);
    expected = Math.max(...counted.map((note) => note.number)) + 1;
  }

  /** The line is the first of its page, after any furniture: a number there is the page's own. */
  function opensPage(index: number): boolean {
    for (let j = index; j >= 0; j--) {
      if (isPageStart(j)) return true;
      if (j < index && !isBlank(j) && dropped[j] === null) return false;
    }
    return true;
  }

  /** A line of text follows the lone number at `index` before `end`, after any lone numbers that count on from it. */
  function hasText(index: number, end: number): boolean {
    let next = Number(LONE_NUMBER.exec(lines[index]!.text)![1]) + 1;
    for (let j = index + 1; j < end; j++) {
      if (isBlank(j)) continue;
      const lone = LONE_NUMBER.exec(lines[j]!.text);
      if (lone && Number(lone[1]) === next) next++;
      else if (dropped[j] === null) return lone === null;
    }
    return false;
  }

  /** Where the page of line `start` ends — its footer, the next page, the end of the file — or -1 when a label comes first. */
  function pageFoot(start: number): number {
    for (let j = start + 1; j <= Math.min(lines.length, start + MAX_BLOCK_LINES); j++) {
      if (j === lines.length) return j;
      // Not at the paper's identifier or imprint: pdftotext prints a note's text after those ("1" / "ah-tk-…" / "Overheid.nl, …").
      if (dropped[j] === 'running-footer' || dropped[j] === 'pagina-n-van-m') return j;
      if (isPageStart(j)) return j;
      if (parseLabel(lines[j]!.text) !== null) return -1;
    }
    return -1;
  }

  /**
   * A numbered list just before a page break ("De maatregelen:" / "1 meer
   * toezicht;" / "2 betere opvang.") is text, not notes: it has no marker before
   * it, and reads as a list — introduced by a colon, or items that start in
   * lower case or end in ";" or ",". A block without a marker that reads as
   * notes stays notes, so the missing marker is reported.
   */
  function looksLikeList(start: number, end: number): boolean {
    let previous = start - 1;
    while (previous >= 0 && isBlank(previous)) previous--;
    const items = [];
    for (let j = start; j < end; j++) if (definitionStart(j)?.alone === false) items.push(lines[j]!.text.trim());
    return (
      (previous >= 0 && /:$/.test(lines[previous]!.text.trim())) ||
      items.some((t) => /^\d+\s+\p{Ll}/u.test(t)) ||
      items.slice(0, -1).some((t) => /[;,]$/.test(t))
    );
  }

  /**
   * A definition follows its marker: the number glued to a word or punctuation ("staan?1", "NRM4"), to a year
   * or to a code that ends in a digit ("7 november 20231", "2022–202813", "NIS24"), or standing after a comma,
   * somewhere in the text before.
   */
  function markedBefore(index: number, n: number): boolean {
    const marker = new RegExp(
      `(?:[\\p{L}.?!,;:»”’)"']|[,;:)]\\s|(?<!\\d)(?:19\\d|20[0-2])\\d|\\p{L}\\p{N}{1,8})${n}(?!\\d)`,
      'u',
    );
    const inNotes = new Set(notes.flatMap((note) => note.lines));
    for (let j = 0; j < index; j++)
      if (dropped[j] === null && !inNotes.has(j) && marker.test(lines[j]!.text)) return true;
    return false;
  }
}
