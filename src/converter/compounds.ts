// Dutch writes compounds as one word: "mensenhandel", "arbeidsuitbuiting".
// Search matches the start of a word, so "mensen" finds "mensenhandel" but
// "handel" does not. This finds, for each compound in a document, the later
// parts it ends in, so the site's search index can list them beside the text.
import type { SpellChecker } from './clean/hyphenation.ts';
import { plainText } from './metadata.ts';
import type { ResolvedDocument } from './types.ts';

export interface CompoundWord {
  /** The compound as it stands in the text, lower-cased. */
  word: string;
  /** The words it ends in, longest first: "handelbestrijding", "bestrijding". */
  parts: string[];
}

/** A part shorter than this is more likely a suffix or a stray match ("heid", "zoek") than a word a reader searches for. */
const MIN_PART = 5;
/** Short words hide inside longer ones by accident ("vers" + "chillende", "best" + "rijden"); a first part of five letters or more rarely does. */
const MIN_PREFIX = 5;
/**
 * Longer words are not split: Hunspell is asked about every prefix and suffix, so one
 * 200,000-letter token would take minutes. Real compounds stay well under it
 * ("arbeidsongeschiktheidsverzekeringswet" has 37 letters).
 */
const MAX_WORD = 40;
/** Dutch joins parts with -s- ("arbeids" + "uitbuiting"); "mensen" in "mensenhandel" is a word itself. */
const LINKING = /s$/;
/**
 * Particles and prepositions that make derived verbs and nouns, not compounds a reader
 * would split: "onder" + "zoek", "samen" + "werking", "achter" + "gelaten".
 */
const PARTICLES = new Set(['onder', 'tegen', 'samen', 'achter', 'boven', 'buiten', 'binnen', 'terug', 'voorbij', 'tussen', 'rondom', 'midden']);
/** Suffixes that are also words: "mogelijkheden" is mogelijk + -heden, not a kind of "heden". */
const SUFFIXES = new Set(['heden', 'schap', 'schappen']);

/** The compounds of a document's text and footnotes, in alphabetical order. */
export function documentCompounds(document: ResolvedDocument, speller: SpellChecker): CompoundWord[] {
  const texts = [
    ...document.body.flatMap((block) => (block.type === 'question' || block.type === 'answer' ? block.paragraphs.map(plainText) : [plainText(block.content)])),
    ...document.footnotes.map((note) => plainText(note.content)),
  ];
  const words = new Set(texts.flatMap((text) => text.toLocaleLowerCase('nl').match(/\p{L}+/gu) ?? []));
  return [...words]
    .sort()
    .flatMap((word) => {
      const parts = compoundParts(word, speller);
      return parts.length ? [{ word, parts }] : [];
    });
}

const known = new WeakMap<SpellChecker, Map<string, string[]>>();

/** The later parts of a compound: every ending that is a word of its own after a first part that is one too. */
export function compoundParts(word: string, speller: SpellChecker): string[] {
  if (word.length < MIN_PREFIX + MIN_PART || word.length > MAX_WORD) return [];
  let cache = known.get(speller);
  if (!cache) known.set(speller, (cache = new Map()));
  let parts = cache.get(word);
  if (!parts) {
    parts = [];
    for (let cut = MIN_PREFIX; cut <= word.length - MIN_PART; cut++) {
      const head = word.slice(cut);
      // A later part may be a compound itself that the dictionary does not list: "handelbestrijding".
      if (!SUFFIXES.has(head) && isFirstPart(word.slice(0, cut), speller) && (speller.correct(head) || compoundParts(head, speller).length > 0)) parts.push(head);
    }
    // "kamer" + "stukken" or "kamers" + "tukken": when a linking s makes two readings, keep the one that leaves the part whole.
    parts = parts.filter((part) => !parts!.includes(`s${part}`));
    cache.set(word, parts);
  }
  return parts;
}

function isFirstPart(prefix: string, speller: SpellChecker): boolean {
  if (PARTICLES.has(prefix)) return false;
  if (speller.correct(prefix)) return true;
  const stem = prefix.replace(LINKING, '');
  return stem !== prefix && stem.length >= MIN_PREFIX && speller.correct(stem);
}
