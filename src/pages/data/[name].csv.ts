// Open data as CSV, for spreadsheets: documents-<year>.csv, one row per document, for each year's file
// that documents.json names (src/site/open-data-split.ts); and answer times, threads, citations and
// promises of the whole corpus, one row each (src/site/open-data.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { referenceDate } from '../../site/answer-times.ts';
import { buildsSitePages } from '../../site/build-part.ts';
import { corpusIndex } from '../../site/corpus.ts';
import { documentYear } from '../../site/document-filters.ts';
import { documentsByDate, type DocumentEntry } from '../../site/documents.ts';
import { CORPUS_TABLES, csvTable, type CsvTable } from '../../site/open-data.ts';
import { splitByYear } from '../../site/open-data-split.ts';

interface Props {
  table: CsvTable;
  documents?: DocumentEntry[];
}

// A route with a parameter, not fixed files, so that a build part that renders only
// document pages can leave out these files, which read the whole corpus.
export const getStaticPaths = (async () => {
  if (!buildsSitePages()) return [];
  return [
    ...splitByYear(await documentsByDate(), documentYear).map((file) => ({
      params: { name: file.name },
      props: { table: 'documents' as const, documents: file.items },
    })),
    ...CORPUS_TABLES.map((table) => ({ params: { name: table }, props: { table } })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props: { table, documents } }) => {
  const corpus = await corpusIndex();
  const { columns, rows } = csvTable(table, corpus, referenceDate(corpus.documents.map((d) => d.data)), documents);
  return new Response(stringify(rows, { header: true, columns }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
