// Stage 5 of 11: footnote markers and definitions → footnote references at the
// marker's place; plain URLs → explicit links. Works on the export shapes:
// PDF extracts (numbers glued to words, notes at page bottoms), Word exports
// (`[footnoteRef:N]` markers, `[N: text]` definitions), and Word files whose
// notes stand after the text ("[1]" / "1)" markers, "[1] text" / "1) text"
// notes; end-notes.ts).
import { DUTCH_MONTHS } from '../../lib/printed-dates.ts';
import { conversionMessage, ConversionError, fail } from '../messages.ts';
import { cutInlines, type Cut } from '../shared/inlines.ts';
import { urlCuts } from '../shared/link-urls.ts';
import { findEndNotes, type Line } from './end-notes.ts';
import type {
  Block,
  FootnoteDefinition,
  ResolvedBlock,
  ResolvedDocument,
  Segment,
  StructuredDocument,
  TextBlock,
} from '../types.ts';

const WORD_MARKER = /\[footnoteRef:(\d+)\]/g;

export function resolveFootnotes(document: StructuredDocument): ResolvedDocument {
  const texts = textsInReadingOrder(document.body);
  const cutsPerText = texts.map((t) => urlCuts(t.text));
  const definitions: FootnoteDefinition[] = [];

  if (document.layout === 'word') {
    const placed: (FootnoteDefinition & { place: Place })[] = [];
    texts.forEach((t, i) => {
      const { cuts, notes } = wordFootnotes(document.file, t);
      cutsPerText[i] = mergeCuts(cutsPerText[i]!, cuts);
      placed.push(...notes);
    });
    checkWordNotes(document.file, texts, placed);
    definitions.push(...placed.map(({ number, content }) => ({ number, content })));
  } else {
    const markers = findPdfMarkers(document, texts, cutsPerText);
    for (const m of markers) cutsPerText[m.text]!.push(m.cut);
    for (const cuts of cutsPerText) cuts.sort((a, b) => a.start - b.start);
    const notes = document.footnotes.map((note) => ({
      number: note.number,
      content: cutInlines(note.text, urlCuts(note.text), true),
    }));
    definitions.push(...notes);
  }
  // Neither shape: the notes may stand after the text, whatever the layout looks like.
  if (definitions.length === 0) definitions.push(...placeEndNotes(texts, cutsPerText));

  let index = 0;
  const nextInlines = () => {
    const inlines = cutInlines(texts[index]!.text, cutsPerText[index]!, true);
    index++;
    return inlines;
  };
  // A paragraph that held only footnote definitions leaves the body.
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every block type, as tsc checks
  const body = document.body.flatMap((block): ResolvedBlock[] => {
    switch (block.type) {
      case 'heading':
        return [
          {
            type: 'heading',
            id: block.id,
            level: block.level,
            content: nextInlines(),
            ...(block.explicitId ? { explicitId: true } : {}),
          },
        ];
      case 'paragraph': {
        const content = nextInlines();
        if (content.length === 0 && block.text.text !== '') return [];
        return [
          { type: 'paragraph', content, ...(block.text.role === 'list-item' ? { listItem: true as const } : {}) },
        ];
      }
      case 'question':
      case 'answer': {
        const runs = block.paragraphs.map((text) => ({ text, inlines: nextInlines() }));
        const kept = runs.filter((r) => r.inlines.length > 0 || r.text.text === '');
        return [
          {
            ...block,
            paragraphs: kept.map((r) => r.inlines),
            ...listItemsOf(kept.map((r) => r.text)),
          },
        ];
      }
    }
  });
  const { footnotes: _raw, ...rest } = document;
  return { ...rest, body, footnotes: definitions.sort((a, b) => a.number - b.number) };
}

/** Which paragraphs of a question or answer are list items (bullets in the source). */
function listItemsOf(paragraphs: readonly TextBlock[]): { listItems?: number[] } {
  const items = paragraphs.flatMap((p, i) => (p.role === 'list-item' ? [i] : []));
  return items.length ? { listItems: items } : {};
}

function textsInReadingOrder(body: readonly Block[]): TextBlock[] {
  return body.flatMap((block) =>
    block.type === 'heading' || block.type === 'paragraph' ? [block.text] : block.paragraphs,
  );
}

function mergeCuts(a: Cut[], b: Cut[]): Cut[] {
  const inside = (cut: Cut, others: Cut[]) => others.some((o) => cut.start >= o.start && cut.end <= o.end && o !== cut);
  // A URL inside a footnote definition belongs to the definition, not to the paragraph.
  return [...a.filter((c) => !inside(c, b)), ...b].sort((x, y) => x.start - y.start);
}

