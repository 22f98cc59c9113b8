// Words that PDF extraction glued together where a printed line ended
// ("deKamer", "vergaderjaar2023–2024", "tebrengen", "tegeven.Het"), and
// line-break hyphens it kept inside a joined line ("onderne-mingsklimaat").
// Split or joined only on evidence, each case reported; a real word is never
// touched. Runs on the lines that furniture keeps, one line at a time, in time
// linear in the line's length (a word is tried for a split only up to MAX_TRY letters).
import type { SourceLine, TextChange } from '../types.ts';
import type { SpellChecker } from '../shared/speller.ts';

const MAX_TRY = 40;
/** Lines longer than this were joined by the extractor; a hyphen inside one may be a kept line-break hyphen. */
const JOINED_LINE = 120;

/**
 * Short closed-class words that start no compound: a glued word whose part is
 * one of these is two words ("hetaan", "tebrengen", "wordtverwezen"). Prepositions
 * that do start compounds ("aan", "op", "over") count only as the second part.
 */
const FUNCTION_WORDS = new Set([
  'de',
  'het',
  'een',
  'te',
  'en',
  'of',
  'maar',
  'dat',
  'die',
  'dit',
  'deze',
  'wat',
  'wie',
  'welk',
  'welke',
  'is',
  'zijn',
  'was',
  'waren',
  'wordt',
  'worden',
  'werd',
  'kan',
  'kunnen',
  'zal',
  'zullen',
  'heeft',
  'hebben',
  'moet',
  'moeten',
  'niet',
  'nog',
  'ook',
  'wel',
  'dan',
  'als',
  'van',
  'met',
  'zij',
  'ze',
  'hij',
  'wij',
  'we',
  'ik',
  'uw',
  'hun',
  'er',
  'dus',
]);
const SECOND_PART_WORDS = new Set([
  ...FUNCTION_WORDS,
  'aan',
  'op',
  'in',
  'om',
  'bij',
  'voor',
  'door',
  'over',
  'uit',
  'tot',
  'naar',
  'na',
]);

const RUN = /[\p{L}\p{N}]+/gu;
const LOWER = /^\p{Ll}+$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
/** A capitalised word or an acronym at the start of the rest of a run. */
const STARTS_NAME = /^\p{Lu}(?:\p{Ll}|\p{Lu}+(?!\p{Ll})|$)/u;
const YEAR = /^(?:19|20)\d\d$/;
/** A run with no capital or digit after its first character: no case, number or year cut applies inside it. */
const PLAIN_WORD = /^[\p{L}\p{N}]\p{Ll}*$|^\p{N}+$/u;
/** Tokens where a capital or digit inside means nothing glued: addresses, file names, identifiers. */
const ADDRESS_LIKE = /[/@\\_=]|:\/\/|^www\./i;

export interface GluedWordsResult {
  lines: SourceLine[];
  changes: TextChange[];
}

interface DocumentWords {
  /** Every lower-cased word the document prints. */
  words: Set<string>;
  /** Every pair of consecutive words, lower-cased, "te brengen". */
  pairs: Set<string>;
}

function documentWords(lines: readonly string[]): DocumentWords {
  const words = new Set<string>();
  const pairs = new Set<string>();
  for (const line of lines) {
    let previousWord: string | null = null;
    let previousEnd = 0;
    for (const m of line.matchAll(RUN)) {
      const word = m[0].toLowerCase();
      words.add(word);
      if (previousWord !== null && onlySpaceBetween(line, previousEnd, m.index)) pairs.add(`${previousWord} ${word}`);
      previousWord = word;
      previousEnd = m.index + m[0].length;
    }
  }
  return { words, pairs };
}

const SPACE = /\s+/y;

/** True when `line` holds only white space, and some, from `start` up to `end`. */
function onlySpaceBetween(line: string, start: number, end: number): boolean {
  SPACE.lastIndex = start;
  return SPACE.test(line) && SPACE.lastIndex >= end;
}

/**
 * Splits glued words in the kept lines. `keep(i)` says which lines to work on
 * (furniture is left as printed). `priorChanges` are the normalisations of
 * read time, to report each split at its column in the source as written.
 */
