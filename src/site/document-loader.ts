// The documents collection's loader. Every converted document's frontmatter goes
// into the collection (validated by its schema), so lists, indexes and every page
// see the whole corpus. Only the documents this build part renders are marked
// renderable, and only those are compiled by @astrojs/mdx: Astro's glob loader
// would compile every MDX file in every part (src/site/build-part.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
// js-yaml, as Astro's own MDX frontmatter reading: several times faster than `yaml` on
// frontmatter this size, which matters when every build part reads the whole corpus.
import { load } from 'js-yaml';
import { currentBuildPart, buildsDocument } from './build-part.ts';
import { cachedFrontmatter, documentHash, storeFrontmatter } from '../lib/frontmatter-cache.ts';

const EXTENSION = '.mdx';
/** The converter writes frontmatter between two lines of "---" at the very start of the file. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export class MalformedDocumentError extends Error {}

/** Splits a converted document into its frontmatter (YAML text) and its MDX body, trimmed as Astro's MDX integration gives it. */
export function splitFrontmatter(file: string, text: string): { frontmatter: string; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match)
    throw new MalformedDocumentError(
      `${file}:1: expected frontmatter between two "---" lines at the start of the file`,
    );
  return { frontmatter: match[1]!, body: text.slice(match[0].length).trim() };
}

/** Splits a converted document into its frontmatter data and its MDX body. */
export function splitDocument(file: string, text: string): { data: Record<string, unknown>; body: string } {
  const { frontmatter, body } = splitFrontmatter(file, text);
  let data: unknown;
  try {
    data = load(frontmatter);
  } catch (error) {
    throw new MalformedDocumentError(`${file}: frontmatter is not valid YAML: ${(error as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new MalformedDocumentError(`${file}:2: expected the frontmatter to be a mapping of fields`);
  return { data: data as Record<string, unknown>, body };
}

export function documentLoader(base: string): Loader {
  return {
    name: 'kamerdossier-documents',
    load: async (context) => {
      const dir = resolve(fileURLToPath(context.config.root), base);
      const loadAll = async () => {
        context.store.clear();
        for (const name of readdirSync(dir)
          .filter((f) => f.endsWith(EXTENSION))
          .sort())
          await loadFile(context, dir, name);
      };
      await loadAll();
      // In `astro dev`, a converted document that changes is read again; an added or removed one reloads the folder.
      context.watcher?.add(dir);
      context.watcher?.on('all', async (event, path) => {
        if (!path.startsWith(dir + sep) || !path.endsWith(EXTENSION)) return;
        if (event === 'change') await loadFile(context, dir, relative(dir, path));
        else if (event === 'add' || event === 'unlink') await loadAll();
      });
    },
  };
}

async function loadFile({ config, store, parseData }: LoaderContext, dir: string, name: string): Promise<void> {
  const path = join(dir, name);
  // Bytes, not text: a document whose frontmatter is cached is never decoded, and its hash is its digest.
  const bytes = readFileSync(path);
  const hash = documentHash(bytes);
  let raw = cachedFrontmatter(hash);
  if (!raw) storeFrontmatter(hash, (raw = splitDocument(path, bytes.toString('utf8')).data));
  const id = typeof raw.slug === 'string' ? raw.slug : name.slice(0, -EXTENSION.length);
  const renders = buildsDocument(id);
  const data = await parseData({
    id,
    data: renders || currentBuildPart() !== 'documents' ? raw : outline(raw),
    filePath: path,
  });
  // Relative to the project root, as Astro's own loaders record it: the key of the compiled module.
  const filePath = relative(fileURLToPath(config.root), path).split(sep).join(posix.sep);
  // No body: each build part would carry every document's text; the few pages that need it read the file (documentBody).
  store.set({ id, data, filePath, digest: hash, ...(renders ? { deferredRender: true } : {}) });
}

/**
 * What a documents part keeps of a document whose page it does not render: all that
 * another document's page shows of it (title, kind, dates, identifiers, references,
 * structure) and what relatedness reads (which entities it mentions, once each). The
 * sentences around its mentions, its events, promises and compound words are read only by
 * its own page and the site's pages, and are most of its frontmatter: every part would
 * hold and store them for the whole corpus. The build-parts test proves the pages the same.
 */
export function outline(data: Record<string, unknown>): Record<string, unknown> {
  const mentions = Array.isArray(data.mentions) ? (data.mentions as { entity?: unknown }[]) : [];
  const entities = [...new Set(mentions.map((m) => m.entity))];
  return {
    ...data,
    mentions: entities.map((entity) => ({ entity, block: null, text: '', sentence: '' })),
    events: [],
    promises: [],
    unresolvedDates: [],
    compounds: [],
    // Read by the Verantwoording only, which the site part builds from the whole frontmatter.
    cleaning: { lines: 0, furniture: [], pageFootnotes: 0, hyphens: [] },
    // The source's digest changes with every edit of its text, and no other page shows it:
    // kept out, an edit that leaves the outline alone leaves the other parts' pages alone
    // (scripts/build/part-inputs.ts keys their cached output by the outline).
    source: { ...(data.source as object), sha256: '0'.repeat(64) },
  };
}
