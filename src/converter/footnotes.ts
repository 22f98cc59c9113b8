// Stage 5: footnote markers and definitions → footnote references at the
// marker's place; plain URLs → explicit links. Works on both export shapes:
// PDF extracts (numbers glued to words, notes at page bottoms) and Word exports
// (`[footnoteRef:N]` markers, `[N: text]` definitions).
import { conversionMessage, ConversionError, fail } from './messages.ts';
import type { Block, FootnoteDefinition, Inline, ResolvedBlock, ResolvedDocument, Segment, StructuredDocument, TextBlock } from './types.ts';

interface Cut {
  start: number;
  end: number;
  inline: Inline;
}

/**
 * A URL or e-mail address as printed; trailing sentence punctuation is not part of it.
 * An address starts only where a run of its letters starts (the lookbehind): tried at
 * every letter of a long run, as it would be without, "12345…@" takes quadratic time.
 */
const URL = /(?:https?:\/\/|www\.)[^\s<>"«»]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Sentence punctuation after a URL; starts only at the start of a run, for the same reason. */
const TRAILING_PUNCTUATION = /(?<![.,;:!?)\]’”'»])[.,;:!?)\]’”'»]+$/;
const WORD_MARKER = /\[footnoteRef:(\d+)\]/g;

export function resolveFootnotes(document: StructuredDocument): ResolvedDocument {
  const texts = textsInReadingOrder(document.body);
  const cutsPerText = texts.map((t) => urlCuts(t.text));
  const definitions: FootnoteDefinition[] = [];

  if (document.layout === 'word') {
    const definedAt = new Map<number, { line: number; column: number }>();
    texts.forEach((t, i) => {
      const { cuts, notes, places } = wordFootnotes(document.file, t);
      cutsPerText[i] = mergeCuts(cutsPerText[i]!, cuts);
      notes.forEach((note, n) => claimWordDefinition(document.file, definedAt, note.number, places[n]!));
      definitions.push(...notes);
    });
    checkWordNotes(document.file, texts, definitions);
  } else {
    const markers = findPdfMarkers(document, texts, cutsPerText);
    markers.forEach((m) => cutsPerText[m.text]!.push(m.cut));
    cutsPerText.forEach((cuts) => cuts.sort((a, b) => a.start - b.start));
    definitions.push(...document.footnotes.map((note) => ({ number: note.number, content: toInlines(note.text, urlCuts(note.text)) })));
  }

  let index = 0;
  const nextInlines = () => {
    const inlines = toInlines(texts[index]!.text, cutsPerText[index]!);
    index++;
    return inlines;
  };
  const body = document.body.map((block): ResolvedBlock => {
    switch (block.type) {
      case 'heading':
        return { type: 'heading', id: block.id, level: block.level, content: nextInlines(), ...(block.explicitId ? { explicitId: true } : {}) };
      case 'paragraph':
        return { type: 'paragraph', content: nextInlines() };
      case 'question':
        return { type: 'question', id: block.id, numbers: block.numbers, fractie: block.fractie, answer: block.answer, paragraphs: block.paragraphs.map(nextInlines) };
      case 'answer':
        return { type: 'answer', id: block.id, numbers: block.numbers, questions: block.questions, labelled: block.labelled, paragraphs: block.paragraphs.map(nextInlines) };
    }
  });
  const { footnotes: _raw, ...rest } = document;
  return { ...rest, body, footnotes: definitions.sort((a, b) => a.number - b.number) };
}

function textsInReadingOrder(body: readonly Block[]): TextBlock[] {
  return body.flatMap((block) => (block.type === 'heading' || block.type === 'paragraph' ? [block.text] : block.paragraphs));
}

/** Plain text with its URLs and e-mail addresses made explicit links. */
export function linkify(text: string): Inline[] {
  return toInlines(text, urlCuts(text), false);
}

/** What every URL or e-mail address contains: most texts have none, and the full pattern is slow to fail. */
const MAYBE_URL = /:\/\/|www\.|@/;

