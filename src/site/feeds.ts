// Atom feeds for everything a reader follows: a person, party or organisation (the
// papers that name them), a ministry (the answers it gave), a dossier (the papers in
// or citing it) and a thread (the questions, and an entry when the answer arrives).
// Every date is a date the papers print, so the same corpus always gives the same feeds.
import { slug as githubSlug } from 'github-slugger';
import { Feed } from 'feed';
import { mainDate } from '../schema/document.ts';
import { dossierName } from './dossiers.ts';
import type { CorpusIndex } from './corpus.ts';
import type { DocumentEntry } from './documents.ts';
import { kindLabel } from './display-labels.ts';
import { headline } from './headline.ts';
import { absoluteUrl, documentUrl } from './paths.ts';

export interface FeedEntry {
  doc: DocumentEntry;
  /** The printed date the entry is for: the paper's main date, or for a thread the date of its step. */
  date: string;
  /** What happened on that date, before the paper's headline in a thread: "Vragen ingezonden". */
  step: string | null;
  /** Unique within the feed: the paper's URL, with "#ingezonden" or "#beantwoord" for the steps of one paper. */
  id: string;
}

export interface FeedSpec {
  /** Where the feed is written: "feeds/personen/van-der-steur.xml". */
  path: string;
  title: string;
  /** The site path of the page that links to it. */
  page: string;
  entries: FeedEntry[];
}

export const threadFeedPath = (questionsSlug: string) => `feeds/draden/${questionsSlug}.xml`;
export const ministryFeedPath = (ministry: string) => `feeds/ministeries/${githubSlug(ministry)}.xml`;
export const entityFeedPath = (key: string) => `feeds/${key}.xml`;
export const dossierFeedPath = (nummer: string) => `feeds/dossiers/${nummer}.xml`;

const paperEntry = (doc: DocumentEntry): FeedEntry[] => {
  const date = mainDate(doc.data);
  return date ? [{ doc, date, step: null, id: documentUrl(doc.data.slug) }] : [];
};

/**
 * How many entries a feed holds: its newest. A feed tells what is new, and a feed reader keeps what it
 * fetched before; a feed of every paper grows with the corpus (an organisation named in most papers had
 * a feed of 890 KiB at 1,000 documents).
 */
export const FEED_ENTRIES = 100;

/** The newest `limit` entries, newest first, then by page, so that the order never depends on the corpus's order. */
export const ordered = (entries: FeedEntry[], limit = FEED_ENTRIES) =>
  [...entries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)).slice(0, limit);

/** The papers of a thread as steps: questions sent in, answer received; one paper of both is two steps. */
function threadEntries(questions: DocumentEntry, answer: DocumentEntry | null): FeedEntry[] {
  const entries: FeedEntry[] = [];
  const { ingezonden } = questions.data.dates;
  if (ingezonden)
    entries.push({
      doc: questions,
      date: ingezonden,
      step: 'Vragen ingezonden',
      id: `${documentUrl(questions.data.slug)}#ingezonden`,
    });
  const answered = answer ?? (questions.data.structure.answers.length > 0 ? questions : null);
  if (answered?.data.dates.beantwoord)
    entries.push({
      doc: answered,
      date: answered.data.dates.beantwoord,
      step: 'Antwoord ontvangen',
      id: `${documentUrl(answered.data.slug)}#beantwoord`,
    });
  return entries;
}

/** Every feed of the site. */
export function siteFeeds(corpus: CorpusIndex): FeedSpec[] {
  const feeds: FeedSpec[] = [];
  for (const [key, mentions] of [...corpus.mentions].sort(([a], [b]) => a.localeCompare(b))) {
    const entity = corpus.entities.get(key);
    if (!entity) continue;
    const docs = [...new Set(mentions.map((m) => m.doc))];
    feeds.push({
      path: entityFeedPath(key),
      title: entity.name,
      page: `${key}/`,
      entries: ordered(docs.flatMap(paperEntry)),
    });
  }
  const byMinistry = new Map<string, DocumentEntry[]>();
  for (const doc of corpus.documents) {
    const ministry = doc.data.answeredBy?.ministry;
    if (ministry) byMinistry.set(ministry, [...(byMinistry.get(ministry) ?? []), doc]);
  }
  for (const [ministry, docs] of [...byMinistry].sort(([a], [b]) => a.localeCompare(b, 'nl')))
    feeds.push({
      path: ministryFeedPath(ministry),
      title: `Antwoorden van ${ministry}`,
      page: 'beantwoording/',
      entries: ordered(docs.flatMap(paperEntry)),
    });
  for (const [nummer, papers] of corpus.dossiers) {
    const docs = [...new Set(papers.flatMap((p) => [...(p.document ? [p.document] : []), ...p.citedBy]))];
    feeds.push({
      path: dossierFeedPath(nummer),
      title: dossierName(nummer),
      page: `dossiers/${nummer}/`,
      entries: ordered(docs.flatMap(paperEntry)),
    });
  }
  for (const doc of corpus.documents) {
    if (doc.data.kind !== 'kamervragen') continue;
    const thread = corpus.threads.get(doc.data.slug);
    // A thread has one feed, named after its questions; the answer's page links to it too.
    if (thread && thread.questions !== doc && thread.questions.data.slug !== doc.data.slug) continue;
    feeds.push({
      path: threadFeedPath(doc.data.slug),
      title: `Draad: ${headline(doc.data)}`,
      page: `documenten/${doc.data.slug}/`,
      entries: ordered(threadEntries(doc, thread?.answer ?? null)),
    });
  }
  return feeds;
}

/** The feed a document's page links to: its thread's (Kamervragen only). */
export function documentFeedPath(corpus: CorpusIndex, doc: DocumentEntry): string | null {
  if (doc.data.kind !== 'kamervragen') return null;
  return threadFeedPath(corpus.threads.get(doc.data.slug)?.questions.data.slug ?? doc.data.slug);
}

/** Title and summary are HTML in Atom as the feed package writes them: the paper's words are text, so escaped. */
const asHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const dayOf = (date: string) => new Date(`${date.length === 4 ? `${date}-01-01` : date}T00:00:00Z`);

/** The Atom XML of a feed; an empty feed is dated by the corpus's reference date. */
export function atomFeed(spec: FeedSpec, referenceDate: string): string {
  const newest = spec.entries[0]?.date ?? referenceDate;
  const feed = new Feed({
    title: `Kamerdossier: ${spec.title}`,
    id: absoluteUrl(spec.path),
    link: absoluteUrl(spec.page),
    language: 'nl',
    copyright: 'Openbare Kamerstukken van de Tweede Kamer der Staten-Generaal',
    updated: dayOf(newest),
    author: { name: 'Kamerdossier', link: absoluteUrl() },
    feedLinks: { atom: absoluteUrl(spec.path) },
  });
  for (const entry of spec.entries) {
    const { data } = entry.doc;
    const title = headline(data);
    feed.addItem({
      title: asHtml(entry.step ? `${entry.step}: ${title}` : title),
      id: entry.id,
      link: documentUrl(data.slug),
      description: asHtml(data.summary || title),
      date: dayOf(entry.date),
      published: dayOf(entry.date),
      // The questioners are the entry's authors; a letter's is its sender.
      author: data.questioners.length
        ? data.questioners.map((q) => ({ name: q.party ? `${q.name} (${q.party})` : q.name }))
        : [{ name: data.sender?.name ?? data.answeredBy?.name ?? 'Kamerdossier' }],
      category: [{ name: kindLabel[data.kind], term: data.kind, scheme: absoluteUrl('documenten/soort/') }],
    });
  }
  return feed.atom1();
}
