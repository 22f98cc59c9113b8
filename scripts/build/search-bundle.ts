// Reads a written Pagefind bundle back: what the search page loads first must be there and whole.
// pagefind-entry.json names each language's page list (pagefind.<hash>.pf_meta) and WebAssembly.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Entry {
  languages?: Record<string, { hash?: string; wasm?: string | null }>;
}

/** What is wrong with the bundle in `folder`, or null when the entry file and every file it names read whole. */
export function searchBundleProblem(folder: string): string | null {
  const entryFile = join(folder, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return 'pagefind-entry.json is missing';
  let entry: Entry;
  try {
    entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  } catch (error) {
    return `pagefind-entry.json does not parse (${(error as Error).message})`;
  }
  const languages = Object.values(entry.languages ?? {});
  if (languages.length === 0) return 'pagefind-entry.json names no language';
  for (const { hash, wasm } of languages) {
    const files = [`pagefind.${hash}.pf_meta`, ...(wasm ? [`wasm.${wasm}.pagefind`] : [])];
    for (const file of files)
      if (!existsSync(join(folder, file)) || statSync(join(folder, file)).size === 0)
        return `${file} is missing or empty`;
  }
  return null;
}
