// A cold build spread over machines: `npm run build -- --part K/N` builds the Astro
// parts of share K of N into a folder of its own (share-K-of-N/), and
// `npm run build -- --merge` joins the N shares into one site. Every share plans the
// same parts from the same converted corpus, each with the key of its inputs
// (scripts/build/part-inputs.ts); the merge plans them again from its own conversion
// and refuses shares that were built from other code, another corpus or another
// split, or that are missing or given twice. Then it merges as a single machine does.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PartCache, partCacheDir } from './part-cache.ts';
import {
  type AstroPartsOptions,
  buildParts,
  documentSlugs,
  keyedParts,
  mergeParts,
  type Part,
  partSize,
  partsWorkDir,
  planParts,
} from './astro-parts.ts';

export const SHARES_DIR_ENV = 'SHARES_DIR';
const MANIFEST = 'share.json';

export interface ShareOf {
  share: number;
  of: number;
}

interface ShareManifest extends ShareOf {
  /** Every part of the split, with its key: the same in every share. */
  plan: Part[];
  /** The names of the parts this share built. */
  built: string[];
}

export function sharesDir(): string {
  return resolve(process.env[SHARES_DIR_ENV] ?? '.build-shares');
}

export const shareFolder = ({ share, of }: ShareOf) => `share-${share}-of-${of}`;

/** "2/4" → share 2 of 4. */
export function parseShare(text: string): ShareOf {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const share = Number(match?.[1]);
  const of = Number(match?.[2]);
  if (!match || share < 1 || of < 1 || share > of)
    throw new Error(`--part takes K/N with 1 ≤ K ≤ N (share K of N), not "${text}"`);
  return { share, of };
}

/**
 * The parts of one share. The site part, the longest (it renders every list, the timeline and
 * the open data), is share 1's alone; the documents parts are dealt out in turn to the others.
 * A split in one share builds everything.
 */
export function partsOfShare(parts: readonly Part[], { share, of }: ShareOf): Part[] {
  if (of === 1) return [...parts];
  const documents = parts.filter((p) => p.kind === 'documents');
  if (share === 1) return parts.filter((p) => p.kind === 'site');
  return documents.filter((_, i) => i % (of - 1) === share - 2);
}

/** Every share plans the same parts: at least one documents part for each share but the first, where there are documents enough. */
function plan(options: AstroPartsOptions, of: number): Part[] {
  const slugs = documentSlugs(options.contentDir);
  return keyedParts(
    planParts(slugs, options.partSize ?? partSize(), Math.max(1, of - 1)),
    options.contentDir,
    options.seedsDir,
  );
}

/** Builds share K of N into <shares>/share-K-of-N/; returns what it built. */
export async function buildShare(
  options: AstroPartsOptions & ShareOf & { sharesDir: string },
): Promise<{ parts: number; fromCache: number; folder: string }> {
  const parts = plan(options, options.of);
  const mine = partsOfShare(parts, options);
  const folder = join(options.sharesDir, shareFolder(options));
  const workDir = resolve(options.workDir ?? partsWorkDir(shareFolder(options)));
  await rm(folder, { recursive: true, force: true });
  await rm(workDir, { recursive: true, force: true });
  try {
    const fromCache = await buildParts(mine, workDir, options);
    await mkdir(join(folder, 'parts'), { recursive: true });
    for (const part of mine) await rename(join(workDir, part.name, 'dist'), join(folder, 'parts', part.name));
    const manifest: ShareManifest = {
      share: options.share,
      of: options.of,
      plan: parts,
      built: mine.map((p) => p.name),
    };
    await writeFile(join(folder, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    if (options.cacheDir !== false)
      await new PartCache(options.cacheDir ?? partCacheDir()).keepOnly(new Set(parts.map((p) => p.key!)));
    return { parts: mine.length, fromCache, folder };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Joins the shares in sharesDir into outDir (the shares' folders are moved, not copied); returns how many shares. */
export async function mergeShares(options: AstroPartsOptions & { sharesDir: string }): Promise<number> {
  const folders = existsSync(options.sharesDir)
    ? readdirSync(options.sharesDir).filter((name) => existsSync(join(options.sharesDir, name, MANIFEST)))
    : [];
  if (!folders.length)
    throw new Error(`no build shares in ${options.sharesDir}: run npm run build -- --part K/N first`);
  const manifests = folders.map(
    (name) =>
      [name, JSON.parse(readFileSync(join(options.sharesDir, name, MANIFEST), 'utf8')) as ShareManifest] as const,
  );
  const of = manifests[0]![1].of;
  const parts = plan(options, of);
  const expected = JSON.stringify(parts);
  const seen = new Map<number, string>();
  for (const [name, manifest] of manifests) {
    if (manifest.of !== of) throw new Error(`${name} is a share of ${manifest.of}, the others of ${of}`);
    if (seen.has(manifest.share))
      throw new Error(`${name} and ${seen.get(manifest.share)} are both share ${manifest.share}`);
    seen.set(manifest.share, name);
    if (JSON.stringify(manifest.plan) !== expected)
      throw new Error(
        `${name} was built from other code, another corpus or another split than this merge (its parts' keys differ): build every share from the same commit and sources`,
      );
    const wanted = partsOfShare(parts, manifest).map((p) => p.name);
    if (JSON.stringify(manifest.built) !== JSON.stringify(wanted))
      throw new Error(`${name} built the parts ${manifest.built.join(', ')}, not ${wanted.join(', ')}`);
  }
  const missing = Array.from({ length: of }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length)
    throw new Error(`shares missing from ${options.sharesDir}: ${missing.map((k) => `${k}/${of}`).join(', ')}`);
  const folderOf = new Map<string, string>();
  for (const [name, manifest] of manifests)
    for (const part of manifest.built) folderOf.set(part, join(options.sharesDir, name, 'parts', part));
  await mergeParts(parts, (part) => folderOf.get(part.name)!, resolve(options.outDir));
  return of;
}
