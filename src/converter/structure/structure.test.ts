// Questions and answers as the papers label them: one case per label shape,
// each a small paper and the ids a reader can link to.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDutchSpeller } from '../shared/speller.ts';
import { entityMatcher } from '../links/links.ts';
import { ConversionError } from '../messages.ts';
import { convertDocument, type ConversionContext } from '../pipeline.ts';

let context: ConversionContext;
beforeAll(async () => {
  context = { speller: await loadDutchSpeller(), catalog: new Map(), entities: entityMatcher([]) };
});

const HEADER = [
  'Vragen van het lid Jansen (SP) aan de Minister van Justitie en Veiligheid over een bericht (ingezonden 3 januari 2024).',
  '',
  'Antwoord van Minister Pieters (Justitie en Veiligheid) (ontvangen 5 februari 2024).',
  '',
];
const paper = (...lines: string[]) => new TextEncoder().encode([...HEADER, ...lines, ''].join('\n'));
const convert = (bytes: Uint8Array) => convertDocument('vragen.txt', bytes, context).frontmatter.structure;
const blocks = (structure: ReturnType<typeof convert>) =>
  [...structure.questions, ...structure.answers].map((b) => ({ id: b.id, aliases: b.aliases }));

describe('the structure of Kamervragen', () => {
  it('gives a question repeated per listed item the item of the answer after it ("Vraag 2" … "Antwoord 2l")', () => {
    const s = convert(
      paper(
        'Vraag 1',
        'Welke doelen zijn er?',
        '',
        'Antwoord 1',
        'Deze.',
        '',
        'Vraag 2',
        'Hoe staat het met doel l?',
        '',
        'Antwoord 2l',
        'Goed.',
        '',
        'Vraag 2',
        'Hoe staat het met doel m?',
        '',
        'Antwoord 2m',
        'Slecht.',
        '',
      ),
    );
    expect(blocks(s)).toEqual([
      { id: 'vraag-1', aliases: [] },
      { id: 'vraag-2l', aliases: ['vraag-2'] },
      { id: 'vraag-2m', aliases: [] },
      { id: 'antwoord-1', aliases: [] },
      { id: 'antwoord-2l', aliases: ['antwoord-2'] },
      { id: 'antwoord-2m', aliases: [] },
    ]);
    expect(s.questions.map((q) => q.part)).toEqual([null, 'l', 'm']);
    expect(s.questions.find((q) => q.id === 'vraag-2m')!.answer).toBe('antwoord-2m');
  });

  it('takes "Antwoord" without a number as the answer to the question just before it', () => {
    const s = convert(
      paper(
        'Vraag 1',
        'Is het waar?',
        '',
        'Antwoord 1',
        'Ja.',
        '',
        'Vraag 2',
        'Kunt u dit toezeggen?',
        '',
        'Antwoord',
        'Ja.',
        '',
      ),
    );
    expect(s.answers.map((a) => ({ id: a.id, questions: a.questions }))).toEqual([
      { id: 'antwoord-1', questions: ['vraag-1'] },
      { id: 'antwoord-2', questions: ['vraag-2'] },
    ]);
  });

  it('refuses "Antwoord" without a number when the question before it is answered already', () => {
    const bytes = paper('Vraag 1', 'Is het waar?', '', 'Antwoord 1', 'Ja.', '', 'Antwoord', 'Nogmaals ja.', '');
    expect(() => convert(bytes)).toThrow(ConversionError);
    expect(() => convert(bytes)).toThrow(/vragen\.txt:11:1: an answer label without a number.*\[unnumbered-answer\]/);
  });

  it('makes a grouped answer reachable by every number it answers ("Antwoord 8, 9, 10 en 11")', () => {
    const s = convert(
      paper('Vraag 8, 9, 10 en 11', 'Hoe? Wat? Waarom? Wanneer?', '', 'Antwoord 8, 9, 10 en 11', 'Zo.', ''),
    );
    expect(blocks(s)).toEqual([
      { id: 'vraag-8', aliases: ['vraag-9', 'vraag-10', 'vraag-11'] },
      { id: 'antwoord-8', aliases: ['antwoord-9', 'antwoord-10', 'antwoord-11'] },
    ]);
    expect(s.answers[0]!.numbers).toEqual([8, 9, 10, 11]);
  });

  it('keeps a lettered question label as printed ("Vraag 3a")', () => {
    const s = convert(
      paper(
        'Vraag 3a',
        'Wat?',
        '',
        'Antwoord 3a',
        'Dit.',
        '',
        'Vraag 3b',
        'En wat nog meer?',
        '',
        'Antwoord 3b',
        'Dat.',
        '',
      ),
    );
    expect(blocks(s).map((b) => b.id)).toEqual(['vraag-3a', 'vraag-3b', 'antwoord-3a', 'antwoord-3b']);
  });
});

describe('section titles printed straight above their text', () => {
  const letter = (...lines: string[]) =>
    convertDocument(
      'brief.txt',
      new TextEncoder().encode(['Geachte Voorzitter,', '', ...lines, ''].join('\n')),
      context,
    ).frontmatter.structure.sections.map((s) => s.title);
  const paragraph = [
    'De onderzoekers zien in elk van deze punten een taak voor de overheid en voor',
    'de gemeenten, die de zorg voor de slachtoffers van uitbuiting dragen in de regio.',
  ];

  it('takes a short line after a paragraph’s last sentence, with text after it, for a title', () => {
    expect(letter(...paragraph, 'Data en monitoring', ...paragraph)).toEqual(['Data en monitoring']);
  });

  it('takes no signature for a title: the signer’s office after the name is no paragraph', () => {
    expect(letter(...paragraph, 'Mark Harbers', 'Minister van Justitie en Veiligheid')).toEqual([]);
  });

  it('takes no item of a list after a colon for a title', () => {
    expect(
      letter(...paragraph.slice(0, 1), 'de gemeenten dragen de zorg voor:', 'Opvang en begeleiding', ...paragraph),
    ).toEqual([]);
  });

  it('takes a numbered title right above its first lettered one, but no item of a nested list', () => {
    expect(letter(...paragraph, '3. Nederlandse positie', 'a) Essentie beleid', ...paragraph)).toEqual([
      '3. Nederlandse positie',
      'a) Essentie beleid',
    ]);
    expect(letter(...paragraph, '2. Eerste punt.', '3. Tweede punt', 'a) Deelpunt', ...paragraph)).toEqual([]);
  });

  it('gives Kamervragen no titles this way', () => {
    const s = convertDocument(
      'vragen.txt',
      paper('Vraag 1', 'Welke doelen zijn er?', '', 'Antwoord 1', ...paragraph, 'Data en monitoring', ...paragraph),
      context,
    ).frontmatter.structure;
    expect(s.sections).toEqual([]);
  });
});
