// Stage 4 of 11: blocks of text → the document's structure: sections, and every
// question and answer as its own block with a stable id.
import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import { SECTION_ID } from '../../schema/document.ts';
import {
  MID_LINE_QUESTION_START,
  fractieMentioned,
  headingLevel,
  parseLabel,
  startsWithTheseMembers,
} from '../shared/label-lines.ts';
import { fail } from '../messages.ts';
import type { Block, CleanDocument, StructuredDocument, TextBlock } from '../types.ts';

type QuestionBlock = Extract<Block, { type: 'question' }>;
type AnswerBlock = Extract<Block, { type: 'answer' }>;

export function structure(document: CleanDocument): StructuredDocument {
  const body =
    document.kind === 'kamervragen'
      ? structureKamervragen(document)
      : document.kind === 'schriftelijk-overleg'
        ? structureConsultation(document)
        : structureLetter(document);
  return { ...document, body };
}

function headingBlock(text: TextBlock, slugger: GithubSlugger): Block {
  // The site's Markdown processor (Sätteri) slugs each heading with github-slugger, counting repeats
  // ("inleiding", "inleiding-1") as this slugger does; letters of any script stay ("belgië").
  if (SECTION_ID.test(githubSlug(text.text)))
    return { type: 'heading', id: slugger.slug(text.text), level: headingLevel(text.text), text };
  // Nothing to slug ("***"): an id by source line, written out on the page. github-slugger lower-cases, so the capital keeps it apart from every slug.
  return { type: 'heading', id: `Regel-${placeOf(text).line}`, level: headingLevel(text.text), text, explicitId: true };
}

const placeOf = (block: TextBlock) => ({ line: block.segments[0]?.line ?? 1, column: block.segments[0]?.column ?? 1 });

/** Kamervragen: "Vraag N" and "Antwoord N" labels, possibly grouped ("Vraag 2, 3 en 4") or per listed item ("Antwoord 2l"). */
function structureKamervragen(document: CleanDocument): Block[] {
  const body: Block[] = [];
  const slugger = new GithubSlugger();
  /** Questions by key: the number with the part's letter ("2", "2l"). */
  const questions = new Map<string, QuestionBlock>();
  const parts = questionParts(document.blocks);
  const answerLabels = new Map<string, TextBlock>();
  let open: { paragraphs: TextBlock[] } | null = null;
  let pendingQuestion: { numbers: number[]; part: string | null; label: TextBlock; paragraphs: TextBlock[] } | null =
    null;
  let lastQuestions: QuestionBlock[] = [];

  const flushQuestion = () => {
    if (!pendingQuestion) return;
    const { numbers, part, paragraphs, label } = pendingQuestion;
    // "Vraag 2, 3 en 4" followed by three paragraphs: one question each, so each can be cited.
    const groups =
      numbers.length > 1 && paragraphs.length === numbers.length
        ? numbers.map((n, i) => ({ numbers: [n], paragraphs: [paragraphs[i]!] }))
        : [{ numbers, paragraphs }];
    lastQuestions = [];
    for (const group of groups) {
      const keys = group.numbers.map((n) => `${n}${part ?? ''}`);
      for (const key of keys) {
        if (questions.has(key))
          fail(document.file, placeOf(label), `question ${key} is labelled twice`, 'duplicate-question');
      }
      const question: QuestionBlock = {
        type: 'question',
        id: `vraag-${keys[0]}`,
        numbers: group.numbers,
        part,
        aliases: keys.slice(1).map((k) => `vraag-${k}`),
        fractie: null,
        paragraphs: group.paragraphs,
        answer: null,
      };
      for (const key of keys) questions.set(key, question);
      lastQuestions.push(question);
      body.push(question);
    }
    pendingQuestion = null;
  };

  document.blocks.forEach((block, index) => {
    const label = block.role === 'label' ? parseLabel(block.text) : null;
    if (label?.type === 'question') {
      flushQuestion();
      pendingQuestion = {
        numbers: label.numbers,
        part: label.part ?? parts.get(index) ?? null,
        label: block,
        paragraphs: [],
      };
      open = pendingQuestion;
    } else if (label?.type === 'answer') {
      flushQuestion();
      // A grouped question ("Vraag 8, 9, 10 en 11") is one block for all its numbers: count it once.
      const answered = [
        ...new Set(
          label.numbers === null
            ? unnumberedAnswerTargets(document, block, lastQuestions)
            : label.numbers.map((n) => questionFor(document, block, questions, n, label.part)),
        ),
      ];
      const numbers = answered.flatMap((q) => q.numbers);
      const part = label.numbers === null ? (answered[0]?.part ?? null) : label.part;
      const id = `antwoord-${answered[0]!.id.slice('vraag-'.length)}`;
      const aliases = [
        ...new Set(answered.flatMap((q) => [q.id, ...q.aliases]).map((q) => `antwoord-${q.slice('vraag-'.length)}`)),
      ].filter((a) => a !== id);
      const answer: AnswerBlock = {
        type: 'answer',
        id,
        numbers,
        part,
        aliases,
        questions: [...new Set(answered.map((q) => q.id))],
        labelled: true,
        paragraphs: [],
      };
      claimAnswerId(document.file, answerLabels, answer.id, block);
      for (const q of answered) q.answer = answer.id;
      body.push(answer);
      open = answer;
    } else if (block.role === 'heading') {
      flushQuestion();
      body.push(headingBlock(block, slugger));
      open = null;
    } else if (open) open.paragraphs.push(block);
    else body.push({ type: 'paragraph', text: block });
  });
  flushQuestion();
  if (questions.size === 0)
    fail(document.file, { line: 1 }, 'no questions found: expected labels such as "Vraag 1"', 'no-structure');
  addPlainAliases(body);
  return body;
}

