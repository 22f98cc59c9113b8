// Part of stage 1 (read): characters that PDF extraction prints in place of what the paper
// shows, put back as the paper shows them. Every change is reported (rule, line,
// column, before, after); nothing here drops a word. The policy as a whole
// (refused, normalised, split, kept) is in README, "Characters".
import type { SourceLine, TextChange } from '../types.ts';

/** Spacing diacritics that pypdf prints beside their letter, and the combining marks they stand for. */
const SPACING_TO_COMBINING: ReadonlyMap<string, string> = new Map([
  ['\u00B4', '\u0301'], // ´ acute
  ['\u00A8', '\u0308'], // ¨ diaeresis
  ['\u00B8', '\u0327'], // ¸ cedilla
  ['\u02C7', '\u030C'], // ˇ caron
  ['\u02DB', '\u0328'], // ˛ ogonek
  ['\u02D8', '\u0306'], // ˘ breve
  ['\u02DD', '\u030B'], // ˝ double acute
  ['\u02C6', '\u0302'], // ˆ circumflex
  ['\u02DC', '\u0303'], // ˜ tilde
  ['\u02DA', '\u030A'], // ˚ ring
  ['\u00AF', '\u0304'], // ¯ macron
  ['\u02D9', '\u0307'], // ˙ dot above
]);

/**
 * Marks that also stand in for an apostrophe ("zo´n"). The backtick U+0060 is not taken as a spacing
 * grave at all: in these texts it is a quote or code ("`code`"), and composing it would change words.
 */
const APOSTROPHE_LIKE = new Set(['\u00B4']);
const BULLET = '\u0081';
const FORM_FEED = '\u000C';
const SOFT_HYPHEN = '\u00AD';
/** Zero-width space, word joiner and a byte-order mark inside the text: invisible, and meaningless in Dutch prose. */
const ZERO_WIDTH = new Set(['\u200B', '\u2060', '\uFEFF']);
/** Every character the loop in normaliseLine acts on; a line with none of them is one piece, unchanged. */
const ACTED_ON = new RegExp(
  `[${[FORM_FEED, SOFT_HYPHEN, '\u00A0', '\u202F', ...ZERO_WIDTH, ...SPACING_TO_COMBINING.keys()].join('')}\u0080-\u009F]`,
  'u',
);
const LATIN1 = /^[\0-\xFF]*$/;
/**
 * The line as a string of one byte a character when it has no character above U+00FF. A line split from a
 * document that prints one anywhere ("–", "€") shares that document's two bytes a character, and the
 * regular expressions that the later stages run over every line are much slower on those.
 */
const compact = (line: string) => (LATIN1.test(line) ? Buffer.from(line, 'latin1').toString('latin1') : line);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

export interface NormalisedLines {
  lines: SourceLine[];
  changes: TextChange[];
}

/** Normalises each raw line; a form feed or a bullet inside a line splits it into pieces that keep its line number. */
export function normaliseLines(rawLines: readonly string[]): NormalisedLines {
  const lines: SourceLine[] = [];
  const changes: TextChange[] = [];
  let pageStartPending = false;
  rawLines.forEach((raw, index) => {
    const { pieces, endsWithPageBreak } = normaliseLine(raw, index + 1, changes);
    for (const piece of pieces) {
      if (pageStartPending && piece.text.trim() !== '') {
        piece.pageStart = true;
        pageStartPending = false;
      }
      lines.push(piece);
    }
    // A form feed with nothing after it on its line: the next line with text starts the page.
    if (endsWithPageBreak) pageStartPending = true;
  });
  return { lines, changes };
}

type PieceFlags = Omit<SourceLine, 'text' | 'line'>;

