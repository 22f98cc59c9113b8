// The header of answered Kamervragen, as printed above the first question:
//   "Vragen van de leden Tjeerd de Groot en Sneller (beiden D66) aan de Minister van … over het
//    bericht «…» (ingezonden 23 januari 2024). Antwoord van Minister Adriaansens (Economische Zaken
//    en Klimaat), mede namens … (ontvangen 14 februari 2024). Zie ook Aanhangsel Handelingen,
//    vergaderjaar 2023–2024, nr. 967."
// PDF extracts glue words where a line ended ("ontdekt(ingezonden", "ontvangen13 augustus",
// "ookAanhangsel"); another stage may split them first, so both forms are read. A repeated word
// ("de de") does not break the reading. Names, parties and offices are kept as printed.
import { aanhangselId } from '../../lib/paper-ids.ts';
import { parseDutchDate } from '../../lib/printed-dates.ts';

export interface Person {
  name: string;
  party: string | null;
}

export interface KamervragenHeader {
  questioners: Person[];
  addressees: string[];
  /** What the questions are about, as printed after "over". */
  subject: string | null;
  ingezonden: string | null;
  /** "2024Z19016", glued to the date by a Word export ("21 november, 20242024Z19016"). */
  registration: string | null;
  answeredBy: { role: string | null; name: string | null; ministry: string | null } | null;
  onBehalfOf: string[];
  beantwoord: string | null;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
/**
 * A header of questions and answer runs to a few hundred characters (the longest of the real papers,
 * with nine "Zie ook" notices, to about 1,400). Only this much is read, so that its patterns, which
 * search with lazy groups, take time in proportion to a header and not to a hostile file.
 */
const HEADER_MAX_CHARACTERS = 4000;

const QUESTIONS = /Vragen\s+van\s+(?:(?:het|de)\s+)+(?:lid|leden)\s+(.+?)\s*\(\s*ingezonden\s*([^)]*)\)/su;
const ANSWER = /Antwoord\s+van\s+(.+?)\s*\(\s*ontvangen\s*([^)]*)\)/su;

export function parseKamervragenHeader(header: string): KamervragenHeader {
  const text = clean(header).slice(0, HEADER_MAX_CHARACTERS);
  const facts: KamervragenHeader = {
    questioners: [],
    addressees: [],
    subject: null,
    ingezonden: null,
    registration: null,
    answeredBy: null,
    onBehalfOf: [],
    beantwoord: null,
  };
  const questions = QUESTIONS.exec(text);
  if (questions) {
    const asked = parseAskedAbout(questions[1]!);
    if (asked) {
      facts.questioners = asked.questioners;
      facts.addressees = asked.addressees;
      facts.subject = asked.subject;
    }
    const submitted = parseSubmitted(questions[2]!);
    facts.ingezonden = submitted.date;
    facts.registration = submitted.registration;
  }
  const answer = ANSWER.exec(text);
  if (answer) {
    const [who, ...behalf] = answer[1]!.split(/,?\s*mede\s+namens\s+/u);
    const official = /^(\S+)\s+(.+?)\s*\(([^)]+)\)$/u.exec(who!.trim());
    facts.answeredBy = official
      ? { role: official[1]!, name: official[2]!, ministry: clean(official[3]!) }
      : who!.trim()
        ? { role: null, name: who!.trim(), ministry: null }
        : null;
    facts.onBehalfOf = behalf.flatMap(parseOffices);
    facts.beantwoord = parseSubmitted(answer[2]!).date;
  }
  return facts;
}

/**
 * "Tjeerd de Groot en Sneller (beiden D66) aan de Minister van … over het bericht …": who asked,
 * whom, and about what. A ministry's answer file may leave out "aan …" ("lid Wassenberg (PvdD) over …").
 * Callers hand it a header's length of text.
 */
export function parseAskedAbout(
  text: string,
): Pick<KamervragenHeader, 'questioners' | 'addressees' | 'subject'> | null {
  // Questioners end where their last party bracket is followed by "aan" or "over"; offices end at the first "over".
  const parts = /^(.+?\)|[^()]+?)\s+(?:aan\s+(.+?)\s+)?over\s+(.+)$/su.exec(text);
  if (!parts) return null;
  return {
    questioners: parseQuestioners(parts[1]!),
    addressees: parts[2] ? parseOffices(parts[2]) : [],
    subject: parts[3]!.trim() || null,
  };
}

