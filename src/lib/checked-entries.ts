// Cache entries that carry their own checksum, for the caches of small files kept by key (the
// conversion cache, the frontmatter cache). Each entry, `<key>.entry`, is a line with the SHA-256
// of its key and payload and then the payload: an entry edited or damaged on disk, or copied under
// another key's name, fails the check and is discarded, never served. Pruning touches only names
// of this shape, so a cache folder set to a wrong place loses nothing else.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isAlive } from './processes.ts';

const ENTRY = '.entry';

export const entryPath = (dir: string, key: string) => join(dir, `${key}${ENTRY}`);

/** Where a writer puts an entry before renaming it into place: its PID in the name, for pruning. */
export const temporaryPath = (dir: string, key: string) =>
  `${entryPath(dir, key)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;

/** The SHA-256 of an entry's key and payload: with the key in it, an entry copied under another key's name fails too. */
function checksum(key: string, payload: Uint8Array | string): string {
  return createHash('sha256').update(`${key}\n`).update(payload).digest('hex');
}

/** The bytes of an entry holding this payload. */
export function sealedEntry(key: string, payload: string): string {
  return `${checksum(key, payload)}\n${payload}`;
}

/**
 * The parsed payload of the entry for `key`: null when there is none (silently), or when it fails its
 * check or does not parse (then it is removed and `warn` told).
 */
export function readCheckedEntry(dir: string, key: string, warn: (path: string) => void): unknown {
  const path = entryPath(dir, key);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return null;
  }
  const payload = verifiedPayload(key, bytes);
  if (payload !== null) return payload;
  warn(path);
  try {
    rmSync(path, { force: true });
  } catch {
    // A cache folder we may not write: the entry stays, and is refused again at the next read.
  }
  return null;
}

function verifiedPayload(key: string, bytes: Buffer): unknown {
  const end = bytes.indexOf(0x0a);
  if (end === -1) return null;
  const payload = bytes.subarray(end + 1);
  if (bytes.subarray(0, end).toString('latin1') !== checksum(key, payload)) return null;
  try {
    return JSON.parse(payload.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

/** An entry, an entry of the earlier format (`<key>.json`, never read now), or a temporary file with its writer's PID. */
const CACHE_FILE = /^[0-9a-f]{64}(?:\.entry|\.json)(?:\.(?<pid>\d+)(?:\.[0-9a-z]+)?\.tmp)?$/;

/**
 * Removes every entry whose key is not in `keep`, every entry of the earlier format, and the
 * temporary files of writers that are gone (a running writer's stays, or its rename would fail).
 * A cache shared by two corpora keeps the last one's entries: the other's are made again, never wrong.
 */
export function pruneEntries(dir: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = CACHE_FILE.exec(name);
    if (!match) continue;
    const pid = match.groups?.pid;
    const unused = pid ? !isAlive(Number(pid)) : !(name.endsWith(ENTRY) && keep.has(name.slice(0, -ENTRY.length)));
    if (unused) removeQuietly(join(dir, name));
  }
}

/** Pruning only saves space: a file that cannot be removed must not fail a run that has published. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Left for the next prune.
  }
}
