// Every real original (../shared/real-sources/) as each common extractor gives it
// (tests/fixtures/extractors/texts/<paper>/<extractor>.txt) through the converter, each cell held
// to what a reader takes from the original file (tests/fixtures/extractors/facts/<paper>.yaml).
// The test prints the matrix, paper × extractor: ✔, or the fact groups that are not right.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/converter/batch/catalog.ts';
import { ConversionError } from '../../src/converter/messages.ts';
import { entityMatcher } from '../../src/converter/links/links.ts';
import { type ConversionResult, convertDocument } from '../../src/converter/pipeline.ts';
import { loadDutchSpeller } from '../../src/converter/shared/speller.ts';
import { loadEntities } from '../../src/lib/entities.ts';
import { compare, sourceText, words } from '../browser/fidelity.ts';
import { type ExtractorFacts, loadExtractorFacts } from '../support/extractor-facts.ts';
import { collapse, lastWord } from '../support/real-papers.ts';

const TEXTS = 'tests/fixtures/extractors/texts';

/** The fact groups of one cell, in the matrix's order. */
const GROUPS = ['converted', 'words', 'identity', 'dates', 'blocks', 'footnotes', 'headings'] as const;
type Group = (typeof GROUPS)[number];

interface Cell {
  paper: string;
  extractor: string;
  /** The groups that are not right, each with what is wrong. */
  wrong: Partial<Record<Group, string>>;
  /** The converter refused it: a message, not a crash. */
  refused?: string;
  footnotes: { placed: number; expected: number };
}

/** The own id a paper's frontmatter gives, in the facts' form. */
function officialId(result: ConversionResult): string | null {
  const { aanhangsel, kamerstuk } = result.frontmatter.identifiers;
  if (aanhangsel) return `ah-tk-${aanhangsel.vergaderjaar.replace('-', '')}-${aanhangsel.nummer}`;
  if (kamerstuk) return `kst-${kamerstuk.dossier.replace(/\s+/g, '')}-${kamerstuk.nummer}`;
  return null;
}

const comparable = (text: string | null) =>
  text === null
    ? null
    : collapse(text)
        .replace(/[.:;,]+$/, '')
        .toLowerCase();

/** What is wrong with the cell's identity: own id, Kamervragen number, kenmerk, title. */
function identityProblems(facts: ExtractorFacts, result: ConversionResult): string[] {
  const { frontmatter } = result;
  const problems: string[] = [];
  if (officialId(result) !== facts.ids.official) problems.push(`id ${officialId(result)}`);
  if (facts.ids.kamervragen && frontmatter.identifiers.kamervragen !== facts.ids.kamervragen)
    problems.push(`nr ${frontmatter.identifiers.kamervragen}`);
  if (facts.ids.kenmerk && frontmatter.identifiers.kenmerk !== facts.ids.kenmerk)
    problems.push(`kenmerk ${frontmatter.identifiers.kenmerk}`);
  const title = comparable(facts.title);
  if (title && ![frontmatter.subject, frontmatter.title].some((t) => comparable(t) === title)) problems.push('title');
  return problems;
}

function dateProblems(facts: ExtractorFacts, result: ConversionResult): string[] {
  return (['ingezonden', 'beantwoord', 'verzonden'] as const)
    .filter((field) => facts.dates[field] !== null && result.frontmatter.dates[field] !== facts.dates[field])
    .map((field) => `${field} ${result.frontmatter.dates[field]}`);
}

/** Question labels and, per answer, the questions it answers, as the frontmatter gives them. */
function blockProblems(facts: ExtractorFacts, result: ConversionResult): string[] {
  const { questions, answers } = result.frontmatter.structure;
  const problems: string[] = [];
  // The facts list each question number once, a label that groups several ("Vraag 3, 4 en 5") too.
  const questionLabels = questions.flatMap((q) => q.numbers.map((n) => `${n}${q.part ?? ''}`));
  const expectedQuestions = facts.questions;
  if (questionLabels.join(' ') !== expectedQuestions.join(' '))
    problems.push(`questions ${questionLabels.length}/${expectedQuestions.length}`);
  const answerNumbers = answers.map((a) => a.numbers.map((n) => `${n}${a.part ?? ''}`).join(','));
  const expectedAnswers = facts.answers.map((numbers) => numbers.join(','));
  if (answerNumbers.join(' ') !== expectedAnswers.join(' '))
    problems.push(`answers ${answerNumbers.length}/${expectedAnswers.length}`);
  return problems;
}

/**
 * Footnotes whose marker stands right after the word the original prints before it, taken in order:
 * the i-th marker of the page against the i-th note of the original (a Word answer file numbers the
 * references of its questions and the notes of its answers each from 1; the page numbers them through).
 */
function placedFootnotes(facts: ExtractorFacts, result: ConversionResult): number {
  const body = result.mdx.slice(result.mdx.indexOf('\n---', 3) + 4);
  const seen = new Set<string>();
  const markers: number[] = [];
  for (const m of body.matchAll(/\[\^(\w+)\](?!:)/g))
    if (!seen.has(m[1]!)) {
      seen.add(m[1]!);
      markers.push(m.index);
    }
  return facts.footnotes.filter((note, i) => {
    const at = markers[i];
    return at !== undefined && lastWord(body.slice(Math.max(0, at - 200), at)) === lastWord(note.after);
  }).length;
}

function headingProblems(facts: ExtractorFacts, result: ConversionResult): string[] {
  const titles = result.frontmatter.structure.sections.map((s) => comparable(s.title));
  const missing = facts.headings.filter((h) => !titles.includes(comparable(h)));
  return missing.length ? [`${facts.headings.length - missing.length}/${facts.headings.length}`] : [];
}

