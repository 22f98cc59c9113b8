// Stage 6: citations of parliamentary papers and mentions of people, parties
// and organisations become references in the text, each recorded with the id of
// the block it stands in and the sentence around it.
import type { EntityData } from '../../lib/entities.ts';
import { findReferences, paperId } from '../../lib/references.ts';
import { sentenceAround } from '../../lib/sentences.ts';
import type { Inline, ResolvedBlock, ResolvedDocument } from '../types.ts';

export interface Mention {
  entity: string;
  block: string | null;
  text: string;
  sentence: string;
}

export interface Reference {
  /** Official id of the cited paper ("kst-28638-240"); null for an "Ibidem" that points at a note, not a paper. */
  paper: string | null;
  dossiers: string[];
  block: string | null;
  text: string;
  page: number | null;
}

export interface LinkedDocument extends ResolvedDocument {
  mentions: Mention[];
  references: Reference[];
}

export interface EntityMatcher {
  pattern: RegExp;
  byName: Map<string, string>;
}

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

interface Cut {
  start: number;
  end: number;
  inline: Inline;
}

export function linkDocument(document: ResolvedDocument, matcher: EntityMatcher): LinkedDocument {
  const mentions: Mention[] = [];
  const references: Reference[] = [];
  let section: string | null = null;
  let lastNotePaper: string | null = null;

  const link = (inlines: Inline[], block: string | null, noteNumber: number | null, recordOnly = false): Inline[] => {
    const linked = new Set<string>();
    const plain = inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'link' ? i.text : '')).join('');
    let notePaper: string | null = null;
    const result = inlines.flatMap((inline): Inline[] => {
      if (inline.type !== 'text') return [inline];
      const cuts: Cut[] = [];
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
          references.push({ paper, dossiers: r.type === 'kamerstuk' ? r.dossiers : [], block, text, page: r.page });
          cuts.push({ start: found.start, end: found.end, inline: { type: 'reference', target: paper, text } });
        }
      }
      for (const m of inline.value.matchAll(matcher.pattern)) {
        if (cuts.some((c) => m.index < c.end && m.index + m[0].length > c.start)) continue;
        const entity = matcher.byName.get(m[0])!;
        mentions.push({ entity, block, text: m[0], sentence: sentenceAround(plain, plain.indexOf(inline.value) + m.index) });
        // Only the first mention of an entity in a block becomes a link, so the text stays readable.
        if (linked.has(entity)) continue;
        linked.add(entity);
        cuts.push({ start: m.index, end: m.index + m[0].length, inline: { type: 'mention', entity, text: m[0] } });
      }
      // Headings keep their plain text: their id is made from it.
      return recordOnly ? [inline] : splitAt(inline.value, cuts.sort((a, b) => a.start - b.start));
    });
    if (noteNumber !== null) lastNotePaper = notePaper;
    return result;
  };

  const body = document.body.map((block): ResolvedBlock => {
    switch (block.type) {
      case 'heading':
        section = block.id;
        return { ...block, content: link(block.content, block.id, null, true) };
      case 'paragraph':
        return { ...block, content: link(block.content, section, null) };
      case 'question':
      case 'answer':
        return { ...block, paragraphs: block.paragraphs.map((p) => link(p, block.id, null)) };
    }
  });
  const footnotes = document.footnotes.map((note) => ({ ...note, content: link(note.content, `fn-${note.number}`, note.number) }));
  return { ...document, body, footnotes, mentions, references };
}

function splitAt(text: string, cuts: readonly Cut[]): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) continue;
    if (cut.start > at) out.push({ type: 'text', value: text.slice(at, cut.start) });
    out.push(cut.inline);
    at = cut.end;
  }
  if (at < text.length) out.push({ type: 'text', value: text.slice(at) });
  return out;
}
