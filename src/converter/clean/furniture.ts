// Page furniture: what a PDF page prints around the text and a reader of the
// paper never reads as part of it. Each rule names the pattern it drops; only
// what a rule names is dropped. Facts printed in a letter's furniture (date,
// subject, kenmerk, sender, addressee) are kept as metadata.
import type { DocumentKind } from '../../schema/document.ts';
import type { FurnitureRemoval, FurnitureRule, LetterheadFacts, Layout, SourceLine } from '../types.ts';

export interface FurnitureResult {
  /** Per source line index: the rule that drops it, if any. */
  dropped: (FurnitureRule | null)[];
  removals: FurnitureRemoval[];
  letterhead: LetterheadFacts;
}

const isBlank = (text: string) => text.trim() === '';
const URL_LINE = /^(?:https?:\/\/|www\.)\S+$/;

/** "Pagina 2 van 5" */
const PAGINA = /^Pagina \d+ van \d+$/;
/** PDF page footer of the Handelingen: "Tweede Kamer, vergaderjaar 2012–2013, Aanhangsel 2" */
const RUNNING_FOOTER = /^(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}[–-]\d{4}, (?:Aanhangsel|\d[\d ]*, nr\. \d+)(?: \d+)?$/;
/** Letterhead: "> Retouradres Postbus 20301 2500 EH  Den Haag" */
const RETURN_ADDRESS = /^>?\s*Retouradres\b/;
/** Letterhead: "Datum 13 februari 2017" on the first page. */
const LETTER_DATE = /^Datum\s+(\d{1,2}\s+\p{L}+\s+\d{4})$/u;
/** Letterhead: "Onderwerp Algemeen Overleg mensenhandel". */
const LETTER_SUBJECT = /^Onderwerp\s+(\S.*)$/;
/** Letterhead sidebar and page headers: a label alone on its line, its value below. */
const SIDEBAR_LABEL = /^(?:Datum|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Bijlage\(n\)|Bijlagen|Contactpersoon)$/;
/** Letterhead sidebar: address lines, phone, e-mail, web address, the "Bij beantwoording …" notice. */
const SIDEBAR_LINE = [
  /^Postbus \d+$/,
  /^\d{4}\s?[A-Z]{2}\s+\p{Lu}/u,
  /^\p{Lu}[\p{L}.' -]+ \d+[a-z]?$/u,
  /^www\.\S+$/,
  /^T\s+[\d ]{8,}$/,
  /^F\s+[\d ]{8,}$/,
  /^\S+@\S+\.\S+$/,
  /^Bij beantwoording\b/,
  /^en ons kenmerk vermelden\.?$/,
  /^Wilt u slechts één zaak in uw$/,
  /^brief behandelen\.?$/,
];

export function findFurniture(lines: readonly SourceLine[], kind: DocumentKind, layout: Layout): FurnitureResult {
  const dropped: (FurnitureRule | null)[] = lines.map(() => null);
  const letterhead: LetterheadFacts = { date: null, subject: null, kenmerk: null, sender: null, recipient: null };
  const text = (i: number) => lines[i]!.text.trim();
  const drop = (i: number, rule: FurnitureRule) => {
    if (dropped[i] === null) dropped[i] = rule;
  };

  for (let i = 0; i < lines.length; i++) {
    const t = text(i);
    if (PAGINA.test(t)) drop(i, 'pagina-n-van-m');
    else if (RUNNING_FOOTER.test(t)) drop(i, 'running-footer');
    // A page number alone on its line, between blank lines.
    else if (layout === 'pdf' && /^\d{1,3}$/.test(t) && (i === 0 || isBlank(lines[i - 1]!.text)) && (i + 1 >= lines.length || isBlank(lines[i + 1]!.text))) drop(i, 'page-number');
    // The same hyperlink printed twice on consecutive lines: keep the first.
    else if (URL_LINE.test(t) && i > 0 && text(i - 1) === t) drop(i, 'duplicated-hyperlink');
  }

  if (kind === 'brief') findLetterhead(lines, dropped, letterhead);

  const removals: FurnitureRemoval[] = [];
  dropped.forEach((rule, i) => {
    if (rule) removals.push({ rule, line: lines[i]!.line, text: lines[i]!.text });
  });
  // Runs of blank lines longer than one are layout, not text: counted for the report.
  let run = 0;
  lines.forEach((l, i) => {
    run = isBlank(l.text) && dropped[i] === null ? run + 1 : 0;
    if (run > 1) removals.push({ rule: 'blank-lines', line: l.line, text: l.text });
  });
  removals.sort((a, b) => a.line - b.line);
  return { dropped, removals, letterhead };
}

/** Runs of non-blank lines not yet dropped: a letterhead prints each sidebar item as one such run. */
function segments(lines: readonly SourceLine[], dropped: readonly (FurnitureRule | null)[]): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  lines.forEach((l, i) => {
    if (isBlank(l.text) || dropped[i] !== null) {
      if (current.length) result.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length) result.push(current);
  return result;
}

function findLetterhead(lines: readonly SourceLine[], dropped: (FurnitureRule | null)[], facts: LetterheadFacts): void {
  const text = (i: number) => lines[i]!.text.trim();
  const salutation = lines.findIndex((l) => /^Geachte\b/.test(l.text.trim()));
  const firstPageEnd = salutation === -1 ? lines.length : salutation;

  for (let i = 0; i < firstPageEnd; i++) {
    const t = text(i);
    const date = LETTER_DATE.exec(t);
    const subject = LETTER_SUBJECT.exec(t);
    if (RETURN_ADDRESS.test(t)) dropped[i] = 'return-address';
    else if (date && !facts.date) {
      dropped[i] = 'letter-date';
      facts.date = { text: date[1]!, line: lines[i]!.line };
    } else if (subject && !facts.subject) {
      dropped[i] = 'letter-subject';
      facts.subject = { text: subject[1]!.trim(), line: lines[i]!.line };
    }
  }

  let previousWasPageHeader = false;
  for (const segment of segments(lines, dropped)) {
    const first = text(segment[0]!);
    const all = segment.map(text);
    // The addressee block on the first page: "Aan de Voorzitter van de Tweede Kamer …", "Postbus 20018", "2500 EA Den Haag".
    if (/^Aan de\b/.test(first) && segment[0]! < firstPageEnd && !facts.recipient) {
      segment.forEach((i) => (dropped[i] = 'addressee-block'));
      facts.recipient = { lines: all, line: lines[segment[0]!]!.line };
      previousWasPageHeader = false;
      continue;
    }
    if (SIDEBAR_LABEL.test(first) && segment.length >= 2) {
      // "Datum" / "13 februari 2017" and "Ons kenmerk" / "10008" repeated at the top of every following page.
      const repeatsOnPage: boolean = first === 'Datum' || (previousWasPageHeader && /kenmerk|referentie/.test(first));
      if (first === 'Contactpersoon' && !facts.sender) facts.sender = { lines: all.slice(1), line: lines[segment[1]!]!.line };
      if (first === 'Ons kenmerk' && !facts.kenmerk) facts.kenmerk = { text: all[1]!, line: lines[segment[1]!]!.line };
      segment.forEach((i) => (dropped[i] = repeatsOnPage ? 'repeated-page-header' : 'letterhead-sidebar'));
      previousWasPageHeader = repeatsOnPage;
      continue;
    }
    previousWasPageHeader = false;
    if (all.every((t) => SIDEBAR_LINE.some((pattern) => pattern.test(t))) && all.some((t) => !/^\p{Lu}[\p{L}.' -]+ \d+[a-z]?$/u.test(t))) {
      segment.forEach((i) => (dropped[i] = 'letterhead-sidebar'));
    }
  }
}
