// Page numbers and page footnotes in the seeds: real page numbers are still
// dropped (001 prints "1" above "Pagina 1 van 5", read from the seed), and no
// seed loses a footnote to the pypdf rules.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversionResult } from '../../src/converter/pipeline.ts';
import { convertSeeds } from '../support/convert-seeds.ts';

let seeds: Map<string, ConversionResult>;
beforeAll(async () => {
  seeds = await convertSeeds();
});

describe('seed page furniture', () => {
  it('drops the page number of 001 beside its "Pagina 1 van 5", and no other lone number', () => {
    const pageNumbers = [...seeds].flatMap(([seed, r]) =>
      r.furniture.filter((f) => f.rule === 'page-number').map((f) => [seed, f.line, f.text.trim()]),
    );
    expect(pageNumbers).toEqual([['001', 185, '1']]);
  });
  it('keeps every seed footnote', () => {
    expect(Object.fromEntries([...seeds].map(([seed, r]) => [seed, r.frontmatter.structure.footnotes]))).toEqual({
      '000': 4,
      '001': 0,
      '002': 4,
      '003': 13,
      '004': 12,
    });
  });
  it('finds no pypdf header or footer in the seeds', () => {
    const pypdf = new Set([
      'handelingen-masthead',
      'handelingen-vergaderjaar',
      'handelingen-subtitle',
      'paper-number',
      'document-identifier',
      'handelingen-imprint',
      'footer-spacing',
    ]);
    for (const [, r] of seeds) expect(r.furniture.filter((f) => pypdf.has(f.rule))).toEqual([]);
  });
});
