// Writes the search index to disk, whole.
// Pagefind 1.5.2's writeFiles answers before its process has finished writing every file:
// the last piece of a file can still be on its way to the disk. pagefind.close() then
// kills the process and leaves that file cut short (seen on the seeds in about one
// build in ten: pagefind-component-ui.js or a WebAssembly file at a multiple of 32 KiB,
// and once pagefind-entry.json empty), so the search page could not load.
// Here the write waits until Pagefind's process holds no file in the folder open.
import { existsSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { PagefindIndex } from 'pagefind';
import { searchBundleProblem } from './search-bundle.ts';

/** How long a write may go on after Pagefind has answered before the build gives up. */
const WRITE_TIMEOUT_MS = 120_000;
const POLL_MS = 20;

/**
 * How the end of the writes is seen: by the files Pagefind's process holds open (where there
 * is /proc), or else by the files' sizes standing still.
 */
export type WriteWatch = 'open-files' | 'sizes';

const DEFAULT_WATCH: WriteWatch = existsSync('/proc/self/fd') ? 'open-files' : 'sizes';

/** Writes the index into folder and returns once every file is whole on disk; throws with what went wrong. */
export async function writeSearchBundle(
  index: PagefindIndex,
  folder: string,
  watch: WriteWatch = DEFAULT_WATCH,
): Promise<void> {
  const written = await index.writeFiles({ outputPath: folder });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  await writesFinished(folder, watch);
  const problem = searchBundleProblem(folder);
  if (problem) throw new Error(`the search index in ${folder} is incomplete: ${problem}`);
}

/** Waits until Pagefind has finished writing into folder. */
async function writesFinished(folder: string, watch: WriteWatch): Promise<void> {
  // /proc names the open files by their real, absolute path: the build's folder is relative ("dist").
  const prefix = realpathSync(folder) + sep;
  const deadline = performance.now() + WRITE_TIMEOUT_MS;
  const stillWriting = watch === 'open-files' ? () => openFilesUnder(prefix).length > 0 : sizesChanging(folder);
  while (await stillWriting()) {
    if (performance.now() > deadline)
      throw new Error(`Pagefind was still writing into ${folder} after ${WRITE_TIMEOUT_MS / 1000} s`);
    await sleep(POLL_MS);
  }
}

/** The files under prefix that a child process of this one holds open (Linux: /proc). */
function openFilesUnder(prefix: string): string[] {
  const open: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ")".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] !== String(process.pid)) continue;
      for (const fd of readdirSync(`/proc/${pid}/fd`)) {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (target.startsWith(prefix)) open.push(target);
      }
    } catch {
      // The process ended, or closed the descriptor, while it was read: nothing of it is open.
    }
  }
  return open;
}

/**
 * Where there is no /proc (macOS, Windows), the open files cannot be seen: the write counts
 * as finished once the folder's file sizes stay the same for half a second. Weaker, since a
 * write stalled for longer would pass.
 */
function sizesChanging(folder: string): () => Promise<boolean> {
  const sizes = () =>
    readdirSync(folder, { recursive: true })
      .map(String)
      .sort()
      .map((file) => `${file}:${statSync(join(folder, file)).size}`)
      .join('\n');
  return async () => {
    const before = sizes();
    await sleep(500);
    return sizes() !== before;
  };
}
