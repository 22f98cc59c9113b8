// npm test: type-check, then every vitest project (unit tests, then browser
// tests against a fresh build under /kamerdossier/). Prints the duration and a
// closing "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';

const started = performance.now();
const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit', env: process.env }).status ?? 1;

// Astro writes the types of its virtual modules (astro:content) into .astro/ on sync.
const typecheck = run('astro', ['sync']) || run('tsc', ['--noEmit', '-p', 'tsconfig.json']);
if (typecheck !== 0) console.error('type check failed');

mkdirSync('test-results', { recursive: true });
const tests = run('vitest', ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json', ...process.argv.slice(2)]);

let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8')) as { numPassedTests: number; numFailedTests: number };
  passed = report.numPassedTests;
  failed = report.numFailedTests;
} catch {
  failed++;
}
if (typecheck !== 0) failed++;
else passed++;
console.log(`test suite took ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = typecheck !== 0 || tests !== 0 || failed > 0 ? 1 : 0;
