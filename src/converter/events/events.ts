// Stage 8: dated events the paper reports ("op 30 augustus 2016 gewaarschuwd",
// "4 en 5 maart jl."), each with its date, precision, sentence and block.
// What cannot be resolved is reported, never guessed.
import type { DocumentFrontmatter } from '../../schema/document.ts';
import { findDates } from '../../lib/date-expressions.ts';
import { sentenceAround } from '../../lib/sentences.ts';
import type { LinkedDocument } from '../links/links.ts';
import { plainText } from '../metadata/metadata.ts';
import type { Inline } from '../types.ts';

type Events = Pick<DocumentFrontmatter, 'events' | 'unresolvedDates'>;

/** A date in a URL path ("…/rapporten/2024/12/10/monitor-…"): a publication that existed when the paper was written. */
const URL_DATE = /\/(20\d{2})\/(0[1-9]|1[0-2])\/([0-2]\d|3[01])\//;

export function extractEvents(document: LinkedDocument, dates: DocumentFrontmatter['dates']): Events {
  const texts = blockTexts(document);
  const own = dates.beantwoord ?? dates.verzonden;
  const evidence = texts.flatMap(({ inlines }) => inlines.flatMap((i) => (i.type === 'link' ? [URL_DATE.exec(i.url)] : [])).filter((m) => m !== null).map((m) => `${m![1]}-${m![2]}-${m![3]}`));
  const after = [dates.ingezonden, ...evidence].filter((d): d is string => d !== null).sort().at(-1) ?? null;
  const result: Events = { events: [], unresolvedDates: [] };
  for (const { block, inlines } of texts) {
    const text = plainText(inlines);
    for (const found of findDates(text, { date: own, after: own ? null : after })) {
      const sentence = sentenceAround(text, found.start);
      if (found.date) result.events.push({ date: found.date, until: found.until, precision: found.precision, block, text: found.text, sentence });
      else result.unresolvedDates.push({ block, text: found.text, sentence, problem: found.problem ?? 'unresolved' });
    }
  }
  return result;
}

function blockTexts(document: LinkedDocument): { block: string | null; inlines: Inline[] }[] {
  const out: { block: string | null; inlines: Inline[] }[] = [];
  let section: string | null = null;
  for (const block of document.body) {
    if (block.type === 'heading') {
      section = block.id;
      out.push({ block: block.id, inlines: block.content });
    } else if (block.type === 'paragraph') out.push({ block: section, inlines: block.content });
    else for (const p of block.paragraphs) out.push({ block: block.id, inlines: p });
  }
  for (const note of document.footnotes) out.push({ block: `fn-${note.number}`, inlines: note.content });
  return out;
}
