// All metadata, blocks with their ids, references and mentions, the answer clock, threads
// and the papers that cite each one, as one JSON file (records: src/site/open-data.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { referenceDate } from '../../site/answer-times.ts';
import { buildsSitePages } from '../../site/build-part.ts';
import { corpusIndex } from '../../site/corpus.ts';
import { documentRecords } from '../../site/open-data.ts';

// documents.json. A route with a parameter, not a fixed page, so that a build part that
// renders only document pages can leave out this file, which reads the whole corpus.
export const getStaticPaths = (() =>
  buildsSitePages() ? [{ params: { name: 'documents' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const corpus = await corpusIndex();
  // The date the days of unanswered questions are counted to: part of the input, so a rebuild is identical.
  const reference = referenceDate(corpus.documents.map((d) => d.data));
  // Not indented: for a large corpus the indentation alone is a third of the file.
  return new Response(`${JSON.stringify({ referenceDate: reference, documents: documentRecords(corpus) })}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
