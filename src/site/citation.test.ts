// Citations follow from identity: the own number when the paper prints one (or the catalog gives
// it), otherwise what is known and never a number. Every expected string below was written by
// hand from the papers' headers (seeds/ and three real papers of tests/fixtures/real).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversionResult } from '../converter/pipeline.ts';
import { apaCitation, parliamentaryCitation } from './citation.ts';
import { headline } from './headline.ts';
import { apaName, questionerList } from './people.ts';
import type { DocumentFrontmatter } from '../schema/document.ts';
import { convertSeeds } from '../../tests/support/convert-seeds.ts';

const URL = 'https://kamerdossier.example/documenten/x/';

let seeds: Map<string, ConversionResult>;
beforeAll(async () => {
  seeds = await convertSeeds();
});

const SEEDS: [string, string, string, string][] = [
  [
    '000',
    'Kamervragen van Jasper van Dijk (SP), ingezonden 19 september 2017, beantwoord 10 november 2017',
    `Van Dijk, J. (2017, 10 november). Kamervragen over mensenhandel met het oogmerk van orgaanverwijdering [Vragen van het lid Jasper van Dijk (SP) met antwoord van Staatssecretaris Harbers (Justitie en Veiligheid)]. Tweede Kamer der Staten-Generaal. ${URL}`,
    'Jasper van Dijk (SP) over mensenhandel met het oogmerk van orgaanverwijdering',
  ],
  [
    '001',
    'Brief van Corinne Dettmeijer-Vermeulen, Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen aan de Voorzitter van de Tweede Kamer der Staten-Generaal, 13 februari 2017, kenmerk 10008',
    `Dettmeijer-Vermeulen, C. (2017, 13 februari). Algemeen Overleg mensenhandel [Brief aan de Voorzitter van de Tweede Kamer der Staten-Generaal, kenmerk 10008]. Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen. ${URL}`,
    'Algemeen Overleg mensenhandel',
  ],
  [
    '002',
    'Kamervragen van Van der Steur (VVD), ingezonden 28 december 2012, beantwoord 8 februari 2013',
    `Van der Steur. (2013, 8 februari). Kamervragen over het rapport «Mensenhandel in en uit beeld» [Vragen van het lid Van der Steur (VVD) met antwoord van minister Opstelten (Veiligheid en Justitie)]. Tweede Kamer der Staten-Generaal. ${URL}`,
    'Van der Steur (VVD) over het rapport «Mensenhandel in en uit beeld»',
  ],
  [
    '003',
    'Antwoorden op het schriftelijk overleg van 16 mei 2024 over het Actieplan programma Samen tegen mensenhandel',
    `Tweede Kamer der Staten-Generaal. (2024, 16 mei). Het Actieplan programma Samen tegen mensenhandel [Antwoorden op het schriftelijk overleg van 16 mei 2024]. ${URL}`,
    'Het Actieplan programma Samen tegen mensenhandel',
  ],
  [
    '004',
    'Kamervragen 2024Z19016 van Dral en Rajkowski (beiden VVD), ingezonden 21 november 2024',
    `Dral & Rajkowski. (2024, 21 november). Kamervragen over het artikel ‘Mensensmokkel via zee goudmijn’ [Vragen van de leden Dral en Rajkowski (beiden VVD); 2024Z19016]. Tweede Kamer der Staten-Generaal. ${URL}`,
    'Dral en Rajkowski (beiden VVD) over het artikel ‘Mensensmokkel via zee goudmijn’',
  ],
];

describe('citations of the seeds', () => {
  it.each(SEEDS)('seed %s', (seed, dutch, apa, listLine) => {
    const fm = seeds.get(seed)!.frontmatter;
    expect(parliamentaryCitation(fm)).toBe(dutch);
    expect(apaCitation(fm, URL)).toBe(apa);
    expect(headline(fm)).toBe(listLine);
  });

  it('never cite a "Zie ook" number as the paper’s own', () => {
    for (const seed of ['000', '002']) {
      const fm = seeds.get(seed)!.frontmatter;
      for (const see of fm.seeAlso) {
        const nummer = see.paper.split('-').at(-1)!;
        expect(parliamentaryCitation(fm)).not.toContain(`nr. ${nummer}`);
        expect(apaCitation(fm, URL)).not.toContain(`nr. ${nummer}`);
      }
    }
  });
});

/** Frontmatter of a real paper, with the facts its header prints (read by hand). */
function realPaper(nummer: number, facts: Partial<DocumentFrontmatter>): DocumentFrontmatter {
  return {
    kind: 'kamervragen',
    slug: `ah-tk-20232024-${nummer}`,
    identifiers: {
      aanhangsel: { vergaderjaar: '2023-2024', nummer },
      kamervragen: null,
      kenmerk: null,
      kamerstuk: null,
    },
    parliamentaryYear: '2023-2024',
    sender: null,
    recipient: null,
    ...facts,
  } as DocumentFrontmatter;
}

