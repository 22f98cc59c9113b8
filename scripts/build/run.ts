// The build's stages, run in turn under the output folder's lock: convert, astro (or a share,
// or the merge of the shares), permalinks, pagefind, verify, publish. The site is written into a
// staging folder beside the output folder and swapped in only once verified: a build that fails
// or is killed leaves the published site as it was, and the next build clears what it left.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { convertFolder } from '../../src/converter/batch/batch.ts';
import { commitStaging, recoverPublish, stagingFolder, withPublishLock } from '../../src/converter/batch/publish.ts';
import { describeTextChanges } from '../../src/converter/batch/text-changes.ts';
import { describeUnrecognisedKind } from '../../src/converter/batch/kind-note.ts';
import { ConversionError, formatMessage, printable } from '../../src/converter/messages.ts';
import { inheritedEnvironment, type Settings, settingsEnvironment } from '../../src/lib/options.ts';
import {
  collectPermalinks,
  missingPermalinks,
  readManifest,
  readRedirects,
} from '../../src/site/permalink-manifest.ts';
import { type BuiltPage, buildAstro, documentSlugs, type PartsBuilt, removeAbandonedWorkDirs } from './astro-parts.ts';
import { BuildError, fileSystemError, printableLines } from './build-error.ts';
import { type BuildFolders, SITE_MARK } from './folders.ts';
import { documentPagesIn, indexDocuments } from './search-index.ts';
import { SEARCH_EXCLUDED } from './search-options.ts';
import { writeSearchBundle } from './search-write.ts';
import { buildShare, mergeShares, type ShareOf, shareFolder } from './shares.ts';

export interface BuildFlags {
  keepGoing: boolean;
  share: ShareOf | undefined;
  merge: boolean;
}

export interface BuildRequest {
  settings: Settings;
  folders: BuildFolders;
  flags: BuildFlags;
  /** The checkout: its seeds/ is the corpus whose permalinks are promised. */
  project: string;
}

interface Stage {
  name: string;
  run: () => Promise<string>;
}

/** What the stages hand on to each other and to the closing summary. */
interface BuildState {
  documents: number;
  pages: number;
  indexBytes: number;
  /** The search index with every document page added, when the astro stage filled it. */
  searchIndex: ReturnType<typeof searchIndexOf> | undefined;
}

