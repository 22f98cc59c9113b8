// Converts a folder of source documents into a folder of MDX files, all or
// nothing: the output folder is replaced as a whole (publish.ts) only when
// every document converted (unless keepGoing is set). Documents whose
// conversion is cached are read back; the rest are converted in parallel.
// Problems of the input or output folder are thrown as a ConversionError.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cacheKey,
  converterVersion,
  DEFAULT_CACHE_DIR,
  readCached,
  sourceHash,
  type ConvertedDocument,
} from './cache.ts';
import { parseCatalog, type Catalog } from './catalog.ts';
import type { ConversionTask } from './convert-worker.ts';
import { loadEntities } from '../../lib/entities.ts';
import { documentHash, storeFrontmatter } from '../../lib/frontmatter-cache.ts';
import { conversionMessage, ConversionError, formatMessage } from '../messages.ts';
import { Conversions, workerCount } from './parallel.ts';
import { outputError, publishedFolder, publishFolder, recoverPublish, withPublishLock } from './publish.ts';
import { listSourceFiles, readSourceFile } from './source-files.ts';

export interface BatchOptions {
  inDir: string;
  outDir: string;
  /** Report what would change without writing. */
  check?: boolean;
  /** Convert what can be converted and list every error at the end. */
  keepGoing?: boolean;
  /** With keepGoing: remove the output of papers that failed too, so that outDir holds exactly what converted (the site build). */
  dropFailed?: boolean;
  /** Where conversion results are kept between runs; false converts every document afresh. */
  cacheDir?: string | false;
  /** Worker threads; 0 converts in this thread. Default: one per core when there is enough to convert. */
  workers?: number;
}

export interface BatchResult {
  converted: ConvertedDocument[];
  errors: string[];
  /** Files in outDir that differ from what conversion produces (written, or only reported with check). */
  changed: string[];
  /** Of the documents converted, how many were taken from the cache rather than converted now. */
  fromCache: number;
}

export async function convertFolder(options: BatchOptions): Promise<BatchResult> {
  // Checking writes nothing, so it needs no turn; it compares with what a reader sees (publish.ts).
  if (options.check) return convertUnlocked(options);
  return withPublishLock(
    options.outDir,
    async () => {
      try {
        recoverPublish(options.outDir);
      } catch (error) {
        throw outputError(options.outDir, error);
      }
      return convertUnlocked(options);
    },
    (pid) => console.error(`waiting for convert process ${pid}, which is writing ${options.outDir}/`),
  );
}

