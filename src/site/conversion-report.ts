// What the converter did to each document, for the Verantwoording page: the lines it
// dropped as page furniture, per rule, and its decisions on hyphens at line ends.
// The cleaning stage is run again on the seeds the build used (it is pure and fast);
// a report is a list of columns, so further stages' reports can be added as columns.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCatalog, type Catalog } from '../converter/batch/catalog.ts';
import { clean } from '../converter/clean/clean.ts';
import { detectDocument } from '../converter/detect/detect.ts';
import { loadDutchSpeller } from '../converter/shared/speller.ts';
import { decodeSource } from '../converter/read/read.ts';
import type { CleanDocument, FurnitureRule, HyphenDecision } from '../converter/types.ts';
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
  cleaned: CleanDocument;
}

/** A column of the per-document table: a heading and what a document's row shows. */
export interface ReportColumn {
  title: string;
  value: (report: DocumentReport) => number;
}

export const reportColumns: ReportColumn[] = [
  { title: 'Regels in de bron', value: (r) => r.cleaned.lines.length },
  { title: 'Weggelaten als opmaak', value: (r) => r.cleaned.furniture.length },
  { title: 'Voetnoten onderaan de pagina', value: (r) => r.cleaned.footnotes.length },
  { title: 'Afbrekingen beslist', value: (r) => r.cleaned.hyphenation.length },
];

let reports: Promise<DocumentReport[]> | undefined;

/** The cleaning stage's record for every document, in the order given; built once per build. */
export function conversionReports(documents: readonly DocumentEntry[]): Promise<DocumentReport[]> {
  reports ??= (async () => {
    const seeds = process.env.SEEDS_DIR ?? 'seeds';
    const speller = await loadDutchSpeller();
    const catalog: Catalog = parseCatalog(
      'catalog.yaml',
      await readFile(join(seeds, 'catalog.yaml'), 'utf8').catch(() => ''),
    );
    return Promise.all(
      documents.map(async (doc) => {
        const file = doc.data.source.file;
        const source = decodeSource(file, await readFile(join(seeds, file)));
        return { doc, cleaned: clean(detectDocument(source, catalog.get(file)?.kind ?? doc.data.kind), speller) };
      }),
    );
  })();
  return reports;
}

/** Counts per key, most frequent first. */
export function tally<T extends string>(items: readonly T[]): [T, number][] {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
}
