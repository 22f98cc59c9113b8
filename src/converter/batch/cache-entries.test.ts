// The conversion cache is checked before it is used: an entry edited or damaged on
// disk is discarded with a warning and its document converted again, so the site is
// what a clean conversion writes. A run keeps only the entries it used.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { convertFolder } from './batch.ts';
import { pruneConvertCache, readCached } from './cache.ts';

const work = mkdtempSync(join(tmpdir(), 'kd-convert-cache-'));
const seeds = join(work, 'seeds');
const cacheDir = join(work, 'cache');
// The converter leaves frontmatter for the site in a cache of its own: kept out of node_modules/.cache.
const frontmatterCacheDir = join(work, 'frontmatter');
let clean: Map<string, string>;
let run = 0;

const snapshot = (dir: string) =>
  new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
const entries = () => readdirSync(cacheDir).filter((name) => name.endsWith('.entry'));
/** Converts the seeds into a fresh output folder through the cache. */
const convert = (options: { check?: boolean } = {}) => {
  const outDir = join(work, `out-${run++}`);
  return convertFolder({ inDir: seeds, outDir, cacheDir, frontmatterCacheDir, workers: 0, ...options }).then(
    (result) => ({
      result,
      outDir,
    }),
  );
};
/** The entry whose document has this title. */
const entryOf = (title: string) =>
  entries().find((name) => readFileSync(join(cacheDir, name), 'utf8').includes(title))!;
const warnings = () =>
  vi
    .mocked(console.error)
    .mock.calls.map((args) => String(args[0]))
    .filter((line) => line.startsWith('warning:'));

beforeAll(async () => {
  cpSync('seeds', seeds, { recursive: true });
  const reference = join(work, 'clean');
  const result = await convertFolder({
    inDir: seeds,
    outDir: reference,
    cacheDir: false,
    frontmatterCacheDir,
    workers: 0,
  });
  expect(result.errors).toEqual([]);
  clean = snapshot(reference);
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a convert cache entry', () => {
  it('is written with its checksum and read back', async () => {
    const first = await convert();
    expect(first.result.fromCache).toBe(0);
    expect(entries()).toHaveLength(5);
    const line = readFileSync(join(cacheDir, entries()[0]!), 'utf8').split('\n')[0];
    expect(line).toMatch(/^[0-9a-f]{64}$/);
    const second = await convert();
    expect(second.result.fromCache).toBe(5);
    expect(snapshot(second.outDir)).toEqual(clean);
  });

  it('edited by one byte is discarded with a warning, and its document converted again', async () => {
    const title = 'kamervragen-2017-11-10';
    const mdx = clean.get(`${title}.mdx`)!;
    // A word of the document's text, changed in the cached MDX: still valid JSON, only the checksum can tell.
    const word = 'Het kabinet hecht veel belang';
    expect(mdx).toContain(word);
    const name = entryOf(word);
    const path = join(cacheDir, name);
    const bytes = readFileSync(path);
    const at = bytes.indexOf(word) + 'Het '.length;
    bytes[at] = 'W'.charCodeAt(0);
    writeFileSync(path, bytes);

    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result, outDir } = await convert();
    expect(warnings()).toEqual([
      `warning: convert cache entry ${path} does not match its checksum; discarded and converted again`,
    ]);
    expect(result.fromCache).toBe(4);
    expect(result.errors).toEqual([]);
    expect(snapshot(outDir)).toEqual(clean);
    // Converted again, the entry is whole once more.
    expect(readFileSync(path, 'utf8')).toContain(word);
    expect((await convert()).result.fromCache).toBe(5);
  });

  it('cut short or without its checksum line is discarded too', () => {
    const name = entries()[0]!;
    const path = join(cacheDir, name);
    const key = name.slice(0, -'.entry'.length);
    const whole = readFileSync(path, 'utf8');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    writeFileSync(path, whole.slice(0, -10));
    expect(readCached(cacheDir, key)).toBeNull();
    expect(existsSync(path)).toBe(false);
    writeFileSync(path, whole.slice(whole.indexOf('\n') + 1));
    expect(readCached(cacheDir, key)).toBeNull();
    expect(existsSync(path)).toBe(false);
    expect(warnings()).toHaveLength(2);
    writeFileSync(path, whole);
    expect(readCached(cacheDir, key)).not.toBeNull();
  });

  it('copied under another key fails its check', () => {
    const [a, b] = entries();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const original = readFileSync(join(cacheDir, b!));
    writeFileSync(join(cacheDir, b!), readFileSync(join(cacheDir, a!)));
    expect(readCached(cacheDir, b!.slice(0, -'.entry'.length))).toBeNull();
    expect(warnings()).toHaveLength(1);
    writeFileSync(join(cacheDir, b!), original);
  });

  it('that is missing is converted again without a warning, and one of the earlier format is never read', async () => {
    const word = 'Het kabinet hecht veel belang';
    const name = entryOf(word);
    const key = name.slice(0, -'.entry'.length);
    const edited = readFileSync(join(cacheDir, name), 'utf8')
      .split('\n')[1]!
      .replace(word, 'Het kabinet hecht GEEN belang');
    rmSync(join(cacheDir, name));
    // What the earlier format held: the JSON alone, trusted as it was.
    writeFileSync(join(cacheDir, `${key}.json`), edited);

    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { result, outDir } = await convert();
    expect(warnings()).toEqual([]);
    expect(result.fromCache).toBe(4);
    expect(snapshot(outDir)).toEqual(clean);
    // Pruned with the run: an entry of the earlier format is never read again.
    expect(existsSync(join(cacheDir, `${key}.json`))).toBe(false);
  });
});

describe('pruning the convert cache', () => {
  it('after a run keeps the entries it used and removes the rest', async () => {
    const dropped = entryOf('Het kabinet hecht veel belang');
    const kept = entries().filter((name) => name !== dropped);
    const unused = `${'a'.repeat(64)}.entry`;
    const deadWriter = `${'b'.repeat(64)}.entry.999999999.x1.tmp`;
    const liveWriter = `${'c'.repeat(64)}.entry.${process.pid}.x2.tmp`;
    const notOurs = 'notes.txt';
    for (const name of [unused, deadWriter, liveWriter, notOurs]) writeFileSync(join(cacheDir, name), 'x');
    const removed = join(work, 'removed.txt');
    cpSync(join(seeds, '000_465ddff01d450a22.txt'), removed);
    rmSync(join(seeds, '000_465ddff01d450a22.txt'));
    try {
      // Checking writes nothing, and prunes nothing.
      await convert({ check: true });
      expect(readdirSync(cacheDir)).toContain(dropped);
      expect(readdirSync(cacheDir)).toContain(unused);

      const { result } = await convert();
      expect(result.fromCache).toBe(4);
      expect(readdirSync(cacheDir).sort()).toEqual([...kept, liveWriter, notOurs].sort());
    } finally {
      cpSync(removed, join(seeds, '000_465ddff01d450a22.txt'));
      rmSync(join(cacheDir, liveWriter));
    }
  });

  it('removes what is not kept, when called directly', () => {
    const names = entries();
    const keep = new Set([names[0]!.slice(0, -'.entry'.length)]);
    pruneConvertCache(cacheDir, keep);
    expect(readdirSync(cacheDir).filter((n) => n !== 'notes.txt')).toEqual([names[0]]);
    // A folder that does not exist has nothing to prune.
    expect(() => pruneConvertCache(join(work, 'none'), keep)).not.toThrow();
  });
});
