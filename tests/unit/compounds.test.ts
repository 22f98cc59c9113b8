// Compound parts: what lets search find "handel" in "mensenhandel".
import { beforeAll, describe, expect, it } from 'vitest';
import type { SpellChecker } from '../../src/converter/clean/hyphenation.ts';
import { compoundParts } from '../../src/converter/compounds.ts';
import { loadDutchSpeller } from '../../src/converter/dictionary.ts';
import { convertSeeds } from './convert-seeds.ts';

let speller: SpellChecker;
beforeAll(async () => {
  speller = await loadDutchSpeller();
});

describe('compoundParts', () => {
  it('finds the later parts of the compounds readers search by', () => {
    expect(compoundParts('mensenhandel', speller)).toEqual(['handel']);
    expect(compoundParts('mensensmokkel', speller)).toEqual(['smokkel']);
    expect(compoundParts('arbeidsuitbuiting', speller)).toEqual(['uitbuiting']);
    expect(compoundParts('orgaanverwijdering', speller)).toEqual(['verwijdering']);
    // Three parts: both later parts, so "handel…" and "bestrijding" both find it.
    expect(compoundParts('mensenhandelbestrijding', speller)).toEqual(expect.arrayContaining(['handelbestrijding', 'bestrijding']));
  });

  it('keeps the whole part when a linking s allows two readings', () => {
    expect(compoundParts('kamerstukken', speller)).toEqual(['stukken']);
  });

  it('leaves derived words alone: particles, short words inside longer ones, suffixes', () => {
    for (const word of ['onderzoek', 'samenwerking', 'verdachten', 'bestrijden', 'mogelijkheden', 'slachtoffer'.slice(0, 5), 'handel']) {
      expect(compoundParts(word, speller), word).toEqual([]);
    }
  });
});

describe('the seeds', () => {
  it('list each compound once, sorted, with parts that end it', async () => {
    for (const result of (await convertSeeds()).values()) {
      const words = result.frontmatter.compounds.map((c) => c.word);
      expect(words).toEqual([...new Set(words)].sort());
      for (const c of result.frontmatter.compounds) for (const part of c.parts) expect(c.word.endsWith(part) && c.word !== part, `${c.word}: ${part}`).toBe(true);
    }
  });
});
