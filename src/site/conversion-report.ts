// What the converter did to each document, for the Verantwoording page: the lines it
// dropped as page furniture, per rule, and its decisions on hyphens at line ends, as the
// conversion counted them in the frontmatter (`cleaning`). A report is a list of
// columns, so further stages' reports can be added as columns.
import type { FurnitureRule, HyphenDecision } from '../converter/types.ts';
import type { DocumentFrontmatter } from '../schema/document.ts';
import type { DocumentEntry } from './documents.ts';

/** Why each furniture rule drops a line, in a reader's words. */
export const furnitureRuleLabel: Record<FurnitureRule, string> = {
  'blank-lines': 'Lege regels na elkaar (opmaak, geen tekst)',
  'page-number': 'Paginanummer alleen op een regel',
  'pagina-n-van-m': '„Pagina 2 van 5”',
  'return-address': 'Retouradres in het briefhoofd',
  'addressee-block': 'Adresblok van de geadresseerde',
  'letter-date': 'Datumregel van het briefhoofd (bewaard als datum van de brief)',
  'letter-subject': 'Onderwerpregel van het briefhoofd (bewaard als titel)',
  'letterhead-sidebar': 'Zijbalk van het briefhoofd (adres, kenmerk, contact)',
  'repeated-page-header': 'Paginakop die op elke pagina terugkomt',
  'running-footer': 'Voettekst „Tweede Kamer, vergaderjaar …” op elke pagina',
  'duplicated-hyperlink': 'Dezelfde link twee keer onder elkaar (de eerste blijft)',
  'handelingen-masthead': 'Kop „Tweede Kamer der Staten-Generaal” op de eerste pagina',
  'handelingen-vergaderjaar': 'Kop „Vergaderjaar … Aanhangsel van de Handelingen” (bewaard als vergaderjaar)',
  'handelingen-subtitle':
    'Kop „Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden”',
  'paper-number': 'Het eigen nummer van het stuk onder de kop (bewaard als nummer)',
  'document-identifier': 'Kenmerk „ah-tk-…” in de voettekst (bewaard als nummer)',
  'handelingen-imprint': 'Voettekst „ISSN 0921 - 7398”, „’s-Gravenhage 2024”',
  'footer-spacing': 'Regels met alleen spaties rond de voettekst',
};

/** How a hyphen at a line end was decided, in a reader's words. */
export const hyphenEvidenceLabel: Record<HyphenDecision['evidence'], string> = {
  url: 'deel van een webadres: streepje blijft',
  'capital-or-digit': 'hoofdletter of cijfer na het streepje: streepje blijft',
  abbreviation: 'afkorting: streepje blijft',
  elliptical: 'weglatingsstreepje voor „en” of „of” („migratie- en vluchtelingenketen”): streepje blijft',
  'document-spelling': 'het document schrijft het woord elders op één regel, met of zonder streepje',
  dictionary: 'het woordenboek kent het woord (OpenTaal, met Hunspell)',
  'vowel-collision': 'klinkerbotsing in een samenstelling: streepje blijft',
  'default-join': 'geen bewijs: aan elkaar geschreven',
};

export interface DocumentReport {
  doc: DocumentEntry;
  cleaning: DocumentFrontmatter['cleaning'];
}

/** A column of the per-document table: a heading and what a document's row shows. */
export interface ReportColumn {
  title: string;
  value: (report: DocumentReport) => number;
}

const sum = (counts: readonly number[]) => counts.reduce((total, n) => total + n, 0);

export const reportColumns: ReportColumn[] = [
  { title: 'Regels in de bron', value: (r) => r.cleaning.lines },
  { title: 'Weggelaten als opmaak', value: (r) => sum(r.cleaning.furniture.map((f) => f.lines)) },
  { title: 'Voetnoten onderaan de pagina', value: (r) => r.cleaning.pageFootnotes },
  { title: 'Afbrekingen beslist', value: (r) => sum(r.cleaning.hyphens.map((h) => h.kept + h.joined)) },
];

/** Each document's report, in the order given. */
export function conversionReports(documents: readonly DocumentEntry[]): DocumentReport[] {
  return documents.map((doc) => ({ doc, cleaning: doc.data.cleaning }));
}

/** A document's dropped lines per rule, most first. */
export function furnitureCounts(report: DocumentReport): [FurnitureRule, number][] {
  // The converter writes only its own rules' names (src/converter/clean/cleaning-summary.ts).
  return report.cleaning.furniture.map((f) => [f.rule as FurnitureRule, f.lines]);
}

/** A document's hyphens at line ends: how many were kept, how many joined into one word. */
export function hyphenCounts(report: DocumentReport): { kept: number; joined: number } {
  return {
    kept: sum(report.cleaning.hyphens.map((h) => h.kept)),
    joined: sum(report.cleaning.hyphens.map((h) => h.joined)),
  };
}

/** The counts of several documents added up per key, most first. */
export function totals<T extends string>(counts: readonly [T, number][]): [T, number][] {
  const added = new Map<T, number>();
  for (const [key, n] of counts) added.set(key, (added.get(key) ?? 0) + n);
  return [...added].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}
