// Ready-made citations of a document or one of its blocks, all following from
// the paper's identity: the Dutch parliamentary style, an APA 7 line, and
// CSL-JSON that citation-js turns into BibTeX and RIS. Unknown parts are left
// out, never guessed: a paper without a number of its own is cited without one.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { DocumentFrontmatter } from '../schema/document.ts';
import { mainDate } from '../schema/document.ts';
import { aanhangselCitation, aanhangselCollection, parseAanhangselId, shortVergaderjaar } from '../lib/paper-ids.ts';
import { formatDutchDate } from '../lib/printed-dates.ts';
import { kindLabel } from './display-labels.ts';
import { apaAuthors, questionerList, splitName } from './people.ts';

type Doc = Pick<
  DocumentFrontmatter,
  | 'kind'
  | 'title'
  | 'subject'
  | 'slug'
  | 'dates'
  | 'identifiers'
  | 'questioners'
  | 'answeredBy'
  | 'sender'
  | 'recipient'
  | 'parliamentaryYear'
>;

/** The Kamer publishes every paper, and is its author when no person wrote it. */
export const PUBLISHER = 'Tweede Kamer der Staten-Generaal';
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** "Staatssecretaris Harbers (Justitie en Veiligheid)". */
export function officialName(official: NonNullable<Doc['answeredBy']>): string {
  return (
    [official.role, official.name].filter(Boolean).join(' ') + (official.ministry ? ` (${official.ministry})` : '')
  );
}

/** Another paper by its official id, as a citation: "ah-tk-20172018-172" → "Aanhangsel Handelingen II 2017/18, nr. 172". */
export function paperCitation(paper: string): string {
  const aanhangsel = parseAanhangselId(paper);
  return aanhangsel ? aanhangselCitation(aanhangsel) : paper;
}

/** The paper's own number, when known: "Aanhangsel Handelingen II 2017/18, nr. 172", "Kamerstukken II 2023/24, 28 638, nr. 240". */
function ownNumber(doc: Doc): string | null {
  const { aanhangsel, kamerstuk } = doc.identifiers;
  if (aanhangsel) return aanhangselCitation(aanhangsel);
  if (kamerstuk)
    return [
      'Kamerstukken II',
      doc.parliamentaryYear ? ` ${shortVergaderjaar(doc.parliamentaryYear)}` : '',
      `, ${kamerstuk.dossier}, nr. ${kamerstuk.nummer}`,
    ].join('');
  return null;
}

/**
 * The official citation when the paper's number is known; otherwise what is known, never a number:
 * "Kamervragen van Jasper van Dijk (SP), ingezonden 19 september 2017, beantwoord 10 november 2017".
 */
