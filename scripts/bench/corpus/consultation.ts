// Answers to a written consultation (schriftelijk overleg) as a PDF extract
// (seed 003): an introduction naming the overleg, numbered sections, the
// fracties' questions ("De leden van de …-fractie") each round followed by
// "Antwoord:", notes at page bottoms. Its permalink comes from a catalog
// kamerstuk, as the paper states no identifier of its own.
import type { GeneratedDocument, ShapeContext } from './document.ts';
import { notesFor } from './document.ts';
import { dateIn2012To2024, dutchDate, MINISTRIES, PARTIES, topic } from './facts.ts';
import { PdfPages } from './pdf-pages.ts';

const ROMAN = ['I', 'II', 'III'];

export function consultation(context: ShapeContext): GeneratedDocument {
  const { random, pools, index } = context;
  const held = dateIn2012To2024(random);
  const fracties = random.sample(PARTIES, random.int(2, 6)).map((p) => `de leden van de ${p}-fractie`);
  const pages = new PdfPages({
    width: 72,
    pageLines: 52,
    random,
    speller: pools.speller,
    hyphenated: new Set(),
    hyphenate: true,
  });
  pages.line('Inleiding');
  pages.gap();
  pages.paragraph(
    `Hierbij zend ik u de antwoorden op de vragen van ${fracties.join(', ')} uit het Schriftelijk Overleg van ${dutchDate(held)} over ${topic(random)}.`,
    [],
    false,
  );
  pages.paragraph(
    `Ik beantwoord de gestelde vragen per onderwerp en in de volgorde waarin ze door de fracties gesteld zijn. Ik beantwoord de vragen mede namens de Minister van ${random.pick(MINISTRIES.slice(3))}.`,
    [],
    false,
  );
  pages.line('Vragen en antwoorden');
  pages.gap();

  let questions = 0;
  let part = 0;
  let section = 0;
  while (pages.length < context.size) {
    if (section % 3 === 0 && part < ROMAN.length) {
      pages.line(`${ROMAN[part++]}. ${random.pick(['Mensenhandel', 'Mensensmokkel', 'Uitbuiting'])}`);
      pages.gap();
    }
    pages.line(`${++section}. ${random.pick(pools.sectionTitles)}`);
    pages.gap();
    for (let round = random.int(1, 3); round > 0 && pages.length < context.size; round--) {
      const picked = random.pick(pools.rounds);
      for (const question of picked.questions) for (const paragraph of question) pages.paragraph(paragraph);
      questions += picked.questions.length;
      pages.line('Antwoord:');
      for (const paragraph of picked.answer) pages.paragraph(paragraph, notesFor(context, 0.25));
    }
  }
  const nummer = 1000 + index;
  return {
    shape: 'schriftelijk-overleg-pdf',
    text: pages.finish(),
    catalog: {
      source: 'Synthetic benchmark corpus (scripts/bench/corpus): not a real paper.',
      kamerstuk: { dossier: '28 638', nummer },
    },
    slug: `kst-28638-${nummer}`,
    questions,
    footnotes: pages.noteCount,
  };
}
