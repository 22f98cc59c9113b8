// Publishing is atomic for the whole folder: a convert killed at a random
// moment (SIGKILL or Ctrl-C's SIGINT) leaves a reader seeing all old files or
// all new ones, and the recovery that starts every convert makes content/ all
// old or all new again with no work folders left. Two converts of one folder
// take turns; a stale lock of a dead process is broken.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/corpus/generate.ts';
import { loadPools } from '../../scripts/bench/corpus/pools.ts';
import { publishedFolder, recoverPublish, withPublishLock } from '../../src/converter/batch/publish.ts';

const TRIALS = 50;
let work: string;
let corpus: string;
let cache: string;
let oldState: Map<string, string>;
let newState: Map<string, string>;
let runMs: number;

const snapshot = (dir: string) =>
  new Map(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
const same = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a].every(([name, text]) => b.get(name) === text);
const which = (state: Map<string, string>) => (same(state, oldState) ? 'old' : same(state, newState) ? 'new' : 'mixed');
const workFolders = (out: string) => readdirSync(join(out, '..')).filter((name) => name.startsWith('.out.'));

function startConvert(out: string): ChildProcess {
  return spawn(process.execPath, ['scripts/convert.ts', '--in', corpus, '--out', out], {
    stdio: 'ignore',
    env: { ...process.env, CONVERT_CACHE_DIR: cache },
  });
}
const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

function resetToOld(out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out);
  for (const [name, text] of oldState) writeFileSync(join(out, name), text);
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'kamerdossier-publish-'));
  corpus = join(work, 'corpus');
  cache = join(work, 'cache');
  // 80 tiny documents of the benchmark corpus: distinct catalog identities, converted once so the trials run from the cache.
  await writeCorpus(corpus, { documents: 80, seed: 11, size: 1200 }, await loadPools('seeds'));
  const reference = join(work, 'reference', 'out');
  mkdirSync(join(work, 'reference'));
  expect(await exited(startConvert(reference))).toBe(0);
  newState = snapshot(reference);
  // The old folder: every file different, and stale files the new one drops.
  oldState = new Map([
    ...[...newState.keys()].map((name): [string, string] => [name, `oud: ${name}\n`]),
    ...Array.from({ length: 10 }, (_, i): [string, string] => [`verouderd-${i}.mdx`, 'oud\n']),
  ]);
  const started = performance.now();
  const timing = join(work, 'timing', 'out');
  mkdirSync(join(work, 'timing'));
  resetToOld(timing);
  expect(await exited(startConvert(timing))).toBe(0);
  runMs = performance.now() - started;
}, 600_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a convert killed at a random moment', () => {
  it(`leaves all old or all new, never a mix (${TRIALS} trials, SIGKILL and SIGINT)`, async () => {
    const random = xoroshiro128plus(20_241_130);
    const outcomes = { old: 0, new: 0, mixed: 0, readerMixed: 0, leftovers: 0 };
    for (let trial = 0; trial < TRIALS; trial++) {
      const folder = join(work, `trial-${trial}`);
      mkdirSync(folder);
      const out = join(folder, 'out');
      resetToOld(out);
      const signal = trial % 2 === 0 ? 'SIGKILL' : 'SIGINT';
      const child = startConvert(out);
      const done = exited(child);
      await new Promise((resolve) =>
        setTimeout(resolve, uniformInt(random, Math.round(runMs * 0.3), Math.round(runMs * 1.6))),
      );
      child.kill(signal);
      await done;
      // Right after the kill, a reader reads the published folder (publish.ts publishedFolder).
      if (which(snapshot(publishedFolder(out))) === 'mixed') outcomes.readerMixed++;
      // The next convert's first step: recovery under the lock.
      await withPublishLock(out, async () => recoverPublish(out));
      const state = which(snapshot(out));
      outcomes[state]++;
      if (workFolders(out).length) outcomes.leftovers++;
      rmSync(folder, { recursive: true, force: true });
    }
    console.log(
      `interrupted publish: ${TRIALS} trials (run ${(runMs / 1000).toFixed(1)} s): ${outcomes.old} all old, ${outcomes.new} all new, ${outcomes.mixed} mixed folders after recovery, ${outcomes.readerMixed} mixed for a reader right after the kill, ${outcomes.leftovers} with work folders left`,
    );
    expect(outcomes.mixed).toBe(0);
    expect(outcomes.readerMixed).toBe(0);
    expect(outcomes.leftovers).toBe(0);
    // The trials must have hit both sides of the commit point, or they prove nothing.
    expect(outcomes.old).toBeGreaterThan(0);
    expect(outcomes.new).toBeGreaterThan(0);
    // About one convert's time per trial: 2 minutes on an idle 2-core machine, over 10 beside a CPU hog.
  }, 1_800_000);
});

