import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchBundleProblem } from '../../scripts/build/search-bundle.ts';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A bundle with the entry file as given and the files a whole entry names. */
function bundle(entry: string): string {
  folder = mkdtempSync(join(tmpdir(), 'kd-bundle-'));
  writeFileSync(join(folder, 'pagefind-entry.json'), entry);
  writeFileSync(join(folder, 'pagefind.nl_9b318697e1.pf_meta'), 'meta');
  writeFileSync(join(folder, 'wasm.nl.pagefind'), 'wasm');
  return folder;
}

describe('searchBundleProblem', () => {
  const whole = JSON.stringify({
    version: '1.5.2',
    languages: { nl: { hash: 'nl_9b318697e1', wasm: 'nl', page_count: 5 } },
  });

  it('passes a bundle whose entry names files that are there', () => {
    expect(searchBundleProblem(bundle(whole))).toBeNull();
  });

  it('names an empty entry file, as Pagefind once wrote under load', () => {
    expect(searchBundleProblem(bundle(''))).toMatch(/^pagefind-entry.json does not parse/);
  });

  it('names a page list the entry points to that is not there', () => {
    const other = JSON.stringify({ languages: { nl: { hash: 'nl_0000000000', wasm: 'nl' } } });
    expect(searchBundleProblem(bundle(other))).toBe('pagefind.nl_0000000000.pf_meta is missing or empty');
  });
});
