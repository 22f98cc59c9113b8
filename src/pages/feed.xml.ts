// An Atom feed of the newest documents, newest first (FEED_ENTRIES of them, as every feed of the site).
import type { APIRoute } from 'astro';
import { Feed } from 'feed';
import { parliamentaryCitation } from '../site/citation.ts';
import { documentsByDate } from '../site/documents.ts';
import { FEED_ENTRIES } from '../site/feeds.ts';
import { headline } from '../site/headline.ts';
import { absoluteUrl, documentUrl } from '../site/paths.ts';
import { mainDate } from '../schema/document.ts';

export const GET: APIRoute = async () => {
  // A feed entry needs a date: a paper that prints none is on the site, not in the feed, as in every feed of
  // the site (src/site/feeds.ts), rather than under a date it does not give.
  const documents = (await documentsByDate()).filter((doc) => mainDate(doc.data) !== null).reverse();
  const dated = documents.map((doc) => mainDate(doc.data)!);
  const feed = new Feed({
    title: 'Kamerdossier mensenhandel en mensensmokkel',
    description: 'Kamerstukken over mensenhandel en mensensmokkel, 2012–2024.',
    id: absoluteUrl(),
    link: absoluteUrl(),
    language: 'nl',
    copyright: 'Openbare Kamerstukken van de Tweede Kamer der Staten-Generaal',
    // The newest document's date, so the same corpus always gives the same feed.
    updated: new Date(`${dated[0] ?? '2012-01-01'}T00:00:00Z`),
    feedLinks: { atom: absoluteUrl('feed.xml') },
  });
  for (const doc of documents.slice(0, FEED_ENTRIES)) {
    const date = mainDate(doc.data)!;
    feed.addItem({
      title: headline(doc.data),
      id: documentUrl(doc.data.slug),
      link: documentUrl(doc.data.slug),
      description: parliamentaryCitation(doc.data),
      date: new Date(`${date}T00:00:00Z`),
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
