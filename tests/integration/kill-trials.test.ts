// A build killed at any moment leaves the published site whole: the old one or the new one.
// Two small corpora are built in turn into one output folder, so the old and the new site
// always differ; each trial starts a build of the other one and kills its whole process
// group (SIGKILL: the build, its Astro processes, Pagefind) at a seeded random moment inside
// a chosen stage. The merge is `--merge`, which joins build shares made beforehand. After each kill the output folder must hold exactly the files of one of the
// two clean builds; every tenth trial a build then runs to the end, and must match a clean
// build byte for byte with nothing of the killed builds left behind.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchBundleProblem } from '../../scripts/build/search-bundle.ts';
import { publishedFolder } from '../../src/converter/batch/publish.ts';
import { siteDifferences, siteHashes } from '../support/site-files.ts';

const TRIALS = 56;
const SEED = 35;
/** The stages in order: a build's astro stage is a merge's "merge" (`--merge` joins build shares instead). */
const STAGES = ['convert', 'astro', 'merge', 'permalinks', 'pagefind', 'verify', 'publish'] as const;
type StageName = (typeof STAGES)[number];
/** The stages of one build: either an astro or a merge stage. */
const stagesOf = (merging: boolean) => STAGES.filter((s) => s !== (merging ? 'astro' : 'merge'));

interface Corpus {
  name: 'A' | 'B';
  seeds: string;
  reference: Map<string, string>;
  /** When each stage ends, in ms after the start, in a build like a trial's. */
  ends: Partial<Record<StageName, number>>;
  /** The same for a merge of the corpus's shares. */
  mergeEnds: Partial<Record<StageName, number>>;
}

const work = mkdtempSync(join(tmpdir(), 'kd-kill-trials-'));
const out = join(work, 'site', 'dist');
// Parts of at most two documents: corpus A (two documents) is built in one go, B (three) in parts,
// whose joining ends its astro stage.
const env = (corpus: Corpus) => {
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...inherited } = process.env;
  return {
    ...inherited,
    SEEDS_DIR: corpus.seeds,
    CONTENT_DIR: join(work, 'content'),
    OUT_DIR: out,
    KD_PART_SIZE: '2',
    KD_PART_CACHE: join(work, 'part-cache'),
    SHARES_DIR: join(work, 'shares'),
    CONVERT_CACHE_DIR: join(work, 'convert-cache'),
    KD_FRONTMATTER_CACHE: join(work, 'frontmatter-cache'),
    ASTRO_CACHE_DIR: join(work, 'astro-cache'),
  };
};
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The stage a build is in, from the lines it has printed so far. */
function stageAfter(lines: readonly string[], merging: boolean): StageName | 'done' {
  const has = (prefix: string) => lines.some((l) => l.startsWith(prefix));
  if (!lines.some((l) => /^\[convert\] \d+ documents/.test(l))) return 'convert';
  if (!has('[astro] ')) return merging ? 'merge' : 'astro';
  for (const [stage, line] of [
    ['permalinks', '[permalinks] '],
    ['pagefind', '[pagefind] '],
    ['verify', '[verify] '],
    ['publish', '[publish] '],
  ] as const)
    if (!has(line)) return stage;
  return 'done';
}

interface Run {
  child: ChildProcess;
  lines: string[];
  /** When each line came, in ms after the start. */
  times: number[];
  exited: Promise<number | null>;
  /** Resolves when a line matching the test has come. */
  waitFor: (test: (lines: readonly string[]) => boolean) => Promise<void>;
}

/** Starts a build in a process group of its own, so that the whole group can be killed. */
function startBuild(corpus: Corpus, args: string[] = []): Run {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/build.ts', ...args], {
    env: env(corpus),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const times: number[] = [];
  const waiting: { test: (lines: readonly string[]) => boolean; resolve: () => void }[] = [];
  let pending = '';
  const take = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const parts = pending.split('\n');
    pending = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      times.push(performance.now() - started);
    }
    for (const w of [...waiting])
      if (w.test(lines)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (test: (lines: readonly string[]) => boolean) =>
    test(lines)
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          waiting.push({ test, resolve });
          // A build that ends (or fails) before the line comes is not waited on for ever.
          void exited.then(() => resolve());
        });
  return { child, lines, times, exited, waitFor };
}

async function completeBuild(corpus: Corpus, args: string[] = []): Promise<Run> {
  const run = startBuild(corpus, args);
  const code = await run.exited;
  expect(code, run.lines.join('\n')).toBe(0);
  return run;
}

/** When each stage ended in a finished build. */
function stageEnds(run: Run, merging: boolean): Partial<Record<StageName, number>> {
  const ends: Partial<Record<StageName, number>> = {};
  for (let i = 0; i < run.lines.length; i++) {
    const stage = stageAfter(run.lines.slice(0, i + 1), merging);
    const before = stageAfter(run.lines.slice(0, i), merging);
    if (stage !== before) ends[before as StageName] = run.times[i]!;
  }
  return ends;
}

/** Which of the two sites a folder holds whole, or what is wrong with it. */
function siteIn(folder: string, corpora: readonly Corpus[]): string {
  if (!existsSync(folder)) return 'no site';
  const problem = searchBundleProblem(join(folder, 'pagefind'));
  if (problem) return `a site with a broken search index: ${problem}`;
  const hashes = siteHashes(folder);
  for (const corpus of corpora) if (siteDifferences(hashes, corpus.reference).length === 0) return corpus.name;
  const nearest = corpora.map((c) => siteDifferences(hashes, c.reference));
  return `neither site: ${nearest.map((d) => `${d.length} files differ (${d.slice(0, 3).join(', ')})`).join('; ')}`;
}

