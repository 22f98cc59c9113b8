// What the build promises a maintainer whatever their CI does: a damaged cache entry or share is
// never served, a setting the pages read is never forgotten by the part cache, a bad paper
// keeps its last good version, subfolders of seeds/ are left alone, two builds of one output
// take turns, and a full disk stops the build with the old site in place. Each case ends with
// the site a clean build gives, byte for byte (Pagefind's files that are never the same aside).
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildSiteAsync, type SiteBuild } from '../support/build-site.ts';
import { siteDifferences, siteHashes } from '../support/site-files.ts';

const work = mkdtempSync(join(tmpdir(), 'kd-promises-'));
const seeds = join(work, 'seeds');
const content = join(work, 'content');
const out = join(work, 'site', 'dist');
const partCache = join(work, 'part-cache');
const sharesDir = join(work, 'shares');
// Three papers in parts of two: the site part and two parts of documents.
const inParts = { KD_PART_SIZE: '2', KD_PART_CACHE: partCache };
let reference: Map<string, string>;

const build = (args: string[] = [], env: Record<string, string> = {}) =>
  buildSite({ seeds, content, out }, '/', args, { ...inParts, SHARES_DIR: sharesDir, ...env });
const expectBuilt = (result: SiteBuild) => expect(result.status, result.output).toBe(0);
/** A refusal: a non-zero exit, with one message and no stack trace. */
const expectRefused = (result: SiteBuild, message: RegExp) => {
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toMatch(message);
  expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
};
const expectReferenceSite = () => expect(siteDifferences(siteHashes(out), reference)).toEqual([]);

/** The part cache's entries, each with its files' folder. */
const cacheEntries = () =>
  readdirSync(partCache)
    .filter((name) => /^[0-9a-f]{64}$/.test(name))
    .map((name) => join(partCache, name, 'files'));
// Only the site part renders the open data (data/); a documents part's other pages are not merged.
const sitePartEntry = () => cacheEntries().find((files) => existsSync(join(files, 'data')))!;
const documentsPartEntry = () => cacheEntries().find((files) => !existsSync(join(files, 'data')))!;
const htmlFilesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .sort();

beforeAll(() => {
  mkdirSync(seeds);
  for (const file of readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 3))
    cpSync(join('seeds', file), join(seeds, file));
  // The reference: a clean build in one go, with no part cache.
  const clean = buildSite({ seeds, content: join(work, 'clean-content'), out: join(work, 'clean', 'dist') });
  expectBuilt(clean);
  reference = siteHashes(join(work, 'clean', 'dist'));
  expectBuilt(build());
  expectReferenceSite();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the part cache', () => {
  it.each([
    [
      'half of the site part’s pages deleted',
      () => {
        const files = htmlFilesUnder(sitePartEntry());
        for (const file of files.slice(0, Math.ceil(files.length / 2))) rmSync(join(sitePartEntry(), file));
      },
    ],
    [
      'one byte of a document page changed',
      () => {
        const entry = documentsPartEntry();
        const page = join(entry, htmlFilesUnder(entry).find((f) => f.startsWith('documenten/'))!);
        const bytes = readFileSync(page);
        bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 1;
        writeFileSync(page, bytes);
      },
    ],
    ['a cached page missing', () => rmSync(join(sitePartEntry(), 'index.html'))],
  ])('serves no entry with %s: it warns, builds the part again and publishes the clean site', (_, damage) => {
    expectBuilt(build());
    damage();
    const rebuilt = build();
    expectBuilt(rebuilt);
    expect(rebuilt.output).toMatch(
      /warning: part cache entry .* is damaged \(.+\); discarded, the part is built again/,
    );
    expectReferenceSite();
    // The damaged entry was replaced by a whole one: the next build is served from the cache, whole.
    const again = build();
    expect(again.output).toMatch(/in 3 parts, 3 from the part cache/);
    expect(again.output).not.toMatch(/damaged/);
    expectReferenceSite();
  });

  it('keys every setting the pages read: KD_CITED_BY_SHOWN builds every part again', () => {
    expectBuilt(build());
    const other = build([], { KD_CITED_BY_SHOWN: '1' });
    expectBuilt(other);
    expect(other.output).toMatch(/in 3 parts\b/);
    expect(other.output).not.toMatch(/from the part cache/);
    expectBuilt(build());
    expectReferenceSite();
  });
});

