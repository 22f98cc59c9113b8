// The typed values that flow between the converter's stages. Stages import
// these types, never each other's internals. What the frontmatter also holds is
// taken from the schema (src/schema/document.ts), so it is written once.
import type { DocumentFrontmatter, DocumentKind } from '../schema/document.ts';

/** One line of the source file, as written, with its 1-based line number. */
export interface SourceLine {
  text: string;
  line: number;
  /** Column in the source line where `text` begins, when a form feed or a bullet split the line; 1 otherwise. */
  column?: number;
  /** The line begins a new page: a form feed came before it. */
  pageStart?: boolean;
  /** The line begins a list item: the PDF's symbol font printed its bullet as U+0081. */
  listItem?: boolean;
  /** The line ended in a soft hyphen: its last word continues on the next line without a space. */
  joinsNext?: boolean;
}

/** The rules that change a character or insert a space; each is reported per case (README, "Characters"). */
export type TextChangeRule =
  | 'c1-bullet'
  | 'c1-unknown'
  | 'spacing-diacritic'
  | 'soft-hyphen'
  | 'soft-hyphen-join'
  | 'nbsp'
  | 'zero-width'
  | 'glued-case'
  | 'glued-sentence'
  | 'glued-number'
  | 'glued-words'
  | 'kept-line-hyphen';

/**
 * One change to the source text. `column` is the 1-based column in the source
 * line as written; `before` is the text there as the earlier changes left it,
 * so changes of one line applied from the last column back reproduce the result.
 */
export interface TextChange {
  rule: TextChangeRule;
  line: number;
  column: number;
  before: string;
  after: string;
}

export interface SourceDocument {
  /** File name as given to the converter (used in messages and frontmatter). */
  file: string;
  sha256: string;
  lines: SourceLine[];
  /** Characters normalised and words split, in the order they were applied. */
  textChanges: TextChange[];
}

/** How the text was exported: PDF extracts wrap lines and carry page furniture; Word exports put a paragraph on a line. */
export type Layout = 'pdf' | 'word';

export interface DetectedDocument extends SourceDocument {
  kind: DocumentKind;
  layout: Layout;
}

/** Names of the cleaning rules that drop page furniture; each lives in clean/furniture.ts. */
export type FurnitureRule =
  | 'blank-lines'
  | 'page-number'
  | 'pagina-n-van-m'
  | 'return-address'
  | 'addressee-block'
  | 'letter-date'
  | 'letter-subject'
  | 'letterhead-sidebar'
  | 'repeated-page-header'
  | 'running-footer'
  | 'duplicated-hyperlink'
  | 'handelingen-masthead'
  | 'handelingen-vergaderjaar'
  | 'handelingen-subtitle'
  | 'paper-number'
  | 'document-identifier'
  | 'handelingen-imprint'
  | 'footer-spacing';

export interface FurnitureRemoval {
  rule: FurnitureRule;
  line: number;
  text: string;
}

/** A decision about a hyphen at the end of a line. */
export interface HyphenDecision {
  line: number;
  left: string;
  right: string;
  result: string;
  /** Why: which piece of evidence decided. */
  evidence:
    | 'url'
    | 'capital-or-digit'
    | 'abbreviation'
    | 'elliptical'
    | 'document-spelling'
    | 'dictionary'
    | 'vowel-collision'
    | 'default-join';
}

/** Maps an offset in a joined paragraph text back to where it stood in the source. */
export interface Segment {
  offset: number;
  line: number;
  column: number;
}

/** A run of text that belongs together (a paragraph, heading or label), after cleaning. */
export interface TextBlock {
  /** What the layout says this run is; the structure stage builds on it. */
  role: 'label' | 'heading' | 'text' | 'list-item';
  text: string;
  segments: Segment[];
  /** True when the block started on a fresh page of a PDF extract (its first line began with a space). */
  pageStart: boolean;
}

/** A footnote definition printed at the bottom of a PDF page. */
export interface RawFootnote {
  number: number;
  /** Printed glued to its number ("1NOS, …", the pypdf shape), whose markers may also stand at the start of a line ("1", "1, 2"). */
  glued: boolean;
  text: string;
  segments: Segment[];
}

/** Facts printed in a letter's furniture, kept for the metadata stage. */
export interface LetterheadFacts {
  date: { text: string; line: number } | null;
  subject: { text: string; line: number } | null;
  kenmerk: { text: string; line: number } | null;
  sender: { lines: string[]; line: number } | null;
  recipient: { lines: string[]; line: number } | null;
}