function placeIn(block: TextBlock, offset: number): { line: number; column: number } {
  const segment: Segment = [...block.segments].reverse().find((s) => s.offset <= offset) ?? block.segments[0]!;
  return { line: segment.line, column: segment.column + (offset - segment.offset) };
}

/**
 * Notes that stand after the text, each led by its number (end-notes.ts): each leaves the body for the note
 * list, its marker becomes its reference. A file's two kinds of notes (the questions' references, the
 * answers' footnotes) each number from 1: the page numbers them through, in the order the file prints them.
 */
function placeEndNotes(texts: readonly TextBlock[], cutsPerText: Cut[][]): FootnoteDefinition[] {
  const lines = texts.flatMap((block, t) =>
    block.segments.map((s, k) => ({
      text: t,
      start: s.offset,
      end: block.segments[k + 1]?.offset ?? block.text.length,
    })),
  );
  const notes = findEndNotes(
    texts.map((t) => t.text),
    lines,
    cutsPerText,
  );
  const removed = new Map<number, Line[]>();
  for (const piece of notes.flatMap((note) => note.pieces)) {
    if (!removed.has(piece.text)) removed.set(piece.text, []);
    removed.get(piece.text)!.push(piece);
  }
  for (const [t, pieces] of removed) {
    const block = texts[t]!;
    pieces.sort((a, b) => a.start - b.start);
    // The note's URLs become links in the note, not in the body.
    let k = 0;
    const kept = cutsPerText[t]!.filter((c) => {
      while (k < pieces.length && pieces[k]!.end <= c.start) k++;
      return !(k < pieces.length && pieces[k]!.start < c.end);
    });
    // A note leaves its block with the space that joined it to the line before.
    const gone = pieces.map((p, i): Cut => {
      const floor = i > 0 ? pieces[i - 1]!.end : 0;
      let start = p.start;
      while (start > floor && /\s/.test(block.text[start - 1]!)) start--;
      return { start, end: p.end, inline: { type: 'text', value: '' } };
    });
    cutsPerText[t] = [...kept, ...gone];
  }
  const definitions = notes.map((note, i) => {
    const number = i + 1;
    cutsPerText[note.marker.text]!.push({
      start: note.marker.start,
      end: note.marker.end,
      inline: { type: 'footnoteReference', number },
    });
    return { number, content: cutInlines(note.body, urlCuts(note.body), true) };
  });
  for (const cuts of cutsPerText) cuts.sort((a, b) => a.start - b.start);
  return definitions;
}

