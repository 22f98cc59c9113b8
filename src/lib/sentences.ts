// The sentence around a place in a text: from the previous sentence end to the next.
// Dots in abbreviations ("a.s.", "jl.", "nr.", "o.a.") do not end a sentence.
const ABBREVIATIONS =
  /\b(?:a\.s|jl|nr|p|pag|blz|o\.a|c\.q|e\.d|bijv|i\.p\.v|m\.b\.t|t\.a\.v|d\.w\.z|z\.g\.a\.n|mr|dr|drs|ir|prof|St|c\.s)\./g;

export function sentenceAround(text: string, offset: number): string {
  const { start, end } = sentenceBounds(text, offset);
  return text.slice(start, end).trim();
}

/** Where the sentence around a place starts and ends (after its closing mark), by the rule above. */
export function sentenceBounds(text: string, offset: number): { start: number; end: number } {
  const masked = text.replace(ABBREVIATIONS, (m) => m.replace(/\./g, '\u2024'));
  const before = masked.slice(0, offset);
  const start = Math.max(before.search(/[.?!]\s+(?=[^.?!]*$)/) + 1, 0);
  const after = masked.slice(offset).search(/[.?!](?:\s|$)/);
  return { start, end: after === -1 ? text.length : offset + after + 1 };
}

/** Every sentence of a text, in order, by the same rule as sentenceAround. */
export function sentencesOf(text: string): string[] {
  const masked = text.replace(ABBREVIATIONS, (m) => m.replace(/\./g, '\u2024'));
  const sentences: string[] = [];
  let start = 0;
  // A sentence end glued to the next sentence ("35%.Binnenkort"), as some extractors print a line break.
  for (const end of masked.matchAll(/[.?!](?:\s+|$)|(?<=[\p{Ll}%)])\.(?=\p{Lu}\p{Ll}{2,})/gu)) {
    const sentence = text.slice(start, end.index + 1).trim();
    if (sentence) sentences.push(sentence);
    start = end.index + end[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
