// Page furniture and page footnotes, one fixture per case (__fixtures__/<case>/
// input.txt and expected.json): what is dropped and by which rule, which
// paragraphs a page break must not cut, each footnote's text, the word each
// marker follows, and the error a broken paper gets.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { detectDocument } from '../detect/detect.ts';
import { loadDutchSpeller, type SpellChecker } from '../shared/speller.ts';
import { resolveFootnotes } from '../footnotes/footnotes.ts';
import { decodeSource } from '../read/read.ts';
import type { Inline, ResolvedDocument } from '../types.ts';
import { clean } from './clean.ts';

interface Expected {
  /** File name the paper is converted under (messages name it); defaults to "<case>.txt". */
  file?: string;
  /** Every line dropped as furniture, other than runs of blank lines: [line, rule]. */
  dropped?: [number, string][];
  /** Texts that must stand inside one block: a page break must not cut them. */
  together?: string[];
  /** Texts that must survive in the body. */
  kept?: string[];
  /** Footnote texts by number. */
  notes?: Record<string, string>;
  /** For each footnote, the word its reference follows ("^1" for another reference). */
  markers?: Record<string, string>;
  /** Parts of the error message the paper must fail with. */
  error?: string[];
}

const FIXTURES = join(import.meta.dirname, '__fixtures__');
const cases = readdirSync(FIXTURES).sort();

let speller: SpellChecker;
beforeAll(async () => {
  speller = await loadDutchSpeller();
});

/** Cleans and resolves footnotes over the blocks as plain paragraphs, so the case needs no structure beyond its labels. */
function convert(file: string, input: string) {
  const cleaned = clean(detectDocument(decodeSource(file, new TextEncoder().encode(input)), 'kamervragen'), speller);
  const resolved = resolveFootnotes({ ...cleaned, body: cleaned.blocks.map((text) => ({ type: 'paragraph' as const, text })) });
  return { cleaned, resolved };
}

/** The word right before each footnote reference. */
function wordsBeforeMarkers(document: ResolvedDocument): Map<number, string> {
  const before = new Map<number, string>();
  const inlineLists: Inline[][] = document.body.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? [b.content] : b.paragraphs));
  for (const inlines of inlineLists) {
    inlines.forEach((inline, i) => {
      if (inline.type !== 'footnoteReference') return;
      const previous = inlines[i - 1];
      const word = previous?.type === 'footnoteReference' ? `^${previous.number}` : previous && 'value' in previous ? previous.value.split(/\s+/).at(-1)! : previous && 'text' in previous ? previous.text.split(/\s+/).at(-1)! : '';
      before.set(inline.number, word);
    });
  }
  return before;
}

describe.each(cases)('%s', (name) => {
  const input = readFileSync(join(FIXTURES, name, 'input.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
  const file = expected.file ?? `${name}.txt`;

  if (expected.error) {
    it('fails with a message that names the places', () => {
      expect(() => convert(file, input)).toThrow();
      try {
        convert(file, input);
      } catch (error) {
        for (const part of expected.error!) expect((error as Error).message).toContain(part);
      }
    });
    return;
  }

  it('drops what the rules name, keeps the text together, and places every footnote', () => {
    const { cleaned, resolved } = convert(file, input);
    const blocks = cleaned.blocks.map((b) => b.text);
    if (expected.dropped) expect(cleaned.furniture.filter((f) => f.rule !== 'blank-lines').map((f) => [f.line, f.rule])).toEqual(expected.dropped);
    for (const text of expected.together ?? []) expect(blocks.some((b) => b.includes(text)), `one block holds "${text}"`).toBe(true);
    for (const text of expected.kept ?? []) expect(blocks.join('\n')).toContain(text);
    const notes = new Map(cleaned.footnotes.map((n) => [String(n.number), n.text]));
    for (const [n, text] of Object.entries(expected.notes ?? {})) expect(notes.get(n)).toBe(text);
    if (expected.markers) {
      expect(cleaned.footnotes.map((n) => String(n.number))).toEqual(Object.keys(expected.markers));
      expect(Object.fromEntries([...wordsBeforeMarkers(resolved)].map(([n, w]) => [String(n), w]))).toEqual(expected.markers);
    }
  });
});
