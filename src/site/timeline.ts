// The timeline 2012–2024: every document at each of its dates, and the events
// the documents report, with filters that are plain static pages.
import { documentBody, type DocumentEntry } from './documents.ts';
import { kindLabel } from './display-labels.ts';
import { headline } from './headline.ts';
import { documentHref } from './paths.ts';
import type { DocumentKind } from '../schema/document.ts';

export const TIMELINE_YEARS = Array.from({ length: 13 }, (_, i) => 2012 + i);
export const THEMES = ['mensenhandel', 'mensensmokkel'] as const;
export type Theme = (typeof THEMES)[number];

export interface TimelineEntry {
  /** "2017-09-19", "2015-09" or "2016". */
  date: string;
  until: string | null;
  precision: 'day' | 'month' | 'year';
  type: 'document' | 'event';
  /** For documents: "Ingezonden", "Beantwoord", "Verzonden". */
  label: string;
  doc: DocumentEntry;
  /** For events: the block that reports it (null before the first block); null for documents. */
  block: string | null;
  href: string;
  text: string;
}

export type TimelineFilterGroup = 'Weergave' | 'Soort' | 'Thema' | 'Partij' | 'Organisatie';

export interface TimelineFilter {
  /** Path below /tijdlijn/, empty for everything. */
  path: string;
  title: string;
  /** The heading the filter is listed under. */
  group: TimelineFilterGroup;
  keep: (entry: TimelineEntry) => boolean;
}

const DATE_LABELS = { ingezonden: 'Ingezonden', beantwoord: 'Beantwoord', verzonden: 'Verzonden' } as const;

// Built once per corpus: every timeline page of a build shares the same document list.
const entriesOf = new WeakMap<readonly DocumentEntry[], TimelineEntry[]>();
const filtersOf = new WeakMap<readonly DocumentEntry[], TimelineFilter[]>();
const themesOfDocument = new WeakMap<DocumentEntry, Theme[]>();

/** Every entry of the timeline, in date order. Shared between callers: do not change it. */
export function timelineEntries(documents: readonly DocumentEntry[]): TimelineEntry[] {
  let entries = entriesOf.get(documents);
  if (!entries) entriesOf.set(documents, (entries = buildEntries(documents)));
  return entries;
}

const entriesByFilter = new WeakMap<TimelineFilter, TimelineEntry[]>();

/** The entries a filter keeps, in date order: one array per filter, shared between callers (do not change it). */
export function filteredEntries(documents: readonly DocumentEntry[], filter: TimelineFilter): TimelineEntry[] {
  let entries = entriesByFilter.get(filter);
  if (!entries) entriesByFilter.set(filter, (entries = timelineEntries(documents).filter(filter.keep)));
  return entries;
}

function buildEntries(documents: readonly DocumentEntry[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const doc of documents) {
    for (const [key, label] of Object.entries(DATE_LABELS) as [keyof typeof DATE_LABELS, string][]) {
      const date = doc.data.dates[key];
      if (date)
        entries.push({
          date,
          until: null,
          precision: 'day',
          type: 'document',
          label,
          doc,
          block: null,
          href: documentHref(doc.data.slug),
          text: headline(doc.data),
        });
    }
    for (const event of doc.data.events) {
      entries.push({
        date: event.date,
        until: event.until,
        precision: event.precision,
        type: 'event',
        label: 'Gebeurtenis',
        doc,
        block: event.block,
        href: `${documentHref(doc.data.slug)}${event.block ? `#${event.block}` : ''}`,
        text: event.sentence,
      });
    }
  }
  // Documents before events on the same date; then by document and text, so the order never changes between builds.
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      a.type.localeCompare(b.type) ||
      a.doc.data.slug.localeCompare(b.doc.data.slug) ||
      a.text.localeCompare(b.text),
  );
}

/** Which themes a document is about: the words it uses. */
export function themesOf(doc: DocumentEntry): Theme[] {
  let themes = themesOfDocument.get(doc);
  if (!themes) {
    const text = `${doc.data.title ?? ''} ${documentBody(doc)}`.toLowerCase();
    themesOfDocument.set(doc, (themes = THEMES.filter((theme) => text.includes(theme))));
  }
  return themes;
}

export function timelineFilters(
  documents: readonly DocumentEntry[],
  entities: Map<string, { name: string }>,
): TimelineFilter[] {
  let filters = filtersOf.get(documents);
  if (!filters) filtersOf.set(documents, (filters = buildFilters(documents, entities)));
  return filters;
}