/**
 * A paper that repeats "Vraag 2" for each item of a list names the item only in
 * the answer's label ("Antwoord 2l"): the question takes the part of the answer that follows it.
 */
function questionParts(blocks: readonly TextBlock[]): Map<number, string> {
  const parts = new Map<number, string>();
  blocks.forEach((block, index) => {
    const label = block.role === 'label' ? parseLabel(block.text) : null;
    if (label?.type !== 'question' || label.part) return;
    const nextLabel = blocks.slice(index + 1).find((b) => b.role === 'label');
    const next = nextLabel ? parseLabel(nextLabel.text) : null;
    if (next?.type === 'answer' && next.part && next.numbers.every((n) => label.numbers.includes(n)))
      parts.set(index, next.part);
  });
  return parts;
}

function questionFor(
  document: CleanDocument,
  block: TextBlock,
  questions: ReadonlyMap<string, QuestionBlock>,
  n: number,
  part: string | null,
): QuestionBlock {
  const question = questions.get(`${n}${part ?? ''}`) ?? (part ? questions.get(`${n}`) : undefined);
  if (!question)
    fail(
      document.file,
      placeOf(block),
      `"${block.text}" answers question ${n}${part ?? ''}, but no "Vraag ${n}" comes before it`,
      'answer-without-question',
    );
  return question;
}

/** "Antwoord" with no number answers the question just before it, when that one has no answer yet. */
function unnumberedAnswerTargets(
  document: CleanDocument,
  block: TextBlock,
  lastQuestions: readonly QuestionBlock[],
): QuestionBlock[] {
  if (lastQuestions.length === 0 || lastQuestions.some((q) => q.answer !== null)) {
    fail(
      document.file,
      placeOf(block),
      'an answer label without a number, and no unanswered question just before it: expected "Antwoord N"',
      'unnumbered-answer',
    );
  }
  return [...lastQuestions];
}

/**
 * Every question number leads somewhere: where a paper only has parts ("vraag-2l",
 * "vraag-2m"), "#vraag-2" and "#antwoord-2" lead to the first of them.
 */
function addPlainAliases(body: Block[]): void {
  const taken = new Set(
    body.flatMap((b) => (b.type === 'question' || b.type === 'answer' ? [b.id, ...b.aliases] : [])),
  );
  for (const block of body) {
    if ((block.type !== 'question' && block.type !== 'answer') || !block.part) continue;
    const prefix = block.type === 'question' ? 'vraag' : 'antwoord';
    for (const n of block.numbers) {
      const plain = `${prefix}-${n}`;
      if (!taken.has(plain)) {
        block.aliases.push(plain);
        taken.add(plain);
      }
    }
  }
}

/** Two labels that give one answer id ("Antwoord 1" twice) would make two elements with one id on the page. */
function claimAnswerId(file: string, claimed: Map<string, TextBlock>, id: string, label: TextBlock): void {
  const first = claimed.get(id);
  if (first)
    fail(
      file,
      placeOf(label),
      `"${label.text}" labels answer "${id}" a second time; the first label is at line ${placeOf(first).line}`,
      'duplicate-answer',
      'Each answer is labelled once: check the numbers of the answer labels.',
    );
  claimed.set(id, label);
}

/** A letter: headings ("Ad 1) …", "Tot slot") and paragraphs. */
function structureLetter(document: CleanDocument): Block[] {
  const slugger = new GithubSlugger();
  const body = document.blocks.map(
    (block): Block => (block.role === 'heading' ? headingBlock(block, slugger) : { type: 'paragraph', text: block }),
  );
  if (!body.some((b) => b.type === 'paragraph'))
    fail(document.file, { line: 1 }, 'no text found in the letter after removing its letterhead', 'no-structure');
  return body;
}

