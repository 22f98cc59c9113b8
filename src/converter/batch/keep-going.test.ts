// With keepGoing and dropFailed (the site build's --keep-going), a paper that fails to
// convert keeps the version already published, byte for byte, and is reported as kept;
// a paper that never converted stays off the site; a paper whose source is gone is
// still removed. Without keepGoing nothing is published.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { convertFolder, type BatchOptions } from './batch.ts';
import { cachedFrontmatter, documentHash } from '../../lib/frontmatter-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'kd-keep-going-'));
const seeds = join(work, 'seeds');
const outDir = join(work, 'content');
const frontmatterCache = join(work, 'frontmatter');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** The seed of kamervragen-2013-02-08.mdx, and the seed of kamervragen-2017-11-10.mdx. */
const SEED = '002_3c20b123cf27bdb5.txt';
const PAGE = 'kamervragen-2013-02-08.mdx';
const OTHER_SEED = '000_465ddff01d450a22.txt';
const OTHER_PAGE = 'kamervragen-2017-11-10.mdx';

/** Each file of the output folder by the SHA-256 of its bytes: byte identity, with a diff that stays readable. */
const snapshot = () =>
  new Map(
    readdirSync(outDir)
      .sort()
      .map((name) => [name, documentHash(readFileSync(join(outDir, name)))]),
  );
const convert = (options: Partial<BatchOptions> = {}) =>
  convertFolder({
    inDir: seeds,
    outDir,
    cacheDir: join(work, 'cache'),
    frontmatterCacheDir: frontmatterCache,
    workers: 0,
    keepGoing: true,
    dropFailed: true,
    ...options,
  });

let published: Map<string, string>;
beforeEach(async () => {
  rmSync(seeds, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  cpSync('seeds', seeds, { recursive: true });
  const first = await convert();
  expect(first.errors).toEqual([]);
  expect(first.keptStale).toEqual([]);
  published = snapshot();
  expect(published.size).toBe(5);
});

describe('--keep-going with a paper that no longer converts', () => {
  it('keeps its published version byte for byte and reports it', async () => {
    writeFileSync(join(seeds, SEED), '');
    const result = await convert();
    expect(result.errors).toEqual([
      expect.stringMatching(new RegExp(`^${SEED}:1:1: the file is empty.*\\[empty-file\\]`)),
    ]);
    expect(result.keptStale).toEqual([
      { file: SEED, mdx: PAGE, reason: expect.stringMatching(new RegExp(`^${SEED}:1:1: .*\\[empty-file\\]$`)) },
    ]);
    expect(result.changed).toEqual([]);
    expect(result.converted.map((c) => c.frontmatter.source.file)).not.toContain(SEED);
    expect(snapshot()).toEqual(published);
    // The site reads its frontmatter from the cache still: the prune kept the entry of the kept file.
    expect(cachedFrontmatter(published.get(PAGE)!, frontmatterCache)).not.toBeNull();
  });

  it('keeps a paper whose source cannot be read, beside one that fails to convert', async () => {
    writeFileSync(join(seeds, SEED), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    rmSync(join(seeds, OTHER_SEED));
    mkdirSync(join(seeds, OTHER_SEED));
    const result = await convert();
    expect(result.keptStale.map(({ file, mdx }) => ({ file, mdx }))).toEqual([
      { file: SEED, mdx: PAGE },
      { file: OTHER_SEED, mdx: OTHER_PAGE },
    ]);
    expect(result.keptStale[0]!.reason).toMatch(/\[binary-file\]$/);
    expect(result.keptStale[1]!.reason).toMatch(/not a regular file.*\[not-a-file\]$/);
    expect(snapshot()).toEqual(published);
  });

  it('publishes it again once it converts', async () => {
    writeFileSync(join(seeds, SEED), '');
    await convert();
    cpSync(join('seeds', SEED), join(seeds, SEED));
    const result = await convert();
    expect(result.errors).toEqual([]);
    expect(result.keptStale).toEqual([]);
    expect(snapshot()).toEqual(published);
  });
});

describe('--keep-going without an earlier version', () => {
  it('leaves a paper that fails off, and still removes the page of a source that is gone', async () => {
    writeFileSync(join(seeds, 'nieuw.txt'), '');
    rmSync(join(seeds, OTHER_SEED));
    const result = await convert();
    expect(result.errors).toEqual([expect.stringMatching(/^nieuw\.txt:1:1: .*\[empty-file\]/)]);
    expect(result.keptStale).toEqual([]);
    expect(result.changed).toEqual([OTHER_PAGE]);
    const expected = new Map(published);
    expected.delete(OTHER_PAGE);
    expect(snapshot()).toEqual(expected);
  });

  it('with an output folder not there yet, publishes what converts', async () => {
    rmSync(outDir, { recursive: true });
    writeFileSync(join(seeds, SEED), '');
    const result = await convert();
    expect(result.keptStale).toEqual([]);
    expect(existsSync(join(outDir, PAGE))).toBe(false);
    expect(readdirSync(outDir)).toHaveLength(4);
  });
});

describe('without --keep-going', () => {
  it('returns the error and publishes nothing', async () => {
    writeFileSync(join(seeds, SEED), '');
    rmSync(join(seeds, OTHER_SEED));
    const result = await convert({ keepGoing: false, dropFailed: false });
    expect(result.errors).toEqual([expect.stringMatching(new RegExp(`^${SEED}:1:1: .*\\[empty-file\\]`))]);
    expect(result.keptStale).toEqual([]);
    expect(result.changed).toEqual([]);
    expect(snapshot()).toEqual(published);
  });
});
