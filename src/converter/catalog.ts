// The reviewed catalog beside the seeds (seeds/catalog.yaml): facts a document
// does not state itself, each entry with the source it was checked against.
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { DocumentKind } from '../schema/document.ts';
import { fail } from './messages.ts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const CatalogEntry = z
  .object({
    /** Where these facts were checked: a URL or a publication. Required: a fact without a source is a guess. */
    source: z.string().min(1),
    kind: DocumentKind.optional(),
    title: z.string().min(1).optional(),
    dates: z.object({ ingezonden: IsoDate.optional(), beantwoord: IsoDate.optional(), verzonden: IsoDate.optional() }).strict().optional(),
    parliamentaryYear: z.string().regex(/^\d{4}-\d{4}$/).optional(),
    kamerstuk: z.object({ dossier: z.string().min(1), nummer: z.number().int().positive() }).strict().optional(),
    /** The paper's own number in the Aanhangsel van de Handelingen, when the export does not print it. */
    aanhangsel: z.object({ vergaderjaar: z.string().regex(/^\d{4}-\d{4}$/), nummer: z.number().int().positive() }).strict().optional(),
  })
  .strict();
export type CatalogEntry = z.infer<typeof CatalogEntry>;

const Catalog = z.object({ documents: z.record(z.string(), CatalogEntry).nullable().default({}) }).strict();
export type Catalog = Map<string, CatalogEntry>;

export function parseCatalog(file: string, text: string): Catalog {
  let data: unknown;
  try {
    data = parse(text) ?? { documents: {} };
  } catch (error) {
    const place = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    fail(file, { line: place?.line ?? 1, column: place?.col ?? 1 }, `catalog is not valid YAML: ${(error as Error).message.split('\n')[0]}`, 'catalog-yaml');
  }
  const result = Catalog.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    fail(file, { line: 1 }, `catalog field "${issue.path.join('.')}": ${issue.message}`, 'catalog-schema');
  }
  return new Map(Object.entries(result.data.documents ?? {}));
}
