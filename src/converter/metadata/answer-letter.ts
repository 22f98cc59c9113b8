// A ministry's Word file of answers to Kamervragen: a cover letter, then the title line above
// the questions, instead of the Handelingen header "Vragen van … (ingezonden …)":
//   "In antwoord op uw brief van 7 september 2023, nr. 2023Z14759, deel ik u mede dat …"
//   "Antwoorden van de minister van … op Kamervragen van het lid Wassenberg (PvdD) over …."
// The letterhead's "Onderwerp Beantwoording Kamervragen van het lid … over …" says the same
// when the title line is missing.
import { KAMERVRAGEN_NUMBER } from '../../lib/paper-ids.ts';
import { parseDutchDate } from '../../lib/printed-dates.ts';
import { type Person, parseAskedAbout } from './kamervragen-header.ts';

export interface AnswerLetter {
  /** The date of the Kamer's letter that sent the questions: the day they were sent in. */
  ingezonden: string | null;
  /** The Kamer's number of the questions, when the letter cites it ("nr. 2023Z14759"); a ministry number is not it. */
  registration: string | null;
  questioners: Person[];
  addressees: string[];
  subject: string | null;
}

const clean = (text: string) => text.replace(/\s+/gu, ' ').trim();
/** Like the Kamervragen header, only a cover letter's length is read. */
const OPENING_MAX_CHARACTERS = 8000;

/** "uw brief van 5 juli 2024, nr. 2024Z11859": the Kamer's letter, its date and number. */
const YOUR_LETTER = /\buw brief van (\d{1,2} \p{L}+ \d{4})(?:,? (?:nr\.?|nummer) ?([\p{L}\d/-]+))?/u;
/** "Antwoorden van de minister van … op [de] Kamervragen …", the title above the questions. */
const TITLE = /\bAntwoorden van\b/u;
const TITLE_QUESTIONS = / op (?:de )?(?:[Kk]amer)?vragen (.*)$/su;
/** "Beantwoording [van] Kamervragen …", the letterhead's subject. */
const BEANTWOORDING = /^Beantwoording (?:van )?(?:de )?[Kk]amervragen (.*)$/su;
/** "van het lid X (P)", "lid X (P)", "van de leden X en Y (beiden P)". */
const ASKED_BY = /^(?:van )?(?:(?:het|de) )?(?:lid|leden) /u;

/**
 * The cover letter and title line, as the text before the first question (`opening`), and the
 * letterhead's subject when there is one. What neither prints is null.
 */
export function parseAnswerLetter(opening: string, letterSubject: string | null = null): AnswerLetter {
  const text = clean(withoutTableRules(opening)).slice(0, OPENING_MAX_CHARACTERS);
  const letter = YOUR_LETTER.exec(text);
  const number = letter?.[2] ?? null;
  const title = TITLE.exec(text);
  const titled = title ? TITLE_QUESTIONS.exec(text.slice(title.index)) : null;
  const subject = letterSubject ? BEANTWOORDING.exec(clean(letterSubject).slice(0, OPENING_MAX_CHARACTERS)) : null;
  const asked = (titled && askedBy(titled[1]!)) ?? (subject && askedBy(subject[1]!)) ?? null;
  return {
    ingezonden: letter ? parseDutchDate(letter[1]!) : null,
    registration: number && KAMERVRAGEN_NUMBER.test(number) ? number : null,
    questioners: asked?.questioners ?? [],
    addressees: asked?.addressees ?? [],
    subject: asked?.subject ?? null,
  };
}

/** Pandoc prints a Word table as "| cell | cell |" between "+----+" rules; the cells are the text. */
const withoutTableRules = (text: string) => text.replace(/[|+]|[-=]{3,}/gu, ' ');

/** "het lid Eerdmans (JA21) [aan de minister van …] over het bericht dat … religie. [Vraag 1 …]" */
function askedBy(text: string): Pick<AnswerLetter, 'questioners' | 'addressees' | 'subject'> | null {
  const lead = ASKED_BY.exec(text);
  const asked = lead ? parseAskedAbout(text.slice(lead[0].length)) : null;
  if (!asked?.subject) return asked;
  // The title is one sentence: its subject ends at a full stop before the next sentence, or at "(ingezonden".
  const end = /\.? ?\(ingezonden\b|\. (?=\p{Lu})/u.exec(asked.subject);
  const subject = (end ? asked.subject.slice(0, end.index) : asked.subject).replace(/\.$/u, '').trim();
  return { ...asked, subject: subject || null };
}
