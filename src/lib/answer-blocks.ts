// Which answer block of a paper answers a question: shared by the converter, which links
// "zie het antwoord op vraag 8" within a paper, and the site, which links a citation of
// another paper's answer into that paper's page.

interface AnswerBlock {
  id: string;
  numbers: readonly number[];
  part: string | null;
}

/** The one unlettered answer whose numbers hold question n; null when none does, or several do. */
export function answerFor<A extends AnswerBlock>(n: number, answers: readonly A[]): A | null {
  const holding = answers.filter((a) => a.numbers.includes(n) && a.part === null);
  return holding.length === 1 ? holding[0]! : null;
}
