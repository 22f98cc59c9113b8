// The open data files, as rows: one table per file (/data/<name>.csv), and the
// records of /data/documents.json. Every figure carries its source: the printed
// dates the days are counted from and the paper that prints them, the block a
// citation or promise stands in. The page files only serialise what this returns,
// so the tables can be split (per year, say) without touching them.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { mainDate } from '../schema/document.ts';
import { officialUrl } from '../lib/paper-ids.ts';
import { ANSWER_TERM_DAYS, answerClock } from './answer-clock.ts';
import { parliamentaryCitation } from './citation.ts';
import type { CorpusIndex } from './corpus.ts';
import { documentBody, type DocumentEntry } from './documents.ts';
import { documentUrl } from './paths.ts';
import { questionerList } from './people.ts';

export type Row = Record<string, string | number>;

/** The CSV files of /data/, in the order the Verantwoording page lists them. */
export const CSV_TABLES = ['documents', 'answer-times', 'threads', 'citations', 'promises'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];
/** The tables of the whole corpus, one file each; the documents table comes per year (open-data-split.ts). */
export const CORPUS_TABLES = CSV_TABLES.filter((name) => name !== 'documents');

const blockUrl = (doc: DocumentEntry, block: string | null) =>
  `${documentUrl(doc.data.slug)}${block ? `#${block}` : ''}`;
const official = (doc: DocumentEntry) => doc.data.answeredBy;
const answererName = (doc: DocumentEntry) => [official(doc)?.role, official(doc)?.name].filter(Boolean).join(' ');
/** Where a printed date comes from: the paper's own text, or the reviewed catalog. */
const dateSource = (doc: DocumentEntry, field: 'ingezonden' | 'beantwoord') =>
  doc.data.dates[field] ? (doc.data.provenance[`dates.${field}`] ?? 'document') : '';

function documentRows(documents: readonly DocumentEntry[]): Row[] {
  return documents.map((doc) => ({
    permalink: documentUrl(doc.data.slug),
    soort: doc.data.kind,
    titel: doc.data.title ?? '',
    onderwerp: doc.data.subject ?? '',
    vragenstellers: questionerList(doc.data.questioners),
    datum: mainDate(doc.data) ?? '',
    ingezonden: doc.data.dates.ingezonden ?? '',
    beantwoord: doc.data.dates.beantwoord ?? '',
    verzonden: doc.data.dates.verzonden ?? '',
    citaat: parliamentaryCitation(doc.data),
    vragen: doc.data.structure.questions.length,
    antwoorden: doc.data.structure.answers.length,
    voetnoten: doc.data.structure.footnotes,
    bronbestand: doc.data.source.file,
    sha256: doc.data.source.sha256,
  }));
}

/** What became of a Kamervragen paper: answered in it, answered in another paper of the site, or no answer here. */
function answerStatus(corpus: CorpusIndex, doc: DocumentEntry): string {
  const thread = corpus.threads.get(doc.data.slug);
  if (thread && thread.questions === doc) return 'beantwoord in een ander stuk';
  if (doc.data.structure.answers.length === 0) return 'geen antwoord in dit dossier';
  return answerClock(doc.data) ? 'beantwoord' : 'beantwoord, termijn onbekend';
}

function answerTimeRows(corpus: CorpusIndex, referenceDate: string | null): Row[] {
  return corpus.documents
    .filter((doc) => doc.data.kind === 'kamervragen')
    .map((doc) => {
      const clock = answerClock(doc.data);
      const thread = corpus.threads.get(doc.data.slug);
      const status = answerStatus(corpus, doc);
      const waiting = status === 'geen antwoord in dit dossier' && referenceDate && doc.data.dates.ingezonden;
      return {
        permalink: documentUrl(doc.data.slug),
        titel: doc.data.title ?? '',
        status,
        ingezonden: doc.data.dates.ingezonden ?? '',
        beantwoord: doc.data.dates.beantwoord ?? '',
        dagen: clock?.days ?? '',
        binnen_termijn: clock ? (clock.withinTerm ? 'ja' : 'nee') : '',
        termijn_dagen: ANSWER_TERM_DAYS,
        peildatum: waiting ? referenceDate : '',
        dagen_tot_peildatum: waiting
          ? differenceInCalendarDays(parseISO(referenceDate), parseISO(doc.data.dates.ingezonden!))
          : '',
        antwoord_in: thread && thread.questions === doc ? documentUrl(thread.answer.data.slug) : '',
        uitstelbericht: doc.data.seeAlso.map((s) => s.paper).join(' '),
        ministerie: official(doc)?.ministry ?? '',
        bewindspersoon: answererName(doc),
        vragenstellers: questionerList(doc.data.questioners),
        // The days are counted from these two printed dates, in this file.
        bron_ingezonden: dateSource(doc, 'ingezonden'),
        bron_beantwoord: dateSource(doc, 'beantwoord'),
        bronbestand: doc.data.source.file,
      };
    });
}

function threadRows(corpus: CorpusIndex): Row[] {
  const threads = [...new Set(corpus.threads.values())];
  return threads.map((t) => ({
    vragen: documentUrl(t.questions.data.slug),
    antwoord: documentUrl(t.answer.data.slug),
    gekoppeld_op: t.by,
    ingezonden: t.questions.data.dates.ingezonden ?? '',
    beantwoord: t.answer.data.dates.beantwoord ?? '',
    vragenstellers: questionerList(t.questions.data.questioners),
    bron_vragen: t.questions.data.source.file,
    bron_antwoord: t.answer.data.source.file,
  }));
}

