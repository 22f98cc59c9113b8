// Stage 6: the facts a document states about itself (who asked whom, when,
// under which number), plus the reviewed catalog, into validated frontmatter.
// Nothing is guessed: what neither states is null.
import type { DocumentFrontmatter } from '../schema/document.ts';
import { parliamentaryYearOf, parseDutchDate } from '../lib/dates.ts';
import { permalinkSlug } from '../lib/permalink.ts';
import type { CatalogEntry } from './catalog.ts';
import type { Inline, ResolvedDocument } from './types.ts';

type Meta = Omit<DocumentFrontmatter, 'structure' | 'source' | 'slug' | 'summary' | 'references' | 'mentions' | 'events' | 'unresolvedDates' | 'compounds' | 'promises'>;

const EMPTY: Meta = {
  kind: 'brief',
  title: '',
  dates: { ingezonden: null, beantwoord: null, verzonden: null },
  questioners: [],
  addressees: [],
  answeredBy: null,
  onBehalfOf: [],
  sender: null,
  recipient: null,
  identifiers: { aanhangsel: null, kamervragen: null, kenmerk: null, kamerstuk: null },
  parliamentaryYear: null,
  provenance: {},
};

export function extractMetadata(document: ResolvedDocument, catalog: CatalogEntry | undefined): Omit<DocumentFrontmatter, 'structure' | 'source' | 'summary' | 'references' | 'mentions' | 'events' | 'unresolvedDates' | 'compounds' | 'promises'> {
  const intro = document.body.flatMap((b) => (b.type === 'paragraph' ? [plainText(b.content)] : [])).join('\n');
  const meta: Meta = structuredClone({ ...EMPTY, kind: document.kind });
  const stated = (field: string) => (meta.provenance[field] = 'document');

  if (document.kind === 'kamervragen') kamervragenHeader(intro, meta, stated);
  else if (document.kind === 'brief') letterhead(document, meta, stated);
  else consultationIntro(intro, meta, stated, document);

  if (catalog) applyCatalog(meta, catalog);
  const date = meta.dates.beantwoord ?? meta.dates.verzonden ?? meta.dates.ingezonden;
  if (!meta.parliamentaryYear && date) {
    meta.parliamentaryYear = parliamentaryYearOf(date);
    if (meta.parliamentaryYear) meta.provenance.parliamentaryYear = 'derived';
  }
  return { ...meta, slug: permalinkSlug(meta) };
}

export const plainText = (inlines: readonly Inline[]) => inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'footnoteReference' ? '' : i.text)).join('');
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * "Vragen van het lid Jasper van Dijk (SP) aan de Staatssecretaris van … over … (ingezonden 19 september 2017)."
 * "Antwoord van Staatssecretaris Harbers (Justitie en Veiligheid), mede namens … (ontvangen 10 november 2017). Zie ook Aanhangsel Handelingen, vergaderjaar 2017–2018, nr. 172."
 */