export interface CleanDocument extends DetectedDocument {
  blocks: TextBlock[];
  footnotes: RawFootnote[];
  /** Source line numbers that held page-bottom footnotes (moved to the footnote list, not dropped). */
  footnoteLines: number[];
  furniture: FurnitureRemoval[];
  hyphenation: HyphenDecision[];
  letterhead: LetterheadFacts;
}

/** A heading, question, answer or plain paragraph: the units a reader links to. */
export type Block =
  | { type: 'heading'; id: string; level: 2 | 3; text: TextBlock; explicitId?: true }
  | { type: 'paragraph'; text: TextBlock }
  | ({ type: 'question' } & QuestionFields & { paragraphs: TextBlock[] })
  | ({ type: 'answer' } & AnswerFields & { paragraphs: TextBlock[] });

/** What identifies a question: its id, the numbers it is reachable by, and what answers it. */
export interface QuestionFields {
  id: string;
  numbers: number[];
  /** The letter of the listed item a repeated question asks about ("Antwoord 2l" → "l"). */
  part: string | null;
  /** Further ids that lead to this block: one per other number it stands for ("vraag-3" for "Vraag 2, 3 en 4"). */
  aliases: string[];
  fractie: string | null;
  answer: string | null;
}

export interface AnswerFields {
  id: string;
  /** The numbers of the questions it answers. */
  numbers: number[];
  part: string | null;
  /** "antwoord-N" for every other question number N it answers. */
  aliases: string[];
  questions: string[];
  labelled: boolean;
}

export interface StructuredDocument extends CleanDocument {
  /** Paragraphs before the first question or heading: the Kamervragen header, a letter's opening. */
  body: Block[];
}

/** Inline content after footnotes and links are resolved. */
export type Inline =
  | { type: 'text'; value: string }
  | { type: 'footnoteReference'; number: number }
  | { type: 'link'; url: string; text: string }
  /**
   * A cited paper ("kst-28638-240", "ah-tk-20162017-2667") or, for "Ibidem", the previous note ("#fn-3");
   * `question` when the words cite that paper's answer to one of its questions.
   */
  | { type: 'reference'; target: string; text: string; question?: number }
  /** A mention of an entity ("personen/van-der-steur"). */
  | { type: 'mention'; entity: string; text: string };

export interface InlineBlockText {
  inlines: Inline[];
  segments: Segment[];
}

export type ResolvedBlock =
  | { type: 'heading'; id: string; level: 2 | 3; content: Inline[]; explicitId?: true }
  | { type: 'paragraph'; content: Inline[]; listItem?: true }
  | ({ type: 'question' } & QuestionFields & { paragraphs: Inline[][]; listItems?: number[] })
  | ({ type: 'answer' } & AnswerFields & { paragraphs: Inline[][]; listItems?: number[] });

export interface FootnoteDefinition {
  number: number;
  content: Inline[];
}

export interface ResolvedDocument extends Omit<StructuredDocument, 'body' | 'footnotes'> {
  body: ResolvedBlock[];
  footnotes: FootnoteDefinition[];
}

/** A mention of an entity, with the block it stands in and the sentence around it. */
export type Mention = DocumentFrontmatter['mentions'][number];

/**
 * A citation of a paper; `paper` is the official id of the cited paper ("kst-28638-240"), or null for an
 * "Ibidem" that points at a note, not a paper.
 */
export type Reference = DocumentFrontmatter['references'][number];

/** The names of the entities (src/data/entities.yaml) as one pattern, and the entity each name stands for. */
export interface EntityMatcher {
  pattern: RegExp;
  byName: Map<string, string>;
}

export interface LinkedDocument extends ResolvedDocument {
  mentions: Mention[];
  references: Reference[];
}

/** What the metadata stage gives: the frontmatter's facts about the paper, before the text-derived fields. */
export type DocumentMeta = Omit<
  DocumentFrontmatter,
  | 'structure'
  | 'source'
  | 'summary'
  | 'references'
  | 'mentions'
  | 'events'
  | 'unresolvedDates'
  | 'compounds'
  | 'promises'
  | 'cleaning'
>;

/** Dated events the paper reports, and the date expressions that could not be resolved. */
export type DocumentEvents = Pick<DocumentFrontmatter, 'events' | 'unresolvedDates'>;

/** A promise (toezegging): the block or section it stands in, the sentence, and the time it names. */
export type FoundPromise = DocumentFrontmatter['promises'][number];

/** A compound as it stands in the text, lower-cased, with the words it ends in, longest first. */
export type CompoundWord = DocumentFrontmatter['compounds'][number];