async function convertUnlocked(options: BatchOptions): Promise<BatchResult> {
  const files = listSourceFiles(options.inDir);
  if (files.length === 0) {
    throw new ConversionError([
      conversionMessage(
        options.inDir,
        { line: 1 },
        'no source documents (*.txt) in the input folder; the output folder was left as it is',
        'no-documents',
        'Check the folder given with --in: it should hold the .txt exports and catalog.yaml.',
      ),
    ]);
  }
  const catalog = readCatalog(options.inDir);
  const cacheDir = options.cacheDir ?? process.env.CONVERT_CACHE_DIR ?? DEFAULT_CACHE_DIR;
  const version = cacheDir === false ? '' : converterVersion(loadEntities());
  const conversions = new Conversions(workerCount(options.workers, files.length));

  // Every document is either read back from the cache or becomes a task. Reads are
  // synchronous: thousands of small files one by one are bound by per-call latency.
  const cached = new Map<string, ConvertedDocument>();
  const tasks: ConversionTask[] = [];
  const unreadable = new Map<string, string[]>();
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readSourceFile(options.inDir, file);
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      unreadable.set(file, error.messages.map(formatMessage));
      if (!options.keepGoing) break;
      continue;
    }
    const entry = catalog.get(file);
    const key = cacheDir === false ? null : cacheKey(version, file, sourceHash(bytes), entry);
    const hit = key && cacheDir !== false ? readCached(cacheDir, key) : null;
    if (hit) cached.set(file, hit);
    else {
      tasks.push({ file, bytes, entry, cache: key && cacheDir !== false ? { dir: cacheDir, key } : null });
      // Workers load the converter while the rest of the folder is read.
      conversions.warmUp();
    }
  }
  let outcomeList;
  try {
    outcomeList = await conversions.run(tasks);
  } finally {
    await conversions.close();
  }
  const outcomes = new Map(outcomeList.map((outcome, i) => [tasks[i]!.file, outcome]));

  const converted: ConvertedDocument[] = [];
  const errors: string[] = [];
  const fromCache = () => converted.filter((c) => cached.has(c.frontmatter.source.file)).length;
  for (const file of files) {
    const hit = cached.get(file);
    const outcome =
      outcomes.get(file) ?? (unreadable.has(file) ? { ok: false as const, errors: unreadable.get(file)! } : undefined);
    if (hit) converted.push(hit);
    else if (outcome?.ok) converted.push(outcome.document);
    else {
      errors.push(...(outcome?.errors ?? []));
      if (!options.keepGoing) return { converted, errors, changed: [], fromCache: fromCache() };
    }
  }
  for (const entry of catalog.keys()) {
    if (!files.includes(entry))
      errors.push(
        formatMessage(
          conversionMessage(
            'catalog.yaml',
            { line: 1 },
            `catalog entry "${entry}" names no file in ${options.inDir}`,
            'catalog-orphan',
          ),
        ),
      );
  }
  errors.push(...slugCollisions(converted));
  if (errors.length && !options.keepGoing) return { converted, errors, changed: [], fromCache: fromCache() };

  const good = converted.filter((c) => !errors.some((e) => e.startsWith(`${c.frontmatter.source.file}:`)));
  const outputs = new Map(good.map((c) => [`${c.frontmatter.slug}.mdx`, c.mdx]));
  const changed = differences(
    options.check ? publishedFolder(options.outDir) : options.outDir,
    outputs,
    !options.keepGoing || options.dropFailed === true,
  );
  if (!options.check && changed.length) publishFolder(options.outDir, outputs, changed);
  // The site build reads these instead of parsing every document's YAML again (src/lib/frontmatter-cache.ts).
  if (!options.check) for (const c of good) storeFrontmatter(documentHash(c.mdx), c.frontmatter);
  return {
    converted: good,
    errors,
    changed,
    fromCache: good.filter((c) => cached.has(c.frontmatter.source.file)).length,
  };
}

function slugCollisions(results: readonly ConvertedDocument[]): string[] {
  const bySlug = new Map<string, string[]>();
  for (const r of results)
    bySlug.set(r.frontmatter.slug, [...(bySlug.get(r.frontmatter.slug) ?? []), r.frontmatter.source.file]);
  return [...bySlug]
    .filter(([, owners]) => owners.length > 1)
    .map(([slug, owners]) =>
      formatMessage(
        conversionMessage(
          owners[1]!,
          { line: 1 },
          `permalink "${slug}" is also the permalink of ${owners[0]}: two documents cannot share a page`,
          'duplicate-permalink',
          'Add an identifier (kamerstuk, kenmerk) for one of them in seeds/catalog.yaml.',
        ),
      ),
    );
}

function differences(outDir: string, outputs: Map<string, string>, removeStale: boolean): string[] {
  try {
    const existing = new Set(existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.mdx')) : []);
    const changed: string[] = [];
    for (const [name, text] of outputs) {
      const current = existing.has(name) ? readFileSync(join(outDir, name), 'utf8') : null;
      if (current !== text) changed.push(name);
    }
    if (removeStale) changed.push(...[...existing].filter((name) => !outputs.has(name)));
    return changed.sort();
  } catch (error) {
    throw outputError(outDir, error);
  }
}

/** seeds/catalog.yaml when there is one, read with the same care as a source. */
function readCatalog(inDir: string): Catalog {
  const name = 'catalog.yaml';
  try {
    lstatSync(join(inDir, name));
  } catch {
    return new Map();
  }
  return parseCatalog(name, readSourceFile(inDir, name).toString('utf8'));
}