/** Word exports: `…artikel?[footnoteRef:1] [1:  De Telegraaf, …]`. */
function wordFootnotes(
  file: string,
  block: TextBlock,
): { cuts: Cut[]; notes: (FootnoteDefinition & { place: Place })[] } {
  const cuts: Cut[] = [];
  const notes: (FootnoteDefinition & { place: Place })[] = [];
  const text = block.text;
  for (const m of text.matchAll(WORD_MARKER))
    cuts.push({
      start: m.index,
      end: m.index + m[0].length,
      inline: { type: 'footnoteReference', number: Number(m[1]) },
    });
  const definition = /\[(\d+):\s/g;
  for (const m of text.matchAll(definition)) {
    const end = closingBracket(text, m.index);
    if (end === -1)
      fail(
        file,
        placeIn(block, m.index),
        `footnote definition [${m[1]}: …] is not closed with "]"`,
        'unclosed-footnote',
      );
    const body = text.slice(m.index + m[0].length, end).trim();
    notes.push({
      number: Number(m[1]),
      content: cutInlines(body, urlCuts(body), true),
      place: placeIn(block, m.index),
    });
    // The definition leaves the paragraph, with the spaces around it.
    let start = m.index;
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    cuts.push({ start, end: end + 1, inline: { type: 'text', value: '' } });
  }
  return { cuts: cuts.sort((a, b) => a.start - b.start), notes };
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

function checkWordNotes(
  file: string,
  texts: readonly TextBlock[],
  definitions: readonly (FootnoteDefinition & { place: Place })[],
): void {
  const markers = new Map<number, Place>();
  texts.forEach((t) => {
    for (const m of t.text.matchAll(WORD_MARKER)) markers.set(Number(m[1]), placeIn(t, m.index));
  });
  const defined = new Map<number, Place>();
  const problems = [];
  for (const d of definitions) {
    const first = defined.get(d.number);
    if (first)
      problems.push(
        conversionMessage(
          file,
          d.place,
          `footnote definition [${d.number}: …] is given twice: here and at ${at(file, first)}`,
          'duplicate-footnote',
        ),
      );
    else defined.set(d.number, d.place);
  }
  const lastDefinition = definitions.at(-1)?.place;
  for (const [n, place] of markers) {
    const where = lastDefinition
      ? `The last definition is at ${at(file, lastDefinition)}.`
      : 'The document has no definitions.';
    if (!defined.has(n))
      problems.push(
        conversionMessage(
          file,
          place,
          `footnote marker [footnoteRef:${n}] has no definition [${n}: …]`,
          'footnote-without-definition',
          `${where} Add "[${n}: …]" after the paragraph, or remove the marker.`,
        ),
      );
  }
  const markerPlaces = [...markers.values()];
  for (const [n, place] of defined) {
    if (markers.has(n)) continue;
    const before = markerPlaces
      .filter((p) => p.line < place.line || (p.line === place.line && p.column < place.column))
      .at(-1);
    const where = before ? `expected after the marker at ${at(file, before)}` : 'expected in the text before it';
    problems.push(
      conversionMessage(
        file,
        place,
        `footnote definition [${n}: …] has no marker [footnoteRef:${n}]: ${where}`,
        'definition-without-marker',
      ),
    );
  }
  if (problems.length) throw new ConversionError(problems);
}

const MONTHS = DUTCH_MONTHS.join('|');
/** A line that holds only markers, as pypdf prints them after their sentence: "1", "1, 2", "6 7,". */
const MARKER_LINE = /^\d{1,3}(?:,?\s+\d{1,3})*,?$/;

type Hit = { text: number; start: number; end: number };
/** The offset is where a source line begins in the block. */
const startsLine = (block: TextBlock, index: number) => block.segments.some((s) => s.offset === index);
const startsSentence = (block: TextBlock, index: number) =>
  startsLine(block, index) || /[.?!]\s$/.test(block.text.slice(Math.max(0, index - 2), index));
type Place = { line: number; column: number };
const at = (file: string, place: Place) => `${file}:${place.line}:${place.column}`;

/**
 * PDF extracts: the marker for note N is the number N after the marker of note
 * N−1 and no later than the page-bottom line where note N is printed:
 * - glued to a word or punctuation ("staan?1", "NRM4", "vastgestelde2,", "genomen3:")
 *   or to a date's year ("7 augustus 20241 over");
 * - in the pypdf shape (notes glued to their numbers) also at the start of a
 *   line, where pypdf breaks before a raised number ("…Nederland?" / "1", "Kamerbrief" /
 *   "11 van de Minister", "1?"), or right after the marker before it ("1 2", "1, 2");
 * - else standing alone between words after a comma ("Kamervragen, 3 maakt").
 */
function findPdfMarkers(
  document: StructuredDocument,
  texts: readonly TextBlock[],
  urls: readonly Cut[][],
): { text: number; cut: Cut }[] {
  const found: { text: number; cut: Cut }[] = [];
  const file = document.file;
  let from = { text: 0, offset: 0 };
  let previous: { hit: Hit; place: Place } | null = null;
  for (const note of document.footnotes) {
    const noteLine = note.segments[0]!.line;
    const n = note.number;
    const inUrl = (t: number, index: number) => urls[t]!.some((u) => index >= u.start && index < u.end);
    const search = (pattern: RegExp, accept: (block: TextBlock, index: number) => boolean = () => true): Hit[] => {
      const hits: Hit[] = [];
      for (let t = from.text; t < texts.length; t++) {
        const block = texts[t]!;
        for (const m of block.text.matchAll(pattern)) {
          if (t === from.text && m.index < from.offset) continue;
          if (placeIn(block, m.index).line > noteLine) break;
          if (inUrl(t, m.index) || !accept(block, m.index)) continue;
          const before = block.text.slice(Math.max(0, m.index - 2), m.index);
          // "2,5" is a decimal number, "1.000" a thousands separator: not markers.
          if (/\d,$/.test(before) || (/\d\.$/.test(before) && String(n).length === 3)) continue;
          hits.push({ text: t, start: m.index, end: m.index + m[0].length });
        }
        if (block.segments[0]!.line > noteLine) break;
      }
      return hits;
    };
    const notDate = `(?!\\s(?:${MONTHS})\\b)`;
    // Never before a month: "sinds1 januari" is a date whose space was lost.
    const glued = search(new RegExp(`(?<=[\\p{L}.?!,;:»”’)"'])${n}(?![\\p{L}\\p{N}])${notDate}`, 'gu'));
    // Every extractor glues a marker after a date's year to it: "7 november 20231 heb ik".
    const primary = [...glued, ...search(new RegExp(`(?<=\\b(?:${MONTHS})\\s(?:19|20)\\d{2})${n}(?!\\d)`, 'gu'))];
    if (note.glued) {
      primary.push(
        ...search(new RegExp(`(?<![\\p{L}\\p{N}])${n}(?![\\p{N}%])(?=$|[\\s,.;:?!)])${notDate}`, 'gu'), startsLine),
      );
      if (previous && previous.hit.text >= from.text) {
        const block = texts[previous.hit.text]!;
        const group = new RegExp(`^,?\\s${n}(?![\\p{L}\\p{N}])`, 'u').exec(block.text.slice(previous.hit.end));
        if (group)
          primary.push({
            text: previous.hit.text,
            start: previous.hit.end + group[0].length - String(n).length,
            end: previous.hit.end + group[0].length,
          });
      }
    }
    primary.sort((a, b) => a.text - b.text || a.start - b.start);
    // Standing alone only after a comma, semicolon, colon or bracket, and never before a month: "1 januari" is a date.
    const hit =
      primary[0] ??
      search(new RegExp(`(?<=[,;:)]\\s)${n}(?=\\s\\p{Ll})${notDate}`, 'gu'))[0] ??
      lastResort(search, n, notDate);
    if (!hit) {
      const definition = { line: noteLine, column: note.segments[0]!.column };
      const after = previous ? `after the marker of note ${n - 1} at ${at(file, previous.place)}` : 'in the text';
      fail(
        file,
        definition,
        `footnote ${n} has no marker in the text before it: expected the number ${n} after a word or punctuation ("…staan?${n}")${note.glued ? ' or on a line of its own' : ''} ${after} and before this definition`,
        'definition-without-marker',
      );
    }
    found.push({
      text: hit.text,
      cut: { start: hit.start, end: hit.end, inline: { type: 'footnoteReference', number: n } },
    });
    from = { text: hit.text, offset: hit.end };
    previous = { hit, place: placeIn(texts[hit.text]!, hit.start) };
  }
  if (document.footnotes.some((note) => note.glued)) checkMarkerLines(document, texts, found);
  return found;
}

/**
 * Where nothing else holds the marker, places that could also be plain text, taken only when there is exactly
 * one: the number glued to a year up to 2029 or to a code that ends in a digit ("uit 20224 waaruit", "NIS24
 * (Network", "2022–202813."; not "Postbus 20301"), or before a sentence at the start of a line or after a full
 * stop, where an extractor set the raised number apart ("…hoogtechnologisch" / "1 Het VUmc", "182/2011. 13 Het").
 */
function lastResort(
  search: (pattern: RegExp, accept?: (block: TextBlock, index: number) => boolean) => Hit[],
  n: number,
  notDate: string,
): Hit | undefined {
  const places = [
    ...search(new RegExp(`(?<=(?<!\\d)(?:19\\d|20[0-2])\\d|\\p{L}\\p{N}{1,8})${n}(?![\\p{L}\\p{N}])`, 'gu')),
    ...search(new RegExp(`(?<![\\p{L}\\p{N}])${n}(?=\\s\\p{Lu})${notDate}`, 'gu'), startsSentence),
  ];
  return places.length === 1 ? places[0] : undefined;
}

/** pypdf: a line that holds only markers must hold only markers of defined notes ("1 2" with no note 2 is an error). */
function checkMarkerLines(
  document: StructuredDocument,
  texts: readonly TextBlock[],
  found: readonly { text: number; cut: Cut }[],
): void {
  const last = document.footnotes.at(-1)!;
  texts.forEach((block, t) => {
    block.segments.forEach((segment, k) => {
      const end = block.segments[k + 1]?.offset ?? block.text.length;
      const line = block.text.slice(segment.offset, end).trim();
      if (!MARKER_LINE.test(line)) return;
      for (const m of line.matchAll(/\d+/g)) {
        const offset = segment.offset + block.text.slice(segment.offset).indexOf(line) + m.index;
        if (found.some((f) => f.text === t && f.cut.start === offset)) continue;
        const place = placeIn(block, offset);
        fail(
          document.file,
          place,
          `footnote marker ${m[0]} has no definition: expected "${m[0]}…" at the foot of the page, after the last definition found (note ${last.number} at ${at(document.file, { line: last.segments[0]!.line, column: last.segments[0]!.column })})`,
          'footnote-without-definition',
        );
      }
    });
  });
}
