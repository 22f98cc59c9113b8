// The timeline's list in pages of bounded length, like the document lists (list-pages.ts):
// page 1 at the filter's own URL, with the chart; page N at …/pagina/N/. A year or month
// is found on the page where it starts, which the chart and the year links point to.
import { siteSettings } from '../lib/options.ts';
import { listPagePath, listPages, type ListPage } from './list-pages.ts';
import { TIMELINE_YEARS, timelineItems, yearOf, type TimelineEntry, type TimelineItem } from './timeline.ts';

/** Lines per page (KD_TIMELINE_PAGE_SIZE): a line is about 600 bytes, an event's quoted sentences included. */
export const timelinePageSize = (): number => siteSettings().timelinePageSize;

/** Whether a date falls within the timeline's years, 2012–2024. */
export const inTimelinePeriod = (item: Pick<TimelineItem, 'date'>) => TIMELINE_YEARS.includes(yearOf(item.date));

// Built once per list of entries: the chart, the year links and the page itself all read them.
const pagesOf = new WeakMap<readonly TimelineEntry[], ListPage<TimelineItem>[]>();

/** The lines of a filter's timeline in reading order (2012–2024, then those outside), cut into pages. */
export function timelinePages(entries: readonly TimelineEntry[]): ListPage<TimelineItem>[] {
  let pages = pagesOf.get(entries);
  if (!pages) {
    const items = timelineItems(entries);
    pages = listPages(
      [...items.filter(inTimelinePeriod), ...items.filter((i) => !inTimelinePeriod(i))],
      timelinePageSize(),
    );
    pagesOf.set(entries, pages);
  }
  return pages;
}

/** The path below the base of page `number` of a filter's timeline: "tijdlijn/", "tijdlijn/soort/brief/pagina/2/". */
export const timelinePagePath = (filterPath: string, number: number) =>
  listPagePath(`tijdlijn/${filterPath ? `${filterPath}/` : ''}`, number);

/** The id of the heading a year ("2015") or month ("2015-05") of the list has. */
export const periodId = (key: string) => (key.length === 4 ? `jaar-${key}` : `maand-${key}`);

/** The list line's month, or its year when its date says no more. */
export const periodOf = (item: Pick<TimelineItem, 'date' | 'precision'>) =>
  item.precision === 'year' ? item.date.slice(0, 4) : item.date.slice(0, 7);

/** The id of the section that lists the dates outside 2012–2024. */
export const OUTSIDE_PERIOD_ID = 'buiten-periode';

// Built once per list of entries: every page of a filter's timeline links each of these years.
const yearsOf = new WeakMap<readonly TimelineEntry[], number[]>();

/** The years of 2012–2024 the list has a line in. */
export function yearsWithLines(entries: readonly TimelineEntry[]): number[] {
  let years = yearsOf.get(entries);
  if (!years) {
    const found = new Set(
      timelinePages(entries).flatMap((p) => p.items.filter(inTimelinePeriod).map((i) => yearOf(i.date))),
    );
    years = TIMELINE_YEARS.filter((year) => found.has(year));
    yearsOf.set(entries, years);
  }
  return years;
}

// Built once per list of entries: the page each year and month of it starts on.
const startsOf = new WeakMap<readonly TimelineEntry[], Map<string, number>>();

/** The page each year ("2015") and month ("2015-05") of the list starts on. */
function startPages(entries: readonly TimelineEntry[]): Map<string, number> {
  let starts = startsOf.get(entries);
  if (!starts) {
    starts = new Map();
    for (const page of timelinePages(entries))
      for (const item of page.items)
        for (const key of [item.date.slice(0, 4), periodOf(item)]) if (!starts.has(key)) starts.set(key, page.number);
    startsOf.set(entries, starts);
  }
  return starts;
}

/**
 * The page a year or month of the list starts on, as a path below the base with the heading's id
 * ("tijdlijn/pagina/3/#maand-2015-05"); a period outside 2012–2024 leads to the section that lists
 * those dates, on the page with its first line. Null when the list has no line in it.
 */
export function periodPath(entries: readonly TimelineEntry[], filterPath: string, key: string): string | null {
  const page = startPages(entries).get(key);
  if (page === undefined) return null;
  const id = inTimelinePeriod({ date: key }) ? periodId(key) : OUTSIDE_PERIOD_ID;
  return `${timelinePagePath(filterPath, page)}#${id}`;
}
