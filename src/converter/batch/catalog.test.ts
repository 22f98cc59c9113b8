// The catalog's facts are checked by the schema's own types, at the line that states them.
import { describe, expect, it } from 'vitest';
import { DocumentFrontmatter } from '../../schema/document.ts';
import { formatMessage, ConversionError } from '../messages.ts';
import { parseCatalog } from './catalog.ts';

/** The message a user sees for a catalog, or "accepted". */
function outcome(text: string): string {
  try {
    parseCatalog('seeds/catalog.yaml', text);
    return 'accepted';
  } catch (error) {
    if (!(error instanceof ConversionError)) throw error;
    return formatMessage(error.messages[0]!);
  }
}

const entry = (dates: string) => `documents:\n  1031.txt:\n    source: "test"\n    dates:\n${dates}`;

describe('catalog dates', () => {
  it('refuses 31 February at its line and column, with the rule and a hint', () => {
    expect(outcome(entry('      beantwoord: 2024-02-31\n'))).toMatchInlineSnapshot(`
      "seeds/catalog.yaml:5:19: catalog field "documents.1031.txt.dates.beantwoord": not a calendar date [catalog-schema]
        hint: Correct the fact, with the form the header of seeds/catalog.yaml gives, or leave the field out."
    `);
  });

  it('refuses what the frontmatter schema refuses, and takes what it takes', () => {
    const { beantwoord } = DocumentFrontmatter.shape.dates.shape;
    const schemaTakes = (date: string) => beantwoord.safeParse(date).success;
    for (const date of ['2024-02-31', '2023-02-29', '2024-13-01', '2024-2-1', '2024-04-31']) {
      expect(schemaTakes(date), date).toBe(false);
      expect(outcome(entry(`      beantwoord: "${date}"\n`)), date).toContain('[catalog-schema]');
    }
    for (const date of ['2024-02-29', '2017-11-10', '2013-02-08']) {
      expect(schemaTakes(date), date).toBe(true);
      expect(outcome(entry(`      beantwoord: "${date}"\n`)), date).toBe('accepted');
    }
  });
});

describe('catalog numbers', () => {
  it('refuses a vergaderjaar not written as the schema writes it, at the field', () => {
    const text = entry('').replace('    dates:\n', '    aanhangsel: { vergaderjaar: "2023/24", nummer: 1031 }\n');
    const [line] = outcome(text).split('\n');
    const where = 'seeds/catalog.yaml:4:33: catalog field "documents.1031.txt.aanhangsel.vergaderjaar": ';
    expect(line!.startsWith(where), line).toBe(true);
    expect(line).toMatch(/ \[catalog-schema\]$/);
  });

  it('takes a Kamerstuk with its dossier as printed', () => {
    const text = 'documents:\n  x.txt:\n    source: "test"\n    kamerstuk: { dossier: "36 410 VI", nummer: 85 }\n';
    expect(parseCatalog('catalog.yaml', text).get('x.txt')?.kamerstuk).toEqual({ dossier: '36 410 VI', nummer: 85 });
  });
});