function citationRows(corpus: CorpusIndex): Row[] {
  return corpus.documents.flatMap((doc) =>
    doc.data.references.flatMap((r) => {
      if (!r.paper) return [];
      const cited = corpus.byPaper.get(r.paper);
      return [
        {
          stuk: documentUrl(doc.data.slug),
          blok: r.block ?? '',
          plaats: blockUrl(doc, r.block),
          tekst: r.text,
          aangehaald: r.paper,
          aangehaald_op_deze_site: cited ? documentUrl(cited.data.slug) : '',
          officiele_publicatie: officialUrl(r.paper),
          pagina: r.page ?? '',
        },
      ];
    }),
  );
}

function promiseRows(corpus: CorpusIndex): Row[] {
  return corpus.documents.flatMap((doc) =>
    doc.data.promises.map((p) => ({
      stuk: documentUrl(doc.data.slug),
      blok: p.block ?? '',
      plaats: blockUrl(doc, p.block),
      zin: p.sentence,
      termijn_zoals_gedrukt: p.due?.text ?? '',
      termijn_uiterlijk: p.due?.by ?? '',
      datum_stuk: mainDate(doc.data) ?? '',
      bewindspersoon: answererName(doc) || (doc.data.sender?.name ?? ''),
      ministerie: official(doc)?.ministry ?? '',
      bronbestand: doc.data.source.file,
    })),
  );
}

/** The columns of each file, so that an empty table still has its header. */
const COLUMNS: Record<CsvTable, string[]> = {
  documents: [
    'permalink',
    'soort',
    'titel',
    'onderwerp',
    'vragenstellers',
    'datum',
    'ingezonden',
    'beantwoord',
    'verzonden',
    'citaat',
    'vragen',
    'antwoorden',
    'voetnoten',
    'bronbestand',
    'sha256',
  ],
  'answer-times': [
    'permalink',
    'titel',
    'status',
    'ingezonden',
    'beantwoord',
    'dagen',
    'binnen_termijn',
    'termijn_dagen',
    'peildatum',
    'dagen_tot_peildatum',
    'antwoord_in',
    'uitstelbericht',
    'ministerie',
    'bewindspersoon',
    'vragenstellers',
    'bron_ingezonden',
    'bron_beantwoord',
    'bronbestand',
  ],
  threads: [
    'vragen',
    'antwoord',
    'gekoppeld_op',
    'ingezonden',
    'beantwoord',
    'vragenstellers',
    'bron_vragen',
    'bron_antwoord',
  ],
  citations: [
    'stuk',
    'blok',
    'plaats',
    'tekst',
    'aangehaald',
    'aangehaald_op_deze_site',
    'officiele_publicatie',
    'pagina',
  ],
  promises: [
    'stuk',
    'blok',
    'plaats',
    'zin',
    'termijn_zoals_gedrukt',
    'termijn_uiterlijk',
    'datum_stuk',
    'bewindspersoon',
    'ministerie',
    'bronbestand',
  ],
};

export function csvTable(
  name: CsvTable,
  corpus: CorpusIndex,
  referenceDate: string | null,
  /** The documents of the file, for the documents table: one year's. */
  documents: readonly DocumentEntry[] = corpus.documents,
): { columns: string[]; rows: Row[] } {
  const rows = name === 'documents' ? documentRows(documents) : tableRows(name, corpus, referenceDate);
  const columns = COLUMNS[name];
  // A column added to the rows but not here would be dropped from the file without a word.
  for (const row of rows.slice(0, 1))
    if (Object.keys(row).join() !== columns.join())
      throw new Error(`${name}.csv: the rows' columns differ from COLUMNS`);
  return { columns, rows };
}

function tableRows(name: CsvTable, corpus: CorpusIndex, referenceDate: string | null): Row[] {
  switch (name) {
    case 'documents':
      return documentRows(corpus.documents);
    case 'answer-times':
      return answerTimeRows(corpus, referenceDate);
    case 'threads':
      return threadRows(corpus);
    case 'citations':
      return citationRows(corpus);
    case 'promises':
      return promiseRows(corpus);
  }
}

/** The record of one document in its year's JSON file: the frontmatter and text, with the answer clock, thread and citations worked out. */
export function documentRecord(corpus: CorpusIndex, doc: DocumentEntry): Record<string, unknown> {
  const clock = answerClock(doc.data);
  const thread = corpus.threads.get(doc.data.slug);
  return {
    url: documentUrl(doc.data.slug),
    citation: parliamentaryCitation(doc.data),
    ...doc.data,
    answerClock: clock && {
      ...clock,
      termDays: ANSWER_TERM_DAYS,
      // The two printed dates the days are counted from.
      from: doc.data.dates.ingezonden,
      to: doc.data.dates.beantwoord,
    },
    thread: thread
      ? {
          questions: documentUrl(thread.questions.data.slug),
          answer: documentUrl(thread.answer.data.slug),
          by: thread.by,
        }
      : null,
    citedBy: (corpus.citedBy.get(doc.data.slug) ?? []).map((c) => ({
      url: blockUrl(c.doc, c.block),
      block: c.block,
      text: c.text,
    })),
    text: documentBody(doc),
  };
}
