// Stage 7 of 11: the facts a document states about itself (who asked whom, when,
// under which number), plus the reviewed catalog, into validated frontmatter.
// Nothing is guessed: what neither states is null.
import { mainDate } from '../../schema/document.ts';
import { parliamentaryYearOf, parseDutchDate } from '../../lib/printed-dates.ts';
import { permalinkSlug } from '../../lib/document-slug.ts';
import type { CatalogEntry } from '../batch/catalog.ts';
import { parseAnswerLetter } from './answer-letter.ts';
import { readPrintedIdentity } from './identity.ts';
import { parseKamervragenHeader, parseOffices, parseSeeAlso } from './kamervragen-header.ts';
import { readLetterFields } from './letter-fields.ts';
import { fail } from '../messages.ts';
import { plainText } from '../shared/inlines.ts';
import { parseLabel } from '../shared/label-lines.ts';
import type { DocumentMeta, ResolvedDocument } from '../types.ts';

type Meta = Omit<DocumentMeta, 'slug'>;

const EMPTY: Meta = {
  kind: 'brief',
  title: null,
  subject: null,
  dates: { ingezonden: null, beantwoord: null, verzonden: null },
  questioners: [],
  addressees: [],
  answeredBy: null,
  onBehalfOf: [],
  sender: null,
  recipient: null,
  identifiers: { aanhangsel: null, kamervragen: null, kenmerk: null, kamerstuk: null },
  seeAlso: [],
  parliamentaryYear: null,
  unknown: [],
  provenance: {},
};

