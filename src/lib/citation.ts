// Ready-made citations of a document or one of its blocks: the Dutch
// parliamentary style, an APA-style line, and CSL-JSON that citation-js turns
// into BibTeX and RIS. Unknown parts are left out, never guessed.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { DocumentFrontmatter } from '../schema/document.ts';
import { mainDate } from '../schema/document.ts';
import { formatDutchDate } from './dates.ts';

type Doc = Pick<DocumentFrontmatter, 'kind' | 'title' | 'slug' | 'dates' | 'identifiers' | 'questioners' | 'sender' | 'recipient' | 'parliamentaryYear'>;

/** "2017-2018" → "2017/18". */
const shortYear = (vergaderjaar: string) => `${vergaderjaar.slice(0, 4)}/${vergaderjaar.slice(7, 9)}`;

/** The official citation: "Aanhangsel Handelingen II 2017/18, nr. 172", "Kamerstukken II 2023/24, 28 638, nr. 240". */
export function parliamentaryCitation(doc: Doc): string {
  const { aanhangsel, kamerstuk, kamervragen, kenmerk } = doc.identifiers;
  if (aanhangsel) return `Aanhangsel Handelingen II ${shortYear(aanhangsel.vergaderjaar)}, nr. ${aanhangsel.nummer}`;
  if (kamerstuk) return ['Kamerstukken II', doc.parliamentaryYear ? ` ${shortYear(doc.parliamentaryYear)}` : '', `, ${kamerstuk.dossier}, nr. ${kamerstuk.nummer}`].join('');
  if (doc.kind === 'kamervragen') {
    const who = doc.questioners.map((q) => q.name).join(' en ');
    const party = [...new Set(doc.questioners.map((q) => q.party).filter(Boolean))].join(', ');
    return [`Kamervragen${who ? ` van ${who}${party ? ` (${party})` : ''}` : ''}`, doc.dates.ingezonden ? `ingezonden ${formatDutchDate(doc.dates.ingezonden)}` : '', kamervragen ?? ''].filter(Boolean).join(', ');
  }
  if (doc.kind === 'brief') {
    const from = doc.sender?.name ? `Brief van ${doc.sender.name}${doc.sender.role ? `, ${doc.sender.role}` : ''}` : 'Brief';
    return [`${from}${doc.recipient ? ` aan ${doc.recipient}` : ''}`, doc.dates.verzonden ? formatDutchDate(doc.dates.verzonden) : '', kenmerk ? `kenmerk ${kenmerk}` : ''].filter(Boolean).join(', ');
  }
  return [`Antwoorden op het schriftelijk overleg${doc.dates.ingezonden ? ` van ${formatDutchDate(doc.dates.ingezonden)}` : ''}`, `over ${doc.title.charAt(0).toLowerCase()}${doc.title.slice(1)}`].join(' ');
}

/** A block's place in the citation: ", vraag 3", ", antwoord op vraag 2, 3 en 4", ", voetnoot 2". */
export function blockCitation(doc: Doc, block: { label: string }): string {
  return `${parliamentaryCitation(doc)}, ${block.label.charAt(0).toLowerCase()}${block.label.slice(1)}`;
}

function author(doc: Doc): string {
  if (doc.kind === 'brief' && doc.sender?.name) return doc.sender.name;
  return 'Tweede Kamer der Staten-Generaal';
}

/** An APA-style line: author, year, title, the official citation, and the permalink. */
export function apaCitation(doc: Doc, url: string): string {
  const date = mainDate(doc);
  return `${author(doc)}. (${date ? date.slice(0, 4) : 'z.d.'}). ${doc.title} [${parliamentaryCitation(doc)}]. ${url}`;
}

/** CSL-JSON, the exchange format reference managers read. */
export function cslItem(doc: Doc, url: string): Record<string, unknown> {
  const date = mainDate(doc);
  return {
    id: doc.slug,
    type: 'report',
    title: doc.title,
    author: [doc.kind === 'brief' && doc.sender?.name ? { literal: doc.sender.name } : { literal: 'Tweede Kamer der Staten-Generaal' }],
    ...(date ? { issued: { 'date-parts': [date.split('-').map(Number)] } } : {}),
    publisher: 'Tweede Kamer der Staten-Generaal',
    'collection-title': parliamentaryCitation(doc),
    ...(doc.identifiers.aanhangsel ? { number: String(doc.identifiers.aanhangsel.nummer) } : {}),
    ...(doc.identifiers.kamervragen ? { number: doc.identifiers.kamervragen } : {}),
    language: 'nl',
    URL: url,
  };
}

export function bibtex(doc: Doc, url: string): string {
  return new Cite(cslItem(doc, url)).format('bibtex', { format: 'text' }) as string;
}

/**
 * RIS from citation-js's field mapping. Its text output wraps values at 70
 * characters, which breaks URLs; RIS allows 255, so the lines are written whole.
 */
export function ris(doc: Doc, url: string): string {
  const [entry] = new Cite(cslItem(doc, url)).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  const { TY, ...fields } = entry!;
  const lines = Object.entries(fields).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${v}`));
  return [`TY  - ${TY}`, ...lines, 'ER  - ', ''].join('\n');
}