function buildFilters(documents: readonly DocumentEntry[], entities: Map<string, { name: string }>): TimelineFilter[] {
  const filters: TimelineFilter[] = [
    { path: '', title: 'Alles', group: 'Weergave', keep: () => true },
    { path: 'alleen-documenten', title: 'Alleen documenten', group: 'Weergave', keep: (e) => e.type === 'document' },
  ];
  for (const kind of Object.keys(kindLabel) as DocumentKind[]) {
    if (documents.some((d) => d.data.kind === kind))
      filters.push({
        path: `soort/${kind}`,
        title: kindLabel[kind],
        group: 'Soort',
        keep: (e) => e.doc.data.kind === kind,
      });
  }
  for (const theme of THEMES)
    filters.push({
      path: `thema/${theme}`,
      title: `Thema ${theme}`,
      group: 'Thema',
      keep: (e) => themesOf(e.doc).includes(theme),
    });
  // Which documents mention each party and organisation, and in which of their blocks, collected in one pass
  // over the corpus. A party's or organisation's timeline holds the documents that name it and the events
  // they report in a block that names it: not every event of a long paper that names it once.
  const mentioning = new Map<string, Map<DocumentEntry, Set<string | null>>>();
  for (const doc of documents) {
    for (const m of doc.data.mentions) {
      if (!m.entity.startsWith('partijen/') && !m.entity.startsWith('organisaties/')) continue;
      let holders = mentioning.get(m.entity);
      if (!holders) mentioning.set(m.entity, (holders = new Map()));
      let blocks = holders.get(doc);
      if (!blocks) holders.set(doc, (blocks = new Set()));
      blocks.add(m.block);
    }
  }
  // Parties, then organisations ('partijen' sorts after 'organisaties', hence b before a), each by name as a reader looks them up.
  const named = [...mentioning].map(([key, holders]) => ({
    key,
    holders,
    name: entities.get(key)?.name ?? key,
    type: key.split('/')[0]!,
  }));
  named.sort(
    (a, b) => b.type.localeCompare(a.type) || a.name.localeCompare(b.name, 'nl') || a.key.localeCompare(b.key),
  );
  for (const { key, holders, name, type } of named) {
    const party = type === 'partijen';
    filters.push({
      path: `${party ? 'partij' : 'organisatie'}/${key.split('/')[1]}`,
      title: name,
      group: party ? 'Partij' : 'Organisatie',
      keep: (e) => (e.type === 'document' ? holders.has(e.doc) : (holders.get(e.doc)?.has(e.block) ?? false)),
    });
  }
  return filters;
}

/** One line of the list below the chart: a document at one of its dates, or the events one document reports for one date. */
export interface TimelineItem {
  date: string;
  until: string | null;
  precision: TimelineEntry['precision'];
  type: TimelineEntry['type'];
  doc: DocumentEntry;
  /** The document's date labels ("Ingezonden"), or the events' sentences with their links. */
  entries: TimelineEntry[];
}

/** The entries as a reader lists them: a document's several events on one date are one item. */
export function timelineItems(entries: readonly TimelineEntry[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  const events = new Map<string, TimelineItem>();
  for (const entry of entries) {
    if (entry.type === 'document') {
      items.push({
        date: entry.date,
        until: null,
        precision: entry.precision,
        type: 'document',
        doc: entry.doc,
        entries: [entry],
      });
      continue;
    }
    const key = JSON.stringify([entry.doc.data.slug, entry.date, entry.until]);
    const item = events.get(key);
    if (item) {
      // The same sentence in one block is one sentence for a reader, even when it names the date twice.
      if (!item.entries.some((e) => e.href === entry.href && e.text === entry.text)) item.entries.push(entry);
      continue;
    }
    const created: TimelineItem = {
      date: entry.date,
      until: entry.until,
      precision: entry.precision,
      type: 'event',
      doc: entry.doc,
      entries: [entry],
    };
    events.set(key, created);
    items.push(created);
  }
  return items;
}

/** The year of a timeline date ("2017-09-19" → 2017). */
export const yearOf = (date: string) => Number(date.slice(0, 4));

/** Runs of consecutive years: each year that has items alone, each stretch of empty years as one run. */
export function yearRuns(
  years: readonly number[],
  hasItems: (year: number) => boolean,
): { from: number; to: number; empty: boolean }[] {
  const runs: { from: number; to: number; empty: boolean }[] = [];
  for (const year of years) {
    const empty = !hasItems(year);
    const last = runs.at(-1);
    if (empty && last?.empty && last.to === year - 1) last.to = year;
    else runs.push({ from: year, to: year, empty });
  }
  return runs;
}
