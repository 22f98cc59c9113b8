// The converter's MDX, read as it is: no schema, so no validation cost.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: process.env.CONTENT_DIR ?? '../../../content' }),
});

export const collections = { documents };