export function parliamentaryCitation(doc: Doc): string {
  const number = ownNumber(doc);
  if (number) return number;
  const { kamervragen, kenmerk } = doc.identifiers;
  if (doc.kind === 'kamervragen') {
    const who = questionerList(doc.questioners);
    return [
      `Kamervragen${kamervragen ? ` ${kamervragen}` : ''}${who ? ` van ${who}` : ''}`,
      doc.dates.ingezonden ? `ingezonden ${formatDutchDate(doc.dates.ingezonden)}` : '',
      doc.dates.beantwoord ? `beantwoord ${formatDutchDate(doc.dates.beantwoord)}` : '',
    ]
      .filter(Boolean)
      .join(', ');
  }
  if (doc.kind === 'brief') {
    const from = doc.sender?.name
      ? `Brief van ${doc.sender.name}${doc.sender.role ? `, ${doc.sender.role}` : ''}`
      : 'Brief';
    return [
      `${from}${doc.recipient ? ` aan ${doc.recipient}` : ''}`,
      doc.dates.verzonden ? formatDutchDate(doc.dates.verzonden) : '',
      kenmerk ? `kenmerk ${kenmerk}` : '',
    ]
      .filter(Boolean)
      .join(', ');
  }
  // A paper of no known kind: its printed title, date and kenmerk, whatever of them it states.
  if (doc.kind === 'overig')
    return [
      `${kindLabel.overig}${doc.title ? `: ${doc.title}` : ''}`,
      doc.dates.verzonden ? formatDutchDate(doc.dates.verzonden) : '',
      kenmerk ? `kenmerk ${kenmerk}` : '',
    ]
      .filter(Boolean)
      .join(', ');
  const about = doc.subject ?? (doc.title ? lowerFirst(doc.title) : null);
  return [
    `Antwoorden op het schriftelijk overleg${doc.dates.ingezonden ? ` van ${formatDutchDate(doc.dates.ingezonden)}` : ''}`,
    about ? `over ${about}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** A block's place in the citation: ", vraag 3", ", antwoord op vraag 2, 3 en 4", ", voetnoot 2". */
export function blockCitation(doc: Doc, block: { label: string }): string {
  return `${parliamentaryCitation(doc)}, ${block.label.charAt(0).toLowerCase()}${block.label.slice(1)}`;
}

/** Who wrote the paper, for citation styles: the questioners of Kamervragen, a letter's sender; null for the Kamer itself. */
export function citationAuthors(doc: Doc): string[] | null {
  if (doc.kind === 'kamervragen' && doc.questioners.length) return doc.questioners.map((q) => q.name);
  if (doc.kind === 'brief' && doc.sender?.name) return [doc.sender.name];
  return null;
}

/**
 * The title a citation gives the paper. Kamervragen are titled by their kind and subject,
 * "Kamervragen over het artikel ‘Mensensmokkel via zee goudmijn’", so that a list does not
 * read as if the article the questions are about were the paper.
 */
export function citationTitle(doc: Doc): string {
  if (doc.kind !== 'kamervragen') return doc.title ?? `${kindLabel[doc.kind]} (titel onbekend)`;
  if (doc.subject) return `Kamervragen over ${doc.subject}`;
  return doc.title ? `Kamervragen: ${doc.title}` : 'Kamervragen (titel onbekend)';
}

/** "(2017, 10 november)", APA's date of a dated document; "(z.d.)" without one. */
function apaDate(date: string | null): string {
  if (!date) return '(z.d.)';
  const [day, month, year] = formatDutchDate(date).split(' ');
  return `(${year}, ${day} ${month})`;
}

/** What APA puts in square brackets after the title: the kind of paper and what identifies it. */
function apaDescription(doc: Doc): string {
  const number = ownNumber(doc);
  if (doc.kind === 'kamervragen') {
    const asked = doc.questioners.length
      ? `Vragen van ${doc.questioners.length === 1 ? 'het lid' : 'de leden'} ${questionerList(doc.questioners)}`
      : 'Vragen';
    const answered = doc.answeredBy ? ` met antwoord van ${officialName(doc.answeredBy)}` : '';
    const id = number ?? doc.identifiers.kamervragen;
    return `${asked}${answered}${id ? `; ${id}` : ''}`;
  }
  if (doc.kind === 'brief') {
    return [
      `Brief${doc.recipient ? ` aan ${doc.recipient}` : ''}`,
      doc.identifiers.kenmerk ? `kenmerk ${doc.identifiers.kenmerk}` : '',
      number ?? '',
    ]
      .filter(Boolean)
      .join(', ');
  }
  if (doc.kind === 'overig')
    return [kindLabel.overig, doc.identifiers.kenmerk ? `kenmerk ${doc.identifiers.kenmerk}` : '', number ?? '']
      .filter(Boolean)
      .join(', ');
  return [
    `Antwoorden op het schriftelijk overleg${doc.dates.ingezonden ? ` van ${formatDutchDate(doc.dates.ingezonden)}` : ''}`,
    number ?? '',
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * APA 7 (reports and grey literature: author, full date, title, [description], publisher, URL):
 *   "Van Dijk, J. (2017, 10 november). Kamervragen over mensenhandel met het oogmerk van
 *    orgaanverwijdering [Vragen van het lid Jasper van Dijk (SP) met antwoord van Staatssecretaris
 *    Harbers (Justitie en Veiligheid)]. Tweede Kamer der Staten-Generaal. https://…"
 * The questioners are the authors (they wrote the questions and put their names to them); the
 * answering minister is part of the description. A letter's author is its sender and its
 * publisher the sender's office. The publisher is left out when it is the author (APA 7, 9.8).
 */
export function apaCitation(doc: Doc, url: string): string {
  const names = citationAuthors(doc);
  const author = names ? apaAuthors(names) : PUBLISHER;
  const publisher = doc.kind === 'brief' && doc.sender?.name ? doc.sender.role : names ? PUBLISHER : null;
  const head = `${author}${author.endsWith('.') ? '' : '.'} ${apaDate(mainDate(doc))}.`;
  return `${head} ${citationTitle(doc)} [${apaDescription(doc)}].${publisher ? ` ${publisher}.` : ''} ${url}`;
}

/** CSL-JSON, the exchange format reference managers read; the questioners or sender as authors. */
export function cslItem(doc: Doc, url: string): Record<string, unknown> {
  const date = mainDate(doc);
  const names = citationAuthors(doc);
  const { aanhangsel, kamervragen } = doc.identifiers;
  const number = aanhangsel ? String(aanhangsel.nummer) : (kamervragen ?? doc.identifiers.kamerstuk?.nummer.toString());
  return {
    id: doc.slug,
    type: 'report',
    genre: kindLabel[doc.kind],
    title: citationTitle(doc),
    author: names ? names.map(cslName) : [{ literal: PUBLISHER }],
    ...(date ? { issued: { 'date-parts': [date.split('-').map(Number)] } } : {}),
    publisher: doc.kind === 'brief' && doc.sender?.role ? doc.sender.role : PUBLISHER,
    ...(aanhangsel ? { 'collection-title': aanhangselCollection(aanhangsel) } : {}),
    ...(number ? { number } : {}),
    language: 'nl',
    URL: url,
  };
}

function cslName(name: string): Record<string, string> {
  const { given, family } = splitName(name);
  return given ? { family, given } : { family };
}

/**
 * BibTeX by citation-js. It writes the month as a braced string ("month = {nov 10}"); BibTeX
 * styles read months as macros, so the month is written as one (month = nov) and the day apart.
 */
export function bibtex(doc: Doc, url: string): string {
  const text = new Cite(cslItem(doc, url)).format('bibtex', { format: 'text' }) as string;
  return text.replace(
    /^(\s*)month = \{([a-z]{3})(?: (\d{1,2}))?\},$/mu,
    (_, indent: string, month: string, day: string | undefined) =>
      `${indent}month = ${month},${day ? `\n${indent}day = {${day}},` : ''}`,
  );
}

/**
 * RIS from citation-js's field mapping. Its text output wraps values at 70 characters, which
 * breaks URLs, cuts the ID at 20 characters and leaves months unpadded; RIS readers take 255,
 * so lines are written whole, the ID is the permalink slug and the date is YYYY/MM/DD/.
 */
export function ris(doc: Doc, url: string): string {
  const [entry] = new Cite(cslItem(doc, url)).format('ris', { format: 'object' }) as Record<
    string,
    string | string[]
  >[];
  const { TY, ...fields } = entry!;
  fields.ID = doc.slug;
  // citation-js writes "2017/2/13/"; RIS dates are YYYY/MM/DD/.
  const date = mainDate(doc);
  if (date) fields.DA = `${date.replaceAll('-', '/')}/`;
  const lines = Object.entries(fields).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${v}`));
  return [`TY  - ${TY}`, ...lines, 'ER  - ', ''].join('\n');
}
