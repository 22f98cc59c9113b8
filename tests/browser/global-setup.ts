// Builds the whole site as GitHub Pages will serve it (under a sub-path) and
// serves it on a loopback port with Astro's own preview server (PREVIEW_PORT, for
// several checkouts testing side by side).
import { spawnSync } from 'node:child_process';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { BASE_PATH, OUT_DIR } from './site.ts';

export default async function setup(project: TestProject) {
  const env = { ...process.env, BASE_PATH, OUT_DIR, SITE_URL: 'https://kamerdossier.example' };
  Object.assign(process.env, { BASE_PATH, OUT_DIR, SITE_URL: env.SITE_URL });
  const started = performance.now();
  const build = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`site build for the browser tests failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`built the site under ${BASE_PATH} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const server = await preview({
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: Number(process.env.PREVIEW_PORT ?? 4399) },
  });
  project.provide('siteUrl', `http://127.0.0.1:${server.port}${BASE_PATH}`);
  return async () => {
    await server.stop();
  };
}
