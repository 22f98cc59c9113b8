// npm run build: seeds/ → content/ (convert) → dist/ (Astro) → dist/pagefind/ (Pagefind).
// SEEDS_DIR, CONTENT_DIR and OUT_DIR build another corpus into other folders (tests, benchmarks).
// One progress line per stage, a closing summary, and a non-zero exit naming the stage that failed.
// --keep-going builds every paper that converts, lists the ones refused, and exits 0 with that warning.
// --part K/N converts and builds only share K of N of the Astro parts, into SHARES_DIR/share-K-of-N/
// (default .build-shares/); --merge converts, joins the shares of SHARES_DIR into OUT_DIR and
// finishes the build (permalinks, Pagefind): a cold build spread over several machines.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { convertFolder } from '../src/converter/batch/batch.ts';
import { describeTextChanges } from '../src/converter/batch/text-changes.ts';
import { ConversionError, formatMessage } from '../src/converter/messages.ts';
import { CONTENT_FOLDER } from '../src/lib/content-folder.ts';
import { type BuiltPage, buildAstro, type PartsBuilt } from './build/astro-parts.ts';
import { buildShare, mergeShares, parseShare, sharesDir } from './build/shares.ts';
import { documentPagesIn, indexDocuments } from './build/search-index.ts';
import { writeSearchBundle } from './build/search-write.ts';
import { SEARCH_EXCLUDED } from './build/search-options.ts';
import { collectPermalinks, missingPermalinks, readManifest, readRedirects } from '../src/site/permalink-manifest.ts';

class StageError extends Error {}

const { values: options } = parseArgs({
  options: {
    'keep-going': { type: 'boolean', default: false },
    part: { type: 'string' },
    merge: { type: 'boolean', default: false },
  },
});
const keepGoing = options['keep-going'];
if (options.part && options.merge) {
  console.error('--part and --merge are two steps: build each share with --part K/N, then join them with --merge');
  process.exit(1);
}
let share;
try {
  share = options.part ? parseShare(options.part) : undefined;
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const outDir = process.env.OUT_DIR ?? 'dist';
const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
const contentDir = process.env.CONTENT_DIR ?? CONTENT_FOLDER;

interface Stage {
  name: string;
  run: () => Promise<string>;
}

const stages: Stage[] = [
  {
    name: 'convert',
    run: async () => {
      const result = await convertFolder({ inDir: seedsDir, outDir: contentDir, keepGoing, dropFailed: true }).catch(
        (error: unknown) => {
          // Bad input or an unwritable folder is the maintainer's to fix: a message, not a stack trace.
          if (error instanceof ConversionError) throw new StageError(error.messages.map(formatMessage).join('\n'));
          throw error;
        },
      );
      if (result.errors.length && !keepGoing) throw new StageError(result.errors.join('\n'));
      refused.push(...result.errors);
      summary.documents = result.converted.length;
      for (const c of result.converted) {
        const changes = describeTextChanges(c.frontmatter.source.file, c.textChanges ?? {});
        if (changes) console.log(`[convert] ${changes}`);
      }
      summary.fromCache = result.fromCache;
      return `${result.converted.length} documents (${result.converted.length - result.fromCache} converted, ${result.fromCache} from cache), ${result.changed.length} files changed${refused.length ? `, ${refused.length} refused` : ''}`;
    },
  },
  {
    name: 'astro',
    run: async () => {
      const parts = {
        contentDir,
        outDir,
        seedsDir,
        runAstro: (args: string[], env: Record<string, string>) => runCommand('astro', args, env),
      };
      if (share) {
        const built = await buildShare({ ...parts, ...share, sharesDir: sharesDir() });
        return `share ${share.share} of ${share.of}: ${built.parts} parts built into ${built.folder}${cached(built)}`;
      }
      if (options.merge) {
        const shares = await mergeShares({ ...parts, sharesDir: sharesDir() });
        summary.pages = (await htmlFiles(outDir)).length;
        return `${summary.pages} pages merged into ${outDir}/ from ${shares} shares`;
      }
      // In parts, the search index is filled from the documents parts while the site part builds.
      const built = await buildAstro({
        ...parts,
        readDocumentPages: async (pages) => {
          searchIndex = searchIndexOf(pages);
          await searchIndex.catch(() => {});
        },
      });
      summary.pages = (await htmlFiles(outDir)).length;
      return `${summary.pages} pages built into ${outDir}/${built.parts > 1 ? ` in ${built.parts} parts` : ''}${cached(built)}`;
    },
  },
  {
    name: 'permalinks',
    run: async () => {
      const current = collectPermalinks(outDir);
      // The manifest records this project's corpus; another corpus (SEEDS_DIR: tests, benchmarks) has promised nothing yet.
      const manifest = seedsDir === 'seeds' ? readManifest() : [];
      const missing = missingPermalinks(manifest, current, readRedirects());
      if (missing.length)
        throw new StageError(
          `these published permalinks are gone; restore them or add a redirect in src/data/redirects.json:\n${missing.join('\n')}`,
        );
      return `${current.length} permalinks present, none lost`;
    },
  },
  {
    name: 'pagefind',
    run: async () => {
      const addedEarly = searchIndex !== undefined;
      const { index, added } = await (searchIndex ?? searchIndexOf(await documentPagesIn(outDir)));
      if (added.errors.length) throw new StageError(added.errors.join('\n'));
      const bundle = join(outDir, 'pagefind');
      await writeSearchBundle(index, bundle).catch((error: Error) => {
        throw new StageError(error.message);
      });
      await pagefind.close();
      summary.indexBytes = await folderSize(bundle);
      return `${added.pages} pages indexed${addedEarly ? ' (added while the site part was built)' : ''}, ${(summary.indexBytes / 1024).toFixed(0)} KiB`;
    },
  },
];

const summary = { documents: 0, fromCache: 0, pages: 0, indexBytes: 0 };
/** The search index with every document page added, when the astro stage filled it. */
let searchIndex: ReturnType<typeof searchIndexOf> | undefined;

/** A new search index with these document pages added. */
async function searchIndexOf(pages: readonly BuiltPage[]) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: SEARCH_EXCLUDED });
  if (!index) throw new StageError(errors.join('\n'));
  return { index, added: await indexDocuments(index, pages, contentDir) };
}
/** With --keep-going: the errors of the papers left out of the site. */
const refused: string[] = [];
const seconds: Record<string, number> = {};

