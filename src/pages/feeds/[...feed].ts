// The Atom feeds of everything a reader follows (src/site/feeds.ts): /feeds/personen/….xml,
// /feeds/partijen/…, /feeds/organisaties/…, /feeds/ministeries/…, /feeds/dossiers/…, /feeds/draden/….
import type { APIRoute, GetStaticPaths } from 'astro';
import { referenceDate } from '../../site/answer-times.ts';
import { buildsSitePages } from '../../site/build-part.ts';
import { corpusIndex } from '../../site/corpus.ts';
import { atomFeed, siteFeeds, type FeedSpec } from '../../site/feeds.ts';

export const getStaticPaths = (async () => {
  if (!buildsSitePages()) return [];
  const corpus = await corpusIndex();
  const reference = referenceDate(corpus.documents.map((d) => d.data)) ?? '2012-01-01';
  return siteFeeds(corpus).map((spec) => ({
    params: { feed: spec.path.replace(/^feeds\//, '') },
    props: { spec, reference },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { spec, reference } = props as { spec: FeedSpec; reference: string };
  return new Response(atomFeed(spec, reference), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
