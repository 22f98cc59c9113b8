// References in a paper's text to answers ("zie het antwoord op vragen 8 en 9", "Zoals
// ik in mijn antwoord op vraag 2 heb aangegeven", "Zoals aangegeven onder vraag 3 en 4"),
// found so that they can link to those blocks: of the paper itself, or of the paper the
// words go on to cite ("het antwoord op vraag 3 van het lid Kuiken (Aanhangsel …, nr. 12)").
// Conservative: only these phrasings; an answer of the paper itself only when every number
// named has an answer block in it; words that name another paper without citing it, or
// cite it after another sentence has begun, stay as printed.
import { answerFor } from '../../lib/answer-blocks.ts';
import { sentenceBounds } from '../../lib/sentences.ts';
import type { AnswerFields } from '../types.ts';

export type BlockReference =
  /** An answer of the paper itself: its block id, "antwoord-8". */
  | { start: number; end: number; block: string }
  /** An answer in another paper: that paper's id, and the number of the question it answers. */
  | { start: number; end: number; paper: string; question: number };

/** A citation of a paper in the same text, as the links stage found it. */
export interface CitationInText {
  start: number;
  end: number;
  paper: string;
}

const NUMBER_LIST = String.raw`\d+(?:\s*(?:,|en|tot en met|t/m)\s*\d+)*`;
const PHRASES = new RegExp(
  [
    // "het antwoord op vraag 2", "Het antwoord op vraag 5", "mijn antwoorden op de vragen 3 en 4", "de beantwoording van vraag 7", "hetantwoord op vraag 2"
    String.raw`(?<![\p{L}])(?:(?:[Hh]et|[Dd]e|[Mm]ijn)\s*)?(?:antwoord(?:en)?|beantwoording)\s+(?:op|van|bij|onder)\s+(?:de\s+)?vra(?:ag|gen)\s+(${NUMBER_LIST})`,
    // "Zoals aangegeven onder vraag 3 en 4", "Zoals reeds bij vraag 2 is aangegeven": the answer given there.
    String.raw`(?<=\b[Zz]oals\s+(?:(?:reeds|eerder|al)\s+)?(?:aangegeven\s+)?)(?:onder|bij)\s+vra(?:ag|gen)\s+(${NUMBER_LIST})`,
    // "zoals ik in antwoord 3 heb aangegeven", "zie antwoord 4"
    String.raw`(?<=\b(?:[Ii]n|[Zz]ie)\s+(?:(?:het|mijn)\s+)?)antwoord(?:en)?\s+(${NUMBER_LIST})(?![\p{L}\d])`,
  ].join('|'),
  'gu',
);

/** The numbers of a printed list: "8 en 9" → [8, 9], "3 tot en met 5" → [3, 4, 5], each with its place in the list. */
function numbersOf(list: string): { n: number; start: number; end: number }[] {
  const printed = [...list.matchAll(/\d+/g)].map((m) => ({
    n: Number(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
  const numbers: { n: number; start: number; end: number }[] = [];
  printed.forEach((number, i) => {
    const previous = printed[i - 1];
    const between = previous ? list.slice(previous.end, number.start) : '';
    // A range links each answer it spans, all at the printed last number; an absurd one links nothing.
    if (previous && /tot en met|t\/m/.test(between) && number.n > previous.n && number.n - previous.n <= 50)
      for (let n = previous.n + 1; n < number.n; n++) numbers.push({ n, start: number.start, end: number.end });
    numbers.push(number);
  });
  return numbers;
}

// Words after the numbers that say the questions are another paper's: whose they were ("van het
// lid", "van de leden"), where they were answered ("in mijn brief", "in het verslag"), or when.
const ANOTHER_PAPERS =
  /^[\s,]*(?:(?:van|uit|in|bij|op)\s+(?:het\s+lid|de\s+leden|de\s+(?:schriftelijke\s+)?(?:kamer)?vragen|(?:mijn|de|het)\s+(?:eerdere\s+)?(?:brief|verslag|beantwoording|nota)|kamerstuk|aanhangsel|handelingen)|van\s+\d{1,2}\s+\p{L}+\s+(?:19|20)\d\d)/iu;
// What may stand between the numbers and a citation that directly names their paper: "(", "in", "uit".
const DIRECTLY_BEFORE_CITATION = /^[\s,(]*(?:(?:in|uit|van)\s+)?$/i;

/**
 * The paper whose answers the words name, when not the paper itself: the citation the same
 * sentence goes on to, after words that say so or directly. `null` when the words name the
 * paper's own answers; `undefined` when they name another paper without citing it.
 */
function citedPaper(text: string, end: number, citations: readonly CitationInText[]): string | null | undefined {
  const sentenceEnd = sentenceBounds(text, end).end;
  const next = citations.find((c) => c.start >= end && c.start < sentenceEnd);
  const namesAnother = ANOTHER_PAPERS.test(text.slice(end, sentenceEnd));
  if (next && (namesAnother || DIRECTLY_BEFORE_CITATION.test(text.slice(end, next.start)))) return next.paper;
  return namesAnother ? undefined : null;
}

/**
 * The references to answers in a run of text. A phrase whose numbers all lead to one answer is one
 * link; one that names several answers of the paper itself links each number to its own. A phrase
 * that names another paper's answers is one link, to the answer of the first number.
 */
export function findBlockReferences(
  text: string,
  answers: readonly Pick<AnswerFields, 'id' | 'numbers' | 'part'>[],
  citations: readonly CitationInText[],
): BlockReference[] {
  const found: BlockReference[] = [];
  for (const m of text.matchAll(PHRASES)) {
    const list = m[1] ?? m[2] ?? m[3]!;
    const listStart = m.index + m[0].lastIndexOf(list);
    const numbers = numbersOf(list);
    const paper = citedPaper(text, m.index + m[0].length, citations);
    if (paper === undefined || numbers.length === 0) continue;
    if (paper !== null) {
      found.push({ start: m.index, end: m.index + m[0].length, paper, question: numbers[0]!.n });
      continue;
    }
    const blocks = numbers.map(({ n }) => answerFor(n, answers)?.id ?? null);
    if (blocks.some((b) => b === null)) continue;
    if (new Set(blocks).size === 1) {
      found.push({ start: m.index, end: m.index + m[0].length, block: blocks[0]! });
      continue;
    }
    numbers.forEach(({ start, end }, i) => {
      const previous = found.at(-1);
      // The numbers within a range share one place: the range's last answer is its link.
      if (previous && previous.start === listStart + start) found.pop();
      found.push({ start: listStart + start, end: listStart + end, block: blocks[i]! });
    });
  }
  return found;
}
