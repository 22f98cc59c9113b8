// Line wrapping as a PDF text extract shows it: lines of about `width`
// characters, now and then a long word broken at the line end with a hyphen
// that the converter will undo ("mensenhan-" / "delaren").
import { decideHyphen, type DocumentVocabulary } from '../../../src/converter/clean/hyphenation.ts';
import type { SpellChecker } from '../../../src/converter/shared/speller.ts';
import type { Random } from './random.ts';

export interface WrapOptions {
  width: number;
  random: Random;
  speller: SpellChecker;
  /** Hyphenated spellings printed in the document ("informatie-uitwisseling"): a break there would be kept as a hyphen. */
  hyphenated: ReadonlySet<string>;
  hyphenate: boolean;
}

const NO_EVIDENCE: DocumentVocabulary = { words: new Set(), hyphenated: new Set() };
const BREAKABLE = /^\p{Ll}{9,}$/u;

export function wrap(text: string, options: WrapOptions): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (line === '') {
      line = word;
      continue;
    }
    if (line.length + 1 + word.length <= options.width || startsUnsafely(word) || /^\d+$/.test(line)) {
      // A line never starts with a digit ("3 maart" after a blank line reads as footnote 3), nor is a number alone.
      line += ` ${word}`;
      continue;
    }
    const split =
      options.hyphenate && options.random.chance(0.5)
        ? breakWord(word, options.width - line.length - 2, options)
        : null;
    if (split) {
      lines.push(`${line} ${split[0]}-`);
      line = split[1];
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** A token that must not begin a line: digits (footnote or page numbers to the converter). */
function startsUnsafely(word: string): boolean {
  return /^\d/.test(word);
}

/** Splits a long lower-case word where it fits, only where the converter's own rules would join it again. */
function breakWord(word: string, room: number, options: WrapOptions): [string, string] | null {
  const letters = /^(\p{Ll}+)([.,;:?!]*)$/u.exec(word);
  if (!letters || !BREAKABLE.test(letters[1]!)) return null;
  const stem = letters[1]!;
  for (let at = Math.min(room, stem.length - 4); at >= 4; at--) {
    const left = stem.slice(0, at);
    const right = stem.slice(at);
    if (options.hyphenated.has(`${left}-${right}`)) continue;
    const decision = decideHyphen({ before: `${left}-`, after: right, line: 1 }, NO_EVIDENCE, options.speller);
    if (decision && !decision.decision.result.includes('-')) return [left, `${right}${letters[2]}`];
  }
  return null;
}
