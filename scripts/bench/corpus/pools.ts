// The material the synthetic corpus recombines: the seeds' questions, answers,
// letter paragraphs, consultation rounds and footnotes, as plain text, taken
// from the real converter's reading of each seed (so every piece is text the
// converter already understands).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCatalog } from '../../../src/converter/batch/catalog.ts';
import { loadDutchSpeller, type SpellChecker } from '../../../src/converter/shared/speller.ts';
import { entityMatcher } from '../../../src/converter/links/links.ts';
import { plainText } from '../../../src/converter/shared/inlines.ts';
import { convertDocument } from '../../../src/converter/pipeline.ts';
import type { LinkedDocument } from '../../../src/converter/types.ts';
import { loadEntities } from '../../../src/lib/entities.ts';

export interface QuestionAndAnswer {
  question: string;
  answer: string[];
}

/** One or more fracties' questions and the answer to them, from a written consultation. */
export interface ConsultationRound {
  questions: string[][];
  answer: string[];
}

export interface Pools {
  pairs: QuestionAndAnswer[];
  rounds: ConsultationRound[];
  /** Section titles of the consultation ("Beschikbare middelen voor …"). */
  sectionTitles: string[];
  letterParagraphs: string[];
  letterHeadings: string[];
  /** Answer paragraphs: prose that also fills letters. */
  prose: string[];
  footnotes: string[];
  /** For generating line-end hyphenation that the converter undoes. */
  speller: SpellChecker;
}

export async function loadPools(seedsDir: string): Promise<Pools> {
  const speller = await loadDutchSpeller();
  const entities = entityMatcher(loadEntities());
  const catalog = parseCatalog('catalog.yaml', await readFile(join(seedsDir, 'catalog.yaml'), 'utf8'));
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  const pools: Pools = {
    pairs: [],
    rounds: [],
    sectionTitles: [],
    letterParagraphs: [],
    letterHeadings: [],
    prose: [],
    footnotes: [],
    speller,
  };
  for (const file of files) {
    const { document } = convertDocument(file, await readFile(join(seedsDir, file)), { speller, catalog, entities });
    collect(document, pools);
  }
  return pools;
}

function collect(document: LinkedDocument, pools: Pools): void {
  pools.footnotes.push(...document.footnotes.map((n) => plainText(n.content)).filter(usable));
  const answers = new Map(
    document.body.flatMap((b) =>
      b.type === 'answer' ? [[b.id, b.paragraphs.map(plainText).filter(usable)] as const] : [],
    ),
  );
  for (const answer of answers.values()) pools.prose.push(...answer.filter((p) => p.length > 120));

  if (document.kind === 'kamervragen') {
    for (const block of document.body) {
      if (block.type !== 'question' || !block.answer) continue;
      const answer = answers.get(block.answer) ?? [];
      for (const paragraph of block.paragraphs.map(plainText).filter(usable))
        if (answer.length) pools.pairs.push({ question: paragraph, answer });
    }
  } else if (document.kind === 'brief') {
    for (const block of document.body) {
      if (block.type === 'paragraph' && plainText(block.content).length > 120)
        pools.letterParagraphs.push(plainText(block.content));
      if (block.type === 'heading') {
        const title = /^Ad\s+\d+\)?\s+(.*)$/.exec(plainText(block.content))?.[1];
        if (title) pools.letterHeadings.push(title);
      }
    }
  } else {
    let round: ConsultationRound = { questions: [], answer: [] };
    for (const block of document.body) {
      if (block.type === 'heading' && /^\d+\.\s/.test(plainText(block.content)))
        pools.sectionTitles.push(plainText(block.content).replace(/^\d+\.\s+/, ''));
      if (block.type === 'question') round.questions.push(block.paragraphs.map(plainText));
      if (block.type === 'answer') {
        round.answer = block.paragraphs.map(plainText).filter(usable);
        // A round opens with a paragraph that names its fractie; "Deze leden …" needs the paragraph before it.
        if (round.answer.length && /^De leden van de \S+-fractie/.test(round.questions[0]?.[0] ?? ''))
          pools.rounds.push(round);
        round = { questions: [], answer: [] };
      }
    }
  }
}

/** Text the generator can place anywhere: no brackets (Word footnote syntax) and no stray structure. */
function usable(text: string): boolean {
  return text.length > 0 && !/[[\]]/.test(text) && !/^(?:Vraag|Antwoord|Ad\s+\d|(?:[IVXLC]+|\d{1,2})\.\s)/.test(text);
}
