// The one rule for where a document lives on the site, below its base: the page is
// named by the permalink slug (src/lib/document-slug.ts). It imports nothing, so the
// browser's scripts, the Astro config and the build scripts can all use it.

/** A document's page, or a file beside it: "documenten/2024Z19016/", "documenten/2024Z19016/bron.txt". */
export const documentPath = (slug: string, file = '') => `documenten/${slug}/${file}`;
