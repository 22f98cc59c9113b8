// References in the text to the paper's own answers ("zie het antwoord op vraag 2")
// become links to those blocks: on the seeds and the real papers, every such phrase read
// by hand from the source files is linked, each link leads to an answer block that
// exists, and nothing else is linked.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlinesInReadingOrder } from '../../src/converter/shared/inlines.ts';
import type { ConversionResult } from '../../src/converter/pipeline.ts';
import { convertSeeds } from '../support/convert-seeds.ts';
import { convertRealPapers, loadFacts } from '../support/real-papers.ts';

/** Per paper, each phrase as printed, in reading order, with the answer block it means. */
const EXPECTED: Record<string, [string, string][]> = {
  // 000 answer 5 (line 87): "zie de antwoorden op vragen 6 en 7": answers 6 and 7 are separate blocks.
  '000': [
    ['6', 'antwoord-6'],
    ['7', 'antwoord-7'],
  ],
  // 002 (line 93): "ook het antwoord op vragen 8 en 9", one answer to both.
  '002': [['het antwoord op vragen 8 en 9', 'antwoord-8']],
  // 004 lines 49 and 64: "Zoals aangegeven onder vraag 3 en 4", "Zoals bij het antwoord onder vraag 3 en 4";
  // line 70's "Indien het antwoord op vraag 8 ja is" stands in a question, which asks about the answer.
  '004': [
    ['onder vraag 3 en 4', 'antwoord-3'],
    ['het antwoord onder vraag 3 en 4', 'antwoord-3'],
  ],
  'ah-tk-20232024-1108': [
    ['het antwoord op vraag 2', 'antwoord-2'],
    ['het antwoord op vraag 9', 'antwoord-9'],
  ],
  // "Antwoord 6 en 7" is one block.
  'ah-tk-20232024-1296': [['mijn antwoord op vraag 6 en 7', 'antwoord-6']],
  'ah-tk-20232024-2110': [
    ['3', 'antwoord-3'],
    ['4', 'antwoord-4'],
    ['mijn antwoord op vraag 7', 'antwoord-7'],
    ['mijn antwoord op vraag 7', 'antwoord-7'],
    ['mijn antwoord op vraag 2', 'antwoord-2'],
    ['mijn antwoord op vraag 8', 'antwoord-8'],
    ['mijn antwoord op vraag 8', 'antwoord-8'],
  ],
  // In answer 1: "Bij de beantwoording van vraag 7 worden de werkzaamheden … toegelicht".
  'ah-tk-20232024-2267': [['de beantwoording van vraag 7', 'antwoord-7']],
  // "in hetantwoord op vraag 2" as extracted: the glued article does not hide the phrase.
  'ah-tk-20232024-2352': [['het antwoord op vraag 2', 'antwoord-2']],
  'ah-tk-20232024-971': [['het antwoord op vraag 2', 'antwoord-2']],
  // 1770's "Zoals reeds bij vraag 2 is aangegeven" stays text: question 2 has four answers (2l, 2m, 2n, 2o).
};

const papers = new Map<string, ConversionResult>();

beforeAll(async () => {
  for (const [key, result] of await convertSeeds()) papers.set(key, result);
  for (const [id, converted] of await convertRealPapers(loadFacts()))
    if (converted.result) papers.set(id, converted.result);
}, 120_000);

/** Every link to an answer of the paper itself, as [shown text, block id]. */
function answerLinks(result: ConversionResult): [string, string][] {
  return inlinesInReadingOrder(result.document).flatMap(({ inlines }) =>
    inlines.flatMap((i): [string, string][] =>
      i.type === 'reference' && i.target.startsWith('#antwoord-')
        ? [[i.text.replace(/\s+/g, ' '), i.target.slice(1)]]
        : [],
    ),
  );
}

describe('links to answers in the same paper', () => {
  it('converts all 5 seeds and 13 real papers', () => {
    expect(papers.size).toBe(18);
  });

  it('links each phrase read by hand, and nothing else', () => {
    for (const [key, result] of papers) expect(answerLinks(result), key).toEqual(EXPECTED[key] ?? []);
  });

  it('leads every link to an answer block the page has', () => {
    let count = 0;
    for (const [key, result] of papers) {
      const ids = new Set(result.frontmatter.structure.answers.flatMap((a) => [a.id, ...a.aliases]));
      for (const [, block] of answerLinks(result)) {
        expect(ids.has(block), `${key}: #${block}`).toBe(true);
        count++;
      }
    }
    console.log(`links to answers: ${count}, all resolving`);
    expect(count).toBe(Object.values(EXPECTED).flat().length);
  });
});
