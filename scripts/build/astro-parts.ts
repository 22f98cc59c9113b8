// The Astro stage for a large corpus: one `astro build` for the site's own pages and
// one per share of the documents, run side by side (one per core), each in a root of
// its own so their caches and intermediate files never meet, then merged into one
// output folder. One process compiles every MDX file it renders and keeps the whole
// bundle in memory; parts keep each process small and use every core.
// A part whose inputs did not change is taken from the part cache instead of built.
// The parts can also be spread over machines: buildShare builds the parts of one
// share, mergeShares joins the shares (scripts/build/shares.ts).
// A corpus of at most one part's size is built by a single plain `astro build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlive } from '../../src/lib/processes.ts';
import type { Settings } from '../../src/lib/options.ts';
import { BUILD_PART_ENV, PART_DOCUMENTS_ENV, type BuildPart } from '../../src/site/build-part.ts';
import { BuildError } from './build-error.ts';
import { moveAcross } from './file-manifest.ts';
import { PartCache } from './part-cache.ts';
import { codeVersion, corpusInputs, partKey } from './part-inputs.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = join(PROJECT, 'astro.config.mjs');

export interface AstroPartsOptions {
  /** The parsed settings: what every part's key depends on besides the corpus. */
  settings: Settings;
  contentDir: string;
  /** A folder that does not exist yet: the build's staging folder. */
  outDir: string;
  seedsDir: string;
  /**
   * Documents per part (KD_PART_SIZE); a corpus this size or smaller is built in one go. Measured on
   * 2 cores and 24 GiB at 1,000 and 5,000 documents (docs/performance.md): a part of 500 peaks near
   * 2 GiB; larger parts save start-up time but cost memory, smaller ones the reverse.
   */
  partSize: number;
  /** Parts built at the same time; default one per core. */
  concurrency?: number;
  /** Where the parts are built, inside the project (partsWorkDir); removed afterwards. */
  workDir?: string;
  /** Where finished parts are kept by their inputs; false builds every part. */
  cacheDir: string | false;
  /** Runs `astro` with these arguments and extra environment; rejects when it fails. */
  runAstro: (args: string[], env: Record<string, string>) => Promise<void>;
  /**
   * Reads the document pages once every documents part is built, while the site part may
   * still be building (the search index: its pages are all in the documents parts). The
   * parts are merged after it ends, which moves the pages.
   */
  readDocumentPages?: (pages: BuiltPage[]) => Promise<void>;
}

/** A page of the site where a build left it. */
export interface BuiltPage {
  /** Its path in the site: documenten/<slug>/index.html. */
  path: string;
  /** The file to read it from. */
  file: string;
}

export interface Part {
  name: string;
  kind: Exclude<BuildPart, 'all'>;
  /** Slugs of the documents a documents part renders. */
  documents: string[];
  /** The hash of everything the part's output depends on (scripts/build/part-inputs.ts). */
  key?: string;
}

export interface PartsBuilt {
  parts: number;
  /** Parts taken from the part cache. */
  fromCache: number;
}

/**
 * The site part, then the documents in slug order, cut into as few parts of at most
 * `size` as will do (and at least `atLeast`, when there are documents enough), of near-equal size.
 */
export function planParts(slugs: readonly string[], size: number, atLeast = 1): Part[] {
  const sorted = [...slugs].sort();
  const count = Math.max(Math.ceil(sorted.length / size), Math.min(atLeast, sorted.length));
  const share = Math.ceil(sorted.length / count);
  const parts: Part[] = [{ name: 'site', kind: 'site', documents: [] }];
  for (let i = 0; i < sorted.length; i += share)
    parts.push({ name: `documenten-${parts.length}`, kind: 'documents', documents: sorted.slice(i, i + share) });
  return parts;
}

export function documentSlugs(contentDir: string): string[] {
  return readdirSync(contentDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length));
}

/**
 * Where a build's parts are built: inside the project, where Astro finds its packages
 * from a part's root, and one folder per process, so builds side by side never meet.
 */
export function partsWorkDir(name: string): string {
  return join(PARTS_ROOT, `${name}-${process.pid}`);
}

const PARTS_ROOT = join(PROJECT, '.build-parts');

/** Removes the parts' folders of builds that were killed (their process is gone); another build's stay. */
export async function removeAbandonedWorkDirs(): Promise<void> {
  if (!existsSync(PARTS_ROOT)) return;
  for (const name of readdirSync(PARTS_ROOT)) {
    const pid = /-(\d+)$/.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !isAlive(Number(pid)))
      await rm(join(PARTS_ROOT, name), { recursive: true, force: true });
  }
}

/** The parts with the key of each: what their output depends on. */
export function keyedParts(parts: readonly Part[], contentDir: string, seedsDir: string, settings: Settings): Part[] {
  const code = codeVersion(settings);
  const inputs = corpusInputs(contentDir, seedsDir);
  return parts.map((part) => ({ ...part, key: partKey(part, code, inputs) }));
}

/**
 * Builds the site into outDir. Astro writes into a folder inside the project and the result is
 * moved to outDir: Astro moves files from the project's own .astro/ into its output by rename,
 * which fails when the output is on another file system (OUT_DIR on another disk).
 */
