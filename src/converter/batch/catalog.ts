// The reviewed catalog beside the seeds (seeds/catalog.yaml): facts a document
// does not state itself, each entry with the source it was checked against.
import { isValid, parse as parseDate } from 'date-fns';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { DocumentKind } from '../../schema/document.ts';
import { fail } from '../messages.ts';

/** A real calendar day: "2021-02-30" has the right shape but names no day. */
const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => isValid(parseDate(value, 'yyyy-MM-dd', new Date(0))), 'not a calendar date');

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
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const yamlError = document.errors[0];
  if (yamlError) {
    const place = yamlError.linePos?.[0];
    fail(file, { line: place?.line ?? 1, column: place?.col ?? 1 }, `catalog is not valid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, 'catalog-yaml');
  }
  const result = Catalog.safeParse(document.toJS() ?? { documents: {} });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    fail(file, placeOfPath(document, lines, issue.path), `catalog field "${issue.path.join('.')}": ${issue.message}`, 'catalog-schema');
  }
  return new Map(Object.entries(result.data.documents ?? {}));
}

/** Where the value at `path` starts in the catalog, or its nearest parent that is there (a missing field is reported at its entry). */
function placeOfPath(document: ReturnType<typeof parseDocument>, lines: LineCounter, path: readonly PropertyKey[]): { line: number; column: number } {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}
