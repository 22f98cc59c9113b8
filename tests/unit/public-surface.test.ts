// Pins what each converter module exports, so an accidental export shows up in review.
import { describe, expect, it } from 'vitest';

const modules: Record<string, string[]> = {
  '../../src/converter/read/read.ts': ['decodeSource'],
  '../../src/converter/read/normalise.ts': ['normaliseLines'],
  '../../src/converter/batch/text-changes.ts': ['countTextChanges', 'describeTextChanges'],
  '../../src/converter/batch/kind-note.ts': ['describeUnrecognisedKind'],
  '../../src/converter/clean/glued-words.ts': ['splitGluedWords'],
  '../../src/converter/detect/detect.ts': ['detectDocument', 'detectKind', 'detectLayout'],
  '../../src/converter/clean/clean.ts': ['clean'],
  '../../src/converter/structure/structure.ts': ['structure'],
  '../../src/converter/footnotes/footnotes.ts': ['resolveFootnotes'],
  '../../src/converter/metadata/metadata.ts': ['extractMetadata'],
  '../../src/converter/shared/inlines.ts': ['cutInlines', 'inlinesInReadingOrder', 'mapInlines', 'plainText'],
  '../../src/converter/shared/link-urls.ts': ['linkify', 'urlCuts'],
  '../../src/converter/shared/speller.ts': ['loadDutchSpeller'],
  '../../src/converter/batch/cache.ts': [
    'cacheKey',
    'converterModules',
    'converterVersion',
    'pruneConvertCache',
    'readCached',
    'sourceHash',
    'writeCached',
  ],
  '../../src/converter/types.ts': [],
  '../../src/converter/emit/emit.ts': ['serialiseBody', 'serialiseFrontmatter'],
  '../../src/converter/pipeline.ts': ['convertDocument'],
  '../../src/converter/batch/batch.ts': ['convertFolder'],
  '../../src/converter/batch/source-files.ts': ['MAX_SOURCE_BYTES', 'SOURCE_FILE', 'listSourceFiles', 'readSourceFile'],
  '../../src/converter/batch/publish.ts': [
    'commitStaging',
    'outputError',
    'publishFolder',
    'publishedFolder',
    'recoverPublish',
    'stagingFolder',
    'withPublishLock',
  ],
  '../../src/converter/batch/catalog.ts': ['CatalogEntry', 'parseCatalog'],
  '../../src/converter/metadata/identity.ts': ['readPrintedIdentity'],
  '../../src/converter/metadata/answer-letter.ts': ['parseAnswerLetter'],
  '../../src/converter/metadata/letter-fields.ts': ['readLetterFields'],
  '../../src/converter/metadata/kamervragen-header.ts': [
    'parseAskedAbout',
    'parseKamervragenHeader',
    'parseOffices',
    'parseQuestioners',
    'parseSeeAlso',
  ],
  '../../src/converter/messages.ts': ['ConversionError', 'conversionMessage', 'fail', 'formatMessage', 'printable'],
};

describe('public surface', () => {
  it.each(Object.entries(modules))('%s exports exactly what it should', async (path, expected) => {
    expect(Object.keys(await import(path)).sort()).toEqual(expected.sort());
  });
});