const ENDS_IN_QUESTION = /\?["»”’)]?\d{0,3}$/;

/**
 * A written consultation (schriftelijk overleg): fracties' questions, each run of
 * questions followed by its answer. A question starts where a paragraph names
 * "de leden van de X-fractie" (or begins "Deze leden", for the fractie named
 * last); an answer starts at "Antwoord:", or, unlabelled, at the first
 * paragraph after a question's closing "?" that asks nothing and names no fractie.
 */
function structureConsultation(document: CleanDocument): Block[] {
  const body: Block[] = [];
  const slugger = new GithubSlugger();
  let mode = 'none' as 'none' | 'question' | 'answer';
  let question: QuestionBlock | null = null;
  let answer: AnswerBlock | null = null;
  let pending: QuestionBlock[] = [];
  let lastFractie: string | null = null;
  let questionCount = 0;

  const startQuestion = (block: TextBlock, fractie: string | null) => {
    question = {
      type: 'question',
      id: `vraag-${++questionCount}`,
      numbers: [questionCount],
      part: null,
      aliases: [],
      fractie,
      paragraphs: [],
      answer: null,
    };
    body.push(question);
    pending.push(question);
    mode = 'question';
    addToQuestion(block);
  };
  const addToQuestion = (block: TextBlock) => question!.paragraphs.push(...splitAtQuestionStarts(block));
  // An answer is reachable by the number of every question it answers, as in Kamervragen: the answer to vraag-12 is #antwoord-12.
  const startAnswer = (labelled: boolean) => {
    const numbers = pending.flatMap((q) => q.numbers);
    answer = {
      type: 'answer',
      id: `antwoord-${numbers[0]}`,
      numbers,
      part: null,
      aliases: numbers.slice(1).map((n) => `antwoord-${n}`),
      questions: pending.map((q) => q.id),
      labelled,
      paragraphs: [],
    };
    for (const q of pending) q.answer = answer!.id;
    pending = [];
    body.push(answer);
    mode = 'answer';
  };

  for (const block of document.blocks) {
    const label = block.role === 'label' ? parseLabel(block.text) : null;
    if (label?.type === 'answer') {
      if (pending.length === 0)
        fail(document.file, placeOf(block), '"Antwoord:" with no question before it', 'answer-without-question');
      startAnswer(true);
      continue;
    }
    if (block.role === 'heading') {
      // Questions are answered within their section: what names fracties but gets no answer
      // before the next heading (an introduction listing the fracties) is not a question.
      for (const unanswered of pending) {
        body.splice(
          body.indexOf(unanswered),
          1,
          ...unanswered.paragraphs.map((text): Block => ({ type: 'paragraph', text })),
        );
        questionCount--;
      }
      pending = [];
      body.push(headingBlock(block, slugger));
      mode = 'none';
      continue;
    }
    const named = fractieMentioned(block.text);
    const these = startsWithTheseMembers(block.text);
    if (named) lastFractie = named;

    if (mode === 'question') {
      const current = question!;
      const previous = current.paragraphs.at(-1)!;
      if (named && current.fractie !== null) startQuestion(block, named);
      else if (!named && !these && !block.text.includes('?') && ENDS_IN_QUESTION.test(previous.text)) {
        startAnswer(false);
        answer!.paragraphs.push(block);
      } else {
        if (named) current.fractie = named;
        addToQuestion(block);
      }
    } else if (named || (these && lastFractie)) startQuestion(block, named ?? lastFractie);
    else if (mode === 'answer') answer!.paragraphs.push(block);
    else body.push({ type: 'paragraph', text: block });
  }
  if (questionCount === 0)
    fail(
      document.file,
      { line: 1 },
      'no questions found: expected paragraphs such as "De leden van de …-fractie vragen …"',
      'no-structure',
    );
  for (const q of body) {
    if (q.type === 'question' && q.fractie === null)
      fail(
        document.file,
        placeOf(q.paragraphs[0]!),
        'a question names no fractie: expected "De leden van de …-fractie" or "Deze leden"',
        'question-without-fractie',
      );
  }
  return body;
}

/** Splits "…komen.10 De leden van de BBB-fractie vragen …" where the new question begins. */
function splitAtQuestionStarts(block: TextBlock): TextBlock[] {
  const cuts = [...block.text.matchAll(MID_LINE_QUESTION_START)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  if (cuts.length === 0) return [block];
  const parts: TextBlock[] = [];
  let from = 0;
  for (const cut of [...cuts, { start: block.text.length, end: block.text.length }]) {
    parts.push(slice(block, from, cut.start));
    from = cut.end;
  }
  return parts;
}

/** The part of a block between two offsets, with its source positions. */
function slice(block: TextBlock, start: number, end: number): TextBlock {
  const inside = block.segments
    .filter((s) => s.offset >= start && s.offset < end)
    .map((s) => ({ ...s, offset: s.offset - start }));
  const owner = [...block.segments].reverse().find((s) => s.offset <= start)!;
  const segments =
    inside[0]?.offset === 0
      ? inside
      : [{ offset: 0, line: owner.line, column: owner.column + (start - owner.offset) }, ...inside];
  return { role: block.role, text: block.text.slice(start, end), segments, pageStart: start === 0 && block.pageStart };
}
