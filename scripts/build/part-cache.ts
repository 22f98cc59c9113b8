// The output of each Astro build part, kept by the hash of its inputs
// (scripts/build/part-inputs.ts): a rebuild reuses every part whose inputs did not
// change. Each entry holds the part's files and a manifest of their hashes; an entry
// that no longer matches its manifest is discarded with a warning and the part is
// built again, never served. Only the entries of the latest build are kept, so the
// cache stays one site's size.
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isAlive } from '../../src/lib/processes.ts';
import { type FileManifest, manifestOf, manifestProblem } from './file-manifest.ts';

/** An entry's name: the part's key. Nothing else in the folder is ever removed by the cache. */
const ENTRY = /^[0-9a-f]{64}$/;
const TEMPORARY = /^\.[0-9a-f]{64}\.(\d+)\.tmp$/;

export class PartCache {
  readonly dir: string;
  /** Where a discarded entry is told about. */
  private readonly warn: (message: string) => void;

  constructor(dir: string, warn: (message: string) => void = (message) => console.warn(message)) {
    this.dir = dir;
    this.warn = warn;
  }

  has(key: string): boolean {
    return existsSync(join(this.dir, key, 'manifest.json'));
  }

  /**
   * Copies the kept output into `target` (which must not exist) and checks the copy against the
   * entry's manifest. Returns false, with the entry and the copy removed, when they do not match.
   */
  async restore(key: string, target: string): Promise<boolean> {
    const entry = join(this.dir, key);
    let problem: string | null;
    try {
      const manifest = JSON.parse(readFileSync(join(entry, 'manifest.json'), 'utf8')) as FileManifest;
      await cp(join(entry, 'files'), target, { recursive: true });
      problem = manifestProblem(target, manifest);
    } catch (error) {
      problem = `it cannot be read (${(error as Error).message})`;
    }
    if (problem === null) return true;
    this.warn(`warning: part cache entry ${entry} is damaged (${problem}); discarded, the part is built again`);
    await rm(entry, { recursive: true, force: true });
    await rm(target, { recursive: true, force: true });
    return false;
  }

  /** Copied under a temporary name with its manifest, then renamed: an interrupted build never leaves half an entry. */
  async store(key: string, source: string): Promise<void> {
    if (this.has(key)) return;
    await mkdir(this.dir, { recursive: true });
    const temporary = join(this.dir, `.${key}.${process.pid}.tmp`);
    await rm(temporary, { recursive: true, force: true });
    await cp(source, join(temporary, 'files'), { recursive: true });
    await writeFile(join(temporary, 'manifest.json'), JSON.stringify(manifestOf(join(temporary, 'files'))));
    await rm(join(this.dir, key), { recursive: true, force: true });
    await rename(temporary, join(this.dir, key));
  }

  /** Removes every entry but these, and temporary copies left by interrupted builds; nothing else in the folder. */
  async keepOnly(keys: ReadonlySet<string>): Promise<void> {
    if (!existsSync(this.dir)) return;
    for (const name of await readdir(this.dir))
      if ((ENTRY.test(name) && !keys.has(name)) || leftBehind(name))
        await rm(join(this.dir, name), { recursive: true, force: true });
  }
}

/** A temporary copy whose build is gone (killed): another build using this cache may still be writing its own. */
function leftBehind(name: string): boolean {
  const pid = TEMPORARY.exec(name)?.[1];
  return pid !== undefined && !isAlive(Number(pid));
}
