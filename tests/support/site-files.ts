// A built site as its files and their hashes, for comparing two builds byte for byte.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pagefind's filter files differ between any two runs, and so do the page list naming them and the entry
 * naming that (docs/performance.md); its word index, fragments and scripts do not.
 */
export const NOT_REPEATABLE = /^pagefind\/(filter\/|pagefind-entry\.json$|pagefind\.[\w-]+\.pf_meta$)/;

/** Every file of the site but the search index's files that are never the same twice, sorted. */
export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((f) => !NOT_REPEATABLE.test(f))
    .sort();
}

/** Path → SHA-256 of every repeatable file of the site. */
export function siteHashes(dir: string): Map<string, string> {
  return new Map(
    siteFiles(dir).map(
      (f) =>
        [
          f,
          createHash('sha256')
            .update(readFileSync(join(dir, f)))
            .digest('hex'),
        ] as const,
    ),
  );
}

/** The paths whose bytes differ, or that only one of the two sites has. */
export function siteDifferences(actual: Map<string, string>, expected: Map<string, string>): string[] {
  const paths = new Set([...actual.keys(), ...expected.keys()]);
  return [...paths].filter((p) => actual.get(p) !== expected.get(p)).sort();
}
