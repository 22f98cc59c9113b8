// Assembles the lines that remain after furniture and page footnotes are set
// aside into blocks: paragraphs, headings and labels, rejoining paragraphs that
// a page break cut in two.
import type { DocumentKind } from '../../schema/document.ts';
import {
  AD_HEADING,
  NUMBERED_HEADING,
  holdsColumns,
  isPlainHeading,
  isSectionTitle,
  parseLabel,
} from '../shared/label-lines.ts';
import type { FurnitureRule, Layout, SourceLine, TextBlock } from '../types.ts';
import { appendLine, startText, type JoinContext, type RunningText } from './join.ts';
import { pageStartTest } from './page-start.ts';

/** Furniture that sits where one page ends and the next begins. */
const PAGE_BREAK_RULES: ReadonlySet<FurnitureRule> = new Set([
  'pagina-n-van-m',
  'running-footer',
  'repeated-page-header',
  'letterhead-sidebar',
  'page-number',
  'document-identifier',
  'handelingen-imprint',
  'footer-spacing',
]);
/** pypdf prints a footnote marker on a line of its own after its sentence: "1", "1, 2", "6 7,". */
const MARKER_LINE = /^\d{1,3}(?:,?\s+\d{1,3})*,?$/;
/** pypdf starts a line with the marker of the sentence before it ("5 Deze wijze van formuleren …"): the line goes on with that paragraph. */
const MARKER_LED = /^\d{1,3}(?:,?\s+\d{1,3})*\s+\p{Lu}/u;
const ENDS_SENTENCE = /[.?!:;]["»”’)]?\d{0,3}$/;
/** A paragraph's last sentence ends here; a colon or semicolon leads on to a list instead. */
const ENDS_PARAGRAPH = /[.?!]["»”’)]?\d{0,3}$/;
const ENDS_IN_WORD_HYPHEN = /[\p{L}\p{N}]-$/u;
/** A line that leads on to what follows: a list after a colon, its items after a semicolon or comma. */
const LEADS_ON = /[:;,]$/;
const LIST_ITEM = /^(?:\d{1,2}[.)]|\(\d{1,2}\)|[a-z]\))\s+\S/;
/** A line that is only a web address: what follows it on a new page starts a new paragraph. */
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/;
/** A letter's closing formula is a paragraph of its own: "Met vriendelijke groet,", "Hoogachtend,". */
const CLOSING =
  /^(?:Met (?:vriendelijke|hartelijke|hoogachtende) groet(?:en)?|Hoogachtend|Met de meeste hoogachting),?$/;

interface Gap {
  /** Blank lines between the previous kept line and this one. */
  blank: number;
  /** Of those, lines holding only spaces: a paragraph break in double-spaced extracts. */
  whitespaceOnly: number;
  /** A page ended in between (page furniture, page footnotes, or a line that begins with a space). */
  pageBreak: boolean;
}

export interface BlockInput {
  lines: readonly SourceLine[];
  dropped: readonly (FurnitureRule | null)[];
  /** Source line indexes that hold page-bottom footnotes. */
  footnoteLines: ReadonlySet<number>;
  /** The footnotes are glued to their numbers (pypdf), whose markers stand on lines of their own. */
  markerLines: boolean;
  kind: DocumentKind;
  layout: Layout;
}

