// A large corpus is built by several `astro build` runs merged into one folder
// (scripts/build/astro-parts.ts). The merged site must be the site a single build makes.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planParts } from '../../scripts/build/astro-parts.ts';
import { buildSite } from '../support/build-site.ts';

describe('planParts', () => {
  it('puts the site first, then every document exactly once in parts of at most the given size, whatever the input order', () => {
    const slugs = ['e', 'a', 'd', 'c', 'b'];
    const parts = planParts(slugs, 2);
    expect(parts.map((p) => [p.kind, p.documents])).toEqual([
      ['site', []],
      ['documents', ['a', 'b']],
      ['documents', ['c', 'd']],
      ['documents', ['e']],
    ]);
    expect(planParts([...slugs].reverse(), 2)).toEqual(parts);
    expect(new Set(parts.map((p) => p.name)).size).toBe(parts.length);
    // 1,001 documents in parts of at most 500: three near-equal parts, not 500, 500 and 1.
    const many = Array.from({ length: 1001 }, (_, i) => `d${String(i).padStart(4, '0')}`);
    expect(planParts(many, 500).map((p) => p.documents.length)).toEqual([0, 334, 334, 333]);
  });
});

describe('a build in parts', () => {
  const work = mkdtempSync(join(tmpdir(), 'kd-parts-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // Pagefind's filter files differ between any two runs of Pagefind 1.5.2 on the same pages
  // (docs/performance.md), so the search index is left out of the comparison.
  const filesOf = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .filter((f) => !f.startsWith('pagefind/'))
      .sort();

  it('gives byte for byte the site a single build gives', () => {
    const single = { seeds: 'seeds', content: join(work, 'content-single'), out: join(work, 'single') };
    const parted = { seeds: 'seeds', content: join(work, 'content-parts'), out: join(work, 'parts') };
    const one = buildSite(single);
    expect(one.status, one.output).toBe(0);
    expect(one.output).not.toMatch(/ in \d+ parts/);

    process.env.KD_PART_SIZE = '2';
    let many;
    try {
      many = buildSite(parted);
    } finally {
      delete process.env.KD_PART_SIZE;
    }
    expect(many.status, many.output).toBe(0);
    // Five seeds in parts of two: the site and three parts of documents.
    expect(many.output).toMatch(/ in 4 parts/);

    const files = filesOf(single.out);
    expect(files.filter((f) => f.startsWith('documenten/')).length).toBeGreaterThan(5);
    expect(filesOf(parted.out)).toEqual(files);
    const differing = files.filter((f) => !readFileSync(join(single.out, f)).equals(readFileSync(join(parted.out, f))));
    expect(differing).toEqual([]);
  });
});
