// The Astro stage for a large corpus: one `astro build` for the site's own pages and
// one per share of the documents, run side by side (one per core), each in a root of
// its own so their caches and intermediate files never meet, then merged into one
// output folder. One process compiles every MDX file it renders and keeps the whole
// bundle in memory; parts keep each process small and use every core.
// A corpus of at most one part's size is built by a single plain `astro build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_PART_ENV, PART_DOCUMENTS_ENV, type BuildPart } from '../../src/site/build-part.ts';

/**
 * Most documents per part. Measured on 2 cores and 24 GiB at 1,000 and 5,000 documents
 * (docs/performance.md): a part of 500 peaks near 2 GiB; larger parts save start-up time
 * but cost memory, smaller ones the reverse.
 */
export const DEFAULT_PART_SIZE = 500;

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = join(PROJECT, 'astro.config.mjs');

export interface AstroPartsOptions {
  contentDir: string;
  outDir: string;
  seedsDir: string;
  /** Documents per part (KD_PART_SIZE); a corpus this size or smaller is built in one go. */
  partSize?: number;
  /** Parts built at the same time; default one per core. */
  concurrency?: number;
  /** Where the parts are built; removed afterwards. */
  workDir?: string;
  /** Runs `astro` with these arguments and extra environment; rejects when it fails. */
  runAstro: (args: string[], env: Record<string, string>) => Promise<void>;
}

export interface Part {
  name: string;
  kind: Exclude<BuildPart, 'all'>;
  /** Slugs of the documents a documents part renders. */
  documents: string[];
}

/** The site part, then the documents in slug order, cut into as few parts of at most `size` as will do, of near-equal size. */
export function planParts(slugs: readonly string[], size: number): Part[] {
  const sorted = [...slugs].sort();
  const share = Math.ceil(sorted.length / Math.ceil(sorted.length / size));
  const parts: Part[] = [{ name: 'site', kind: 'site', documents: [] }];
  for (let i = 0; i < sorted.length; i += share)
    parts.push({ name: `documenten-${parts.length}`, kind: 'documents', documents: sorted.slice(i, i + share) });
  return parts;
}

export function partSize(): number {
  const requested = Number(process.env.KD_PART_SIZE ?? DEFAULT_PART_SIZE);
  if (!Number.isInteger(requested) || requested < 1)
    throw new Error(
      `KD_PART_SIZE must be a whole number of documents of at least 1, not "${process.env.KD_PART_SIZE}"`,
    );
  return requested;
}

/** Builds the site into outDir; returns how many parts it took (1: a single build). */
export async function buildAstro(options: AstroPartsOptions): Promise<number> {
  const slugs = readdirSync(options.contentDir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -'.mdx'.length));
  const size = options.partSize ?? partSize();
  if (slugs.length <= size) {
    await options.runAstro(['build'], {});
    return 1;
  }
  const workDir = resolve(options.workDir ?? join(PROJECT, '.build-parts'));
  await rm(workDir, { recursive: true, force: true });
  const parts = planParts(slugs, size);
  try {
    await runLimited(
      parts.map((part) => () => runAstroPart(part, workDir, options)),
      options.concurrency ?? availableParallelism(),
    );
    await merge(parts, workDir, resolve(options.outDir));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return parts.length;
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
 * The site part's output becomes outDir; each documents part adds its documents'
 * folders. Hashed assets (_astro/) are shared: a name two parts both wrote must
 * hold the same bytes, else the parts disagree and the build stops.
 */
async function merge(parts: readonly Part[], workDir: string, outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await rename(join(workDir, 'site', 'dist'), outDir);
  for (const part of parts.filter((p) => p.kind === 'documents')) {
    const partOut = join(workDir, part.name, 'dist');
    await mkdir(join(outDir, 'documenten'), { recursive: true });
    for (const slug of part.documents)
      await rename(join(partOut, 'documenten', slug), join(outDir, 'documenten', slug));
    const assets = join(partOut, '_astro');
    if (!existsSync(assets)) continue;
    await mkdir(join(outDir, '_astro'), { recursive: true });
    for (const name of readdirSync(assets)) {
      const target = join(outDir, '_astro', name);
      if (!existsSync(target)) await rename(join(assets, name), target);
      else if (!readFileSync(target).equals(readFileSync(join(assets, name))))
        throw new Error(`build parts disagree on _astro/${name}: ${part.name} wrote other bytes than an earlier part`);
    }
  }
}
