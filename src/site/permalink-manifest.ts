// Permalinks are promises: every document page and every block id that was
// ever published is recorded in src/data/permalinks.json, and the build fails
// when one disappears, unless src/data/redirects.json sends it somewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// htmlparser2 (cheerio/slim) rather than parse5: only our own pages' ids are read, and it is several times faster.
import * as cheerio from 'cheerio/slim';
import { documentPath } from '../lib/document-path.ts';

export const MANIFEST_FILE = 'src/data/permalinks.json';
export const REDIRECTS_FILE = 'src/data/redirects.json';

/** "documenten/<slug>/" and "documenten/<slug>/#<block id>" for every page in a build. */
export function collectPermalinks(outDir: string): string[] {
  const root = join(outDir, 'documenten');
  const permalinks: string[] = [];
  for (const slug of readdirSync(root)) {
    const file = join(root, slug, 'index.html');
    if (!existsSync(file)) continue;
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const text = $('[data-document-text]');
    // Only a document's own page: not the lists under documenten/ (soort/, jaar/) or the pages that send a moved URL on.
    if (text.length === 0) continue;
    permalinks.push(documentPath(slug));
    text.find('.anchor-alias[id], h2[id], h3[id], li[id^="fn-"]').each((_, el) => {
      const id = $(el).attr('id')!;
      if (id !== 'footnote-label') permalinks.push(`${documentPath(slug)}#${id}`);
    });
  }
  return permalinks.sort();
}

/**
 * The recorded permalinks a build no longer serves. A page listed in the
 * redirects ("/documenten/old/": "/documenten/new/") is served by its new page,
 * and so are its block ids, which the new page must still have.
 */
export function missingPermalinks(
  manifest: readonly string[],
  current: readonly string[],
  redirects: Record<string, string>,
): string[] {
  const served = new Set(current);
  const moved = (p: string) => {
    const [page, fragment] = p.split('#');
    const target = redirects[`/${page}`];
    if (!target) return p;
    const newPage = target.replace(/^\//, '');
    return fragment ? `${newPage}#${fragment}` : newPage;
  };
  return manifest.filter((p) => !served.has(moved(p)));
}

export function readManifest(): string[] {
  return existsSync(MANIFEST_FILE) ? (JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')) as string[]) : [];
}

export function readRedirects(): Record<string, string> {
  return existsSync(REDIRECTS_FILE) ? (JSON.parse(readFileSync(REDIRECTS_FILE, 'utf8')) as Record<string, string>) : {};
}