export async function buildAstro(options: AstroPartsOptions): Promise<PartsBuilt> {
  const slugs = documentSlugs(options.contentDir);
  const workDir = resolve(options.workDir ?? partsWorkDir('all'));
  await rm(workDir, { recursive: true, force: true });
  try {
    if (slugs.length <= options.partSize) {
      await options.runAstro(['build'], { OUT_DIR: join(workDir, 'dist') });
      await moveAcross(join(workDir, 'dist'), resolve(options.outDir));
      return { parts: 1, fromCache: 0 };
    }
    const parts = keyedParts(
      planParts(slugs, options.partSize),
      options.contentDir,
      options.seedsDir,
      options.settings,
    );
    const fromCache = await buildParts(parts, workDir, options);
    await mergeParts(parts, (part) => join(workDir, part.name, 'dist'), resolve(options.outDir));
    if (options.cacheDir !== false) await new PartCache(options.cacheDir).keepOnly(new Set(parts.map((p) => p.key!)));
    return { parts: parts.length, fromCache };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Builds each part into workDir/<name>/dist, or copies it from the part cache; returns how many came from the cache.
 * The documents parts go first and the site part last, so that reading the document pages
 * (options.readDocumentPages) can run beside the site part, the longest.
 */
export async function buildParts(parts: readonly Part[], workDir: string, options: AstroPartsOptions): Promise<number> {
  const cache = options.cacheDir === false ? null : new PartCache(options.cacheDir);
  const outputOf = (part: Part) => join(workDir, part.name, 'dist');
  const documentParts = parts.filter((p) => p.kind === 'documents');
  let documentPartsLeft = documentParts.length;
  let reading: Promise<void> | undefined;
  const documentsDone = () => {
    if (--documentPartsLeft > 0 || !options.readDocumentPages) return;
    const pages = documentParts.flatMap((part) =>
      part.documents.map((slug) => {
        const path = `documenten/${slug}/index.html`;
        return { path, file: join(outputOf(part), path) };
      }),
    );
    reading = options.readDocumentPages(pages);
  };
  let fromCache = 0;
  const build = async (part: Part) => {
    const out = outputOf(part);
    if (cache && part.key && cache.has(part.key) && (await cache.restore(part.key, out))) {
      fromCache++;
      return;
    }
    const started = performance.now();
    await runAstroPart(part, workDir, options);
    // Each part's time, for finding the longest: the critical path of a build in parts and of a matrix.
    const what = part.kind === 'site' ? "the site's own pages" : `${part.documents.length} documents`;
    console.log(`[astro-part] ${part.name} (${what}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (cache && part.key) await cache.store(part.key, out);
  };
  try {
    await runLimited(
      [...documentParts, ...parts.filter((p) => p.kind === 'site')].map((part) => async () => {
        await build(part);
        if (part.kind === 'documents') documentsDone();
      }),
      options.concurrency ?? availableParallelism(),
    );
  } finally {
    // Not left running when a part failed: its pages are removed with the parts' folder.
    await reading;
  }
  return fromCache;
}

async function runAstroPart(part: Part, workDir: string, options: AstroPartsOptions): Promise<void> {
  const root = join(workDir, part.name);
  await mkdir(root, { recursive: true });
  const list = join(root, 'documenten.json');
  await writeFile(list, JSON.stringify(part.documents));
  // Astro joins --config to the root: it takes a path relative to it.
  await options.runAstro(['build', '--root', root, '--config', relative(root, CONFIG)], {
    [BUILD_PART_ENV]: part.kind,
    [PART_DOCUMENTS_ENV]: list,
    OUT_DIR: join(root, 'dist'),
    // Each part its own content store: parts run side by side.
    ASTRO_CACHE_DIR: join(root, 'astro-cache'),
    CONTENT_DIR: resolve(options.contentDir),
    SEEDS_DIR: resolve(options.seedsDir),
  });
}

/** Runs the tasks with at most `limit` at a time; the first failure fails the whole, after the running ones end. */
async function runLimited(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  const queue = [...tasks];
  const failures: unknown[] = [];
  const worker = async () => {
    for (let task = queue.shift(); task && failures.length === 0; task = queue.shift()) {
      try {
        await task();
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  if (failures.length) throw failures[0];
}

/**
 * The site part's output becomes outDir (which must not exist); each documents part adds its
 * documents' folders. Hashed assets (_astro/) are shared: a name two parts both wrote must
 * hold the same bytes, else the parts disagree and the build stops.
 * The parts' folders are moved, or copied where outDir is on another file system.
 */
export async function mergeParts(
  parts: readonly Part[],
  outputOf: (part: Part) => string,
  outDir: string,
): Promise<void> {
  const site = parts.find((p) => p.kind === 'site');
  if (!site) throw new Error('no site part to merge');
  await moveAcross(outputOf(site), outDir);
  for (const part of parts.filter((p) => p.kind === 'documents')) {
    const partOut = outputOf(part);
    await mkdir(join(outDir, 'documenten'), { recursive: true });
    for (const slug of part.documents) {
      const folder = join(partOut, 'documenten', slug);
      if (!existsSync(folder))
        throw new BuildError(
          part.name,
          `the build part has no page for the document ${slug}`,
          'part-incomplete',
          'build again; a part that keeps failing so is a bug to report',
        );
      await moveAcross(folder, join(outDir, 'documenten', slug));
    }
    const assets = join(partOut, '_astro');
    if (!existsSync(assets)) continue;
    await mkdir(join(outDir, '_astro'), { recursive: true });
    for (const name of readdirSync(assets)) {
      const target = join(outDir, '_astro', name);
      if (!existsSync(target)) await moveAcross(join(assets, name), target);
      else if (!readFileSync(target).equals(readFileSync(join(assets, name))))
        throw new BuildError(
          `_astro/${name}`,
          `build parts disagree: ${part.name} wrote other bytes than an earlier part`,
          'parts-disagree',
          'build every part from the same commit; remove the part cache if it persists',
        );
    }
  }
}
