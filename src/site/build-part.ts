// A large corpus is built by several `astro build` processes side by side
// (scripts/build/astro-parts.ts): one builds the site's own pages
// (lists, timeline, entities, dossiers), each other one the pages of a share of
// the documents. Which part this process builds comes from the environment; a
// plain `astro build` or `astro dev` builds everything.
import { readFileSync } from 'node:fs';
import { siteSettings } from '../lib/options.ts';

export type BuildPart = 'all' | 'site' | 'documents';

export const BUILD_PART_ENV = 'KD_BUILD_PART';
/** For a documents part: a JSON file listing the slugs of the documents it builds. */
export const PART_DOCUMENTS_ENV = 'KD_PART_DOCUMENTS';

export function currentBuildPart(): BuildPart {
  return siteSettings().buildPart;
}

/** Whether this process builds the pages that are not a document's own. */
export function buildsSitePages(): boolean {
  return currentBuildPart() !== 'documents';
}

let partDocuments: Set<string> | undefined;

/** Whether this process renders the page (and downloads) of the document with this slug. */
export function buildsDocument(slug: string): boolean {
  const part = currentBuildPart();
  if (part === 'all') return true;
  if (part === 'site') return false;
  const file = siteSettings().partDocuments;
  if (!file)
    throw new Error(
      `${BUILD_PART_ENV}=documents needs ${PART_DOCUMENTS_ENV}: a JSON file listing the part's document slugs`,
    );
  partDocuments ??= new Set(JSON.parse(readFileSync(file, 'utf8')) as string[]);
  return partDocuments.has(slug);
}
