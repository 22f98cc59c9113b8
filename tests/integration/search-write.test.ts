import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchBundle } from '../../scripts/build/search-write.ts';

const work = mkdtempSync(join(tmpdir(), 'kd-search-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A page of a few thousand words, different for each number. */
function page(n: number): string {
  const words = Array.from({ length: 3000 }, (_, i) => `woord${(i * 7919 + n * 104729) % 5000}`);
  return `<html lang="nl"><body data-pagefind-body><h1>Stuk ${n}</h1><p>${words.join(' ')}</p></body></html>`;
}

describe('writing the search index', () => {
  // Pagefind's writeFiles answers before its last writes are done; closing it then cut a file short in
  // about one build of the seeds in ten (scripts/build/search-write.ts). Twelve rounds as the build does it; without the wait the first or second failed.
  it('leaves every file whole on disk when Pagefind is closed right after, round after round', async () => {
    const cutShort: string[] = [];
    for (let round = 0; round < 12; round++) {
      const { index } = await pagefind.createIndex({ forceLanguage: 'nl' });
      for (let n = 0; n < 20; n++) await index!.addHTMLFile({ url: `/stuk-${n}/`, content: page(n) });
      // What Pagefind holds in memory: what the disk must hold once the write has returned.
      const { files } = await index!.getFiles();
      const folder = join(work, `round-${round}`);
      await writeSearchBundle(index!, folder);
      await pagefind.close();
      for (const file of files)
        if (!readFileSync(join(folder, file.path)).equals(Buffer.from(file.content)))
          cutShort.push(`round ${round}: ${file.path}`);
      expect(files.length).toBeGreaterThan(10);
    }
    expect(cutShort).toEqual([]);
  });
});
