// Open data as CSV, one row per document: documents-<year>.csv for each year's file
// that documents.json names (src/site/open-data-split.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { buildsSitePages } from '../../site/build-part.ts';
import { stringify } from 'csv-stringify/sync';
import { parliamentaryCitation } from '../../site/citation.ts';
import { documentYear } from '../../site/document-filters.ts';
import { documentsByDate, type DocumentEntry } from '../../site/documents.ts';
import { splitByYear, type OpenDataFile } from '../../site/open-data-split.ts';
import { questionerList } from '../../site/people.ts';
import { documentUrl } from '../../site/paths.ts';
import { mainDate } from '../../schema/document.ts';

// A route with a parameter, not fixed files, so that a build part that renders only
// document pages can leave out these files, which read the whole corpus.
export const getStaticPaths = (async () =>
  buildsSitePages()
    ? splitByYear(await documentsByDate(), documentYear).map((file) => ({
        params: { name: file.name },
        props: { file },
      }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: OpenDataFile<DocumentEntry> }> = ({ props: { file } }) => {
  const rows = file.items.map((doc) => ({
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
