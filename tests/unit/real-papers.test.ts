// The converter against the 13 real papers of tests/fixtures/real/: every fact a
// reader takes from each paper (facts.yaml, read by hand) must be in its
// frontmatter and MDX. One test per paper and fact group; afterAll prints the table.
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentFrontmatter } from '../../src/schema/document.ts';
import { summariseMdx } from '../support/mdx-blocks.ts';
import {
  aanhangselOf,
  blockId,
  collapse,
  convertRealPapers,
  lastWord,
  loadFacts,
  REAL_DIR,
  Scoreboard,
  type Converted,
  type PaperFacts,
} from '../support/real-papers.ts';

const facts = loadFacts();
const board = new Scoreboard();
let converted: Map<string, Converted>;

beforeAll(async () => {
  converted = await convertRealPapers(facts);
});
afterAll(() => {
  console.log(board.table('Real papers — frontmatter and MDX against tests/fixtures/real/facts.yaml'));
});

function frontmatter(paper: PaperFacts): DocumentFrontmatter {
  const entry = converted.get(paper.id)!;
  if (!entry.result) throw new Error(`${paper.id} did not convert: ${entry.error}`);
  return entry.result.frontmatter;
}

/**
 * The papers "Zie ook" names, as ids. The schema has no field for them yet; this
 * accepts `seeAlso` (top level or under identifiers) as ids or as { vergaderjaar, nummer }.
 */
function seeAlsoOf(fm: DocumentFrontmatter): string[] {
  return fm.seeAlso.map((entry) => entry.paper);
}

/** The question blocks an answer answers: same first number (or the numbers it stands for) and same part. */
function answeredQuestions(paper: PaperFacts, answer: PaperFacts['answers'][number]): string[] {
  const numbers = answer.numbers.length ? answer.numbers : (answer.answers ?? []);
  return paper.questions
    .filter((q) => numbers.includes(q.numbers[0]!) && (q.part ?? '') === (answer.part ?? ''))
    .map((q) => blockId('vraag', q));
}

describe('the facts file', () => {
  it('covers every real paper once, with consistent footnotes and blocks', () => {
    const files = readdirSync(REAL_DIR)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    expect(facts.map((p) => `${p.id}.txt`).sort()).toEqual(files);
    for (const paper of facts) {
      const blocks = new Set([
        ...paper.questions.map((q) => blockId('vraag', q)),
        ...paper.answers.map((a) => blockId('antwoord', a)),
      ]);
      expect(blocks.size, `${paper.id}: block ids are unique`).toBe(paper.questions.length + paper.answers.length);
      expect(
        paper.footnotes.map((f) => f.n),
        `${paper.id}: notes numbered 1…N`,
      ).toEqual(paper.footnotes.map((_, i) => i + 1));
      for (const note of paper.footnotes)
        expect(
          blocks.has(note.block),
          `${paper.id} note ${note.n}: block ${note.block} is one of the paper's blocks`,
        ).toBe(true);
      for (const key of Object.keys(paper.paragraphs ?? {}))
        expect(blocks.has(key), `${paper.id}: paragraphs of ${key}`).toBe(true);
      expect(paper.seeAlso, `${paper.id}: "Zie ook" never names the paper itself`).not.toContain(paper.id);
    }
  });
});

