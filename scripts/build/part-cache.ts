// The output of each Astro build part, kept by the hash of its inputs
// (scripts/build/part-inputs.ts): a rebuild reuses every part whose inputs did not
// change. Only the entries of the latest build are kept, so the cache stays one
// site's size.
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const PART_CACHE_ENV = 'KD_PART_CACHE';

export function partCacheDir(): string {
  return resolve(process.env[PART_CACHE_ENV] ?? 'node_modules/.cache/kamerdossier/parts');
}

export class PartCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  has(key: string): boolean {
    return existsSync(join(this.dir, key));
  }

  /** Copies the kept output into `target` (which must not exist). */
  async restore(key: string, target: string): Promise<void> {
    await cp(join(this.dir, key), target, { recursive: true });
  }

  /** Copied under a temporary name and renamed, so an interrupted build never leaves half an entry. */
  async store(key: string, source: string): Promise<void> {
    if (this.has(key)) return;
    await mkdir(this.dir, { recursive: true });
    const temporary = join(this.dir, `.${key}.${process.pid}.tmp`);
    await rm(temporary, { recursive: true, force: true });
    await cp(source, temporary, { recursive: true });
    await rename(temporary, join(this.dir, key));
  }

  /** Removes every entry but these, and temporary copies left by interrupted builds. */
  async keepOnly(keys: ReadonlySet<string>): Promise<void> {
    if (!existsSync(this.dir)) return;
    for (const name of await readdir(this.dir))
      if (!keys.has(name)) await rm(join(this.dir, name), { recursive: true, force: true });
  }
}
