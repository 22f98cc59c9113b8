// Every internal link goes through here, so the site works under a sub-path
// (GitHub Pages serves it at /<repository>/).
import { documentPath } from '../lib/document-path.ts';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** "documenten/x/" → "/kamerdossier/documenten/x/" under base "/kamerdossier/". */
export function href(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

/** A document's page, or a file beside it ("bron.txt"), as a link on the site. */
export function documentHref(slug: string, file = ''): string {
  return href(documentPath(slug, file));
}

/** The full URL of a path on the deployed site, for citations, feeds and metadata. */
export function absoluteUrl(path = ''): string {
  return new URL(href(path), import.meta.env.SITE).href;
}

/** A document's permalink, or a file beside it, as a full URL: what citations, feeds and data files give. */
export function documentUrl(slug: string, file = ''): string {
  return absoluteUrl(documentPath(slug, file));
}