describe('recovery from each step of the swap', () => {
  // A kill can stop the swap after any of its renames; each state must read and recover as one whole folder.
  const steps: [string, (parent: string) => void, 'old' | 'new'][] = [
    ['while staging', (p) => cpSync(join(p, 'new'), join(p, '.out.staging-4194305'), { recursive: true }), 'old'],
    ['after the commit rename', (p) => cpSync(join(p, 'new'), join(p, '.out.next'), { recursive: true }), 'new'],
    [
      'after moving the old folder aside',
      (p) => (
        cpSync(join(p, 'new'), join(p, '.out.next'), { recursive: true }),
        cpSync(join(p, 'out'), join(p, '.out.old'), { recursive: true }),
        rmSync(join(p, 'out'), { recursive: true })
      ),
      'new',
    ],
    [
      'before removing the old folder',
      (p) => (
        cpSync(join(p, 'out'), join(p, '.out.old'), { recursive: true }),
        rmSync(join(p, 'out'), { recursive: true }),
        cpSync(join(p, 'new'), join(p, 'out'), { recursive: true })
      ),
      'new',
    ],
  ];
  it.each(steps)('%s', async (_step, make, expected) => {
    const parent = mkdtempSync(join(work, 'step-'));
    const out = join(parent, 'out');
    resetToOld(out);
    mkdirSync(join(parent, 'new'));
    for (const [name, text] of newState) writeFileSync(join(parent, 'new', name), text);
    make(parent);
    rmSync(join(parent, 'new'), { recursive: true });
    expect(which(snapshot(publishedFolder(out)))).not.toBe('mixed');
    await withPublishLock(out, async () => recoverPublish(out));
    expect(which(snapshot(out))).toBe(expected);
    expect(workFolders(out)).toEqual([]);
  });
});

describe('the output lock', () => {
  it('makes two converts of one folder take turns, both succeeding', async () => {
    const out = join(work, 'together', 'out');
    mkdirSync(join(work, 'together'));
    resetToOld(out);
    const codes = await Promise.all([exited(startConvert(out)), exited(startConvert(out))]);
    expect(codes).toEqual([0, 0]);
    expect(which(snapshot(out))).toBe('new');
    expect(workFolders(out)).toEqual([]);
  }, 120_000);

  it('breaks the stale lock of a process that died', async () => {
    const out = join(work, 'stale', 'out');
    mkdirSync(join(work, 'stale'));
    resetToOld(out);
    // A PID above the kernel's limit (4194304) belongs to no process.
    writeFileSync(join(work, 'stale', '.out.lock'), '4194305\n');
    expect(await exited(startConvert(out))).toBe(0);
    expect(which(snapshot(out))).toBe('new');
    expect(existsSync(join(work, 'stale', '.out.lock'))).toBe(false);
  }, 120_000);

  it('cleans up staging folders a killed convert left', async () => {
    const out = join(work, 'leftover', 'out');
    mkdirSync(join(work, 'leftover'));
    resetToOld(out);
    cpSync(out, join(work, 'leftover', '.out.staging-4194305'), { recursive: true });
    mkdirSync(join(out, '.staging-4194306'));
    expect(await exited(startConvert(out))).toBe(0);
    expect(workFolders(out)).toEqual([]);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 120_000);
});
