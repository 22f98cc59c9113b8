// Converts a folder of source documents into a folder of MDX files, all or
// nothing: output is written to a staging folder and moved into place only
// when every document converted (unless keepGoing is set).
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCatalog, type Catalog } from './catalog.ts';
import { entityMatcher } from './links.ts';
import { loadEntities } from '../lib/entities.ts';
import { loadDutchSpeller } from './dictionary.ts';
import { ConversionError, conversionMessage, formatMessage } from './messages.ts';
import { convertDocument, type ConversionResult } from './pipeline.ts';

export interface BatchOptions {
  inDir: string;
  outDir: string;
  /** Report what would change without writing. */
  check?: boolean;
  /** Convert what can be converted and list every error at the end. */
  keepGoing?: boolean;
}

export interface BatchResult {
  converted: ConversionResult[];
  errors: string[];
  /** Files in outDir that differ from what conversion produces (written, or only reported with check). */
  changed: string[];
}

export const SOURCE_EXTENSION = '.txt';

export async function convertFolder(options: BatchOptions): Promise<BatchResult> {
  const catalogFile = join(options.inDir, 'catalog.yaml');
  const catalog: Catalog = existsSync(catalogFile) ? parseCatalog('catalog.yaml', await readFile(catalogFile, 'utf8')) : new Map();
  const speller = await loadDutchSpeller();
  const entities = entityMatcher(loadEntities());
  const files = (await readdir(options.inDir)).filter((f) => f.endsWith(SOURCE_EXTENSION)).sort();
  const converted: ConversionResult[] = [];
  const errors: string[] = [];

  for (const file of files) {
    try {
      converted.push(convertDocument(file, await readFile(join(options.inDir, file)), { speller, catalog, entities }));
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      errors.push(...error.messages.map(formatMessage));
      if (!options.keepGoing) return { converted, errors, changed: [] };
    }
  }
  for (const entry of catalog.keys()) {
    if (!files.includes(entry)) errors.push(formatMessage(conversionMessage('catalog.yaml', { line: 1 }, `catalog entry "${entry}" names no file in ${options.inDir}`, 'catalog-orphan')));
  }
  errors.push(...slugCollisions(converted));
  if (errors.length && !options.keepGoing) return { converted, errors, changed: [] };

  const good = converted.filter((c) => !errors.some((e) => e.startsWith(`${c.frontmatter.source.file}:`)));
  const outputs = new Map(good.map((c) => [`${c.frontmatter.slug}.mdx`, c.mdx]));
  const changed = await differences(options.outDir, outputs, !options.keepGoing);
  if (!options.check && changed.length) await writeAtomically(options.outDir, outputs, !options.keepGoing);
  return { converted: good, errors, changed };
}

function slugCollisions(results: readonly ConversionResult[]): string[] {
  const bySlug = new Map<string, string[]>();
  for (const r of results) bySlug.set(r.frontmatter.slug, [...(bySlug.get(r.frontmatter.slug) ?? []), r.frontmatter.source.file]);
  return [...bySlug]
    .filter(([, owners]) => owners.length > 1)
    .map(([slug, owners]) => formatMessage(conversionMessage(owners[1]!, { line: 1 }, `permalink "${slug}" is also the permalink of ${owners[0]}: two documents cannot share a page`, 'duplicate-permalink', 'Add an identifier (kamerstuk, kenmerk) for one of them in seeds/catalog.yaml.')));
}

async function differences(outDir: string, outputs: Map<string, string>, removeStale: boolean): Promise<string[]> {
  const existing = existsSync(outDir) ? (await readdir(outDir)).filter((f) => f.endsWith('.mdx')) : [];
  const changed: string[] = [];
  for (const [name, text] of outputs) {
    const current = existing.includes(name) ? await readFile(join(outDir, name), 'utf8') : null;
    if (current !== text) changed.push(name);
  }
  if (removeStale) changed.push(...existing.filter((name) => !outputs.has(name)));
  return changed.sort();
}

/** Writes every file to a staging folder first, then moves them into place, so a failure leaves outDir as it was. */
async function writeAtomically(outDir: string, outputs: Map<string, string>, removeStale: boolean): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const staging = join(outDir, `.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  try {
    for (const [name, text] of outputs) await writeFile(join(staging, name), text);
    if (removeStale) {
      for (const name of (await readdir(outDir)).filter((f) => f.endsWith('.mdx') && !outputs.has(f))) await rm(join(outDir, name));
    }
    for (const name of outputs.keys()) await rename(join(staging, name), join(outDir, name));
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
