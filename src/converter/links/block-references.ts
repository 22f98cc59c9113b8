// References in a paper's text to the answers of its own questions ("zie het antwoord
// op vragen 8 en 9", "Zoals ik in mijn antwoord op vraag 2 heb aangegeven", "Zoals
// aangegeven onder vraag 3 en 4"), found so that they can link to those blocks.
// Conservative: only these phrasings, and only when every number they name has an
// answer block in the paper; otherwise the words stay as printed.
import type { AnswerFields } from '../types.ts';

export interface BlockReference {
  start: number;
  end: number;
  /** The id of the answer block: "antwoord-8". */
  block: string;
}

const NUMBER_LIST = String.raw`\d+(?:\s*(?:,|en|tot en met|t/m)\s*\d+)*`;
const PHRASES = new RegExp(
  [
    // "het antwoord op vraag 2", "mijn antwoorden op de vragen 3 en 4", "de beantwoording van vraag 7", "hetantwoord op vraag 2"
    String.raw`(?<![\p{L}])(?:(?:het|de|mijn)\s*)?(?:antwoord(?:en)?|beantwoording)\s+(?:op|van|bij|onder)\s+(?:de\s+)?vra(?:ag|gen)\s+(${NUMBER_LIST})`,
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

/** The answer block that answers question n: the one unlettered answer whose numbers hold it. */
function answerFor(n: number, answers: readonly Pick<AnswerFields, 'id' | 'numbers' | 'part'>[]): string | null {
  const holding = answers.filter((a) => a.numbers.includes(n) && a.part === null);
  return holding.length === 1 ? holding[0]!.id : null;
}

/**
 * The references to answers in a run of text. A phrase whose numbers all lead to one answer is one
 * link; one that names several answers links each number to its own.
 */
export function findBlockReferences(
  text: string,
  answers: readonly Pick<AnswerFields, 'id' | 'numbers' | 'part'>[],
): BlockReference[] {
  const found: BlockReference[] = [];
  for (const m of text.matchAll(PHRASES)) {
    const list = m[1] ?? m[2] ?? m[3]!;
    const listStart = m.index + m[0].lastIndexOf(list);
    const numbers = numbersOf(list);
    const blocks = numbers.map(({ n }) => answerFor(n, answers));
    if (numbers.length === 0 || blocks.some((b) => b === null)) continue;
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
