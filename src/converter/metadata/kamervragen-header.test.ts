// The Kamervragen header, as a fixture table: header text as printed → the facts read from it.
// The 13 real papers' headers are copied from tests/fixtures/real (pypdf extracts, glued
// words and all), the seeds' from seeds/; every expected value was read from the text by hand.
import { describe, expect, it } from 'vitest';
import { parseKamervragenHeader, parseSeeAlso, type KamervragenHeader, type Person } from './kamervragen-header.ts';

interface Case {
  name: string;
  header: string;
  questioners: Person[];
  addressees: string[];
  subject: string | null;
  ingezonden: string | null;
  answeredBy: KamervragenHeader['answeredBy'];
  onBehalfOf: string[];
  beantwoord: string | null;
  seeAlso: string[];
  registration?: string;
}

// 1770 prints the offices glued where its lines ended ("enWerkgelegenheid"): kept as printed, each once.
const MINISTERS_1770 = [
  'Minister-President',
  'Minister van Financiën',
  'Minister van Sociale Zaken enWerkgelegenheid',
  'Minister van Justitie en Veiligheid',
  'Minister van Binnenlandse Zaken enKoninkrijksrelaties',
  'Minister van Onderwijs, Cultuur en Wetenschap',
  'Minister van Infrastructuuren Waterstaat',
  'Minister van Economische Zaken en Klimaat',
  'Minister van Landbouw, Natuur enVoedselkwaliteit',
  'Minister van Volksgezondheid, Welzijn en Sport',
];

