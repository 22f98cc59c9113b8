// Builds a site from another folder of seeds, the way `npm run build` does,
// into folders of the test's own, Astro's cache included: test files run side by side.
import { spawn, spawnSync } from 'node:child_process';

export interface SiteBuild {
  status: number;
  output: string;
}

/** The folders of a test's build, Astro's cache included: test files run side by side. */
function buildEnvironment(dirs: { seeds: string; content: string; out: string }, basePath: string) {
  return {
    SEEDS_DIR: dirs.seeds,
    CONTENT_DIR: dirs.content,
    OUT_DIR: dirs.out,
    BASE_PATH: basePath,
    ASTRO_CACHE_DIR: `${dirs.out}-astro-cache`,
    // The part cache too, so a test's first build is cold (scripts/build/part-cache.ts).
    KD_PART_CACHE: `${dirs.out}-part-cache`,
  };
}

export function buildSite(
  dirs: { seeds: string; content: string; out: string },
  basePath = '/',
  args: string[] = [],
  env: Record<string, string> = {},
): SiteBuild {
  // Inside a vitest worker process.env also holds Vite's own variables (BASE_URL, MODE, …), which
  // the child's Astro would take as its own: its pages would then link to "/" whatever BASE_PATH says.
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    env: { ...inherited, ...buildEnvironment(dirs, basePath), ...env },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** The same build, without blocking: for builds that must run at the same time. */
export function buildSiteAsync(
  dirs: { seeds: string; content: string; out: string },
  basePath = '/',
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<SiteBuild> {
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...inherited } = process.env;
  const child = spawn(process.execPath, ['scripts/build.ts', ...args], {
    env: { ...inherited, ...buildEnvironment(dirs, basePath), ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ status: code ?? 1, output })));
}
