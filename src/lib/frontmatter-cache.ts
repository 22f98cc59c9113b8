// Parsed frontmatter kept by the hash of the document's text. Every Astro build part
// reads the whole corpus's frontmatter, and YAML parsing is its largest cost; the
// converter, which made the frontmatter, leaves it here as JSON for them. A file
// not found here (edited by hand, say) is parsed as YAML.
//
// Each entry, `<hash>.entry`, is a line with a checksum and then the JSON. An entry
// that does not match its checksum (edited, damaged on disk) is discarded and the
// reader parses the document's YAML instead: what a page shows comes from the document.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { entryPath, pruneEntries, readCheckedEntry, sealedEntry, temporaryPath } from './checked-entries.ts';
import { resolve } from 'node:path';
import { siteSettings } from './options.ts';

/** KD_FRONTMATTER_CACHE (src/lib/options.ts), where the converter and every Astro process find the entries. */
export function frontmatterCacheDir(): string {
  return resolve(siteSettings().frontmatterCache);
}

/** The key of a document's entry: the SHA-256 of its UTF-8 bytes, in hex. Hashing the bytes as read saves decoding every file. */
export function documentHash(document: string | Uint8Array): string {
  return createHash('sha256').update(document).digest('hex');
}

/** Entries warned about in this process: one that cannot be removed (a read-only cache) is read by every build part's loader. */
const warned = new Set<string>();

/** The frontmatter of the document with this hash; null when there is none, or when its entry fails its check (then it is removed). */
export function cachedFrontmatter(hash: string, dir = frontmatterCacheDir()): Record<string, unknown> | null {
  const payload = readCheckedEntry(dir, hash, (path) => {
    if (!warned.has(path))
      console.error(
        `warning: frontmatter cache entry ${path} does not match its checksum; discarded and read from the document instead`,
      );
    warned.add(path);
  });
  return typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : null;
}

/** Written under a temporary name and renamed, so a reader in another process never sees half an entry. */
export function storeFrontmatter(hash: string, frontmatter: unknown, dir = frontmatterCacheDir()): void {
  const file = entryPath(dir, hash);
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  const temporary = temporaryPath(dir, hash);
  writeFileSync(temporary, sealedEntry(hash, JSON.stringify(frontmatter)));
  renameSync(temporary, file);
}

/** Removes every entry but those of `keepHashes` (src/lib/checked-entries.ts); a document whose entry is gone is parsed from its YAML. */
export function pruneFrontmatterCache(keepHashes: Set<string>, dir = frontmatterCacheDir()): void {
  pruneEntries(dir, keepHashes);
}
