// The fidelity check of tests/browser/fidelity.ts on a sample of a built
// corpus: every word of each sampled source's body and notes against the words
// of its rendered page, aligned in order.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compare, pageText, sourceText, type Fidelity } from '../../../tests/browser/fidelity.ts';
import { parseCatalog } from '../../../src/converter/batch/catalog.ts';
import { loadDutchSpeller } from '../../../src/converter/shared/speller.ts';
import { entityMatcher } from '../../../src/converter/links/links.ts';
import { convertDocument } from '../../../src/converter/pipeline.ts';
import { loadEntities } from '../../../src/lib/entities.ts';

export interface FidelityResult {
  documents: number;
  body: { recall: number; precision: number; minRecall: number; minPrecision: number; words: number };
  footnotes: { recall: number; precision: number; minRecall: number; minPrecision: number; words: number };
  worst: { file: string; bodyRecall: number; bodyPrecision: number; missing: string[]; extra: string[] }[];
}

/** `count` documents spread evenly over the sorted file list. */
export function sampleFiles(files: readonly string[], count: number): string[] {
  if (files.length <= count) return [...files];
  return Array.from({ length: count }, (_, i) => files[Math.floor((i * files.length) / count)]!);
}

export async function fidelitySample(
  seedsDir: string,
  siteDir: string,
  files: readonly string[],
): Promise<FidelityResult> {
  const speller = await loadDutchSpeller();
  const entities = entityMatcher(loadEntities());
  const catalog = parseCatalog('catalog.yaml', await readFile(join(seedsDir, 'catalog.yaml'), 'utf8'));
  const rows: { file: string; body: Fidelity; notes: Fidelity; words: number; noteWords: number }[] = [];
  for (const file of files) {
    const bytes = await readFile(join(seedsDir, file));
    const result = convertDocument(file, bytes, { speller, catalog, entities });
    const source = sourceText(bytes.toString('utf8'), result);
    const page = pageText(await readFile(join(siteDir, 'documenten', result.frontmatter.slug, 'index.html'), 'utf8'));
    rows.push({
      file,
      body: compare(source.body, page.body),
      notes: compare(source.footnotes, page.footnotes),
      words: source.body.length,
      noteWords: source.footnotes.length,
    });
  }
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const summary = (
    pick: (r: (typeof rows)[number]) => { recall: number; precision: number },
    words: (r: (typeof rows)[number]) => number,
  ) => ({
    recall: mean(rows.map((r) => pick(r).recall)),
    precision: mean(rows.map((r) => pick(r).precision)),
    minRecall: Math.min(...rows.map((r) => pick(r).recall)),
    minPrecision: Math.min(...rows.map((r) => pick(r).precision)),
    words: rows.reduce((n, r) => n + words(r), 0),
  });
  const worst = [...rows]
    .sort((a, b) => a.body.recall + a.body.precision - (b.body.recall + b.body.precision))
    .slice(0, 3)
    .map((r) => ({
      file: r.file,
      bodyRecall: r.body.recall,
      bodyPrecision: r.body.precision,
      missing: r.body.missing.slice(0, 20),
      extra: r.body.extra.slice(0, 20),
    }));
  return {
    documents: rows.length,
    body: summary(
      (r) => r.body,
      (r) => r.words,
    ),
    footnotes: summary(
      (r) => r.notes,
      (r) => r.noteWords,
    ),
    worst,
  };
}
