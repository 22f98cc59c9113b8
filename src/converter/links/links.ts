// Stage 6 of 11: citations of parliamentary papers and mentions of people, parties
// and organisations become references in the text, each recorded with the id of
// the block it stands in and the sentence around it; references to answers ("zie het
// antwoord op vraag 2") become links to those blocks, of this paper or of the one cited.
import type { EntityData } from '../../lib/entities.ts';
import { findReferences, paperId } from '../../lib/references.ts';
import { sentenceAround } from '../../lib/sentences.ts';
import { type CitationInText, findBlockReferences } from './block-references.ts';
import { cutInlines, mapInlines, type Cut } from '../shared/inlines.ts';
import type { EntityMatcher, Inline, LinkedDocument, Mention, Reference, ResolvedDocument } from '../types.ts';

/** One pattern for all names, longest first, on Dutch word boundaries: "OM" never matches inside "OMM". */
export function entityMatcher(entities: readonly EntityData[]): EntityMatcher {
  const byName = new Map<string, string>();
  for (const e of entities) for (const name of e.names) byName.set(name, e.key);
  const names = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // With no names, an empty alternation would match everywhere: match nothing instead.
  const alternatives = escaped.length ? escaped.join('|') : '(?!)';
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'gu'), byName };
}

export function linkDocument(document: ResolvedDocument, matcher: EntityMatcher): LinkedDocument {
  const mentions: Mention[] = [];
  const references: Reference[] = [];
  let lastNotePaper: string | null = null;
  const answers = document.body.flatMap((b) => (b.type === 'answer' ? [b] : []));

  const link = (
    inlines: Inline[],
    block: string | null,
    noteNumber: number | null,
    recordOnly = false,
    inQuestion = false,
  ): Inline[] => {
    const linked = new Set<string>();
    const plain = inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'link' ? i.text : '')).join('');
    let notePaper: string | null = null;
    const result = inlines.flatMap((inline): Inline[] => {
      if (inline.type !== 'text') return [inline];
      const cuts: Cut[] = [];
      const citations: CitationInText[] = [];
      for (const found of findReferences(inline.value)) {
        const text = inline.value.slice(found.start, found.end);
        const r = found.reference;
        if (r.type === 'ibidem') {
          // "Ibidem" cites what the previous note cited: that paper, or else the note itself.
          const target = lastNotePaper ?? (noteNumber && noteNumber > 1 ? `#fn-${noteNumber - 1}` : null);
          notePaper = lastNotePaper;
          if (!target) continue;
          references.push({ paper: lastNotePaper, dossiers: [], block, text, page: r.page });
          cuts.push({ start: found.start, end: found.end, inline: { type: 'reference', target, text } });
        } else {
          const paper = paperId(r);
          notePaper = paper;
          citations.push({ start: found.start, end: found.end, paper });
          references.push({ paper, dossiers: r.type === 'kamerstuk' ? r.dossiers : [], block, text, page: r.page });
          cuts.push({ start: found.start, end: found.end, inline: { type: 'reference', target: paper, text } });
        }
      }
      // A question that names an answer ("Indien het antwoord op vraag 8 ja is") asks about it; only answers, letters and notes point to one.
      if (!inQuestion)
        for (const found of findBlockReferences(inline.value, answers, citations)) {
          const text = inline.value.slice(found.start, found.end);
          if ('paper' in found) {
            const target = found.paper;
            cuts.push({
              start: found.start,
              end: found.end,
              inline: { type: 'reference', target, text, question: found.question },
            });
          } else if (found.block !== block) {
            cuts.push({
              start: found.start,
              end: found.end,
              inline: { type: 'reference', target: `#${found.block}`, text },
            });
          }
        }
      for (const m of inline.value.matchAll(matcher.pattern)) {
        if (cuts.some((c) => m.index < c.end && m.index + m[0].length > c.start)) continue;
        const entity = matcher.byName.get(m[0])!;
        mentions.push({
          entity,
          block,
          text: m[0],
          sentence: sentenceAround(plain, plain.indexOf(inline.value) + m.index),
        });
        // Only the first mention of an entity in a block becomes a link, so the text stays readable.
        if (linked.has(entity)) continue;
        linked.add(entity);
        cuts.push({ start: m.index, end: m.index + m[0].length, inline: { type: 'mention', entity, text: m[0] } });
      }
      return recordOnly ? [inline] : cutInlines(inline.value, withoutOverlaps(cuts.sort((a, b) => a.start - b.start)));
    });
    if (noteNumber !== null) lastNotePaper = notePaper;
    return result;
  };

  // Headings keep their plain text: their id is made from it.
  const { body, footnotes } = mapInlines(document, (inlines, { id, block, note }) =>
    link(inlines, id, note, block?.type === 'heading', block?.type === 'question'),
  );
  return { ...document, body, footnotes, mentions, references };
}

/** Two citations found by different patterns may overlap: the one that starts first stands. */
function withoutOverlaps(cuts: readonly Cut[]): Cut[] {
  let end = 0;
  return cuts.filter((cut) => {
    if (cut.start < end) return false;
    end = cut.end;
    return true;
  });
}
