// Bad input gets a clear error — file:line:col: reason [rule] — a non-zero
// exit, and no half-written output: content/ stays exactly as it was.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const VALID = readFileSync('seeds/002_3c20b123cf27bdb5.txt');

const cases: { name: string; file: string; bytes: Buffer; expected: RegExp }[] = [
  {
    name: 'an empty file',
    file: 'leeg.txt',
    bytes: Buffer.alloc(0),
    expected: /^leeg\.txt:1:1: the file is empty.*\[empty-file\]/m,
  },
  {
    name: 'a binary file',
    file: 'binair.txt',
    bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
    expected: /^binair\.txt:3:1: binary data \(NUL byte at byte offset 8\).*\[binary-file\]/m,
  },
  {
    name: 'invalid UTF-8',
    file: 'latin1.txt',
    bytes: Buffer.concat([Buffer.from('Vraag 1\nBeschikt Libi'), Buffer.from([0xeb]), Buffer.from(' over\n')]),
    expected: /^latin1\.txt:2:14: invalid UTF-8 at byte offset 21.*\[invalid-utf8\]/m,
  },
  {
    name: 'a control character',
    file: 'controle.txt',
    bytes: Buffer.from('Vraag 1\nWat \u0007 nu?\n'),
    expected: /^controle\.txt:2:5: control character U\+0007.*\[control-character\]/m,
  },
  {
    name: 'a bidi override',
    file: 'bidi.txt',
    bytes: Buffer.from('Vraag 1\nWat \u202E nu?\n'),
    expected: /^bidi\.txt:2:5: bidi control character U\+202E.*\[bidi-control\]/m,
  },
  {
    name: 'a footnote marker without a definition',
    file: 'voetnoot.txt',
    bytes: Buffer.from(
      ' Vragen van het lid X (SP) aan de minister van Y over Z (ingezonden 1 januari 2020).\n\nVraag 1\nWaarom?[footnoteRef:1] En verder.\n\nAntwoord op vraag 1\nDaarom. Dit is een regel van een Word-export die lang genoeg is om als Word-export te gelden, met heel veel woorden erin, en nog meer woorden, tot de regel lang genoeg is.\n',
    ),
    expected:
      /^voetnoot\.txt:4:8: footnote marker \[footnoteRef:1\] has no definition \[1: …\] \[footnote-without-definition\]/m,
  },
  {
    name: 'a page-bottom footnote without a marker',
    file: 'pdfnoot.txt',
    bytes: Buffer.from(
      ' Vragen van het lid X (SP) aan de minister van Y over Z (ingezonden 1 januari 2020).\n\nVraag 1\nWaarom is dat zo?\n\n1 Een voetnoot zonder verwijzing.\n Antwoord 1\nDaarom.\n',
    ),
    expected: /^pdfnoot\.txt:6:3: footnote 1 has no marker in the text before it.*\[definition-without-marker\]/m,
  },
];

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'kamerdossier-bad-'));
  mkdirSync(join(work, 'seeds'));
  cpSync('content', join(work, 'content'), { recursive: true });
  writeFileSync(join(work, 'seeds/002_3c20b123cf27bdb5.txt'), VALID);
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const convert = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['scripts/convert.ts', '--in', join(work, 'seeds'), '--out', join(work, 'content'), ...args],
    { encoding: 'utf8' },
  );

describe.each(cases)('$name', ({ file, bytes, expected }) => {
  it('stops with file:line:col, the reason and the rule, and leaves content/ unchanged', () => {
    writeFileSync(join(work, 'seeds', file), bytes);
    const before = snapshot(join(work, 'content'));
    const result = convert();
    console.log(`${file}: exit ${result.status}: ${result.stderr.split('\n')[0]}`);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(join(work, 'content'))).toEqual(before);
  });
});

describe('--keep-going', () => {
  it('converts the good documents, lists every error and exits non-zero', () => {
    for (const c of cases) writeFileSync(join(work, 'seeds', c.file), c.bytes);
    rmSync(join(work, 'content'), { recursive: true });
    const result = convert('--keep-going');
    expect(result.status).toBe(1);
    for (const c of cases) expect(result.stderr).toMatch(c.expected);
    expect(readdirSync(join(work, 'content'))).toEqual(['kamervragen-2013-02-08.mdx']);
  });
});

// Not bad input: a paper of no known kind has all its words read, so it is published (kind overig) and said so.
describe('a paper of no known kind', () => {
  it('is published as overig, with one line in the report, and exits zero', () => {
    writeFileSync(join(work, 'seeds/proza.txt'), 'Dit is gewoon een verhaal.\n\nZonder vragen of brief.\n');
    const result = convert();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('proza.txt: kind not recognised, published as overig\n');
    const published = readdirSync(join(work, 'content')).filter((f) => f.startsWith('overig-'));
    expect(published).toEqual([
      expect.stringMatching(/^overig-zonder-datum-dit-is-gewoon-een-verhaal-zonder-[0-9a-f]{8}\.mdx$/),
    ]);
    expect(readFileSync(join(work, 'content', published[0]!), 'utf8')).toContain('Zonder vragen of brief.');
  });
});

describe('--check', () => {
  it('reports an out-of-date content/ without writing', () => {
    writeFileSync(join(work, 'content/kamervragen-2013-02-08.mdx'), 'verouderd');
    const result = convert('--check');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('kamervragen-2013-02-08.mdx: out of date');
    expect(readFileSync(join(work, 'content/kamervragen-2013-02-08.mdx'), 'utf8')).toBe('verouderd');
  });
});
