// Open data as JSON: documents.json is the index, naming each year's files (src/site/open-data-split.ts)
// and the corpus-wide CSV tables. The year files themselves are gzipped ([name].json.gz.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { referenceDate } from '../../site/answer-times.ts';
import { buildsSitePages } from '../../site/build-part.ts';
import { corpusIndex } from '../../site/corpus.ts';
import { documentYear } from '../../site/document-filters.ts';
import { documentsByDate, type DocumentEntry } from '../../site/documents.ts';
import { CORPUS_TABLES } from '../../site/open-data.ts';
import { openDataJsonFile, splitByYear, type OpenDataFile } from '../../site/open-data-split.ts';

interface Props {
  files: OpenDataFile<DocumentEntry>[];
}

// A route with a parameter, not fixed files, so that a build part that renders only
// document pages can leave out these files, which read the whole corpus.
export const getStaticPaths = (async () => {
  if (!buildsSitePages()) return [];
  const files = splitByYear(await documentsByDate(), documentYear);
  return [{ params: { name: 'documents' }, props: { files } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props: { files } }) => {
  const corpus = await corpusIndex();
  return new Response(
    `${JSON.stringify({
      documents: files.reduce((n, f) => n + f.items.length, 0),
      // The date the days of unanswered questions are counted to: part of the input, so a rebuild is identical.
      referenceDate: referenceDate(corpus.documents.map((d) => d.data)),
      files: files.map((f) => ({
        year: f.year,
        documents: f.items.length,
        json: openDataJsonFile(f),
        csv: `${f.name}.csv`,
      })),
      tables: CORPUS_TABLES.map((name) => `${name}.csv`),
    })}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