export function assembleBlocks(input: BlockInput, context: JoinContext): TextBlock[] {
  const { lines, dropped, footnoteLines, kind, layout, markerLines } = input;
  const isPageStart = pageStartTest(lines);
  const kept: { index: number; gap: Gap }[] = [];
  let gap: Gap = { blank: 0, whitespaceOnly: 0, pageBreak: false };
  lines.forEach((l, index) => {
    const rule = dropped[index];
    if (footnoteLines.has(index) || (rule && PAGE_BREAK_RULES.has(rule))) gap.pageBreak = true;
    else if (rule) return;
    else if (l.text.trim() === '') {
      gap.blank++;
      if (l.text !== '') gap.whitespaceOnly++;
    } else {
      if (layout === 'pdf' && isPageStart(index)) gap.pageBreak = true;
      kept.push({ index, gap });
      gap = { blank: 0, whitespaceOnly: 0, pageBreak: false };
    }
  });

  if (layout === 'word')
    return kept.map(({ index }) => block(roleOf(lines[index]!, true), startText(lines[index]!), isPageStart(index)));

  const doubleSpaced = isDoubleSpaced(kept.map((k) => k.gap));
  const width = lineWidth(kept.map(({ index }) => lines[index]!.text.trim().length));
  const blocks: TextBlock[] = [];
  let current: { block: TextBlock; running: RunningText; closed: boolean } | null = null;

  const lastTextLine = (k: number): string => {
    for (let j = k - 1; j >= 0; j--) {
      const text = lines[kept[j]!.index]!.text.trim();
      if (!(markerLines && MARKER_LINE.test(text))) return text;
    }
    return '';
  };

  /** The kept lines taken for headings so far. */
  const titleLines = new Set<number>();
  /**
   * A section title printed straight above its text ("Rapport" / "In het rapport wordt …"): a short
   * line after a paragraph's last sentence, with a paragraph's text after it. Kamervragen title
   * nothing this way. Only a letter's title may ask: elsewhere a short line that asks is a fractie's
   * question or a speaker's.
   */
  const opensSection = (k: number): boolean => {
    const text = lines[kept[k]!.index]!.text.trim();
    const next = kept[k + 1] && lines[kept[k + 1]!.index]!.text.trim();
    if (!next || k === 0 || lines[kept[k]!.index]!.listItem) return false;
    const previous = lastTextLine(k);
    if (!isSectionTitle(text, kind === 'brief')) return false;
    // A numbered or lettered title may follow a line that ends no sentence when a blank line sets it apart
    // (a fiche's facts: "25 november 2021" / "c) Nr. Commissiedocument"); never an item of a colon's list.
    const setApart = kept[k]!.gap.blank > 0 && itemKind(text) !== null && !LEADS_ON.test(previous);
    // "2. Essentie voorstel" / "a) Inhoud voorstel": a numbered section's first sub-section opens right under its title.
    const underTitle = itemKind(text) !== null && titleLines.has(k - 1);
    if (!ENDS_PARAGRAPH.test(previous) && !setApart && !underTitle) return false;
    // "4. Aanpak …." then "5. Nationaal Verwijsmechanisme": the next item of a numbered list, not a section.
    if (itemKind(text) !== null && itemKind(text) === itemKind(previous)) return false;
    // "3. Nederlandse positie …" / "a) Essentie …": a numbered section may open with its first lettered one, when
    // no item stands before it (a nested list's next number does).
    if (itemKind(next) === 'letter' && itemKind(text) === 'number' && itemKind(previous) === null)
      return leftRoomFor(text, next, width) && isSectionTitle(next, false);
    // "a) Titel voorstel" / "b) Datum …": the next line is the section's text, not the list's next item.
    if (itemKind(next) !== null) return false;
    // Beside another column the next line of the page is not the next line of this text.
    if (holdsColumns(next)) return false;
    // The title was not wrapped (the next line's first word would have fitted after it), and what follows
    // is a paragraph: a capital, then a line that ends a sentence or fills most of the page's width
    // (a signature's name is followed by a short line too: the signer's office).
    return (
      /^\p{Lu}/u.test(next) &&
      leftRoomFor(text, next, width) &&
      (ENDS_SENTENCE.test(next) || next.length >= FILLED_LINE * width)
    );
  };

  kept.forEach(({ index, gap: before }, k) => {
    const line = lines[index]!;
    const text = line.text.trim();
    const after = kept[k + 1]?.gap;
    const standsAlone =
      (k === 0 || before.blank > 0 || before.pageBreak) && (!after || after.blank > 0 || after.pageBreak);
    const label = parseLabel(text) !== null;
    const heading =
      AD_HEADING.test(text) ||
      (standsAlone && (NUMBERED_HEADING.test(text) || (kind !== 'kamervragen' && isPlainHeading(text)))) ||
      (!label && kind !== 'kamervragen' && opensSection(k));
    if (heading) titleLines.add(k);

    const startNew = (() => {
      if (!current || current.closed || label || heading || line.listItem || CLOSING.test(text)) return true;
      // A marker belongs to the text before it, whatever the gap.
      if (markerLines && (MARKER_LINE.test(text) || MARKER_LED.test(text))) return false;
      const previous = current.running.text;
      // The line whose end decides: a footnote marker's line of its own ("3 4") belongs to the line before it.
      const previousLine = lastTextLine(k);
      // A line that ends a sentence and left room for the next line's first word ends its paragraph: it was not wrapped.
      // A web address on a line of its own after a sentence stands apart too.
      const endsShortSentence =
        ENDS_SENTENCE.test(previousLine) &&
        (URL_ONLY.test(text) ||
          (!/^\p{Ll}/u.test(text) && (leftRoomFor(previousLine, text, width) || isJoinedParagraph(previousLine))));
      if (before.pageBreak)
        return ENDS_SENTENCE.test(previous) || (URL_ONLY.test(previousLine) && /^\p{Lu}/u.test(text));
      if (LIST_ITEM.test(text) && /[.:;]$/.test(previous)) return true;
      if (before.blank > 0) {
        // A sentence does not start in lower case: a blank line inside a sentence is an extraction artefact.
        if ((ENDS_IN_WORD_HYPHEN.test(previous) || !ENDS_SENTENCE.test(previous)) && /^\p{Ll}/u.test(text))
          return false;
        // Double-spaced extracts put a blank line after every line: there a paragraph ends at a line of spaces, or where its last line stops short.
        return doubleSpaced ? before.whitespaceOnly > 0 || endsShortSentence : true;
      }
      return endsShortSentence;
    })();

    if (startNew) {
      const running = startText(line);
      const role = label ? 'label' : heading ? 'heading' : line.listItem ? 'list-item' : 'text';
      const created = block(role, running, isPageStart(index));
      blocks.push(created);
      // Labels and single-line headings take no continuation; a letter's "Ad 1) …" heading may wrap.
      current = { block: created, running, closed: label || CLOSING.test(text) || (heading && !AD_HEADING.test(text)) };
    } else {
      appendLine(current!.running, line, context);
      current!.block.text = current!.running.text;
      current!.block.segments = current!.running.segments;
    }
    if (
      current &&
      current.block.role === 'heading' &&
      after &&
      after.blank > 0 &&
      (!doubleSpaced || after.whitespaceOnly > 0)
    )
      current.closed = true;
  });
  return blocks;
}