/** Leftovers of killed builds: work folders beside the output, and parts folders whose process is gone. */
function leftovers(killed: readonly number[]): string[] {
  const beside = readdirSync(join(out, '..')).filter((name) => name.startsWith('.dist.'));
  const parts = existsSync('.build-parts')
    ? readdirSync('.build-parts').filter((name) => killed.some((pid) => name.endsWith(`-${pid}`)))
    : [];
  return [...beside, ...parts];
}

describe('a build killed at any moment', () => {
  const corpora: Corpus[] = [];
  const killed: number[] = [];
  const hits = new Map<string, number>();
  let published: Corpus;
  const rng = xoroshiro128plus(SEED);
  const random = (min: number, max: number) => uniformInt(rng, min, Math.round(max));

  beforeAll(async () => {
    const seeds = readdirSync('seeds')
      .filter((f) => f.endsWith('.txt'))
      .sort();
    for (const [name, count] of [
      ['A', 2],
      ['B', 3],
    ] as const) {
      const folder = join(work, `seeds-${name}`);
      mkdirSync(folder);
      for (const file of seeds.slice(0, count)) cpSync(join('seeds', file), join(folder, file));
      corpora.push({ name, seeds: folder, reference: new Map(), ends: {}, mergeEnds: {} });
    }
    // Clean builds of each, whose sites are the references and whose lines time the stages.
    for (const corpus of [...corpora, corpora[0]!, corpora[1]!]) {
      const run = await completeBuild(corpus);
      corpus.reference = siteHashes(out);
      corpus.ends = stageEnds(run, false);
    }
    // B's shares, which every merge joins: the merged site is B's, byte for byte.
    const b = corpora[1]!;
    await completeBuild(b, ['--part', '1/2']);
    await completeBuild(b, ['--part', '2/2']);
    await completeBuild(corpora[0]!);
    b.mergeEnds = stageEnds(await completeBuild(b, ['--merge']), true);
    expect(siteDifferences(siteHashes(out), b.reference)).toEqual([]);
    published = b;
    expect(siteDifferences(corpora[0]!.reference, corpora[1]!.reference).length).toBeGreaterThan(10);
  });

  /** One trial: a build of the other corpus, killed inside `stage`; returns the stage it was in. */
  let hit: StageName | 'done' = 'convert';
  async function trial(stage: StageName): Promise<void> {
    const target = corpora.find((c) => c !== published)!;
    const merging = stage === 'merge';
    const stages = stagesOf(merging);
    const ends = merging ? target.mergeEnds : target.ends;
    const index = stages.indexOf(stage);
    const start = index === 0 ? 0 : ends[stages[index - 1]!]!;
    const length = Math.max(1, ends[stage]! - start);
    const run = startBuild(target, merging ? ['--merge'] : []);
    try {
      // The stage starts when the one before it has printed its closing line.
      if (index > 0) await run.waitFor((lines) => stages.indexOf(stageAfter(lines, merging) as StageName) >= index);
      // Within the first nine tenths of the time the stage took in the reference build: inside it, unless it ran faster.
      await new Promise((resolve) => setTimeout(resolve, random(0, length * 0.9)));
    } finally {
      hit = stageAfter(run.lines, merging);
      try {
        process.kill(-run.child.pid!, 'SIGKILL');
      } catch {
        // The build had already ended.
      }
      await run.exited;
    }
    killed.push(run.child.pid!);
    hits.set(hit, (hits.get(hit) ?? 0) + 1);
    // What a reader finds: the output folder, or the complete new site when the kill fell between the two renames of the swap.
    const site = siteIn(publishedFolder(out), corpora);
    expect([published.name, target.name], `killed in ${hit}`).toContain(site);
    if (existsSync(out)) expect(siteIn(out, corpora)).toBe(site);
    published = corpora.find((c) => c.name === site)!;
  }

  for (let round = 0; round < TRIALS / STAGES.length; round++) {
    it(`round ${round + 1}: a kill in each stage leaves the old site or the new one, and the next build is a clean build's`, async () => {
      for (const stage of STAGES) {
        // Only corpus B has shares to merge.
        if (stage === 'merge' && published.name === 'B') {
          await completeBuild(corpora[0]!);
          published = corpora[0]!;
        }
        await trial(stage);
      }
      const next = corpora.find((c) => c !== published)!;
      await completeBuild(next);
      published = next;
      expect(siteDifferences(siteHashes(out), next.reference)).toEqual([]);
      expect(leftovers(killed)).toEqual([]);
    });
  }

  it('has killed builds in every stage', () => {
    // Stages that take milliseconds (permalinks, verify, publish) are hit when the kill beats their end: reported,
    // and each must have been caught at least once over the trials.
    console.log(
      `kills by stage: ${STAGES.map((s) => `${s} ${hits.get(s) ?? 0}`).join(', ')}, done ${hits.get('done') ?? 0}`,
    );
    expect(killed.length).toBeGreaterThanOrEqual(50);
    for (const stage of ['convert', 'astro', 'merge', 'pagefind'] as const)
      expect(hits.get(stage) ?? 0).toBeGreaterThan(0);
    expect(STAGES.filter((s) => (hits.get(s) ?? 0) > 0).length).toBeGreaterThanOrEqual(5);
  });
});
