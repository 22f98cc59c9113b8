// Decides what a hyphen at the end of a line is: a line-break hyphen to undo
// ("mensenhan-" / "delaren") or a real one to keep ("Noord-" / "Afrika",
// "migratie-" / "en", a URL). It decides on evidence, in this order: URL
// context, capitals and digits, the document's own spellings, the Dutch
// dictionary, Dutch spelling's vowel-collision rule, and only then a default.
import type { SpellChecker } from '../shared/speller.ts';
import type { HyphenDecision } from '../types.ts';

/** Spellings seen in one document: whole words, and hyphenated words printed within a line. */
export interface DocumentVocabulary {
  words: Set<string>;
  hyphenated: Set<string>;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function buildVocabulary(lines: readonly string[]): DocumentVocabulary {
  const words = new Set<string>();
  const hyphenated = new Set<string>();
  for (const line of lines) {
    // A word cut at the line end is not evidence of anything.
    const body = withoutCutWord(line.trimEnd());
    for (const match of body.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      if (word.includes('-')) hyphenated.add(word);
      else words.add(word);
    }
  }
  return { words, hyphenated };
}

/** The line without a word cut at its end ("… mensenhan-" → "… "); only the last token is searched. */
function withoutCutWord(line: string): string {
  if (!line.endsWith('-')) return line;
  const tail = lastToken(line);
  const cut = /[\p{L}\p{N}]+-$/u.exec(tail);
  return cut ? line.slice(0, line.length - tail.length + cut.index) : line;
}

/** Dutch vowel pairs that would merge into one sound if written together (spelling rule: klinkerbotsing). */
const COLLIDING_VOWELS = /(?:a[aeiu]|e[eiu]|i[e]|o[eiou]|u[iu])$/;
const CONJUNCTIONS = new Set(['en', 'of', 'tot', 'noch']);
/**
 * A token that holds a URL start: a scheme, "www.", or a bare host name with a path, as footnotes print
 * sources ("(regiopurmerend.nl/2024/05/03/…"). A token has no white space, so the URL runs to its end.
 * (A search, not `…\S*$`, which is quadratic on long tokens.)
 */
export const URL_START = /https?:\/\/|www\.|[\p{L}\p{N}]\.\p{L}{2,}\//u;

export interface LineEnd {
  /** The text of the line up to and including the final hyphen. */
  before: string;
  /** The following line's text (trimmed at the start). */
  after: string;
  line: number;
}

/**
 * Joins a line ending in a hyphen with the next line. Returns the joined text
 * of the boundary and the decision, or null when the line does not end in a
 * word hyphen (a dash after a space, say).
 */
export function decideHyphen(
  end: LineEnd,
  vocabulary: DocumentVocabulary,
  speller: SpellChecker,
): { joined: string; decision: HyphenDecision } | null {
  // Only the last token can end in a word hyphen; matching on it, not on the whole running paragraph, keeps joining linear.
  const tail = lastToken(end.before.trimEnd());
  const left = /([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)-$/u.exec(tail);
  if (!left) return null;
  const leftWord = left[1]!;
  const rightWord = /^[\p{L}\p{N}]+/u.exec(end.after)?.[0] ?? '';
  const decide = (
    keep: boolean,
    evidence: HyphenDecision['evidence'],
    separator = '',
  ): { joined: string; decision: HyphenDecision } => {
    const head = end.before.trimEnd();
    const joined = keep ? `${head}${separator}${end.after}` : `${head.slice(0, -1)}${end.after}`;
    const result = keep ? `${leftWord}-${separator}${rightWord}` : `${leftWord}${rightWord}`;
    return { joined, decision: { line: end.line, left: `${leftWord}-`, right: rightWord, result, evidence } };
  };

  if (URL_START.test(tail)) return decide(true, 'url');
  if (rightWord === '') return decide(true, 'capital-or-digit');
  if (CONJUNCTIONS.has(rightWord)) return decide(true, 'elliptical', ' ');
  if (/^[\p{Lu}\p{N}]/u.test(rightWord) || /\p{N}$/u.test(leftWord)) return decide(true, 'capital-or-digit');
  const lastPart = leftWord.split('-').pop()!;
  if (lastPart.length >= 2 && lastPart === lastPart.toUpperCase() && /\p{Lu}/u.test(lastPart))
    return decide(true, 'abbreviation');

  const joinedWord = `${lastPart}${rightWord}`.toLowerCase();
  const hyphenatedWord = `${lastPart}-${rightWord}`.toLowerCase();
  if (vocabulary.words.has(joinedWord)) return decide(false, 'document-spelling');
  if (vocabulary.hyphenated.has(hyphenatedWord)) return decide(true, 'document-spelling');

  const joinedCorrect = speller.correct(`${lastPart}${rightWord}`);
  const hyphenatedCorrect = speller.correct(`${lastPart}-${rightWord}`);
  if (joinedCorrect && !hyphenatedCorrect) return decide(false, 'dictionary');
  if (hyphenatedCorrect && !joinedCorrect) return decide(true, 'dictionary');

  const clash = `${lastPart.slice(-1)}${rightWord.slice(0, 1)}`.toLowerCase();
  if (COLLIDING_VOWELS.test(clash)) return decide(true, 'vowel-collision');
  return decide(false, 'default-join');
}

/** The text after the last white space: no word, compound or URL reaches further back. */
export function lastToken(text: string): string {
  let start = text.length;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return text.slice(start);
}
