// Stage 9 of 11: promises (toezeggingen), sentences in answers and letters where the writer
// commits to a later act — "Ik zal uw Kamer … informeren", "Daarom zal ik de
// mogelijkheid onderzoeken", "Ik informeer de Kamer voor het zomerreces over …",
// "Voor het einde van het jaar ontvangt u …". Precision comes first: the writer
// must speak of their own future act ("ik zal", "het kabinet zal"), or of what
// the Kamer will be sent, or say "toezeggen" of themselves; never in a question,
// a footnote, the past tense, or a future that only goes on, must or can. The time a promise names is resolved against
// the paper's own date where the words allow it, and otherwise kept as printed.
import { sentencesOf } from '../../lib/sentences.ts';
import { inlinesInReadingOrder, plainText } from '../shared/inlines.ts';
import type { FoundPromise, LinkedDocument } from '../types.ts';

/** The reader: the Kamer, or "u" addressed in an answer. */
const KAMER = /\b(?:uw|de)\s+(?:Tweede\s+)?Kamer\b|\bu\b/i;
/** Acts of informing or sending, as a past participle after "zal … worden". */
const ACT_PASSIVE =
  /\b(?:worden|wordt)\s+(?:(?:toe|op)?gestuurd|verstuurd|(?:toe)?gezonden|verzonden|aangeboden|voorgelegd|geïnformeerd)\b|\bgeïnformeerd\s+worden\b/i;
/** The writer's own future: "Ik zal", "zal ik", "het kabinet zal", "wij zullen", "zullen wij". */
const FIRST_PERSON_FUTURE =
  /\b(?:ik|het kabinet)\s+zal\b|\bzal\s+(?:ik|het kabinet)\b|\b(?:wij|we)\s+zullen\b|\bzullen\s+(?:wij|we)\b/i;
/** How far after "zal" a "blijven", "moeten" or "kunnen" still belongs to it: the verb ends its clause. */
const NO_ACT_WINDOW = 13;

/** A future that promises no act: going on as before, or what must or can happen ("zal … blijven", "zal … moeten"). */
function futureWithoutAct(sentence: string): boolean {
  const words = sentence
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''));
  return words.some(
    (w, i) =>
      (w === 'zal' || w === 'zullen') &&
      words.slice(i + 1, i + 1 + NO_ACT_WINDOW).some((v) => v === 'blijven' || v === 'moeten' || v === 'kunnen'),
  );
}
/** Present tense used for the future ("Ik informeer de Kamer voor het zomerreces"): counts only with a time ahead. */
const FIRST_PERSON_PRESENT =
  /\b(?:ik|het kabinet)\s+(?:informeer|informeert|stuur|stuurt|zend|zendt|bied|biedt)\s+(?:uw|de|u)\b|\b(?:informeer|stuur|zend|bied)\s+ik\s+(?:uw|de|u)\b/i;
/** "… ontvangt u …", "ontvangt uw Kamer …": with a time ahead. */
const RECEIVES = /\bontvangt\s+(?:u|uw Kamer|de Kamer)\b/i;
/** Saying "toezeggen" of oneself: "kan ik toezeggen", "zeg ik toe", "ik zeg toe". */
const PROMISES_SO =
  /\b(?:kan|wil)\s+ik\s+(?:[\p{L}-]+\s+){0,4}toezeggen\b|\bik\s+(?:kan|wil)\s+(?:[\p{L}-]+\s+){0,4}toezeggen\b|\bzeg\s+ik\s+toe\b|\bik\s+zeg\s+(?:[\p{L}-]+\s+){0,4}toe\b/iu;
const PASSIVE_FUTURE = /\b(?:zal|zullen)\b/i;
/** Not a promise: what this paper itself hands over, or what was done already. */
const NOT_AHEAD =
  /^(?:Hierbij|Bij deze)\b|\bheb\s+(?:ik\s+)?(?:[\p{L}-]+\s+){0,6}(?:geïnformeerd|gestuurd|toegezonden|toegezegd)\b/iu;

interface TimeWords {
  pattern: RegExp;
  /** The month or year it falls due, from the year and month of the paper's date; null when the words name no time. */
  by: (year: number, month: number, named: number | null) => string | null;
}

