// Compound parts: what lets search find "handel" in "mensenhandel", and only where the word really has it.
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_COMPOUND_LENGTH, MIN_PART, compoundParts, compoundSplit } from './compounds.ts';
import { loadDutchSpeller, type SpellChecker } from '../shared/speller.ts';
import { convertSeeds } from '../../../tests/support/convert-seeds.ts';

let speller: SpellChecker;
beforeAll(async () => {
  speller = await loadDutchSpeller();
});

/** The seams that cut a word into two Dutch words, each at least as long as a part compoundSplit considers. */
const wordSeams = (word: string) =>
  Array.from({ length: word.length + 1 }, (_, i) => i)
    .filter((i) => i >= MIN_PART && word.length - i >= MIN_PART)
    .filter((i) => speller.correct(word.slice(0, i)) && speller.correct(word.slice(i)))
    .map((i) => `${word.slice(0, i)}|${word.slice(i)}`);

describe('compoundSplit', () => {
  it('splits the compounds readers search by where their parts meet, linking -s- and -en- included', () => {
    expect(compoundSplit('mensenhandel', speller)).toEqual(['mensen', 'handel']);
    expect(compoundSplit('arbeidsuitbuiting', speller)).toEqual(['arbeids', 'uitbuiting']);
    expect(compoundSplit('vreemdelingenketen', speller)).toEqual(['vreemdelingen', 'keten']);
    expect(compoundSplit('orgaanverwijdering', speller)).toEqual(['orgaan', 'verwijdering']);
    expect(compoundSplit('kamerstukken', speller)).toEqual(['kamer', 'stukken']);
    // Three parts: both later parts, so "smokkel…" and "netwerken" both find it.
    expect(compoundParts('mensensmokkelnetwerken', speller)).toEqual(['smokkelnetwerken', 'netwerken']);
  });

  it('does not split words whose "parts" only happen to be words', () => {
    const words = ['prioritering', 'bovenstaande', 'belangrijke', 'publiceerde', 'cijfermatige', 'herkennen'].concat([
      'handelingen',
      'slachtoffers',
      'onderzoek',
      'samenwerking',
      'mogelijkheden',
      'bestrijden',
      'handel',
    ]);
    for (const word of words) {
      // The case runs only if the word is one compoundSplit looks at and it has a seam between two Dutch words.
      expect(word.length, word).toBeLessThanOrEqual(MAX_COMPOUND_LENGTH);
      expect(wordSeams(word), `${word} splits into two words`).not.toEqual([]);
      expect(compoundSplit(word, speller), word).toBeNull();
    }
  });

  it(`leaves words longer than ${MAX_COMPOUND_LENGTH} letters alone, quickly`, () => {
    const long = 'mensenhandel'.repeat(50);
    const started = performance.now();
    expect(compoundSplit(long, speller)).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

interface Judged {
  word: string;
  proposed: string | null;
  judged: string | null;
}
/** The places a split cuts a word: "mensen|handel" → {6}. */
const seams = (pieces: string[]) => new Set(pieces.slice(0, -1).map((_, i) => pieces.slice(0, i + 1).join('').length));

describe('a sample of 300 words judged by hand (tests/fixtures/compound-splits.yaml)', () => {
  it('splits with precision ≥ 98 % and recall ≥ 90 %', () => {
    const sample = load(readFileSync('tests/fixtures/compound-splits.yaml', 'utf8')) as Judged[];
    expect(sample.length).toBe(300);
    const wrong: string[] = [];
    const missed: string[] = [];
    let proposed = 0;
    let right = 0;
    for (const { word, judged } of sample) {
      const split = compoundSplit(word, speller);
      const truth = judged ? seams(judged.split('|')) : new Set<number>();
      if (split) {
        proposed++;
        if (judged && [...seams(split)].every((seam) => truth.has(seam))) right++;
        else wrong.push(`${word}: ${split.join('|')} (judged ${judged ?? 'not a compound'})`);
      } else if (judged) missed.push(`${word} (${judged})`);
    }
    const compounds = sample.filter((s) => s.judged).length;
    const found = compounds - missed.length;
    const precision = right / proposed;
    const recall = found / compounds;
    console.log(
      `compound splits on the judged sample: precision ${(100 * precision).toFixed(1)} % (${right}/${proposed}), recall ${(100 * recall).toFixed(1)} % (${found}/${compounds})\n` +
        `  wrong: ${wrong.join('; ') || 'none'}\n  missed: ${missed.join('; ') || 'none'}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the seeds', () => {
  it('list each compound once, sorted, with parts that end it', async () => {
    for (const result of (await convertSeeds()).values()) {
      const words = result.frontmatter.compounds.map((c) => c.word);
      expect(words).toEqual([...new Set(words)].sort());
      for (const c of result.frontmatter.compounds)
        for (const part of c.parts) expect(c.word.endsWith(part) && c.word !== part, `${c.word}: ${part}`).toBe(true);
    }
  });
});
