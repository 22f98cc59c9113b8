// Footnote definitions printed at the bottom of PDF pages, numbered in order
// through the document. Two shapes:
// - pdftotext-like: "1 Zembla, 13 september 2017 https://…", a block after a
//   blank line that ends where the next page starts (a line that begins with a
//   space), at a running footer, or at the end of the file;
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

/** pdftotext-like: "N text" blocks after a blank line, ending where the next page starts. */
function findSpacedFootnotes(
  lines: readonly SourceLine[],
  dropped: readonly (FurnitureRule | null)[],
): PageFootnoteLines[] {
  const notes: PageFootnoteLines[] = [];
  const isBlank = (i: number) => lines[i]!.text.trim() === '';
  const isPageStart = pageStartTest(lines);
  // A paper whose every line is indented prints its notes with that indentation too.
  const indent = usualIndent(lines);
  const definitionStart = (i: number) =>
    SPACED_START.exec(
      lines[i]!.text.slice(Math.min(indent, lines[i]!.text.length - lines[i]!.text.trimStart().length)),
    );
  let expected = 1;
  let i = 0;
  while (i < lines.length) {
    const match = definitionStart(i);
    const startsBlock =
      match &&
      Number(match[1]) === expected &&
      dropped[i] === null &&
      (i === 0 || isBlank(i - 1) || dropped[i - 1] !== null);
    let end = startsBlock ? blockEnd(i) : -1;
    if (end !== -1 && !markedBefore(i, expected) && looksLikeList(i, end)) end = -1;
    if (end === -1) {
      i++;
      continue;
    }
    let current: PageFootnoteLines | null = null;
    for (let j = i; j < end; j++) {
      if (isBlank(j) || dropped[j] !== null) continue;
      const start = definitionStart(j);
      if (start && Number(start[1]) === expected) {
        current = { number: expected, lines: [j], glued: false };
        notes.push(current);
        expected++;
      } else current!.lines.push(j);
    }
    i = end;
  }
  return notes;

  /** Index where a footnote block starting at `start` ends, or -1 when what follows is not a footnote block. */
  function blockEnd(start: number): number {
    for (let j = start + 1; j <= Math.min(lines.length, start + MAX_BLOCK_LINES); j++) {
      if (j === lines.length) return j;
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
    for (let j = start; j < end; j++) if (dropped[j] === null && definitionStart(j)) items.push(lines[j]!.text.trim());
    return (
      (previous >= 0 && /:$/.test(lines[previous]!.text.trim())) ||
      items.some((t) => /^\d+\s+\p{Ll}/u.test(t)) ||
      items.slice(0, -1).some((t) => /[;,]$/.test(t))
    );
  }

  /** A definition follows its marker: the number glued to a word or punctuation ("staan?1", "NRM4") or standing after a comma, somewhere in the text before. */
  function markedBefore(index: number, n: number): boolean {
    const marker = new RegExp(`(?:[\\p{L}.?!,;:»”’)"']|[,;:)]\\s)${n}(?!\\d)`, 'u');
    const inNotes = new Set(notes.flatMap((note) => note.lines));
    for (let j = 0; j < index; j++)
      if (dropped[j] === null && !inNotes.has(j) && marker.test(lines[j]!.text)) return true;
    return false;
  }
}