const CASES: Case[] = [
  {
    name: 'real 1031',
    header: `Vragen van de leden Tjeerd de Groot en Sneller (beiden D66) aan de
Minister van Economische Zaken en Klimaat over het bericht «Werkgevers:
bedrijven verplaatsen nieuwe investeringen naar het buitenland» (ingezonden
23 januari 2024).
Antwoord van Minister Adriaansens (Economische Zaken en Klimaat)
(ontvangen 14 februari 2024).`,
    questioners: [
      { name: 'Tjeerd de Groot', party: 'D66' },
      { name: 'Sneller', party: 'D66' },
    ],
    addressees: ['Minister van Economische Zaken en Klimaat'],
    subject: 'het bericht «Werkgevers: bedrijven verplaatsen nieuwe investeringen naar het buitenland»',
    ingezonden: '2024-01-23',
    answeredBy: { role: 'Minister', name: 'Adriaansens', ministry: 'Economische Zaken en Klimaat' },
    onBehalfOf: [],
    beantwoord: '2024-02-14',
    seeAlso: [],
  },
  {
    name: 'real 1108',
    header: `Vragen van het lid Bontenbal (CDA) aan de Minister voor Klimaat en Energie
over de wachtlijst voor aanvragen voor transportcapaciteit op het
elektriciteitsnet (ingezonden 6 februari 2024).
Antwoord van Minister Jetten (Klimaat en Energie) (ontvangen 27 februari
2024).`,
    questioners: [{ name: 'Bontenbal', party: 'CDA' }],
    addressees: ['Minister voor Klimaat en Energie'],
    subject: 'de wachtlijst voor aanvragen voor transportcapaciteit op het elektriciteitsnet',
    ingezonden: '2024-02-06',
    answeredBy: { role: 'Minister', name: 'Jetten', ministry: 'Klimaat en Energie' },
    onBehalfOf: [],
    beantwoord: '2024-02-27',
    seeAlso: [],
  },
  {
    name: 'real 1165',
    header: `Vragen van het lid Welzijn (Nieuw Sociaal Contract) aan de Minister van
Binnenlandse Zaken en Koninkrijksrelaties over de brief van de VN-rapporteur
van 21 december 2023 getiteld Statement at the conclusion of the country visit to the Netherlands en handelend over schending van mensenrechten op het gebied van adequate huisvesting in Nederland (Balakrishnan Rajagopal, United Nations Special Rapporteur on the right to adequate housing) (ingezonden 9 januari 2024).
Antwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)
(ontvangen 6 maart 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 967.`,
    questioners: [{ name: 'Welzijn', party: 'Nieuw Sociaal Contract' }],
    addressees: ['Minister van Binnenlandse Zaken en Koninkrijksrelaties'],
    subject:
      'de brief van de VN-rapporteur van 21 december 2023 getiteld Statement at the conclusion of the country visit to the Netherlands en handelend over schending van mensenrechten op het gebied van adequate huisvesting in Nederland (Balakrishnan Rajagopal, United Nations Special Rapporteur on the right to adequate housing)',
    ingezonden: '2024-01-09',
    answeredBy: { role: 'Minister', name: 'De Jonge', ministry: 'Binnenlandse Zaken en Koninkrijksrelaties' },
    onBehalfOf: [],
    beantwoord: '2024-03-06',
    seeAlso: ['ah-tk-20232024-967'],
  },
  {
    name: 'real 1296',
    header: `Vragen van het lid Van Nispen (SP) aan de Minister van Binnenlandse Zaken
en Koninkrijksrelaties over het bericht «Nederlandse geheime dienst maakte
decennia gebruik van naziapparaat» (ingezonden 28 februari 2024).
Antwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)
(ontvangen 21 maart 2024).`,
    questioners: [{ name: 'Van Nispen', party: 'SP' }],
    addressees: ['Minister van Binnenlandse Zaken en Koninkrijksrelaties'],
    subject: 'het bericht «Nederlandse geheime dienst maakte decennia gebruik van naziapparaat»',
    ingezonden: '2024-02-28',
    answeredBy: { role: 'Minister', name: 'De Jonge', ministry: 'Binnenlandse Zaken en Koninkrijksrelaties' },
    onBehalfOf: [],
    beantwoord: '2024-03-21',
    seeAlso: [],
  },
  {
    name: 'real 1375',
    header: `Vragen van het lid Omtzigt (Nieuw Sociaal Contract) aan de Minister van
Binnenlandse Zaken en Koninkrijksrelaties over de invloed van Russisch geld
op de Nederlandse politiek (ingezonden 29 maart 2024).
Antwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)
(ontvangen 1 april 2024).`,
    questioners: [{ name: 'Omtzigt', party: 'Nieuw Sociaal Contract' }],
    addressees: ['Minister van Binnenlandse Zaken en Koninkrijksrelaties'],
    subject: 'de invloed van Russisch geld op de Nederlandse politiek',
    ingezonden: '2024-03-29',
    answeredBy: { role: 'Minister', name: 'De Jonge', ministry: 'Binnenlandse Zaken en Koninkrijksrelaties' },
    onBehalfOf: [],
    beantwoord: '2024-04-01',
    seeAlso: [],
  },
  {
    name: 'real 1770',
    header: `Vragen van de leden Van der Lee en Stultiens (beiden GroenLinks-PvdA) aan
de Minister-President en de Ministers van Financiën, van Sociale Zaken enWerkgelegenheid, van Justitie en Veiligheid, van Binnenlandse Zaken enKoninkrijksrelaties, van Onderwijs, Cultuur en Wetenschap, van Infrastructuuren Waterstaat, van Economische Zaken en Klimaat, van Landbouw, Natuur enVoedselkwaliteit en van Volksgezondheid, Welzijn en Sport over de voortgang
van kabinetsdoelstellingen (ingezonden 22 april 2024).
Antwoord van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)
(ontvangen 17 mei 2024). Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1673. Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1693. Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1732. Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1733. Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1734. Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1735. Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1743. Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1743. Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1744.`,
    questioners: [
      { name: 'Van der Lee', party: 'GroenLinks-PvdA' },
      { name: 'Stultiens', party: 'GroenLinks-PvdA' },
    ],
    addressees: MINISTERS_1770,
    subject: 'de voortgang van kabinetsdoelstellingen',
    ingezonden: '2024-04-22',
    answeredBy: { role: 'Minister', name: 'De Jonge', ministry: 'Binnenlandse Zaken en Koninkrijksrelaties' },
    onBehalfOf: [],
    beantwoord: '2024-05-17',
    seeAlso: [
      'ah-tk-20232024-1673',
      'ah-tk-20232024-1693',
      'ah-tk-20232024-1732',
      'ah-tk-20232024-1733',
      'ah-tk-20232024-1734',
      'ah-tk-20232024-1735',
      'ah-tk-20232024-1743',
      'ah-tk-20232024-1744',
    ],
  },
  {
    name: 'real 1983',
    header: `Vragen van het lid Vondeling (PVV) aan de Minister voor Rechtsbescherming
over het bericht dat de gemeente Soest Bingo heeft verboden en senioren
daarom nu «geranium!» roepen bij hun geliefde spel (ingezonden 26 april
2024).
Antwoord van Staatssecretaris Van Ooijen (Volksgezondheid, Welzijn en
Sport) (ontvangen 14 juni 2024). Zie ook Aanhangsels Handelingen,vergaderjaar 2023–2024, nr. 1767 en 1775`,
    questioners: [{ name: 'Vondeling', party: 'PVV' }],
    addressees: ['Minister voor Rechtsbescherming'],
    subject:
      'het bericht dat de gemeente Soest Bingo heeft verboden en senioren daarom nu «geranium!» roepen bij hun geliefde spel',
    ingezonden: '2024-04-26',
    answeredBy: { role: 'Staatssecretaris', name: 'Van Ooijen', ministry: 'Volksgezondheid, Welzijn en Sport' },
    onBehalfOf: [],
    beantwoord: '2024-06-14',
    seeAlso: ['ah-tk-20232024-1767', 'ah-tk-20232024-1775'],
  },
  {
    name: 'real 2110',
    header: `Vragen van het lid Kostic ´ (PvdD) aan de Minister van Landbouw, Natuur en
Voedselkwaliteit over het onderzoek waaruit blijkt dat het Dolfinarium zich
opnieuw niet aan de afspraken houdt (ingezonden 10 mei 2024).
Antwoord van Minister Adema (Landbouw, Natuur en Voedselkwaliteit)
(ontvangen 28 juni 2024). Zie ook Aanhangsel Handelingen, vergaderjaar2023–2024, nr. 1902.`,
    questioners: [{ name: 'Kostic ´', party: 'PvdD' }],
    addressees: ['Minister van Landbouw, Natuur en Voedselkwaliteit'],
    subject: 'het onderzoek waaruit blijkt dat het Dolfinarium zich opnieuw niet aan de afspraken houdt',
    ingezonden: '2024-05-10',
    answeredBy: { role: 'Minister', name: 'Adema', ministry: 'Landbouw, Natuur en Voedselkwaliteit' },
    onBehalfOf: [],
    beantwoord: '2024-06-28',
    seeAlso: ['ah-tk-20232024-1902'],
  },
  {
    name: 'real 2267',
    header: `Vragen van het lid Soepboer (Nieuw Sociaal Contract) aan de Minister van
Infrastructuur en Waterstaat over de startdatum van de werkzaamheden aan
het Julianakanaal (ingezonden 7 augustus 2024).
Antwoord van Minister Madlener (Infrastructuur en Waterstaat) (ontvangen
9 augustus 2024).`,
    questioners: [{ name: 'Soepboer', party: 'Nieuw Sociaal Contract' }],
    addressees: ['Minister van Infrastructuur en Waterstaat'],
    subject: 'de startdatum van de werkzaamheden aan het Julianakanaal',
    ingezonden: '2024-08-07',
    answeredBy: { role: 'Minister', name: 'Madlener', ministry: 'Infrastructuur en Waterstaat' },
    onBehalfOf: [],
    beantwoord: '2024-08-09',
    seeAlso: [],
  },
  {
    name: 'real 2273',
    header: `Vragen van het lid Dobbe (SP) aan de Ministers van Volksgezondheid, Welzijn
en Sport en van Onderwijs, Cultuur en Wetenschap over het bericht dat
inspecties signaleren dat criminele netwerken de zorg hebben ontdekt(ingezonden 28 juni 2024).
Antwoord van Minister Agema (Volksgezondheid, Welzijn en Sport), mede
namens de Minister van Onderwijs, Cultuur en Wetenschap (ontvangen13 augustus 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024,nr. 2175.`,
    questioners: [{ name: 'Dobbe', party: 'SP' }],
    addressees: ['Minister van Volksgezondheid, Welzijn en Sport', 'Minister van Onderwijs, Cultuur en Wetenschap'],
    subject: 'het bericht dat inspecties signaleren dat criminele netwerken de zorg hebben ontdekt',
    ingezonden: '2024-06-28',
    answeredBy: { role: 'Minister', name: 'Agema', ministry: 'Volksgezondheid, Welzijn en Sport' },
    onBehalfOf: ['Minister van Onderwijs, Cultuur en Wetenschap'],
    beantwoord: '2024-08-13',
    seeAlso: ['ah-tk-20232024-2175'],
  },
  {
    name: 'real 2352',
    header: `Vragen van het lid Dobbe (SP) aan de Minister van Volksgezondheid, Welzijn
en Sport over het bericht dat het Regionaal Autisme Centrum (RAC) in
Helmond en Tilburg stopt met behandeling en het stellen van diagnoses bij18-plussers (ingezonden 24 juni 2024).
Antwoord van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport
– Jeugd, Preventie en Sport) (ontvangen 27 augustus 2024). Zie ookAanhangsel Handelingen, vergaderjaar 2023–2024, nr. 2146.`,
    questioners: [{ name: 'Dobbe', party: 'SP' }],
    addressees: ['Minister van Volksgezondheid, Welzijn en Sport'],
    subject:
      'het bericht dat het Regionaal Autisme Centrum (RAC) in Helmond en Tilburg stopt met behandeling en het stellen van diagnoses bij18-plussers',
    ingezonden: '2024-06-24',
    answeredBy: {
      role: 'Staatssecretaris',
      name: 'Karremans',
      ministry: 'Volksgezondheid, Welzijn en Sport – Jeugd, Preventie en Sport',
    },
    onBehalfOf: [],
    beantwoord: '2024-08-27',
    seeAlso: ['ah-tk-20232024-2146'],
  },
  {
    name: 'real 946',
    header: `Vragen van het lid Bamenga (D66) aan de Minister voor Buitenlandse Handel
en Ontwikkelingssamenwerking over de situatie in Soedan naar aanleiding van
de oorlog die is uitgebroken in april 2023 (ingezonden 12 januari 2024).
Antwoord van Minister Van Leeuwen (Buitenlandse Handel en
Ontwikkelingssamenwerking) (ontvangen 5 februari 2024).`,
    questioners: [{ name: 'Bamenga', party: 'D66' }],
    addressees: ['Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking'],
    subject: 'de situatie in Soedan naar aanleiding van de oorlog die is uitgebroken in april 2023',
    ingezonden: '2024-01-12',
    answeredBy: { role: 'Minister', name: 'Van Leeuwen', ministry: 'Buitenlandse Handel en Ontwikkelingssamenwerking' },
    onBehalfOf: [],
    beantwoord: '2024-02-05',
    seeAlso: [],
  },
  {
    name: 'real 971',
    header: `Vragen van het lid Flach (SGP) aan de Minister van Landbouw, Natuur en
Voedselkwaliteit over het wetenschappelijke vangstadvies voor tong
(ingezonden 18 december 2023).
Antwoord van Minister Adema (Landbouw, Natuur en Voedselkwaliteit)
(ontvangen 7 februari 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 757.`,
    questioners: [{ name: 'Flach', party: 'SGP' }],
    addressees: ['Minister van Landbouw, Natuur en Voedselkwaliteit'],
    subject: 'het wetenschappelijke vangstadvies voor tong',
    ingezonden: '2023-12-18',
    answeredBy: { role: 'Minister', name: 'Adema', ministry: 'Landbouw, Natuur en Voedselkwaliteit' },
    onBehalfOf: [],
    beantwoord: '2024-02-07',
    seeAlso: ['ah-tk-20232024-757'],
  },
  {
    name: 'seed 000',
    header: `Vragen van het lid Jasper van Dijk (SP) aan de Staatssecretaris van
Veiligheid en Justitie over mensenhandel met het oogmerk van
orgaanverwijdering (ingezonden 19 september 2017).
Antwoord van Staatssecretaris Harbers (Justitie en Veiligheid), mede namens
de Minister van Buitenlandse Zaken (ontvangen 10 november 2017). Zie ook
Aanhangsel Handelingen, vergaderjaar 2017–2018, nr. 172.`,
    questioners: [{ name: 'Jasper van Dijk', party: 'SP' }],
    addressees: ['Staatssecretaris van Veiligheid en Justitie'],
    subject: 'mensenhandel met het oogmerk van orgaanverwijdering',
    ingezonden: '2017-09-19',
    answeredBy: { role: 'Staatssecretaris', name: 'Harbers', ministry: 'Justitie en Veiligheid' },
    onBehalfOf: ['Minister van Buitenlandse Zaken'],
    beantwoord: '2017-11-10',
    seeAlso: ['ah-tk-20172018-172'],
  },
  {
    name: 'seed 002',
    header: `Vragen van het lid Van der Steur (VVD) aan de minister van Veiligheid en
Justitie over het rapport «Mensenhandel in en uit beeld» (ingezonden
28 december 2012).
Antwoord van minister Opstelten (Veiligheid en Justitie) (ontvangen
8 februari 2013) Zie ook Aanhangsel Handelingen, vergaderjaar 2012–2013, nr.
903`,
    questioners: [{ name: 'Van der Steur', party: 'VVD' }],
    addressees: ['minister van Veiligheid en Justitie'],
    subject: 'het rapport «Mensenhandel in en uit beeld»',
    ingezonden: '2012-12-28',
    answeredBy: { role: 'minister', name: 'Opstelten', ministry: 'Veiligheid en Justitie' },
    onBehalfOf: [],
    beantwoord: '2013-02-08',
    seeAlso: ['ah-tk-20122013-903'],
  },
  {
    name: 'seed 004 (Word export: registration number glued to the year, no answer header)',
    header:
      'Vragen van de leden Dral en Rajkowski (beiden VVD) aan de ministers van Justitie en Veiligheid en van Asiel en Migratie over het artikel ‘Mensensmokkel via zee goudmijn’ (ingezonden 21 november, 20242024Z19016)',
    questioners: [
      { name: 'Dral', party: 'VVD' },
      { name: 'Rajkowski', party: 'VVD' },
    ],
    addressees: ['minister van Justitie en Veiligheid', 'minister van Asiel en Migratie'],
    subject: 'het artikel ‘Mensensmokkel via zee goudmijn’',
    ingezonden: '2024-11-21',
    registration: '2024Z19016',
    answeredBy: null,
    onBehalfOf: [],
    beantwoord: null,
    seeAlso: [],
  },
  {
    name: 'three people of two parties, a space before the comma',
    header:
      'Vragen van de leden Krul , Bontenbal (beiden CDA) en Omtzigt (Nieuw Sociaal Contract) aan de Minister van Financiën over de toeslagen (ingezonden 3 maart 2024). Antwoord van Minister Van Rij (Financiën) (ontvangen 4 april 2024).',
    questioners: [
      { name: 'Krul', party: 'CDA' },
      { name: 'Bontenbal', party: 'CDA' },
      { name: 'Omtzigt', party: 'Nieuw Sociaal Contract' },
    ],
    addressees: ['Minister van Financiën'],
    subject: 'de toeslagen',
    ingezonden: '2024-03-03',
    answeredBy: { role: 'Minister', name: 'Van Rij', ministry: 'Financiën' },
    onBehalfOf: [],
    beantwoord: '2024-04-04',
    seeAlso: [],
  },
  {
    name: 'a repeated word ("de de"), several ministers on whose behalf, the diacritic composed',
    header:
      'Vragen van het lid Kostić (PvdD) aan de de Minister van Landbouw, Natuur en Voedselkwaliteit over de de dolfijnen (ingezonden 10 mei 2024). Antwoord van Minister Adema (Landbouw, Natuur en Voedselkwaliteit), mede namens de Staatssecretaris van Volksgezondheid, Welzijn en Sport, de Minister van Sociale Zaken en Werkgelegenheid en de Minister van Buitenlandse Zaken (ontvangen 28 juni 2024). Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 1902.',
    questioners: [{ name: 'Kostić', party: 'PvdD' }],
    addressees: ['Minister van Landbouw, Natuur en Voedselkwaliteit'],
    subject: 'de de dolfijnen',
    ingezonden: '2024-05-10',
    answeredBy: { role: 'Minister', name: 'Adema', ministry: 'Landbouw, Natuur en Voedselkwaliteit' },
    onBehalfOf: [
      'Staatssecretaris van Volksgezondheid, Welzijn en Sport',
      'Minister van Sociale Zaken en Werkgelegenheid',
      'Minister van Buitenlandse Zaken',
    ],
    beantwoord: '2024-06-28',
    seeAlso: ['ah-tk-20232024-1902'],
  },
  {
    name: 'glued words split by an earlier stage',
    header:
      'Vragen van het lid Dobbe (SP) aan de Ministers van Volksgezondheid, Welzijn en Sport en van Onderwijs, Cultuur en Wetenschap over het bericht dat criminele netwerken de zorg hebben ontdekt (ingezonden 28 juni 2024). Antwoord van Minister Agema (Volksgezondheid, Welzijn en Sport), mede namens de Ministers van Onderwijs, Cultuur en Wetenschap en van Justitie en Veiligheid (ontvangen 13 augustus 2024). Zie ook Aanhangsels Handelingen, vergaderjaar 2023–2024, nr. 1767 en 1775',
    questioners: [{ name: 'Dobbe', party: 'SP' }],
    addressees: ['Minister van Volksgezondheid, Welzijn en Sport', 'Minister van Onderwijs, Cultuur en Wetenschap'],
    subject: 'het bericht dat criminele netwerken de zorg hebben ontdekt',
    ingezonden: '2024-06-28',
    answeredBy: { role: 'Minister', name: 'Agema', ministry: 'Volksgezondheid, Welzijn en Sport' },
    onBehalfOf: ['Minister van Onderwijs, Cultuur en Wetenschap', 'Minister van Justitie en Veiligheid'],
    beantwoord: '2024-08-13',
    seeAlso: ['ah-tk-20232024-1767', 'ah-tk-20232024-1775'],
  },
];

