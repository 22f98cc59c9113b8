// The CSV files of /data/ (src/site/open-data.ts): documents, answer times, threads,
// citations and promises, one row each, for spreadsheets.
import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { referenceDate } from '../../site/answer-times.ts';
import { buildsSitePages } from '../../site/build-part.ts';
import { corpusIndex } from '../../site/corpus.ts';
import { CSV_TABLES, csvTable, type CsvTable } from '../../site/open-data.ts';

// A route with a parameter, not fixed pages, so that a build part that renders only
// document pages can leave out these files, which read the whole corpus.
export const getStaticPaths = (() =>
  buildsSitePages() ? CSV_TABLES.map((name) => ({ params: { name } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const corpus = await corpusIndex();
  const { columns, rows } = csvTable(
    params.name as CsvTable,
    corpus,
    referenceDate(corpus.documents.map((d) => d.data)),
  );
  return new Response(stringify(rows, { header: true, columns }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
