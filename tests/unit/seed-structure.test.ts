// The structure each seed must have, as read from the seeds by hand (issue 3).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversionResult } from '../../src/converter/pipeline.ts';
import { convertSeeds } from '../support/convert-seeds.ts';

let seeds: Map<string, ConversionResult>;
beforeAll(async () => {
  seeds = await convertSeeds();
});

const fm = (seed: string) => seeds.get(seed)!.frontmatter;
const answerNumbers = (seed: string) => fm(seed).structure.answers.map((a) => a.numbers);
const questionIds = (seed: string) => fm(seed).structure.questions.map((q) => q.id);

function report(seed: string) {
  const s = fm(seed).structure;
  console.log(
    `${seed}: ${s.questions.length} questions, ${s.answers.length} answers (${s.answers.filter((a) => !a.labelled).length} unlabelled), ${s.sections.length} sections, ${s.footnotes} footnotes`,
  );
}

describe('000: Kamervragen Jasper van Dijk (SP), 2017', () => {
  it('has its metadata', () => {
    report('000');
    const d = fm('000');
    expect(d.kind).toBe('kamervragen');
    expect(d.title).toBe('Mensenhandel met het oogmerk van orgaanverwijdering');
    expect(d.questioners).toEqual([{ name: 'Jasper van Dijk', party: 'SP' }]);
    expect(d.dates).toEqual({ ingezonden: '2017-09-19', beantwoord: '2017-11-10', verzonden: null });
    // "Zie ook … nr. 172" names another paper; 000 prints no number of its own.
    expect(d.identifiers.aanhangsel).toBeNull();
    expect(d.seeAlso).toEqual([
      { paper: 'ah-tk-20172018-172', text: 'Aanhangsel Handelingen, vergaderjaar 2017–2018, nr. 172' },
    ]);
    expect(d.slug).toBe('kamervragen-2017-11-10');
    expect(d.answeredBy).toEqual({ role: 'Staatssecretaris', name: 'Harbers', ministry: 'Justitie en Veiligheid' });
    expect(d.onBehalfOf).toEqual(['Minister van Buitenlandse Zaken']);
  });
  it('has 7 questions, 7 answers and 4 footnotes', () => {
    expect(questionIds('000')).toEqual(['vraag-1', 'vraag-2', 'vraag-3', 'vraag-4', 'vraag-5', 'vraag-6', 'vraag-7']);
    expect(answerNumbers('000')).toEqual([[1], [2], [3], [4], [5], [6], [7]]);
    expect(fm('000').structure.footnotes).toBe(4);
  });
});

describe('001: letter of the Nationaal Rapporteur, 2017', () => {
  it('has its letterhead as metadata', () => {
    report('001');
    const d = fm('001');
    expect(d.kind).toBe('brief');
    expect(d.title).toBe('Algemeen Overleg mensenhandel');
    expect(d.dates.verzonden).toBe('2017-02-13');
    expect(d.identifiers.kenmerk).toBe('10008');
    expect(d.sender).toEqual({
      name: 'Corinne Dettmeijer-Vermeulen',
      role: 'Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen',
    });
    expect(d.recipient).toBe('de Voorzitter van de Tweede Kamer der Staten-Generaal');
  });
  it('has sections Ad 1 … Ad 5 and Tot slot, no footnotes, and no furniture left', () => {
    const titles = fm('001').structure.sections.map((s) => s.title);
    expect(titles.map((t) => t.split(/\s/).slice(0, 2).join(' '))).toEqual([
      'Ad 1)',
      'Ad 2)',
      'Ad 3)',
      'Ad 4',
      'Ad 5',
      'Tot slot',
    ]);
    expect(fm('001').structure.footnotes).toBe(0);
    const body = seeds.get('001')!.mdx.split('\n---\n')[1]!;
    for (const furniture of [
      /Pagina \d van 5/,
      /Retouradres/,
      /Ons kenmerk/,
      /Turfmarkt/,
      /Bij beantwoording/,
      /Postbus/,
      /^Datum/m,
      /070 370/,
    ])
      expect(body).not.toMatch(furniture);
  });
});

describe('002: Kamervragen Van der Steur (VVD), 2012–2013', () => {
  it('has its metadata', () => {
    report('002');
    const d = fm('002');
    expect(d.questioners).toEqual([{ name: 'Van der Steur', party: 'VVD' }]);
    expect(d.dates).toEqual({ ingezonden: '2012-12-28', beantwoord: '2013-02-08', verzonden: null });
    expect(d.identifiers.aanhangsel).toBeNull();
    expect(d.seeAlso.map((s) => s.paper)).toEqual(['ah-tk-20122013-903']);
    expect(d.slug).toBe('kamervragen-2013-02-08');
  });
  it('has questions 1–9, answer blocks 1, 2–4, 5, 6, 7, 8–9, and 4 footnotes', () => {
    expect(questionIds('002')).toEqual([
      'vraag-1',
      'vraag-2',
      'vraag-3',
      'vraag-4',
      'vraag-5',
      'vraag-6',
      'vraag-7',
      'vraag-8',
      'vraag-9',
    ]);
    expect(answerNumbers('002')).toEqual([[1], [2, 3, 4], [5], [6], [7], [8, 9]]);
    expect(fm('002').structure.questions.find((q) => q.id === 'vraag-3')!.answer).toBe('antwoord-2');
    expect(fm('002').structure.footnotes).toBe(4);
  });
});