export function extractMetadata(document: ResolvedDocument, catalog: CatalogEntry | undefined): DocumentMeta {
  const intro = document.body.flatMap((b) => (b.type === 'paragraph' ? [plainText(b.content)] : [])).join('\n');
  const meta: Meta = structuredClone({ ...EMPTY, kind: document.kind });
  const stated = (field: string) => (meta.provenance[field] = 'document');

  if (document.kind === 'kamervragen') {
    kamervragenHeader(intro, meta, stated);
    answerLetter(document, meta, stated);
  } else if (document.kind === 'brief') letterhead(document, meta, stated);
  else if (document.kind === 'schriftelijk-overleg') consultationIntro(intro, meta, stated, document);
  else plainDocument(document, meta, stated);

  const printed = readPrintedIdentity(document.file, document.lines);
  if (printed.aanhangsel) {
    meta.identifiers.aanhangsel = printed.aanhangsel;
    stated('identifiers.aanhangsel');
  }
  if (printed.vergaderjaar) {
    meta.parliamentaryYear = printed.vergaderjaar;
    stated('parliamentaryYear');
  }
  if (printed.kamerstuk) {
    meta.identifiers.kamerstuk = printed.kamerstuk;
    stated('identifiers.kamerstuk');
  }
  if (catalog) applyCatalog(document.file, meta, catalog);
  const date = mainDate(meta);
  if (!meta.parliamentaryYear && date) {
    meta.parliamentaryYear = parliamentaryYearOf(date);
    if (meta.parliamentaryYear) meta.provenance.parliamentaryYear = 'derived';
  }
  meta.unknown = unknownFacts(meta, printed.unknownReason);
  return { ...meta, slug: permalinkSlug(meta, meta.kind === 'overig' ? printedWords(document) : []) };
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The Kamervragen header (src/converter/metadata/kamervragen-header.ts) into frontmatter, each fact marked as stated. */
function kamervragenHeader(intro: string, meta: Meta, stated: (f: string) => void): void {
  const header = parseKamervragenHeader(intro);
  if (header.questioners.length) {
    meta.questioners = header.questioners;
    stated('questioners');
  }
  if (header.addressees.length) {
    meta.addressees = header.addressees;
    stated('addressees');
  }
  if (header.subject) {
    meta.subject = header.subject;
    meta.title = capitalise(header.subject);
    stated('subject');
    stated('title');
  }
  if (header.ingezonden) {
    meta.dates.ingezonden = header.ingezonden;
    stated('dates.ingezonden');
  }
  if (header.registration) {
    meta.identifiers.kamervragen = header.registration;
    stated('identifiers.kamervragen');
  }
  if (header.answeredBy) {
    meta.answeredBy = header.answeredBy;
    stated('answeredBy');
  }
  if (header.onBehalfOf.length) {
    meta.onBehalfOf = header.onBehalfOf;
    stated('onBehalfOf');
  }
  if (header.beantwoord) {
    meta.dates.beantwoord = header.beantwoord;
    stated('dates.beantwoord');
  }
  meta.seeAlso = parseSeeAlso(intro);
  if (meta.seeAlso.length) stated('seeAlso');
}

/**
 * A ministry's answer file (src/converter/metadata/answer-letter.ts): its cover letter and
 * title line, for the facts a Handelingen header would state and this paper does not.
 */
function answerLetter(document: ResolvedDocument, meta: Meta, stated: (f: string) => void): void {
  const firstQuestion = document.body.findIndex((b) => b.type === 'question');
  const opening = document.body
    .slice(0, firstQuestion === -1 ? document.body.length : firstQuestion)
    .flatMap((b) => (b.type === 'paragraph' ? [plainText(b.content)] : []))
    .join('\n');
  // The letterhead stands above the first question; below it, "Datum" or "Betreft" would be text.
  const questionLine = document.lines.findIndex((l) => parseLabel(l.text)?.type === 'question');
  const fields = readLetterFields(document.lines, questionLine === -1 ? document.lines.length : questionLine);
  const letter = parseAnswerLetter(opening, fields.subject?.text ?? null);
  if (!meta.questioners.length && letter.questioners.length) {
    meta.questioners = letter.questioners;
    stated('questioners');
  }
  if (!meta.addressees.length && letter.addressees.length) {
    meta.addressees = letter.addressees;
    stated('addressees');
  }
  if (!meta.subject && letter.subject) {
    meta.subject = letter.subject;
    meta.title = capitalise(letter.subject);
    stated('subject');
    stated('title');
  }
  if (!meta.dates.ingezonden && letter.ingezonden) {
    meta.dates.ingezonden = letter.ingezonden;
    stated('dates.ingezonden');
  }
  if (!meta.identifiers.kamervragen && letter.registration) {
    meta.identifiers.kamervragen = letter.registration;
    stated('identifiers.kamervragen');
  }
  // The cover letter is dated the day the answers are sent.
  if (!meta.dates.beantwoord && fields.date) {
    meta.dates.beantwoord = fields.date.text;
    stated('dates.beantwoord');
  }
  if (!meta.identifiers.kenmerk && fields.kenmerk) {
    meta.identifiers.kenmerk = fields.kenmerk.text;
    stated('identifiers.kenmerk');
  }
}

/** What the site needs to cite and place a paper but neither the paper nor the catalog states, with why. */
function unknownFacts(meta: Meta, numberReason: string | null): Meta['unknown'] {
  const unknown: Meta['unknown'] = [];
  const missing = (field: string, reason: string) => unknown.push({ field, reason });
  if (!meta.title)
    missing(
      'title',
      meta.kind === 'kamervragen'
        ? 'no "Vragen van … over … (ingezonden …)" header was found, and seeds/catalog.yaml gives no title'
        : 'the paper prints no subject, and seeds/catalog.yaml gives no title',
    );
  if (meta.kind === 'kamervragen') {
    if (!meta.identifiers.aanhangsel && !meta.identifiers.kamervragen)
      missing(
        'identifiers.aanhangsel',
        `${numberReason ?? 'no number of its own is printed'}, and seeds/catalog.yaml gives none: cited without a number`,
      );
    if (!meta.questioners.length) missing('questioners', 'the header names no questioners');
    if (!meta.dates.ingezonden) missing('dates.ingezonden', 'the header prints no "(ingezonden …)" date');
    if (!meta.dates.beantwoord) missing('dates.beantwoord', 'the header prints no "(ontvangen …)" date');
    if (!meta.answeredBy) missing('answeredBy', 'the header prints no "Antwoord van …"');
  }
  if (meta.kind === 'brief' && !meta.dates.verzonden) missing('dates.verzonden', 'the letterhead prints no date');
  if (meta.kind === 'overig' && !mainDate(meta))
    missing(
      'dates.verzonden',
      'the paper is of no known kind and prints no "Datum" line; seeds/catalog.yaml gives no date',
    );
  return unknown;
}

function letterhead(document: ResolvedDocument, meta: Meta, stated: (f: string) => void): void {
  const facts = document.letterhead;
  // The fields as printed (src/converter/metadata/letter-fields.ts); what cleaning kept of them when they are not found.
  const fields = readLetterFields(document.lines);
  const subject = fields.subject?.text ?? (facts.subject ? clean(facts.subject.text) : null);
  if (subject) {
    meta.subject = subject;
    meta.title = capitalise(subject);
    stated('subject');
    stated('title');
  }
  const date = fields.date?.text ?? (facts.date ? parseDutchDate(facts.date.text) : null);
  if (date) {
    meta.dates.verzonden = date;
    stated('dates.verzonden');
  }
  const kenmerk = fields.kenmerk?.text ?? facts.kenmerk?.text ?? null;
  if (kenmerk) {
    meta.identifiers.kenmerk = kenmerk;
    stated('identifiers.kenmerk');
  }
  if (facts.sender) {
    const [name, ...role] = facts.sender.lines;
    meta.sender = { name: name ?? null, role: role.length ? role.join(' ') : null };
    stated('sender');
  }
  if (facts.recipient) {
    meta.recipient = facts.recipient.lines[0]!.replace(/^Aan\s+/, '');
    meta.addressees = [meta.recipient];
    stated('recipient');
  }
}

/**
 * A paper of no known kind (a motie, a Handelingen item, a BNC-fiche): what the letter rules read
 * when it prints them, "Datum", "Betreft"/"Onderwerp" and "Kenmerk"; nothing else is taken for a fact.
 */
function plainDocument(document: ResolvedDocument, meta: Meta, stated: (f: string) => void): void {
  const fields = readLetterFields(document.lines);
  if (fields.subject) {
    meta.subject = fields.subject.text;
    meta.title = capitalise(fields.subject.text);
    stated('subject');
    stated('title');
  }
  if (fields.date) {
    meta.dates.verzonden = fields.date.text;
    stated('dates.verzonden');
  }
  if (fields.kenmerk) {
    meta.identifiers.kenmerk = fields.kenmerk.text;
    stated('identifiers.kenmerk');
  }
}

/** Every word the paper prints, in the source's order: what tells apart two papers that print no id. */
const printedWords = (document: ResolvedDocument) =>
  document.lines.flatMap((l) => l.text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []);

/** "…uit het Schriftelijk Overleg van 16 mei 2024 over het Actieplan programma Samen tegen mensenhandel." */
function consultationIntro(intro: string, meta: Meta, stated: (f: string) => void, document: ResolvedDocument): void {
  const text = clean(intro);
  const overleg = /[Ss]chriftelijk [Oo]verleg van (\d{1,2} \p{L}+ \d{4}) over (.+?)\./u.exec(text);
  if (overleg) {
    meta.subject = overleg[2]!.trim();
    meta.title = capitalise(meta.subject);
    stated('subject');
    stated('title');
    const date = parseDutchDate(overleg[1]!);
    if (date) {
      meta.dates.ingezonden = date;
      stated('dates.ingezonden');
    }
  }
  // The fracties that asked, as the questions name them; the introduction's list when no question does.
  const asked = [...new Set(document.body.flatMap((b) => (b.type === 'question' && b.fractie ? [b.fractie] : [])))];
  const listed = [...text.matchAll(/leden van de ([\p{L}\d-]+?)-fractie/gu)].map((m) => m[1]!);
  const fracties = (asked.length ? asked : listed).map((party) => ({ name: `${party}-fractie`, party }));
  if (fracties.length) {
    meta.questioners = fracties;
    stated('questioners');
  }
  const behalf = /mede namens (.+?)\.(?:\s|$)/.exec(text);
  if (behalf) {
    meta.onBehalfOf = parseOffices(behalf[1]!);
    stated('onBehalfOf');
  }
}

function applyCatalog(file: string, meta: Meta, entry: CatalogEntry): void {
  const from = (field: string) => (meta.provenance[field] = 'catalog');
  const printed = meta.identifiers.aanhangsel;
  if (
    entry.aanhangsel &&
    printed &&
    (printed.vergaderjaar !== entry.aanhangsel.vergaderjaar || printed.nummer !== entry.aanhangsel.nummer)
  ) {
    fail(
      file,
      { line: 1 },
      `seeds/catalog.yaml gives nr. ${entry.aanhangsel.nummer} (${entry.aanhangsel.vergaderjaar}) but the paper prints nr. ${printed.nummer} (${printed.vergaderjaar}) as its own number`,
      'identity-catalog-conflict',
      "Remove the catalog entry's aanhangsel field, or correct it.",
    );
  }
  if (entry.aanhangsel && !printed) {
    meta.identifiers.aanhangsel = { ...entry.aanhangsel };
    from('identifiers.aanhangsel');
    if (!meta.parliamentaryYear) {
      meta.parliamentaryYear = entry.aanhangsel.vergaderjaar;
      from('parliamentaryYear');
    }
  }
  if (entry.kind) {
    meta.kind = entry.kind;
    from('kind');
  }
  if (entry.title && !meta.title) {
    meta.title = entry.title;
    from('title');
  }
  for (const key of ['ingezonden', 'beantwoord', 'verzonden'] as const) {
    const value = entry.dates?.[key];
    if (value && !meta.dates[key]) {
      meta.dates[key] = value;
      from(`dates.${key}`);
    }
  }
  if (entry.parliamentaryYear && !meta.parliamentaryYear) {
    meta.parliamentaryYear = entry.parliamentaryYear;
    from('parliamentaryYear');
  }
  if (entry.kamerstuk && !meta.identifiers.kamerstuk) {
    meta.identifiers.kamerstuk = entry.kamerstuk;
    from('identifiers.kamerstuk');
  }
}
