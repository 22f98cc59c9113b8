// The reviewed catalog beside the seeds (seeds/catalog.yaml): facts a document
// does not state itself, each entry with the source it was checked against.
// Its dates, years and numbers are the schema's types: what the frontmatter would refuse is refused here, at its line.
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { Aanhangsel, DocumentKind, IsoDate, Kamerstuk, Vergaderjaar } from '../../schema/document.ts';
import { fail } from '../messages.ts';

export const CatalogEntry = z
  .object({
    /** Where these facts were checked: a URL or a publication. Required: a fact without a source is a guess. */
    source: z.string().min(1),
    kind: DocumentKind.optional(),
    title: z.string().min(1).optional(),
    dates: z
      .object({ ingezonden: IsoDate.optional(), beantwoord: IsoDate.optional(), verzonden: IsoDate.optional() })
      .strict()
      .optional(),
    parliamentaryYear: Vergaderjaar.optional(),
    kamerstuk: Kamerstuk.strict().optional(),
    /** The paper's own number in the Aanhangsel van de Handelingen, when the export does not print it. */
    aanhangsel: Aanhangsel.strict().optional(),
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
    fail(
      file,
      { line: place?.line ?? 1, column: place?.col ?? 1 },
      `catalog is not valid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      'catalog-yaml',
    );
  }
  const result = Catalog.safeParse(document.toJS() ?? { documents: {} });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.');
    const hint = 'Correct the fact, with the form the header of seeds/catalog.yaml gives, or leave the field out.';
    const place = placeOfPath(document, lines, issue.path);
    fail(file, place, `catalog field "${field}": ${issue.message}`, 'catalog-schema', hint);
  }
  return new Map(Object.entries(result.data.documents ?? {}));
}

/** Where the value at `path` starts in the catalog, or its nearest parent that is there (a missing field is reported at its entry). */
function placeOfPath(
  document: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: readonly PropertyKey[],
): { line: number; column: number } {
  for (let length = path.length; length >= 0; length--) {
    const node = document.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}
