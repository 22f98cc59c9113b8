// What a document page knows that the components in its text need. The page sets it once,
// before its content renders (src/pages/documenten/[slug].astro); each component reads it,
// the way Starlight's components read Astro.locals.starlightRoute, and none fetches data itself.

export interface DocumentContext {
  /** The heading level of question and answer labels: h3 under a section, h2 when the paper opens without one. */
  blockHeading: 'h2' | 'h3';
  /** Where a cited paper links to: its page here when the corpus holds it, else its official publication; its answer to `question` when named. */
  paperHref: (paper: string, question?: number) => string;
}

/** The context of the document whose text is rendering; a component of the text renders nowhere else. */
export function documentContext(locals: App.Locals): DocumentContext {
  if (!locals.document) throw new Error('A component of a document text rendered outside a document page.');
  return locals.document;
}
