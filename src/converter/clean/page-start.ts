// Where a fresh page begins in a PDF extract: after a form feed (the line is
// flagged when it is read), or, in pdftotext-like extracts, where a page's first
// line starts with a space. The test is relative to the document's usual
// indentation, so a paper whose every line begins with a space still has pages.
import type { SourceLine } from '../types.ts';

const indentOf = (text: string) => text.length - text.trimStart().length;

/** The indentation most of the document's non-blank lines have (on a tie the smaller one): 0 in nearly every paper. */
export function usualIndent(lines: readonly SourceLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines)
    if (l.text.trim() !== '') counts.set(indentOf(l.text), (counts.get(indentOf(l.text)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** A predicate on line indexes: true after a form feed, or where a line is indented more than most of the document's lines. */
export function pageStartTest(lines: readonly SourceLine[]): (index: number) => boolean {
  const usual = usualIndent(lines);
  return (index) => {
    const line = lines[index]!;
    return line.pageStart === true || (line.text.trim() !== '' && indentOf(line.text) > usual);
  };
}
