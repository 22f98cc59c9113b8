// Paragraph boundaries: the converter's paragraphs per question, answer and
// section of seeds 000, 001 and 002 against the counts read by hand from the
// printed text (tests/fixtures/seed-paragraphs.yaml).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversionResult } from '../../src/converter/pipeline.ts';
import { summariseMdx } from '../support/mdx-blocks.ts';
import { convertSeeds } from '../support/convert-seeds.ts';

interface SeedParagraphs {
  seed: string;
  blocks?: Record<string, number>;
  sections?: Record<string, number>;
}

const expected = parse(readFileSync('tests/fixtures/seed-paragraphs.yaml', 'utf8')) as SeedParagraphs[];
let seeds: Map<string, ConversionResult>;
beforeAll(async () => {
  seeds = await convertSeeds();
});

describe.each(expected.map((entry) => [entry.seed, entry] as const))('%s', (seed, entry) => {
  it('has the paragraphs the printed text has, per block and section', () => {
    const blocks = summariseMdx(seeds.get(seed.slice(0, 3))!.mdx).blocks;
    const counts = { ...entry.blocks, ...entry.sections };
    // A section is found by the start of its heading; a block by its id.
    const actual = Object.fromEntries(
      Object.keys(counts).map((key) => {
        const block = entry.sections
          ? blocks.find((b) => (key === '' ? b.key === '' : b.key.startsWith(key)))
          : blocks.find((b) => b.key === key);
        return [key, block?.paragraphs ?? 0];
      }),
    );
    const right = Object.keys(counts).filter((key) => actual[key] === counts[key]).length;
    console.log(
      `${seed}: paragraph counts right in ${right}/${Object.keys(counts).length} blocks; ` +
        Object.keys(counts)
          .filter((key) => actual[key] !== counts[key])
          .map((key) => `${key || '(opening)'} ${actual[key]} (printed ${counts[key]})`)
          .join(', '),
    );
    expect(actual, `${seed}: paragraphs per block/section`).toEqual(counts);
  });
});
