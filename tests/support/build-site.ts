// Builds a site from another folder of seeds, the way `npm run build` does,
// into folders of the test's own, Astro's cache included: test files run side by side.
import { spawnSync } from 'node:child_process';

export interface SiteBuild {
  status: number;
  output: string;
}

export function buildSite(
  dirs: { seeds: string; content: string; out: string },
  basePath = '/',
  args: string[] = [],
): SiteBuild {
  // Vitest puts its own import.meta.env into process.env (BASE_URL "/"); passed on, it would overrule the base path.
  const { BASE_URL: _vitestBase, ...env } = process.env;
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    env: {
      ...env,
      SEEDS_DIR: dirs.seeds,
      CONTENT_DIR: dirs.content,
      OUT_DIR: dirs.out,
      BASE_PATH: basePath,
      ASTRO_CACHE_DIR: `${dirs.out}-astro-cache`,
    },
    encoding: 'utf8',
  });
  return { status: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}
