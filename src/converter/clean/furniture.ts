// Page furniture: what a PDF page prints around the text and a reader of the
// paper never reads as part of it. Each rule names the pattern it drops; only
// what a rule names is dropped. Facts printed in a letter's furniture (date,
// subject, kenmerk, sender, addressee) are kept as metadata.
import type { DocumentKind } from '../../schema/document.ts';
import type { FurnitureRemoval, FurnitureRule, LetterheadFacts, Layout, SourceLine } from '../types.ts';
import { pageStartTest } from './page-start.ts';

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
/**
 * PDF page footer: "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel" on a Handelingen page, "…, 36 278, nr. 32" on
 * a Kamerstuk page ("21 501-02", "36 200 VI" for a dossier's part), then the page number at the right margin. A
 * note that cites another paper prints the same words ("Tweede Kamer, vergaderjaar 2017–2018, 26 485, nr. 267"):
 * only the paper's own footer is furniture (ownRunningFooter). Groups: chamber, vergaderjaar, what it names.
 */
const RUNNING_FOOTER =
  /^(Tweede|Eerste)\s+Kamer,\s+vergaderjaar\s+(\d{4}\s*[–-]\s*\d{4}),\s+(Aanhangsel|\d+(?:\s+\d+)*(?:-\d+)?(?:\s+[A-Z]{1,5})?,\s+nr\.\s+\d+)(?:\s+\d+)?$/;
/** pypdf first page: "Tweede Kamer der Staten-Generaal2" (the logo's "2" glued on). */
const MASTHEAD = /^(?:Tweede|Eerste) Kamer der Staten-Generaal\d?$/;
/** pypdf first page: "Vergaderjaar 2023–2024  Aanhangsel van de Handelingen". */
const VERGADERJAAR_HEADER = /^Vergaderjaar \d{4}[–-]\d{4}\s+Aanhangsel van de Handelingen$/;
/** pypdf first page: "Vragen gesteld door de leden der Kamer, met de daarop door de" / "regering gegeven antwoorden". */
const SUBTITLE =
  /^(?:Vragen gesteld door de leden der Kamer, met de daarop door de(?: regering gegeven antwoorden)?|regering gegeven antwoorden)$/;
/** pypdf first page: the paper's own number alone on the line after the subtitle ("1031"). */
const PAPER_NUMBER = /^\d{1,5}$/;
/** pypdf page footer: the paper's identifier, "ah-tk-20232024-1031". */
const DOCUMENT_IDENTIFIER = /^(?:ah|kst|h|blg)-(?:tk|ek)-\d{8}-[\w-]+$/;
/**
 * First-page imprint: "ISSN 0921 - 7398" and "’s-Gravenhage 2024", printed in the margin on the running footer's
 * line, so an extract gives them on lines of their own, glued to each other and to the footer, or side by side.
 */