/** How a line numbers its item, if it does: "4. Aanpak …" a number, "b) …" a letter, "IV. …" a Roman numeral. */
function itemKind(line: string): 'number' | 'letter' | 'roman' | null {
  if (/^\d{1,2}[.)]\s/.test(line)) return 'number';
  if (/^[a-z][.)]\s/.test(line)) return 'letter';
  if (/^[IVXLC]+[.)]\s/.test(line)) return 'roman';
  return null;
}

function block(role: TextBlock['role'], running: RunningText, pageStart: boolean): TextBlock {
  return { role, text: running.text, segments: running.segments, pageStart };
}

function roleOf(line: SourceLine, standsAlone: boolean): TextBlock['role'] {
  const text = line.text;
  if (parseLabel(text)) return 'label';
  if (standsAlone && (AD_HEADING.test(text.trim()) || NUMBERED_HEADING.test(text.trim()))) return 'heading';
  return line.listItem ? 'list-item' : 'text';
}

/** Longer lines are whole paragraphs as some extractors print them, not lines of a page. */
const WRAPPED_LINE_MAX = 120;
/** The share of the page's width that a paragraph's wrapped line fills at least. */
const FILLED_LINE = 0.75;
/** Characters of slack: a proportional font fits more narrow letters on a line than wide ones. */
const WIDTH_SLACK = 4;

/** The width a page's text is wrapped at, in characters: the 90th percentile of wrapped lines' lengths. */
function lineWidth(lengths: number[]): number {
  const sorted = lengths.filter((n) => n <= WRAPPED_LINE_MAX).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.9)] ?? 0;
}

/** Extractors that print a paragraph's lines as one (pypdf) end that line where the paragraph or the page ends. */
function isJoinedParagraph(line: string): boolean {
  return line.length > WRAPPED_LINE_MAX;
}

function leftRoomFor(previousLine: string, next: string, width: number): boolean {
  if (previousLine.length > WRAPPED_LINE_MAX) return false;
  const firstWord = next.split(/\s/, 1)[0]!;
  return previousLine.length + 1 + firstWord.length + WIDTH_SLACK <= width;
}

/** A double-spaced extract puts an empty line after nearly every line; paragraphs are then set apart by lines of spaces. */
function isDoubleSpaced(gaps: readonly Gap[]): boolean {
  if (gaps.length < 10) return false;
  const single = gaps.filter((g) => g.blank === 1 && g.whitespaceOnly === 0 && !g.pageBreak).length;
  return single / gaps.length > 0.5;
}
