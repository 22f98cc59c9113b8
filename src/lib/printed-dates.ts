// Dutch dates as printed in the papers ("19 september 2017") ↔ ISO dates.
// Per-function entry points: the package's index loads hundreds of modules (every
// function and locale), which costs each conversion worker seconds at start-up.
import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { nl } from 'date-fns/locale/nl';

const REFERENCE = new Date(2000, 0, 1);

/** "januari" … "december", from date-fns's Dutch locale: the month names the papers print. */
export const DUTCH_MONTHS: readonly string[] = Array.from({ length: 12 }, (_, i) => nl.localize.month(i as 0));

/** "19 september 2017" → "2017-09-19"; null when the text is not a real Dutch date. */
export function parseDutchDate(text: string): string | null {
  const normalised = text.trim().replace(/\s+/g, ' ').toLowerCase();
  const date = parse(normalised, 'd MMMM yyyy', REFERENCE, { locale: nl });
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}

// Pages print the same few thousand dates over and over, and date-fns parses each
// one afresh: a site of 5,000 documents spent seconds on it.
const printedDates = new Map<string, string>();

/** "2017-09-19" → "19 september 2017". */
export function formatDutchDate(iso: string): string {
  let printed = printedDates.get(iso);
  if (printed === undefined) {
    printed = format(parse(iso, 'yyyy-MM-dd', REFERENCE), 'd MMMM yyyy', { locale: nl });
    printedDates.set(iso, printed);
  }
  return printed;
}

/**
 * The parliamentary year (vergaderjaar) a date falls in. It starts on the third
 * Tuesday of September (Prinsjesdag); dates in September are left unknown
 * rather than guessed, since the boundary moves.
 */
export function parliamentaryYearOf(iso: string): string | null {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  if (month === 9) return null;
  return month > 9 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

/** A timeline date at its precision: "19 september 2017", "september 2015", "2016"; a range as "4–5 maart 2024". */
export function formatDutchPartialDate(date: string, until: string | null = null): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return format(parse(date, 'yyyy-MM', REFERENCE), 'MMMM yyyy', { locale: nl });
  if (!until || until === date) return formatDutchDate(date);
  const [from, to] = [parse(date, 'yyyy-MM-dd', REFERENCE), parse(until, 'yyyy-MM-dd', REFERENCE)];
  if (from.getFullYear() === to.getFullYear() && from.getMonth() === to.getMonth())
    return `${from.getDate()}–${format(to, 'd MMMM yyyy', { locale: nl })}`;
  return `${formatDutchDate(date)} – ${formatDutchDate(until)}`;
}
