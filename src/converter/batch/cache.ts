// Conversion results kept by what determines them: the source bytes, the file
// name, its catalog entry and the converter's version (the code it runs, its
// dependencies and the entity data). An unchanged document is then read back
// instead of converted again; anything that could change its output changes the key.
//
// Each entry, `<key>.entry`, is a line with a checksum and then the JSON of the
// conversion. An entry that does not match its checksum (edited, damaged on disk)
// is discarded and its document converted again: a cache must never put on a page
// what the converter did not write.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryPath, pruneEntries, readCheckedEntry, sealedEntry, temporaryPath } from '../../lib/checked-entries.ts';
import type { DocumentFrontmatter } from '../../schema/document.ts';
import type { CatalogEntry } from './catalog.ts';
import type { TextChangeCounts } from './text-changes.ts';

export interface ConvertedDocument {
  frontmatter: DocumentFrontmatter;
  mdx: string;
  /** How many characters each rule normalised or split, for the build report. */
  textChanges: TextChangeCounts;
}

const PROJECT_ROOT = new URL('../../../', import.meta.url);
const CONVERTER = 'src/converter/';
const LOCKFILE = new URL('package-lock.json', PROJECT_ROOT);

// Reads here are synchronous: thousands of small files read one by one are bound by
// the latency of each asynchronous round trip, not by the disk.

/** A hash of everything besides the document that its conversion depends on. */
export function converterVersion(entities: unknown): string {
  const hash = createHash('sha256');
  for (const file of converterModules()) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(new URL(file, PROJECT_ROOT)))
      .update('\0');
  }
  hash.update(readFileSync(LOCKFILE));
  hash.update(JSON.stringify(entities));
  return hash.digest('hex');
}

/**
 * The project's modules the converter can load, relative to the project root: every module of
 * src/converter and what they import, at any depth (the schema, the shared logic of src/lib),
 * never the site's. The imports are read by the patterns below, which cache.test.ts pins against
 * the modules Node really loads.
 */
export function converterModules(): string[] {
  const own = readdirSync(new URL(CONVERTER, PROJECT_ROOT), { recursive: true, encoding: 'utf8' });
  const found = new Set(own.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => `${CONVERTER}${f}`));
  for (const file of found) {
    for (const imported of localImports(readFileSync(new URL(file, PROJECT_ROOT), 'utf8'))) {
      found.add(relative(fileURLToPath(PROJECT_ROOT), fileURLToPath(new URL(imported, new URL(file, PROJECT_ROOT)))));
    }
  }
  return [...found].sort();
}

/** A statement that may load a module: our modules write each at the start of a line and end it with ";". */
const STATEMENT = /^(?:import|export)\b/gm;
/** `import type` and `export type` load nothing. */
const TYPE_ONLY = /^(?:import|export)\s+type\s/;
/** A module of ours ("./x.ts", "../../lib/y.ts") at the end of a statement. */
const LOCAL_SPECIFIER = /(?:\bfrom|^import)\s*'(\.[^']+)'$/;
/** A dynamic import of a literal path of ours. */
const DYNAMIC_IMPORT = /\bimport\('(\.[^']+)'\)/g;

/** What a module of ours loads from the project: static imports and re-exports, and dynamic imports. */
function localImports(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(STATEMENT)) {
    const end = source.indexOf(';', m.index);
    const statement = source.slice(m.index, end === -1 ? source.length : end);
    const local = TYPE_ONLY.test(statement) ? null : LOCAL_SPECIFIER.exec(statement);
    if (local) found.push(local[1]!);
  }
  for (const m of source.matchAll(DYNAMIC_IMPORT)) found.push(m[1]!);
  return found;
}

export function cacheKey(version: string, file: string, sourceSha256: string, entry: CatalogEntry | undefined): string {
  return createHash('sha256')
    .update(JSON.stringify([version, file, sourceSha256, entry ?? null]))
    .digest('hex');
}

export function sourceHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The cached conversion of `key`; null when there is none, or when its entry fails its check (then it is removed). */
export function readCached(dir: string, key: string): ConvertedDocument | null {
  return readCheckedEntry(dir, key, (path) =>
    console.error(`warning: convert cache entry ${path} does not match its checksum; discarded and converted again`),
  ) as ConvertedDocument | null;
}

/** Written under a temporary name and renamed, so a reader never sees half an entry. */
export async function writeCached(dir: string, key: string, value: ConvertedDocument): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = temporaryPath(dir, key);
  await writeFile(temporary, sealedEntry(key, JSON.stringify(value)));
  await rename(temporary, entryPath(dir, key));
}

/** Removes every entry but those of `keepKeys` (src/lib/checked-entries.ts). */
export function pruneConvertCache(dir: string, keepKeys: Set<string>): void {
  pruneEntries(dir, keepKeys);
}
