// The timeline drawn as a picture: where each document and each dated event sits
// on one axis 2012–2024, computed once at build time with d3-scale, so the page
// ships a plain SVG of links and needs no JavaScript to read or follow. A timeline
// too long for one page is drawn per month instead: one mark for each month's
// documents of a kind and one for its events, sized by their number, each a link
// to that month in the list, so the picture stays the same size however large the corpus.
import { displayTitle } from './headline.ts';
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { formatDutchPartialDate } from '../lib/printed-dates.ts';
import { kindLabel } from './display-labels.ts';
import { TIMELINE_YEARS, type TimelineEntry } from './timeline.ts';
import { periodOf, timelinePages } from './timeline-pages.ts';
import { documentKinds, type DocumentKind } from '../schema/document.ts';

export interface ChartMark {
  /** Across the plot, in per cent: the SVG stretches to the page while marks and text keep their size. */
  x: number;
  y: number;
  kind: DocumentKind;
  type: TimelineEntry['type'];
  /** Day-precise, or placed mid-month / mid-year because the paper says no more. */
  exact: boolean;
  href: string;
  label: string;
  /** 1 for a mark of one entry; drawn per month, 1–3 by how many it counts against the most of its lane. */
  size: 1 | 2 | 3;
}

export interface ChartLane {
  label: string;
  y: number;
  height: number;
}

export interface TimelineChart {
  /** In pixels; the width is the page's. */
  height: number;
  lanes: ChartLane[];
  /** The first and last year on the axis: 2012 and 2024, or further when a paper dates an event outside them. */
  first: number;
  last: number;
  years: { year: number; x: number; width: number }[];
  /** The span between a document's dates (asked → answered), one per document with two dates. */
  spans: { x1: number; x2: number; y: number; kind: DocumentKind }[];
  marks: ChartMark[];
  /** Drawn per month: each mark counts a month's entries of its lane. */
  perMonth: boolean;
}

/** Per cent kept free at both ends, so a mark at the edge is whole. */
const PAD = 1;
const AXIS = 26;
/** A lane: its label above, its marks below. */
const LABEL = 18;
const DOCUMENT_LANE = LABEL + 30;
/** Events closer than this (per cent of the width, about 10 px on a wide screen) are stacked rather than drawn over each other. */
const EVENT_GAP = 0.8;
const EVENT_STEP = 9;

/** A timeline date as a moment: a day at noon, a month or year at its middle (where an inexact mark is drawn). */
function moment(entry: Pick<TimelineEntry, 'date' | 'until' | 'precision'>): Date {
  const [y, m = 1, d = 1] = entry.date.split('-').map(Number) as [number, number?, number?];
  if (entry.precision === 'year') return new Date(Date.UTC(y, 6, 1));
  if (entry.precision === 'month') return new Date(Date.UTC(y, m - 1, 15));
  if (entry.until) {
    const [, m2, d2] = entry.until.split('-').map(Number) as [number, number, number];
    return new Date((Date.UTC(y, m - 1, d, 12) + Date.UTC(y, m2 - 1, d2, 12)) / 2);
  }
  return new Date(Date.UTC(y, m - 1, d, 12));
}

/** Places marks on rows so that none overlaps its neighbour: the first free row from the bottom. */
function dodge(xs: number[], gap: number): number[] {
  const rows: number[][] = [];
  return xs.map((x) => {
    let row = rows.findIndex((placed) => placed.every((p) => Math.abs(p - x) >= gap));
    if (row === -1) row = rows.push([]) - 1;
    rows[row]!.push(x);
    return row;
  });
}

