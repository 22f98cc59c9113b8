// Conversion problems are data (vfile-message): reason, file, line, column and
// rule id. Stages throw a ConversionError for what is fatal; the CLI prints
// `file:line:col: reason [rule]` without a stack trace.
import { VFileMessage } from 'vfile-message';

export interface Place {
  line: number;
  column?: number;
}

export function conversionMessage(
  file: string,
  place: Place,
  reason: string,
  rule: string,
  hint?: string,
): VFileMessage {
  const message = new VFileMessage(reason, {
    place: { line: place.line, column: place.column ?? 1 },
    ruleId: rule,
    source: 'kamerdossier',
  });
  message.file = file;
  message.fatal = true;
  if (hint) message.note = hint;
  return message;
}

export class ConversionError extends Error {
  readonly messages: VFileMessage[];

  constructor(messages: VFileMessage[]) {
    super(messages.map(formatMessage).join('\n'));
    this.name = 'ConversionError';
    this.messages = messages;
  }
}

/** Throws a single fatal conversion problem. */
export function fail(file: string, place: Place, reason: string, rule: string, hint?: string): never {
  throw new ConversionError([conversionMessage(file, place, reason, rule, hint)]);
}

export function formatMessage(message: VFileMessage): string {
  const line = message.line ?? 1;
  const column = message.column ?? 1;
  const head = `${printable(message.file ?? '')}:${line}:${column}: ${printable(message.reason)} [${message.ruleId ?? 'error'}]`;
  return message.note ? `${head}\n  hint: ${printable(message.note)}` : head;
}

/**
 * Control characters, bidi controls and line separators written as \u{…}: a file
 * name or source text with a line break or terminal escape could otherwise fake an
 * error line or rewrite the terminal.
 */
export function printable(text: string): string {
  return text.replace(
    /[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
}
