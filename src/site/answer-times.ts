// Answer times over the corpus, for the overview page: per ministry, per member
// of the cabinet who answered, per party and per questioner, the count, the
// median number of days and the share answered within the term; and the
// questions in the corpus that have no answer in it, counted to a reference
// date that is part of the input (the corpus's newest date, or SOURCE_DATE_EPOCH),
// so that a rebuild gives the same page.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { mainDate, type DocumentFrontmatter } from '../schema/document.ts';
import { answerClock, type AnswerClock } from './answer-clock.ts';
import { median } from '../lib/median.ts';
import { siteSettings } from '../lib/options.ts';

type Doc = Pick<
  DocumentFrontmatter,
  'slug' | 'kind' | 'title' | 'dates' | 'answeredBy' | 'questioners' | 'structure' | 'events'
>;

export interface TimedAnswer<D extends Doc = Doc> {
  doc: D;
  clock: AnswerClock;
}

export interface AnswerTimeGroup<D extends Doc = Doc> {
  name: string;
  answers: TimedAnswer<D>[];
  medianDays: number;
  /** Share of answers within the term, 0–1. */
  withinTerm: number;
}

export interface Unanswered<D extends Doc = Doc> {
  doc: D;
  /** Days from ingezonden to the reference date; null when the submission date is unknown. */
  days: number | null;
}

export function timedAnswers<D extends Doc>(docs: readonly D[]): TimedAnswer<D>[] {
  return docs.flatMap((doc) => {
    const clock = answerClock(doc);
    return clock ? [{ doc, clock }] : [];
  });
}

/** Groups answers by each key a document gives (a document with two parties counts for both), largest group first, then by name. */
export function groupAnswers<D extends Doc>(
  answers: readonly TimedAnswer<D>[],
  keys: (doc: D) => string[],
): AnswerTimeGroup<D>[] {
  const groups = new Map<string, TimedAnswer<D>[]>();
  for (const answer of answers)
    for (const key of new Set(keys(answer.doc))) groups.set(key, [...(groups.get(key) ?? []), answer]);
  return [...groups]
    .map(([name, list]) => ({
      name,
      answers: list,
      medianDays: median(list.map((a) => a.clock.days)),
      withinTerm: list.filter((a) => a.clock.withinTerm).length / list.length,
    }))
    .sort((a, b) => b.answers.length - a.answers.length || a.name.localeCompare(b.name, 'nl'));
}

export const byMinistry = (doc: Doc) => (doc.answeredBy?.ministry ? [doc.answeredBy.ministry] : []);
export const byAnswerer = (doc: Doc) =>
  doc.answeredBy?.name ? [[doc.answeredBy.role, doc.answeredBy.name].filter(Boolean).join(' ')] : [];
export const byParty = (doc: Doc) => doc.questioners.flatMap((q) => (q.party ? [q.party] : []));
export const byQuestioner = (doc: Doc) => doc.questioners.map((q) => (q.party ? `${q.name} (${q.party})` : q.name));

/** Kamervragen with questions and no answer in the corpus. */
export function unanswered<D extends Doc>(docs: readonly D[], referenceDate: string): Unanswered<D>[] {
  return docs
    .filter((doc) => doc.kind === 'kamervragen' && doc.structure.answers.length === 0)
    .map((doc) => ({
      doc,
      days: doc.dates.ingezonden
        ? differenceInCalendarDays(parseISO(referenceDate), parseISO(doc.dates.ingezonden))
        : null,
    }));
}

/** SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set, else the newest date any document states. */
export function referenceDate(docs: readonly Doc[], sourceDateEpoch = siteSettings().sourceDateEpoch): string | null {
  // The UTC calendar day, so that the page does not depend on the build machine's time zone.
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch))
    return new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
  const dates = docs.flatMap((d) => [mainDate(d), d.dates.ingezonden].filter((x): x is string => x !== null));
  return dates.sort().at(-1) ?? null;
}
