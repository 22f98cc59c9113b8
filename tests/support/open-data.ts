// The open data of a built site read back whole: the index (data/documents.json)
// names each year's gzipped JSON and CSV file (src/site/open-data-split.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';

export interface OpenDataIndex {
  documents: number;
  /** The date the days of unanswered questions are counted to. */
  referenceDate: string | null;
  files: { year: number | null; documents: number; json: string; csv: string }[];
  /** The corpus-wide CSV tables: answer times, threads, citations, promises. */
  tables: string[];
}

export function openDataIndex(outDir: string): OpenDataIndex {
  return JSON.parse(readFileSync(join(outDir, 'data', 'documents.json'), 'utf8')) as OpenDataIndex;
}

/** One year's JSON file, unpacked. */
export function openDataYear<T>(outDir: string, file: string): { year: number | null; documents: T[] } {
  return JSON.parse(gunzipSync(readFileSync(join(outDir, 'data', file))).toString('utf8')) as {
    year: number | null;
    documents: T[];
  };
}

/** Every document of every year's JSON file, in the index's order. */
export function openDataDocuments<T>(outDir: string): T[] {
  return openDataIndex(outDir).files.flatMap((file) => openDataYear<T>(outDir, file.json).documents);
}

/** Every row of every year's CSV file, by column name. */
export function openDataRows(outDir: string): Record<string, string>[] {
  return openDataIndex(outDir).files.flatMap(
    (file) =>
      parseCsv(readFileSync(join(outDir, 'data', file.csv), 'utf8'), { columns: true }) as Record<string, string>[],
  );
}
