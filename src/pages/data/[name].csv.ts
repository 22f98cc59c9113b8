// One row per document, for spreadsheets.
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildsSitePages } from '../../site/build-part.ts';
import { stringify } from 'csv-stringify/sync';
import { parliamentaryCitation } from '../../site/citation.ts';
import { documentsByDate } from '../../site/documents.ts';
import { questionerList } from '../../site/people.ts';
import { documentUrl } from '../../site/paths.ts';
import { mainDate } from '../../schema/document.ts';

// documents.csv. A route with a parameter, not a fixed page, so that a build part that
// renders only document pages can leave out this file, which reads the whole corpus.
export const getStaticPaths = (() =>
  buildsSitePages() ? [{ params: { name: 'documents' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const documents = await documentsByDate();
  const rows = documents.map((doc) => ({
    permalink: documentUrl(doc.data.slug),
    soort: doc.data.kind,
    titel: doc.data.title ?? '',
    onderwerp: doc.data.subject ?? '',
    vragenstellers: questionerList(doc.data.questioners),
    datum: mainDate(doc.data) ?? '',
    ingezonden: doc.data.dates.ingezonden ?? '',
    beantwoord: doc.data.dates.beantwoord ?? '',
    verzonden: doc.data.dates.verzonden ?? '',
    citaat: parliamentaryCitation(doc.data),
    vragen: doc.data.structure.questions.length,
    antwoorden: doc.data.structure.answers.length,
    voetnoten: doc.data.structure.footnotes,
    bronbestand: doc.data.source.file,
    sha256: doc.data.source.sha256,
  }));
  return new Response(stringify(rows, { header: true }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
