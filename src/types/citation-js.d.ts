// citation-js ships no type declarations; these cover what src/site/citation.ts uses.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(style: string, options?: Record<string, unknown>): unknown;
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