export function splitGluedWords(
  lines: readonly SourceLine[],
  keep: (index: number) => boolean,
  speller: SpellChecker,
  priorChanges: readonly TextChange[],
): GluedWordsResult {
  const known = documentWords(lines.map((l) => l.text));
  const changes: TextChange[] = [];
  const shrinksByLine = new Map<number, TextChange[]>();
  for (const c of priorChanges)
    if (c.before.length !== c.after.length) shrinksByLine.set(c.line, [...(shrinksByLine.get(c.line) ?? []), c]);
  let previousEndsInHyphen = false;
  const out = lines.map((line, index) => {
    if (!keep(index) || line.text.trim() === '') return line;
    // A word cut by a line-end hyphen is whole only once the lines are joined (join.ts); its halves are no glued words.
    const continuesWord = previousEndsInHyphen;
    previousEndsInHyphen = /[\p{L}\p{N}]-\s*$/u.test(line.text);
    const { text, edits } = splitLine(line.text, speller, known, line.text.length > JOINED_LINE, continuesWord);
    if (edits.length === 0) return line;
    for (const { offset, ...edit } of edits)
      changes.push({
        ...edit,
        line: line.line,
        column: sourceColumn(line, offset, shrinksByLine.get(line.line) ?? []),
      });
    return { ...line, text };
  });
  return { lines: out, changes };
}

interface Edit {
  rule: TextChange['rule'];
  offset: number;
  before: string;
  after: string;
}

/** Column in the source as written of an offset in a normalised line piece. */
function sourceColumn(line: SourceLine, offset: number, shrinks: readonly TextChange[]): number {
  const start = line.column ?? 1;
  let column = start + offset;
  for (const change of [...shrinks].sort((a, b) => a.column - b.column)) {
    if (change.column >= start && change.column < column) column += change.before.length - change.after.length;
  }
  return column;
}

function splitLine(
  text: string,
  speller: SpellChecker,
  known: DocumentWords,
  joinedLine: boolean,
  continuesWord: boolean,
): { text: string; edits: Edit[] } {
  const edits: Edit[] = [];
  const runs = [...text.matchAll(RUN)];
  const joinedRuns = new Set<number>();
  // Each token is looked at once, however many runs it holds: a 200,000-character URL has 100,000.
  const tokens = [...text.matchAll(/\S+/g)].map((t) => ({
    start: t.index,
    end: t.index + t[0].length,
    address: ADDRESS_LIKE.test(t[0]),
  }));
  const lastText = text.trimEnd().length;
  let token = 0;
  runs.forEach((m, r) => {
    while (tokens[token]!.end <= m.index) token++;
    if (tokens[token]!.address) return;
    const end = m.index + m[0].length;
    // A word cut by a hyphen at the line's end goes on on the next line: not glued.
    if ((r === 0 && continuesWord) || (text[end] === '-' && end + 1 === lastText)) return;
    // "onderne-mingsklimaat": a line-break hyphen the extractor kept when it joined the lines.
    const next = runs[r + 1];
    // Only a single hyphen between two runs: "op-een-na" and "Start-bouw-impuls" are hyphenated on purpose.
    const single = text[m.index - 1] !== '-' && next !== undefined && text[next.index + next[0].length] !== '-';
    if (joinedLine && single && next && !joinedRuns.has(r) && text[end] === '-' && next.index === end + 1) {
      const joined = keptHyphenJoin(m[0], next[0], speller, known);
      if (joined) {
        edits.push({ rule: 'kept-line-hyphen', offset: m.index, before: `${m[0]}-${next[0]}`, after: joined });
        joinedRuns.add(r).add(r + 1);
        return;
      }
    }
    if (joinedRuns.has(r)) return;
    const parts = splitRun(m[0], speller, known, text[m.index + m[0].length], text[m.index + m[0].length + 1]);
    if (parts) edits.push({ rule: parts.rule, offset: m.index, before: m[0], after: parts.words.join(' ') });
    // "tegeven.Het": a sentence end glued to the next sentence.
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (
      next &&
      /^[.?!;:]$/.test(after) &&
      next.index === m.index + m[0].length + 1 &&
      /\p{Ll}\p{Ll}$/u.test(m[0]) &&
      CAPITALISED.test(next[0].replace(/(?<!\p{N})\p{N}+$/u, '')) &&
      next[0].length >= 2
    ) {
      edits.push({ rule: 'glued-sentence', offset: m.index + m[0].length, before: after, after: `${after} ` });
    }
  });
  if (edits.length === 0) return { text, edits };
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    result += text.slice(at, edit.offset) + edit.after;
    at = edit.offset + edit.before.length;
  }
  return { text: result + text.slice(at), edits };
}

