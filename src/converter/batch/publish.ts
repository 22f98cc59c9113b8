// Publishes a converted folder all at once. The complete new folder is built
// beside the old one and swapped in by two renames, so content/ is only ever
// the old folder or the new one, even when the process is killed (SIGKILL,
// Ctrl-C) at any instant. For an output folder `content` the work files sit
// beside it, on the same file system so rename is atomic:
//
//   .content.staging-<pid>   being written; incomplete, thrown away on recovery
//   .content.next            complete new folder: the commit point has passed
//   .content.old             the old folder while it is being swapped out
//   .content.lock            the PID of the convert that publishes now
//
// The swap: staging → .next (commit), content → .old, .next → content, remove
// .old. A kill leaves at most one step half done; `recoverPublish`, run under
// the lock at the start of every convert, completes it (after the commit point)
// or throws the staging folder away (before it). Between a kill and the next
// run a reader finds the published folder with `publishedFolder`: content/,
// or .content.next when the kill fell between the two renames of the swap.
import {
  closeSync,
  copyFileSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { conversionMessage, ConversionError } from '../messages.ts';
import { fileSystemReason } from '../../lib/file-system-reasons.ts';
import { isAlive } from '../../lib/processes.ts';

interface WorkPaths {
  out: string;
  staging: string;
  next: string;
  old: string;
  lock: string;
  parent: string;
  prefix: string;
}

function workPaths(outDir: string): WorkPaths {
  const out = resolve(outDir);
  const parent = dirname(out);
  const prefix = `.${basename(out)}.`;
  const at = (name: string) => join(parent, prefix + name);
  return {
    out,
    parent,
    prefix,
    staging: at(`staging-${process.pid}`),
    next: at('next'),
    old: at('old'),
    lock: at('lock'),
  };
}

/** The folder a reader should read now: the output folder, or the complete new one when a swap was cut off between its renames. */
export function publishedFolder(outDir: string): string {
  const paths = workPaths(outDir);
  if (existsSync(paths.out)) return paths.out;
  if (existsSync(paths.next)) return paths.next;
  if (existsSync(paths.old)) return paths.old;
  return paths.out;
}

/** Completes or rolls back a publish that was cut off, and removes stale staging folders. Call with the lock held. */
export function recoverPublish(outDir: string): void {
  const paths = workPaths(outDir);
  const leftovers = existsSync(paths.parent)
    ? readdirSync(paths.parent).filter((name) => name.startsWith(`${paths.prefix}staging-`))
    : [];
  for (const name of leftovers) rmSync(join(paths.parent, name), { recursive: true, force: true });
  // Staging folders of the earlier publish, which wrote inside the output folder.
  if (isFolder(paths.out))
    for (const name of readdirSync(paths.out).filter((n) => n.startsWith('.staging-')))
      rmSync(join(paths.out, name), { recursive: true, force: true });
  if (existsSync(paths.next)) {
    // After the commit point: finish the swap.
    if (existsSync(paths.out)) {
      rmSync(paths.old, { recursive: true, force: true });
      renameSync(paths.out, paths.old);
    }
    renameSync(paths.next, paths.out);
  } else if (existsSync(paths.old) && !existsSync(paths.out)) {
    renameSync(paths.old, paths.out);
  }
  rmSync(paths.old, { recursive: true, force: true });
}

/**
 * Replaces outDir by a folder holding its unchanged files plus `outputs`, minus
 * the `changed` names that `outputs` lacks (stale files).
 */
export function publishFolder(outDir: string, outputs: ReadonlyMap<string, string>, changed: readonly string[]): void {
  const paths = workPaths(outDir);
  const changedNames = new Set(changed);
  try {
    rmSync(paths.staging, { recursive: true, force: true });
    mkdirSync(paths.parent, { recursive: true });
    mkdirSync(paths.staging);
    if (isFolder(paths.out)) {
      for (const name of readdirSync(paths.out)) {
        if (changedNames.has(name) || name.startsWith('.staging-')) continue;
        carryOver(join(paths.out, name), join(paths.staging, name));
      }
    }
    for (const name of changed) if (outputs.has(name)) writeFileSync(join(paths.staging, name), outputs.get(name)!);
  } catch (error) {
    rmSync(paths.staging, { recursive: true, force: true });
    throw outputError(outDir, error);
  }
  commitStaging(outDir);
}

/** Where this process writes the new folder that is to replace outDir: beside it, on the same file system. */
export function stagingFolder(outDir: string): string {
  return workPaths(outDir).staging;
}

/**
 * Swaps this process's complete staging folder in for outDir. Its rename to .next is the commit
 * point; a kill after it is completed by the next `recoverPublish`, one before it rolled back.
 */
export function commitStaging(outDir: string): void {
  const paths = workPaths(outDir);
  renameSync(paths.staging, paths.next);
  if (existsSync(paths.out)) renameSync(paths.out, paths.old);
  renameSync(paths.next, paths.out);
  rmSync(paths.old, { recursive: true, force: true });
}

/** An unchanged file moves to the new folder as a hard link: no copy, and the old folder still holds it until the swap. */
function carryOver(from: string, to: string): void {
  if (!lstatSync(from).isFile()) return;
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A file-system error while writing output as a conversion message; content/ is left as it was. */
export function outputError(outDir: string, error: unknown): ConversionError {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) throw error;
  return new ConversionError([
    conversionMessage(
      outDir,
      { line: 1 },
      `cannot write the output folder: ${fileSystemReason(code) ?? code.toLowerCase()} (${code}); nothing was changed`,
      'output-not-writable',
      'Free space or fix the permissions of the output folder (--out) and its parent, then run again.',
    ),
  ]);
}

/** Runs `task` holding the output folder's lock, so two converts of one folder take turns. */
export async function withPublishLock<T>(
  outDir: string,
  task: () => Promise<T>,
  onWait: (pid: number) => void = () => {},
): Promise<T> {
  const { lock, parent } = workPaths(outDir);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (error) {
    throw outputError(outDir, error);
  }
  let told = false;
  while (!tryLock(lock, outDir)) {
    const holder = lockHolder(lock);
    if (holder === null || !isAlive(holder)) {
      // The holder died without releasing it (SIGKILL, power cut), or the file is not a lock of ours: stale.
      rmSync(lock, { force: true });
      continue;
    }
    if (!told) onWait(holder);
    told = true;
    await sleep(100);
  }
  try {
    return await task();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Creates the lock with this process's PID in one step: written to a private file, then linked to the lock's name, which fails when it exists. */
function tryLock(lock: string, outDir: string): boolean {
  const mine = `${lock}-${process.pid}`;
  try {
    const fd = openSync(mine, 'w');
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    linkSync(mine, lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw outputError(outDir, error);
  } finally {
    rmSync(mine, { force: true });
  }
}

function lockHolder(lock: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