describe('build shares', () => {
  const share = (k: number) => build(['--part', `${k}/2`]);
  const shareFiles = (k: number) => join(sharesDir, `share-${k}-of-2`, 'parts');

  beforeAll(() => {
    expectBuilt(share(1));
    expectBuilt(share(2));
  });

  it.each([
    [
      'one document page edited',
      () => {
        const part = join(shareFiles(2), readdirSync(shareFiles(2))[0]!);
        appendFileSync(join(part, htmlFilesUnder(part).find((f) => f.startsWith('documenten/'))!), ' ');
      },
    ],
    [
      'half its pages removed',
      () => {
        const part = join(shareFiles(1), 'site');
        const files = htmlFilesUnder(part);
        for (const file of files.slice(0, Math.ceil(files.length / 2))) rmSync(join(part, file));
      },
    ],
  ])('refuses a share with %s by name, leaves the site as it was, and merges once it is built again', (_, tamper) => {
    const before = siteHashes(out);
    tamper();
    const merged = build(['--merge']);
    expectRefused(merged, /share-\d-of-2: does not match what it built: .* \[share-damaged\]\n {2}hint: /);
    expect(siteDifferences(siteHashes(out), before)).toEqual([]);
    expectBuilt(share(1));
    expectBuilt(share(2));
    expectBuilt(build(['--merge']));
    expectReferenceSite();
  });

  it('refuses a missing share by name, and the shares stay whole for the next merge', () => {
    const second = join(sharesDir, 'share-2-of-2');
    const aside = join(work, 'share-2-aside');
    cpSync(second, aside, { recursive: true });
    rmSync(second, { recursive: true });
    expectRefused(build(['--merge']), /shares missing: 2\/2 \[share-missing\]/);
    cpSync(aside, second, { recursive: true });
    expectBuilt(build(['--merge']));
    expectReferenceSite();
    // Merged from copies: the same shares merge again.
    expectBuilt(build(['--merge']));
    expectReferenceSite();
  });
});

describe('a paper that no longer converts', () => {
  // A scanned PDF's text export: no words to publish (a paper of no known kind would be published as overig).
  const WHITE_SPACE_ONLY = '\n  \n';
  const bad = () => readdirSync(seeds).find((f) => f.endsWith('.txt'))!;
  let original: Buffer;
  beforeAll(() => {
    expectBuilt(build());
    original = readFileSync(join(seeds, bad()));
  });
  afterAll(() => writeFileSync(join(seeds, bad()), original));

  it('keeps its last good version with --keep-going, and says so', () => {
    const published = new Map(readdirSync(content).map((f) => [f, readFileSync(join(content, f), 'utf8')]));
    writeFileSync(join(seeds, bad()), WHITE_SPACE_ONLY);
    const result = build(['--keep-going']);
    expectBuilt(result);
    expect(result.output).toMatch(new RegExp(`${bad()}:1:1: .*\\[empty-file\\]`));
    expect(result.output).toMatch(
      new RegExp(`warning: ${bad()}: the published version \\(.+\\.mdx\\) is its last good one, older than its source`),
    );
    expect(new Map(readdirSync(content).map((f) => [f, readFileSync(join(content, f), 'utf8')]))).toEqual(published);
    expectReferenceSite();
  });

  it('stops the build without --keep-going, saying why, and publishes nothing', () => {
    writeFileSync(join(seeds, bad()), WHITE_SPACE_ONLY);
    const result = build();
    expectRefused(result, new RegExp(`${bad()}:1:1: .*\\[empty-file\\]`));
    expect(result.output).toMatch(/the published site was left as it was/);
    expectReferenceSite();
  });
});

