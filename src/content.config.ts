import { defineCollection } from 'astro:content';
import { documentLoader } from './site/document-loader.ts';
import { DocumentFrontmatter } from './schema/document.ts';
import { siteSettings } from './lib/options.ts';

// The converter writes one MDX file per document into content/ (CONTENT_DIR for tests), named by its permalink slug.
const documents = defineCollection({
  loader: documentLoader(siteSettings().contentDir),
  schema: DocumentFrontmatter,
});

export const collections = { documents };
