// How large a built site is, against what GitHub Pages takes (sites up to 1 GB) and
// the bounds of issue 22: no HTML page over 1 MB, no other file over 20 MB.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export const PAGE_LIMIT_BYTES = 1_000_000;
export const FILE_LIMIT_BYTES = 20_000_000;

export interface SiteSize {
  totalBytes: number;
  files: number;
  largestPage: { path: string; bytes: number };
  largestFile: { path: string; bytes: number };
  /** HTML pages over 1 MB and other files over 20 MB, largest first. */
  overLimit: { path: string; bytes: number }[];
}

export async function siteSize(dir: string): Promise<SiteSize> {
  const size: SiteSize = {
    totalBytes: 0,
    files: 0,
    largestPage: { path: '', bytes: 0 },
    largestFile: { path: '', bytes: 0 },
    overLimit: [],
  };
  for (const path of (await readdir(dir, { recursive: true })).sort()) {
    const info = await stat(join(dir, path));
    if (!info.isFile()) continue;
    const entry = { path, bytes: info.size };
    size.totalBytes += info.size;
    size.files++;
    const page = path.endsWith('.html');
    if (page && info.size > size.largestPage.bytes) size.largestPage = entry;
    if (info.size > size.largestFile.bytes) size.largestFile = entry;
    if (info.size > (page ? PAGE_LIMIT_BYTES : FILE_LIMIT_BYTES)) size.overLimit.push(entry);
  }
  size.overLimit.sort((a, b) => b.bytes - a.bytes);
  return size;
}
