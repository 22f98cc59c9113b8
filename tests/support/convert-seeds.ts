// Converts the seed documents once per test file, the way the CLI does.
import { readFile, readdir } from 'node:fs/promises';
import { parseCatalog } from '../../src/converter/batch/catalog.ts';
import { entityMatcher } from '../../src/converter/links/links.ts';
import { loadEntities } from '../../src/lib/entities.ts';
import { loadDutchSpeller } from '../../src/converter/shared/speller.ts';
import { convertDocument, type ConversionResult } from '../../src/converter/pipeline.ts';

export async function convertSeeds(): Promise<Map<string, ConversionResult>> {
  const speller = await loadDutchSpeller();
  const entities = entityMatcher(loadEntities());
  const catalog = parseCatalog('catalog.yaml', await readFile('seeds/catalog.yaml', 'utf8'));
  const files = (await readdir('seeds')).filter((f) => f.endsWith('.txt')).sort();
  const results = new Map<string, ConversionResult>();
  for (const file of files)
    results.set(
      file.slice(0, 3),
      convertDocument(file, await readFile(`seeds/${file}`), { speller, catalog, entities }),
    );
  return results;
}
