// Inline content as every stage after footnotes sees it: its plain text, text cut
// into inlines at given places, and the walk over a document's inlines in reading
// order with the id a reader reaches each run by.
import type { FootnoteDefinition, Inline, ResolvedBlock, ResolvedDocument } from '../types.ts';

/** The words a reader sees: links, references and mentions by their text, footnote markers dropped. */
export const plainText = (inlines: readonly Inline[]) =>
  inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'footnoteReference' ? '' : i.text)).join('');

/** A stretch of a text, from `start` to `end`, that becomes `inline` in its place. */
export interface Cut {
  start: number;
  end: number;
  inline: Inline;
}

/**
 * The text with each cut, in the order given, in place of what it covers; the rest stays text, neighbouring
 * runs of text joined and empty ones left out. `trim` drops the white space at the start and the end.
 */
export function cutInlines(text: string, cuts: readonly Cut[], trim = false): Inline[] {
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
    if (cut.inline.type === 'footnoteReference' && /\s$/.test(before) && /^\d/.test(text.slice(cut.start))) {
      before = before.trimEnd();
    }
    pushText(before);
    inlines.push(cut.inline);
    at = cut.end;
  }
  pushText(text.slice(at));
  if (trim) {
    const first = inlines[0];
    if (first?.type === 'text') first.value = first.value.trimStart();
    const last = inlines.at(-1);
    if (last?.type === 'text') last.value = last.value.trimEnd();
  }
  return inlines.filter((i) => i.type !== 'text' || i.value !== '');
}

/** Where a run of inlines stands: its block, and the id a reader links to for it. */
export interface InlinePlace {
  /** The block's own id, the section a paragraph stands in, or "fn-N" for a footnote; null before any section. */
  id: string | null;
  /** The block the run belongs to; null for a footnote. */
  block: ResolvedBlock | null;
  /** The footnote's number; null in the body. */
  note: number | null;
}

export interface PlacedInlines {
  inlines: Inline[];
  place: InlinePlace;
}

type InlineTree = Pick<ResolvedDocument, 'body' | 'footnotes'>;

/** Every run of inlines (a heading, a paragraph, a paragraph of a question or answer, a footnote) in reading order. */
export function inlinesInReadingOrder(document: InlineTree): PlacedInlines[] {
  const runs: PlacedInlines[] = [];
  mapInlines(document, (inlines, place) => {
    runs.push({ inlines, place });
    return inlines;
  });
  return runs;
}

/** The body and footnotes with each run of inlines replaced, visited in reading order. */
export function mapInlines(
  document: InlineTree,
  replace: (inlines: Inline[], place: InlinePlace) => Inline[],
): { body: ResolvedBlock[]; footnotes: FootnoteDefinition[] } {
  let section: string | null = null;
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every block type, as tsc checks
  const body = document.body.map((block): ResolvedBlock => {
    switch (block.type) {
      case 'heading':
        section = block.id;
        return { ...block, content: replace(block.content, { id: block.id, block, note: null }) };
      case 'paragraph':
        return { ...block, content: replace(block.content, { id: section, block, note: null }) };
      case 'question':
      case 'answer':
        return { ...block, paragraphs: block.paragraphs.map((p) => replace(p, { id: block.id, block, note: null })) };
    }
  });
  const footnotes = document.footnotes.map((note) => ({
    ...note,
    content: replace(note.content, { id: `fn-${note.number}`, block: null, note: note.number }),
  }));
  return { body, footnotes };
}
