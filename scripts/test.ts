// npm test: type-check, format and lint check, then every vitest project (unit tests, integration tests
// that run whole builds and converts, then browser tests against a fresh build
// under /kamerdossier/). Prints the duration and a closing "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const started = performance.now();
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

// Astro writes the types of its virtual modules (astro:content) into .astro/ on sync.
const typecheck = run('astro', ['sync']) || run('tsc', ['--noEmit', '-p', 'tsconfig.json']);
if (typecheck !== 0) console.error('type check failed');
// One tool formats and lints (biome.json); `npm run format` rewrites what this reports.
const lint = run('biome', ['ci', '.']);
if (lint !== 0) console.error('format or lint check failed (npm run format fixes the formatting)');

mkdirSync('test-results', { recursive: true });
// The projects run one after the other, their counts summed: the browser tests time what a reader
// waits for (search results within 150 ms), and the integration project's whole-site builds and
// publish trials would load the machine's two cores beside them. `--project X` runs only that one.
const args = process.argv.slice(2);
const projects = args.includes('--project') ? [null] : ['unit', 'integration', 'browser'];
let passed = 0;
let failed = 0;
let tests = 0;
for (const project of projects) {
  const report = `test-results/vitest${project ? `-${project}` : ''}.json`;
  const status = run('vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...(project ? ['--project', project] : []),
    ...args,
  ]);
  tests ||= status;
  try {
    const counts = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += counts.numPassedTests;
    failed += counts.numFailedTests;
  } catch {
    failed++;
  }
}
for (const status of [typecheck, lint]) {
  if (status !== 0) failed++;
  else passed++;
}
console.log(`test suite took ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = typecheck !== 0 || lint !== 0 || tests !== 0 || failed > 0 ? 1 : 0;
