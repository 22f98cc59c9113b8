// Every converter stage against its fixtures, one table for all stages, in the
// way remark-gfm keeps test/fixtures/<case>/: src/converter/<stage>/__fixtures__/
// <case>/ holds `input.txt` (a short source text), an optional `case.json`
// ({ file, kind, catalog }: how the case is converted) and what the stage must
// give: `expected.json` (named facts of its output), `expected.mdx` (emit) or
// `expected-error.txt` (the first lines of the `file:line:col: reason [rule]`
// message; the earlier stages must pass, this one must refuse).
//
// A stage's input is the previous stage's output. The fixtures give it as source
// text run through the earlier stages, not as JSON of the stage's input type:
// a paper's traps are traps of the printed text (a marker glued to a year, a
// "Zie ook" number), a few lines of text say them better than a JSON tree of
// blocks, inlines and source segments, and the cases stay valid when the types
// between stages change.
//
// An expected fact names only what the case is about: objects are compared on
// the keys the fixture gives, lists element by element. `UPDATE_FIXTURES=1`
// rewrites the given facts from the converter's output, for drafting; a
// committed expected file is read against its input by hand.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEntities } from '../lib/entities.ts';
import type { CatalogEntry } from './batch/catalog.ts';
import { clean } from './clean/clean.ts';
import { documentCompounds } from './compounds/compounds.ts';
import { detectDocument } from './detect/detect.ts';
import { serialiseBody } from './emit/emit.ts';
import { extractEvents } from './events/events.ts';
import { resolveFootnotes } from './footnotes/footnotes.ts';
import { entityMatcher, linkDocument } from './links/links.ts';
import { extractMetadata } from './metadata/metadata.ts';
import { findPromises } from './promises/promises.ts';
import { decodeSource } from './read/read.ts';
import { loadDutchSpeller } from './shared/speller.ts';
import { structure } from './structure/structure.ts';
import type { DocumentKind } from '../schema/document.ts';
import type { EntityMatcher, Inline, ResolvedDocument } from './types.ts';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
const CONVERTER = import.meta.dirname;

interface Case {
  dir: string;
  file: string;
  bytes: Uint8Array;
  kind?: DocumentKind;
  catalog?: CatalogEntry;
}

/** One fact of a stage's output; `query` is the expected value, for facts that answer a question ("is it kept?"). */
type Fact<O> = (output: O, query: never) => unknown;

interface Stage<I, O> {
  /** The earlier stages. */
  input: (c: Case) => I;
  run: (input: I, c: Case) => O;
  facts: Record<string, Fact<O>>;
}

let speller: Awaited<ReturnType<typeof loadDutchSpeller>>;
let entities: EntityMatcher;
beforeAll(async () => {
  speller = await loadDutchSpeller();
  entities = entityMatcher(loadEntities());
});

// The pipeline's pieces in run order (as src/converter/pipeline.ts composes them).
const read = (c: Case) => decodeSource(c.file, c.bytes);
const detected = (c: Case) => detectDocument(read(c), c.kind);
const cleaned = (c: Case) => clean(detected(c), speller);
const structured = (c: Case) => structure(cleaned(c));
const resolved = (c: Case) => resolveFootnotes(structured(c));
const linked = (c: Case) => linkDocument(resolved(c), entities);
const metadata = (c: Case) => extractMetadata(resolved(c), c.catalog);

/** The text a reader sees in a run of inlines; a footnote reference counts as "^N". */
const textOf = (inlines: readonly Inline[]) =>
  inlines.map((i) => (i.type === 'text' ? i.value : i.type === 'footnoteReference' ? `^${i.number}` : i.text)).join('');

function inlineRuns(document: ResolvedDocument): Inline[][] {
  return document.body.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? [b.content] : b.paragraphs));
}

/** The word right before each footnote reference ("^1" for another reference). */
function wordsBeforeMarkers(document: ResolvedDocument): Record<string, string> {
  const before: Record<string, string> = {};
  for (const inlines of inlineRuns(document)) {
    inlines.forEach((inline, i) => {
      if (inline.type !== 'footnoteReference') return;
      const previous = inlines[i - 1];
      if (previous?.type === 'footnoteReference') before[inline.number] = `^${previous.number}`;
      else before[inline.number] = previous ? textOf([previous]).split(/\s+/).at(-1)! : '';
    });
  }
  return before;
}

/** Footnote texts for the numbers asked. */
const notesOf = (document: ResolvedDocument, query: Record<string, string>) => {
  const notes = new Map(document.footnotes.map((n) => [String(n.number), textOf(n.content)]));
  return Object.fromEntries(Object.keys(query).map((n) => [n, notes.get(n) ?? null]));
};

/** The body's blocks other than plain paragraphs, each with the facts a reader links by. */
function blockFacts(document: ResolvedDocument): Record<string, unknown>[] {
  return document.body.flatMap((b): Record<string, unknown>[] => {
    if (b.type === 'paragraph') return [];
    if (b.type === 'heading') return [{ type: b.type, id: b.id, level: b.level, text: textOf(b.content) }];
    const { paragraphs, listItems: _, ...fields } = b;
    return [{ ...fields, text: textOf(paragraphs[0] ?? []), paragraphs: paragraphs.length }];
  });
}

