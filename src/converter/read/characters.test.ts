// The character policy (README, "Characters"), one row per character: what is
// refused says where (line:col for LF, CRLF and CR files) and why; what is
// normalised gives its result and is reported. A new odd character is one row.
import { describe, expect, it } from 'vitest';
import { ConversionError, formatMessage } from '../messages.ts';
import { normaliseLines } from './normalise.ts';
import { decodeSource } from './read.ts';
import { describeTextChanges, countTextChanges } from '../batch/text-changes.ts';

function errorOf(bytes: Uint8Array): string {
  try {
    decodeSource('stuk.txt', bytes);
  } catch (error) {
    if (error instanceof ConversionError) return error.messages.map(formatMessage).join('\n');
    throw error;
  }
  throw new Error('the document was accepted');
}

const BIDI_HINT =
  'hint: Remove the character from the source file; Dutch parliamentary papers need no direction controls.';
const CONTROL_HINT = 'hint: Remove the character from the source file; it is invisible and means nothing in text.';

/** Refused characters: the character, and the reason and rule the message must give. */
const REFUSED: { name: string; char: string; reason: string; hint: string }[] = [
  {
    name: 'LEFT-TO-RIGHT EMBEDDING',
    char: '\u202A',
    reason:
      'bidi control character U+202A (LEFT-TO-RIGHT EMBEDDING): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'RIGHT-TO-LEFT EMBEDDING',
    char: '\u202B',
    reason:
      'bidi control character U+202B (RIGHT-TO-LEFT EMBEDDING): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'POP DIRECTIONAL FORMATTING',
    char: '\u202C',
    reason:
      'bidi control character U+202C (POP DIRECTIONAL FORMATTING): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'LEFT-TO-RIGHT OVERRIDE',
    char: '\u202D',
    reason:
      'bidi control character U+202D (LEFT-TO-RIGHT OVERRIDE): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'RIGHT-TO-LEFT OVERRIDE',
    char: '\u202E',
    reason:
      'bidi control character U+202E (RIGHT-TO-LEFT OVERRIDE): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'LEFT-TO-RIGHT ISOLATE',
    char: '\u2066',
    reason:
      'bidi control character U+2066 (LEFT-TO-RIGHT ISOLATE): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'RIGHT-TO-LEFT ISOLATE',
    char: '\u2067',
    reason:
      'bidi control character U+2067 (RIGHT-TO-LEFT ISOLATE): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'FIRST STRONG ISOLATE',
    char: '\u2068',
    reason:
      'bidi control character U+2068 (FIRST STRONG ISOLATE): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'POP DIRECTIONAL ISOLATE',
    char: '\u2069',
    reason:
      'bidi control character U+2069 (POP DIRECTIONAL ISOLATE): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'LEFT-TO-RIGHT MARK',
    char: '\u200E',
    reason:
      'bidi control character U+200E (LEFT-TO-RIGHT MARK): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'RIGHT-TO-LEFT MARK',
    char: '\u200F',
    reason:
      'bidi control character U+200F (RIGHT-TO-LEFT MARK): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'ARABIC LETTER MARK',
    char: '\u061C',
    reason:
      'bidi control character U+061C (ARABIC LETTER MARK): it can make the text read differently from how it is stored [bidi-control]',
    hint: BIDI_HINT,
  },
  {
    name: 'START OF HEADING',
    char: '\u0001',
    reason: 'control character U+0001: not allowed in a document [control-character]',
    hint: CONTROL_HINT,
  },
  {
    name: 'BELL',
    char: '\u0007',
    reason: 'control character U+0007: not allowed in a document [control-character]',
    hint: CONTROL_HINT,
  },
  {
    name: 'BACKSPACE',
    char: '\u0008',
    reason: 'control character U+0008: not allowed in a document [control-character]',
    hint: CONTROL_HINT,
  },
  {
    name: 'LINE TABULATION',
    char: '\u000B',
    reason: 'control character U+000B: not allowed in a document [control-character]',
    hint: CONTROL_HINT,
  },
  {
    name: 'ESCAPE',
    char: '\u001B',
    reason: 'control character U+001B: not allowed in a document [control-character]',
    hint: CONTROL_HINT,
  },
  {
    name: 'DELETE',
    char: '\u007F',
    reason: 'control character U+007F: not allowed in a document [control-character]',
    hint: CONTROL_HINT,
  },
];

const LINE_ENDS = [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
] as const;

