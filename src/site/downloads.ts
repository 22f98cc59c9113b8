// The files a document page offers for download, and where they live.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CONTENT_FOLDER } from '../lib/content-folder.ts';

/** `forReaders`: offered on the document page; the others (the generated MDX) on the Verantwoording page. */
export const downloads = [
  { file: 'citatie.bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', forReaders: true },
  { file: 'citatie.ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', forReaders: true },
  {
    file: 'citatie.json',
    label: 'CSL-JSON',
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    forReaders: true,
  },
  // Gzipped: the generated MDX holds the frontmatter with every mention's sentence besides the text, about two
  // and a half times the source, and was 53 of a 233 MiB site at 1,000 documents. gzip cuts it about fivefold.
  { file: 'document.mdx.gz', label: 'MDX (gzip)', type: 'application/gzip', forReaders: false },
  { file: 'bron.txt', label: 'brontekst', type: 'text/plain; charset=utf-8', forReaders: true },
] as const;

/** The seed as delivered and the MDX made of it, read from the folders the build used. */
export function readPublishedSource(file: string): Promise<string> {
  return readFile(join(process.env.SEEDS_DIR ?? 'seeds', file), 'utf8');
}
export function readMdx(slug: string): Promise<string> {
  return readFile(mdxFile(slug), 'utf8');
}
export const mdxFile = (slug: string) => join(process.env.CONTENT_DIR ?? CONTENT_FOLDER, `${slug}.mdx`);
