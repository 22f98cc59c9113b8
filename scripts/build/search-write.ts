// Writes the search index to disk, whole, and reads it back.
// Pagefind 1.5.2's own writeFiles answers before its process has finished writing (closing it
// then cut a file short in about one build in ten), and it reports neither the files nor a
// full disk. So the build asks Pagefind for the files in memory (getFiles), writes them itself,
// where a full disk is an error like any other, and checks every file on disk against the
// size Pagefind gave for it.
import { statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { searchBundleProblem } from './search-bundle.ts';

/** Writes the index into folder (replacing what was there) and returns once every file is on disk whole; throws otherwise. */
export async function writeSearchBundle(index: PagefindIndex, folder: string): Promise<void> {
  const { files, errors } = await index.getFiles();
  if (errors.length) throw new Error(errors.join('\n'));
  await rm(folder, { recursive: true, force: true });
  for (const file of files) {
    const target = join(folder, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
  for (const file of files) {
    const size = sizeOf(join(folder, file.path));
    if (size !== file.content.byteLength)
      throw new Error(
        `the search index in ${folder} is incomplete: ${file.path} holds ${size ?? 'no'} bytes, Pagefind made ${file.content.byteLength}`,
      );
  }
  const problem = searchBundleProblem(folder);
  if (problem) throw new Error(`the search index in ${folder} is incomplete: ${problem}`);
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}
