// Every citation of a parliamentary paper in the five seeds is recognised and
// becomes a link (found/expected printed per run).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversionResult } from '../../src/converter/pipeline.ts';
import { convertSeeds } from '../support/convert-seeds.ts';

// Read from the seeds by hand: each citation with the paper it names.
const EXPECTED: Record<string, string[]> = {
  '000': ['ah-tk-20172018-172', 'ah-tk-20162017-2667', 'ah-tk-20162017-1800', 'ah-tk-20162017-2667'],
  '001': [],
  '002': ['ah-tk-20122013-903', 'kst-31839-166', 'ibidem'],
  '003': [
    'kst-28638-238',
    'kst-28638-240',
    'kst-28638-242',
    'kst-28638-242',
    'kst-28638-217',
    'kst-28638-249',
    'kst-28638-233',
    'kst-28638-248',
    'kst-28638-241',
    'kst-29544-1080',
    'kst-28638-244',
    'kst-36410-VI-85',
  ],
  '004': ['kst-32317-925', 'kst-28638-235', 'kst-28638-235'],
};

let seeds: Map<string, ConversionResult>;
beforeAll(async () => {
  seeds = await convertSeeds();
});

describe('paper citations in the seeds', () => {
  it('are all found, and each becomes a link in the MDX', () => {
    let found = 0;
    let expected = 0;
    for (const [seed, papers] of Object.entries(EXPECTED)) {
      const references = seeds.get(seed)!.frontmatter.references.map((r) => r.paper ?? 'ibidem');
      expect(references.sort(), seed).toEqual([...papers].sort());
      // Links to the paper's own answers ("zie het antwoord op vraag 2") are no citations: tests/unit/answer-references.test.ts.
      const links = seeds.get(seed)!.mdx.match(/<Stuk naar="(?!#antwoord-)[^"]+">/g) ?? [];
      expect(links).toHaveLength(papers.length);
      found += references.length;
      expected += papers.length;
    }
    console.log(`paper citations found/expected: ${found}/${expected}`);
  });

  it('resolves "Ibidem" to the note before it', () => {
    expect(seeds.get('002')!.mdx).toContain('<Stuk naar="#fn-3">Ibidem, p. 307</Stuk>');
  });

  it('records the block each citation stands in', () => {
    const veltman = seeds.get('003')!.frontmatter.references.find((r) => r.paper === 'kst-28638-240')!;
    expect(veltman.block).toMatch(/^vraag-\d+$/);
    expect(seeds.get('004')!.frontmatter.references[0]!.block).toBe('fn-4');
  });
});

describe('mentions in the seeds', () => {
  it('find Van der Steur in the 2012 questions and the 2017 answer', () => {
    const steur = (seed: string) =>
      seeds.get(seed)!.frontmatter.mentions.filter((m) => m.entity === 'personen/van-der-steur');
    expect(steur('002').length).toBeGreaterThan(0);
    expect(steur('000')[0]).toMatchObject({ block: 'vraag-7', text: 'Van der Steur' });
  });
});
