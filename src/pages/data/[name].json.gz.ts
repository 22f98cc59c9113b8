// Open data per year as gzipped JSON (src/site/open-data-split.ts): each documents-<year>.json.gz holds
// all metadata, blocks with their ids, references and mentions, the answer clock, threads, the papers
// that cite each one, and the text (records: src/site/open-data.ts). documents.json names the files.
import { gzipSync } from 'node:zlib';
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildsSitePages } from '../../site/build-part.ts';
import { corpusIndex } from '../../site/corpus.ts';
import { documentYear } from '../../site/document-filters.ts';
import { documentsByDate, type DocumentEntry } from '../../site/documents.ts';
import { documentRecord } from '../../site/open-data.ts';
import { splitByYear, type OpenDataFile } from '../../site/open-data-split.ts';

interface Props {
  file: OpenDataFile<DocumentEntry>;
}

// A route with a parameter, not fixed files, so that a build part that renders only
// document pages can leave out these files, which read the whole corpus.
export const getStaticPaths = (async () => {
  if (!buildsSitePages()) return [];
  return splitByYear(await documentsByDate(), documentYear).map((file) => ({
    params: { name: file.name },
    props: { file },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props: { file } }) => {
  const corpus = await corpusIndex();
  // Not indented: for a large corpus the indentation alone is a third of a file. gzip writes no
  // time or name into its header here, so the same records give the same bytes.
  const json = `${JSON.stringify({ year: file.year, documents: file.items.map((doc) => documentRecord(corpus, doc)) })}\n`;
  return new Response(gzipSync(json), { headers: { 'Content-Type': 'application/gzip' } });
};
