// One conversion, in a worker thread: the pool in parallel.ts hands each
// worker documents one at a time. Loads the speller and entity data once per
// worker, and stores each result in the cache itself so the main thread stays free.
import { entityMatcher } from '../links/links.ts';
import { loadEntities } from '../../lib/entities.ts';
import { loadDutchSpeller } from '../shared/speller.ts';
import { writeCached, type ConvertedDocument } from './cache.ts';
import type { CatalogEntry } from './catalog.ts';
import { ConversionError, formatMessage } from '../messages.ts';
import { convertDocument, type ConversionContext } from '../pipeline.ts';
import { countTextChanges } from './text-changes.ts';

export interface ConversionTask {
  file: string;
  bytes: Uint8Array;
  entry: CatalogEntry | undefined;
  cache: { dir: string; key: string } | null;
}

export type ConversionOutcome = { ok: true; document: ConvertedDocument } | { ok: false; errors: string[] };

let shared: Promise<Omit<ConversionContext, 'catalog'>> | undefined;

export default async function convert(task: ConversionTask): Promise<ConversionOutcome> {
  shared ??= loadDutchSpeller().then((speller) => ({ speller, entities: entityMatcher(loadEntities()) }));
  const context = await shared;
  return convertOne(task, { ...context, catalog: new Map(task.entry ? [[task.file, task.entry]] : []) });
}

/** Converts one document; conversion problems come back as formatted messages, anything else is a bug and throws. */
export async function convertOne(task: ConversionTask, context: ConversionContext): Promise<ConversionOutcome> {
  let document: ConvertedDocument;
  try {
    const { frontmatter, mdx, textChanges } = convertDocument(task.file, task.bytes, context);
    document = { frontmatter, mdx, textChanges: countTextChanges(textChanges) };
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    return { ok: false, errors: error.messages.map(formatMessage) };
  }
  if (task.cache) await writeCached(task.cache.dir, task.cache.key, document);
  return { ok: true, document };
}
