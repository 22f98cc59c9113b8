// Links: linkinator crawls the served site and checks every internal link and
// #fragment; external links are not fetched (no network) but must be well-formed.
import { LinkChecker, LinkState } from 'linkinator';
import * as cheerio from 'cheerio';

/** Crawls from `start` (a URL, or a folder that linkinator serves itself); links `isInternal` rejects are skipped, not fetched. */
export async function brokenInternalLinks(
  start: string,
  isInternal: (url: string) => boolean,
): Promise<{ checked: number; broken: string[] }> {
  const result = await new LinkChecker().check({
    path: start,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    linksToSkip: async (link) => !isInternal(link),
  });
  const broken = result.links
    .filter((l) => l.state === LinkState.BROKEN)
    .map(
      (l) =>
        `${l.parent ?? ''} → ${l.url} (${l.status ?? 'no response'}${l.failureDetails?.length ? `: ${String(l.failureDetails[0])}` : ''})`,
    );
  return { checked: result.links.filter((l) => l.state !== LinkState.SKIPPED).length, broken };
}

/** External links in a page: absolute http(s) URLs with a host name. */
export function malformedExternalLinks(html: string, name: string): string[] {
  const $ = cheerio.load(html);
  const bad: string[] = [];
  $('a[href]').each((_, a) => {
    const href = $(a).attr('href')!;
    if (!/^[a-z][a-z+.-]*:/i.test(href) || href.startsWith('mailto:')) return;
    try {
      const url = new URL(href);
      if (!['http:', 'https:'].includes(url.protocol) || !url.hostname.includes('.')) bad.push(`${name}: ${href}`);
    } catch {
      bad.push(`${name}: ${href}`);
    }
  });
  return bad;
}
