// One bad paper does not stop a site: `npm run build` refuses the whole build
// with `file:line:col: reason [rule]`, `npm run build -- --keep-going` builds
// every other paper, lists the refused one, and exits 0 with that warning.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { openDataDocuments } from '../support/open-data.ts';

const BAD = 'zz_onleesbaar.txt';
let work: string;
let strict: SiteBuild;
let lenient: SiteBuild;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kd-keep-going-'));
  cpSync('seeds', join(work, 'seeds'), { recursive: true });
  // A scanned PDF's text export: white space only, no words to publish (a paper of no known kind is published as overig).
  writeFileSync(join(work, 'seeds', BAD), '\n  \n\f\n');
  strict = buildSite({
    seeds: join(work, 'seeds'),
    content: join(work, 'strict-content'),
    out: join(work, 'strict-dist'),
  });
  lenient = buildSite({ seeds: join(work, 'seeds'), content: join(work, 'content'), out: join(work, 'dist') }, '/', [
    '--keep-going',
  ]);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a paper the converter cannot read', () => {
  it('stops the strict build with its place and rule, before anything is written', () => {
    expect(strict.status).not.toBe(0);
    expect(strict.output).toMatch(new RegExp(`${BAD}:1:1: the file holds only white space.*\\[empty-file\\]`));
    expect(strict.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(existsSync(join(work, 'strict-content'))).toBe(false);
    expect(existsSync(join(work, 'strict-dist'))).toBe(false);
  });

  it('is left out by --keep-going, which builds every other paper and says what it refused', () => {
    expect(lenient.status, lenient.output).toBe(0);
    expect(lenient.output).toMatch(/\[convert\] 5 documents .*, 1 refused/);
    expect(lenient.output).toMatch(
      new RegExp(`warning: built without the papers that could not be read[^\\n]*\\n${BAD}:1:1: .*\\[empty-file\\]`),
    );
    const slugs = readdirSync(join(work, 'content'))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => f.slice(0, -'.mdx'.length));
    expect(slugs).toHaveLength(5);
    for (const slug of slugs) expect(existsSync(join(work, 'dist', 'documenten', slug, 'index.html')), slug).toBe(true);
    expect(JSON.stringify(openDataDocuments(join(work, 'dist')))).not.toContain(BAD);
  });
});
