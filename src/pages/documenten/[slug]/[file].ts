// Per-document downloads: citations (BibTeX, RIS, CSL-JSON) and the source text.
import type { APIRoute, GetStaticPaths } from 'astro';
import { bibtex, cslItem, ris } from '../../../site/citation.ts';
import { documentsByDate, type DocumentEntry } from '../../../site/documents.ts';
import { downloads, readPublishedSource } from '../../../site/downloads.ts';
import { documentUrl } from '../../../site/paths.ts';
import { buildsDocument } from '../../../site/build-part.ts';

export const getStaticPaths = (async () => {
  const documents = await documentsByDate();
  return documents
    .filter((doc) => buildsDocument(doc.data.slug))
    .flatMap((doc) => downloads.map((d) => ({ params: { slug: doc.data.slug, file: d.file }, props: { doc } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: DocumentEntry }> = async ({ params, props }) => {
  const { doc } = props;
  const url = documentUrl(doc.data.slug);
  const body = await (async () => {
    switch (params.file) {
      case 'citatie.bib':
        return bibtex(doc.data, url);
      case 'citatie.ris':
        return ris(doc.data, url);
      case 'citatie.json':
        return `${JSON.stringify([cslItem(doc.data, url)], null, 2)}\n`;
      default:
        return readPublishedSource(doc.data.source.file);
    }
  })();
  const type = downloads.find((d) => d.file === params.file)!.type;
  return new Response(body, { headers: { 'Content-Type': type } });
};
