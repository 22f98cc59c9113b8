// Open data in files of bounded size: the documents of each year, at most
// OPEN_DATA_FILE_DOCUMENTS to a file (a year with more gets numbered files), and an
// index that names every file. One file for the whole corpus would grow without
// limit (257 MB at 5,000 documents; GitHub Pages refuses sites over 1 GB).
// The routes (src/pages/data/) render each file; this module only decides the split.

/** At about 50 KB per document with its text, a file stays near 12 MB, 2 MB gzipped. */
export const OPEN_DATA_FILE_DOCUMENTS = 250;

export interface OpenDataFile<T> {
  /** The file's name without extension: "documents-2017", "documents-2017-2", "documents-onbekend". */
  name: string;
  /** The year of the documents' main date; null for undated documents. */
  year: number | null;
  items: T[];
}

/** The items by year in the order given (each year's files in order too), undated last. */
export function splitByYear<T>(
  items: readonly T[],
  yearOf: (item: T) => number | null,
  perFile = OPEN_DATA_FILE_DOCUMENTS,
): OpenDataFile<T>[] {
  const byYear = new Map<number | null, T[]>();
  for (const item of items) {
    const year = yearOf(item);
    const list = byYear.get(year);
    if (list) list.push(item);
    else byYear.set(year, [item]);
  }
  const years = [...byYear.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return years.flatMap((year) => {
    const all = byYear.get(year)!;
    const chunks = Math.ceil(all.length / perFile);
    return Array.from({ length: chunks }, (_, i) => ({
      name: `documents-${year ?? 'onbekend'}${chunks > 1 ? `-${i + 1}` : ''}`,
      year,
      items: all.slice(i * perFile, (i + 1) * perFile),
    }));
  });
}

/**
 * The name of a year's JSON file. It is gzipped: the records repeat each mention's sentence and
 * the whole text, and compress about sixfold (257 MB of JSON at 5,000 documents, against a site
 * limit of 1 GB on GitHub Pages). Static hosts serve files as they are, so the compression must be
 * in the file; `gunzip`, pandas and a browser's DecompressionStream all read it.
 */
export const openDataJsonFile = (file: Pick<OpenDataFile<unknown>, 'name'>) => `${file.name}.json.gz`;