const IMPRINT_PART = /^(?:ISSN\s*\d{4}\s*-\s*\d{4}|['’]s-Gravenhage\s+\d{4})\s*/;
/** Furniture that marks the end of a page, so a lone number beside it is that page's number. */
const PAGE_END_RULES: ReadonlySet<FurnitureRule> = new Set([
  'pagina-n-van-m',
  'running-footer',
  'document-identifier',
  'handelingen-imprint',
  'footer-spacing',
  'repeated-page-header',
]);
/** A page number: 1–3 digits alone on a line. */
const LONE_NUMBER = /^\d{1,3}$/;

/** Letterhead: "> Retouradres Postbus 20301 2500 EH  Den Haag" */
const RETURN_ADDRESS = /^>?\s*Retouradres\b/;
/** Letterhead: "Datum 13 februari 2017" on the first page. */
const LETTER_DATE = /^Datum\s+(\d{1,2}\s+\p{L}+\s+\d{4})$/u;
/** Letterhead: "Onderwerp Algemeen Overleg mensenhandel". */
const LETTER_SUBJECT = /^Onderwerp\s+(\S.*)$/;
/** Letterhead sidebar and page headers: a label alone on its line, its value below. */
const SIDEBAR_LABEL =
  /^(?:Datum|Ons kenmerk|Uw kenmerk|Onze referentie|Uw referentie|Bijlage\(n\)|Bijlagen|Contactpersoon)$/;
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

  const isRunningFooter = ownRunningFooter(lines, layout);
  if (layout === 'pdf') {
    findHandelingenHeader(lines, drop);
    findHandelingenFooters(lines, isRunningFooter, drop);
  }
  for (let i = 0; i < lines.length; i++) {
    const t = text(i);
    if (PAGINA.test(t)) drop(i, 'pagina-n-van-m');
    else if (isRunningFooter(t)) drop(i, 'running-footer');
    // The same hyperlink printed twice on consecutive lines: keep the first.
    else if (URL_LINE.test(t) && i > 0 && text(i - 1) === t) drop(i, 'duplicated-hyperlink');
  }

  if (kind === 'brief') findLetterhead(lines, dropped, letterhead);
  if (layout === 'pdf') findPageNumbers(lines, dropped, drop);

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

type Drop = (index: number, rule: FurnitureRule) => void;

/** What a running footer names, whatever the spacing and page number: "Tweede Kamer 2023–2024 Aanhangsel". */
function footerKey(text: string): string | null {
  const m = RUNNING_FOOTER.exec(text);
  return m && `${m[1]} ${m[2]!.replace(/\s/g, '').replace('-', '–')} ${m[3]!.replace(/\s+/g, ' ')}`;
}

/** The imprint parts a line starts with, and what follows them. */
function splitImprint(text: string): { imprint: boolean; rest: string } {
  let rest = text;
  for (let m = IMPRINT_PART.exec(rest); m; m = IMPRINT_PART.exec(rest)) rest = rest.slice(m[0].length);
  return { imprint: rest !== text, rest };
}

/**
 * The paper's own running footer, told from a note that cites another paper in the same words: it is the one
 * printed beside the imprint, else the one printed on most pages (a cited paper is cited once or twice, the
 * footer is on every page; on a tie, the last one, as a page prints its footer below its notes). A one-page
 * PDF prints its footer once, below any note: then the last one. Tests a trimmed line.
 */
function ownRunningFooter(lines: readonly SourceLine[], layout: Layout): (text: string) => boolean {
  const sightings = lines.flatMap((l) => {
    const { imprint, rest } = splitImprint(l.text.trim());
    const key = footerKey(rest);
    return key ? [{ key, imprint }] : [];
  });
  const counts = new Map<string, number>();
  for (const { key } of sightings) counts.set(key, (counts.get(key) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  const last = sightings.findLast(({ key }) => counts.get(key) === most)?.key;
  const own = sightings.find(({ imprint }) => imprint)?.key ?? (most > 1 || layout === 'pdf' ? last : undefined);
  return (text) => own !== undefined && footerKey(text) === own;
}

/** The official header at the top of a pypdf extract's first page; only there, and only the lines it consists of. */
function findHandelingenHeader(lines: readonly SourceLine[], drop: Drop): void {
  let afterSubtitle = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (t === '') continue;
    if (MASTHEAD.test(t)) drop(i, 'handelingen-masthead');
    else if (VERGADERJAAR_HEADER.test(t)) drop(i, 'handelingen-vergaderjaar');
    else if (SUBTITLE.test(t)) drop(i, 'handelingen-subtitle');
    else if (afterSubtitle && PAPER_NUMBER.test(t)) {
      drop(i, 'paper-number');
      return;
    } else return;
    afterSubtitle = /antwoorden$/.test(t);
  }
}

/**
 * The footer that ends a page: "ah-tk-20232024-1031" and "ISSN 0921 -
 * 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1"
 * (glued, side by side or on lines of their own), with the lines of spaces
 * around them. The running footer alone is the 'running-footer' rule; here it
 * takes the rule of the footer it is part of.
 */
function findHandelingenFooters(
  lines: readonly SourceLine[],
  isRunningFooter: (text: string) => boolean,
  drop: Drop,
): void {
  const text = (i: number) => lines[i]!.text.trim();
  // "ISSN 0921 - 7398", "’s-Gravenhage 2024", or both with the running footer beside them.
  const isImprint = (t: string) => {
    const { imprint, rest } = splitImprint(t);
    return imprint && (rest === '' || isRunningFooter(rest));
  };
  const inFooter = (i: number) => DOCUMENT_IDENTIFIER.test(text(i)) || isImprint(text(i)) || isRunningFooter(text(i));
  const spacesOnly = (i: number) => i >= 0 && i < lines.length && lines[i]!.text !== '' && text(i) === '';
  for (let start = 0; start < lines.length; start++) {
    if (!inFooter(start)) continue;
    let end = start;
    while (end + 1 < lines.length && inFooter(end + 1)) end++;
    const run = Array.from({ length: end - start + 1 }, (_, k) => start + k);
    // A footer has the imprint, or the identifier next to the running footer; an identifier alone is text.
    const isFooter =
      run.some((i) => isImprint(text(i))) || (run.length > 1 && run.some((i) => DOCUMENT_IDENTIFIER.test(text(i))));
    if (isFooter) {
      for (const i of run)
        drop(
          i,
          DOCUMENT_IDENTIFIER.test(text(i))
            ? 'document-identifier'
            : isImprint(text(i))
              ? 'handelingen-imprint'
              : 'running-footer',
        );
      for (let i = start - 1; spacesOnly(i); i--) drop(i, 'footer-spacing');
      for (let i = end + 1; spacesOnly(i); i++) drop(i, 'footer-spacing');
    }
    start = end;
  }
}

/**
 * A number alone on its line between blank lines is a page number only with
 * evidence: page-end furniture or a fresh page beside it (across blank lines
 * only), or a sequence of such numbers counting up at regular intervals. Without
 * evidence it is text: an answer that reads "958", a column of a table.
 */
function findPageNumbers(lines: readonly SourceLine[], dropped: readonly (FurnitureRule | null)[], drop: Drop): void {
  const isPageStart = pageStartTest(lines);
  const blankOrEdge = (i: number) => i < 0 || i >= lines.length || (isBlank(lines[i]!.text) && dropped[i] === null);
  const candidates = lines
    .map((_, i) => i)
    .filter(
      (i) => dropped[i] === null && LONE_NUMBER.test(lines[i]!.text.trim()) && blankOrEdge(i - 1) && blankOrEdge(i + 1),
    );
  const neighbour = (i: number, step: 1 | -1) => {
    let j = i + step;
    while (j >= 0 && j < lines.length && isBlank(lines[j]!.text) && dropped[j] === null) j += step;
    return j >= 0 && j < lines.length ? j : null;
  };
  const besidePageEnd = (i: number) =>
    [neighbour(i, -1), neighbour(i, 1)].some(
      (j) => j !== null && dropped[j] !== null && PAGE_END_RULES.has(dropped[j]!),
    ) ||
    (neighbour(i, 1) !== null && isPageStart(neighbour(i, 1)!));
  for (const i of candidates) if (besidePageEnd(i)) drop(i, 'page-number');
  for (const run of countingRuns(candidates, (i) => Number(lines[i]!.text.trim())))
    for (const i of run) drop(i, 'page-number');
}

/** Runs of three or more candidates whose numbers count up by one, at intervals that differ by no more than half of the shortest. */
function countingRuns(candidates: readonly number[], value: (i: number) => number): number[][] {
  const runs: number[][] = [];
  const used = new Set<number>();
  for (const first of candidates) {
    if (used.has(first)) continue;
    const run = [first];
    for (const next of candidates) if (next > run.at(-1)! && value(next) === value(run.at(-1)!) + 1) run.push(next);
    const gaps = run.slice(1).map((i, k) => i - run[k]!);
    const regular = gaps.length > 0 && Math.max(...gaps) - Math.min(...gaps) <= Math.min(...gaps) / 2;
    if (run.length >= 3 && regular) {
      runs.push(run);
      for (const i of run) used.add(i);
    }
  }
  return runs;
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
      for (const i of segment) dropped[i] = 'addressee-block';
      facts.recipient = { lines: all, line: lines[segment[0]!]!.line };
      previousWasPageHeader = false;
      continue;
    }
    if (SIDEBAR_LABEL.test(first) && segment.length >= 2) {
      // "Datum" / "13 februari 2017" and "Ons kenmerk" / "10008" repeated at the top of every following page.
      const repeatsOnPage: boolean = first === 'Datum' || (previousWasPageHeader && /kenmerk|referentie/.test(first));
      if (first === 'Contactpersoon' && !facts.sender)
        facts.sender = { lines: all.slice(1), line: lines[segment[1]!]!.line };
      if (first === 'Ons kenmerk' && !facts.kenmerk) facts.kenmerk = { text: all[1]!, line: lines[segment[1]!]!.line };
      for (const i of segment) dropped[i] = repeatsOnPage ? 'repeated-page-header' : 'letterhead-sidebar';
      previousWasPageHeader = repeatsOnPage;
      continue;
    }
    previousWasPageHeader = false;
    if (
      all.every((t) => SIDEBAR_LINE.some((pattern) => pattern.test(t))) &&
      all.some((t) => !/^\p{Lu}[\p{L}.' -]+ \d+[a-z]?$/u.test(t))
    ) {
      for (const i of segment) dropped[i] = 'letterhead-sidebar';
    }
  }
}
