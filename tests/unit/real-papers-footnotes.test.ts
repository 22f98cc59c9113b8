// The 13 real answered Kamervragen as pypdf extracts them: every footnote
// definition found with its whole text (nothing of the page footer, nothing of
// the body), and every marker placed right after the word it follows in the
// source. Counts and words were read from the papers by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clean } from '../../src/converter/clean/clean.ts';
import { detectDocument } from '../../src/converter/detect/detect.ts';
import { loadDutchSpeller, type SpellChecker } from '../../src/converter/shared/speller.ts';
import { resolveFootnotes } from '../../src/converter/footnotes/footnotes.ts';
import { decodeSource } from '../../src/converter/read/read.ts';
import type { Inline } from '../../src/converter/types.ts';

/** Where the real papers live; realcorpus moves them to tests/fixtures/real/. */
const REAL_PAPERS = 'tests/fixtures/real';

/** Per paper, the word each footnote's marker follows in the source, note 1 first ("^N": right after note N's marker). */
const MARKERS: Record<string, string[]> = {
  '1031': [
    'Nederland?',
    'roepen?',
    'genomen',
    'verlagen.',
    'stikstofopgave.',
    '2023.',
    'mobiliteit,',
    'MIEK-voortgangsbrief',
    'vastgesteld.',
    'gestegen?',
    'Kamerbrief',
    'FD-artikel',
    'EIB',
    'Nederland',
    'rondetafel',
    'Plan',
    '13-09-2023.',
    'aangeboden.',
    'gestuurd.',
    'Nederland.',
    'Banen',
    'Ondernemingsklimaat.',
    'agenda.',
    'heen.',
    'R&D-financiering.',
    'gedaan.',
    'Nederland',
    'agenda,',
    'ontwikkelen.',
  ],
  '1108': ['netcongestie?', 'opgelopen?', 'zit', 'opgelopen?', 'Stedin', 'Enexis', 'Liander'],
  '1165': ['2023'],
  '1296': ['bespioneren?', 'vermeld.', 'gezien.', '^3', 'gebruikt.»', 'BVD', '^6'],
  '1375': ['Federatie.', 'Actoren'],
  '1770': ['waren?', 'waren?', 'waren?', 'warmtepompen', 'waren?'],
  '1983': ['Kansspelen?', '(Wok).', 'kansspelen.'],
  '2110': ['houdt?', 'aanraken?', 'Kamer', 'Minister'],
  '2267': ['2024', 'op»', 'webpagina', '2024', '2024', '2024'],
  '2273': ['inspecties»?', '(SBB)', '«toezichtsvacuüm»?', 'geïnformeerd', '2023', 'Mens'],
  '2352': ['18-plussers?'],
  '946': ['hulp?', '^1', 'miljard).'],
  '971': ['tong-tAC»'],
};

/** Whole texts of a few definitions, as printed (continuation lines joined). */
const TEXTS: [string, number, string][] = [
  [
    '1031',
    1,
    'NOS, 22 januari 2024. (nos.nl/artikel/2505780-werkgevers-bedrijven-verplaatsen-nieuwe-investeringen-naar-het-buitenland)',
  ],
  [
    '1031',
    15,
    'Rondetafelgesprek over de economische gevolgen van de stikstofproblematiek | Tweede Kamer der Staten-Generaal',
  ],
  ['1031', 29, 'https://open.overheid.nl/documenten/d3336b9f-abe0-4424-8350-45b55ae17469/file.'],
  ['1108', 6, '1823021 ENE N Landkaart wachtlijsten_TOTAAL (adobe.com)'],
  ['1296', 5, 'Parool, 24 februari 2024, «Nederlandse geheime dienst maakte decennia gebruik van naziapparaat».'],
  ['2273', 3, '2024D27196'],
  [
    '2273',
    5,
    'Jaarverslag 2023 Opsporingsdienst van de Nederlandse Arbeidsinspectie, 18 juni 2024, www.nlarbeidsinspectie.nl.',
  ],
  ['946', 2, 'Sudan Situation Report, last updated 5 januari 2024, https://reports.unocha.org/en/country/sudan/'],
];

