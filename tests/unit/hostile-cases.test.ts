// The hostile and odd inputs of tests/fixtures/hostile/cases.ts, one table:
// each document is accepted with every word of its source on the page, or
// refused with exactly the expected first error line; each odd folder ends in
// its message. Then the CLI's own failures, each one readable line and a
// non-zero exit, never a stack trace and never a hang. Prints the figures.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentCases, folderCases } from '../fixtures/hostile/cases.ts';
import { convertFolder } from '../../src/converter/batch/batch.ts';
import { loadDutchSpeller } from '../../src/converter/shared/speller.ts';
import { entityMatcher } from '../../src/converter/links/links.ts';
import { ConversionError, formatMessage } from '../../src/converter/messages.ts';
import { convertDocument, type ConversionContext } from '../../src/converter/pipeline.ts';
import { loadEntities } from '../../src/lib/entities.ts';

const CASE_TIMEOUT = 30_000;
const figures = { cases: 0, stackTraces: 0, hangs: 0, wordsLost: 0, slowest: { name: '', secondsPerMB: 0 } };
let context: ConversionContext;
let lastSecondsPerMB = 0;
let work: string;

beforeAll(async () => {
  context = { speller: await loadDutchSpeller(), entities: entityMatcher(loadEntities()), catalog: new Map() };
  work = mkdtempSync(join(tmpdir(), 'kamerdossier-hostile-'));
});
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  console.log(
    `hostile cases: ${figures.cases} cases, ${figures.stackTraces} stack traces, ${figures.hangs} hangs (timeout ${CASE_TIMEOUT / 1000} s per case), ` +
      `${figures.wordsLost} words lost on accepted documents, slowest ${figures.slowest.secondsPerMB.toFixed(2)} s/MB (${figures.slowest.name})`,
  );
});

/** The words of a text, letters and digits, lower-cased. */
const words = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('nl')
    .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** Words of the source that the page text lacks (a hyphenated line end joins two source words into one page word, so containment is by substring). */
function lostWords(source: string, mdx: string, furniture: readonly number[]): string[] {
  // The page: its title and its body, with character references decoded and footnote references as the numbers they show.
  const title = /^title: "(.*)"$/m.exec(mdx)?.[1] ?? '';
  // Our own elements are markup: <Noemt> around a name, and <Vraag>/<Antwoord>, whose label the page prints; escaped source text ("\\<script>") stays.
  const body = mdx
    .slice(mdx.indexOf('\n---\n') + 5)
    .replace(/\[\^(\d+)\]/g, '$1')
    .replace(/(?<!\\)<(Vraag|Antwoord)\b[^<>]*>/g, ' $1 ')
    .replace(/(?<!\\)<\/?[A-Za-z][^<>]*>/g, '');
  const decoded = (text: string) =>
    text
      .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
      .replace(/&amp;/g, '&');
  const page = words(`${decoded(title)} ${body} ${decoded(body)}`).join(' ');
  // Page furniture (a letter's "Onderwerp", a running footer) is dropped by a named rule, not lost.
  const kept = source
    .split(/\r\n|\n|\r/)
    .filter((_, i) => !furniture.includes(i + 1))
    .join('\n');
  return words(kept).filter((word) => !page.includes(word));
}

function timed<T>(name: string, bytes: number, run: () => T): T {
  const started = performance.now();
  try {
    return run();
  } finally {
    const seconds = (performance.now() - started) / 1000;
    if (seconds > CASE_TIMEOUT / 1000) figures.hangs++;
    const perMB = seconds / Math.max(bytes / 1024 / 1024, 1 / 1024);
    lastSecondsPerMB = perMB;
    if (bytes > 10_000 && perMB > figures.slowest.secondsPerMB) figures.slowest = { name, secondsPerMB: perMB };
  }
}

describe('hostile documents', () => {
  it.each(documentCases.map((c) => [c.name, c] as const))(
    '%s',
    (name, { file, bytes, expected }) => {
      figures.cases++;
      let outcome: { mdx: string; furniture: { line: number }[] } | { error: string };
      try {
        outcome = timed(name, bytes.length, () => convertDocument(file, bytes, context));
      } catch (error) {
        if (!(error instanceof ConversionError)) {
          figures.stackTraces++;
          throw error;
        }
        outcome = { error: formatMessage(error.messages[0]!).split('\n')[0]! };
      }
      // Linear time: a generous bound per megabyte that quadratic behaviour on 200,000 characters exceeds many times over.
      if (bytes.length > 100_000) expect(lastSecondsPerMB).toBeLessThan(60);
      if ('accepted' in expected) {
        expect('error' in outcome ? outcome.error : '').toBe('');
        const converted = outcome as { mdx: string; furniture: { line: number }[] };
        const lost = lostWords(
          bytes.toString('utf8'),
          converted.mdx,
          converted.furniture.map((f) => f.line),
        );
        figures.wordsLost += lost.length;
        expect(lost).toEqual([]);
      } else {
        expect('error' in outcome ? outcome.error : 'accepted').toBe(expected.error);
      }
    },
    CASE_TIMEOUT,
  );
});

