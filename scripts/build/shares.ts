// A cold build spread over machines: `npm run build -- --part K/N` builds the Astro
// parts of share K of N into a folder of its own (share-K-of-N/), and
// `npm run build -- --merge` joins the N shares into one site. Every share plans the
// same parts from the same converted corpus, each with the key of its inputs
// (scripts/build/part-inputs.ts), and records the hash of every file it built. The merge
// plans them again from its own conversion and refuses, by name and before it touches
// anything, a share that was built from other code, another corpus or another split, that
// is missing or given twice, or whose files no longer match its record. The shares are
// copied, not moved, so a merge that fails can be run again on the same shares.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { cp } from 'node:fs/promises';
import { BuildError } from './build-error.ts';
import { type FileManifest, manifestOf, manifestProblem, moveAcross } from './file-manifest.ts';
import { PartCache } from './part-cache.ts';
import {
  type AstroPartsOptions,
  buildParts,
  documentSlugs,
  keyedParts,
  mergeParts,
  type Part,
  partsWorkDir,
  planParts,
} from './astro-parts.ts';

const MANIFEST = 'share.json';
const REBUILD_HINT = 'build that share again with --part K/N from the same commit and sources, then merge';

export interface ShareOf {
  share: number;
  of: number;
}

interface ShareManifest extends ShareOf {
  /** Every part of the split, with its key: the same in every share. */
  plan: Part[];
  /** The names of the parts this share built. */
  built: string[];
  /** Each built part's files with their hashes. */
  files: Record<string, FileManifest>;
}

export const shareFolder = ({ share, of }: ShareOf) => `share-${share}-of-${of}`;

/** "2/4" → share 2 of 4. */
export function parseShare(text: string): ShareOf {
  const match = /^(\d+)\/(\d+)$/.exec(text);
  const share = Number(match?.[1]);
  const of = Number(match?.[2]);
  if (!match || share < 1 || of < 1 || share > of)
    throw new BuildError(
      '--part',
      `takes K/N with 1 ≤ K ≤ N (share K of N), not "${text}"`,
      'usage',
      'for example --part 2/4 builds the second of four shares',
    );
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
    planParts(slugs, options.partSize, Math.max(1, of - 1)),
    options.contentDir,
    options.seedsDir,
    options.settings,
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
  await rm(workDir, { recursive: true, force: true });
  try {
    const fromCache = await buildParts(mine, workDir, options);
    // Assembled beside, then swapped in: a share folder is either the old share or the new one.
    const staging = join(workDir, 'share');
    await mkdir(join(staging, 'parts'), { recursive: true });
    const files: Record<string, FileManifest> = {};
    for (const part of mine) {
      await moveAcross(join(workDir, part.name, 'dist'), join(staging, 'parts', part.name));
      files[part.name] = manifestOf(join(staging, 'parts', part.name));
    }
    const manifest: ShareManifest = {
      share: options.share,
      of: options.of,
      plan: parts,
      built: mine.map((p) => p.name),
      files,
    };
    await writeFile(join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await mkdir(options.sharesDir, { recursive: true });
    await rm(folder, { recursive: true, force: true });
    await moveAcross(staging, folder);
    if (options.cacheDir !== false) await new PartCache(options.cacheDir).keepOnly(new Set(parts.map((p) => p.key!)));
    return { parts: mine.length, fromCache, folder };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

function refuseShare(name: string, reason: string, rule: string, hint = REBUILD_HINT): never {
  throw new BuildError(name, reason, rule, hint);
}

function readShareManifest(sharesDir: string, name: string): ShareManifest {
  try {
    return JSON.parse(readFileSync(join(sharesDir, name, MANIFEST), 'utf8')) as ShareManifest;
  } catch (error) {
    return refuseShare(name, `its ${MANIFEST} cannot be read (${(error as Error).message})`, 'share-unreadable');
  }
}

/**
 * Joins the shares in sharesDir into outDir (which must not exist); returns how many shares.
 * Every share is checked before anything is copied.
 */
export async function mergeShares(options: AstroPartsOptions & { sharesDir: string }): Promise<number> {
  const folders = existsSync(options.sharesDir)
    ? readdirSync(options.sharesDir)
        .filter((name) => existsSync(join(options.sharesDir, name, MANIFEST)))
        .sort()
    : [];
  if (!folders.length)
    refuseShare(
      options.sharesDir,
      'holds no build shares',
      'no-shares',
      'build each share first with npm run build -- --part K/N',
    );
  const manifests = folders.map((name) => [name, readShareManifest(options.sharesDir, name)] as const);
  const of = manifests[0]![1].of;
  const parts = plan(options, of);
  const expected = JSON.stringify(parts);
  const seen = new Map<number, string>();
  for (const [name, manifest] of manifests) {
    if (manifest.of !== of) refuseShare(name, `is a share of ${manifest.of}, the others of ${of}`, 'share-other-split');
    if (seen.has(manifest.share))
      refuseShare(
        name,
        `and ${seen.get(manifest.share)} are both share ${manifest.share}`,
        'share-twice',
        'remove one of them',
      );
    seen.set(manifest.share, name);
    if (JSON.stringify(manifest.plan) !== expected)
      refuseShare(
        name,
        "was built from other code, another corpus or another split than this merge (its parts' keys differ)",
        'share-other-inputs',
      );
    const wanted = partsOfShare(parts, manifest).map((p) => p.name);
    if (JSON.stringify(manifest.built) !== JSON.stringify(wanted))
      refuseShare(name, `built the parts ${manifest.built.join(', ')}, not ${wanted.join(', ')}`, 'share-other-parts');
    for (const part of manifest.built) {
      const problem = manifestProblem(join(options.sharesDir, name, 'parts', part), manifest.files?.[part] ?? {});
      if (problem || !manifest.files?.[part])
        refuseShare(name, `does not match what it built: ${part}/${problem ?? 'no record'}`, 'share-damaged');
    }
  }
  const missing = Array.from({ length: of }, (_, i) => i + 1).filter((k) => !seen.has(k));
  if (missing.length)
    refuseShare(
      options.sharesDir,
      `shares missing: ${missing.map((k) => `${k}/${of}`).join(', ')}`,
      'share-missing',
      'build the missing shares with --part K/N, then merge',
    );
  // Copies of the shares, merged by moving: the shares themselves stay whole for another merge.
  const copies = resolve(options.workDir ?? partsWorkDir('merge'));
  await rm(copies, { recursive: true, force: true });
  try {
    const folderOf = new Map<string, string>();
    for (const [name, manifest] of manifests)
      for (const part of manifest.built) {
        const copy = join(copies, part);
        await cp(join(options.sharesDir, name, 'parts', part), copy, { recursive: true });
        folderOf.set(part, copy);
      }
    await mergeParts(parts, (part) => folderOf.get(part.name)!, resolve(options.outDir));
  } finally {
    await rm(copies, { recursive: true, force: true });
  }
  return of;
}
