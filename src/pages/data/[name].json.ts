// Open data as JSON: documents.json is the index, naming each year's files
// (src/site/open-data-split.ts); each documents-<year>.json holds all metadata,
// blocks with their ids, references, mentions and the text of its documents.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildsSitePages } from '../../site/build-part.ts';
import { parliamentaryCitation } from '../../site/citation.ts';
import { documentYear } from '../../site/document-filters.ts';
import { documentBody, documentsByDate, type DocumentEntry } from '../../site/documents.ts';
import { splitByYear, type OpenDataFile } from '../../site/open-data-split.ts';
import { documentUrl } from '../../site/paths.ts';

interface Props {
  files: OpenDataFile<DocumentEntry>[];
  file?: OpenDataFile<DocumentEntry>;
}

// A route with a parameter, not fixed files, so that a build part that renders only
// document pages can leave out these files, which read the whole corpus.
export const getStaticPaths = (async () => {
  if (!buildsSitePages()) return [];
  const files = splitByYear(await documentsByDate(), documentYear);
  return [
    { params: { name: 'documents' }, props: { files } },
    ...files.map((file) => ({ params: { name: file.name }, props: { files, file } })),
  ];
}) satisfies GetStaticPaths;

const json = (value: unknown) =>
  // Not indented: for a large corpus the indentation alone is a third of a file.
  new Response(`${JSON.stringify(value)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });

export const GET: APIRoute<Props> = ({ props: { files, file } }) => {
  if (!file)
    return json({
      documents: files.reduce((n, f) => n + f.items.length, 0),
      files: files.map((f) => ({
        year: f.year,
        documents: f.items.length,
        json: `${f.name}.json`,
        csv: `${f.name}.csv`,
      })),
    });
  return json({
    year: file.year,
    documents: file.items.map((doc) => ({
      url: documentUrl(doc.data.slug),
      citation: parliamentaryCitation(doc.data),
      ...doc.data,
      text: documentBody(doc),
    })),
  });
};
