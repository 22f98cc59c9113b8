// All metadata, blocks with their ids, references and mentions, as one JSON file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildsSitePages } from '../../site/build-part.ts';
import { parliamentaryCitation } from '../../site/citation.ts';
import { documentBody, documentsByDate } from '../../site/documents.ts';
import { documentUrl } from '../../site/paths.ts';

// documents.json. A route with a parameter, not a fixed page, so that a build part that
// renders only document pages can leave out this file, which reads the whole corpus.
export const getStaticPaths = (() =>
  buildsSitePages() ? [{ params: { name: 'documents' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const documents = await documentsByDate();
  const data = documents.map((doc) => ({
    url: documentUrl(doc.data.slug),
    citation: parliamentaryCitation(doc.data),
    ...doc.data,
    text: documentBody(doc),
  }));
  // Not indented: for a large corpus the indentation alone is a third of the file.
  return new Response(`${JSON.stringify({ documents: data })}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
