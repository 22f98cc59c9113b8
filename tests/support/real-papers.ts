// The facts of the real papers (tests/fixtures/real/facts.yaml, read by hand),
// the converter run over them in-process, and a scoreboard that turns the test
// results into one table per test file for the lead to quote.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { Catalog } from '../../src/converter/batch/catalog.ts';
import { loadDutchSpeller } from '../../src/converter/shared/speller.ts';
import { entityMatcher } from '../../src/converter/links/links.ts';
import { convertDocument, type ConversionResult } from '../../src/converter/pipeline.ts';
import { loadEntities } from '../../src/lib/entities.ts';

export const REAL_DIR = 'tests/fixtures/real';
const PAPER_ID = /^ah-tk-(\d{4})(\d{4})-(\d+)$/;

const Block = z
  .object({
    label: z.string(),
    numbers: z.array(z.number().int().positive()),
    part: z
      .string()
      .regex(/^[a-z]$/)
      .optional(),
    /** Only where the id does not follow from label and numbers (a bare "Antwoord"). */
    id: z.string().optional(),
    answers: z.array(z.number().int().positive()).optional(),
  })
  .strict();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Footnote = z
  .object({ n: z.number().int().positive(), block: z.string(), after: z.string().min(1), text: z.string().min(1) })
  .strict();
const PaperFacts = z
  .object({
    id: z.string().regex(PAPER_ID),
    seeAlso: z.array(z.string().regex(PAPER_ID)),
    dates: z.object({ ingezonden: IsoDate, beantwoord: IsoDate }).strict(),
    questioners: z.array(z.object({ name: z.string(), party: z.string() }).strict()),
    addressees: z.array(z.string()),
    answeredBy: z.object({ role: z.string(), name: z.string(), ministry: z.string() }).strict(),
    onBehalfOf: z.array(z.string()),
    title: z.string(),
    questions: z.array(Block),
    answers: z.array(Block),
    footnotes: z.array(Footnote),
    paragraphs: z.record(z.string(), z.number().int().positive()).optional(),
  })
  .strict();
export type PaperFacts = z.infer<typeof PaperFacts>;
export type BlockFacts = z.infer<typeof Block>;
export type FootnoteFacts = z.infer<typeof Footnote>;

export function loadFacts(): PaperFacts[] {
  return z.array(PaperFacts).parse(parse(readFileSync(`${REAL_DIR}/facts.yaml`, 'utf8')));
}

export const sourceFile = (paper: PaperFacts) => `${paper.id}.txt`;

/** "ah-tk-20232024-1031" → { vergaderjaar: "2023-2024", nummer: 1031 }, the frontmatter's form. */
export function aanhangselOf(id: string): { vergaderjaar: string; nummer: number } {
  const [, from, to, nummer] = PAPER_ID.exec(id)!;
  return { vergaderjaar: `${from}-${to}`, nummer: Number(nummer) };
}

/** The site's block id: vraag-<first number><part>, antwoord-<first number><part>. */
export function blockId(kind: 'vraag' | 'antwoord', block: BlockFacts): string {
  return block.id ?? `${kind}-${block.numbers[0]}${block.part ?? ''}`;
}

/** The last word (letters and digits) of a text: what "after" compares, punctuation aside. */
export function lastWord(text: string): string | null {
  return text.match(/[\p{L}\p{N}]+(?=[^\p{L}\p{N}]*$)/u)?.[0] ?? null;
}

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface Converted {
  result?: ConversionResult;
  error?: string;
  source: string;
}

/** Converts every real paper the way the CLI does, with no catalog: identity must come from the paper itself. */
export async function convertRealPapers(facts: PaperFacts[]): Promise<Map<string, Converted>> {
  const speller = await loadDutchSpeller();
  const entities = entityMatcher(loadEntities());
  const catalog: Catalog = new Map();
  const converted = new Map<string, Converted>();
  for (const paper of facts) {
    const bytes = await readFile(`${REAL_DIR}/${sourceFile(paper)}`);
    const source = bytes.toString('utf8');
    try {
      converted.set(paper.id, {
        result: convertDocument(sourceFile(paper), bytes, { speller, catalog, entities }),
        source,
      });
    } catch (error) {
      converted.set(paper.id, { error: error instanceof Error ? error.message : String(error), source });
    }
  }
  return converted;
}

/** Per paper and fact group: passed or failed, with a figure where the group has one ("27/29"). */
export class Scoreboard {
  private readonly rows = new Map<string, Map<string, { ok: boolean; figure: string | undefined }>>();

  record(paper: string, group: string, ok: boolean, figure?: string): void {
    if (!this.rows.has(paper)) this.rows.set(paper, new Map());
    this.rows.get(paper)!.set(group, { ok, figure });
  }

  /** Runs a group's checks, records whether they passed, and lets a failure through to the test. */
  check(paper: string, group: string, run: () => unknown): void {
    try {
      const returned = run();
      const figure = typeof returned === 'string' ? returned : undefined;
      this.record(paper, group, true, figure ?? this.rows.get(paper)?.get(group)?.figure);
    } catch (error) {
      if (!this.rows.get(paper)?.has(group)) this.record(paper, group, false);
      throw error;
    }
  }

  /** Markdown table: one row per paper, one column per group, then right/wrong per paper. */
  table(title: string): string {
    const groups = [...new Set([...this.rows.values()].flatMap((row) => [...row.keys()]))];
    const lines = [
      `${title}`,
      `| paper | ${groups.join(' | ')} | right | wrong |`,
      `| --- |${groups.map(() => ' --- |').join('')} --- | --- |`,
    ];
    let right = 0;
    let wrong = 0;
    for (const [paper, row] of this.rows) {
      const cells = groups.map((g) => {
        const cell = row.get(g);
        if (!cell) return '–';
        return `${cell.ok ? 'ok' : 'FAIL'}${cell.figure ? ` ${cell.figure}` : ''}`;
      });
      const ok = [...row.values()].filter((c) => c.ok).length;
      right += ok;
      wrong += row.size - ok;
      lines.push(`| ${paper} | ${cells.join(' | ')} | ${ok} | ${row.size - ok} |`);
    }
    lines.push(`total: ${right} right, ${wrong} wrong`);
    return lines.join('\n');
  }
}
