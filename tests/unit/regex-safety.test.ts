// Every regular expression of the converter sees source text, which can be
// anything: one that backtracks catastrophically (exponential) or polynomially
// turns a long line into a hang. recheck decides this for each literal, found by
// parsing the modules (types stripped by Node, then acorn), so a new regex is
// checked the moment it is written.
import { readdirSync, readFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { parse, type Node } from 'acorn';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';

const ROOT = 'src/converter';

function converterModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return converterModules(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexLiterals(file: string): Found[] {
  const code = stripTypeScriptTypes(readFileSync(file, 'utf8'));
  const found: Found[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const regex = (node as { regex?: { pattern: string; flags: string } }).regex;
    if (regex)
      found.push({
        where: `${file}:${(node as Node & { loc: { start: { line: number } } }).loc.start.line}`,
        source: regex.pattern,
        flags: regex.flags,
      });
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module', locations: true }));
  return found;
}

/**
 * The patterns built at run time, as the code builds them (src/converter/footnotes/footnotes.ts, PDF markers;
 * the note number is a digit run, so one number stands for all).
 */
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
const dynamic: Found[] = [
  {
    where: 'src/converter/footnotes/footnotes.ts findPdfMarkers (standing alone)',
    source: `(?<=[,;:)]\\s)12(?=\\s\\p{Ll})(?!\\s(?:${MONTHS})\\b)`,
    flags: 'gu',
  },
  {
    where: 'src/converter/footnotes/footnotes.ts findPdfMarkers (glued)',
    source: `(?<=[\\p{L}.?!,;:»”’)"'])12(?![\\p{L}\\p{N}])`,
    flags: 'gu',
  },
  {
    where: 'src/converter/footnotes/footnotes.ts findPdfMarkers (glued to a year)',
    source: `(?<=\\b(?:${MONTHS})\\s(?:19|20)\\d{2})12(?!\\d)`,
    flags: 'gu',
  },
  {
    where: 'src/converter/footnotes/footnotes.ts lastResort (glued to digits)',
    source: `(?<=(?<!\\d)(?:19\\d|20[0-2])\\d|\\p{L}\\p{N}{1,8})12(?![\\p{L}\\p{N}])`,
    flags: 'gu',
  },
  {
    where: 'src/converter/footnotes/footnotes.ts lastResort (before a sentence)',
    source: `(?<![\\p{L}\\p{N}])12(?=\\s\\p{Lu})(?!\\s(?:${MONTHS})\\b)`,
    flags: 'gu',
  },
  {
    where: 'src/converter/clean/page-footnotes.ts markedBefore',
    source: `(?:[\\p{L}.?!,;:»”’)"']|[,;:)]\\s|(?<!\\d)(?:19\\d|20[0-2])\\d|\\p{L}\\p{N}{1,8})12(?!\\d)`,
    flags: 'u',
  },
];

const all = [...converterModules(ROOT).flatMap(regexLiterals), ...dynamic];

/**
 * Patterns recheck finds polynomial that are not yet rewritten, by the module's owner (reported to the
 * lead). Each is pinned, so a new one fails this test and a rewritten one must leave the list. The
 * hostile-case table bounds their real cost on 200,000-character lines.
 */
const KNOWN: Record<string, string> = {
  '^T\\s+[\\d ]{8,}$': 'furniture.ts (pdfshape): one line',
  '^F\\s+[\\d ]{8,}$': 'furniture.ts (pdfshape): one line',
  '^\\S+@\\S+\\.\\S+$': 'furniture.ts (pdfshape): one line',
  '[\\p{L}\\p{N}]+-$': 'hyphenation.ts: the tail of a line',
  '(?:https?:\\/\\/|www\\.)\\S*$': 'hyphenation.ts: the tail of a line',
  '([\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*)-$': 'hyphenation.ts: the tail of a line',
  '\\s*(?:,|en)\\s*': "labels.ts (lead): a label's short number list",
  '\\s+\\S*$': 'pipeline.ts: 237 characters at most',
  '(?:https?:\\/\\/|www\\.)[^\\s<>"«»]+|(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+':
    'footnotes.ts: the lookbehind starts an address only where one can start, which recheck does not model; the hostile table times 200,000 characters of "a@" linear',
};

/**
 * The fuzz checker is random and, by default, bounded by wall-clock limits (250 ms to incubate a
 * string, 10 s in all): on a loaded machine it then explores less and its verdict changes. A fixed
 * seed and no time limits leave only its step and iteration limits, so the verdict is the same on
 * every run.
 */
const RECHECK_OPTIONS = {
  randomSeed: 1,
  timeout: null,
  incubationTimeout: null,
  attackTimeout: null,
  seedingTimeout: null,
} as const;

describe('regular expressions of the converter', () => {
  it('are found', () => {
    console.log(`regex safety: ${all.length} regular expressions checked with recheck`);
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(all.map((r) => [r.where, r] as const))('%s runs in linear time', (where, { source, flags }) => {
    // A fixed seed: the fuzz checker is random, and a verdict must not depend on the run.
    const result = checkSync(source, flags.replace(/[gy]/g, ''), RECHECK_OPTIONS);
    const verdict =
      result.status === 'safe'
        ? 'safe'
        : `${result.status}: ${'complexity' in result && result.complexity ? result.complexity.summary : ''}`;
    // metadata.ts (identity) reads the paper's header paragraph; its patterns are listed by module, not pinned one by one.
    if (verdict === 'safe') return;
    // kamervragen-header.ts reads at most HEADER_MAX_CHARACTERS of the header.
    if (
      where.startsWith('src/converter/metadata/metadata.ts') ||
      where.startsWith('src/converter/metadata/kamervragen-header.ts') ||
      KNOWN[source]
    )
      console.log(`regex safety: known, not rewritten: ${where} /${source}/ ${verdict}`);
    else expect(verdict).toBe('safe');
  });
});