/**
 * The words of the source's body that the MDX body lacks, in reading order. Words with letters only:
 * numbers are compared on the rendered page (tests/browser/fidelity.test.ts), where a footnote marker
 * is a number of its own, as the source prints it, and not MDX's [^n] beside a year.
 */
function wordsLost(source: string, result: ConversionResult): string[] {
  const { body } = sourceText(source, result);
  const mdxBody = result.mdx.slice(result.mdx.indexOf('\n---', 3) + 4).replace(/\[\^\d+\]/g, ' ');
  const lettered = (tokens: string[]) => tokens.filter((t) => /\p{L}/u.test(t));
  return compare(lettered(body), lettered(words(mdxBody))).missing;
}

function checkCell(
  paper: string,
  extractor: string,
  facts: ExtractorFacts,
  convert: (file: string, bytes: Buffer) => ConversionResult,
): Cell {
  const bytes = readFileSync(join(TEXTS, paper, `${extractor}.txt`));
  const cell: Cell = { paper, extractor, wrong: {}, footnotes: { placed: 0, expected: facts.footnotes.length } };
  let result: ConversionResult;
  try {
    result = convert(`${paper}.txt`, bytes);
  } catch (error) {
    // A refusal is a ConversionError with its message; anything else is a bug and fails the test.
    if (!(error instanceof ConversionError)) throw error;
    cell.refused = error.message.split('\n')[0]!;
    cell.wrong.converted = cell.refused;
    return cell;
  }
  const note = (group: Group, problems: string[]) => {
    if (problems.length) cell.wrong[group] = problems.join(', ');
  };
  const lost = wordsLost(bytes.toString('utf8'), result);
  note('words', lost.length ? [`${lost.length} lost (${lost.slice(0, 3).join(' ')})`] : []);
  note('identity', identityProblems(facts, result));
  note('dates', dateProblems(facts, result));
  note('blocks', blockProblems(facts, result));
  cell.footnotes.placed = placedFootnotes(facts, result);
  note(
    'footnotes',
    cell.footnotes.placed < facts.footnotes.length ? [`${cell.footnotes.placed}/${facts.footnotes.length}`] : [],
  );
  note('headings', headingProblems(facts, result));
  return cell;
}

function matrixTable(cells: readonly Cell[], extractors: readonly string[]): string {
  const papers = [...new Set(cells.map((c) => c.paper))];
  const lines = [`| paper | ${extractors.join(' | ')} |`, `| --- |${extractors.map(() => ' --- |').join('')}`];
  for (const paper of papers) {
    const row = extractors.map((extractor) => {
      const cell = cells.find((c) => c.paper === paper && c.extractor === extractor);
      if (!cell) return '';
      const wrong = Object.entries(cell.wrong);
      return wrong.length ? wrong.map(([group, what]) => `${group}: ${what}`).join('; ') : '✔';
    });
    lines.push(`| ${paper} | ${row.join(' | ')} |`);
  }
  return lines.join('\n');
}

describe('every real paper through every extractor', () => {
  const facts = loadExtractorFacts();
  const cells: Cell[] = [];
  let extractors: string[] = [];

  beforeAll(async () => {
    const speller = await loadDutchSpeller();
    const context = { speller, catalog: new Map() as Catalog, entities: entityMatcher(loadEntities()) };
    const convert = (file: string, bytes: Buffer) => convertDocument(file, bytes, context);
    for (const [paper, paperFacts] of facts) {
      const folder = join(TEXTS, paper);
      if (!existsSync(folder)) continue;
      for (const file of readdirSync(folder).sort())
        cells.push(checkCell(paper, file.slice(0, -'.txt'.length), paperFacts, convert));
    }
    extractors = [...new Set(cells.map((c) => c.extractor))].sort();
    const right = cells.filter((c) => Object.keys(c.wrong).length === 0).length;
    const placed = cells.reduce((n, c) => n + c.footnotes.placed, 0);
    const expected = cells.reduce((n, c) => n + c.footnotes.expected, 0);
    console.log(
      `${matrixTable(cells, extractors)}\n\nfully right: ${right} of ${cells.length} cells (${((100 * right) / cells.length).toFixed(0)} %); ` +
        `refused: ${cells.filter((c) => c.refused).length}; footnotes placed at their marker: ${placed} of ${expected}` +
        ` (${expected ? ((100 * placed) / expected).toFixed(0) : 100} %)`,
    );
  });

  it('has facts and texts for every original', () => {
    expect(facts.size).toBeGreaterThanOrEqual(29);
    expect(extractors).toEqual(
      expect.arrayContaining(['pdftotext', 'pdftotext-layout', 'pdfminer', 'pypdf', 'pandoc']),
    );
    for (const paper of facts.keys())
      expect(
        cells.some((c) => c.paper === paper) || facts.get(paper)!.notes !== undefined,
        `${paper} has extractor texts, or notes why none`,
      ).toBe(true);
  });

  it('converts every cell or refuses it with a message, never a crash', () => {
    // checkCell lets anything but a ConversionError through: a crash fails beforeAll.
    expect(cells.length).toBeGreaterThan(100);
  });

  it('keeps every word of every paper it converts, whatever the extractor', () => {
    const losing = cells.filter((c) => c.wrong.words).map((c) => `${c.paper} ${c.extractor}: ${c.wrong.words}`);
    expect(losing).toEqual([]);
  });
});
