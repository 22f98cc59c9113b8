// The part cache serves an entry only when every file matches the manifest it was stored with.
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { PartCache } from '../../scripts/build/part-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'kd-part-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const KEY = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

let cache: PartCache;
let warnings: string[];
let round = 0;

/** A small built part: ten pages and an asset. */
let parts = 0;
function builtPart(): string {
  const dir = join(work, `built-${++parts}`);
  for (let i = 0; i < 10; i++) {
    mkdirSync(join(dir, 'documenten', `stuk-${i}`), { recursive: true });
    writeFileSync(join(dir, 'documenten', `stuk-${i}`, 'index.html'), `<h1>Stuk ${i}</h1>`);
  }
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro', 'site.css'), 'body{}');
  return dir;
}

beforeEach(async () => {
  round++;
  warnings = [];
  cache = new PartCache(join(work, `cache-${round}`), (message) => warnings.push(message));
  await cache.store(KEY, builtPart());
});

const entryFiles = () => join(cache.dir, KEY, 'files');
const target = () => join(work, `restored-${round}`);

describe('the part cache', () => {
  it('restores a stored part whole', async () => {
    expect(await cache.restore(KEY, target())).toBe(true);
    expect(readdirSync(join(target(), 'documenten'))).toHaveLength(10);
    expect(warnings).toEqual([]);
  });

  it.each([
    [
      'half of its pages deleted',
      () => {
        for (let i = 0; i < 5; i++) rmSync(join(entryFiles(), 'documenten', `stuk-${i}`), { recursive: true });
      },
    ],
    [
      'one byte of a page changed',
      () => writeFileSync(join(entryFiles(), 'documenten', 'stuk-3', 'index.html'), '<h1>Stuk 4</h1>'),
    ],
    ['a page grown', () => appendFileSync(join(entryFiles(), '_astro', 'site.css'), ' ')],
    ['a file added', () => writeFileSync(join(entryFiles(), 'extra.html'), 'x')],
    ['its manifest damaged', () => writeFileSync(join(cache.dir, KEY, 'manifest.json'), '{"index.html":')],
  ])('discards an entry with %s, warns, and never serves it again', async (_, damage) => {
    damage();
    expect(await cache.restore(KEY, target())).toBe(false);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: part cache entry .* is damaged \(.+\); discarded, the part is built again$/);
    expect(existsSync(target())).toBe(false);
    expect(cache.has(KEY)).toBe(false);
  });

  it('prunes other entries and killed builds’ copies, and nothing that is not its own', async () => {
    await cache.store(OTHER, builtPart());
    mkdirSync(join(cache.dir, `.${KEY}.999999999.tmp`));
    writeFileSync(join(cache.dir, 'notes.txt'), 'a maintainer’s file');
    await cache.keepOnly(new Set([KEY]));
    expect(readdirSync(cache.dir).sort()).toEqual([KEY, 'notes.txt']);
  });
});