function normaliseLine(
  raw: string,
  line: number,
  changes: TextChange[],
): { pieces: SourceLine[]; endsWithPageBreak: boolean } {
  // Most lines hold nothing to normalise: skip the character walk, which copies the line one character at a time.
  if (!ACTED_ON.test(raw)) return { pieces: [{ text: compact(raw), line }], endsWithPageBreak: false };
  const pieces: SourceLine[] = [];
  let text = '';
  let flags: PieceFlags = {};
  /** Source column (1-based) of each character of `text`. */
  let columns: number[] = [];
  const report = (rule: TextChange['rule'], column: number, before: string, after: string) =>
    changes.push({ rule, line, column, before, after });
  const push = () => pieces.push({ text, line, ...flags });
  const cut = (next: PieceFlags, nextColumn: number) => {
    push();
    text = '';
    columns = [];
    flags = { ...next, ...(nextColumn !== 1 ? { column: nextColumn } : {}) };
  };

  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    const column = i + 1;
    if (c === FORM_FEED) {
      // pdftotext's page break: what follows starts a new page.
      if (text.trim() === '') flags = { ...flags, pageStart: true, column: column + 1 };
      else cut({ pageStart: true }, column + 1);
      if (text.trim() === '') {
        text = '';
        columns = [];
      }
      continue;
    }
    if (c === BULLET && (text.trim() === '' || isSpace(raw[i - 1]))) {
      // A list bullet from the PDF's symbol font: the item becomes a Markdown list item.
      report('c1-bullet', column, c, '');
      let next = i + 1;
      while (isSpace(raw[next])) next++;
      if (text.trim() === '') {
        text = '';
        columns = [];
        flags = { ...flags, listItem: true, column: next + 1 };
      } else {
        text = text.trimEnd();
        cut({ listItem: true }, next + 1);
      }
      i = next - 1;
      continue;
    }
    if (c >= '\u0080' && c <= '\u009F') {
      // A C1 code with no known glyph meaning: shown as U+FFFD so a reader sees that something is missing.
      report('c1-unknown', column, c, '\uFFFD');
      text += '\uFFFD';
      columns.push(column);
      continue;
    }
    if (c === '\u00A0' || c === '\u202F') {
      // Non-breaking spaces carry no meaning in these exports.
      report('nbsp', column, c, ' ');
      text += ' ';
      columns.push(column);
      continue;
    }
    if (ZERO_WIDTH.has(c)) {
      // Invisible, and no part of any word: it would only keep "Vraag\u200B2" from being read as a label.
      report('zero-width', column, c, '');
      continue;
    }
    if (c === SOFT_HYPHEN) {
      if (raw.slice(i + 1).trim() === '' && isLetter(text.at(-1))) {
        // At the line end: the word goes on at the start of the next line.
        report('soft-hyphen-join', column, c, '');
        flags = { ...flags, joinsNext: true };
        break;
      }
      report('soft-hyphen', column, c, '');
      continue;
    }
    const combining = SPACING_TO_COMBINING.get(c);
    const composed = combining ? composeWithPrevious(raw, i, text, combining) : null;
    if (composed) {
      const start = columns[columns.length - composed.consumed]!;
      report('spacing-diacritic', start, `${text.slice(text.length - composed.consumed)}${c}`, composed.letter);
      text = text.slice(0, text.length - composed.consumed) + composed.letter;
      columns = [...columns.slice(0, columns.length - composed.consumed), start];
      continue;
    }
    text += c;
    columns.push(column);
  }
  // A piece that holds nothing after a form feed is no line of the paper.
  const endsWithPageBreak = flags.pageStart === true && text.trim() === '';
  if (!endsWithPageBreak) push();
  return { pieces, endsWithPageBreak };
}

/**
 * "Kostic ´" → "Kostić", "Yes¸ilgöz" → "Yeşilgöz": the mark follows its letter,
 * directly or after one space (then nothing but punctuation or space follows it).
 * Only when Unicode has the letter precomposed, and never where an acute or grave
 * reads as an apostrophe before a short ending ("zo´n", "Jan´s").
 */
function composeWithPrevious(
  raw: string,
  i: number,
  text: string,
  combining: string,
): { letter: string; consumed: number } | null {
  const after = raw.slice(i + 1);
  const direct = isLetter(text.at(-1));
  const spaced = !direct && text.at(-1) === ' ' && isLetter(text.at(-2)) && !isLetter(after[0]);
  if (!direct && !spaced) return null;
  if (direct && APOSTROPHE_LIKE.has(raw[i]!) && /^\p{L}{1,2}(?!\p{L})/u.test(after)) return null;
  const base = direct ? text.at(-1)! : text.at(-2)!;
  const letter = `${base}${combining}`.normalize('NFC');
  if ([...letter].length !== 1) return null;
  return { letter, consumed: direct ? 1 : 2 };
}
