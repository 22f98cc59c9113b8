import { describe, expect, it } from 'vitest';
import type { DocumentEntry } from './documents.ts';
import { promiseDocuments, promiseGroups, promiser } from './promise-lists.ts';

const entry = (slug: string, promises: number, who: { answeredBy?: object; sender?: object }) =>
  ({
    data: { slug, promises: Array.from({ length: promises }, () => ({})), answeredBy: null, sender: null, ...who },
  }) as unknown as DocumentEntry;

const entries = [
  entry('a', 1, { answeredBy: { role: 'Staatssecretaris', name: 'Van der Burg' } }),
  entry('b', 0, { answeredBy: { role: 'Minister', name: 'Grapperhaus' } }),
  entry('c', 2, { sender: { name: 'A. Brief' } }),
  entry('d', 1, { answeredBy: { role: 'Staatssecretaris', name: 'Van der Burg' } }),
  entry('e', 1, {}),
];

describe('promiser', () => {
  it('names the member of the cabinet who answered, else the sender, else says neither is printed', () => {
    expect(entries.map((e) => promiser(e.data))).toEqual([
      'Staatssecretaris Van der Burg',
      'Minister Grapperhaus',
      'A. Brief',
      'Staatssecretaris Van der Burg',
      'Bewindspersoon niet op het stuk vermeld',
    ]);
  });
});

describe('promiseDocuments and promiseGroups', () => {
  it('keep the documents with promises, person by person in name order, each person in the given order', () => {
    const documents = promiseDocuments(entries);
    expect(documents.map((d) => d.slug)).toEqual(['c', 'e', 'a', 'd']);
    // A page that starts inside a person's documents shows that person's heading again.
    expect(promiseGroups(documents.slice(3)).map((g) => [g.person, g.documents.map((d) => d.slug)])).toEqual([
      ['Staatssecretaris Van der Burg', ['d']],
    ]);
  });
});
