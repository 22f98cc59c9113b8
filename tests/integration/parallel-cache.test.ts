// Parallel conversion and the conversion cache change nothing but speed: worker
// threads write the same bytes as converting in one thread, a cached result is
// the fresh conversion, and changing one source converts exactly that one again.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus/generate.ts';
import { loadPools } from '../../scripts/bench/corpus/pools.ts';
import { convertFolder } from '../../src/converter/batch/batch.ts';

let work: string;
let sources: string;

async function folderContents(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
  return new Map(await Promise.all(files.map(async (f) => [f, await readFile(join(dir, f), 'utf8')] as const)));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kamerdossier-parallel-'));
  sources = join(work, 'sources');
  // The seeds and synthetic papers of every source shape, so both paths see every stage at work.
  await writeCorpus(sources, { documents: 24, seed: 7 }, await loadPools('seeds'));
  for (const f of (await readdir('seeds')).filter((f) => f.endsWith('.txt')))
    await cp(join('seeds', f), join(sources, f));
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('conversion in worker threads', () => {
  it('writes byte-identical MDX to converting in one thread', async () => {
    const sequential = await convertFolder({
      inDir: sources,
      outDir: join(work, 'sequential'),
      cacheDir: false,
      workers: 0,
    });
    const parallel = await convertFolder({
      inDir: sources,
      outDir: join(work, 'parallel'),
      cacheDir: false,
      workers: 2,
    });
    expect(sequential.errors).toEqual([]);
    expect(parallel.errors).toEqual([]);
    expect(parallel.converted.map((c) => c.mdx)).toEqual(sequential.converted.map((c) => c.mdx));
    const files = await folderContents(join(work, 'sequential'));
    expect(files.size).toBe(29);
    expect(await folderContents(join(work, 'parallel'))).toEqual(files);
  });
});

describe('the conversion cache', () => {
  it('gives back exactly the fresh conversion, and converts again only the source that changed', async () => {
    const cacheDir = join(work, 'cache');
    const outDir = join(work, 'cached');
    const fresh = await folderContents(join(work, 'sequential'));

    const first = await convertFolder({ inDir: sources, outDir, cacheDir, workers: 0 });
    expect(first.fromCache).toBe(0);
    const second = await convertFolder({ inDir: sources, outDir: join(work, 'from-cache'), cacheDir, workers: 0 });
    expect(second.fromCache).toBe(29);
    expect(await folderContents(join(work, 'from-cache'))).toEqual(fresh);

    const edited = join(sources, '000_465ddff01d450a22.txt');
    await writeFile(
      edited,
      (await readFile(edited, 'utf8')).replace('Het kabinet hecht veel belang', 'Het kabinet hecht zeer veel belang'),
    );
    const third = await convertFolder({ inDir: sources, outDir, cacheDir, workers: 0 });
    expect(third.fromCache).toBe(28);
    expect(third.changed).toEqual(['kamervragen-2017-11-10.mdx']);
    expect(await readFile(join(outDir, 'kamervragen-2017-11-10.mdx'), 'utf8')).toContain(
      'Het kabinet hecht zeer veel belang',
    );
  });

  it('converts again when the catalog entry of a document changes', async () => {
    const cacheDir = join(work, 'cache');
    const catalog = join(sources, 'catalog.yaml');
    const before = await readFile(catalog, 'utf8');
    await writeFile(
      catalog,
      `${before.trimEnd()}\n  004_345a2031bdb04d6b.txt:\n    source: test\n    parliamentaryYear: 2024-2025\n`,
    );
    try {
      const result = await convertFolder({ inDir: sources, outDir: join(work, 'catalog'), cacheDir, workers: 0 });
      expect(result.errors).toEqual([]);
      expect(result.fromCache).toBe(28);
    } finally {
      await writeFile(catalog, before);
    }
  });
});