/** ", 3 from the part cache" when any part was. */
function cached(built: PartsBuilt): string {
  return built.fromCache ? `, ${built.fromCache} from the part cache` : '';
}

// A share stops after Astro: permalinks and search are checked and indexed once, on the merged site.
for (const stage of share ? stages.slice(0, 2) : stages) {
  const started = performance.now();
  try {
    const line = await stage.run();
    seconds[stage.name] = (performance.now() - started) / 1000;
    console.log(`[${stage.name}] ${line} in ${seconds[stage.name]!.toFixed(1)} s`);
  } catch (error) {
    // A StageError is an expected failure with its message (the convert stage's are escaped already); anything else is a bug, so its stack is kept.
    console.error(`[${stage.name}] failed: ${error instanceof StageError ? error.message : (error as Error).stack}`);
    console.error(`build stopped at stage "${stage.name}"`);
    process.exit(1);
  }
}
const total = Object.values(seconds).reduce((a, b) => a + b, 0);
if (share)
  console.log(
    `share ${share.share} of ${share.of} built: convert ${seconds.convert!.toFixed(1)} s, astro ${seconds.astro!.toFixed(1)} s; join the shares with npm run build -- --merge`,
  );
else
  console.log(
    `build complete: ${summary.documents} documents, ${summary.pages} pages, search index ${(summary.indexBytes / 1024).toFixed(0)} KiB; ` +
      Object.entries(seconds)
        .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
        .join(', ') +
      `, total ${total.toFixed(1)} s`,
  );
if (refused.length) {
  console.warn(
    `warning: built without the papers that could not be read (--keep-going); fix these and build again:\n${refused.join('\n')}`,
  );
}

function runCommand(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new StageError(
              `${command} ${args.join(' ')} exited with ${code}\n${output.split('\n').slice(-40).join('\n')}`,
            ),
          ),
    );
  });
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).map((e) => join(dir, e));
}

async function folderSize(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true })) {
    const info = await stat(join(dir, entry));
    if (info.isFile()) bytes += info.size;
  }
  return bytes;
}
