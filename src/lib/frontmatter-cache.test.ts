// The converter leaves each document's frontmatter as JSON for the site build
// (src/lib/frontmatter-cache.ts): it must be exactly what reading the YAML gives,
// an entry edited on disk is refused so the reader parses the document instead,
// and a convert keeps only the entries of the documents it published.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { convertFolder } from '../converter/batch/batch.ts';
import { MalformedDocumentError, splitDocument } from '../site/document-loader.ts';
import { cachedFrontmatter, documentHash, pruneFrontmatterCache, storeFrontmatter } from './frontmatter-cache.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('frontmatter left by the converter', () => {
  it('equals the YAML frontmatter of every converted seed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kd-frontmatter-'));
    const cache = join(dir, 'cache');
    try {
      const result = await convertFolder({
        inDir: 'seeds',
        outDir: join(dir, 'content'),
        cacheDir: false,
        frontmatterCacheDir: cache,
        workers: 0,
      });
      expect(result.errors).toEqual([]);
      const files = await readdir(join(dir, 'content'));
      expect(files).toHaveLength(5);
      for (const file of files) {
        const text = await readFile(join(dir, 'content', file), 'utf8');
        // The site's loader hashes the file's bytes, the converter the text it wrote: the same key.
        expect(documentHash(await readFile(join(dir, 'content', file)))).toBe(documentHash(text));
        const cached = cachedFrontmatter(documentHash(text), cache);
        expect(cached, file).not.toBeNull();
        expect(cached).toStrictEqual(JSON.parse(JSON.stringify(splitDocument(file, text).data)));
      }
      // Another text, another entry: an edited document is never served stale frontmatter.
      const text = await readFile(join(dir, 'content', files[0]!), 'utf8');
      expect(cachedFrontmatter(documentHash(text.replace('kind:', 'kind:  ')), cache)).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a document without frontmatter by file and line', () => {
    expect(() => splitDocument('content/x.mdx', 'no frontmatter here')).toThrow(MalformedDocumentError);
    expect(() => splitDocument('content/x.mdx', 'no frontmatter here')).toThrow(
      'content/x.mdx:1: expected frontmatter',
    );
    expect(() => splitDocument('content/x.mdx', '---\n- a list\n---\nbody')).toThrow(
      'content/x.mdx:2: expected the frontmatter to be a mapping',
    );
  });
});

/** Converts the seeds (all, or without `leftOut`) into `dir`/content, with the frontmatter cache in `dir`/cache. */
async function convertSeeds(dir: string, leftOut?: string) {
  const seeds = join(dir, 'seeds');
  rmSync(seeds, { recursive: true, force: true });
  cpSync('seeds', seeds, { recursive: true });
  if (leftOut) rmSync(join(seeds, leftOut));
  const result = await convertFolder({
    inDir: seeds,
    outDir: join(dir, 'content'),
    cacheDir: false,
    frontmatterCacheDir: join(dir, 'cache'),
    workers: 0,
  });
  expect(result.errors).toEqual([]);
  return join(dir, 'content');
}

const warnings = () =>
  vi
    .mocked(console.error)
    .mock.calls.map((args) => String(args[0]))
    .filter((line) => line.startsWith('warning:'));

describe('a frontmatter cache entry', () => {
  it('edited on disk is refused once with a warning, and the reader parses the YAML instead', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kd-frontmatter-'));
    try {
      {
        const content = await convertSeeds(dir);
        const text = readFileSync(join(content, 'kamervragen-2013-02-08.mdx'), 'utf8');
        const hash = documentHash(text);
        const title = splitDocument('x.mdx', text).data.title as string;
        const entry = join(dir, 'cache', `${hash}.entry`);
        expect(cachedFrontmatter(hash, join(dir, 'cache'))?.title).toBe(title);

        // One byte of the title changed: still valid JSON, only the checksum can tell.
        const bytes = readFileSync(entry);
        const at = bytes.indexOf(JSON.stringify(title)) + 1;
        bytes[at] = bytes[at] === 0x58 ? 0x59 : 0x58;
        writeFileSync(entry, bytes);

        vi.spyOn(console, 'error').mockImplementation(() => {});
        expect(cachedFrontmatter(hash, join(dir, 'cache'))).toBeNull();
        expect(existsSync(entry)).toBe(false);
        // What the site's readers do on a miss (src/site/document-loader.ts, scripts/build/search-index.ts).
        const read = cachedFrontmatter(hash, join(dir, 'cache')) ?? splitDocument('x.mdx', text).data;
        expect(read.title).toBe(title);
        expect(warnings()).toEqual([
          `warning: frontmatter cache entry ${entry} does not match its checksum; discarded and read from the document instead`,
        ]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is bound to its document: copied under another hash, or of the earlier format, it is not read', () => {
    const dir = join(tmpdir(), `kd-frontmatter-copy-${process.pid}`);
    try {
      const [a, b] = [documentHash('a'), documentHash('b')];
      storeFrontmatter(a, { title: 'A' }, dir);
      expect(cachedFrontmatter(a, dir)).toEqual({ title: 'A' });
      writeFileSync(join(dir, `${b}.entry`), readFileSync(join(dir, `${a}.entry`)));
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect(cachedFrontmatter(b, dir)).toBeNull();
      // The earlier format: the JSON alone under <hash>.json.
      writeFileSync(join(dir, `${b}.json`), JSON.stringify({ title: 'B' }));
      expect(cachedFrontmatter(b, dir)).toBeNull();
      expect(warnings()).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pruning the frontmatter cache', () => {
  it('after a convert keeps the entries of the documents published, and removes the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kd-frontmatter-'));
    try {
      {
        const cache = join(dir, 'cache');
        const content = await convertSeeds(dir);
        const hashes = (files: string[]) => files.map((f) => `${documentHash(readFileSync(join(content, f)))}.entry`);
        expect(readdirSync(cache).sort()).toEqual(hashes(readdirSync(content)).sort());
        const removed = hashes(['kamervragen-2017-11-10.mdx'])[0]!;
        const stranger = `${'a'.repeat(64)}.entry`;
        const deadWriter = `${'b'.repeat(64)}.entry.999999999.tmp`;
        const liveWriter = `${'c'.repeat(64)}.entry.${process.pid}.tmp`;
        const earlierFormat = `${'d'.repeat(64)}.json`;
        for (const name of [stranger, deadWriter, liveWriter, earlierFormat, 'notes.txt'])
          writeFileSync(join(cache, name), '{}');

        await convertSeeds(dir, '000_465ddff01d450a22.txt');
        const published = hashes(readdirSync(content));
        expect(published).not.toContain(removed);
        expect(readdirSync(cache).sort()).toEqual([...published, liveWriter, 'notes.txt'].sort());

        pruneFrontmatterCache(new Set(), cache);
        expect(readdirSync(cache).sort()).toEqual([liveWriter, 'notes.txt']);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