/** Runs the build; true when it published (or built its share), false when a stage failed (its message printed). */
export async function runBuild(request: BuildRequest): Promise<boolean> {
  const { folders, flags } = request;
  await removeAbandonedWorkDirs();
  const target = flags.share ? join(folders.shares, shareFolder(flags.share)) : folders.out;
  return withPublishLock(
    target,
    async () => {
      if (flags.share) return runStages(shareStages(request), request);
      // A build killed earlier: complete its swap or throw its staging folder away.
      recoverPublish(folders.out);
      const staging = stagingFolder(folders.out);
      await rm(staging, { recursive: true, force: true });
      try {
        return await runStages(siteStages(request, staging), request);
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    },
    (pid) => console.error(`waiting for build process ${pid}, which is writing ${target}/`),
  );
}

async function runStages(stages: Stage[], { flags }: BuildRequest): Promise<boolean> {
  const seconds: Record<string, number> = {};
  for (const stage of stages) {
    const started = performance.now();
    try {
      const line = await stage.run();
      seconds[stage.name] = (performance.now() - started) / 1000;
      console.log(`[${stage.name}] ${line} in ${seconds[stage.name]!.toFixed(1)} s`);
    } catch (error) {
      console.error(`[${stage.name}] failed: ${describeFailure(error, stage.name)}`);
      console.error(
        `build stopped at stage "${stage.name}"${flags.share ? '' : '; the published site was left as it was'}`,
      );
      await pagefind.close();
      return false;
    }
  }
  const total = Object.values(seconds).reduce((a, b) => a + b, 0);
  const times = Object.entries(seconds)
    .map(([name, s]) => `${name} ${s.toFixed(1)} s`)
    .join(', ');
  if (flags.share)
    console.log(
      `share ${flags.share.share} of ${flags.share.of} built: ${times}; join the shares with npm run build -- --merge`,
    );
  else console.log(`build complete: ${times}, total ${total.toFixed(1)} s`);
  return true;
}

/** An expected failure as its message; anything else is a bug, so its stack is kept. */
function describeFailure(error: unknown, stage: string): string {
  if (error instanceof BuildError) return printableLines(error.message);
  if (error instanceof ConversionError) return error.messages.map(formatMessage).join('\n');
  const asFileSystem = fileSystemError(error, `running the ${stage} stage`);
  if (asFileSystem) return printableLines(asFileSystem.message);
  return (error as Error).stack ?? String(error);
}

function convertStage({ folders, flags }: BuildRequest, state: BuildState): Stage {
  return {
    name: 'convert',
    run: async () => {
      const result = await convertFolder({
        inDir: folders.seeds,
        outDir: folders.content,
        keepGoing: flags.keepGoing,
        dropFailed: true,
        cacheDir: folders.convertCache,
        frontmatterCacheDir: folders.frontmatterCache,
      });
      if (result.errors.length && !flags.keepGoing)
        throw new BuildError(
          folders.seeds,
          `${result.errors.length} papers could not be converted; nothing was published:\n${result.errors.join('\n')}`,
          'conversion-failed',
          'fix the papers named above, or build with --keep-going to publish the rest',
        );
      // Told now, not at the end: a later stage that fails must not hide why a paper is missing.
      warnAboutRefused(result.errors, result.keptStale ?? []);
      state.documents = result.converted.length + (result.keptStale?.length ?? 0);
      for (const c of result.converted) {
        const kind = describeUnrecognisedKind(c.frontmatter);
        if (kind) console.log(`[convert] ${printable(kind)}`);
        const changes = describeTextChanges(c.frontmatter.source.file, c.textChanges ?? {});
        if (changes) console.log(`[convert] ${changes}`);
      }
      const kept = result.keptStale?.length ? `, ${result.keptStale.length} kept at their last good version` : '';
      return `${result.converted.length} documents (${result.converted.length - result.fromCache} converted, ${result.fromCache} from cache), ${result.changed.length} files changed${result.errors.length ? `, ${result.errors.length} refused` : ''}${kept}`;
    },
  };
}

/** With --keep-going: which papers are missing or older than their source, and why. */
function warnAboutRefused(errors: readonly string[], kept: readonly { file: string; mdx: string }[]): void {
  if (!errors.length) return;
  const keptFiles = new Set(kept.map((k) => k.file));
  console.warn(
    `warning: built without the papers that could not be read (--keep-going); fix these and build again:\n${errors.join('\n')}`,
  );
  for (const k of kept)
    console.warn(
      `warning: ${k.file}: the published version (${k.mdx}) is its last good one, older than its source [kept-last-good]`,
    );
  const dropped = errors.filter((e) => ![...keptFiles].some((file) => e.startsWith(`${file}:`)));
  if (dropped.length && kept.length < errors.length)
    console.warn('warning: papers refused with no earlier version are left out of the site');
}

function astroOptions(request: BuildRequest, outDir: string) {
  const { settings, folders } = request;
  return {
    settings,
    contentDir: folders.content,
    seedsDir: folders.seeds,
    outDir,
    partSize: settings.partSize,
    cacheDir: folders.partCache,
    runAstro: (args: string[], env: Record<string, string>) =>
      runCommand('astro', args, { ...settingsEnvironment(settings), ...env }),
  };
}

function shareStages(request: BuildRequest): Stage[] {
  const state = emptyState();
  const share = request.flags.share!;
  return [
    convertStage(request, state),
    {
      name: 'astro',
      run: async () => {
        const built = await buildShare({
          ...astroOptions(request, ''),
          ...share,
          sharesDir: request.folders.shares,
        });
        return `share ${share.share} of ${share.of}: ${built.parts} parts built into ${built.folder}${cached(built)}`;
      },
    },
  ];
}

function siteStages(request: BuildRequest, staging: string): Stage[] {
  const { folders, flags, project } = request;
  const state = emptyState();
  return [
    convertStage(request, state),
    {
      name: 'astro',
      run: async () => {
        if (flags.merge) {
          const shares = await mergeShares({ ...astroOptions(request, staging), sharesDir: folders.shares });
          state.pages = (await htmlFiles(staging)).length;
          return `${state.pages} pages merged from ${shares} shares`;
        }
        // In parts, the search index is filled from the documents parts while the site part builds.
        const built = await buildAstro({
          ...astroOptions(request, staging),
          readDocumentPages: async (pages) => {
            state.searchIndex = searchIndexOf(pages, folders.content);
            await state.searchIndex.catch(() => {});
          },
        });
        state.pages = (await htmlFiles(staging)).length;
        return `${state.pages} pages built${built.parts > 1 ? ` in ${built.parts} parts` : ''}${cached(built)}`;
      },
    },
    {
      name: 'permalinks',
      run: async () => {
        const current = collectPermalinks(staging);
        // The manifest records this project's corpus; another corpus (SEEDS_DIR: tests, benchmarks) has promised nothing yet.
        const manifest = folders.seeds === join(project, 'seeds') ? readManifest() : [];
        const missing = missingPermalinks(manifest, current, readRedirects());
        if (missing.length)
          throw new BuildError(
            'src/data/permalinks.json',
            `these published permalinks would be gone:\n${missing.join('\n')}`,
            'permalink-lost',
            'restore the papers, or add a redirect for each in src/data/redirects.json',
          );
        return `${current.length} permalinks present, none lost`;
      },
    },
    {
      name: 'pagefind',
      run: async () => {
        const addedEarly = state.searchIndex !== undefined;
        const { index, added } = await (state.searchIndex ??
          searchIndexOf(await documentPagesIn(staging), folders.content));
        if (added.errors.length)
          throw new BuildError('pagefind', added.errors.join('\n'), 'search-index', 'see the pages named above');
        const bundle = join(staging, 'pagefind');
        await writeSearchBundle(index, bundle).catch((error: Error) => {
          throw fileSystemError(error, 'writing the search index') ?? error;
        });
        await pagefind.close();
        state.indexBytes = await folderSize(bundle);
        return `${added.pages} pages indexed${addedEarly ? ' (added while the site part was built)' : ''}, ${(state.indexBytes / 1024).toFixed(0)} KiB`;
      },
    },
    {
      name: 'verify',
      run: async () => {
        const promised = promisedPages(folders.content);
        const missing = promised.filter((page) => !existsSync(join(staging, page)));
        if (missing.length)
          throw new BuildError(
            folders.out,
            `the new site lacks ${missing.length} pages it must have: ${missing.slice(0, 5).join(', ')}`,
            'site-incomplete',
            'build again; if it persists, remove the caches (node_modules/.cache/kamerdossier) and report it',
          );
        // Marks the folder as a site of this build's, which a later build may replace (scripts/build/folders.ts).
        writeFileSync(
          join(staging, SITE_MARK),
          `${JSON.stringify({ generator: 'Kamerdossier', documents: state.documents, pages: state.pages })}\n`,
        );
        return `${promised.length} promised pages present, search index read back whole`;
      },
    },
    {
      name: 'publish',
      run: async () => {
        commitStaging(folders.out);
        return `${state.documents} documents, ${state.pages} pages, search index ${(state.indexBytes / 1024).toFixed(0)} KiB published in ${folders.out}/`;
      },
    },
  ];
}

/** The pages every build must have: the home page, the 404 page and each document's page. */
function promisedPages(contentDir: string): string[] {
  return [
    'index.html',
    '404.html',
    ...documentSlugs(contentDir)
      .sort()
      .map((slug) => `documenten/${slug}/index.html`),
  ];
}

function emptyState(): BuildState {
  return { documents: 0, pages: 0, indexBytes: 0, searchIndex: undefined };
}

/** A new search index with these document pages added. */
async function searchIndexOf(pages: readonly BuiltPage[], contentDir: string) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl', excludeSelectors: SEARCH_EXCLUDED });
  if (!index) throw new BuildError('pagefind', errors.join('\n'), 'search-index', 'reinstall with npm ci');
  return { index, added: await indexDocuments(index, pages, contentDir) };
}

/** ", 3 from the part cache" when any part was. */
function cached(built: PartsBuilt): string {
  return built.fromCache ? `, ${built.fromCache} from the part cache` : '';
}

function runCommand(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...inheritedEnvironment(), ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new BuildError(
              `${command} ${args.join(' ')}`,
              `exited with ${code}:\n${output.split('\n').slice(-40).join('\n')}`,
              'astro-failed',
              "the lines above are Astro's; fix what they name and build again",
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