const SEED = readFileSync('seeds/002_3c20b123cf27bdb5.txt');

describe('hostile folders', () => {
  it.each(folderCases.map((c, i) => [c.name, c, i] as const))(
    '%s',
    async (_name, c, i) => {
      figures.cases++;
      const inDir = join(work, `in-${i}`);
      const outDir = join(work, `out-${i}`);
      fs.mkdirSync(inDir);
      fs.mkdirSync(outDir);
      writeFileSync(join(outDir, 'bestaand.mdx'), 'blijft staan');
      if (!c.empty) writeFileSync(join(inDir, 'seed.txt'), SEED);
      c.setup(inDir, fs);
      let first: string;
      try {
        const result = await convertFolder({ inDir, outDir, cacheDir: false, workers: 0 });
        first = result.errors[0]?.split('\n')[0] ?? `accepted ${result.converted.length}`;
      } catch (error) {
        if (!(error instanceof ConversionError)) {
          figures.stackTraces++;
          throw error;
        }
        first = formatMessage(error.messages[0]!).split('\n')[0]!;
      }
      if ('documents' in c.expected) expect(first).toBe(`accepted ${c.expected.documents}`);
      else {
        expect(first).toBe(c.expected.error.replaceAll('IN', inDir));
        // A refused folder leaves the output as it was.
        expect(readdirSync(outDir)).toEqual(['bestaand.mdx']);
      }
    },
    CASE_TIMEOUT,
  );
});

/** The CLI as a user runs it, with a timeout: a hang fails the case. */
function cli(args: string[], cwd = process.cwd()) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(process.cwd(), 'scripts/convert.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: CASE_TIMEOUT,
    env: { ...process.env, CONVERT_CACHE_DIR: join(work, 'cache') },
  });
  if (result.error || result.signal) figures.hangs++;
  if (/\n\s+at /.test(result.stderr)) figures.stackTraces++;
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

describe('the convert CLI', () => {
  const cases: { name: string; args: () => string[]; cwd?: () => string; first: () => string }[] = [
    { name: 'an unknown option', args: () => ['--bogus'], first: () => "convert: Unknown option '--bogus' [usage]" },
    {
      name: 'an option without its value',
      args: () => ['--in'],
      first: () => "convert: Option '--in <value>' argument missing [usage]",
    },
    {
      name: 'a mistyped --in',
      args: () => ['--in', join(work, 'zeeds'), '--out', join(work, 'cli-out')],
      first: () => `${join(work, 'zeeds')}:1:1: the input folder does not exist [input-folder]`,
    },
    {
      name: '--in naming a file',
      args: () => ['--in', 'package.json', '--out', join(work, 'cli-out')],
      first: () => `${join(process.cwd(), 'package.json')}:1:1: not a folder [input-folder]`,
    },
    {
      name: '--out below a file',
      args: () => ['--out', join(process.cwd(), 'package.json', 'content')],
      first: () =>
        `${join(process.cwd(), 'package.json', 'content')}:1:1: cannot write the output folder: a file of that name is in the way (EEXIST); nothing was changed [output-not-writable]`,
    },
    {
      name: 'an empty --in',
      args: () => (
        fs.mkdirSync(join(work, 'leeg'), { recursive: true }),
        ['--in', join(work, 'leeg'), '--out', join(work, 'cli-out')]
      ),
      first: () =>
        `${join(work, 'leeg')}:1:1: no source documents (*.txt) in the input folder; the output folder was left as it is [no-documents]`,
    },
    {
      name: 'started from another folder',
      args: () => ['--check'],
      cwd: () => tmpdir(),
      first: () => 'checked 5 documents: 0 out of date, 0 errors',
    },
  ];
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s',
    (_name, c) => {
      figures.cases++;
      const result = cli(c.args(), c.cwd?.());
      // An error is the first line on stderr; a run that succeeds ends with its summary.
      const output = result.stderr ? result.stderr.split('\n')[0] : result.stdout.trimEnd().split('\n').at(-1);
      expect(output).toBe(c.first());
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.signal).toBeNull();
    },
    CASE_TIMEOUT * 2,
  );
});