/** "19 september 2017"; "28 juni2024" (glued at a line end); "21 november, 20242024Z19016" (a Word export glues the year to the registration number). */
function parseSubmitted(text: string): { date: string | null; registration: string | null } {
  const m = /^(\d{1,2}\s*\p{L}+),?\s*(\d{4})(\d{4}Z\d{5})?$/u.exec(text.trim());
  if (!m) return { date: null, registration: null };
  const dayMonth = m[1]!.replace(/^(\d+)\s*/u, '$1 ');
  return { date: parseDutchDate(`${dayMonth} ${m[2]}`), registration: m[3] ?? null };
}

/**
 * "Jasper van Dijk (SP)", "Tjeerd de Groot en Sneller (beiden D66)",
 * "A , B (beiden CDA) en C (Nieuw Sociaal Contract)": each group of names
 * shares the party in the bracket after it; each person once.
 */
export function parseQuestioners(text: string): Person[] {
  const people: Person[] = [];
  const add = (names: string, party: string | null) => {
    for (const raw of names.split(/\s*,\s*|\s+en\s+/u)) {
      const name = raw.replace(/^en\s+/u, '').trim();
      if (name && !people.some((p) => p.name === name)) people.push({ name, party });
    }
  };
  let rest = text.trim();
  for (;;) {
    const group = /^(?:,|en\b)?\s*([^()]+?)\s*\(([^)]*)\)\s*/u.exec(rest);
    if (!group) break;
    add(group[1]!, group[2]!.replace(/^(?:beiden|allen|alle\s+\S+)\s+/u, '').trim() || null);
    rest = rest.slice(group[0].length);
  }
  add(rest.replace(/^(?:,|en\b)\s*/u, ''), null);
  return people;
}

/**
 * Offices as printed, each once, without the article: "de Minister-President en de Ministers van
 * Financiën, van Sociale Zaken en Werkgelegenheid en van …" → "Minister-President",
 * "Minister van Financiën", …; "de Staatssecretaris van VWS, de Minister van SZW en de Minister van BZ" → three.
 */
export function parseOffices(text: string): string[] {
  const offices: string[] = [];
  const groups = clean(text.replace(/\.$/u, ''))
    .replace(/^(?:de\s+)+/iu, '')
    .split(/\s*(?:,|\ben\b)\s+(?:de\s+)+(?=\p{Lu})/u);
  for (const group of groups) {
    const plural = /^(Ministers|Staatssecretarissen|ministers|staatssecretarissen)\s+((?:van|voor)\s.+)$/u.exec(group);
    // "Ministers" → "Minister", "Staatssecretarissen" → "Staatssecretaris".
    const singular = plural ? plural[1]!.replace(/ssen$|s$/u, (end) => (end === 'ssen' ? 's' : '')) : null;
    const list = plural
      ? plural[2]!.split(/\s*(?:,|\ben\b)\s*(?=(?:van|voor)\s)/u).map((part) => `${singular} ${part.trim()}`)
      : [group.trim()];
    for (const office of list) if (office && !offices.includes(office)) offices.push(office);
  }
  return offices;
}

export interface SeeAlso {
  paper: string;
  text: string;
}

const SEE_ALSO =
  /Zie\s*ook\s*(Aanhangsels?\s*Handelingen\s*,?\s*vergaderjaar\s*(\d{4})\s*[–-]\s*(\d{4})\s*,?\s*nr\.?\s*(\d+(?:\s*(?:,|\ben\b)\s*\d+)*))/gu;

/**
 * "Zie ook Aanhangsel Handelingen, vergaderjaar 2017–2018, nr. 172": another, earlier paper
 * (usually the notice that the answer is delayed), never the paper itself. "nr. 1767 en 1775"
 * names two; a paper named twice is listed once.
 */
export function parseSeeAlso(header: string): SeeAlso[] {
  const found: SeeAlso[] = [];
  for (const m of clean(header).matchAll(SEE_ALSO)) {
    for (const nummer of m[4]!.split(/\s*(?:,|\ben\b)\s*/u)) {
      const paper = aanhangselId({ vergaderjaar: `${m[2]}-${m[3]}`, nummer: Number(nummer) });
      if (!found.some((f) => f.paper === paper)) found.push({ paper, text: m[1]!.trim() });
    }
  }
  return found;
}
