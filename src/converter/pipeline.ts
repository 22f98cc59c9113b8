// The converter as one function, its 11 stages in run order: read → detect → clean → structure →
// footnotes → links → metadata → events → promises → compounds → emit. Pure apart from the inputs it is handed.
// Stages hand each other the values of types.ts; what several use lives in shared/.
import type { DocumentFrontmatter } from '../schema/document.ts';
import type { Catalog } from './batch/catalog.ts';
import { clean } from './clean/clean.ts';
import { cleaningSummary } from './clean/cleaning-summary.ts';
import { detectDocument } from './detect/detect.ts';
import { serialiseBody, serialiseFrontmatter } from './emit/emit.ts';
import { resolveFootnotes } from './footnotes/footnotes.ts';
import { linkDocument } from './links/links.ts';
import { documentCompounds } from './compounds/compounds.ts';
import { extractEvents } from './events/events.ts';
import { findPromises } from './promises/promises.ts';
import { extractMetadata } from './metadata/metadata.ts';
import { decodeSource } from './read/read.ts';
import { plainText } from './shared/inlines.ts';
import type { SpellChecker } from './shared/speller.ts';
import { structure } from './structure/structure.ts';
import type {
  EntityMatcher,
  FurnitureRemoval,
  HyphenDecision,
  LinkedDocument,
  ResolvedDocument,
  TextChange,
} from './types.ts';

export interface ConversionResult {
  frontmatter: DocumentFrontmatter;
  mdx: string;
  /** What cleaning dropped and decided, for the build report and the fidelity test. */
  furniture: FurnitureRemoval[];
  hyphenation: HyphenDecision[];
  footnoteLines: number[];
  /** Characters normalised, glued words split and kept line-break hyphens joined, each with its place in the source. */
  textChanges: TextChange[];
  document: LinkedDocument;
}

export interface ConversionContext {
  speller: SpellChecker;
  catalog: Catalog;
  entities: EntityMatcher;
}

export function convertDocument(file: string, bytes: Uint8Array, context: ConversionContext): ConversionResult {
  const entry = context.catalog.get(file);
  const source = decodeSource(file, bytes);
  const cleaned = clean(detectDocument(source, entry?.kind), context.speller);
  // Counted before the later stages take the cleaned document further.
  const cleaning = cleaningSummary(cleaned);
  const resolved = linkDocument(resolveFootnotes(structure(cleaned)), context.entities);
  const meta = extractMetadata(resolved, entry);
  const frontmatter: DocumentFrontmatter = {
    ...meta,
    summary: summaryOf(resolved, meta.title ?? ''),
    structure: structureSummary(resolved),
    references: resolved.references,
    mentions: resolved.mentions,
    ...extractEvents(resolved, meta.dates),
    // Resolved against the paper's own date only: the questions' date is not when the promise was made.
    promises: findPromises(resolved, meta.dates.beantwoord ?? meta.dates.verzonden),
    compounds: documentCompounds(resolved, context.speller),
    cleaning,
    source: { file, sha256: source.sha256 },
  };
  const mdx = `${serialiseFrontmatter(file, frontmatter)}\n${serialiseBody(resolved.body, resolved.footnotes)}`;
  return {
    frontmatter,
    mdx,
    furniture: resolved.furniture,
    hyphenation: resolved.hyphenation,
    footnoteLines: resolved.footnoteLines,
    textChanges: resolved.textChanges,
    document: resolved,
  };
}

/** The first question, or else the first paragraph after the opening lines, cut at a sentence end near 240 characters. */
function summaryOf(document: LinkedDocument, title: string): string {
  const question = document.body.find((b) => b.type === 'question');
  const paragraphs = document.body.filter((b) => b.type === 'paragraph').map((b) => plainText(b.content));
  const text =
    question?.type === 'question'
      ? plainText(question.paragraphs[0] ?? [])
      : (paragraphs.find((p) => p.length > 80) ?? title);
  if (text.length <= 240) return text;
  const cut = text.slice(0, 240).search(/[.?!](?=\s)[^.?!]*$/);
  return cut > 60 ? text.slice(0, cut + 1) : `${text.slice(0, 237).replace(/\s+\S*$/, '')} …`;
}

function structureSummary(document: ResolvedDocument): DocumentFrontmatter['structure'] {
  const sections: DocumentFrontmatter['structure']['sections'] = [];
  const questions: DocumentFrontmatter['structure']['questions'] = [];
  const answers: DocumentFrontmatter['structure']['answers'] = [];
  const outline: DocumentFrontmatter['structure']['outline'] = [];
  for (const block of document.body) {
    if (block.type !== 'paragraph')
      outline.push({ id: block.id, type: block.type === 'heading' ? 'section' : block.type });
    if (block.type === 'heading') sections.push({ id: block.id, title: plainText(block.content), level: block.level });
    if (block.type === 'question')
      questions.push({
        id: block.id,
        numbers: block.numbers,
        part: block.part,
        aliases: block.aliases,
        fractie: block.fractie,
        answer: block.answer,
      });
    if (block.type === 'answer')
      answers.push({
        id: block.id,
        numbers: block.numbers,
        part: block.part,
        aliases: block.aliases,
        questions: block.questions,
        labelled: block.labelled,
      });
  }
  return { sections, questions, answers, footnotes: document.footnotes.length, outline };
}
