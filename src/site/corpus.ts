// Indexes over the whole corpus, built once per build and shared by every page:
// which paper is on this site, who is mentioned where, which papers a dossier holds.
import { documentsByDate, type DocumentEntry } from './documents.ts';
import { firstInOrder } from '../lib/first-in-order.ts';
import { inLocaleOrder } from '../lib/locale-order.ts';
import { answerFor } from '../lib/answer-blocks.ts';
import { loadEntities, type EntityData } from '../lib/entities.ts';
import { documentHref } from './paths.ts';
import { findThreads, type Thread } from './threads.ts';
import { citationsByCitedPaper, type Citation } from './cited-by.ts';
import { dossierId, dossierLabel, kamerstukId, officialUrl, ownPaperIds, paperNumber } from '../lib/paper-ids.ts';

export interface MentionEntry {
  doc: DocumentEntry;
  block: string | null;
  sentence: string;
}

export interface DossierPaper {
  paper: string;
  /** Corpus documents that cite it. */
  citedBy: DocumentEntry[];
  /** The corpus document that is this paper, if any. */
  document: DocumentEntry | null;
}

export interface RelatedDocument {
  doc: DocumentEntry;
  score: number;
  shared: string[];
  /** The same, as keys: "dossiers/28638", "personen/van-der-steur", "partijen/sp". */
  sharedKeys: string[];
}

export interface CorpusIndex {
  documents: DocumentEntry[];
  /** The documents most related to this one, best first; worked out when first asked (a build part renders only some documents). */
  relatedTo: (doc: DocumentEntry) => RelatedDocument[];
  entities: Map<string, EntityData>;
  byPaper: Map<string, DocumentEntry>;
  mentions: Map<string, MentionEntry[]>;
  dossiers: Map<string, DossierPaper[]>;
  /** The thread each paper of one is in, by slug (src/site/threads.ts). */
  threads: Map<string, Thread<DocumentEntry>>;
  /** The papers of the corpus that cite each paper, by the cited paper's slug (src/site/cited-by.ts). */
  citedBy: Map<string, Citation<DocumentEntry>[]>;
}

let index: Promise<CorpusIndex> | undefined;

export function corpusIndex(): Promise<CorpusIndex> {
  index ??= buildIndex();
  return index;
}

async function buildIndex(): Promise<CorpusIndex> {
  const documents = await documentsByDate();
  const newestFirst = [...documents].reverse();
  const entities = new Map(loadEntities().map((e) => [e.key, e]));
  const byPaper = new Map<string, DocumentEntry>();
  for (const doc of documents) for (const id of ownPaperIds(doc.data.identifiers)) byPaper.set(id, doc);

  const mentions = new Map<string, MentionEntry[]>();
  const dossierPapers = new Map<string, Map<string, DossierPaper>>();
  for (const doc of newestFirst) {
    // One entry per block and sentence: a name repeated in a sentence is one mention for a reader.
    const seen = new Set<string>();
    for (const m of doc.data.mentions) {
      const key = JSON.stringify([m.entity, m.block, m.sentence]);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = mentions.get(m.entity) ?? [];
      list.push({ doc, block: m.block, sentence: m.sentence });
      mentions.set(m.entity, list);
    }
    for (const r of doc.data.references) {
      if (!r.paper) continue;
      for (const dossier of r.dossiers) {
        const papers = dossierPapers.get(dossier) ?? new Map<string, DossierPaper>();
        const entry = papers.get(r.paper) ?? { paper: r.paper, citedBy: [], document: byPaper.get(r.paper) ?? null };
        if (!entry.citedBy.includes(doc)) entry.citedBy.push(doc);
        papers.set(r.paper, entry);
        dossierPapers.set(dossier, papers);
      }
    }
  }
  for (const doc of documents) {
    const { kamerstuk } = doc.data.identifiers;
    if (!kamerstuk) continue;
    const dossier = dossierId(kamerstuk.dossier);
    const papers = dossierPapers.get(dossier) ?? new Map<string, DossierPaper>();
    const id = kamerstukId(kamerstuk);
    papers.set(id, { paper: id, citedBy: papers.get(id)?.citedBy ?? [], document: doc });
    dossierPapers.set(dossier, papers);
  }
  const dossiers = new Map(
    [...dossierPapers]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([d, papers]) => [d, [...papers.values()].sort((a, b) => paperNumber(a.paper) - paperNumber(b.paper))]),
  );
  return {
    documents,
    entities,
    byPaper,
    mentions,
    dossiers,
    threads: findThreads(documents),
    citedBy: citationsByCitedPaper(documents),
    relatedTo: relatedDocuments(documents, entities),
  };
}

