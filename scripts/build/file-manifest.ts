// What a folder the build keeps or hands on holds, file by file: the SHA-256 of each. A cached
// part, a share and the merged site are checked against theirs before they are used, so a
// file edited, cut short or lost in between is found instead of published.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, rename } from 'node:fs/promises';
import { join } from 'node:path';

/** Path relative to the folder, "/" between parts → SHA-256 in hex. */
export type FileManifest = Record<string, string>;

/** Every file under dir, in path order, with its hash. */
export function manifestOf(dir: string): FileManifest {
  const manifest: FileManifest = {};
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
  for (const file of files)
    manifest[file] = createHash('sha256')
      .update(readFileSync(join(dir, file)))
      .digest('hex');
  return manifest;
}

/** The first way dir differs from its manifest, or null when it holds exactly those files with those bytes. */
export function manifestProblem(dir: string, manifest: FileManifest): string | null {
  if (!existsSync(dir)) return 'the folder is missing';
  const actual = manifestOf(dir);
  for (const [file, hash] of Object.entries(manifest)) {
    if (!(file in actual)) return `${file} is missing`;
    if (actual[file] !== hash) return `${file} has other bytes than when it was built`;
  }
  const extra = Object.keys(actual).find((file) => !(file in manifest));
  return extra ? `${extra} was not there when it was built` : null;
}

/**
 * Moves a file or folder; across file systems (a rename cannot), it is copied instead. The build's
 * folders may be on other disks than its output (OUT_DIR, SHARES_DIR).
 */
export async function moveAcross(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true, errorOnExist: true, force: false });
  }
}
