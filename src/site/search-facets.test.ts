// What the search page can filter each seed by: the year of its main date, the
// parties that asked, and the names the papers mention, as readers see them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversionResult } from '../converter/pipeline.ts';
import { loadEntities } from '../lib/entities.ts';
import { searchFacets, UNKNOWN_YEAR } from './search-facets.ts';
import { convertSeeds } from '../../tests/support/convert-seeds.ts';

let seeds: Map<string, ConversionResult>;
const entities = new Map(loadEntities().map((e) => [e.key, e]));
beforeAll(async () => {
  seeds = await convertSeeds();
});
const facets = (seed: string) => searchFacets(seeds.get(seed)!.frontmatter, entities);

describe('searchFacets', () => {
  it('files answered questions under the year of the answer, not of the questions', () => {
    const answered = [...seeds.values()].find(
      (s) => s.frontmatter.dates.ingezonden?.startsWith('2012') && s.frontmatter.dates.beantwoord?.startsWith('2013'),
    )!;
    expect(searchFacets(answered.frontmatter, entities).filters.Jaar).toEqual(['2013']);
  });

  it('names the parties that asked, and a fractie by its party', () => {
    const overleg = [...seeds.keys()].find((k) => seeds.get(k)!.frontmatter.kind === 'schriftelijk-overleg')!;
    expect(facets(overleg).filters.Partij).toEqual(
      expect.arrayContaining(['BBB', 'CDA', 'ChristenUnie', 'GroenLinks-PvdA', 'NSC', 'SP', 'VVD']),
    );
    expect(facets(overleg).filters.Soort).toEqual(['Schriftelijk overleg']);
    expect(facets(overleg).filters.Dossier).toEqual(expect.arrayContaining(['28 638', '36 410 VI']));
  });

  it('uses the names readers see on entity pages, and never invents a date', () => {
    const dral = [...seeds.values()].find((s) => s.frontmatter.questioners.some((q) => q.name === 'Rajkowski'))!;
    const f = searchFacets(dral.frontmatter, entities);
    expect(f.filters.Persoon).toContain('Queeny Rajkowski');
    expect(f.filters.Organisatie).toContain('Europol');
    const undated = { ...dral.frontmatter, dates: { ingezonden: null, beantwoord: null, verzonden: null } };
    expect(searchFacets(undated, entities)).toMatchObject({
      filters: { Jaar: [UNKNOWN_YEAR] },
      date: 'datum onbekend',
    });
  });
});