const common = {
  blocks: (d: ResolvedDocument) => blockFacts(d),
  paragraphs: (d: ResolvedDocument) => d.body.flatMap((b) => (b.type === 'paragraph' ? [textOf(b.content)] : [])),
  kept: (d: ResolvedDocument, query: string[]) => {
    const text = [...inlineRuns(d), ...d.footnotes.map((n) => n.content)].map(textOf).join('\n');
    return query.filter((t) => text.includes(t));
  },
};

// biome-ignore lint/suspicious/noExplicitAny: each stage has its own input and output types; the table holds them all
const stages: Record<string, Stage<any, any>> = {
  read: {
    input: (c) => c,
    run: (_, c) => read(c),
    facts: {
      lines: (s: ReturnType<typeof read>) => s.lines.map((l) => l.text),
      textChanges: (s: ReturnType<typeof read>) => s.textChanges,
      listItems: (s: ReturnType<typeof read>) => s.lines.filter((l) => l.listItem).map((l) => l.line),
      pageStarts: (s: ReturnType<typeof read>) => s.lines.filter((l) => l.pageStart).map((l) => l.line),
    },
  },
  detect: {
    input: read,
    run: (source, c) => detectDocument(source, c.kind),
    facts: { kind: (d: ReturnType<typeof detected>) => d.kind, layout: (d: ReturnType<typeof detected>) => d.layout },
  },
  clean: {
    input: detected,
    // Footnotes resolved over the blocks as plain paragraphs: a case needs no structure to show its markers.
    run: (document: ReturnType<typeof detected>) => {
      const result = clean(document, speller);
      const body = result.blocks.map((text) => ({ type: 'paragraph' as const, text }));
      return { cleaned: result, notes: resolveFootnotes({ ...result, body }) };
    },
    facts: {
      /** Every line dropped as furniture, other than runs of blank lines: [line, rule]. */
      dropped: (o: Cleaned) => o.cleaned.furniture.filter((f) => f.rule !== 'blank-lines').map((f) => [f.line, f.rule]),
      /** Texts that must stand inside one block: a page break must not cut them. */
      together: (o: Cleaned, query: string[]) => query.filter((t) => o.cleaned.blocks.some((b) => b.text.includes(t))),
      kept: (o: Cleaned, query: string[]) => {
        const text = o.cleaned.blocks.map((b) => b.text).join('\n');
        return query.filter((t) => text.includes(t));
      },
      /** Footnote texts by number, as cleaning set them aside. */
      notes: (o: Cleaned, query: Record<string, string>) => {
        const notes = new Map(o.cleaned.footnotes.map((n) => [String(n.number), n.text]));
        return Object.fromEntries(Object.keys(query).map((n) => [n, notes.get(n) ?? null]));
      },
      markers: (o: Cleaned) => {
        const words = wordsBeforeMarkers(o.notes);
        return Object.fromEntries(o.cleaned.footnotes.map((n) => [String(n.number), words[n.number] ?? null]));
      },
      hyphenation: (o: Cleaned) => o.cleaned.hyphenation,
      textChanges: (o: Cleaned) => o.cleaned.textChanges,
      blocks: (o: Cleaned) => o.cleaned.blocks.map((b) => ({ role: b.role, text: b.text, pageStart: b.pageStart })),
    },
  },
  structure: {
    input: cleaned,
    // Footnotes resolved only to read the blocks' text as inlines; the ids, numbers and labels are structure's.
    run: (document: ReturnType<typeof cleaned>) => resolveFootnotes(structure(document)),
    facts: common,
  },
  footnotes: {
    input: structured,
    run: resolveFootnotes,
    facts: {
      ...common,
      notes: notesOf,
      markers: wordsBeforeMarkers,
      /** The block each footnote reference stands in. */
      markerBlocks: (d: ResolvedDocument) =>
        Object.fromEntries(
          d.body.flatMap((b) => {
            const runs = b.type === 'paragraph' || b.type === 'heading' ? [b.content] : b.paragraphs;
            const id = b.type === 'paragraph' ? null : b.id;
            return runs.flat().flatMap((i) => (i.type === 'footnoteReference' ? [[String(i.number), id]] : []));
          }),
        ),
      links: (d: ResolvedDocument) =>
        [...inlineRuns(d), ...d.footnotes.map((n) => n.content)].flat().flatMap((i) => (i.type === 'link' ? [i] : [])),
    },
  },
  links: {
    input: resolved,
    run: (document: ResolvedDocument) => linkDocument(document, entities),
    facts: {
      references: (d: ReturnType<typeof linked>) => d.references,
      mentions: (d: ReturnType<typeof linked>) => d.mentions,
      /** The words that link to an answer, of this paper ("#antwoord-2") or of a cited one (its id and question). */
      answerLinks: (d: ReturnType<typeof linked>) =>
        [...inlineRuns(d), ...d.footnotes.map((n) => n.content)]
          .flat()
          .flatMap((i) =>
            i.type === 'reference' && (i.question !== undefined || i.target.startsWith('#antwoord-'))
              ? [{ text: i.text, target: i.target, question: i.question ?? null }]
              : [],
          ),
    },
  },
  metadata: {
    input: resolved,
    run: (document: ResolvedDocument, c) => extractMetadata(document, c.catalog),
    facts: Object.fromEntries(
      ['kind', 'title', 'subject', 'dates', 'questioners', 'addressees', 'answeredBy', 'onBehalfOf', 'sender']
        .concat(['recipient', 'identifiers', 'seeAlso', 'parliamentaryYear', 'unknown', 'slug', 'provenance'])
        .map((field) => [field, (meta: Record<string, unknown>) => meta[field]]),
    ),
  },
  events: {
    input: (c) => ({ document: linked(c), dates: metadata(c).dates }),
    run: ({ document, dates }) => extractEvents(document, dates),
    facts: { events: (e: Events) => e.events, unresolvedDates: (e: Events) => e.unresolvedDates },
  },
  promises: {
    input: (c) => ({ document: linked(c), dates: metadata(c).dates }),
    run: ({ document, dates }) => findPromises(document, dates.beantwoord ?? dates.verzonden),
    facts: { promises: (p: ReturnType<typeof findPromises>) => p },
  },
  compounds: {
    input: resolved,
    run: (document: ResolvedDocument) => documentCompounds(document, speller),
    facts: {
      /** The parts of each word asked, as found in the document; null when it is not split. */
      compounds: (found: ReturnType<typeof documentCompounds>, query: Record<string, string[] | null>) => {
        const parts = new Map(found.map((c) => [c.word, c.parts]));
        return Object.fromEntries(Object.keys(query).map((w) => [w, parts.get(w) ?? null]));
      },
    },
  },
  emit: {
    input: resolved,
    run: (document: ResolvedDocument) => serialiseBody(document.body, document.footnotes),
    facts: {},
  },
};

