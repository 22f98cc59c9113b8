// What Pagefind indexes of the built site, and what of each page it leaves out.

/**
 * Page furniture inside a document's text that search must not match or quote: the
 * elements marked data-ui (table of contents, citation boxes, "Naar het antwoord"),
 * except a block's label, whose heading search links its hits to, and the facts
 * search reads (filters, meta, sort keys). Also each "#" permalink and footnote back-link,
 * and the labels of the header's facts, which an excerpt would run into their values,
 * and the source file's name.
 */
export const SEARCH_EXCLUDED = [
  '[data-ui]:not(.block-label):not(.search-facets)',
  '.print-citation',
  '.permalink',
  '[data-footnote-backref]',
  '.facts dt',
  '.facts code',
];

/**
 * The pages Pagefind reads: only document pages carry data-pagefind-body (the search
 * suite checks that), and Pagefind indexes only such pages once any page has it. Not
 * handing it the others (timeline, entity pages, megabytes each in a large corpus)
 * saves it parsing them for nothing.
 */
export const SEARCHABLE_PAGES = 'documenten/*/index.html';
