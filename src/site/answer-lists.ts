// The lists of /beantwoording/ (every timed answer, the answers whose term is unknown, the
// questions without an answer here) in pages of bounded length: page N holds the N-th stretch of
// each list, so that no page grows with the corpus. Page 1 is /beantwoording/ with the summary
// tables; page N is /beantwoording/pagina/N/ (list-pages.ts).
import type { DocumentFrontmatter } from '../schema/document.ts';
import { referenceDate, timedAnswers, unanswered, type TimedAnswer, type Unanswered } from './answer-times.ts';
import type { DocumentEntry } from './documents.ts';
import { listPages, listPageSize } from './list-pages.ts';
import { findThreads } from './threads.ts';

export const ANSWERS_PATH = 'beantwoording/';

export interface AnswerLists {
  /** Answered, with both dates printed. */
  answers: TimedAnswer<DocumentFrontmatter>[];
  /** Answered, but the date sent in or the date received is not printed: the term is unknown, not guessed. */
  undated: DocumentFrontmatter[];
  /** Questions whose answer is in no paper of the corpus, counted to `reference`. */
  open: Unanswered<DocumentFrontmatter>[];
  reference: string | null;
}

/** The three lists, in the order given (documentsByDate). */
export function answerLists(entries: readonly DocumentEntry[]): AnswerLists {
  const documents = entries.map((d) => d.data);
  // Questions whose answer is another paper of the corpus (a thread) are answered.
  const threads = findThreads(entries);
  const answers = timedAnswers(documents);
  const timed = new Set(answers.map((a) => a.doc));
  const reference = referenceDate(documents);
  return {
    answers,
    undated: documents.filter((d) => d.kind === 'kamervragen' && d.structure.answers.length > 0 && !timed.has(d)),
    open: (reference ? unanswered(documents, reference) : []).filter((o) => !threads.has(o.doc.slug)),
    reference,
  };
}

export interface AnswerListsPage {
  /** 1-based. */
  number: number;
  count: number;
  answers: AnswerLists['answers'];
  undated: AnswerLists['undated'];
  open: AnswerLists['open'];
}

/** The lists cut into pages of `size` items per list; there is always a first page. */
export function answerListsPages(lists: AnswerLists, size = listPageSize()): AnswerListsPage[] {
  const answers = listPages(lists.answers, size);
  const undated = listPages(lists.undated, size);
  const open = listPages(lists.open, size);
  const count = Math.max(answers.length, undated.length, open.length);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    answers: answers[i]?.items ?? [],
    undated: undated[i]?.items ?? [],
    open: open[i]?.items ?? [],
  }));
}