function kamervragenHeader(intro: string, meta: Meta, stated: (f: string) => void): void {
  const text = clean(intro);
  const questions = /Vragen van (?:het lid|de leden) (.+?) aan (.+?) over (.+?) \(ingezonden ([^)]*)\)/.exec(text);
  if (questions) {
    meta.questioners = parseQuestioners(questions[1]!);
    meta.addressees = parseAddressees(questions[2]!);
    meta.title = capitalise(questions[3]!.trim());
    ['questioners', 'addressees', 'title'].forEach(stated);
    // "21 november, 20242024Z19016": a Word export glues the year to the registration number.
    const submitted = /^(\d{1,2} \p{L}+),? (\d{4})(\d{4}Z\d{5})?$/u.exec(questions[4]!.trim()) ?? /^(\d{1,2} \p{L}+) (\d{4})$/u.exec(questions[4]!.trim());
    const date = submitted ? parseDutchDate(`${submitted[1]} ${submitted[2]}`) : null;
    if (date) {
      meta.dates.ingezonden = date;
      stated('dates.ingezonden');
    }
    if (submitted?.[3]) {
      meta.identifiers.kamervragen = submitted[3];
      stated('identifiers.kamervragen');
    }
  }
  const answer = /Antwoord van (.+?) \(ontvangen ([^)]*)\)/.exec(text);
  if (answer) {
    const [who, ...behalf] = answer[1]!.split(/,?\s+mede namens\s+/);
    const official = /^(\S+)\s+(.+?)\s+\(([^)]+)\)$/.exec(who!.trim());
    meta.answeredBy = official ? { role: official[1]!, name: official[2]!, ministry: official[3]! } : { role: null, name: who!.trim(), ministry: null };
    meta.onBehalfOf = behalf.flatMap(splitPeople);
    stated('answeredBy');
    const date = parseDutchDate(answer[2]!);
    if (date) {
      meta.dates.beantwoord = date;
      stated('dates.beantwoord');
    }
  }
  const aanhangsel = /Aanhangsel Handelingen,? vergaderjaar (\d{4})\s*[–-]\s*(\d{4}),? nr\.? (\d+)/.exec(text);
  if (aanhangsel) {
    meta.identifiers.aanhangsel = { vergaderjaar: `${aanhangsel[1]}-${aanhangsel[2]}`, nummer: Number(aanhangsel[3]) };
    meta.parliamentaryYear = `${aanhangsel[1]}-${aanhangsel[2]}`;
    stated('identifiers.aanhangsel');
    stated('parliamentaryYear');
  }
}

/** "Jasper van Dijk (SP)", "Dral en Rajkowski (beiden VVD)", "A (X) en B (Y)". */
function parseQuestioners(text: string): Meta['questioners'] {
  const shared = /^(.+?) \((?:beiden|allen) ([^)]+)\)$/.exec(text.trim());
  if (shared) return shared[1]!.split(/,\s*|\s+en\s+/).map((name) => ({ name: name.trim(), party: shared[2]!.trim() }));
  return [...text.matchAll(/([^,()]+?) \(([^)]+)\)/g)].map((m) => ({ name: m[1]!.replace(/^(?:en|,)\s+/, '').trim(), party: m[2]!.trim() }));
}

/** "de ministers van Justitie en Veiligheid en van Asiel en Migratie" → two addressees. */
function parseAddressees(text: string): string[] {
  const plural = /^(?:de )?(minister|staatssecretaris)sen? van (.+)$/i.exec(text.trim()) ?? /^(?:de )?(minister)s van (.+)$/i.exec(text.trim());
  if (plural && / en van /.test(plural[2]!)) return plural[2]!.split(/ en van /).map((m) => `${plural[1]!} van ${m.trim()}`);
  return [text.trim().replace(/^de /, '')];
}

/** "de Staatssecretaris van VWS, de Minister van SZW en de Minister van BZ" → three. */
function splitPeople(text: string): string[] {
  return text
    .replace(/\.$/, '')
    .split(/,\s+(?=de\s)|\s+en\s+(?=de\s)/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function letterhead(document: ResolvedDocument, meta: Meta, stated: (f: string) => void): void {
  const facts = document.letterhead;
  if (facts.subject) {
    meta.title = capitalise(facts.subject.text);
    stated('title');
  }
  const date = facts.date ? parseDutchDate(facts.date.text) : null;
  if (date) {
    meta.dates.verzonden = date;
    stated('dates.verzonden');
  }
  if (facts.kenmerk) {
    meta.identifiers.kenmerk = facts.kenmerk.text;
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

/** "…uit het Schriftelijk Overleg van 16 mei 2024 over het Actieplan programma Samen tegen mensenhandel." */
function consultationIntro(intro: string, meta: Meta, stated: (f: string) => void, document: ResolvedDocument): void {
  const text = clean(intro);
  const overleg = /[Ss]chriftelijk [Oo]verleg van (\d{1,2} \p{L}+ \d{4}) over (.+?)\./u.exec(text);
  if (overleg) {
    meta.title = capitalise(overleg[2]!.trim());
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
    meta.onBehalfOf = splitPeople(behalf[1]!);
    stated('onBehalfOf');
  }
}

function applyCatalog(meta: Meta, entry: CatalogEntry): void {
  const from = (field: string) => (meta.provenance[field] = 'catalog');
  if (entry.kind) meta.kind = entry.kind;
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