const FOOTER_TEXT = /ISSN|ah-tk-\d|s-Gravenhage \d{4}|vergaderjaar \d{4}–\d{4}, Aanhangsel \d/;

let speller: SpellChecker;
beforeAll(async () => {
  speller = await loadDutchSpeller();
});

function convert(paper: string) {
  const file = `ah-tk-20232024-${paper}.txt`;
  const source = decodeSource(file, readFileSync(join(REAL_PAPERS, file)));
  const cleaned = clean(detectDocument(source, 'kamervragen'), speller);
  // Blocks as plain paragraphs: the markers' places do not depend on how questions and answers are grouped.
  const resolved = resolveFootnotes({
    ...cleaned,
    body: cleaned.blocks.map((text) => ({ type: 'paragraph' as const, text })),
  });
  return { source, cleaned, resolved };
}

function wordBefore(inlines: readonly Inline[], i: number): string {
  const previous = inlines[i - 1];
  if (!previous) return '';
  if (previous.type === 'footnoteReference') return `^${previous.number}`;
  const text = previous.type === 'text' ? previous.value : previous.text;
  return text.split(/\s+/).at(-1)!;
}

describe.each(Object.keys(MARKERS))('ah-tk-20232024-%s', (paper) => {
  it('finds every footnote definition, whole and from the foot of its page', () => {
    const { source, cleaned } = convert(paper);
    const expected = MARKERS[paper]!.length;
    console.log(`${paper}: ${cleaned.footnotes.length} footnotes found / ${expected} defined`);
    expect(cleaned.footnotes.map((n) => n.number)).toEqual(Array.from({ length: expected }, (_, i) => i + 1));
    const footnoteLines = new Set(cleaned.footnoteLines);
    const dropped = new Map(cleaned.furniture.map((f) => [f.line, f.rule]));
    for (const note of cleaned.footnotes) {
      expect(note.text, `note ${note.number}`).not.toMatch(FOOTER_TEXT);
      expect(note.text.length, `note ${note.number}`).toBeGreaterThan(0);
      // Nothing of the body: after a note's lines come only other notes' lines, then the page footer.
      let line = Math.max(...note.segments.map((s) => s.line)) + 1;
      while (footnoteLines.has(line)) line++;
      expect(dropped.get(line) ?? source.lines[line - 1]?.text ?? 'end of file', `after note ${note.number}`).toMatch(
        /running-footer|footer-spacing|document-identifier|end of file/,
      );
    }
    for (const [p, n, text] of TEXTS)
      if (p === paper) expect(cleaned.footnotes.find((note) => note.number === n)?.text).toBe(text);
  });

  it('places every marker right after the word it follows', () => {
    const { resolved } = convert(paper);
    const found: string[] = [];
    const inlineLists = resolved.body.flatMap((b) =>
      b.type === 'paragraph' || b.type === 'heading' ? [b.content] : b.paragraphs,
    );
    for (const inlines of inlineLists)
      for (const [i, inline] of inlines.entries()) {
        if (inline.type === 'footnoteReference') found[inline.number - 1] = wordBefore(inlines, i);
      }
    expect(found).toEqual(MARKERS[paper]);
  });

  it('drops the official header and every page footer by name', () => {
    const { cleaned } = convert(paper);
    const rules = cleaned.furniture.map((f) => f.rule);
    for (const rule of [
      'handelingen-masthead',
      'handelingen-vergaderjaar',
      'handelingen-subtitle',
      'paper-number',
      'document-identifier',
      'handelingen-imprint',
      'running-footer',
    ])
      expect(rules).toContain(rule);
    const text = cleaned.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(FOOTER_TEXT);
    expect(text).not.toMatch(/Staten-Generaal2|Aanhangsel van de Handelingen|regering gegeven antwoorden/);
  });
});
