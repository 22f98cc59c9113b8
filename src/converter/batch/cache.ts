// Conversion results kept by what determines them: the source bytes, the file
// name, its catalog entry and the converter's version (its code, its
// dependencies and the entity data). An unchanged document is then read back
// instead of converted again; anything that could change its output changes the key.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentFrontmatter } from '../../schema/document.ts';
import type { CatalogEntry } from './catalog.ts';
import type { TextChangeCounts } from './text-changes.ts';

export interface ConvertedDocument {
  frontmatter: DocumentFrontmatter;
  mdx: string;
  /** How many characters each rule normalised or split, for the build report. */
  textChanges: TextChangeCounts;
}

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/kamerdossier/convert';

const SOURCE_ROOT = new URL('../../', import.meta.url);
const VERSIONED_FOLDERS = ['converter', 'lib', 'schema'];
const LOCKFILE = new URL('../../../package-lock.json', import.meta.url);

// Reads here are synchronous: thousands of small files read one by one are bound by
// the latency of each asynchronous round trip, not by the disk.

/** A hash of everything besides the document that its conversion depends on. */
export function converterVersion(entities: unknown): string {
  const hash = createHash('sha256');
  for (const folder of VERSIONED_FOLDERS) {
    const files = readdirSync(new URL(folder, SOURCE_ROOT), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
    for (const file of files) hash.update(`${folder}/${file}\0`).update(readFileSync(new URL(`${folder}/${file}`, SOURCE_ROOT))).update('\0');
  }
  hash.update(readFileSync(LOCKFILE));
  hash.update(JSON.stringify(entities));
  return hash.digest('hex');
}

export function cacheKey(version: string, file: string, sourceSha256: string, entry: CatalogEntry | undefined): string {
  return createHash('sha256').update(JSON.stringify([version, file, sourceSha256, entry ?? null])).digest('hex');
}

export function sourceHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function readCached(dir: string, key: string): ConvertedDocument | null {
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as ConvertedDocument;
  } catch {
    // Missing or unreadable (a run stopped mid-write elsewhere): convert again.
    return null;
  }
}

/** Written under a temporary name and renamed, so a reader never sees half an entry. */
export async function writeCached(dir: string, key: string, value: ConvertedDocument): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  await writeFile(temporary, JSON.stringify(value));
  await rename(temporary, join(dir, `${key}.json`));
}
