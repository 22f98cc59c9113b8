// A few hundred random documents, full of Markdown, MDX and HTML syntax, go
// through the real converter and a real Astro build: 0 parse errors, and every
// page shows its texts unchanged.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteBuild } from '../support/build-site.ts';
import { pageText } from './fidelity.ts';

const DOCUMENTS = 250;
const UNITS = [
  ...'{}<>[]()!`*_~#&;:|\\/"\'=-+.^$@%?',
  ' ',
  'a',
  'e',
  'x',
  'Z',
  'é',
  '«',
  '’',
  'import ',
  'export ',
  'www.',
  'https://x.nl/',
  '<!--',
  '-->',
  '---',
  '```',
  '&amp;',
  '<script>',
  '{1+1}',
  '[^1]',
];
const text = fc
  .array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 30 })
  .map((parts) => `Tekst: ${parts.join('').replace(/\s+/g, ' ').trim()}`)
  // Word-export footnote syntax is structure, not text: a random "[1: …]" would be read as a note.
  .filter((s) => !/\[\d+:|\[footnoteRef/.test(s));

interface FuzzDocument {
  slug: string;
  texts: string[];
}

let work: string;
let build: SiteBuild;
const documents: FuzzDocument[] = [];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'kamerdossier-fuzz-'));
  mkdirSync(join(work, 'seeds'));
  const samples = fc.sample(fc.array(text, { minLength: 2, maxLength: 2 }), { numRuns: DOCUMENTS, seed: 424242 });
  samples.forEach(([question, answer], i) => {
    const date = new Date(Date.UTC(2012, 0, 1 + i * 3));
    const dutch = date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const source = ` Vragen van het lid Fuzz (XX) aan de minister van Test over onderwerp ${i} (ingezonden ${dutch}).\n\nVraag 1\n${question}\n\nAntwoord 1\n${answer}\n`;
    writeFileSync(join(work, 'seeds', `fuzz-${String(i).padStart(3, '0')}.txt`), source);
    documents.push({ slug: `kamervragen-${date.toISOString().slice(0, 10)}`, texts: [question!, answer!] });
  });
  build = buildSite({ seeds: join(work, 'seeds'), content: join(work, 'content'), out: join(work, 'dist') });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe(`${DOCUMENTS} random documents`, () => {
  it('build without a parse error', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('show every text unchanged', () => {
    const changed: string[] = [];
    for (const doc of documents) {
      const page = pageText(
        readFileSync(join(work, 'dist/documenten', doc.slug, 'index.html'), 'utf8'),
      ).bodyText.replace(/\s+/g, ' ');
      for (const t of doc.texts) if (!page.includes(t)) changed.push(`${doc.slug}: ${t}`);
    }
    console.log(`fuzz build: ${DOCUMENTS} documents, ${documents.length * 2} texts, ${changed.length} changed`);
    expect(changed).toEqual([]);
  });
});
