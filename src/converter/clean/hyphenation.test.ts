// Line-end hyphens: undone where they only break a word, kept where they are
// part of it — decided on evidence, never by guess.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDutchSpeller, type SpellChecker } from '../shared/speller.ts';
import { buildVocabulary, decideHyphen } from './hyphenation.ts';

let speller: SpellChecker;
beforeAll(async () => {
  speller = await loadDutchSpeller();
});

const decide = (before: string, after: string, documentLines: string[] = []) =>
  decideHyphen({ before, after, line: 2 }, buildVocabulary(documentLines), speller)!;

describe('decideHyphen', () => {
  it.each([
    ['mensenhan-', 'delaren in Egypte', 'mensenhandelaren', 'dictionary'],
    ['de Staatssecre-', 'taris daar', 'Staatssecretaris', 'dictionary'],
    ['(eerste-', 'lijns) professionals', 'eerstelijns', 'dictionary'],
    ['opsporings-', 'indicaties voor', 'opsporingsindicaties', 'dictionary'],
  ])('joins %s %s → %s (%s)', (before, after, result, evidence) => {
    const d = decide(before, after);
    expect(d.decision.result).toBe(result);
    expect(d.decision.evidence).toBe(evidence);
  });

  it('keeps the hyphen before a capital: Noord-Afrika', () => {
    expect(decide('vanuit Noord-', 'Afrika, die').joined).toBe('vanuit Noord-Afrika, die');
  });
  it('keeps an elliptical hyphen with its space: migratie- en vluchtelingenketen', () => {
    expect(decide('binnen de migratie-', 'en vluchtelingenketen').joined).toBe(
      'binnen de migratie- en vluchtelingenketen',
    );
  });
  it('keeps hyphens inside URLs', () => {
    const d = decide(
      'https://www.nationaalrapporteur.nl/publicaties/rapporten/2022/12/06/dadermonitor-',
      'mensenhandel-2017-2021.',
    );
    expect(d.joined).toBe(
      'https://www.nationaalrapporteur.nl/publicaties/rapporten/2022/12/06/dadermonitor-mensenhandel-2017-2021.',
    );
    expect(d.decision.evidence).toBe('url');
  });
  it('keeps hyphens inside a URL printed without scheme or www', () => {
    // Footnote in ah-tk-20232024-1949: "(regiopurmerend.nl/…/tieners-13-en-14-weer-" / "vrijgelaten-na-…".
    const d = decide(
      'in Purmerend (regiopurmerend.nl/2024/05/03/tieners-13-en-14-weer-',
      'vrijgelaten-na-verdenking/).',
    );
    expect(d.joined).toBe(
      'in Purmerend (regiopurmerend.nl/2024/05/03/tieners-13-en-14-weer-vrijgelaten-na-verdenking/).',
    );
    expect(d.decision.evidence).toBe('url');
  });
  it('does not take a word with a dot for a URL', () => {
    expect(decide('zie o.a. mensenhan-', 'delaren').decision.evidence).toBe('dictionary');
  });
  it('keeps the hyphen after an abbreviation: EU-agentschappen', () => {
    expect(decide('en EU-', 'agentschappen zoals').decision.result).toBe('EU-agentschappen');
  });
  it('keeps a hyphen the dictionary requires: informatie-uitwisseling', () => {
    expect(decide('en informatie-', 'uitwisseling.').decision).toMatchObject({
      result: 'informatie-uitwisseling',
      evidence: 'dictionary',
    });
  });
  it('follows the document’s own spelling before the dictionary', () => {
    expect(decide('de arbeids-', 'uitbuiting', ['arbeidsuitbuiting komt voor']).decision).toMatchObject({
      result: 'arbeidsuitbuiting',
      evidence: 'document-spelling',
    });
    expect(decide('de zee-', 'egel', ['een zee-egel zwemt']).decision).toMatchObject({
      result: 'zee-egel',
      evidence: 'document-spelling',
    });
  });
  it('falls back on the Dutch vowel-collision rule for unknown compounds', () => {
    expect(decide('de xqzta-', 'avond').decision).toMatchObject({ result: 'xqzta-avond', evidence: 'vowel-collision' });
    expect(decide('de xqztk-', 'bvond').decision).toMatchObject({ result: 'xqztkbvond', evidence: 'default-join' });
  });
  it('does not treat a dash after a space as a hyphen', () => {
    expect(decideHyphen({ before: 'een zin -', after: 'en verder', line: 1 }, buildVocabulary([]), speller)).toBeNull();
  });
});
