import { describe, expect, it } from 'vitest';
import { permalinkSlug } from './document-slug.ts';

const none = { aanhangsel: null, kamervragen: null, kenmerk: null, kamerstuk: null };
const undated = { ingezonden: null, beantwoord: null, verzonden: null };
const overig = (fields: Partial<Parameters<typeof permalinkSlug>[0]> = {}) => ({
  kind: 'overig' as const,
  title: null,
  identifiers: none,
  dates: undated,
  ...fields,
});
const words = (text: string) => text.split(/\s+/);

describe('the permalink of a paper of no known kind (overig)', () => {
  it('is its official id when it prints one', () => {
    expect(permalinkSlug(overig({ identifiers: { ...none, kamerstuk: { dossier: '32 545', nummer: 143 } } }))).toBe(
      'kst-32545-143',
    );
  });

  it('is its date and kenmerk when it prints them, as a letter’s', () => {
    const dates = { ...undated, verzonden: '2023-02-03' };
    expect(permalinkSlug(overig({ dates, identifiers: { ...none, kenmerk: 'JenV/2023-0042' } }))).toBe(
      'overig-2023-02-03-JenV-2023-0042',
    );
  });

  it('is its title, or else its opening words, with a digest of its words: never a slug shared by every such paper', () => {
    const motie = words(
      'Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2024–2025 36 278 Nr. 32 MOTIE VAN HET LID DIJK',
    );
    const other = words(
      'Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2024–2025 36 682 Nr. 10 MOTIE VAN HET LID CLAASSEN',
    );
    const first = permalinkSlug(overig(), motie);
    expect(first).toMatch(/^overig-zonder-datum-tweede-kamer-der-staten-generaal-2-[0-9a-f]{8}$/);
    expect(permalinkSlug(overig(), other)).not.toBe(first);
    expect(permalinkSlug(overig({ title: 'Fiche 5: Herziening MiFID/MiFIR' }), motie)).toMatch(
      /^overig-zonder-datum-fiche-5-herziening-mifid-mifir-[0-9a-f]{8}$/,
    );
    expect(permalinkSlug(overig({ title: 'Financiële markten' }), motie)).toMatch(
      /^overig-zonder-datum-financiele-markten-/,
    );
  });

  it('stays the same for the same words, however they were spaced or broken over lines', () => {
    const text = 'De Kamer,\ngehoord de beraadslaging,\nverzoekt de regering';
    expect(permalinkSlug(overig(), words(text))).toBe(permalinkSlug(overig(), words(text.replace(/\n/g, '   '))));
  });
});

describe('the permalink of a paper of a known kind', () => {
  it('keeps its kind and date without a digest', () => {
    expect(permalinkSlug({ kind: 'brief', title: 'X', identifiers: none, dates: undated }, ['X'])).toBe(
      'brief-zonder-datum',
    );
  });
});
