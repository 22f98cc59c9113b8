// The files a document page offers for download, and where they live.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { siteSettings } from '../lib/options.ts';

/**
 * Offered on the document page. The generated MDX is not among them: its frontmatter's fields and its text
 * are the document's record in the open data (src/pages/data/), which the Verantwoording links, and a copy
 * per document was 47 MB of a 908 MB site at 5,000 documents.
 */
export const downloads = [
  { file: 'citatie.bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  { file: 'citatie.ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { file: 'citatie.json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  { file: 'bron.txt', label: 'brontekst', type: 'text/plain; charset=utf-8' },
] as const;

/** The seed as delivered, read from the folder the build used. */
export function readPublishedSource(file: string): Promise<string> {
  return readFile(join(siteSettings().seedsDir, file), 'utf8');
}
export const mdxFile = (slug: string) => join(siteSettings().contentDir, `${slug}.mdx`);
