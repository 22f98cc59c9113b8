import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listAttribute, MDX_ELEMENTS, mdxAttributes, type MdxComponentName } from './mdx-components.ts';

describe('the MDX component contract', () => {
  it('writes attributes in the contract order, lists joined by spaces, whatever order they are given in', () => {
    const written = mdxAttributes('Vraag', { fractie: 'VVD', ook: ['vraag-3'], nummers: [2, 3], id: 'vraag-2' });
    expect(written).toEqual([
      { name: 'id', value: 'vraag-2' },
      { name: 'nummers', value: '2 3' },
      { name: 'ook', value: 'vraag-3' },
      { name: 'fractie', value: 'VVD' },
    ]);
  });

  it('leaves out an optional attribute that is null, empty or an empty list, never a required one', () => {
    const written = mdxAttributes('Antwoord', { id: 'antwoord-1', nummers: [1], deel: null, ook: [], vragen: [] });
    expect(written).toEqual([
      { name: 'id', value: 'antwoord-1' },
      { name: 'nummers', value: '1' },
      { name: 'vragen', value: '' },
    ]);
  });

  it('reads a list attribute back as the items it was written from', () => {
    const [, nummers] = mdxAttributes('Vraag', { id: 'vraag-2', nummers: [2, 3, 4] });
    expect(listAttribute(nummers!.value)).toEqual(['2', '3', '4']);
    expect(listAttribute('')).toEqual([]);
    expect(listAttribute(undefined)).toEqual([]);
  });

  it('has a component in src/components for every element that is not plain HTML', () => {
    const components = Object.keys(MDX_ELEMENTS).filter((name) => !/^h\d$/.test(name)) as MdxComponentName[];
    const missing = components.filter((name) => !existsSync(new URL(`../components/${name}.astro`, import.meta.url)));
    expect(components.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
