// Footnote definitions printed at the bottom of PDF pages: "1 Zembla, 13
// september 2017 https://…", numbered in order through the document, ending
// where the next page starts (a line that begins with a space), at a running
// footer, or at the end of the file.
import type { FurnitureRule, SourceLine } from '../types.ts';
import { parseLabel } from '../labels.ts';

export interface PageFootnoteLines {
  number: number;
  /** Indexes into the source lines: the first holds "N text", the rest continue it. */
  lines: number[];
}

const DEFINITION_START = /^(\d{1,3})\s+\S/;
const MAX_BLOCK_LINES = 40;

export function findPageFootnotes(lines: readonly SourceLine[], dropped: readonly (FurnitureRule | null)[]): PageFootnoteLines[] {
  const notes: PageFootnoteLines[] = [];
  const isBlank = (i: number) => lines[i]!.text.trim() === '';
  const isPageStart = (i: number) => lines[i]!.pageStart === true || /^\s+\S/.test(lines[i]!.text);
  let expected = 1;
  let i = 0;
  while (i < lines.length) {
    const match = DEFINITION_START.exec(lines[i]!.text);
    const startsBlock = match && Number(match[1]) === expected && dropped[i] === null && (i === 0 || isBlank(i - 1) || dropped[i - 1] !== null);
    const end = startsBlock ? blockEnd(i) : -1;
    if (end === -1) {
      i++;
      continue;
    }
    let current: PageFootnoteLines | null = null;
    for (let j = i; j < end; j++) {
      if (isBlank(j) || dropped[j] !== null) continue;
      const start = DEFINITION_START.exec(lines[j]!.text);
      if (start && Number(start[1]) === expected) {
        current = { number: expected, lines: [j] };
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
}
