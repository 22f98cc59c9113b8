// A letter to the Kamer as a PDF extract (seed 001): double-spaced lines, a
// letterhead with return address, addressee, date, subject and a sidebar on
// the first page, "Pagina N van M" with date and kenmerk atop every other page,
// "Ad N)" headings, a signature.
import type { GeneratedDocument, ShapeContext } from './document.ts';
import { DUTCH_MONTHS } from '../../../src/lib/printed-dates.ts';
import { dateIn2012To2024, dutchDate, SENDERS } from './facts.ts';
import { PAGE_COUNT, PdfPages } from './pdf-pages.ts';

export function letter(context: ShapeContext): GeneratedDocument {
  const { random, pools, index } = context;
  const sent = dutchDate(dateIn2012To2024(random));
  const kenmerk = String(200000 + index);
  const sender = random.pick(SENDERS);
  const headings = random.sample(pools.letterHeadings, pools.letterHeadings.length);
  const pages = new PdfPages({
    width: 80,
    pageLines: 90,
    random,
    speller: pools.speller,
    hyphenated: new Set(),
    hyphenate: false,
    doubleSpaced: true,
    pageHeader: (page) => [
      '  ',
      ` Pagina ${page} van ${PAGE_COUNT} `,
      '',
      'Datum ',
      `${sent} `,
      ' ',
      '',
      'Ons kenmerk ',
      `${kenmerk} `,
      ' ',
      '',
    ],
    firstPageFooter: [
      'Turfmarkt 147 ',
      '2511 DP  Den Haag ',
      'Postbus 20301 ',
      '2500 EH  Den Haag ',
      'www.nationaalrapporteur.nl ',
      '  ',
      '',
      'Contactpersoon ',
      ...sender.map((l) => `${l} `),
      '  ',
      '',
      'T  070 370 45 14 ',
      '',
      'Ons kenmerk ',
      `${kenmerk}  `,
      '  ',
      '',
      'Bij beantwoording de datum ',
      'en ons kenmerk vermelden. ',
      'Wilt u slechts één zaak in uw ',
      'brief behandelen. ',
      ' ',
    ],
  });
  for (const line of [
    '',
    '',
    '1 ',
    '',
    `   Pagina 1 van ${PAGE_COUNT} `,
    '',
    ' ',
    '> Retouradres Postbus 20301 2500 EH  Den Haag ',
    '',
    ' ',
  ])
    pages.raw(line);
  pages.block(['Aan de Voorzitter van de Tweede Kamer der Staten-Generaal ', 'Postbus 20018 ', '2500 EA Den Haag ']);
  pages.block([`Datum ${sent} `, `Onderwerp ${random.pick(headings)} `]);
  pages.block(['Geachte Voorzitter, ']);

  let heading = 0;
  while (pages.length < context.size) {
    if (heading < headings.length && random.chance(0.4)) {
      pages.line(`Ad ${heading + 1}) ${headings[heading++]} `);
      pages.gap();
    }
    pages.paragraph(random.pick(random.chance(0.5) ? pools.letterParagraphs : pools.prose));
  }
  pages.line('Tot slot');
  pages.gap();
  pages.paragraph(random.pick(pools.letterParagraphs));
  pages.block(['Met vriendelijke groet, ']);
  pages.block(sender.map((l) => `${l} `));
  return {
    shape: 'brief-pdf',
    text: pages.finish(),
    slug: `brief-${isoOf(sent)}-${kenmerk}`,
    questions: 0,
    footnotes: 0,
  };
}

function isoOf(dutch: string): string {
  const months = DUTCH_MONTHS;
  const [day, month, year] = dutch.split(' ');
  return `${year}-${String(months.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
}