const REAL: [string, DocumentFrontmatter, string, string][] = [
  [
    '1031',
    realPaper(1031, {
      title: 'Het bericht «Werkgevers: bedrijven verplaatsen nieuwe investeringen naar het buitenland»',
      subject: 'het bericht «Werkgevers: bedrijven verplaatsen nieuwe investeringen naar het buitenland»',
      questioners: [
        { name: 'Tjeerd de Groot', party: 'D66' },
        { name: 'Sneller', party: 'D66' },
      ],
      answeredBy: { role: 'Minister', name: 'Adriaansens', ministry: 'Economische Zaken en Klimaat' },
      dates: { ingezonden: '2024-01-23', beantwoord: '2024-02-14', verzonden: null },
    }),
    'Aanhangsel Handelingen II 2023/24, nr. 1031',
    `De Groot, T., & Sneller. (2024, 14 februari). Kamervragen over het bericht «Werkgevers: bedrijven verplaatsen nieuwe investeringen naar het buitenland» [Vragen van de leden Tjeerd de Groot en Sneller (beiden D66) met antwoord van Minister Adriaansens (Economische Zaken en Klimaat); Aanhangsel Handelingen II 2023/24, nr. 1031]. Tweede Kamer der Staten-Generaal. ${URL}`,
  ],
  [
    '1770',
    realPaper(1770, {
      title: 'De voortgang van kabinetsdoelstellingen',
      subject: 'de voortgang van kabinetsdoelstellingen',
      questioners: [
        { name: 'Van der Lee', party: 'GroenLinks-PvdA' },
        { name: 'Stultiens', party: 'GroenLinks-PvdA' },
      ],
      answeredBy: { role: 'Minister', name: 'De Jonge', ministry: 'Binnenlandse Zaken en Koninkrijksrelaties' },
      dates: { ingezonden: '2024-04-22', beantwoord: '2024-05-17', verzonden: null },
    }),
    'Aanhangsel Handelingen II 2023/24, nr. 1770',
    `Van der Lee & Stultiens. (2024, 17 mei). Kamervragen over de voortgang van kabinetsdoelstellingen [Vragen van de leden Van der Lee en Stultiens (beiden GroenLinks-PvdA) met antwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties); Aanhangsel Handelingen II 2023/24, nr. 1770]. Tweede Kamer der Staten-Generaal. ${URL}`,
  ],
  [
    '2273',
    realPaper(2273, {
      title: 'Het bericht dat inspecties signaleren dat criminele netwerken de zorg hebben ontdekt',
      subject: 'het bericht dat inspecties signaleren dat criminele netwerken de zorg hebben ontdekt',
      questioners: [{ name: 'Dobbe', party: 'SP' }],
      answeredBy: { role: 'Minister', name: 'Agema', ministry: 'Volksgezondheid, Welzijn en Sport' },
      dates: { ingezonden: '2024-06-28', beantwoord: '2024-08-13', verzonden: null },
    }),
    'Aanhangsel Handelingen II 2023/24, nr. 2273',
    `Dobbe. (2024, 13 augustus). Kamervragen over het bericht dat inspecties signaleren dat criminele netwerken de zorg hebben ontdekt [Vragen van het lid Dobbe (SP) met antwoord van Minister Agema (Volksgezondheid, Welzijn en Sport); Aanhangsel Handelingen II 2023/24, nr. 2273]. Tweede Kamer der Staten-Generaal. ${URL}`,
  ],
];

describe('citations of real papers, with the number they print', () => {
  it.each(REAL)('nr. %s', (_, fm, dutch, apa) => {
    expect(parliamentaryCitation(fm)).toBe(dutch);
    expect(apaCitation(fm, URL)).toBe(apa);
  });
});

describe('names', () => {
  it('lists questioners the way the papers print them', () => {
    expect(questionerList([{ name: 'Jasper van Dijk', party: 'SP' }])).toBe('Jasper van Dijk (SP)');
    expect(
      questionerList([
        { name: 'Krul', party: 'CDA' },
        { name: 'Bontenbal', party: 'CDA' },
        { name: 'Omtzigt', party: 'Nieuw Sociaal Contract' },
      ]),
    ).toBe('Krul, Bontenbal (beiden CDA) en Omtzigt (Nieuw Sociaal Contract)');
    expect(
      questionerList([
        { name: 'A', party: 'X' },
        { name: 'B', party: 'X' },
        { name: 'C', party: 'X' },
      ]),
    ).toBe('A, B en C (allen X)');
  });

  it('writes APA names with initials and a leading particle capitalised, and leaves a family name alone', () => {
    expect(apaName('Jasper van Dijk')).toBe('Van Dijk, J.');
    expect(apaName('Tjeerd de Groot')).toBe('De Groot, T.');
    expect(apaName('Corinne Dettmeijer-Vermeulen')).toBe('Dettmeijer-Vermeulen, C.');
    expect(apaName('Van der Lee')).toBe('Van der Lee');
    expect(apaName('Kostic ´')).toBe('Kostic ´');
    expect(apaName('Kostić')).toBe('Kostić');
  });
});