describe('subfolders of seeds/', () => {
  // A folder named like a document (x.txt) is refused, as a mistake (tests/fixtures/hostile/cases.ts).
  it('are not read, by a build in parts, a share or a merge alike', () => {
    mkdirSync(join(seeds, 'originelen', 'pdf'), { recursive: true });
    writeFileSync(join(seeds, 'originelen', 'pdf', 'stuk.pdf'), '%PDF-1.7');
    mkdirSync(join(seeds, 'notities'));
    writeFileSync(join(seeds, 'notities', 'te-doen.txt'), 'Nog nakijken.\n');
    try {
      expectBuilt(build());
      expectReferenceSite();
      expectBuilt(build(['--part', '1/2']));
      expectBuilt(build(['--part', '2/2']));
      expectBuilt(build(['--merge']));
      expectReferenceSite();
    } finally {
      rmSync(join(seeds, 'originelen'), { recursive: true });
      rmSync(join(seeds, 'notities'), { recursive: true });
    }
  });
});

describe('two builds of one output at once', () => {
  it('take turns: both succeed and the site is one clean build’s', async () => {
    const env = { ...inParts, SHARES_DIR: sharesDir };
    const [first, second] = await Promise.all([
      buildSiteAsync({ seeds, content, out }, '/', [], env),
      buildSiteAsync({ seeds, content, out }, '/', [], env),
    ]);
    expectBuilt(first!);
    expectBuilt(second!);
    expect(`${first!.output}${second!.output}`).toMatch(/waiting for build process \d+/);
    expectReferenceSite();
    // One filter set, not two: Pagefind's filter files are not compared byte for byte, so count them.
    const filters = (dir: string) => readdirSync(join(dir, 'pagefind', 'filter')).length;
    expect(filters(out)).toBe(filters(join(work, 'clean', 'dist')));
  });
});

describe('a full disk', () => {
  // A small tmpfs holds the old site and not a second one: the new build runs out of space. Mounting needs
  // root, which CI and this project's machines have; elsewhere the test is reported skipped, and
  // tests/unit/search-write-full-disk.test.ts injects the error into the write of the search index.
  const disk = join(work, 'small-disk');
  mkdirSync(disk);
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk]).status === 0;
  if (!mounted) console.warn('full-disk build test skipped: this machine cannot mount a tmpfs');
  beforeAll(() => {
    if (!mounted) return;
    const size = Math.ceil((folderBytes(join(work, 'clean', 'dist')) * 1.5) / 1024);
    expect(spawnSync('mount', ['-o', `remount,size=${size}k`, disk]).status).toBe(0);
  });
  afterAll(() => {
    if (mounted) spawnSync('umount', [disk]);
  });

  it.runIf(mounted)('stops the build with a message, and the old site stays whole', () => {
    const small = join(disk, 'dist');
    // Only the site on the small disk: the caches stay on the large one.
    const env = { SHARES_DIR: sharesDir, ASTRO_CACHE_DIR: join(work, 'astro-cache'), KD_PART_CACHE: partCache };
    const first = buildSite({ seeds, content, out: small }, '/', [], env);
    expectBuilt(first);
    const before = siteHashes(small);
    const second = buildSite({ seeds, content, out: small }, '/', [], { ...env, SITE_URL: 'https://example.org' });
    expectRefused(second, /ENOSPC/i);
    expect(second.output).toMatch(/the published site was left as it was/);
    expect(siteDifferences(siteHashes(small), before)).toEqual([]);
    expect(readdirSync(disk).filter((name) => name.startsWith('.dist.staging'))).toEqual([]);
  });
});

function folderBytes(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + readFileSync(join(e.parentPath, e.name)).length, 0);
}
