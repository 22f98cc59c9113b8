// Glued words are split, and kept line-break hyphens joined, only on evidence:
// a table of what must change and what must not (real names, markers, compounds).
// Each row is a document's lines; `expected` is its first line after splitting.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDutchSpeller, type SpellChecker } from '../shared/speller.ts';
import { splitGluedWords } from './glued-words.ts';

let speller: SpellChecker;
beforeAll(async () => {
  speller = await loadDutchSpeller();
});

/** A line longer than 120 characters: the extractor joined it, so a hyphen inside may be a kept line-break hyphen. */
const LONG =
  ' Dit is een lange regel die de extractor uit meerdere regels van de pagina aan elkaar heeft geplakt, zoals pypdf dat doet.';

const split = (lines: string[]) =>
  splitGluedWords(
    lines.map((text, i) => ({ text, line: i + 1 })),
    () => true,
    speller,
    [],
  );

const MUST_SPLIT: { lines: string[]; expected: string; rules: string[] }[] = [
  {
    lines: ['de informatie overRussische financiering'],
    expected: 'de informatie over Russische financiering',
    rules: ['glued-case'],
  },
  { lines: ['een brief aan deKamer.'], expected: 'een brief aan de Kamer.', rules: ['glued-case'] },
  { lines: ['een onderzoek doorRVO naar'], expected: 'een onderzoek door RVO naar', rules: ['glued-case'] },
  {
    lines: ['Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1234'],
    expected: 'Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1234',
    rules: ['glued-number'],
  },
  {
    lines: ['de motie is op 12 maart 2024aangenomen door de Kamer'],
    expected: 'de motie is op 12 maart 2024 aangenomen door de Kamer',
    rules: ['glued-number'],
  },
  { lines: ['verslaving bij18-plussers'], expected: 'verslaving bij 18-plussers', rules: ['glued-number'] },
  {
    lines: ['naar buiten tebrengen. Het betreft'],
    expected: 'naar buiten te brengen. Het betreft',
    rules: ['glued-words'],
  },
  { lines: ['is hetaan hen om te besluiten'], expected: 'is het aan hen om te besluiten', rules: ['glued-words'] },
  {
    lines: ['worden. Hetis dan ook aan de dienst'],
    expected: 'worden. Het is dan ook aan de dienst',
    rules: ['glued-words'],
  },
  {
    lines: ['tekst en uitleg bij tegeven.Het kabinet'],
    expected: 'tekst en uitleg bij te geven. Het kabinet',
    rules: ['glued-words', 'glued-sentence'],
  },
  {
    lines: ['voorafgaand aan deze publicatiegeïnformeerd over het voornemen', 'de publicatie', 'wij zijn geïnformeerd'],
    expected: 'voorafgaand aan deze publicatie geïnformeerd over het voornemen',
    rules: ['glued-words'],
  },
  {
    lines: ['de Minister van Infrastructuuren Waterstaat'],
    expected: 'de Minister van Infrastructuur en Waterstaat',
    rules: ['glued-words'],
  },
  {
    lines: [`het onderne-mingsklimaat in Nederland.${LONG}`, 'het ondernemingsklimaat'],
    expected: `het ondernemingsklimaat in Nederland.${LONG}`,
    rules: ['kept-line-hyphen'],
  },
  {
    lines: [`op basis van 17 inter-views dat${LONG}`],
    expected: `op basis van 17 interviews dat${LONG}`,
    rules: ['kept-line-hyphen'],
  },
];

const MUST_NOT_SPLIT: string[][] = [
  ['de fractie van GroenLinks en de PvdA'],
  ['een McDonald in de stad'],
  ["een VVD\u2019er en een VVD'er"],
  ['een iPhone en een eBay-account'],
  ['het NOvA en TenneT'],
  ['de 18-plussers en het 2e kwartaal'],
  ['de 30%-regeling op A4 over COVID-19 in 3D'],
  ['maatregelen genomen3: de stikstof te verlagen.4 En verder'],
  ['het ondernemingsklimaat, bijvoorbeeld nogmaals'],
  ['informatie te declassificeren?'],
  ['om de zaak op te helderen, wetende dat'],
  ['Kanspelen (Wok)'],
  ['het programma EenVandaag en het WoonOnderzoek2021; en de WoonOnderzoek Nederland'],
  ['zie https://www.rijksoverheid.nl/Onderwerpen/Kamer of mail info@deKamer.nl'],
  [`informatie-uitwisseling met VNO-NCW over energie-infrastructuur.${LONG}`],
  [`de op-een-na grootste en de Start-bouw-impuls.${LONG}`],
  ['zij zijn mensenhan-', 'delaren in Egypte'],
  ['het vergaderjaar 2023\u20132024 en artikel 12'],
  ['de Boeren en de familie Jansen en Groenen'],
];

describe('splitGluedWords', () => {
  it.each(MUST_SPLIT)('splits $expected', ({ lines, expected, rules }) => {
    const result = split(lines);
    expect(result.lines[0]!.text).toBe(expected);
    expect([...new Set(result.changes.map((c) => c.rule))]).toEqual(rules);
  });

  it.each(MUST_NOT_SPLIT)('leaves %s as printed', (...lines) => {
    const result = split(lines);
    expect(result.lines.map((l) => l.text)).toEqual(lines);
    expect(result.changes).toEqual([]);
  });

  it('reports each split at its line and column in the source as written', () => {
    const result = splitGluedWords([{ text: 'een brief aan deKamer', line: 7, column: 3 }], () => true, speller, []);
    expect(result.changes).toEqual([{ rule: 'glued-case', line: 7, column: 17, before: 'deKamer', after: 'de Kamer' }]);
  });

  it('leaves furniture lines alone', () => {
    const result = splitGluedWords(
      [{ text: 'ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer', line: 1 }],
      () => false,
      speller,
      [],
    );
    expect(result.changes).toEqual([]);
  });

  it('stays linear on a very long glued token', () => {
    const started = performance.now();
    split([`${'a'.repeat(50_000)}Kamer${'b'.repeat(50_000)}`]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