describe('003: answers to the schriftelijk overleg on the Actieplan, 2024', () => {
  it('has its sections', () => {
    report('003');
    const titles = fm('003').structure.sections.map((s) => s.title);
    expect(titles).toEqual([
      'Inleiding',
      'Vragen en antwoorden',
      'I. Mensenhandel',
      '1. Beschikbare middelen voor de uitvoering van het Actieplan',
      '2. Proces',
      '3. Internationale aanpak',
      '4. Opvang',
      '5. Klanten',
      '6. Dader aanpak',
      '7. Arbeidsuitbuiting',
      '8. Moties Mutluer',
      'II. Mensensmokkel',
    ]);
  });
  it('has 34 answers (33 labelled, 1 not), 13 footnotes, and every question attributed to a fractie', () => {
    const s = fm('003').structure;
    expect(s.answers).toHaveLength(34);
    expect(s.answers.filter((a) => a.labelled)).toHaveLength(33);
    expect(s.footnotes).toBe(13);
    const fracties = new Set(s.questions.map((q) => q.fractie));
    expect([...fracties].sort()).toEqual(['BBB', 'CDA', 'ChristenUnie', 'GroenLinks-PvdA', 'NSC', 'SP', 'VVD']);
    expect(s.questions.every((q) => q.answer !== null)).toBe(true);
  });
  it('pairs the unlabelled answer with the SP question before it', () => {
    const s = fm('003').structure;
    const unlabelled = s.answers.find((a) => !a.labelled)!;
    const question = s.questions.find((q) => q.id === unlabelled.questions[0])!;
    expect(question.fractie).toBe('SP');
    expect(unlabelled.id).toBe(`antwoord-${question.numbers[0]}`);
    expect(seeds.get('003')!.mdx).toMatch(
      new RegExp(
        `<Antwoord id="${unlabelled.id}"[^>]*>\\s*Bij de totstandkoming van het Actieplan zijn meer dan 70 organisaties`,
      ),
    );
  });
  it('numbers each answer by the questions it answers, as Kamervragen do: #antwoord-12 answers vraag 12', () => {
    const s = fm('003').structure;
    const answerTo = (n: number) =>
      s.answers.find((a) => a.id === `antwoord-${n}` || a.aliases.includes(`antwoord-${n}`))!;
    expect(answerTo(12).questions).toEqual(['vraag-12']);
    expect(answerTo(1)).toMatchObject({
      id: 'antwoord-1',
      numbers: [1, 2, 3],
      aliases: ['antwoord-2', 'antwoord-3'],
      questions: ['vraag-1', 'vraag-2', 'vraag-3'],
    });
    expect(answerTo(3).id).toBe('antwoord-1');
    expect(answerTo(4)).toMatchObject({ id: 'antwoord-4', questions: ['vraag-4'] });
  });
  it('splits a paragraph where a new question starts mid-line', () => {
    expect(seeds.get('003')!.mdx).toMatch(
      /voortkomen\.\[\^10\]\n\n\s*De leden van de <Noemt entiteit="partijen\/bbb">BBB<\/Noemt>-fractie vragen of de Staatssecretaris/,
    );
  });
  it('states the date of the overleg and the title', () => {
    expect(fm('003').dates.ingezonden).toBe('2024-05-16');
    expect(fm('003').title).toBe('Het Actieplan programma Samen tegen mensenhandel');
  });
});

describe('004: Kamervragen Dral and Rajkowski (VVD), 2024 (Word export)', () => {
  it('has its metadata, with the registration number glued to the year taken apart', () => {
    report('004');
    const d = fm('004');
    expect(d.questioners).toEqual([
      { name: 'Dral', party: 'VVD' },
      { name: 'Rajkowski', party: 'VVD' },
    ]);
    expect(d.dates.ingezonden).toBe('2024-11-21');
    expect(d.identifiers.kamervragen).toBe('2024Z19016');
    expect(d.slug).toBe('2024Z19016');
    expect(d.addressees).toEqual(['minister van Justitie en Veiligheid', 'minister van Asiel en Migratie']);
    expect(d.dates.beantwoord).toBeNull();
    expect(d.answeredBy).toBeNull();
  });
  it('has questions 1–10, answer blocks 1, 2, 3–4, 5, 6, 7, 8–10, and 12 footnotes', () => {
    expect(questionIds('004')).toHaveLength(10);
    expect(answerNumbers('004')).toEqual([[1], [2], [3, 4], [5], [6], [7], [8, 9, 10]]);
    expect(fm('004').structure.footnotes).toBe(12);
  });
});

describe('every seed', () => {
  it('makes every answer reachable as #antwoord-N for each question number N it answers, and only there', () => {
    for (const seed of seeds.keys()) {
      const { questions, answers } = fm(seed).structure;
      const ids = answers.flatMap((a) => [a.id, ...a.aliases]);
      expect(new Set(ids).size, seed).toBe(ids.length);
      for (const answer of answers) {
        const answered = questions.filter((q) => answer.questions.includes(q.id)).flatMap((q) => q.numbers);
        expect([answer.id, ...answer.aliases].sort(), `${seed} ${answer.id}`).toEqual(
          answered.map((n) => `antwoord-${n}`).sort(),
        );
      }
    }
  });
});
