// The marks the build writes into the text Pagefind indexes (scripts/build/search-index.ts),
// and how the search page takes them out again before a reader sees a result.

/** Between the parts of a compound: "mensen~~handel". Pagefind splits a word at punctuation; the texts never have "~~" inside a word. */
export const COMPOUND_SEAM = '~~';
/** For the space inside a dossier number: "28~^638" is found as "28638" and as "28 638". */
export const NUMBER_SPACE = '~^';

const SEAM = /(?<=\p{L})~~(?=\p{L})/gu;
const SPACE = /(?<=\d)~\^(?=\d)/g;

/** The text as the page shows it. */
export function restoreSearchText(text: string): string {
  return text.replace(SEAM, '').replace(SPACE, ' ');
}
