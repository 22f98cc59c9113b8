// Answer-time figures over a small corpus whose days are counted by hand.
import { describe, expect, it } from 'vitest';
import { byMinistry, byParty, groupAnswers, referenceDate, timedAnswers, unanswered } from './answer-times.ts';

const paper = (
  slug: string,
  ingezonden: string | null,
  beantwoord: string | null,
  ministry: string | null,
  parties: string[],
  answers = 1,
) => ({
  slug,
  kind: 'kamervragen' as const,
  title: slug,
  dates: { ingezonden, beantwoord, verzonden: null },
  answeredBy: ministry ? { role: 'Minister', name: 'X', ministry } : null,
  questioners: parties.map((party, i) => ({ name: `Lid ${i}`, party })),
  structure: {
    sections: [],
    questions: [],
    answers: Array.from({ length: answers }, () => ({})),
    footnotes: 0,
    outline: [],
  },
  events: [],
});

const corpus = [
  paper('a', '2017-09-19', '2017-11-10', 'Justitie en Veiligheid', ['SP']), // 52 days
  paper('b', '2024-02-01', '2024-02-22', 'Justitie en Veiligheid', ['VVD', 'SP']), // 21 days
  paper('c', '2024-03-29', '2024-04-01', 'Binnenlandse Zaken', ['NSC']), // 3 days
  paper('d', '2024-11-21', null, null, ['VVD'], 0), // questions only
  paper('e', null, null, null, [], 0),
] as unknown as Parameters<typeof timedAnswers>[0];

describe('answer times', () => {
  it('groups the answered papers with their median days and share within three weeks', () => {
    const answers = timedAnswers(corpus);
    expect(answers.map((a) => a.clock.days)).toEqual([52, 21, 3]);
    expect(
      groupAnswers(answers, byMinistry).map((g) => [g.name, g.answers.length, g.medianDays, g.withinTerm]),
    ).toEqual([
      ['Justitie en Veiligheid', 2, 36.5, 0.5],
      ['Binnenlandse Zaken', 1, 3, 1],
    ]);
    expect(groupAnswers(answers, byParty).map((g) => [g.name, g.answers.length, g.medianDays])).toEqual([
      ['SP', 2, 36.5],
      ['NSC', 1, 3],
      ['VVD', 1, 21],
    ]);
  });

  it('lists questions with no answer in the corpus, counted to the reference date', () => {
    expect(referenceDate(corpus, undefined)).toBe('2024-11-21');
    expect(referenceDate(corpus, '1735689600')).toBe('2025-01-01');
    expect(unanswered(corpus, '2025-01-01').map((u) => [u.doc.slug, u.days])).toEqual([
      ['d', 41],
      ['e', null],
    ]);
  });
});
