// A wrong setting or flag stops `npm run build` before it touches anything, with one message
// naming it, its rule and a hint, and exit 2: never a stack trace, never a deletion.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'kd-build-messages-'));
// A folder of someone's own, which no setting may make the build replace.
const theirs = join(work, 'papers');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The project's own files, by path: what must still be there after every refused build. */
const tracked = spawnSync('git', ['ls-files'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);

function build(args: string[], env: Record<string, string>) {
  const { BASE_URL, MODE, DEV, PROD, SSR, NODE_ENV, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...args], {
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('a build with a wrong setting or flag', () => {
  it.each([
    ['an empty OUT_DIR', [], { OUT_DIR: '' }, /^OUT_DIR: is empty: "" \[invalid-setting\]\n {2}hint: /],
    [
      'OUT_DIR the project’s parent',
      [],
      { OUT_DIR: '..' },
      /^OUT_DIR: ".*" is the project or holds it; nothing was touched \[output-holds-project\]/,
    ],
    ['OUT_DIR the project', [], { OUT_DIR: '.' }, /\[output-holds-project\]/],
    ['OUT_DIR the sources', [], { OUT_DIR: 'seeds' }, /\[output-holds-project\]/],
    ['OUT_DIR someone’s folder', [], { OUT_DIR: theirs }, /\[output-not-a-site\]/],
    ['KD_PART_CACHE the project', [], { KD_PART_CACHE: '.' }, /^KD_PART_CACHE: .*\[output-holds-project\]/],
    ['SHARES_DIR the code', ['--merge'], { SHARES_DIR: 'src' }, /^SHARES_DIR: .*\[output-holds-project\]/],
    ['KD_PART_SIZE=0', [], { KD_PART_SIZE: '0' }, /^KD_PART_SIZE: must be at least 1: "0" \[invalid-setting\]/],
    [
      'a mistyped flag',
      ['--keepgoing'],
      {},
      /^command line: Unknown option '--keepgoing'.* \[usage\]\n {2}hint: npm run build -- /,
    ],
    ['--part without a value', ['--part'], {}, /^command line: Option '--part <value>' argument missing \[usage\]/],
    ['--part 3/2', ['--part', '3/2'], {}, /^--part: takes K\/N with 1 ≤ K ≤ N .* \[usage\]/],
    [
      '--part with --merge',
      ['--part', '1/2', '--merge'],
      {},
      /^command line: --part and --merge are two steps \[usage\]/,
    ],
  ])('%s: one message, exit 2, nothing touched', (_, args, env, message) => {
    mkdirSync(theirs, { recursive: true });
    writeFileSync(join(theirs, 'notes.txt'), 'mine');
    const result = build(args as string[], env as Record<string, string>);
    expect(result.status, result.output).toBe(2);
    expect(result.output).toMatch(message);
    expect(result.output.trim().split('\n')).toHaveLength(2);
    expect(result.output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(tracked.filter((file) => !existsSync(file))).toEqual([]);
    expect(existsSync(join(theirs, 'notes.txt'))).toBe(true);
  });
});
