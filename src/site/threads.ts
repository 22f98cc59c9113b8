// Threads: a paper of written questions (a `kv-…` paper: questions, no answers) and
// the paper that answers them (`ah-…`), when both are in the corpus. They are joined
// only by what both print about themselves: the same Kamervragen number; or, when
// either prints none, the same date of submission, the same questioners and the same
// subject. A key that fits more than one paper on either side joins nothing.
import type { DocumentFrontmatter } from '../schema/document.ts';

type Doc = Pick<DocumentFrontmatter, 'slug' | 'kind' | 'title' | 'dates' | 'questioners' | 'identifiers' | 'structure'>;
type Entry = { data: Doc };

export interface Thread<D extends Entry = Entry> {
  questions: D;
  answer: D;
  /** What joined them: the Kamervragen number both print, or their printed date, questioners and subject. */
  by: 'kamervragennummer' | 'datum, vragenstellers en onderwerp';
}

const isQuestionsOnly = (doc: Doc) => doc.kind === 'kamervragen' && doc.structure.answers.length === 0;
const isAnswer = (doc: Doc) => doc.kind === 'kamervragen' && doc.structure.answers.length > 0;

/** What both papers of a thread print alike; null when a paper prints too little to be matched. */
function printedKeys(doc: Doc): string[] {
  const keys: string[] = [];
  if (doc.identifiers.kamervragen) keys.push(`nummer:${doc.identifiers.kamervragen}`);
  if (doc.dates.ingezonden && doc.questioners.length > 0 && doc.title) {
    const names = doc.questioners.map((q) => q.name.toLocaleLowerCase('nl')).sort();
    keys.push(JSON.stringify([doc.dates.ingezonden, names, doc.title.toLocaleLowerCase('nl')]));
  }
  return keys;
}

/** Every thread of the corpus, by the slug of each of its two papers. */
export function findThreads<D extends Entry>(docs: readonly D[]): Map<string, Thread<D>> {
  const questions = new Map<string, D[]>();
  const answers = new Map<string, D[]>();
  for (const doc of docs) {
    const side = isQuestionsOnly(doc.data) ? questions : isAnswer(doc.data) ? answers : null;
    if (!side) continue;
    for (const key of printedKeys(doc.data)) side.set(key, [...(side.get(key) ?? []), doc]);
  }
  const threads = new Map<string, Thread<D>>();
  for (const [key, asked] of questions) {
    const answered = answers.get(key);
    if (asked.length !== 1 || answered?.length !== 1) continue;
    const by = key.startsWith('nummer:') ? 'kamervragennummer' : 'datum, vragenstellers en onderwerp';
    const thread: Thread<D> = { questions: asked[0]!, answer: answered[0]!, by };
    // A paper already joined (by its number and its printed facts alike, as a rule) stays in its first pair.
    const known = threads.get(thread.questions.data.slug) ?? threads.get(thread.answer.data.slug);
    if (known) continue;
    threads.set(thread.questions.data.slug, thread);
    threads.set(thread.answer.data.slug, thread);
  }
  return threads;
}