/** A run of letters and digits → its words, when evidence says it is several glued together. */
function splitRun(
  run: string,
  speller: SpellChecker,
  known: DocumentWords,
  nextChar: string | undefined,
  charAfterNext: string | undefined,
): { words: string[]; rule: TextChange['rule'] } | null {
  // Most runs are one plain word or a number, which no rule below cuts: only the dictionary may split them.
  if (PLAIN_WORD.test(run)) return dictionarySplit(run, speller, known);
  const pieces: string[] = [];
  let rule: TextChange['rule'] | null = null;
  let start = 0;
  const cutAt = (i: number, why: TextChange['rule']) => {
    pieces.push(run.slice(start, i));
    start = i;
    rule ??= why;
  };
  for (let i = 1; i < run.length; i++) {
    const left = run.slice(start, i);
    const previous = run[i - 1]!;
    const c = run[i]!;
    const isUpper = /\p{Lu}/u.test(c);
    const isDigit = /\p{N}/u.test(c);
    const wasLower = /\p{Ll}/u.test(previous);
    const wasDigit = /\p{N}/u.test(previous);
    // "overRussische", "deKamer", "doorRVO": a lower-case Dutch word before a name. Never "GroenLinks", "McDonald", "iPhone".
    if (wasLower && isUpper && STARTS_NAME.test(run.slice(i)) && isWord(left, speller)) {
      if (
        LOWER.test(left) ||
        (CAPITALISED.test(left) && known.pairs.has(`${left.toLowerCase()} ${leadingWord(run.slice(i)).toLowerCase()}`))
      ) {
        cutAt(i, 'glued-case');
        continue;
      }
    }
    // "vergaderjaar2023–2024", "bij18-plussers": a word before a number that goes on; never a footnote marker at a word's end ("genomen3:").
    if (wasLower && isDigit && LOWER.test(left) && left.length >= 2 && speller.correct(left)) {
      const digits = /^\p{N}+/u.exec(run.slice(i))![0];
      if (
        i + digits.length === run.length &&
        /^[–-]$/.test(nextChar ?? '') &&
        /[\p{L}\p{N}]/u.test(charAfterNext ?? '')
      ) {
        cutAt(i, 'glued-number');
        continue;
      }
    }
    // "2024aangenomen", "2013jaarlijks": a year before a word.
    if (wasDigit && /\p{Ll}/u.test(c) && YEAR.test(left) && isWord(run.slice(i), speller) && run.length - i >= 3) {
      cutAt(i, 'glued-number');
    }
  }
  pieces.push(run.slice(start));
  // "tebrengen", "hetaan", "Hetis": two words that the dictionary and the document tell apart.
  const words = pieces.flatMap((piece) => {
    const split = splitByDictionary(piece, speller, known);
    if (split) rule ??= 'glued-words';
    return split ?? [piece];
  });
  return rule ? { words, rule } : null;
}

function dictionarySplit(
  run: string,
  speller: SpellChecker,
  known: DocumentWords,
): { words: string[]; rule: TextChange['rule'] } | null {
  const split = splitByDictionary(run, speller, known);
  return split ? { words: split, rule: 'glued-words' } : null;
}

const leadingWord = (text: string) => /^\p{Lu}[\p{Ll}]*|^\p{Lu}+/u.exec(text)![0];

/** A word by Hunspell; the document's own words are no evidence here, as they include the glued fragments themselves. */
function isWord(word: string, speller: SpellChecker): boolean {
  return word.length >= 2 && (speller.correct(word) || speller.correct(word.toLowerCase()));
}

