// Joins wrapped lines into one running text, undoing line-end hyphenation and
// URLs broken over two lines, and records where each piece came from.
import type { HyphenDecision, Segment, SourceLine } from '../types.ts';
import { decideHyphen, lastToken, type DocumentVocabulary, type SpellChecker } from './hyphenation.ts';

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
}

const URL_AT_END = /(?:https?:\/\/|www\.)\S*$/;

export function startText(line: SourceLine): RunningText {
  const leading = line.text.length - line.text.trimStart().length;
  return { text: line.text.trim(), segments: [{ offset: 0, line: line.line, column: (line.column ?? 1) + leading }], ...(line.joinsNext ? { joinsNext: true } : {}) };
}

/** Appends the next line to a running text. */
export function appendLine(running: RunningText, line: SourceLine, context: JoinContext): void {
  const next = line.text.trim();
  const leading = line.text.length - line.text.trimStart().length;
  if (next === '') return;
  const softHyphen = running.joinsNext === true;
  running.joinsNext = line.joinsNext === true;
  const hyphen = softHyphen ? null : decideHyphen({ before: running.text, after: next, line: line.line }, context.vocabulary, context.speller);
  let offset: number;
  if (softHyphen) {
    // "verant\u00AD" / "woordelijk": the soft hyphen (removed when read) marked a break inside one word.
    offset = running.text.length;
    running.text += next;
  } else if (hyphen) {
    context.decisions.push(hyphen.decision);
    offset = hyphen.joined.length - next.length;
    running.text = hyphen.joined;
  } else if (URL_AT_END.test(lastToken(running.text)) && /^\S+$/.test(next) && (running.text.endsWith('/') || /[/_\d=?&%]/.test(next))) {
    // A URL wrapped without a hyphen: "…/13-09-2017/" then "BV_101384737".
    offset = running.text.length;
    running.text += next;
  } else {
    offset = running.text.length + 1;
    running.text += ` ${next}`;
  }
  running.segments.push({ offset, line: line.line, column: (line.column ?? 1) + leading });
}
