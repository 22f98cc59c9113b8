import { describe, expect, it } from 'vitest';
import { splitByYear } from './open-data-split.ts';

describe('splitByYear', () => {
  const items = [
    { id: 'a', year: 2013 },
    { id: 'b', year: 2012 },
    { id: 'c', year: null },
    { id: 'd', year: 2013 },
    { id: 'e', year: 2013 },
  ];
  const split = (perFile: number) =>
    splitByYear(items, (item) => item.year, perFile).map((f) => [f.name, f.year, f.items.map((i) => i.id)]);

  it('gives each year its file, years in order and undated last, keeping the order of the items', () => {
    expect(split(10)).toEqual([
      ['documents-2012', 2012, ['b']],
      ['documents-2013', 2013, ['a', 'd', 'e']],
      ['documents-onbekend', null, ['c']],
    ]);
  });

  it('numbers the files of a year that holds more than one file may', () => {
    expect(split(2)).toEqual([
      ['documents-2012', 2012, ['b']],
      ['documents-2013-1', 2013, ['a', 'd']],
      ['documents-2013-2', 2013, ['e']],
      ['documents-onbekend', null, ['c']],
    ]);
  });
});
