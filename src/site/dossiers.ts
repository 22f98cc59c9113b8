// The reviewed dossier titles (src/data/dossiers.yaml): "28 638 Mensenhandel" rather than a bare number.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { dossierLabel } from '../lib/paper-ids.ts';
import { workingFolder } from '../lib/options.ts';

const DossierFile = z.record(
  z.string().regex(/^\d+(?:-[IVXLC]+)?$/, 'expected a dossier number such as "28638" or "36410-VI"'),
  z.union([
    z.object({ title: z.string().min(1), source: z.string().min(1) }).strict(),
    z.object({ title: z.null() }).strict(),
  ]),
);

// Read from the project root, as src/lib/entities.ts does: Astro bundles this module.
const DOSSIER_FILE = join(workingFolder(), 'src/data/dossiers.yaml');

let cached: Map<string, string> | undefined;

/** Official titles by dossier number ("28638" → "Mensenhandel"); only reviewed ones. */
export function dossierTitles(): Map<string, string> {
  if (!cached) {
    const data = DossierFile.parse(parse(readFileSync(DOSSIER_FILE, 'utf8')));
    cached = new Map(
      Object.entries(data).flatMap(([nummer, d]) => (d.title ? [[nummer, d.title] as [string, string]] : [])),
    );
  }
  return cached;
}

/** "28 638 Mensenhandel", or "Dossier 29 544" while its title is not known. */
export function dossierName(nummer: string): string {
  const title = dossierTitles().get(nummer);
  return title ? `${dossierLabel(nummer)} ${title}` : `Dossier ${dossierLabel(nummer)}`;
}
