import { defineCollection } from 'astro:content';
import { documentLoader } from './site/document-loader.ts';
import { DocumentFrontmatter } from './schema/document.ts';
import { CONTENT_FOLDER } from './lib/content-folder.ts';

// The converter writes one MDX file per document into content/ (CONTENT_DIR for tests), named by its permalink slug.
const documents = defineCollection({
  loader: documentLoader(process.env.CONTENT_DIR ?? CONTENT_FOLDER),
  schema: DocumentFrontmatter,
});

export const collections = { documents };
