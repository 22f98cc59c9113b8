// Who asks, who answers, about what and when: the facts a synthetic paper
// states in its header, drawn from fixed lists so the corpus mentions a few
// hundred people beside the entities of src/data/entities.yaml.
import { DUTCH_MONTHS } from '../../../src/lib/printed-dates.ts';
import type { Random } from './random.ts';

const FIRST_NAMES = [
  'Anne',
  'Bram',
  'Carla',
  'Daan',
  'Esther',
  'Frank',
  'Gerda',
  'Hans',
  'Ilse',
  'Joost',
  'Karin',
  'Lars',
  'Marieke',
  'Niels',
  'Olga',
  'Pieter',
  'Renske',
  'Sander',
  'Tineke',
  'Wouter',
];
const SURNAMES = [
  'de Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
];
/** Parties with an entity in src/data/entities.yaml, and a few without. */
export const PARTIES = [
  'VVD',
  'SP',
  'PvdA',
  'GroenLinks-PvdA',
  'CDA',
  'ChristenUnie',
  'NSC',
  'BBB',
  'D66',
  'PVV',
  'SGP',
  'Volt',
];
const KNOWN_MEMBERS = [
  { name: 'Jasper van Dijk', party: 'SP' },
  { name: 'Van der Steur', party: 'VVD' },
  { name: 'Dral', party: 'VVD' },
  { name: 'Rajkowski', party: 'VVD' },
  { name: 'Mutluer', party: 'GroenLinks-PvdA' },
  { name: 'Bikker', party: 'ChristenUnie' },
  { name: 'Krul', party: 'CDA' },
  { name: 'Veldkamp', party: 'NSC' },
];
/** 400 invented members of parliament, each with a fixed party, plus the known ones. */
export const MEMBERS = [
  ...KNOWN_MEMBERS,
  ...FIRST_NAMES.flatMap((first, i) =>
    SURNAMES.map((last, j) => ({ name: `${first} ${last}`, party: PARTIES[(i * 7 + j) % PARTIES.length]! })),
  ),
];

export const MINISTRIES = [
  'Justitie en Veiligheid',
  'Veiligheid en Justitie',
  'Asiel en Migratie',
  'Sociale Zaken en Werkgelegenheid',
  'Buitenlandse Zaken',
  'Volksgezondheid, Welzijn en Sport',
];
const ANSWERERS = [
  { role: 'Minister', name: 'Opstelten' },
  { role: 'Staatssecretaris', name: 'Harbers' },
  { role: 'Minister', name: 'Stef Blok' },
  { role: 'Staatssecretaris', name: 'Veltman' },
  ...SURNAMES.map((name, i) => ({
    role: i % 2 ? 'Minister' : 'Staatssecretaris',
    name: name.replace(/^de /, 'De ').replace(/^van /, 'Van '),
  })),
];
export const SENDERS = [
  ['Corinne Dettmeijer-Vermeulen', 'Nationaal Rapporteur', 'Mensenhandel en Seksueel', 'Geweld tegen Kinderen'],
  ['Herman Bolhaar', 'Nationaal Rapporteur', 'Mensenhandel en Seksueel', 'Geweld tegen Kinderen'],
  ['Conny Rijken', 'Nationaal Rapporteur', 'Mensenhandel en Seksueel', 'Geweld tegen Kinderen'],
];

const TOPICS = [
  'mensenhandel met het oogmerk van orgaanverwijdering',
  'het rapport «Mensenhandel in en uit beeld»',
  'het artikel ‘Mensensmokkel via zee goudmijn’',
  'de aanpak van arbeidsuitbuiting in de land- en tuinbouw',
  'het bericht ‘Slachtoffers van loverboys vaker in beeld’',
  'de opvang van minderjarige slachtoffers van mensenhandel',
  'het bericht ‘Smokkelaars gebruiken sociale media om migranten te werven’',
  'de registratie van slachtoffers bij CoMensha',
  'criminele uitbuiting van kinderen',
  'de capaciteit van de politie voor de opsporing van mensenhandel',
  'het bericht ‘Meer meldingen van seksuele uitbuiting’',
  'de samenwerking met Europol tegen mensensmokkel',
  'het Nationaal Verwijsmechanisme',
  'de rapportage van de Nationaal Rapporteur over daderschap',
  'het bericht ‘Vietnamese minderjarigen verdwijnen uit de opvang’',
  'de aanpak van mensensmokkel via de Noordzee',
];

export function member(random: Random) {
  return random.pick(MEMBERS);
}

export function answerer(random: Random) {
  return { ...random.pick(ANSWERERS), ministry: random.pick(MINISTRIES.slice(0, 3)) };
}

export function topic(random: Random): string {
  return random.pick(TOPICS);
}

const MONTHS = DUTCH_MONTHS;
const FIRST_DAY = Date.UTC(2012, 0, 2);
const LAST_DAY = Date.UTC(2024, 10, 30);
const DAY = 86_400_000;

/** A day between 2 January 2012 and 30 November 2024. */
export function dateIn2012To2024(random: Random): Date {
  return new Date(FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY);
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(Math.min(date.getTime() + days * DAY, Date.UTC(2024, 11, 31)));
}

/** "19 september 2017" */
export function dutchDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** The parliamentary year a date falls in, September counted to the new one: "2017–2018". */
export function vergaderjaar(date: Date): string {
  const year = date.getUTCFullYear();
  return date.getUTCMonth() >= 8 ? `${year}–${year + 1}` : `${year - 1}–${year}`;
}
