// Joins wrapped lines into one running text, undoing line-end hyphenation and
// URLs broken over two lines, and records where each piece came from.
import type { HyphenDecision, Segment, SourceLine } from '../types.ts';
import type { SpellChecker } from '../shared/speller.ts';
import { decideHyphen, lastToken, URL_START, type DocumentVocabulary } from './hyphenation.ts';

export interface JoinContext {
  vocabulary: DocumentVocabulary;
  speller: SpellChecker;
  decisions: HyphenDecision[];
}

export interface RunningText {
  text: string;
  segments: Segment[];
  /** The last line appended ended in a soft hyphen: the next line continues its word. */
  joinsNext?: boolean;
  /** The last line appended ended in white space: the source printed a space there, so its last token is whole. */
  spaceAtEnd?: boolean;
}

/**
 * A token that only the rest of a URL looks like: one with a path or query character, a digit, or a dot inside
 * ("BV_101384737", "rapport.pdf"). A plain word ("zegt") is the sentence going on.
 */
const URL_CONTINUATION = /[/_=?&%#\d]|\.[\p{L}\d]/u;

export function startText(line: SourceLine): RunningText {
  const leading = line.text.length - line.text.trimStart().length;
  return {
    text: line.text.trim(),
    segments: [{ offset: 0, line: line.line, column: (line.column ?? 1) + leading }],
    ...(line.joinsNext ? { joinsNext: true } : {}),
    ...(endsInSpace(line) ? { spaceAtEnd: true } : {}),
  };
}

/** Appends the next line to a running text. */
export function appendLine(running: RunningText, line: SourceLine, context: JoinContext): void {
  const next = line.text.trim();
  const leading = line.text.length - line.text.trimStart().length;
  if (next === '') return;
  const softHyphen = running.joinsNext === true;
  const spaceBefore = running.spaceAtEnd === true;
  running.joinsNext = line.joinsNext === true;
  running.spaceAtEnd = endsInSpace(line);
  const hyphen = softHyphen
    ? null
    : decideHyphen({ before: running.text, after: next, line: line.line }, context.vocabulary, context.speller);
  let offset: number;
  if (softHyphen) {
    // "verant\u00AD" / "woordelijk": the soft hyphen (removed when read) marked a break inside one word.
    offset = running.text.length;
    running.text += next;
  } else if (hyphen) {
    context.decisions.push(hyphen.decision);
    offset = hyphen.joined.length - next.length;
    running.text = hyphen.joined;
  } else if (
    !spaceBefore &&
    URL_START.test(lastToken(running.text)) &&
    /^\S+$/.test(next) &&
    URL_CONTINUATION.test(next)
  ) {
    // A URL wrapped without a hyphen: "…/13-09-2017/" then "BV_101384737". A URL with a space after it
    // ended there ("…/sammy.html " then "vng.nl/…", one footnote a line): the next line is text of its own.
    offset = running.text.length;
    running.text += next;
  } else {
    offset = running.text.length + 1;
    running.text += ` ${next}`;
  }
  running.segments.push({ offset, line: line.line, column: (line.column ?? 1) + leading });
}

/** The source printed white space after the line's last character: a URL there ended, since a URL holds no space. */
function endsInSpace(line: SourceLine): boolean {
  return /\s$/.test(line.text);
}