type Cleaned = { cleaned: ReturnType<typeof cleaned>; notes: ResolvedDocument };
type Events = ReturnType<typeof extractEvents>;

/** `actual` cut down to what `expected` names: an object's given keys, a list's elements in turn. */
function projected(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((a, i) => (i < expected.length ? projected(a, expected[i]) : a));
  }
  if (isRecord(expected) && isRecord(actual)) {
    return Object.fromEntries(Object.keys(expected).map((k) => [k, projected(actual[k], expected[k])]));
  }
  return actual;
}
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function errorOf(task: () => unknown): string {
  try {
    task();
  } catch (error) {
    return (error as Error).message;
  }
  return '(no error)';
}

const stageNames = readdirSync(CONVERTER).filter((d) => existsSync(join(CONVERTER, d, '__fixtures__')));

it('every stage of the pipeline has fixtures, and every fixture folder is a stage', () => {
  expect(stageNames.sort()).toEqual(Object.keys(stages).sort());
});

describe.each(stageNames)('%s', (stageName) => {
  const stage = stages[stageName]!;
  const fixtures = join(CONVERTER, stageName, '__fixtures__');
  const cases = readdirSync(fixtures).sort();

  it.each(cases)('%s', (name) => {
    const dir = join(fixtures, name);
    const at = (f: string) => join(dir, f);
    const options = existsSync(at('case.json')) ? JSON.parse(readFileSync(at('case.json'), 'utf8')) : {};
    const c: Case = { dir, file: options.file ?? `${name}.txt`, bytes: readFileSync(at('input.txt')), ...options };

    const input = stage.input(c);
    if (existsSync(at('expected-error.txt'))) {
      const message = errorOf(() => stage.run(input, c));
      const expectedLines = readFileSync(at('expected-error.txt'), 'utf8').trimEnd().split('\n');
      if (UPDATE) writeFileSync(at('expected-error.txt'), `${message.split('\n')[0]}\n`);
      expect(message.split('\n').slice(0, expectedLines.length)).toEqual(expectedLines);
      return;
    }
    const output = stage.run(input, c);
    const checked: string[] = [];
    if (existsSync(at('expected.mdx'))) {
      if (UPDATE) writeFileSync(at('expected.mdx'), output);
      expect(output).toBe(readFileSync(at('expected.mdx'), 'utf8'));
      checked.push('mdx');
    }
    if (existsSync(at('expected.json'))) {
      const expected = JSON.parse(readFileSync(at('expected.json'), 'utf8')) as Record<string, unknown>;
      const actual = Object.fromEntries(
        Object.entries(expected).map(([fact, value]) => {
          const of = stage.facts[fact];
          if (!of) throw new Error(`${stageName}/${name}: unknown fact "${fact}" (known: ${Object.keys(stage.facts)})`);
          return [fact, projected(of(output, value as never), value)];
        }),
      );
      if (UPDATE) writeFileSync(at('expected.json'), `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(expected);
      checked.push(...Object.keys(expected));
    }
    expect(checked.length, 'the case expects something').toBeGreaterThan(0);
  });
});
