// What a shape generator returns, and what it needs.
import type { Pools } from './pools.ts';
import type { Random } from './random.ts';

export interface ShapeContext {
  /** Position in the corpus: makes identifiers (and so permalinks) unique. */
  index: number;
  random: Random;
  pools: Pools;
  /** Roughly how many bytes the document should have. */
  size: number;
}

export interface GeneratedDocument {
  shape: string;
  text: string;
  /** Facts for seeds/catalog.yaml, for a paper that does not state its own identifier. */
  catalog?: { source: string; kamerstuk: { dossier: string; nummer: number } };
  /** The permalink the converter must derive. */
  slug: string;
  questions: number;
  footnotes: number;
}

/** Where a document's footnotes come from: each paragraph gets one now and then. */
export function notesFor(context: ShapeContext, probability: number): string[] {
  return context.random.chance(probability) ? [context.random.pick(context.pools.footnotes)] : [];
}
