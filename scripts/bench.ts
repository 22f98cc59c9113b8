// npm run bench -- [--docs 100,1000] [--seed 1] [--json path] [--sample 20] [--no-baseline] [--no-rebuild] [--matrix 4] [--no-search]
// Builds synthetic corpora of N documents with the real build, measures each
// stage (wall, CPU, peak memory of the process tree), builds the same MDX as a
// plain Astro site for comparison, rebuilds after changing one source, builds
// the site again in N shares one after the other as N runners would (--matrix N,
// 0 to skip), reports the site's size, checks fidelity on a sample of pages, and times search
// in a browser (--no-search to skip).
// See docs/performance.md.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFiles, writeCorpus } from './bench/corpus/generate.ts';
import { loadPools } from './bench/corpus/pools.ts';
import { fidelitySample, sampleFiles } from './bench/run/fidelity-sample.ts';
import { measure } from './bench/run/measure.ts';
import { partTimes } from './bench/run/part-times.ts';
import { benchSearch } from './bench/run/search-speed.ts';
import { formatRun, formatScaling, type CorpusRun } from './bench/run/report.ts';
import { siteSize } from './bench/run/site-size.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100,1000' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    sample: { type: 'string', default: '20' },
    'no-baseline': { type: 'boolean', default: false },
    'no-rebuild': { type: 'boolean', default: false },
    'no-search': { type: 'boolean', default: false },
    matrix: { type: 'string', default: '4' },
  },
});

const BENCH_DIR = resolve('.bench');
const ASTRO = resolve('node_modules/.bin/astro');
const STAGES = ['convert', 'astro', 'permalinks', 'pagefind', 'verify', 'publish'];
const sizes = values.docs.split(',').map((n) => Number(n.trim()));
const seed = Number(values.seed);
const runners = Number(values.matrix);

const machine = {
  commit: `${execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim()}${execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() ? ' (with uncommitted changes)' : ''}`,
  node: process.version,
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  totalMemoryBytes: totalmem(),
  date: new Date().toISOString(),
};
console.log(
  `bench: ${machine.commit}, Node ${machine.node}, ${machine.cpus} CPUs (${machine.cpuModel}), ${(machine.totalMemoryBytes / 2 ** 30).toFixed(0)} GiB`,
);

