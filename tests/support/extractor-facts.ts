// What a careful reader takes from each original file in ../shared/real-sources/ (a PDF or Word
// file), read from the file itself — never from the converter's output or one extractor's text.
// tests/fixtures/extractors/facts/<paper>.yaml, one file per paper; the extractor matrix holds
// every extractor's text of the paper, run through the converter, to these facts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

export const FACTS_DIR = 'tests/fixtures/extractors/facts';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ExtractorFacts = z
  .object({
    /** The original's file name in ../shared/real-sources/ (or texts/… for the letters given as text). */
    source: z.string().min(1),
    /** What the paper is. */
    kind: z.enum(['kamervragen', 'mededeling', 'brief', 'motie', 'schriftelijk-overleg', 'overig']),
    ids: z
      .object({
        /** Its own official identifier as printed (ah-tk-20232024-1076, kst-32545-143); null when it prints none. */
        official: z.string().min(1).nullable(),
        /** The Tweede Kamer's number of the questions (2023Z12345), when printed. */
        kamervragen: z
          .string()
          .regex(/^\d{4}Z\d{5}$/)
          .nullable(),
        /** A letter's or ministry's kenmerk ("Ons kenmerk", "Kenmerk") as printed. */
        kenmerk: z.string().min(1).nullable(),
      })
      .strict(),
    /** The printed title or subject ("over …" of Kamervragen, "Betreft"/"Onderwerp" of a letter, a motie's title). */
    title: z.string().min(1).nullable(),
    dates: z
      .object({
        /** Questions sent in (ingezonden). */
        ingezonden: IsoDate.nullable(),
        /** Answer received (ontvangen), or the date the answers are signed/sent when only that is printed. */
        beantwoord: IsoDate.nullable(),
        /** A letter's or motie's own date. */
        verzonden: IsoDate.nullable(),
      })
      .strict(),
    /** Members who asked or submitted (Kamervragen, motie), each once, as printed. */
    questioners: z.array(z.object({ name: z.string().min(1), party: z.string().min(1).nullable() }).strict()),
    /** Who answers or signs, as printed (names, or the office when no name is printed). */
    senders: z.array(z.string().min(1)),
    /** To whom it is addressed, as printed ("de Voorzitter van de Tweede Kamer der Staten-Generaal"). */
    addressee: z.string().min(1).nullable(),
    /** Question labels in printed order ("1", "2a"). */
    questions: z.array(z.string().min(1)),
    /** For each printed answer, in order, the question numbers it answers ("Antwoord op vraag 3, 4 en 5" → ["3","4","5"]). */
    answers: z.array(z.array(z.string().min(1))),
    /** Every footnote: its number, the word right before its marker, and the first words of its text. */
    footnotes: z.array(
      z.object({ n: z.number().int().positive(), after: z.string().min(1), text: z.string().min(1) }).strict(),
    ),
    /** Section headings in order, with their number when printed ("1. Inleiding"). */
    headings: z.array(z.string().min(1)),
    /** What else a reader should know (a scanned file without text, a .doc no extractor reads). */
    notes: z.string().optional(),
  })
  .strict();
export type ExtractorFacts = z.infer<typeof ExtractorFacts>;

/** Every paper's facts, by paper (the file name without its extension). */
export function loadExtractorFacts(dir = FACTS_DIR): Map<string, ExtractorFacts> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => [f.slice(0, -'.yaml'.length), ExtractorFacts.parse(parse(readFileSync(join(dir, f), 'utf8')))]),
  );
}
