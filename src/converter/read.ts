// Stage 1: bytes → lines. Decodes UTF-8 strictly and refuses input that is not
// a text document, so later stages can trust every character.
import { createHash } from 'node:crypto';
import { fail } from './messages.ts';
import type { SourceDocument, SourceLine } from './types.ts';

// C0/C1 control characters other than tab, and the Unicode bidi controls that
// can make text read differently from how it is stored (Trojan Source).
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export function readSource(file: string, bytes: Uint8Array): SourceDocument {
  if (bytes.length === 0) fail(file, { line: 1 }, 'the file is empty: expected a parliamentary paper as UTF-8 text', 'empty-file');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = placeOfByte(bytes, nul);
    fail(file, { line, column }, `binary data (NUL byte at byte offset ${nul}): expected UTF-8 text`, 'binary-file');
  }
  const text = decodeStrict(file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rawLines = withoutBom.split(/\r\n|\n|\r/);
  if (rawLines.length > 0 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const lines: SourceLine[] = rawLines.map((raw, index) => {
    const bad = FORBIDDEN.exec(raw);
    if (bad) {
      const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      fail(file, { line: index + 1, column: bad.index + 1 }, `control or bidi-override character U+${code}: not allowed in a document`, 'control-character', 'Remove the character from the source file; it is invisible and can change how text reads.');
    }
    // Non-breaking spaces become ordinary spaces: they carry no meaning in these exports.
    return { text: raw.replace(/[\u00A0\u202F]/g, ' '), line: index + 1 };
  });
  if (lines.every((l) => l.text.trim() === '')) fail(file, { line: 1 }, 'the file holds only white space: expected a parliamentary paper', 'empty-file');
  return { file, sha256, lines };
}

function decodeStrict(file: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    const { line, column } = placeOfByte(bytes, offset);
    fail(file, { line, column }, `invalid UTF-8 at byte offset ${offset}: expected UTF-8 text`, 'invalid-utf8', 'Re-export the document as UTF-8.');
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

function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
