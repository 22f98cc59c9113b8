// Writing the search index: a full disk is an error with its message, and a file that reaches the
// disk shorter than Pagefind made it is found by the read-back, whatever the file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PagefindIndex } from 'pagefind';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

/** How the mocked disk treats the next writes. */
const disk = vi.hoisted(() => ({ fault: 'none' as 'none' | 'full' | 'cut-short', failOn: '' }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    writeFile: async (file: string, data: Uint8Array) => {
      if (!String(file).endsWith(disk.failOn)) return real.writeFile(file, data);
      if (disk.fault === 'full')
        throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', path: file });
      if (disk.fault === 'cut-short') return real.writeFile(file, data.subarray(0, data.length >> 1));
      return real.writeFile(file, data);
    },
  };
});

const { writeSearchBundle } = await import('../../scripts/build/search-write.ts');
const { fileSystemError } = await import('../../scripts/build/build-error.ts');

const work = mkdtempSync(join(tmpdir(), 'kd-search-disk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);
/** An index as Pagefind hands it over: an entry naming its page list and WebAssembly, and a fragment. */
const index = {
  getFiles: async () => ({
    errors: [],
    files: [
      {
        path: 'pagefind-entry.json',
        content: bytes('{"languages":{"nl":{"hash":"nl_1","wasm":"nl","page_count":1}}}'),
      },
      { path: 'pagefind.nl_1.pf_meta', content: bytes('meta'.repeat(100)) },
      { path: 'wasm.nl.pagefind', content: bytes('wasm'.repeat(100)) },
      { path: 'fragment/nl_1.pf_fragment', content: bytes('fragment'.repeat(100)) },
    ],
  }),
} as unknown as PagefindIndex;

let round = 0;
const folder = () => join(work, `bundle-${round}`);
beforeEach(() => {
  round++;
  disk.fault = 'none';
});

describe('writing the search index', () => {
  it('writes every file Pagefind made, whole', async () => {
    await expect(writeSearchBundle(index, folder())).resolves.toBeUndefined();
  });

  it('fails on a full disk, with a message that says so and no stack trace', async () => {
    disk.fault = 'full';
    disk.failOn = 'nl_1.pf_fragment';
    const error = await writeSearchBundle(index, folder()).catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(fileSystemError(error, 'writing the search index')?.message).toMatch(
      /: the disk is full \(ENOSPC\) while writing the search index; the published site was left as it was \[file-system\]\n {2}hint: free disk space/,
    );
  });

  // Only the entry, page list and WebAssembly were read back before; a fragment cut short went unseen.
  it.each(['nl_1.pf_fragment', 'wasm.nl.pagefind'])('finds %s cut short on disk', async (file) => {
    disk.fault = 'cut-short';
    disk.failOn = file;
    await expect(writeSearchBundle(index, folder())).rejects.toThrow(
      new RegExp(
        `the search index in .* is incomplete: .*${file.replace('.', '\\.')} holds \\d+ bytes, Pagefind made \\d+`,
      ),
    );
  });
});
