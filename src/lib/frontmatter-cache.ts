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

const entryFile = (dir: string, documentText: string) => join(dir, `${createHash('sha256').update(documentText).digest('hex')}.json`);

export function cachedFrontmatter(documentText: string, dir = frontmatterCacheDir()): Record<string, unknown> | null {
  try {
    return JSON.parse(readFileSync(entryFile(dir, documentText), 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** Written under a temporary name and renamed, so a reader in another process never sees half an entry. */
export function storeFrontmatter(documentText: string, frontmatter: unknown, dir = frontmatterCacheDir()): void {
  const file = entryFile(dir, documentText);
  if (existsSync(file)) return;
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(frontmatter));
  renameSync(temporary, file);
}
