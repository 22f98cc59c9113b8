// Stage 3 of 11: drop page furniture (and only that), set page-bottom footnotes
// aside, and rejoin the text into blocks.
import type { CleanDocument, DetectedDocument, HyphenDecision, RawFootnote } from '../types.ts';
import { assembleBlocks } from './blocks.ts';
import { findFurniture } from './furniture.ts';
import { splitGluedWords } from './glued-words.ts';
import type { SpellChecker } from '../shared/speller.ts';
import { buildVocabulary } from './hyphenation.ts';
import { appendLine, startText, type JoinContext } from './join.ts';
import { findPageFootnotes } from './page-footnotes.ts';

export function clean(document: DetectedDocument, speller: SpellChecker): CleanDocument {
  const { kind, layout } = document;
  const furniture = findFurniture(document.lines, kind, layout);
  // Furniture stays as printed: other rules match it raw.
  const glued = splitGluedWords(document.lines, (i) => furniture.dropped[i] === null, speller, document.textChanges);
  const lines = glued.lines;
  const decisions: HyphenDecision[] = [];
  const context: JoinContext = { vocabulary: buildVocabulary(lines.map((l) => l.text)), speller, decisions };

  const pageNotes = layout === 'pdf' ? findPageFootnotes(document.file, lines, furniture.dropped) : [];
  const footnoteLines = new Set(pageNotes.flatMap((note) => note.lines));
  const footnotes: RawFootnote[] = pageNotes.map((note) => {
    const [first, ...rest] = note.lines;
    const running = startText(lines[first!]!);
    for (const index of rest) appendLine(running, lines[index]!, context);
    // Drop the printed number: "1 Zembla, …" → "Zembla, …", "1NOS, …" → "NOS, …".
    const prefix = note.glued ? String(note.number).length : /^\d+\s+/.exec(running.text)![0].length;
    const segments = running.segments
      .map((s, i) => (i === 0 ? { ...s, offset: 0, column: s.column + prefix } : { ...s, offset: s.offset - prefix }))
      // A number alone on its line ("1" / "Hart van Nederland, …") leaves that line no text: the note starts on the next.
      .filter((s, i, all) => all[i + 1]?.offset !== s.offset);
    return { number: note.number, glued: note.glued, text: running.text.slice(prefix), segments };
  });

  const noteLines = new Set([...footnoteLines].map((i) => lines[i]!.line));
  const blocks = assembleBlocks(
    {
      lines,
      dropped: furniture.dropped,
      footnoteLines,
      kind,
      layout,
      markerLines: pageNotes.some((note) => note.glued),
    },
    context,
  );
  return {
    ...document,
    lines,
    textChanges: [...document.textChanges, ...glued.changes],
    blocks,
    footnotes,
    footnoteLines: [...noteLines].sort((a, b) => a - b),
    // A note's number that the furniture rules took for a page number is the note's.
    furniture: furniture.removals.filter((r) => !noteLines.has(r.line)),
    hyphenation: decisions,
    letterhead: furniture.letterhead,
  };
}
