// @ts-check
// The benchmark's baseline: a plain Astro + MDX site of the same generated MDX,
// one page per document and no site features, built with the very Markdown
// processor configuration of the real site (taken from its astro.config.mjs).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import site from '../../../astro.config.mjs';

export default defineConfig({
  outDir: process.env.BASELINE_OUT_DIR ?? './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: site.markdown ?? {},
});
