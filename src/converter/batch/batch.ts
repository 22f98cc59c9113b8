// Converts a folder of source documents into a folder of MDX files, all or
// nothing: the output folder is replaced as a whole (publish.ts) only when
// every document converted (unless keepGoing is set: then a paper that fails
// keeps the version already published, if any). Documents whose conversion is
// cached are read back; the rest are converted in parallel. After a publish the
// caches keep only what this run used. Problems of the input or output folder
// are thrown as a ConversionError.
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import {
  cacheKey,
  converterVersion,
  pruneConvertCache,
  readCached,
  sourceHash,
  type ConvertedDocument,
} from './cache.ts';
import { parseCatalog, type Catalog } from './catalog.ts';
import type { ConversionOutcome, ConversionTask } from './convert-worker.ts';
import { loadEntities } from '../../lib/entities.ts';
import { siteSettings } from '../../lib/options.ts';
import {
  documentHash,
  frontmatterCacheDir,
  pruneFrontmatterCache,
  storeFrontmatter,
} from '../../lib/frontmatter-cache.ts';
import { conversionMessage, ConversionError, formatMessage, printable } from '../messages.ts';
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
  /** Where the parsed frontmatter is left for the site build (src/lib/frontmatter-cache.ts); default KD_FRONTMATTER_CACHE. */
  frontmatterCacheDir?: string;
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
  /**
   * With keepGoing: papers that failed but whose earlier output was left in outDir unchanged, so a
   * published paper stays published. `file` is the source, `mdx` the kept file in outDir, `reason`
   * the source's error messages (`file:line:col: reason [rule]`, one a line).
   */
  keptStale: KeptStale[];
}

export interface KeptStale {
  file: string;
  mdx: string;
  reason: string;
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
  const cacheDir = options.cacheDir ?? siteSettings().convertCache;
  const version = cacheDir === false ? '' : converterVersion(loadEntities());
  const conversions = new Conversions(workerCount(options.workers, files.length));

  // Every document is either read back from the cache or becomes a task. Reads are
  // synchronous: thousands of small files one by one are bound by per-call latency.
  const cached = new Map<string, ConvertedDocument>();
  const keys = new Map<string, string>();
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
    if (key) keys.set(file, key);
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
      if (!options.keepGoing) return { converted, errors, changed: [], fromCache: fromCache(), keptStale: [] };
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
  if (errors.length && !options.keepGoing)
    return { converted, errors, changed: [], fromCache: fromCache(), keptStale: [] };

  const good = converted.filter((c) => !errorsOf(c.frontmatter.source.file, errors).length);
  const outputs = new Map(good.map((c) => [`${c.frontmatter.slug}.mdx`, c.mdx]));
  const folder = options.check ? publishedFolder(options.outDir) : options.outDir;
  const goodFiles = new Set(good.map((c) => c.frontmatter.source.file));
  const failed = files.filter((f) => !goodFiles.has(f));
  const kept = lastGoodVersions(folder, failed, outputs, errors);
  const changed = differences(
    folder,
    outputs,
    !options.keepGoing || options.dropFailed === true,
    new Set(kept.map((k) => k.mdx)),
  );
  if (!options.check) {
    if (changed.length) publishFolder(options.outDir, outputs, changed);
    // The site build reads these instead of parsing every document's YAML again (src/lib/frontmatter-cache.ts).
    const frontmatterDir = options.frontmatterCacheDir ?? frontmatterCacheDir();
    for (const c of good) storeFrontmatter(documentHash(c.mdx), c.frontmatter, frontmatterDir);
    pruneFrontmatterCache(
      new Set([...good.map((c) => documentHash(c.mdx)), ...kept.map((k) => k.hash)]),
      frontmatterDir,
    );
    if (cacheDir !== false) pruneConvertCache(cacheDir, usedKeys(keys, cached, outcomes));
  }
  return {
    converted: good,
    errors,
    changed,
    fromCache: good.filter((c) => cached.has(c.frontmatter.source.file)).length,
    keptStale: kept.map(({ file, mdx, reason }) => ({ file, mdx, reason })),
  };
}

/** The error messages about one source file. */
function errorsOf(file: string, errors: readonly string[]): string[] {
  return errors.filter((e) => e.startsWith(`${printable(file)}:`));
}

/** The cache keys this run read back or wrote: the entries the next run of the same folder needs. */
function usedKeys(
  keys: ReadonlyMap<string, string>,
  cached: ReadonlyMap<string, ConvertedDocument>,
  outcomes: ReadonlyMap<string, ConversionOutcome>,
): Set<string> {
  return new Set([...keys].filter(([file]) => cached.has(file) || outcomes.get(file)?.ok).map(([, key]) => key));
}

/**
 * The files of outDir that hold the earlier output of a source that failed now: kept as they
 * are, so that one bad edit does not take a published paper off the site. A file that a
 * converted document now writes is not kept. Read only when something failed, and only the
 * files this run does not write.
 */
function lastGoodVersions(
  outDir: string,
  failed: readonly string[],
  outputs: ReadonlyMap<string, string>,
  errors: readonly string[],
): (KeptStale & { hash: string })[] {
  if (failed.length === 0) return [];
  const failedFiles = new Set(failed);
  const kept: (KeptStale & { hash: string })[] = [];
  try {
    const others = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.mdx') && !outputs.has(f)) : [];
    for (const mdx of others.sort()) {
      const bytes = readFileSync(join(outDir, mdx));
      const file = sourceFileOf(bytes.toString('utf8'));
      if (file === null || !failedFiles.has(file)) continue;
      const reason = errorsOf(file, errors)
        .map((e) => e.split('\n')[0])
        .join('\n');
      kept.push({ file, mdx, reason, hash: documentHash(bytes) });
    }
  } catch (error) {
    throw outputError(outDir, error);
  }
  return kept;
}

/** The converter writes frontmatter between two lines of "---" at the very start of the file. */
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The source file named in a converted document's frontmatter; null for a file that is not one (edited by hand, say). */
function sourceFileOf(text: string): string | null {
  const yaml = FRONTMATTER.exec(text)?.[1];
  if (yaml === undefined) return null;
  try {
    const data = load(yaml) as { source?: { file?: unknown } } | null;
    return typeof data?.source?.file === 'string' ? data.source.file : null;
  } catch {
    return null;
  }
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

function differences(
  outDir: string,
  outputs: Map<string, string>,
  removeStale: boolean,
  keep: ReadonlySet<string>,
): string[] {
  try {
    const existing = new Set(existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.mdx')) : []);
    const changed: string[] = [];
    for (const [name, text] of outputs) {
      const current = existing.has(name) ? readFileSync(join(outDir, name), 'utf8') : null;
      if (current !== text) changed.push(name);
    }
    if (removeStale) changed.push(...[...existing].filter((name) => !outputs.has(name) && !keep.has(name)));
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
