// Kamervragen with their answers as a PDF extract (seeds 000 and 002): a
// header naming who asked whom about what and when, "Vraag N" / "Antwoord N"
// blocks, notes at page bottoms, hyphenated line ends, sometimes a running footer.
import type { GeneratedDocument, ShapeContext } from './document.ts';
import { notesFor } from './document.ts';
import { answerer, dateIn2012To2024, daysAfter, dutchDate, member, MINISTRIES, topic, vergaderjaar } from './facts.ts';
import { PdfPages } from './pdf-pages.ts';

export function kamervragenPdf(context: ShapeContext): GeneratedDocument {
  const { random, pools, index } = context;
  const asked = dateIn2012To2024(random);
  const answered = daysAfter(asked, random.int(20, 75));
  const year = vergaderjaar(answered);
  const number = 5000 + index;
  const first = member(random);
  const questioners = random.chance(0.3)
    ? `de leden ${first.name} (${first.party}) en ${member(random).name} (${first.party})`
    : `het lid ${first.name} (${first.party})`;
  const minister = answerer(random);
  const behalf = random.chance(0.4) ? `, mede namens de Minister van ${random.pick(MINISTRIES.slice(3))}` : '';
  const pages = new PdfPages({
    width: 78,
    pageLines: 48,
    random,
    speller: pools.speller,
    hyphenated: new Set(),
    hyphenate: true,
    runningFooter: random.chance(0.5) ? (page) => `Tweede Kamer, vergaderjaar ${year}, Aanhangsel ${page}` : undefined,
  });
  pages.paragraph(
    `Vragen van ${questioners} aan de ${random.pick(['Minister', 'Staatssecretaris'])} van ${minister.ministry} over ${topic(random)} (ingezonden ${dutchDate(asked)}).`,
    [],
    false,
  );
  pages.paragraph(
    `Antwoord van ${minister.role} ${minister.name} (${minister.ministry})${behalf} (ontvangen ${dutchDate(answered)}). Zie ook Aanhangsel Handelingen, vergaderjaar ${year}, nr. ${number}.`,
    [],
    false,
  );

  let questions = 0;
  while (pages.length < context.size) {
    const grouped = random.chance(0.15);
    const numbers = grouped ? [questions + 1, questions + 2] : [questions + 1];
    const label = numbers.join(' en ');
    const pairs = numbers.map(() => random.pick(pools.pairs));
    pages.line(`Vraag ${label}`);
    for (const pair of pairs) pages.paragraph(pair.question, notesFor(context, 0.15));
    pages.line(`Antwoord ${label}`);
    for (const paragraph of random.pick(pairs).answer) pages.paragraph(paragraph, notesFor(context, 0.3));
    questions += numbers.length;
  }
  // The paper's own number, as the official PDF's page footer prints it on a line of its own:
  // the converter reads a paper's number only from what it prints about itself, never from "Zie ook".
  const text = `${pages.finish()}ah-tk-${year.replace('–', '')}-${number}\n`;
  return {
    shape: 'kamervragen-pdf',
    text,
    slug: `ah-tk-${year.replace('–', '')}-${number}`,
    questions,
    footnotes: pages.noteCount,
  };
}
