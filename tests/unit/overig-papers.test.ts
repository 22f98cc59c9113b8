// The real papers of a kind the converter does not know (moties, Handelingen items) through every
// extractor: each is published as overig, not refused, under a permalink of its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/converter/batch/catalog.ts';
import { ConversionError } from '../../src/converter/messages.ts';
import { entityMatcher } from '../../src/converter/links/links.ts';
import { convertDocument } from '../../src/converter/pipeline.ts';
import { loadDutchSpeller } from '../../src/converter/shared/speller.ts';
import { loadEntities } from '../../src/lib/entities.ts';

const TEXTS = 'tests/fixtures/extractors/texts';
const PAPERS = [
  'kst-21501-02-3121',
  'kst-32545-143',
  'kst-36278-32',
  'kst-36682-10',
  'h-tk-20232024-37-4',
  'h-tk-20232024-40-6',
];

interface Converted {
  paper: string;
  extractor: string;
  kind: string;
  slug: string;
}

const converted: Converted[] = [];
const refused: string[] = [];

beforeAll(async () => {
  const speller = await loadDutchSpeller();
  const context = { speller, catalog: new Map() as Catalog, entities: entityMatcher(loadEntities()) };
  for (const paper of PAPERS)
    for (const file of readdirSync(join(TEXTS, paper)).sort()) {
      const extractor = file.slice(0, -'.txt'.length);
      try {
        const { frontmatter } = convertDocument(`${paper}.txt`, readFileSync(join(TEXTS, paper, file)), context);
        converted.push({ paper, extractor, kind: frontmatter.kind, slug: frontmatter.slug });
      } catch (error) {
        if (!(error instanceof ConversionError)) throw error;
        refused.push(error.message.split('\n')[0]!);
      }
    }
});

describe('papers of no known kind', () => {
  it('are published as overig, never refused for their kind', () => {
    expect(refused.filter((m) => m.includes('[unknown-kind]'))).toEqual([]);
    expect(converted.length).toBeGreaterThan(12);
    expect(converted.filter((c) => c.kind !== 'overig')).toEqual([]);
  });

  it('take the official id they print, "kst-32545-143" on a line of its own', () => {
    const motie = converted.filter((c) => c.paper === 'kst-32545-143');
    expect(motie.map((c) => c.slug)).toEqual(motie.map(() => 'kst-32545-143'));
  });

  it('never share a permalink with another paper', () => {
    const papersBySlug = new Map<string, Set<string>>();
    for (const c of converted) papersBySlug.set(c.slug, (papersBySlug.get(c.slug) ?? new Set()).add(c.paper));
    const shared = [...papersBySlug].filter(([, papers]) => papers.size > 1).map(([slug]) => slug);
    expect(shared).toEqual([]);
  });
});
