// How long the government took to answer written questions, against the term
// the Reglement van Orde of the Tweede Kamer sets: an answer within three weeks,
// or else a notice of delay (uitstelbericht). Calendar days between the two
// printed dates; unknown when either is unknown, never guessed.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { DocumentFrontmatter } from '../schema/document.ts';

/** Three weeks: the term for answering written questions. */
export const ANSWER_TERM_DAYS = 21;

export interface AnswerClock {
  /** Calendar days from ingezonden to ontvangen. */
  days: number;
  withinTerm: boolean;
}

export function answerClock(fm: Pick<DocumentFrontmatter, 'kind' | 'dates'>): AnswerClock | null {
  const { ingezonden, beantwoord } = fm.dates;
  if (fm.kind !== 'kamervragen' || !ingezonden || !beantwoord) return null;
  const days = differenceInCalendarDays(parseISO(beantwoord), parseISO(ingezonden));
  return { days, withinTerm: days <= ANSWER_TERM_DAYS };
}

/** "Beantwoord na 52 dagen (termijn: 3 weken)". */
export function answerClockLabel(clock: AnswerClock): string {
  return `Beantwoord na ${clock.days} ${clock.days === 1 ? 'dag' : 'dagen'} (termijn: 3 weken)`;
}