const pools = await loadPools('seeds');
const runs: CorpusRun[] = [];
for (const documents of sizes) {
  const dir = join(BENCH_DIR, `corpus-${documents}`);
  const seeds = join(dir, 'seeds');
  const started = performance.now();
  const corpus = await writeCorpus(seeds, { documents, seed }, pools);
  const generateSeconds = (performance.now() - started) / 1000;
  console.log(
    `\n== ${documents} documents: corpus written to ${seeds} in ${generateSeconds.toFixed(1)} s; building (cold: no conversion cache, no Astro cache)`,
  );

  const env = {
    SEEDS_DIR: seeds,
    CONTENT_DIR: join(dir, 'content'),
    OUT_DIR: join(dir, 'site'),
    CONVERT_CACHE_DIR: join(dir, 'convert-cache'),
    KD_PART_CACHE: join(dir, 'part-cache'),
  };
  for (const folder of [env.CONTENT_DIR, env.OUT_DIR, env.CONVERT_CACHE_DIR, env.KD_PART_CACHE, 'node_modules/.astro'])
    await rm(folder, { recursive: true, force: true });
  const build = await measure(process.execPath, ['scripts/build.ts'], { env, stages: STAGES });
  const ours = {
    ...build,
    astroParts: partTimes(build.output),
    pages: await htmlCount(env.OUT_DIR),
    indexBytes: await folderBytes(join(env.OUT_DIR, 'pagefind')),
  };
  console.log(`built in ${ours.wallSeconds.toFixed(1)} s`);
  const size = await siteSize(env.OUT_DIR);

  const fidelity =
    Number(values.sample) > 0
      ? await fidelitySample(seeds, env.OUT_DIR, sampleFiles(await corpusFiles(seeds), Number(values.sample)))
      : null;

  // Before the rebuild changes a source: the site as the cold build left it.
  // A busy machine can keep a query past the measure's wait: say so, and keep the build's figures.
  const search = values['no-search']
    ? null
    : await benchSearch(env.OUT_DIR).catch((error: Error) => {
        console.log(`search not measured: ${error.message.split('\n')[0]}`);
        return null;
      });

  let baseline: CorpusRun['baseline'] = null;
  if (!values['no-baseline']) {
    const out = join(dir, 'baseline-site');
    const cache = join(dir, 'baseline-astro-cache');
    for (const folder of [out, cache]) await rm(folder, { recursive: true, force: true });
    const astro = await measure(ASTRO, ['build', '--root', 'scripts/bench/baseline'], {
      env: { CONTENT_DIR: env.CONTENT_DIR, BASELINE_OUT_DIR: out, BASELINE_CACHE_DIR: cache },
      name: 'astro',
    });
    const pagefind = await measure(process.execPath, ['scripts/bench/run/pagefind-index.ts', out], {
      name: 'pagefind',
    });
    baseline = { astro, pagefind, pages: await htmlCount(out), indexBytes: await folderBytes(join(out, 'pagefind')) };
    console.log(`baseline built in ${(astro.wallSeconds + pagefind.wallSeconds).toFixed(1)} s`);
  }

  let rebuild: CorpusRun['rebuild'] = null;
  if (!values['no-rebuild']) {
    const edited = corpus.find((d) => d.shape === 'kamervragen-pdf')?.file ?? corpus[0]!.file;
    const file = join(seeds, edited);
    // The last mention, in the body: a word of the text, not of the title, which every page of related documents shows.
    const text = await readFile(file, 'utf8');
    const at = text.lastIndexOf('mensenhandel');
    await writeFile(file, `${text.slice(0, at)}mensensmokkel${text.slice(at + 'mensenhandel'.length)}`);
    rebuild = { ...(await measure(process.execPath, ['scripts/build.ts'], { env, stages: STAGES })), edited };
  }

  let matrix: CorpusRun['matrix'] = null;
  if (runners > 0) {
    // As N runners would: each share cold (no part cache; the conversion cache warm, as a CI cache restores it).
    const shareEnv = {
      ...env,
      SHARES_DIR: join(dir, 'shares'),
      KD_PART_CACHE: join(dir, 'matrix-part-cache'),
      OUT_DIR: join(dir, 'matrix-site'),
    };
    for (const folder of [shareEnv.SHARES_DIR, shareEnv.KD_PART_CACHE, shareEnv.OUT_DIR])
      await rm(folder, { recursive: true, force: true });
    const shares = [];
    for (let share = 1; share <= runners; share++)
      shares.push(
        await measure(process.execPath, ['scripts/build.ts', '--part', `${share}/${runners}`], {
          env: shareEnv,
          stages: ['convert', 'astro'],
        }),
      );
    const merge = await measure(process.execPath, ['scripts/build.ts', '--merge'], { env: shareEnv, stages: STAGES });
    matrix = { runners, shares, merge };
    await rm(shareEnv.KD_PART_CACHE, { recursive: true, force: true });
  }

  const run: CorpusRun = {
    documents,
    sourceBytes: corpus.reduce((n, d) => n + d.bytes, 0),
    generateSeconds,
    ours,
    size,
    baseline,
    rebuild,
    matrix,
    fidelity,
    search,
  };
  runs.push(run);
  console.log(`\n${formatRun(run)}`);
}
if (runs.length > 1) console.log(`\n${formatScaling(runs)}`);

const jsonPath = values.json ?? join(BENCH_DIR, `results-${machine.date.replace(/[:.]/g, '-')}.json`);
await mkdir(BENCH_DIR, { recursive: true });
const strip = (m: { output?: string }) => ({ ...m, output: undefined });
await writeFile(
  jsonPath,
  `${JSON.stringify({ machine, seed, runs: runs.map((r) => ({ ...r, ours: strip(r.ours), rebuild: r.rebuild && strip(r.rebuild), matrix: r.matrix && { ...r.matrix, shares: r.matrix.shares.map(strip), merge: strip(r.matrix.merge) }, baseline: r.baseline && { ...r.baseline, astro: strip(r.baseline.astro), pagefind: strip(r.baseline.pagefind) } })) }, null, 2)}\n`,
);
console.log(`\nresults written to ${jsonPath}`);

async function htmlCount(dir: string): Promise<number> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).length;
}

async function folderBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, entry));
    if (info.isFile()) bytes += info.size;
  }
  return bytes;
}
