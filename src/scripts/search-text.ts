// The marks the build writes into the text Pagefind indexes (scripts/build/search-index.ts),
// and how the search page takes them out again before a reader sees a result.

/** Between the parts of a compound: "mensen~~handel". Pagefind splits a word at punctuation; the texts never have "~~" inside a word. */
export const COMPOUND_SEAM = '~~';
/** For the space inside a dossier number: "28~^638" is found as "28638" and as "28 638". */
export const NUMBER_SPACE = '~^';

/**
 * Words glued to a word of the page that search finds but no reader sees: the tokens of the
 * papers a citation names, "183~{refnrqbqiqdzz}~" (src/scripts/search-identifiers.ts). Pagefind indexes them as parts of the word they hang on, so a hit marks
 * that word ("183"), and the search page removes them from every excerpt.
 */
export const hiddenWords = (words: readonly string[]): string => words.map((word) => `~{${word}}~`).join('');

/**
 * Stands in for "Handelingen" where it names the series in a citation ("Aanhangsel Handelingen II
 * 2023/24, nr. 1031"): Pagefind's Dutch stemmer reads "Handelingen" as "handel", so every paper citing
 * the Aanhangsel would be found by "handel". A stand-in without letters is no word to the index.
 */
export const SERIES_NAME = '~[]~';
export const SERIES_IN_CITATION = /\bHandelingen(?=,?\s*(?:I{1,2}\b|vergaderjaar\b|\d{4}))/g;

const SEAM = /(?<=\p{L})~~(?=\p{L})/gu;
const SPACE = /(?<=\d)~\^(?=\d)/g;
const HIDDEN = /~\{[\p{L}\p{N}]*\}~/gu;

/** The text as the page shows it. */
export function restoreSearchText(text: string): string {
  return text.replace(HIDDEN, '').replaceAll(SERIES_NAME, 'Handelingen').replace(SEAM, '').replace(SPACE, ' ');
}