const shorten = (text: string, max = 140) =>
  text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:]$/, '')} …`;

/** Whether the chart is drawn per month: when the list it draws takes more than one page. */
export const drawsPerMonth = (entries: readonly TimelineEntry[]) => timelinePages(entries).length > 1;

/** The size of a mark counting `n` where the most any mark of its lane counts is `most`. */
const sizeOf = (n: number, most: number) => Math.min(3, Math.max(1, Math.ceil((3 * n) / most))) as 1 | 2 | 3;

/** Entries grouped by the month they fall in (by the year, when that is all they say), in date order. */
function byPeriod(entries: readonly TimelineEntry[]): [string, TimelineEntry[]][] {
  const groups = new Map<string, TimelineEntry[]>();
  for (const e of entries) groups.set(periodOf(e), [...(groups.get(periodOf(e)) ?? []), e]);
  return [...groups];
}

/**
 * The chart of a filter's entries. `periodHref` gives where a month ("2015-05") or year of the list
 * starts, for a chart drawn per month (drawsPerMonth); without it every entry is a mark of its own.
 */
export function timelineChart(
  entries: readonly TimelineEntry[],
  periodHref?: (key: string) => string | null,
): TimelineChart {
  const perMonth = periodHref !== undefined && drawsPerMonth(entries);
  const years = entries.map((e) => Number(e.date.slice(0, 4)));
  const first = Math.min(TIMELINE_YEARS[0]!, ...years);
  const last = Math.max(TIMELINE_YEARS.at(-1)!, ...years);
  const x = scaleUtc()
    .domain([new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))])
    .range([PAD, 100 - PAD]);
  const kinds = documentKinds.filter((kind) => entries.some((e) => e.type === 'document' && e.doc.data.kind === kind));
  const lanes: ChartLane[] = kinds.map((kind, i) => ({
    label: kindLabel[kind],
    y: i * DOCUMENT_LANE,
    height: DOCUMENT_LANE,
  }));
  const marks: ChartMark[] = [];
  const spans: TimelineChart['spans'] = [];

  for (const [i, kind] of kinds.entries()) {
    const y = lanes[i]!.y + LABEL + (DOCUMENT_LANE - LABEL) / 2;
    const docs = entries.filter((e) => e.type === 'document' && e.doc.data.kind === kind);
    if (perMonth) {
      const months = byPeriod(docs).map(([key, list]) => ({ key, list, n: new Set(list.map((e) => e.doc)).size }));
      const most = Math.max(...months.map((m) => m.n));
      for (const { key, list, n } of months)
        marks.push({
          x: x(moment({ date: key, until: null, precision: 'month' })),
          y,
          kind,
          type: 'document',
          exact: true,
          href: periodHref!(key) ?? list[0]!.href,
          label: `${kindLabel[kind]}, ${formatDutchPartialDate(key)}: ${n} ${n === 1 ? 'document' : 'documenten'}`,
          size: sizeOf(n, most),
        });
      continue;
    }
    for (const e of docs) {
      marks.push({
        x: x(moment(e)),
        y,
        kind,
        type: 'document',
        exact: true,
        href: e.href,
        label: `${kindLabel[kind]}: ${e.text}. ${e.label} ${formatDutchPartialDate(e.date)}`,
        size: 1,
      });
    }
    for (const slug of new Set(docs.map((e) => e.doc.data.slug))) {
      const own = docs.filter((e) => e.doc.data.slug === slug).map((e) => x(moment(e)));
      if (own.length > 1) spans.push({ x1: Math.min(...own), x2: Math.max(...own), y, kind });
    }
  }

  // Events: one mark per sentence and date, stacked upwards where they crowd.
  const seen = new Set<string>();
  const events = entries.filter((e) => {
    const key = JSON.stringify([e.href, e.date, e.until]);
    return e.type === 'event' && !seen.has(key) && Boolean(seen.add(key));
  });
  const eventLaneY = kinds.length * DOCUMENT_LANE;
  if (perMonth) {
    // One row of marks, the largest no higher than two rows of single ones.
    const eventLaneHeight = LABEL + 2 * EVENT_STEP + 12;
    if (events.length) lanes.push({ label: 'Gebeurtenissen', y: eventLaneY, height: eventLaneHeight });
    const months = byPeriod(events);
    const most = Math.max(...months.map(([, list]) => list.length));
    for (const [key, list] of months)
      marks.push({
        x: x(moment({ date: key, until: null, precision: key.length === 4 ? 'year' : 'month' })),
        y: eventLaneY + LABEL + EVENT_STEP + 6,
        kind: list[0]!.doc.data.kind,
        type: 'event',
        exact: key.length > 4,
        href: periodHref!(key) ?? list[0]!.href,
        label: `Gebeurtenissen, ${key.length === 4 ? `ergens in ${key}` : formatDutchPartialDate(key)}: ${list.length}`,
        size: sizeOf(list.length, most),
      });
    return finish(first, last, x, lanes, spans, marks, perMonth);
  }
  const xs = events.map((e) => x(moment(e)));
  const rows = dodge(xs, EVENT_GAP);
  const eventRows = Math.max(1, ...rows.map((r) => r + 1));
  const eventLaneHeight = LABEL + eventRows * EVENT_STEP + 12;
  if (events.length) lanes.push({ label: 'Gebeurtenissen', y: eventLaneY, height: eventLaneHeight });
  events.forEach((e, i) => {
    marks.push({
      x: xs[i]!,
      y: eventLaneY + eventLaneHeight - 8 - rows[i]! * EVENT_STEP,
      kind: e.doc.data.kind,
      type: 'event',
      exact: e.precision === 'day',
      href: e.href,
      label: `Gebeurtenis, ${formatDutchPartialDate(e.date, e.until)}: ${shorten(e.text)} (uit: ${displayTitle(e.doc.data)})`,
      size: 1,
    });
  });
  return finish(first, last, x, lanes, spans, marks, perMonth);
}

/** The chart's height and year bands around its lanes and marks. */
function finish(
  first: number,
  last: number,
  x: ReturnType<typeof scaleUtc<number>>,
  lanes: ChartLane[],
  spans: TimelineChart['spans'],
  marks: ChartMark[],
  perMonth: boolean,
): TimelineChart {
  const plotHeight = lanes.reduce((sum, lane) => sum + lane.height, 0);
  const bands = utcYear.range(new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))).map((start) => ({
    year: start.getUTCFullYear(),
    x: x(start),
    width: x(utcYear.offset(start, 1)) - x(start),
  }));
  return { height: plotHeight + AXIS, lanes, first, last, years: bands, spans, marks, perMonth };
}
