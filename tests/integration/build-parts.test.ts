// A large corpus is built by several `astro build` runs merged into one folder
// (scripts/build/astro-parts.ts), possibly on several machines (scripts/build/shares.ts),
// and a rebuild reuses the parts whose inputs did not change (scripts/build/part-cache.ts).
// Every way must give the site a single cold build gives, byte for byte.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planParts } from '../../scripts/build/astro-parts.ts';
import { partsOfShare } from '../../scripts/build/shares.ts';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { siteFiles } from '../support/site-files.ts';

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
    // Spread over four machines: at least four parts of documents, however large a part may be.
    expect(planParts(many, 500, 4).map((p) => p.documents.length)).toEqual([0, 251, 251, 251, 248]);
  });

  it('deals every part to exactly one share, the site part alone to the first', () => {
    const parts = planParts(
      Array.from({ length: 50 }, (_, i) => `d${i}`),
      7,
      2,
    );
    const shares = [1, 2, 3].map((share) => partsOfShare(parts, { share, of: 3 }).map((p) => p.name));
    expect(shares.flat().sort()).toEqual(parts.map((p) => p.name).sort());
    expect(shares.every((names) => names.length > 0)).toBe(true);
    expect(shares[0]).toEqual(['site']);
    expect(partsOfShare(parts, { share: 1, of: 1 })).toEqual(parts);
  });
});

const filesOf = siteFiles;

function expectSameSite(actual: string, expected: string): void {
  const files = filesOf(expected);
  expect(files.filter((f) => f.startsWith('documenten/')).length).toBeGreaterThan(5);
  // The word index is compared too: in parts it is filled from the parts' folders, beside the site part.
  expect(files.filter((f) => f.startsWith('pagefind/index/')).length).toBeGreaterThan(0);
  expect(filesOf(actual)).toEqual(files);
  const differing = files.filter((f) => !readFileSync(join(expected, f)).equals(readFileSync(join(actual, f))));
  expect(differing).toEqual([]);
}

const expectBuilt = (build: SiteBuild) => expect(build.status, build.output).toBe(0);

describe('a build in parts', () => {
  const work = mkdtempSync(join(tmpdir(), 'kd-parts-'));
  const seeds = join(work, 'seeds');
  // Five seeds in parts of two: the site and three parts of documents.
  const inParts = { KD_PART_SIZE: '2' };
  const single = join(work, 'single');
  const partCache = join(work, 'part-cache');
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    cpSync('seeds', seeds, { recursive: true });
    const one = buildSite({ seeds, content: join(work, 'content-single'), out: single });
    expectBuilt(one);
    expect(one.output).not.toMatch(/ in \d+ parts/);
  });

  it('gives byte for byte the site a single build gives', () => {
    const out = join(work, 'parts');
    const many = buildSite({ seeds, content: join(work, 'content-parts'), out }, '/', [], {
      ...inParts,
      KD_PART_CACHE: partCache,
    });
    expectBuilt(many);
    expect(many.output).toMatch(/ in 4 parts/);
    expect(many.output).not.toMatch(/from the part cache/);
    expect(many.output).toMatch(/\[pagefind\] 5 pages indexed \(added while the site part was built\)/);
    expectSameSite(out, single);
  });

  it('gives it too when the shares are built by separate processes, each in its own folder, and merged', () => {
    const shares = join(work, 'shares');
    const merge = { seeds, content: join(work, 'content-merge'), out: join(work, 'merged') };
    const buildShare = (share: number) => {
      const own = join(work, `runner-${share}`);
      const built = buildSite(
        { seeds, content: join(own, 'content'), out: join(own, 'dist') },
        '/',
        ['--part', `${share}/2`],
        {
          ...inParts,
          SHARES_DIR: join(own, 'shares'),
        },
      );
      expectBuilt(built);
      expect(built.output).toMatch(new RegExp(`share ${share} of 2: \\d+ parts built`));
      // As a CI runner uploads its share and the merging job downloads them all into one folder.
      renameSync(join(own, 'shares', `share-${share}-of-2`), join(shares, `share-${share}-of-2`));
    };
    mkdirSync(shares, { recursive: true });

    buildShare(1);
    const incomplete = buildSite(merge, '/', ['--merge'], { ...inParts, SHARES_DIR: shares });
    expect(incomplete.status).toBe(1);
    expect(incomplete.output).toMatch(/: shares missing: 2\/2 \[share-missing\]/);

    buildShare(2);
    const merged = buildSite(merge, '/', ['--merge'], { ...inParts, SHARES_DIR: shares });
    expectBuilt(merged);
    expect(merged.output).toMatch(/pages merged from 2 shares/);
    expect(merged.output).toMatch(/\[pagefind\] 5 pages indexed/);
    expectSameSite(merge.out, single);
  });

  it('after one document changed, rebuilds only its part and the site part, and gives the site a cold build gives', () => {
    const edited = join(seeds, '000_465ddff01d450a22.txt');
    const text = readFileSync(edited, 'utf8');
    expect(text).toContain('Het kabinet hecht veel belang');
    writeFileSync(edited, text.replace('Het kabinet hecht veel belang', 'Het kabinet hecht zeer veel belang'));

    const out = join(work, 'rebuilt');
    const rebuilt = buildSite({ seeds, content: join(work, 'content-parts'), out }, '/', [], {
      ...inParts,
      KD_PART_CACHE: partCache,
    });
    expectBuilt(rebuilt);
    // Four parts: the site and the edited document's part built again, the other two from the cache.
    expect(rebuilt.output).toMatch(/ in 4 parts, 2 from the part cache/);

    const cold = join(work, 'cold');
    expectBuilt(buildSite({ seeds, content: join(work, 'content-cold'), out: cold }));
    expect(readFileSync(join(cold, 'documenten', 'kamervragen-2017-11-10', 'index.html'), 'utf8')).toContain(
      'hecht zeer veel belang',
    );
    expectSameSite(out, cold);
  });
});
