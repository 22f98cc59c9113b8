// What each Astro build part's output depends on, as one hash per part: the key
// of the part cache (scripts/build/part-cache.ts) and what build shares must agree
// on before they are merged (scripts/build/shares.ts).
// - The code: every file of src/ and public/, the Astro config, the build scripts,
//   the lockfile, and every setting that is not a folder.
// - A documents part: its documents' files, and the outline of every document
//   (what its pages show of the others: src/site/document-loader.ts, outline).
// - The site part: every document's file and every source file (open data and
//   the conversion report read them).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outline, splitDocument } from '../../src/site/document-loader.ts';
import { documentHash } from '../../src/lib/frontmatter-cache.ts';
import { listSourceFiles } from '../../src/converter/batch/source-files.ts';
import { pageSettingsKey, type Settings } from '../../src/lib/options.ts';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const CODE = ['src', 'public', 'scripts/build', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];

function filesUnder(path: string): string[] {
  const full = join(PROJECT, path);
  try {
    return (
      readdirSync(full, { recursive: true, withFileTypes: true })
        // Tests beside their modules are not part of the site.
        .filter((e) => e.isFile() && !e.name.endsWith('.test.ts'))
        .map((e) => join(e.parentPath, e.name).slice(PROJECT.length))
        .sort()
    );
  } catch {
    return [path];
  }
}

/**
 * A hash of the code and settings that every part's output depends on: every setting that is
 * not a folder (src/lib/options.ts, pageSettingsKey), so none can be left out by mistake.
 */
export function codeVersion(settings: Settings): string {
  const hash = createHash('sha256').update(process.version);
  for (const path of CODE)
    for (const file of filesUnder(path))
      hash
        .update(`${file}\0`)
        .update(readFileSync(join(PROJECT, file)))
        .update('\0');
  hash.update(pageSettingsKey(settings));
  return hash.digest('hex');
}

/** Name → SHA-256 of every file in the folder, in name order. */
function folderHashes(dir: string, names: readonly string[]): [string, string][] {
  return [...names].sort().map((name) => [name, documentHash(readFileSync(join(dir, name)))]);
}

/**
 * The files of the sources folder the converter reads: the documents and the catalog, at its top.
 * Subfolders (originals, notes) are not read, by any build.
 */
export function sourceFilesRead(seedsDir: string): string[] {
  const catalog = existsSync(join(seedsDir, 'catalog.yaml')) ? ['catalog.yaml'] : [];
  return [...listSourceFiles(seedsDir), ...catalog];
}

export interface CorpusInputs {
  /** slug → SHA-256 of its MDX file. */
  documents: Map<string, string>;
  /** Every document's file and every source file, hashed together: what the site part reads. */
  corpus: string;
  /** The outline of every document, hashed together: what a documents part reads of the others. */
  outlines: string;
}

export function corpusInputs(contentDir: string, seedsDir: string): CorpusInputs {
  const documents = new Map<string, string>();
  const outlines = createHash('sha256');
  for (const [name, hash] of folderHashes(
    contentDir,
    readdirSync(contentDir).filter((f) => f.endsWith('.mdx')),
  )) {
    // Parsed from the file itself, not taken from the frontmatter cache: the converter leaves its own object
    // there, which holds more than the file says and changes with any edit of the text, so a key built on
    // it would change for every part when one document changes.
    const data = splitDocument(name, readFileSync(join(contentDir, name), 'utf8')).data;
    // Parts are planned by file name, which is the slug (scripts/build/astro-parts.ts).
    const slug = name.slice(0, -'.mdx'.length);
    documents.set(slug, hash);
    outlines.update(`${slug}\0${JSON.stringify(outline(data))}\0`);
  }
  const corpus = createHash('sha256');
  for (const [name, hash] of [...documents, ...folderHashes(seedsDir, sourceFilesRead(seedsDir))])
    corpus.update(`${name}\0${hash}\0`);
  return { documents, corpus: corpus.digest('hex'), outlines: outlines.digest('hex') };
}

/** The key of one part's output. */
export function partKey(
  part: { kind: 'site' | 'documents'; documents: readonly string[] },
  code: string,
  inputs: CorpusInputs,
): string {
  const hash = createHash('sha256').update(`${code}\0${part.kind}\0`);
  if (part.kind === 'site') hash.update(inputs.corpus);
  else {
    hash.update(inputs.outlines);
    for (const slug of part.documents) hash.update(`${slug}\0${inputs.documents.get(slug) ?? 'missing'}\0`);
  }
  return hash.digest('hex');
}