const YEAR = String.raw`(?:\s+(?:van\s+)?(20\d{2}))?`;
const month = (year: number, m: number) => `${year}-${String(m).padStart(2, '0')}`;
/** Time words ahead, with what each allows (a season ends with its last month; "voor de zomer" falls due by July). */
const TIMES: TimeWords[] = [
  {
    pattern: new RegExp(String.raw`\bvoor\s+(?:de\s+zomer|het\s+(?:zomer)?reces)${YEAR}`, 'i'),
    by: (y, m, n) => month(n ?? (m <= 7 ? y : y + 1), 7),
  },
  {
    pattern: new RegExp(String.raw`\bna\s+(?:de\s+zomer|het\s+zomerreces)${YEAR}`, 'i'),
    by: (y, m, n) => month(n ?? (m <= 9 ? y : y + 1), 9),
  },
  {
    pattern: new RegExp(String.raw`\b(?:in\s+het|dit|komend)\s+najaar${YEAR}`, 'i'),
    by: (y, _m, n) => month(n ?? y, 12),
  },
  {
    pattern: new RegExp(String.raw`\b(?:in\s+het|dit|komend)\s+voorjaar${YEAR}`, 'i'),
    by: (y, m, n) => month(n ?? (m <= 6 ? y : y + 1), 6),
  },
  {
    pattern:
      /\bvoor\s+(?:het\s+)?(?:einde?|eind)\s+van\s+(?:het|dit)\s+jaar|\b(?:voor\s+het\s+)?kerstreces\b|\beind\s+dit\s+jaar\b/i,
    by: (y) => month(y, 12),
  },
  { pattern: /\b(?:voor\s+(?:het\s+)?)?(?:einde?|eind)\s+(?:van\s+)?(20\d{2})\b/i, by: (_y, _m, n) => month(n!, 12) },
  { pattern: /\b(?:begin|medio|in)\s+(20\d{2})\b/i, by: (_y, _m, n) => String(n) },
  {
    pattern:
      /\b(?:binnenkort|zo\s+spoedig\s+mogelijk|op\s+korte\s+termijn|zo\s+snel\s+mogelijk|volgend\s+jaar|periodiek|jaarlijks)\b/i,
    by: () => null,
  },
];

export function findPromises(document: LinkedDocument, paperDate: string | null): FoundPromise[] {
  const found: FoundPromise[] = [];
  for (const { inlines, place } of inlinesInReadingOrder(document)) {
    // Questions ask; only answers, and a letter's own paragraphs, promise.
    const promising =
      place.block?.type === 'answer' || (place.block?.type === 'paragraph' && document.kind === 'brief');
    if (!promising) continue;
    for (const sentence of sentencesOf(plainText(inlines))) {
      if (!isPromise(sentence)) continue;
      found.push({ block: place.id, sentence, due: dueOf(sentence, paperDate) });
    }
  }
  return found;
}

export function isPromise(sentence: string): boolean {
  if (sentence.endsWith('?') || NOT_AHEAD.test(sentence)) return false;
  if (PROMISES_SO.test(sentence)) return true;
  if (FIRST_PERSON_FUTURE.test(sentence) && !futureWithoutAct(sentence)) return true;
  if (!KAMER.test(sentence)) return false;
  if (PASSIVE_FUTURE.test(sentence) && ACT_PASSIVE.test(sentence)) return true;
  const ahead = TIMES.some((t) => t.pattern.test(sentence));
  return ahead && (FIRST_PERSON_PRESENT.test(sentence) || RECEIVES.test(sentence));
}

function dueOf(sentence: string, paperDate: string | null): FoundPromise['due'] {
  for (const time of TIMES) {
    const m = time.pattern.exec(sentence);
    if (!m) continue;
    const named = m[1] ? Number(m[1]) : null;
    if (!paperDate && named === null) return { text: m[0], by: null };
    const [year, monthOfPaper] = (paperDate ?? `${named}-01-01`).split('-').map(Number) as [number, number];
    return { text: m[0], by: time.by(year, monthOfPaper, named) };
  }
  return null;
}
