// Nothing lost: every word of each seed's body is on its rendered page, in
// reading order, and the footnotes carry every word of the notes.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversionResult } from '../../src/converter/pipeline.ts';
import { convertSeeds } from '../support/convert-seeds.ts';
import { compare, pageText, sourceText, typographicCounts } from './fidelity.ts';
import { OUT_DIR } from './site.ts';

let seeds: Map<string, ConversionResult>;
beforeAll(async () => {
  seeds = await convertSeeds();
});

describe.each(['000', '001', '002', '003', '004'])('seed %s', (seed) => {
  it('shows every word of the source body and notes on its page, in order', async () => {
    const result = seeds.get(seed)!;
    const source = sourceText(await readFile(`seeds/${result.frontmatter.source.file}`, 'utf8'), result);
    const page = pageText(await readFile(`${OUT_DIR}/documenten/${result.frontmatter.slug}/index.html`, 'utf8'));
    const body = compare(source.body, page.body);
    const notes = compare(source.footnotes, page.footnotes);
    const furniture: Record<string, number> = {};
    for (const f of result.furniture) furniture[f.rule] = (furniture[f.rule] ?? 0) + 1;
    console.log(
      `${seed}: body recall ${(body.recall * 100).toFixed(2)} %, precision ${(body.precision * 100).toFixed(2)} % (${source.body.length} words); ` +
        `footnotes recall ${(notes.recall * 100).toFixed(2)} %, precision ${(notes.precision * 100).toFixed(2)} % (${source.footnotes.length} words); ` +
        `furniture removed: ${JSON.stringify(furniture)}` +
        (body.missing.length ? `; missing: ${body.missing.join(' ')}` : '') +
        (body.extra.length ? `; extra: ${body.extra.join(' ')}` : ''),
    );
    expect(body.missing).toEqual([]);
    expect(notes.missing).toEqual([]);
    expect(body.precision).toBeGreaterThanOrEqual(0.995);
    expect(notes.precision).toBeGreaterThanOrEqual(0.995);
  });

  it('keeps quotes, dashes and dots exactly as printed (no smart punctuation)', async () => {
    const result = seeds.get(seed)!;
    const source = sourceText(await readFile(`seeds/${result.frontmatter.source.file}`, 'utf8'), result);
    const page = pageText(await readFile(`${OUT_DIR}/documenten/${result.frontmatter.slug}/index.html`, 'utf8'));
    expect(typographicCounts(page.bodyText)).toEqual(typographicCounts(source.bodyText));
  });
});
