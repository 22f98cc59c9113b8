// Stage 8 of 11: dated events the paper reports ("op 30 augustus 2016 gewaarschuwd",
// "4 en 5 maart jl."), each with its date, precision, sentence and block.
// What cannot be resolved is reported, never guessed.
import type { DocumentFrontmatter } from '../../schema/document.ts';
import { findDates } from '../../lib/date-expressions.ts';
import { sentenceAround } from '../../lib/sentences.ts';
import { inlinesInReadingOrder, plainText } from '../shared/inlines.ts';
import type { DocumentEvents, LinkedDocument } from '../types.ts';

/** A date in a URL path ("…/rapporten/2024/12/10/monitor-…"): a publication that existed when the paper was written. */
const URL_DATE = /\/(20\d{2})\/(0[1-9]|1[0-2])\/([0-2]\d|3[01])\//;

export function extractEvents(document: LinkedDocument, dates: DocumentFrontmatter['dates']): DocumentEvents {
  const texts = inlinesInReadingOrder(document);
  const own = dates.beantwoord ?? dates.verzonden;
  const evidence = texts.flatMap(({ inlines }) =>
    inlines
      .flatMap((i) => (i.type === 'link' ? [URL_DATE.exec(i.url)] : []))
      .filter((m) => m !== null)
      .map((m) => `${m![1]}-${m![2]}-${m![3]}`),
  );
  const after =
    [dates.ingezonden, ...evidence]
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1) ?? null;
  const result: DocumentEvents = { events: [], unresolvedDates: [] };
  for (const { inlines, place } of texts) {
    const block = place.id;
    const text = plainText(inlines);
    for (const found of findDates(text, { date: own, after: own ? null : after })) {
      const sentence = sentenceAround(text, found.start);
      if (found.date)
        result.events.push({
          date: found.date,
          until: found.until,
          precision: found.precision,
          block,
          text: found.text,
          sentence,
        });
      else result.unresolvedDates.push({ block, text: found.text, sentence, problem: found.problem ?? 'unresolved' });
    }
  }
  return result;
}
