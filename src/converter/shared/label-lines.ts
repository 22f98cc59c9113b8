// Line patterns that mark structure in these papers. Cleaning needs them to
// know where a block starts; the structure stage needs them to build blocks.

/** "Vraag 1", "Vraag 2, 3 en 4", "Vraag 8 en 9", "Vraag 3a". */
const QUESTION_LABEL = /^Vraag\s+(\d+[a-z]?(?:\s*(?:,|en)\s*\d+[a-z]?)*)\s*:?$/;
/** "Antwoord 1", "Antwoord 2, 3 en 4", "Antwoord op vraag 1", "Antwoord vraag 3 en 4", "Antwoord op vraag 8, 9 en 10", "Antwoord 2l". */
const ANSWER_LABEL = /^Antwoord\s+(?:op\s+)?(?:vra(?:ag|gen)\s+)?(\d+[a-z]?(?:\s*(?:,|en)\s*\d+[a-z]?)*)\s*:?$/;
/** "Antwoord:" or "Antwoord" on its own: the answer to the question(s) just before it. */
const BARE_ANSWER_LABEL = /^Antwoord\s*:?$/;

/**
 * A label's numbers, and the letter of the part asked about when the paper
 * repeats a question for each item of a list ("Vraag 2" … "Antwoord 2l", "Antwoord 2m").
 */
export type Label =
  | { type: 'question'; numbers: number[]; part: string | null }
  | { type: 'answer'; numbers: number[]; part: string | null }
  | { type: 'answer'; numbers: null; part: null };

export function parseLabel(text: string): Label | null {
  const trimmed = text.trim();
  const question = QUESTION_LABEL.exec(trimmed);
  if (question) return { type: 'question', ...parseNumberList(question[1]!) };
  const answer = ANSWER_LABEL.exec(trimmed);
  if (answer) return { type: 'answer', ...parseNumberList(answer[1]!) };
  if (BARE_ANSWER_LABEL.test(trimmed)) return { type: 'answer', numbers: null, part: null };
  return null;
}

function parseNumberList(list: string): { numbers: number[]; part: string | null } {
  const items = list.split(/\s*(?:,|en)\s*/);
  const letters = new Set(items.map((item) => /[a-z]$/.exec(item)?.[0] ?? ''));
  // One letter shared by every number is a part ("2l"); mixed letters are not a shape these papers print.
  const part = letters.size === 1 ? [...letters][0]! || null : null;
  return { numbers: items.map((n) => Number.parseInt(n, 10)), part };
}

/** "Ad 1) Capaciteit …", "Ad 4 Aanpak …": a letter's numbered topics. */
export const AD_HEADING = /^Ad\s+\d+\)?\s+\p{Lu}/u;
/** "I. Mensenhandel", "1. Beschikbare middelen …": numbered section headings (a line of their own). */
export const NUMBERED_HEADING = /^(?:[IVXLC]+|\d{1,2})\.\s+\p{Lu}[^.:;,?!]*$/u;
const ROMAN = /^[IVXLC]+\./;
/** "a) Titel voorstel", "c) Proportionaliteit": a lettered sub-section of a numbered one (a BNC-fiche's items). */
const LETTERED_HEADING = /^[a-z]\)\s+\p{Lu}[^.:;,?!]*$/u;

/** A short line of its own that names a section: "Inleiding", "Tot slot", "Vragen en antwoorden". */
export function isPlainHeading(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/);
  return /^\p{Lu}[\p{L} ]*$/u.test(trimmed) && words.length <= 4 && trimmed.length <= 40;
}

/** The longest line taken for a section title that runs straight into its text: longer lines are text. */
const TITLE_MAX = 80;
const TITLE_MAX_WORDS = 12;
/**
 * A section title as letters print one above its text: a capital, no sentence inside, and no closing
 * punctuation ("Data en monitoring", "Landbouw, Water en Voedsel", "Bijlage: Mogelijke aanvullende
 * maatregelen op het NPCE"). A colon or comma at the end introduces what follows; a full stop ends a sentence.
 */
const SECTION_TITLE = /^\p{Lu}[^.;!?]*[\p{L}\p{N})]$/u;
/** A title keeps its number or letter: "4. Beoordeling bevoegdheid, subsidiariteit en …", "2.1 Inleiding", "b) …". */
const TITLE_NUMBER = /^(?:[IVXLC]+\.|\d{1,2}\.(?:\d{1,2}\.)*\d{0,2}|[a-z]\))\s+/;
/** A letter's section title may ask its question ("Draagmoederschap of adoptie?"). */
const QUESTION_TITLE = /^\p{Lu}[^.;!?]*[\p{L}\p{N})]\?$/u;

/** A wide gap inside a line sets two things side by side (a running header's title and date, two columns of a page). */
export function holdsColumns(text: string): boolean {
  return /\s{3}/.test(text.trim());
}

/** Whether a line, set apart from a paragraph's end, could title the section that follows it. */
export function isSectionTitle(text: string, asks: boolean): boolean {
  const trimmed = text.trim();
  if (trimmed.length > TITLE_MAX || trimmed.split(/\s+/).length > TITLE_MAX_WORDS) return false;
  if (holdsColumns(trimmed)) return false;
  return (
    NUMBERED_HEADING.test(trimmed) ||
    LETTERED_HEADING.test(trimmed) ||
    SECTION_TITLE.test(trimmed.replace(TITLE_NUMBER, '')) ||
    (asks && QUESTION_TITLE.test(trimmed))
  );
}

export function headingLevel(text: string): 2 | 3 {
  const trimmed = text.trim();
  if (ROMAN.test(trimmed) || AD_HEADING.test(trimmed)) return 2;
  if (/^\d/.test(trimmed) || LETTERED_HEADING.test(trimmed)) return 3;
  return 2;
}

/**
 * "De leden van de GroenLinks-PvdA-fractie vragen …" → "GroenLinks-PvdA". Not after "van"
 * ("de vragen van de leden van de PvdA-fractie" speaks about the questions, it does not ask one).
 */
const FRACTIE_MENTION = /(?<!\bvan\s)\b[Dd]e\s+leden\s+van\s+de\s+(\p{L}[\p{L}\d-]*?)-fractie\b/u;
const THESE_MEMBERS = /^Deze\s+leden\b/u;

export function fractieMentioned(text: string): string | null {
  const match = FRACTIE_MENTION.exec(text);
  return match ? match[1]! : null;
}

/** "Deze leden …" at the start of a paragraph: a further question of the fractie named last. */
export function startsWithTheseMembers(text: string): boolean {
  return THESE_MEMBERS.test(text.slice(0, 12));
}

/** Where a new question starts inside a paragraph: after a sentence end (and a glued footnote marker), "De leden van de X-fractie". */
export const MID_LINE_QUESTION_START =
  /(?<=[.?!»”’)]\d{0,3})\s+(?=De\s+leden\s+van\s+de\s+[\p{L}][\p{L}\d-]*-fractie\b)/gu;
