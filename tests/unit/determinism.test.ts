// The same input gives byte-identical output, and the committed content/ is
// what the converter makes of seeds/ today.
import { readFile, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { convertFolder } from '../../src/converter/batch/batch.ts';
import { convertSeeds } from '../support/convert-seeds.ts';

describe('conversion', () => {
  it('is byte-identical when run twice', async () => {
    const first = await convertSeeds();
    const second = await convertSeeds();
    for (const [seed, result] of first) expect(second.get(seed)!.mdx).toBe(result.mdx);
  });

  it('matches the committed content/ (run `npm run convert` after changing seeds/ or the converter)', async () => {
    const result = await convertFolder({ inDir: 'seeds', outDir: 'content', check: true });
    expect(result.errors).toEqual([]);
    expect(result.changed).toEqual([]);
    const files = (await readdir('content')).filter((f) => f.endsWith('.mdx')).sort();
    expect(files).toEqual(result.converted.map((c) => `${c.frontmatter.slug}.mdx`).sort());
  });

  it('marks every generated file as generated', async () => {
    for (const file of (await readdir('content')).filter((f) => f.endsWith('.mdx'))) {
      expect(await readFile(`content/${file}`, 'utf8')).toMatch(
        /^---\n# Generated from seeds\/\S+ by scripts\/convert\.ts\. Do not edit/,
      );
    }
  });
});
