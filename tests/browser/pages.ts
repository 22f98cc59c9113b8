// The page list of a build, read from its sitemap (plus the 404 page, which no sitemap lists).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { BASE_PATH, OUT_DIR } from './site.ts';

/** Paths below the base path: "", "documenten/x/", … */
export function sitePages(): string[] {
  const xml = readFileSync(join(OUT_DIR, 'sitemap-0.xml'), 'utf8');
  const parsed = new XMLParser({ isArray: (name) => name === 'url' }).parse(xml) as {
    urlset: { url: { loc: string }[] };
  };
  const paths = parsed.urlset.url.map((u) => new URL(u.loc).pathname.slice(BASE_PATH.length));
  return [...paths, '404.html'];
}

export function pageType(path: string): string {
  if (path === '') return 'home';
  if (path === '404.html') return '404';
  return path.split('/')[0]!;
}

/** The slugs of the document pages: "documenten/<slug>/", not the list (/documenten/) or its filter pages (/documenten/soort/…/). */
export function documentSlugs(): string[] {
  return sitePages()
    .map((path) => /^documenten\/([^/]+)\/$/.exec(path)?.[1])
    .filter((slug): slug is string => slug !== undefined && slug !== 'soort' && slug !== 'jaar');
}