function splitByDictionary(piece: string, speller: SpellChecker, known: DocumentWords): string[] | null {
  if (piece.length < 4 || piece.length > MAX_TRY) return null;
  if (!LOWER.test(piece) && !CAPITALISED.test(piece)) return null;
  if (speller.correct(piece) || speller.correct(piece.toLowerCase())) return null;
  const lower = piece.toLowerCase();
  // A capitalised glued word starts a sentence or is a name: split only on the document's own spelling or two function words ("Hetis").
  const capitalised = !LOWER.test(piece);
  const candidates: { k: number; pair: boolean; score: number }[] = [];
  for (let k = 2; k <= piece.length - 2; k++) {
    const left = lower.slice(0, k);
    const right = lower.slice(k);
    const pair = known.pairs.has(`${left} ${right}`);
    const bothFunctional = FUNCTION_WORDS.has(left) && SECOND_PART_WORDS.has(right);
    const functional =
      bothFunctional ||
      longWordThenAnd(left, right) ||
      (!capitalised &&
        (functionWordFirst(left, right, known) ||
          functionWordSecond(left, right, known) ||
          printedApart(left, right, known)));
    if (!pair && !functional) continue;
    if (!speller.correct(left) || !speller.correct(right)) continue;
    candidates.push({ k, pair, score: (known.words.has(left) ? 1 : 0) + (known.words.has(right) ? 1 : 0) });
  }
  const best =
    pickOne(candidates.filter((c) => c.pair)) ?? (candidates.some((c) => c.pair) ? null : pickOne(candidates));
  return best ? [piece.slice(0, best.k), piece.slice(best.k)] : null;
}

/**
 * "tebrengen", "hetaan": a function word, then a word of at least three letters.
 * "de" is also a Latin prefix ("declassificeren"): before a word in -en it counts
 * only when the document prints that word on its own.
 */
function functionWordFirst(left: string, right: string, known: DocumentWords): boolean {
  if (!FUNCTION_WORDS.has(left) || right.length < 3) return false;
  return !(left === 'de' && right.endsWith('en') && !known.words.has(right));
}

/**
 * "bronnenen", "steltaan": a word, then a function word. A two-letter one ("en",
 * "in", "op") is also a common word ending ("op te helderen"), so the document
 * must print the first part on its own.
 */
function functionWordSecond(left: string, right: string, known: DocumentWords): boolean {
  if (!SECOND_PART_WORDS.has(right) || left.length < 3) return false;
  return right.length >= 3 || known.words.has(left);
}

/**
 * "Infrastructuuren Waterstaat": a long word, then "en". Eight letters or more
 * before it, so that a short name or plural ("Boeren", "Jansen") is never taken
 * apart; the dictionary must still know the first part and not the glued form.
 */
function longWordThenAnd(left: string, right: string): boolean {
  return right === 'en' && left.length >= 8;
}

/**
 * "publicatiegeïnformeerd", "diversestatelijke": Hunspell rejects the glued form;
 * both parts are words of at least four letters that the document also prints on
 * their own, and the first ends in -e (an inflected adjective or a noun whose
 * compounds Hunspell knows). Not "mensenhandelzaken" or "kamerbrief": real
 * compounds Hunspell does not know, of parts the document prints apart.
 */
function printedApart(left: string, right: string, known: DocumentWords): boolean {
  return left.length >= 4 && left.endsWith('e') && right.length >= 4 && known.words.has(left) && known.words.has(right);
}

/** The one candidate with the highest score, or none when two tie: an ambiguous split is not made. */
function pickOne<T extends { score: number }>(candidates: readonly T[]): T | null {
  if (candidates.length === 0) return null;
  const top = Math.max(...candidates.map((c) => c.score));
  const best = candidates.filter((c) => c.score === top);
  return best.length === 1 ? best[0]! : null;
}

/** "onderne" + "mingsklimaat" → "ondernemingsklimaat" when the document or the dictionary knows the joined word and the hyphenated one is not a word. */
function keptHyphenJoin(left: string, right: string, speller: SpellChecker, known: DocumentWords): string | null {
  if (!LOWER.test(right) || right.length < 2 || !(LOWER.test(left) || CAPITALISED.test(left))) return null;
  const joined = `${left}${right}`;
  const hyphenated = `${left}-${right}`;
  if (speller.correct(hyphenated)) return null;
  if (known.words.has(joined.toLowerCase())) return joined;
  return speller.correct(joined) ? joined : null;
}
