import { describe, expect, it } from 'vitest';
import { findThreads } from './threads.ts';

type Paper = Parameters<typeof findThreads>[0][number];
const paper = (
  slug: string,
  over: { answers?: number; kamervragen?: string | null; ingezonden?: string; names?: string[] } = {},
): Paper => ({
  data: {
    slug,
    kind: 'kamervragen',
    title: 'De wachtlijst',
    dates: {
      ingezonden: over.ingezonden ?? '2024-02-06',
      beantwoord: over.answers ? '2024-02-27' : null,
      verzonden: null,
    },
    questioners: (over.names ?? ['Bontenbal']).map((name) => ({ name, party: 'CDA' })),
    identifiers: { aanhangsel: null, kamervragen: over.kamervragen ?? null, kenmerk: null, kamerstuk: null },
    structure: {
      sections: [],
      questions: [],
      answers: Array.from({ length: over.answers ?? 0 }, () => ({
        id: 'antwoord-1',
        numbers: [1],
        part: null,
        aliases: [],
        questions: [],
        labelled: true,
      })),
      footnotes: 0,
      outline: [],
    },
  },
});

const pairs = (papers: Paper[]) =>
  [...new Set(findThreads(papers).values())].map((t) => [t.questions.data.slug, t.answer.data.slug, t.by]);

describe('findThreads', () => {
  it('joins questions and answer by the Kamervragen number both print', () => {
    const asked = paper('kv', { kamervragen: '2024Z01234', ingezonden: '2024-02-05' });
    const answered = paper('ah', { answers: 1, kamervragen: '2024Z01234' });
    expect(pairs([asked, answered])).toEqual([['kv', 'ah', 'kamervragennummer']]);
  });

  it('joins by date, questioners and subject when no number is printed', () => {
    expect(pairs([paper('kv'), paper('ah', { answers: 1 })])).toEqual([
      ['kv', 'ah', 'datum, vragenstellers en onderwerp'],
    ]);
  });

  it('joins nothing when the printed facts differ or fit more than one paper', () => {
    expect(pairs([paper('kv'), paper('ah', { answers: 1, names: ['Kröger'] })])).toEqual([]);
    expect(pairs([paper('kv'), paper('kv2'), paper('ah', { answers: 1 })])).toEqual([]);
    expect(pairs([paper('kv'), paper('ah', { answers: 1 }), paper('ah2', { answers: 1 })])).toEqual([]);
  });

  it('never joins two answered papers or two papers of questions', () => {
    expect(pairs([paper('a', { answers: 1 }), paper('b', { answers: 1 })])).toEqual([]);
    expect(pairs([paper('a'), paper('b')])).toEqual([]);
  });
});