describe.each(facts.map((paper) => [paper.id, paper] as const))('%s', (id, paper) => {
  it('converts', () => {
    board.check(id, 'converts', () => {
      expect(converted.get(id)!.error, `${id} does not convert`).toBeUndefined();
    });
  });

  it('identity: its own number from header and footer, not the "Zie ook" number', () => {
    board.check(id, 'identity', () => {
      const fm = frontmatter(paper);
      expect(fm.identifiers.aanhangsel, `${id}: identifiers.aanhangsel`).toEqual(aanhangselOf(id));
      expect(fm.slug, `${id}: permalink slug`).toBe(id);
      expect(fm.parliamentaryYear, `${id}: parliamentaryYear`).toBe(aanhangselOf(id).vergaderjaar);
    });
  });

  it('seeAlso: the papers "Zie ook" names, in order, each once', () => {
    board.check(id, 'seeAlso', () => {
      const seeAlso = seeAlsoOf(frontmatter(paper));
      expect(seeAlso, `${id}: frontmatter has no seeAlso list (the ids of the papers "Zie ook" names)`).toBeDefined();
      expect(seeAlso, `${id}: seeAlso`).toEqual(paper.seeAlso);
    });
  });

  it('dates: ingezonden and beantwoord (ontvangen)', () => {
    board.check(id, 'dates', () => {
      const { ingezonden, beantwoord } = frontmatter(paper).dates;
      expect({ ingezonden, beantwoord }, `${id}: dates`).toEqual(paper.dates);
    });
  });

  it('questioners: each person once, with party', () => {
    board.check(id, 'questioners', () => {
      expect(frontmatter(paper).questioners, `${id}: questioners`).toEqual(paper.questioners);
    });
  });

  it('addressees: each minister once', () => {
    board.check(id, 'addressees', () => {
      expect(frontmatter(paper).addressees, `${id}: addressees`).toEqual(paper.addressees);
    });
  });

  it('answeredBy and onBehalfOf', () => {
    board.check(id, 'answeredBy', () => {
      const fm = frontmatter(paper);
      expect(fm.answeredBy, `${id}: answeredBy`).toEqual(paper.answeredBy);
      expect(fm.onBehalfOf, `${id}: onBehalfOf`).toEqual(paper.onBehalfOf);
    });
  });

  it('title: the subject as printed', () => {
    board.check(id, 'title', () => {
      expect(frontmatter(paper).title, `${id}: title`).toBe(paper.title);
    });
  });

  it('questions: ids and numbers in order', () => {
    board.check(id, 'questions', () => {
      const expected = paper.questions.map((q) => ({ id: blockId('vraag', q), numbers: q.numbers }));
      const actual = frontmatter(paper).structure.questions.map((q) => ({ id: q.id, numbers: q.numbers }));
      expect(actual, `${id}: questions`).toEqual(expected);
      return `${expected.length}`;
    });
  });

  it('answers: ids, numbers and the questions they answer, in order', () => {
    board.check(id, 'answers', () => {
      const fm = frontmatter(paper);
      const expected = paper.answers.map((a) => ({
        id: blockId('antwoord', a),
        numbers: a.numbers.length ? a.numbers : a.answers,
        questions: answeredQuestions(paper, a),
      }));
      expect(
        fm.structure.answers.map((a) => ({ id: a.id, numbers: a.numbers, questions: a.questions })),
        `${id}: answers`,
      ).toEqual(expected);
      const answerOf = new Map(expected.flatMap((a) => a.questions.map((q) => [q, a.id] as const)));
      expect(
        Object.fromEntries(fm.structure.questions.map((q) => [q.id, q.answer])),
        `${id}: each question links its answer`,
      ).toEqual(
        Object.fromEntries(
          paper.questions.map((q) => [blockId('vraag', q), answerOf.get(blockId('vraag', q)) ?? null]),
        ),
      );
      return `${expected.length}`;
    });
  });

  it('footnotes: each marker in its block after its word, each definition with its text', () => {
    board.check(id, 'footnotes', () => {
      const entry = converted.get(id)!;
      frontmatter(paper);
      const mdx = summariseMdx(entry.result!.mdx);
      const problems: string[] = [];
      for (const note of paper.footnotes) {
        const refs = mdx.references.filter((r) => r.n === String(note.n));
        const definition = mdx.definitions.get(String(note.n));
        if (refs.length === 0)
          problems.push(`note ${note.n}: no marker (expected in ${note.block} after "${note.after}")`);
        else {
          if (refs.length > 1) problems.push(`note ${note.n}: ${refs.length} markers, the paper prints one`);
          const ref = refs[0]!;
          if (ref.block !== note.block)
            problems.push(`note ${note.n}: marker in ${ref.block ?? 'no block'}, expected ${note.block}`);
          else if (lastWord(ref.before) !== lastWord(note.after))
            problems.push(`note ${note.n}: marker after "${lastWord(ref.before)}", expected after "${note.after}"`);
        }
        if (definition === undefined) problems.push(`note ${note.n}: no definition (expected "${note.text} …")`);
        else if (!collapse(definition).startsWith(collapse(note.text)))
          problems.push(`note ${note.n}: definition "${definition.slice(0, 60)}…", expected "${note.text} …"`);
      }
      const extra = [...new Set(mdx.references.map((r) => r.n))].filter(
        (n) => !paper.footnotes.some((f) => String(f.n) === n),
      );
      for (const n of extra) problems.push(`[^${n}]: a note the paper does not have`);
      const right =
        paper.footnotes.length -
        new Set(problems.filter((p) => p.startsWith('note ')).map((p) => p.split(':')[0])).size;
      board.record(id, 'footnotes', problems.length === 0, `${right}/${paper.footnotes.length}`);
      expect(problems, `${id}: footnotes`).toEqual([]);
      expect(entry.result!.frontmatter.structure.footnotes, `${id}: structure.footnotes`).toBe(paper.footnotes.length);
    });
  });

  it.runIf(paper.paragraphs)('paragraphs: as printed, where the count is certain', () => {
    board.check(id, 'paragraphs', () => {
      const entry = converted.get(id)!;
      frontmatter(paper);
      const blocks = new Map(summariseMdx(entry.result!.mdx).blocks.map((b) => [b.key, b.paragraphs]));
      const expected = paper.paragraphs!;
      const actual = Object.fromEntries(Object.keys(expected).map((key) => [key, blocks.get(key) ?? 0]));
      const right = Object.keys(expected).filter((key) => actual[key] === expected[key]).length;
      board.record(
        id,
        'paragraphs',
        right === Object.keys(expected).length,
        `${right}/${Object.keys(expected).length}`,
      );
      expect(actual, `${id}: paragraphs per answer`).toEqual(expected);
    });
  });
});
