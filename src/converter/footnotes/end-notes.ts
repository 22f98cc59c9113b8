// Notes printed at the end of a Word file, each led by its number, and their
// markers in the text before them, whatever layout the extract reads as (a Word
// file's table cells and labels make short lines, as a PDF's do). A ministry's
// answer file prints two kinds: the questions' own references, typed as text
// ("…Sammy'? 1)", "geraakt[1]") and listed after the last answer ("1) NOS, …",
// "[1] https://…", or "1.  Argos, …" where Word numbers the list itself), and
// the answers' Word footnotes, which pandoc prints as "[1]" in the text and
// "[1] Kamerstuk …" at the end. Each kind numbers from 1. A note is placed only
// where the text prints its number in the same brackets, in order after the
// previous marker of its kind; a note whose marker is not printed stays text
// where it stands, and a list without numbers (docx2txt drops Word's) stays text.
import type { Cut } from '../shared/inlines.ts';

/** One printed line: a stretch of one of the texts. */
export interface Line {
  text: number;
  start: number;
  end: number;
}

/** A note placed at its marker. Offsets index the texts given, in reading order. */
export interface EndNote {
  marker: Line;
  /** Where the note is printed, number included: each piece leaves the body. */
  pieces: Line[];
  /** The note's words, without its number. */
  body: string;
}

/** "[1]" is called by "[1]"; "1)" and Word's list number "1." by "1)". */
type Kind = 'bracketed' | 'parenthesised';

interface Printed {
  number: number;
  kind: Kind;
  pieces: Line[];
  /** Where the words start in the first piece, after the number. */
  bodyStart: number;
}

/** A line led by a note's number: "[1] NOS, …", "1) NOS, …", "1.  Argos, …". */
const NOTE_HEAD = /^(?:\[(\d{1,3})\]|(\d{1,3})[.)])[ \t]+(?=\S)/;
/** Inside a bracketed note, the next note's number where the export ran two notes together ("…politie[3] https://…"). */
const BRACKETED_HEAD = /\[(\d{1,3})\][ \t]+(?=\S)/g;
const BRACKETED_MARKER = /\[(\d{1,3})\]/g;
/**
 * "1)" glued to a word or a closing mark ("gedrag2)", "(nos.nl)”1)?"), or after a space where no words follow
 * ("bedoeld? 1) 2)", "Verhoudingen 2),"): a numbered enumeration ("om 1) de kosten") is followed by its words.
 */
