// Pins what each converter module exports, so an accidental export shows up in review.
import { describe, expect, it } from 'vitest';

const modules: Record<string, string[]> = {
  '../../src/converter/read.ts': ['decodeSource'],
  '../../src/converter/normalise.ts': ['normaliseLines'],
  '../../src/converter/text-changes.ts': ['countTextChanges', 'describeTextChanges'],
  '../../src/converter/clean/glued-words.ts': ['splitGluedWords'],
  '../../src/converter/detect.ts': ['detectDocument', 'detectKind', 'detectLayout'],
  '../../src/converter/clean/index.ts': ['clean'],
  '../../src/converter/structure.ts': ['structure'],
  '../../src/converter/footnotes.ts': ['linkify', 'resolveFootnotes'],
  '../../src/converter/metadata.ts': ['extractMetadata', 'plainText'],
  '../../src/converter/emit.ts': ['serialiseBody', 'serialiseFrontmatter'],
  '../../src/converter/pipeline.ts': ['convertDocument'],
  '../../src/converter/batch.ts': ['convertFolder'],
  '../../src/converter/source-files.ts': ['MAX_SOURCE_BYTES', 'SOURCE_FILE', 'listSourceFiles', 'readSourceFile'],
  '../../src/converter/publish.ts': ['outputError', 'publishFolder', 'publishedFolder', 'recoverPublish', 'withPublishLock'],
  '../../src/converter/catalog.ts': ['CatalogEntry', 'parseCatalog'],
  '../../src/converter/identity.ts': ['readPrintedIdentity'],
  '../../src/converter/kamervragen-header.ts': ['parseKamervragenHeader', 'parseOffices', 'parseQuestioners', 'parseSeeAlso'],
  '../../src/converter/messages.ts': ['ConversionError', 'conversionMessage', 'fail', 'formatMessage', 'printable'],
};

describe('public surface', () => {
  it.each(Object.entries(modules))('%s exports exactly what it should', async (path, expected) => {
    expect(Object.keys(await import(path)).sort()).toEqual(expected.sort());
  });
});
