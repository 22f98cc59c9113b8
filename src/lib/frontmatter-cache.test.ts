// The converter leaves each document's frontmatter as JSON for the site build
// (src/lib/frontmatter-cache.ts): it must be exactly what reading the YAML gives.
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertFolder } from '../converter/batch/batch.ts';
import { MalformedDocumentError, splitDocument } from '../site/document-loader.ts';
import { cachedFrontmatter, documentHash } from './frontmatter-cache.ts';

describe('frontmatter left by the converter', () => {
  it('equals the YAML frontmatter of every converted seed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kd-frontmatter-'));
    process.env.KD_FRONTMATTER_CACHE = join(dir, 'cache');
    try {
      const result = await convertFolder({ inDir: 'seeds', outDir: join(dir, 'content'), cacheDir: false, workers: 0 });
      expect(result.errors).toEqual([]);
      const files = await readdir(join(dir, 'content'));
      expect(files).toHaveLength(5);
      for (const file of files) {
        const text = await readFile(join(dir, 'content', file), 'utf8');
        // The site's loader hashes the file's bytes, the converter the text it wrote: the same key.
        expect(documentHash(await readFile(join(dir, 'content', file)))).toBe(documentHash(text));
        const cached = cachedFrontmatter(documentHash(text));
        expect(cached, file).not.toBeNull();
        expect(cached).toStrictEqual(JSON.parse(JSON.stringify(splitDocument(file, text).data)));
      }
      // Another text, another entry: an edited document is never served stale frontmatter.
      const text = await readFile(join(dir, 'content', files[0]!), 'utf8');
      expect(cachedFrontmatter(documentHash(text.replace('kind:', 'kind:  ')))).toBeNull();
    } finally {
      delete process.env.KD_FRONTMATTER_CACHE;
    }
  });

  it('reports a document without frontmatter by file and line', () => {
    expect(() => splitDocument('content/x.mdx', 'no frontmatter here')).toThrow(MalformedDocumentError);
    expect(() => splitDocument('content/x.mdx', 'no frontmatter here')).toThrow(
      'content/x.mdx:1: expected frontmatter',
    );
    expect(() => splitDocument('content/x.mdx', '---\n- a list\n---\nbody')).toThrow(
      'content/x.mdx:2: expected the frontmatter to be a mapping',
    );
  });
});
