// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { siteSettings } from './src/lib/options.ts';
import { documentPath } from './src/lib/document-path.ts';

// GitHub Pages serves a project site under /<repository>/: the deploy workflow
// sets SITE_URL and BASE_PATH; locally the site lives at the root.
// Every setting is parsed once, with its checks, by src/lib/options.ts.
const settings = siteSettings();
const site = settings.siteUrl;
const base = settings.basePath;
// Tests build into their own folder so they never overwrite a maintainer's dist/.
// Paths are the project's, not the root's: a large corpus is built in parts, each
// `astro build` with a root of its own (scripts/build/astro-parts.ts).
/** @param {string} path */
const project = (path) => fileURLToPath(new URL(path, import.meta.url));
const outDir = resolve(project('./'), settings.outDir);
const contentDir = resolve(project('./'), settings.contentDir);
// Builds that run side by side (tests) keep their content store apart; by default it is the root's.
const cacheDir = settings.astroCacheDir;

// Every document page is in the sitemap, whichever build part renders it: the
// sitemap is written by the part that builds the site's own pages.
const siteRoot = new URL(base.endsWith('/') ? base : `${base}/`, site);
const documentPages = readdirSync(contentDir)
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => new URL(documentPath(file.slice(0, -'.mdx'.length)), siteRoot).href);

// Pages that send a moved document's old URL on (src/pages/[...moved].astro) are not for search engines.
const movedPages = new Set(
  Object.keys(JSON.parse(readFileSync(project('./src/data/redirects.json'), 'utf8'))).map(
    (from) => new URL(from.replace(/^\//, ''), siteRoot).href,
  ),
);

export default defineConfig({
  site,
  base,
  srcDir: project('./src'),
  publicDir: project('./public'),
  outDir,
  ...(cacheDir ? { cacheDir } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap({ customPages: documentPages, filter: (page) => !movedPages.has(page) })],
  markdown: {
    // Sätteri, Astro's native processor: about twice as fast and lean as unified
    // on large corpora. Smart punctuation stays off: quotes, dashes and dots are
    // shown exactly as the source prints them.
    processor: satteri({
      features: {
        smartPunctuation: false,
        gfm: {
          footnotes: {
            label: 'Voetnoten',
            backContent: '↩',
            backLabel: 'Terug naar verwijzing {reference}',
            // Footnote ids are part of the citable permalinks: #fn-1, #fnref-1.
            clobberPrefix: '',
          },
        },
      },
    }),
  },
});