describe.each(LINE_ENDS)('refused, in a file with %s line ends', (_, eol) => {
  it.each(REFUSED)(
    '$name: file:line:col, reason, rule and hint, the character named as U+XXXX',
    ({ char, reason, hint }) => {
      const message = errorOf(Buffer.from(`Vraag 1${eol}Wé${eol}Wat ${char} nu?${eol}`));
      expect(message).toBe(`stuk.txt:3:5: ${reason}\n  ${hint}`);
      expect(message).not.toContain(char);
    },
  );

  it('NUL: binary data, at the character column after a two-byte letter', () => {
    const bytes = Buffer.concat([Buffer.from(`Vraag 1${eol}Wé`), Buffer.from([0x00]), Buffer.from(`${eol}`)]);
    const offset = bytes.indexOf(0);
    expect(errorOf(bytes)).toBe(
      `stuk.txt:2:3: binary data (NUL byte at byte offset ${offset}): expected UTF-8 text [binary-file]\n  hint: This is not a text export; convert the paper to UTF-8 text first.`,
    );
  });

  it('invalid UTF-8: at its line and character column', () => {
    const bytes = Buffer.concat([
      Buffer.from(`Vraag 1${eol}${eol}Beschikt Libië`),
      Buffer.from([0xeb]),
      Buffer.from(` over${eol}`),
    ]);
    const offset = bytes.indexOf(0xeb);
    expect(errorOf(bytes)).toBe(
      `stuk.txt:3:15: invalid UTF-8 at byte offset ${offset}: expected UTF-8 text [invalid-utf8]\n  hint: Re-export the document as UTF-8.`,
    );
  });
});

/** Normalised characters: a source line (or two), the lines that result, and the report. */
const NORMALISED: {
  name: string;
  lines: string[];
  result: { text: string; column?: number; pageStart?: boolean; listItem?: boolean; joinsNext?: boolean }[];
  changes: { rule: string; column: number; before: string; after: string }[];
}[] = [
  {
    name: 'U+0081 before a list item is a bullet',
    lines: ['\u0081 een onderzoek;'],
    result: [{ text: 'een onderzoek;', column: 3, listItem: true }],
    changes: [{ rule: 'c1-bullet', column: 1, before: '\u0081', after: '' }],
  },
  {
    name: 'U+0081 inside a line joined by the extractor starts the next item',
    lines: ['maatregelen: \u0081 een onderzoek; \u0081 een brief.'],
    result: [
      { text: 'maatregelen:' },
      { text: 'een onderzoek;', column: 16, listItem: true },
      { text: 'een brief.', column: 33, listItem: true },
    ],
    changes: [
      { rule: 'c1-bullet', column: 14, before: '\u0081', after: '' },
      { rule: 'c1-bullet', column: 31, before: '\u0081', after: '' },
    ],
  },
  {
    name: 'U+0081 inside a word has no known meaning',
    lines: ['a\u0081b'],
    result: [{ text: 'a\uFFFDb' }],
    changes: [{ rule: 'c1-unknown', column: 2, before: '\u0081', after: '\uFFFD' }],
  },
  {
    name: 'U+0085 (NEL) has no glyph meaning in these exports',
    lines: ['a\u0085b'],
    result: [{ text: 'a\uFFFDb' }],
    changes: [{ rule: 'c1-unknown', column: 2, before: '\u0085', after: '\uFFFD' }],
  },
  {
    name: 'U+0080',
    lines: ['x\u0080'],
    result: [{ text: 'x\uFFFD' }],
    changes: [{ rule: 'c1-unknown', column: 2, before: '\u0080', after: '\uFFFD' }],
  },
  {
    name: 'U+009F',
    lines: ['\u009Fx'],
    result: [{ text: '\uFFFDx' }],
    changes: [{ rule: 'c1-unknown', column: 1, before: '\u009F', after: '\uFFFD' }],
  },
  {
    name: 'acute printed after its letter and a space (pypdf)',
    lines: ['het lid Kostic ´ (PvdD)'],
    result: [{ text: 'het lid Kostić (PvdD)' }],
    changes: [{ rule: 'spacing-diacritic', column: 14, before: 'c ´', after: 'ć' }],
  },
  {
    name: 'cedilla printed right after its letter',
    lines: ['Yes¸ilgöz'],
    result: [{ text: 'Yeşilgöz' }],
    changes: [{ rule: 'spacing-diacritic', column: 3, before: 's¸', after: 'ş' }],
  },
  {
    name: 'caron after its letter',
    lines: ['Dvorˇák'],
    result: [{ text: 'Dvořák' }],
    changes: [{ rule: 'spacing-diacritic', column: 4, before: 'rˇ', after: 'ř' }],
  },
  {
    name: 'ogonek',
    lines: ['Wałe˛sa'],
    result: [{ text: 'Wałęsa' }],
    changes: [{ rule: 'spacing-diacritic', column: 4, before: 'e˛', after: 'ę' }],
  },
  {
    name: 'diaeresis',
    lines: ['financie¨le steun'],
    result: [{ text: 'financiële steun' }],
    changes: [{ rule: 'spacing-diacritic', column: 8, before: 'e¨', after: 'ë' }],
  },
  {
    name: 'an acute used as apostrophe stays: zo´n',
    lines: ['zo´n boek'],
    result: [{ text: 'zo´n boek' }],
    changes: [],
  },
  {
    name: 'an acute used as apostrophe stays: ´s avonds',
    lines: ['´s avonds'],
    result: [{ text: '´s avonds' }],
    changes: [],
  },
  { name: 'a mark with no precomposed letter stays: q´', lines: ['q´x'], result: [{ text: 'q´x' }], changes: [] },
  {
    name: 'soft hyphen inside a word',
    lines: ['verant\u00ADwoordelijk'],
    result: [{ text: 'verantwoordelijk' }],
    changes: [{ rule: 'soft-hyphen', column: 7, before: '\u00AD', after: '' }],
  },
  {
    name: 'soft hyphen at a line end joins the word with the next line',
    lines: ['de verant\u00AD', 'woordelijke minister'],
    result: [{ text: 'de verant', joinsNext: true }, { text: 'woordelijke minister' }],
    changes: [{ rule: 'soft-hyphen-join', column: 10, before: '\u00AD', after: '' }],
  },
  {
    name: 'no-break space',
    lines: ['artikel\u00A012'],
    result: [{ text: 'artikel 12' }],
    changes: [{ rule: 'nbsp', column: 8, before: '\u00A0', after: ' ' }],
  },
  {
    name: 'narrow no-break space',
    lines: ['10\u202F000'],
    result: [{ text: '10 000' }],
    changes: [{ rule: 'nbsp', column: 3, before: '\u202F', after: ' ' }],
  },
  {
    name: 'zero-width space inside a label',
    lines: ['Vraag\u200B 2'],
    result: [{ text: 'Vraag 2' }],
    changes: [{ rule: 'zero-width', column: 6, before: '\u200B', after: '' }],
  },
  {
    name: 'word joiner',
    lines: ['mensen\u2060handel'],
    result: [{ text: 'mensenhandel' }],
    changes: [{ rule: 'zero-width', column: 7, before: '\u2060', after: '' }],
  },
  {
    name: 'form feed at a line start: the line starts a page',
    lines: ['\fVolgende pagina'],
    result: [{ text: 'Volgende pagina', column: 2, pageStart: true }],
    changes: [],
  },
  {
    name: 'form feed inside a line: the rest starts a page',
    lines: ['einde\fbegin'],
    result: [{ text: 'einde' }, { text: 'begin', column: 7, pageStart: true }],
    changes: [],
  },
  {
    name: 'form feed at a line end: the next line starts a page',
    lines: ['einde\f', 'begin'],
    result: [{ text: 'einde' }, { text: 'begin', pageStart: true }],
    changes: [],
  },
  { name: 'tab is kept', lines: ['a\tb'], result: [{ text: 'a\tb' }], changes: [] },
];

