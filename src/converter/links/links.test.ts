// Mentions of entities: Dutch word boundaries, case, longest name first.
import { describe, expect, it } from 'vitest';
import { parseEntities } from '../../lib/entities.ts';
import { entityMatcher, linkDocument } from './links.ts';
import type { Inline, ResolvedDocument } from '../types.ts';

const matcher = entityMatcher(
  parseEntities(`
personen:
  van-der-steur: { name: Ard van der Steur, names: [Van der Steur, van der Steur], description: x }
partijen:
  groenlinks-pvda: { name: GroenLinks-PvdA, names: [GroenLinks-PvdA], description: x }
  pvda: { name: PvdA, names: [PvdA], description: x }
organisaties:
  om: { name: Openbaar Ministerie, names: [Openbaar Ministerie, OM], description: x }
  coa: { name: COA, names: [COA], description: x }
  jenv: { name: Ministerie van Justitie en Veiligheid, names: [Justitie en Veiligheid, Veiligheid en Justitie], description: x }
`),
);

function mentionsIn(text: string): { entity: string; text: string }[] {
  const document = {
    body: [{ type: 'paragraph', content: [{ type: 'text', value: text }] }],
    footnotes: [],
  } as unknown as ResolvedDocument;
  return linkDocument(document, matcher).mentions.map(({ entity, text }) => ({ entity, text }));
}

describe('entity matching', () => {
  it('never matches an abbreviation inside a longer word', () => {
    expect(mentionsIn('de OMM-plaatsen en de OMMEN, het COAX-team, COAs')).toEqual([]);
    expect(mentionsIn('het OM vervolgt; de COA-opvang')).toEqual([
      { entity: 'organisaties/om', text: 'OM' },
      { entity: 'organisaties/coa', text: 'COA' },
    ]);
  });
  it('respects case: "om" is a word, not the OM', () => {
    expect(mentionsIn('om die reden')).toEqual([]);
  });
  it('maps a fractie to the right party, longest name first', () => {
    expect(mentionsIn('De leden van de GroenLinks-PvdA-fractie en de PvdA-fractie')).toEqual([
      { entity: 'partijen/groenlinks-pvda', text: 'GroenLinks-PvdA' },
      { entity: 'partijen/pvda', text: 'PvdA' },
    ]);
  });
  it('finds names with possessives and after a prefix', () => {
    expect(mentionsIn("oud-minister Van der Steur's rapport")).toEqual([
      { entity: 'personen/van-der-steur', text: 'Van der Steur' },
    ]);
  });
  it('treats old and new ministry names as one ministry', () => {
    expect(
      mentionsIn('de Staatssecretaris van Veiligheid en Justitie en later Justitie en Veiligheid').map((m) => m.entity),
    ).toEqual(['organisaties/jenv', 'organisaties/jenv']);
  });
  it('links only the first mention of an entity in a block', () => {
    const document = {
      body: [
        {
          type: 'answer',
          id: 'antwoord-1',
          numbers: [1],
          questions: [],
          labelled: true,
          paragraphs: [[{ type: 'text', value: 'Het OM en nog eens het OM.' }]],
        },
      ],
      footnotes: [],
    } as unknown as ResolvedDocument;
    const linked = linkDocument(document, matcher);
    const paragraph = (linked.body[0] as { paragraphs: Inline[][] }).paragraphs[0]!;
    expect(paragraph.filter((i) => i.type === 'mention')).toHaveLength(1);
    expect(linked.mentions).toHaveLength(2);
    expect(linked.mentions[0]).toMatchObject({ block: 'antwoord-1', sentence: 'Het OM en nog eens het OM.' });
  });
});
