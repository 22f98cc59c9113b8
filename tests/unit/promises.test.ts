// Promises (toezeggingen) found in the seeds and the real papers, against the
// sentences judged by hand in tests/fixtures/promises.yaml: every promise found
// must be judged, precision must reach 95 %, and the promises missed are listed.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDutchSpeller } from '../../src/converter/shared/speller.ts';
import { entityMatcher } from '../../src/converter/links/links.ts';
import { convertDocument } from '../../src/converter/pipeline.ts';
import { findPromises, isPromise } from '../../src/converter/promises/promises.ts';
import { loadEntities } from '../../src/lib/entities.ts';

interface Judged {
  file: string;
  block: string | null;
  promise: boolean;
  starts: string;
}

const FOLDERS = ['seeds', 'tests/fixtures/real'];
const judged = (parse(readFileSync('tests/fixtures/promises.yaml', 'utf8')) as { cases: Judged[] }).cases;
/** Letters only: a word split or joined by the converter ("ikde" → "ik de") still names the same sentence. */
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const judgedAs = (file: string, sentence: string) =>
  judged.find((j) => j.file === file && key(sentence).startsWith(key(j.starts)));

const found: { file: string; block: string | null; sentence: string }[] = [];
const refused: string[] = [];

beforeAll(async () => {
  const context = { speller: await loadDutchSpeller(), catalog: new Map(), entities: entityMatcher(loadEntities()) };
  for (const folder of FOLDERS) {
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      try {
        const { frontmatter } = convertDocument(file, readFileSync(`${folder}/${file}`), context);
        found.push(...frontmatter.promises.map((p) => ({ file, block: p.block, sentence: p.sentence })));
      } catch {
        refused.push(file);
      }
    }
  }
});

describe('promises (toezeggingen)', () => {
  it('finds promises that are judged, with precision of at least 95 % and the misses listed', () => {
    const unjudged = found.filter((p) => !judgedAs(p.file, p.sentence));
    expect(unjudged, 'judge these in tests/fixtures/promises.yaml').toEqual([]);
    const right = found.filter((p) => judgedAs(p.file, p.sentence)!.promise);
    const missed = judged.filter(
      (j) =>
        j.promise &&
        !refused.includes(j.file) &&
        !found.some((p) => p.file === j.file && key(p.sentence).startsWith(key(j.starts))),
    );
    const precision = right.length / found.length;
    console.log(
      `promises: ${found.length} found, ${right.length} right, precision ${(100 * precision).toFixed(1)} %; ${missed.length} of ${judged.filter((j) => j.promise).length} judged promises missed${missed.map((m) => `\n  missed: ${m.file} ${m.block}: ${m.starts} …`).join('')}${refused.length ? `\n  not converted (not counted): ${refused.join(', ')}` : ''}`,
    );
    expect(found.length).toBeGreaterThan(10);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it.each([
    ['Ik zal uw Kamer voor de zomer informeren over de uitkomsten.', true],
    ['Voor het einde van het jaar ontvangt u de evaluatie.', true],
    ['Ik informeer de Kamer voor het zomerreces over de voortgang.', true],
    ['Hierbij ontvangt u de antwoorden.', false],
    ['Ik heb uw Kamer op 3 maart geïnformeerd over het onderzoek.', false],
    ['Het kabinet zal zich blijven inspannen voor een goede aanpak.', false],
    ['De wachtlijst zal de komende jaren nog toenemen.', false],
    ['Zal de minister de Kamer informeren?', false],
  ])('judges "%s" as a promise: %s', (sentence, expected) => {
    expect(isPromise(sentence)).toBe(expected);
  });

  it('resolves the time a promise names against the paper’s date, and keeps it as printed otherwise', () => {
    const answer = (text: string) =>
      ({
        kind: 'kamervragen',
        body: [{ type: 'answer', id: 'antwoord-1', paragraphs: [[{ type: 'text', value: text }]] }],
        footnotes: [],
      }) as never;
    expect(findPromises(answer('Ik zal uw Kamer voor de zomer informeren.'), '2024-03-10')[0]!.due).toEqual({
      text: 'voor de zomer',
      by: '2024-07',
    });
    expect(findPromises(answer('Ik zal uw Kamer voor de zomer informeren.'), '2024-10-01')[0]!.due).toEqual({
      text: 'voor de zomer',
      by: '2025-07',
    });
    expect(
      findPromises(answer('Uw Kamer zal hier dit najaar over worden geïnformeerd.'), '2024-08-13')[0]!.due,
    ).toEqual({ text: 'dit najaar', by: '2024-12' });
    expect(findPromises(answer('Ik zal de Kamer begin 2025 een brief sturen.'), '2024-08-13')[0]!.due).toEqual({
      text: 'begin 2025',
      by: '2025',
    });
    expect(findPromises(answer('Binnenkort zal de Kamer geïnformeerd worden.'), '2024-05-17')[0]!.due).toEqual({
      text: 'Binnenkort',
      by: null,
    });
    expect(findPromises(answer('Ik zal uw Kamer voor de zomer informeren.'), null)[0]!.due).toEqual({
      text: 'voor de zomer',
      by: null,
    });
  });
});
