// The one frontmatter schema: the converter validates its output with it, the
// content collection loads with it, and the TypeScript types derive from it.
// It must not import `astro:content`, so scripts can import it too.
import { isValid } from 'date-fns/isValid';
import { parse as parseDate } from 'date-fns/parse';
import { z } from 'astro/zod';
import { AANHANGSEL_ID, KAMERVRAGEN_NUMBER, VERGADERJAAR } from '../lib/paper-ids.ts';

// 'overig': a paper of a kind the converter does not recognise (a motie, a Handelingen item, a BNC-fiche),
// published as plain text rather than refused, since all its words were read.
export const documentKinds = ['kamervragen', 'brief', 'schriftelijk-overleg', 'overig'] as const;
export const DocumentKind = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof DocumentKind>;

/**
 * A calendar date as written in ISO 8601 (YYYY-MM-DD); null means the document does not say.
 * A real calendar day: "2024-02-31" has the right shape but names no day (Date.parse would take it for 2 March).
 */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => isValid(parseDate(value, 'yyyy-MM-dd', new Date(0))), 'not a calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/** A parliamentary year (vergaderjaar) as "2017-2018". */
export const Vergaderjaar = z.string().regex(VERGADERJAAR);
export type Vergaderjaar = z.infer<typeof Vergaderjaar>;

/** A paper's number in the Aanhangsel van de Handelingen (src/lib/paper-ids.ts writes its id). */
export const Aanhangsel = z.object({ vergaderjaar: Vergaderjaar, nummer: z.number().int().positive() });
export type Aanhangsel = z.infer<typeof Aanhangsel>;

/** A Kamerstuk: the dossier number as printed ("28 638", "36 410 VI") and the paper's number in it. */
export const Kamerstuk = z.object({ dossier: z.string().min(1), nummer: z.number().int().positive() });
export type Kamerstuk = z.infer<typeof Kamerstuk>;

/** Where a fact comes from: the document's own text, the reviewed catalog beside the seeds, or a fixed rule applied to stated facts. */
const Provenance = z.enum(['document', 'catalog', 'derived']);

const Person = z.object({
  name: z.string().min(1),
  /** Party or fractie abbreviation as printed, e.g. "SP", "VVD"; null when not stated. */
  party: z.string().nullable(),
});

const Official = z.object({
  /** Office as printed: "Staatssecretaris", "minister". */
  role: z.string().nullable(),
  name: z.string().nullable(),
  /** Ministry as printed in brackets, e.g. "Justitie en Veiligheid". */
  ministry: z.string().nullable(),
});

const Slug = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'expected letters, digits and hyphens');

/**
 * A section id: what github-slugger, the slugger of the site's Markdown processor, makes of a heading.
 * It keeps letters of every script ("belgië", "coördinatie") and may start with a hyphen ("— Slot" → "-slot"),
 * but must hold a letter or digit; a heading without one gets an id from the converter ("Regel-12").
 */
export const SECTION_ID = /^[\p{L}\p{M}\p{N}_-]*[\p{L}\p{N}][\p{L}\p{M}\p{N}_-]*$/u;
const SectionSlug = z.string().regex(SECTION_ID, 'expected letters, digits, hyphens and underscores');

const Question = z.object({
  id: Slug,
  /** The numbers printed in the label ("Vraag 2, 3 en 4" → [2, 3, 4]); sequence numbers when unlabelled. */
  numbers: z.array(z.number().int().positive()).min(1),
  /** The letter of the listed item a repeated question asks about ("Antwoord 2l" → "l"); null for most. */
  part: z
    .string()
    .regex(/^[a-z]$/)
    .nullable(),
  /** Further ids that lead to this block, one per other number it stands for. */
  aliases: z.array(Slug),
  /** The fractie that asked it (schriftelijk overleg), as printed without "-fractie". */
  fractie: z.string().nullable(),
  /** Id of the answer block that answers it; null when the document has no answer for it. */
  answer: Slug.nullable(),
});

const Answer = z.object({
  id: Slug,
  /** The numbers of the questions it answers: its id is "antwoord-" and the first, and each of the others leads to it too. */
  numbers: z.array(z.number().int().positive()).min(1),
  part: z
    .string()
    .regex(/^[a-z]$/)
    .nullable(),
  aliases: z.array(Slug),
  /** Ids of the questions it answers. */
  questions: z.array(Slug),
  /** Whether the source printed a label ("Antwoord 1", "Antwoord:"), or pairing was inferred from position. */
  labelled: z.boolean(),
});

const Section = z.object({
  id: SectionSlug,
  title: z.string().min(1),
  /** 2 for a top-level section, 3 for a subsection. */
  level: z.number().int().min(2).max(4),
});