describe('normalised', () => {
  it.each(NORMALISED)('$name', ({ lines, result, changes }) => {
    const normalised = normaliseLines(lines);
    expect(normalised.lines.map(({ line: _, ...rest }) => rest)).toEqual(result);
    expect(normalised.changes.map(({ line: _, ...rest }) => rest)).toEqual(changes);
  });

  it('reports each case with its line, and the build prints one line per document', () => {
    const { changes } = normaliseLines([
      'Kostic ´ en Yes¸ilgöz',
      '\u0081 een',
      '\u0081 twee',
      'verant\u00ADwoordelijk',
    ]);
    expect(changes.map((c) => `${c.line}:${c.column} ${c.rule}`)).toEqual([
      '1:6 spacing-diacritic',
      '1:15 spacing-diacritic',
      '2:1 c1-bullet',
      '3:1 c1-bullet',
      '4:7 soft-hyphen',
    ]);
    expect(describeTextChanges('stuk.txt', countTextChanges(changes))).toBe(
      'stuk.txt: normalised 2 × c1-bullet, 1 × soft-hyphen, 2 × spacing-diacritic',
    );
  });

  it('decodeSource accepts a C1 bullet and a form feed and reports them', () => {
    const source = decodeSource('stuk.txt', Buffer.from('Vraag 1\r\n\u0081 een\r\n\ftwee\r\n'));
    expect(source.lines.map((l) => [l.line, l.text, l.listItem ?? false, l.pageStart ?? false])).toEqual([
      [1, 'Vraag 1', false, false],
      [2, 'een', true, false],
      [3, 'twee', false, true],
    ]);
    expect(source.textChanges).toEqual([{ rule: 'c1-bullet', line: 2, column: 1, before: '\u0081', after: '' }]);
  });
});
