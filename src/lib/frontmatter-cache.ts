// Parsed frontmatter kept by the hash of the document's text. Every Astro build part
// reads the whole corpus's frontmatter, and YAML parsing is its largest cost; the
// converter, which made the frontmatter, leaves it here as JSON for them. A file
// not found here (edited by hand, say) is parsed as YAML.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function frontmatterCacheDir(): string {
  return resolve(process.env.KD_FRONTMATTER_CACHE ?? 'node_modules/.cache/kamerdossier/frontmatter');
}

/** The key of a document's entry: the SHA-256 of its UTF-8 bytes, in hex. Hashing the bytes as read saves decoding every file. */
export function documentHash(document: string | Uint8Array): string {
  return createHash('sha256').update(document).digest('hex');
}

const entryFile = (dir: string, hash: string) => join(dir, `${hash}.json`);

export function cachedFrontmatter(hash: string, dir = frontmatterCacheDir()): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(entryFile(dir, hash), 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Written under a temporary name and renamed, so a reader in another process never sees half an entry. */
export function storeFrontmatter(hash: string, frontmatter: unknown, dir = frontmatterCacheDir()): void {
  const file = entryFile(dir, hash);
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(frontmatter));
  renameSync(temporary, file);
}
