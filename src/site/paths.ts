// Every internal link goes through here, so the site works under a sub-path
// (GitHub Pages serves it at /<repository>/).
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** "documenten/x/" → "/kamerdossier/documenten/x/" under base "/kamerdossier/". */
export function href(path = ''): string {
  return `${base}${path.replace(/^\//, '')}`;
}

export function documentHref(slug: string): string {
  return href(`documenten/${slug}/`);
}

/** The full URL of a path on the deployed site, for citations, feeds and metadata. */
export function absoluteUrl(path = ''): string {
  return new URL(href(path), import.meta.env.SITE).href;
}