function urlCuts(text: string): Cut[] {
  if (!MAYBE_URL.test(text)) return [];
  return [...text.matchAll(URL)].map((m) => {
    const printed = m[0].replace(TRAILING_PUNCTUATION, (tail) => {
      // Keep a closing bracket that closes one opened inside the URL.
      const opens = (m[0].match(/\(/g) ?? []).length;
      return opens > 0 && tail.startsWith(')') ? ')' + tail.slice(1).replace(/.*/, '') : '';
    });
    const url = printed.startsWith('www.') ? `https://${printed}` : /^[\w.+-]+@/.test(printed) ? `mailto:${printed}` : printed;
    return { start: m.index, end: m.index + printed.length, inline: { type: 'link', url, text: printed } };
  });
}

function mergeCuts(a: Cut[], b: Cut[]): Cut[] {
  const inside = (cut: Cut, others: Cut[]) => others.some((o) => cut.start >= o.start && cut.end <= o.end && o !== cut);
  // A URL inside a footnote definition belongs to the definition, not to the paragraph.
  return [...a.filter((c) => !inside(c, b)), ...b].sort((x, y) => x.start - y.start);
}

function toInlines(text: string, cuts: readonly Cut[], trim = true): Inline[] {
  const inlines: Inline[] = [];
  let at = 0;
  const pushText = (value: string) => {
    if (value === '') return;
    const last = inlines.at(-1);
    if (last?.type === 'text') last.value += value;
    else inlines.push({ type: 'text', value });
  };
  for (const cut of cuts) {
    let before = text.slice(at, cut.start);
    // A marker standing alone ("Kamervragen, 3 maakt") takes the space before it along.
    if (cut.inline.type === 'footnoteReference' && /\s$/.test(before) && /^\d/.test(text.slice(cut.start))) before = before.trimEnd();
    pushText(before);
    inlines.push(cut.inline);
    at = cut.end;
  }
  pushText(text.slice(at));
  if (!trim) return inlines.filter((i) => i.type !== 'text' || i.value !== '');
  const first = inlines[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = inlines.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return inlines.filter((i) => i.type !== 'text' || i.value !== '');
}

function placeIn(block: TextBlock, offset: number): { line: number; column: number } {
  const segment: Segment = [...block.segments].reverse().find((s) => s.offset <= offset) ?? block.segments[0]!;
  return { line: segment.line, column: segment.column + (offset - segment.offset) };
}

/** Word exports: `…artikel?[footnoteRef:1] [1:  De Telegraaf, …]`. */
function wordFootnotes(file: string, block: TextBlock): { cuts: Cut[]; notes: FootnoteDefinition[]; places: { line: number; column: number }[] } {
  const cuts: Cut[] = [];
  const notes: FootnoteDefinition[] = [];
  const places: { line: number; column: number }[] = [];
  const text = block.text;
  for (const m of text.matchAll(WORD_MARKER)) cuts.push({ start: m.index, end: m.index + m[0].length, inline: { type: 'footnoteReference', number: Number(m[1]) } });
  const definition = /\[(\d+):\s/g;
  for (const m of text.matchAll(definition)) {
    const end = closingBracket(text, m.index);
    if (end === -1) fail(file, placeIn(block, m.index), `footnote definition [${m[1]}: …] is not closed with "]"`, 'unclosed-footnote');
    const body = text.slice(m.index + m[0].length, end).trim();
    notes.push({ number: Number(m[1]), content: toInlines(body, urlCuts(body)) });
    places.push(placeIn(block, m.index));
    // The definition leaves the paragraph, with the spaces around it.
    let start = m.index;
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    cuts.push({ start, end: end + 1, inline: { type: 'text', value: '' } });
  }
  return { cuts: cuts.sort((a, b) => a.start - b.start), notes, places };
}

/** A second definition `[1: …]` would replace the first, and the real note would be lost. */
function claimWordDefinition(file: string, definedAt: Map<number, { line: number; column: number }>, number: number, place: { line: number; column: number }): void {
  const first = definedAt.get(number);
  if (first) fail(file, place, `footnote ${number} is defined a second time ([${number}: …]); the first definition is at line ${first.line}`, 'duplicate-footnote', 'Each footnote is defined once: check the numbers of the Word footnote definitions.');
  definedAt.set(number, place);
}

function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

function checkWordNotes(file: string, texts: readonly TextBlock[], definitions: readonly FootnoteDefinition[]): void {
  const markers = new Map<number, { line: number; column: number }>();
  texts.forEach((t) => {
    for (const m of t.text.matchAll(WORD_MARKER)) markers.set(Number(m[1]), placeIn(t, m.index));
  });
  const defined = new Set(definitions.map((d) => d.number));
  const problems = [];
  for (const [n, place] of markers) {
    if (!defined.has(n)) problems.push(conversionMessage(file, place, `footnote marker [footnoteRef:${n}] has no definition [${n}: …]`, 'footnote-without-definition'));
  }
  for (const n of defined) {
    if (!markers.has(n)) problems.push(conversionMessage(file, { line: 1 }, `footnote definition [${n}: …] has no marker [footnoteRef:${n}]`, 'definition-without-marker'));
  }
  if (problems.length) throw new ConversionError(problems);
}

/**
 * PDF extracts: the marker for note N is the number N glued to a word or
 * punctuation ("staan?1", "NRM4", "vastgestelde2,"), or standing alone between
 * words ("Kamervragen, 3 maakt"), after the marker of note N−1 and no later
 * than the page-bottom line where note N is printed.
 */
function findPdfMarkers(document: StructuredDocument, texts: readonly TextBlock[], urls: readonly Cut[][]): { text: number; cut: Cut }[] {
  const found: { text: number; cut: Cut }[] = [];
  let from = { text: 0, offset: 0 };
  for (const note of document.footnotes) {
    const noteLine = note.segments[0]!.line;
    const candidates = (standalone: boolean) => {
      const hits: { text: number; start: number; end: number }[] = [];
      for (let t = from.text; t < texts.length; t++) {
        const block = texts[t]!;
        // Standing alone only after a comma, semicolon, colon or bracket, and never before a month: "1 januari" is a date.
        const pattern = standalone ? new RegExp(`(?<=[,;:)]\\s)${note.number}(?=\\s\\p{Ll})(?!\\s(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\b)`, 'gu') : new RegExp(`(?<=[\\p{L}.?!,;:»”’)"'])${note.number}(?![\\p{L}\\p{N}])`, 'gu');
        for (const m of block.text.matchAll(pattern)) {
          if (t === from.text && m.index < from.offset) continue;
          if (placeIn(block, m.index).line > noteLine) break;
          if (urls[t]!.some((u) => m.index >= u.start && m.index < u.end)) continue;
          const before = block.text.slice(Math.max(0, m.index - 2), m.index);
          // "2,5" is a decimal number, "1.000" a thousands separator: not markers.
          if (/\d,$/.test(before) || (/\d\.$/.test(before) && String(note.number).length === 3)) continue;
          hits.push({ text: t, start: m.index, end: m.index + m[0].length });
        }
        if (block.segments[0]!.line > noteLine) break;
      }
      return hits;
    };
    const hit = candidates(false)[0] ?? candidates(true)[0];
    if (!hit) {
      fail(document.file, { line: noteLine, column: note.segments[0]!.column }, `footnote ${note.number} has no marker in the text before it: expected the number ${note.number} after a word or punctuation ("…staan?${note.number}")`, 'definition-without-marker');
    }
    found.push({ text: hit.text, cut: { start: hit.start, end: hit.end, inline: { type: 'footnoteReference', number: note.number } } });
    from = { text: hit.text, offset: hit.end };
  }
  return found;
}