export const DocumentFrontmatter = z.object({
  kind: DocumentKind,
  /** A readable title: the printed subject with a capital, or the catalog's; null when neither states one. */
  title: z.string().min(1).nullable(),
  /** What the paper is about as printed ("over mensenhandel met …", a letter's "Onderwerp"); null when not printed. */
  subject: z.string().min(1).nullable(),
  /** One or two sentences that say what the paper asks or is about: its first question, or its opening. */
  summary: z.string(),
  /** Permalink slug of the document page, derived from official identifiers (see src/lib/document-slug.ts). */
  slug: Slug,
  dates: z.object({
    /** Questions submitted (ingezonden), or the date of a schriftelijk overleg's questions. */
    ingezonden: IsoDate.nullable(),
    /** Answer received by the Kamer (ontvangen). */
    beantwoord: IsoDate.nullable(),
    /** Date a letter was dated or sent. */
    verzonden: IsoDate.nullable(),
  }),
  questioners: z.array(Person),
  addressees: z.array(z.string().min(1)),
  answeredBy: Official.nullable(),
  /** "mede namens …": on whose behalf the answer is also given, as printed. */
  onBehalfOf: z.array(z.string().min(1)),
  sender: z.object({ name: z.string().nullable(), role: z.string().nullable() }).nullable(),
  recipient: z.string().nullable(),
  identifiers: z.object({
    aanhangsel: Aanhangsel.nullable(),
    /** Registration number of written questions, e.g. "2024Z19016". */
    kamervragen: z.string().regex(KAMERVRAGEN_NUMBER).nullable(),
    kenmerk: z.string().nullable(),
    kamerstuk: Kamerstuk.nullable(),
  }),
  /** Other papers the paper names with "Zie ook …" (usually the notice that the answer is delayed), in order, each once. */
  seeAlso: z.array(z.object({ paper: z.string().regex(AANHANGSEL_ID), text: z.string().min(1) })),
  /** Parliamentary year (vergaderjaar) as "2017-2018"; null when neither the document nor the catalog states it. */
  parliamentaryYear: Vergaderjaar.nullable(),
  /** Facts neither the paper nor the catalog states, with the reason: listed in the build report. */
  unknown: z.array(z.object({ field: z.string().min(1), reason: z.string().min(1) })),
  /** Which facts came from the catalog rather than the document's text. */
  provenance: z.record(z.string(), Provenance),
  structure: z.object({
    sections: z.array(Section),
    questions: z.array(Question),
    answers: z.array(Answer),
    footnotes: z.number().int().nonnegative(),
    /** Sections, questions and answers in reading order, for the table of contents. */
    outline: z.array(z.object({ id: SectionSlug, type: z.enum(['section', 'question', 'answer']) })),
  }),
  /** Citations of parliamentary papers, in reading order, with the block they stand in. */
  references: z.array(
    z.object({
      paper: z.string().nullable(),
      dossiers: z.array(z.string()),
      block: z.string().nullable(),
      text: z.string(),
      page: z.number().int().nullable(),
    }),
  ),
  /** Mentions of people, parties and organisations (src/data/entities.yaml), with the sentence around each. */
  mentions: z.array(
    z.object({ entity: z.string(), block: z.string().nullable(), text: z.string(), sentence: z.string() }),
  ),
  /** Dated events the paper reports, resolved against its own date. */
  events: z.array(
    z.object({
      /** "2016-08-30", "2015-09" or "2016", per precision. */
      date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
      /** Last day of a range ("4 en 5 maart jl."). */
      until: IsoDate.nullable(),
      precision: z.enum(['day', 'month', 'year']),
      block: z.string().nullable(),
      text: z.string(),
      sentence: z.string(),
    }),
  ),
  /** Promises (toezeggingen): sentences where the writer commits to a later act (src/converter/promises/promises.ts). */
  promises: z.array(
    z.object({
      block: z.string().nullable(),
      sentence: z.string().min(1),
      /** The time named, as printed, and the month ("2024-07") or year it falls due when the words allow it. */
      due: z
        .object({
          text: z.string().min(1),
          by: z
            .string()
            .regex(/^\d{4}(?:-\d{2})?$/)
            .nullable(),
        })
        .nullable(),
    }),
  ),
  /** Date expressions that could not be resolved: listed in the build report, not guessed. */
  unresolvedDates: z.array(
    z.object({ block: z.string().nullable(), text: z.string(), sentence: z.string(), problem: z.string() }),
  ),
  /** Compound words of the text with the later parts they end in ("mensenhandel": "handel"), so search finds a compound by any part. */
  compounds: z.array(z.object({ word: z.string().min(1), parts: z.array(z.string().min(1)).min(1) })),
  /**
   * What cleaning dropped and decided, counted: the Verantwoording's report per document
   * (src/site/conversion-report.ts). Recorded by the conversion itself, so the site never runs it again.
   */
  cleaning: z.object({
    /** Lines of the source file. */
    lines: z.number().int().nonnegative(),
    /** Lines dropped as page furniture, per rule (src/converter/clean/furniture.ts), most first. */
    furniture: z.array(z.object({ rule: z.string().min(1), lines: z.number().int().positive() })),
    /** Footnotes printed at the foot of the source's pages, moved to the footnote list. */
    pageFootnotes: z.number().int().nonnegative(),
    /** Hyphens at line ends, per piece of evidence that decided them: kept, or joined into one word. */
    hyphens: z.array(
      z.object({
        evidence: z.string().min(1),
        kept: z.number().int().nonnegative(),
        joined: z.number().int().nonnegative(),
      }),
    ),
  }),
  source: z.object({
    file: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type DocumentFrontmatter = z.infer<typeof DocumentFrontmatter>;
export type QuestionEntry = z.infer<typeof Question>;
export type AnswerEntry = z.infer<typeof Answer>;
export type SectionEntry = z.infer<typeof Section>;

/** The date a document is placed and sorted by: the answer for answered questions, else the letter, else the questions. */
export function mainDate(fm: Pick<DocumentFrontmatter, 'dates'>): string | null {
  return fm.dates.beantwoord ?? fm.dates.verzonden ?? fm.dates.ingezonden;
}
