import { describe, expect, it } from 'vitest';
import { answerListsPages, type AnswerLists } from './answer-lists.ts';

// Only the lengths and order matter to the paging: stand-ins for the answers and questions.
const lists = (answers: number, undated: number, open: number) =>
  ({
    answers: Array.from({ length: answers }, (_, i) => ({ doc: { slug: `a${i}` } })),
    undated: Array.from({ length: undated }, (_, i) => ({ slug: `u${i}` })),
    open: Array.from({ length: open }, (_, i) => ({ doc: { slug: `o${i}` }, days: i })),
    reference: '2024-01-01',
  }) as unknown as AnswerLists;

describe('answerListsPages', () => {
  it('puts the N-th stretch of each list on page N, as many pages as the longest list needs', () => {
    const pages = answerListsPages(lists(5, 1, 3), 2);
    expect(pages.map((p) => [p.number, p.count, p.answers.length, p.undated.length, p.open.length])).toEqual([
      [1, 3, 2, 1, 2],
      [2, 3, 2, 0, 1],
      [3, 3, 1, 0, 0],
    ]);
    expect(pages.flatMap((p) => p.answers.map((a) => a.doc.slug))).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
  });

  it('gives empty lists one page', () => {
    expect(answerListsPages(lists(0, 0, 0), 2).map((p) => [p.number, p.count])).toEqual([[1, 1]]);
  });
});