describe('the Kamervragen header', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const facts = parseKamervragenHeader(c.header);
    expect(facts).toEqual({
      questioners: c.questioners,
      addressees: c.addressees,
      subject: c.subject,
      ingezonden: c.ingezonden,
      registration: c.registration ?? null,
      answeredBy: c.answeredBy,
      onBehalfOf: c.onBehalfOf,
      beantwoord: c.beantwoord,
    });
    expect(parseSeeAlso(c.header).map((s) => s.paper)).toEqual(c.seeAlso);
    // Nothing is an empty string: unknown is null.
    expect(JSON.stringify(facts)).not.toContain('""');
  });

  it('keeps the printed words of a "Zie ook" with the paper it names', () => {
    expect(
      parseSeeAlso('(ontvangen 10 november 2017). Zie ook\nAanhangsel Handelingen, vergaderjaar 2017–2018, nr. 172.'),
    ).toEqual([{ paper: 'ah-tk-20172018-172', text: 'Aanhangsel Handelingen, vergaderjaar 2017–2018, nr. 172' }]);
  });

  it('a header it cannot read gives nulls, not empty strings', () => {
    expect(parseKamervragenHeader('Inleiding. Hierbij zend ik u de antwoorden.')).toEqual({
      questioners: [],
      addressees: [],
      subject: null,
      ingezonden: null,
      registration: null,
      answeredBy: null,
      onBehalfOf: [],
      beantwoord: null,
    });
  });
});
