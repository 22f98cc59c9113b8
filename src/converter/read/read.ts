// Stage 1 of 11: bytes → lines. Decodes UTF-8 strictly and refuses what can change
// how a text reads (bidi controls, control codes, binary data); characters that
// PDF extraction prints in place of the paper's own are normalised and reported
// (normalise.ts). The policy table is in README, "Characters".
import { createHash } from 'node:crypto';
import { fail } from '../messages.ts';
import { normaliseLines } from './normalise.ts';
import type { SourceDocument } from '../types.ts';

/** Bidi overrides, embeddings, isolates and marks: they make text read differently from how it is stored (Trojan Source). */
const BIDI_NAMES: Readonly<Record<number, string>> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** C0 controls and DEL that mean nothing in text. Tab is kept; a form feed is a page break (normalise.ts). */
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/u;

export function decodeSource(file: string, bytes: Uint8Array): SourceDocument {
  if (bytes.length === 0)
    fail(file, { line: 1 }, 'the file is empty: expected a parliamentary paper as UTF-8 text', 'empty-file');
  const nul = bytes.indexOf(0);
  if (nul !== -1)
    fail(
      file,
      placeOfByte(bytes, nul),
      `binary data (NUL byte at byte offset ${nul}): expected UTF-8 text`,
      'binary-file',
      'This is not a text export; convert the paper to UTF-8 text first.',
    );
  const text = decodeStrict(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rawLines = withoutBom.split(/\r\n|\n|\r/);
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  for (const [index, raw] of rawLines.entries()) refuseUnsafe(file, raw, index + 1);
  const { lines, changes } = normaliseLines(rawLines);
  if (lines.every((l) => l.text.trim() === ''))
    fail(file, { line: 1 }, 'the file holds only white space: expected a parliamentary paper', 'empty-file');
  return { file, sha256, lines, textChanges: changes };
}

function refuseUnsafe(file: string, raw: string, line: number): void {
  const bidi = BIDI.exec(raw);
  if (bidi) {
    const code = bidi[0].codePointAt(0)!;
    fail(
      file,
      { line, column: bidi.index + 1 },
      `bidi control character ${codePoint(code)} (${BIDI_NAMES[code]}): it can make the text read differently from how it is stored`,
      'bidi-control',
      'Remove the character from the source file; Dutch parliamentary papers need no direction controls.',
    );
  }
  const control = CONTROL.exec(raw);
  if (control) {
    fail(
      file,
      { line, column: control.index + 1 },
      `control character ${codePoint(control[0].codePointAt(0)!)}: not allowed in a document`,
      'control-character',
      'Remove the character from the source file; it is invisible and means nothing in text.',
    );
  }
}

/** How a character from the source is named in a message: never raw, it may be invisible or reorder the line. */
const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

function decodeStrict(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    fail(
      file,
      placeOfByte(bytes, offset),
      `invalid UTF-8 at byte offset ${offset}: expected UTF-8 text`,
      'invalid-utf8',
      'Re-export the document as UTF-8.',
    );
  }
}

/** Finds the first byte where decoding fails by decoding growing prefixes at character boundaries. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset]!;
    const width = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    try {
      decoder.decode(bytes.subarray(offset, offset + width));
    } catch {
      return offset;
    }
    offset += width;
  }
  return offset;
}

/** Line and column of a byte, with lines ended by LF, CRLF or CR, and the column counted in characters as the other stages count them. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const byte = bytes[i]!;
    if (byte === 0x0a || (byte === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  const withoutBom = line === 1 && before.startsWith('\uFEFF') ? before.slice(1) : before;
  return { line, column: withoutBom.length + 1 };
}
