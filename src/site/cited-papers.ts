// Papers published elsewhere that many papers of this site cite. A dossier page names the first
// few citing papers under each of its papers, so that its length does not grow with the corpus;
// every citing paper is on a page of the cited paper's own (/aangehaald/<paper>/), in pages.
import type { CorpusIndex } from './corpus.ts';
import type { DocumentEntry } from './documents.ts';
import { siteSettings } from '../lib/options.ts';

/** Citing papers a dossier page names under one paper; KD_CITED_BY_SHOWN sets another number (tests). */
export const citedByShown = (): number => siteSettings().citedByShown;

/** The page that lists every paper of this site citing `paper`, a paper with no page here. */
export const citingPagePath = (paper: string): string => `aangehaald/${paper}/`;

/**
 * For each paper with no page here that more papers cite than a dossier page names, every corpus
 * paper citing it, newest first, whichever dossier the citation files it in.
 */
export function papersCitedOften(corpus: CorpusIndex, shown = citedByShown()): Map<string, DocumentEntry[]> {
  const citing = new Map<string, Set<DocumentEntry>>();
  for (const papers of corpus.dossiers.values())
    for (const p of papers) {
      if (p.document) continue;
      const docs = citing.get(p.paper) ?? new Set<DocumentEntry>();
      for (const doc of p.citedBy) docs.add(doc);
      citing.set(p.paper, docs);
    }
  const position = new Map(corpus.documents.map((doc, i) => [doc, i]));
  return new Map(
    [...citing]
      .filter(([, docs]) => docs.size > shown)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([paper, docs]) => [paper, [...docs].sort((a, b) => position.get(b)! - position.get(a)!)]),
  );
}

/** The block of `doc` where it first cites `paper`, null when it cites it only in its header. */
export function citingBlock(doc: DocumentEntry, paper: string): string | null {
  return doc.data.references.find((r) => r.paper === paper && r.block)?.block ?? null;
}