/** What a document is about, for relatedness: the dossiers it cites or belongs to, and whom it mentions. */
function features(doc: DocumentEntry): Map<string, number> {
  const weights = new Map<string, number>();
  for (const r of doc.data.references) for (const d of r.dossiers) weights.set(`dossiers/${d}`, 3);
  const { kamerstuk } = doc.data.identifiers;
  if (kamerstuk) weights.set(`dossiers/${dossierId(kamerstuk.dossier)}`, 3);
  for (const m of doc.data.mentions) weights.set(m.entity, m.entity.startsWith('personen/') ? 2 : 1);
  return weights;
}

/** How many related documents a page lists. */
const RELATED_COUNT = 5;

/**
 * Related documents ranked by shared dossiers (weight 3), people (2), and parties and
 * organisations (1), through an inverted index built once. Features shared by most of
 * the corpus tell nothing and are skipped. Each document's ranking is made when its
 * page asks: scoring every document against its neighbours costs far more than the index.
 */
function relatedDocuments(
  documents: DocumentEntry[],
  entities: Map<string, EntityData>,
): (doc: DocumentEntry) => RelatedDocument[] {
  const byFeature = new Map<string, DocumentEntry[]>();
  const featuresOf = new Map(documents.map((doc) => [doc, features(doc)]));
  for (const [doc, weights] of featuresOf) {
    for (const f of weights.keys()) {
      const holders = byFeature.get(f);
      if (holders) holders.push(doc);
      else byFeature.set(f, [doc]);
    }
  }
  const common = Math.max(2, Math.ceil(documents.length * 0.5));
  // By slug: a page's entry need not be the very object the index holds.
  const bySlug = new Map(documents.map((doc) => [doc.data.slug, doc]));
  const related = new Map<string, RelatedDocument[]>();
  const featureName = (f: string) =>
    f.startsWith('dossiers/') ? `dossier ${dossierLabel(f.slice(9))}` : (entities.get(f)?.name ?? f);
  const rank = (slug: string): RelatedDocument[] => {
    const doc = bySlug.get(slug);
    if (!doc) return [];
    // Scores first, the shared features' names only for the five kept: most neighbours are dropped.
    const scores = new Map<DocumentEntry, number>();
    const used: [string, number][] = [];
    for (const [f, weight] of featuresOf.get(doc)!) {
      const holders = byFeature.get(f)!;
      if (holders.length > common && documents.length > 4) continue;
      used.push([f, weight]);
      for (const other of holders) if (other !== doc) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
    const best = firstInOrder(
      scores,
      RELATED_COUNT,
      ([a, x], [b, y]) => y - x || inLocaleOrder(a.data.slug, b.data.slug),
    );
    return best.map(([other, score]) => {
      const sharedKeys = used.filter(([f]) => featuresOf.get(other)!.has(f)).map(([f]) => f);
      return { doc: other, score, shared: sharedKeys.map(featureName), sharedKeys };
    });
  };
  return (doc) => {
    let ranked = related.get(doc.data.slug);
    if (!ranked) related.set(doc.data.slug, (ranked = rank(doc.data.slug)));
    return ranked;
  };
}

/**
 * Where a citation of a paper leads: its page here when the corpus holds it, else its official publication.
 * A citation of its answer to a question leads to that answer's block when the page has one.
 */
export function paperHref(corpus: CorpusIndex, paper: string, question?: number): string {
  const doc = corpus.byPaper.get(paper);
  if (!doc) return officialUrl(paper);
  const answer = question === undefined ? null : answerFor(question, doc.data.structure.answers);
  return `${documentHref(doc.data.slug)}${answer ? `#${answer.id}` : ''}`;
}

/** A reader's name for a block: "Vraag 7", "Antwoord 2", "Voetnoot 3", or the section's title. */
export function blockLabel(doc: DocumentEntry, block: string | null): string {
  if (block === null) return 'Begin van het document';
  const numbered = /^(vraag|antwoord|fn)-(\d+)$/.exec(block);
  if (numbered)
    return `${{ vraag: 'Vraag', antwoord: 'Antwoord', fn: 'Voetnoot' }[numbered[1] as 'vraag' | 'antwoord' | 'fn']} ${numbered[2]}`;
  return doc.data.structure.sections.find((s) => s.id === block)?.title ?? block;
}

export function mentionHref(entry: MentionEntry): string {
  return `${documentHref(entry.doc.data.slug)}${entry.block ? `#${entry.block}` : ''}`;
}

/** Every entity the corpus mentions, with its mentions: the entity pages, in the order of the entity list. */
export async function mentionedEntities(): Promise<{ entity: EntityData; mentions: MentionEntry[] }[]> {
  const corpus = await corpusIndex();
  return loadEntities()
    .filter((entity) => corpus.mentions.has(entity.key))
    .map((entity) => ({ entity, mentions: corpus.mentions.get(entity.key)! }));
}