const PARENTHESISED_MARKER =
  /(?<=[\p{L}.?!”’"')\]])(\d{1,3})\)|(?<=\s)(\d{1,3})\)(?=[ \t]*$|[,.;:?!]|[ \t]+\d{1,3}\))/gu;
/** A note that visibly runs on into the next line: it stops at a comma, colon or open bracket. */
const RUNS_ON = /[,;:([]$/;

/** `lines`: the texts' printed lines in reading order, as the source breaks them. */
export function findEndNotes(texts: readonly string[], lines: readonly Line[], urls: readonly Cut[][]): EndNote[] {
  const found = noteList(texts, lines);
  if (found === null) return [];
  const markers: Record<Kind, Map<number, Line[]>> = {
    bracketed: markersOf(texts, urls, 'bracketed', found.start),
    parenthesised: markersOf(texts, urls, 'parenthesised', found.start),
  };
  const from: Record<Kind, { text: number; offset: number }> = {
    bracketed: { text: 0, offset: 0 },
    parenthesised: { text: 0, offset: 0 },
  };
  const used = new Map<string, number>();
  const placed: EndNote[] = [];
  for (const note of found.notes) {
    // Each number's markers in reading order; the ones before the previous marker of the note's kind are passed.
    const candidates = markers[note.kind].get(note.number) ?? [];
    const key = `${note.kind} ${note.number}`;
    const after = from[note.kind];
    let next = used.get(key) ?? 0;
    while (next < candidates.length && before(candidates[next]!, after)) next++;
    const marker = candidates[next];
    used.set(key, marker ? next + 1 : next);
    if (!marker) continue;
    from[note.kind] = { text: marker.text, offset: marker.end };
    const words = note.pieces.map((p, i) => texts[p.text]!.slice(i === 0 ? note.bodyStart : p.start, p.end));
    placed.push({ marker, pieces: note.pieces, body: words.join(' ').replace(/\s+/g, ' ').trim() });
  }
  return placed;
}

const before = (marker: Line, place: { text: number; offset: number }) =>
  marker.text < place.text || (marker.text === place.text && marker.start < place.offset);

/**
 * The notes at the end of the texts: from a line led by note 1 to the last line, each led by the next number
 * of its kind or by 1 (the next kind's list), or continuing a note that runs on. The earliest such line starts
 * the list.
 */
function noteList(texts: readonly string[], lines: readonly Line[]): { start: Line; notes: Printed[] } | null {
  const printed = lines.map((l) => texts[l.text]!.slice(l.start, l.end));
  for (let s = 0; s < lines.length; s++) {
    if (headOf(printed[s]!, lines[s]!.start)?.number !== 1) continue;
    const run = notesFrom(printed, lines, s);
    if (Array.isArray(run)) return { start: lines[s]!, notes: run };
    // A later note 1 before that line meets the same line after the same note: it fails there too.
    s = run.failsAt;
  }
  return null;
}

/** The notes from line `start` to the end, or the line where the list breaks off. */
function notesFrom(printed: readonly string[], lines: readonly Line[], start: number): Printed[] | { failsAt: number } {
  const notes: Printed[] = [];
  for (let k = start; k < lines.length; k++) {
    const line = lines[k]!;
    const head = headOf(printed[k]!, line.start);
    const last = notes.at(-1);
    if (!head) {
      if (!last || !RUNS_ON.test(printed[k - 1]!.trim())) return { failsAt: k };
      last.pieces.push({ ...line });
      continue;
    }
    if (!(head.number === 1 || (last && last.kind === head.kind && head.number === last.number + 1)))
      return { failsAt: k };
    notes.push({ ...head, pieces: [{ ...line }] });
    if (head.kind === 'bracketed') splitRunTogether(printed[k]!, line, notes);
  }
  return notes;
}

/** A bracketed note that holds the next note's number before that note's words is two notes. */
function splitRunTogether(text: string, line: Line, notes: Printed[]): void {
  for (const m of text.matchAll(BRACKETED_HEAD)) {
    const note = notes.at(-1)!;
    const at = line.start + m.index;
    if (at < note.bodyStart || Number(m[1]) !== note.number + 1) continue;
    note.pieces[0]!.end = at;
    notes.push({
      number: note.number + 1,
      kind: 'bracketed',
      bodyStart: at + m[0].length,
      pieces: [{ text: line.text, start: at, end: line.end }],
    });
  }
}

/** The number that leads a line, and where the note's words start in its text. */
function headOf(text: string, offset: number): { number: number; kind: Kind; bodyStart: number } | null {
  const m = NOTE_HEAD.exec(text);
  if (!m) return null;
  const bodyStart = offset + m[0].length;
  return m[1] !== undefined
    ? { number: Number(m[1]), kind: 'bracketed', bodyStart }
    : { number: Number(m[2]), kind: 'parenthesised', bodyStart };
}

/** Every printed number in a kind's brackets before the list, by number, in reading order. */
function markersOf(texts: readonly string[], urls: readonly Cut[][], kind: Kind, list: Line): Map<number, Line[]> {
  const pattern = kind === 'bracketed' ? BRACKETED_MARKER : PARENTHESISED_MARKER;
  const markers = new Map<number, Line[]>();
  for (let t = 0; t <= list.text; t++) {
    const text = t === list.text ? texts[t]!.slice(0, list.start) : texts[t]!;
    const brackets = bracketDepth(text);
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (urls[t]!.some((u) => m.index < u.end && end > u.start)) continue;
      // "(artikel 3)": a bracket that closes one opened before it is no marker.
      if (kind === 'parenthesised' && brackets(m.index) > 0) continue;
      // The reference takes the place of the printed number and of the space before it ("overleden’? [1] [2]").
      let start = m.index;
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      const number = Number(m[1] ?? m[2]);
      const same = markers.get(number) ?? [];
      same.push({ text: t, start, end });
      markers.set(number, same);
    }
  }
  return markers;
}

/** How many round brackets stand open before an offset, asked in increasing order of offset. */
function bracketDepth(text: string): (offset: number) => number {
  let at = 0;
  let depth = 0;
  return (offset) => {
    for (; at < offset; at++) {
      if (text[at] === '(') depth++;
      else if (text[at] === ')') depth = Math.max(0, depth - 1);
    }
    return depth;
  };
}
