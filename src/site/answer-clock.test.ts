// Answer times counted by hand from the printed dates.
import { describe, expect, it } from 'vitest';
import { answerClock, answerClockLabel } from './answer-clock.ts';

const kamervragen = (ingezonden: string | null, beantwoord: string | null) => ({
  kind: 'kamervragen' as const,
  dates: { ingezonden, beantwoord, verzonden: null },
});

describe('the answer clock', () => {
  it.each([
    // 000: 19 September → 10 November 2017: 11 days left in September, 31 in October, 10 in November.
    ['2017-09-19', '2017-11-10', 52, false],
    // 002: 28 December 2012 → 8 February 2013: 3 + 31 + 8.
    ['2012-12-28', '2013-02-08', 42, false],
    // ah-tk-20232024-1031: 23 January → 14 February 2024: 8 + 14.
    ['2024-01-23', '2024-02-14', 22, false],
    // ah-tk-20232024-1375: 29 March → 1 April 2024.
    ['2024-03-29', '2024-04-01', 3, true],
    // Exactly three weeks is within the term.
    ['2024-02-01', '2024-02-22', 21, true],
    // Across 29 February 2024.
    ['2024-02-20', '2024-03-01', 10, true],
  ])('counts %s → %s as %i days', (from, to, days, within) => {
    expect(answerClock(kamervragen(from, to))).toEqual({ days, withinTerm: within });
  });

  it('is unknown when either date is unknown, and for papers that are not Kamervragen', () => {
    expect(answerClock(kamervragen('2024-11-21', null))).toBeNull();
    expect(answerClock(kamervragen(null, '2024-11-21'))).toBeNull();
    expect(
      answerClock({ kind: 'brief', dates: { ingezonden: '2024-01-01', beantwoord: '2024-02-01', verzonden: null } }),
    ).toBeNull();
  });

  it('says it in Dutch', () => {
    expect(answerClockLabel({ days: 52, withinTerm: false })).toBe('Beantwoord na 52 dagen (termijn: 3 weken)');
    expect(answerClockLabel({ days: 1, withinTerm: true })).toBe('Beantwoord na 1 dag (termijn: 3 weken)');
  });
});
