import { describe, expect, it } from 'vitest';
import type { CleanDocument, FurnitureRemoval, HyphenDecision } from '../types.ts';
import { cleaningSummary } from './cleaning-summary.ts';

const dropped = (rule: FurnitureRemoval['rule'], line: number): FurnitureRemoval => ({ rule, line, text: '' });
const hyphen = (evidence: HyphenDecision['evidence'], result: string): HyphenDecision => ({
  line: 1,
  left: '',
  right: '',
  result,
  evidence,
});

// Only the fields the summary reads; the rest of a cleaned document does not enter it.
const cleaned = (fields: Partial<CleanDocument>) =>
  ({ lines: [], furniture: [], footnotes: [], hyphenation: [], ...fields }) as unknown as CleanDocument;

describe('cleaningSummary', () => {
  it('counts the dropped lines per rule, most first and then by name', () => {
    const summary = cleaningSummary(
      cleaned({
        furniture: [
          dropped('return-address', 1),
          dropped('page-number', 9),
          dropped('blank-lines', 2),
          dropped('page-number', 19),
          dropped('blank-lines', 3),
        ],
      }),
    );
    expect(summary.furniture).toEqual([
      { rule: 'blank-lines', lines: 2 },
      { rule: 'page-number', lines: 2 },
      { rule: 'return-address', lines: 1 },
    ]);
  });

  it('tells kept hyphens from words joined again, per piece of evidence', () => {
    const summary = cleaningSummary(
      cleaned({
        hyphenation: [
          hyphen('dictionary', 'mensenhandelaren'),
          hyphen('capital-or-digit', 'Noord-Afrika'),
          hyphen('dictionary', 'uitbuiting'),
          hyphen('dictionary', 'ex-partner'),
        ],
      }),
    );
    expect(summary.hyphens).toEqual([
      { evidence: 'dictionary', kept: 1, joined: 2 },
      { evidence: 'capital-or-digit', kept: 1, joined: 0 },
    ]);
  });

  it("counts the source's lines and the footnotes found at the foot of its pages", () => {
    const summary = cleaningSummary(
      cleaned({ lines: [{}, {}, {}] as CleanDocument['lines'], footnotes: [{}] as CleanDocument['footnotes'] }),
    );
    expect(summary).toMatchObject({ lines: 3, pageFootnotes: 1, furniture: [], hyphens: [] });
  });
});
