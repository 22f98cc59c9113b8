// Dated expressions in Dutch prose, resolved against the document's own date:
// "op 30 augustus 2016", "4 en 5 maart jl.", "op 16 februari a.s.",
// "In september 2015", "vorig jaar". A year alone is not a date.
import { DUTCH_MONTHS, parseDutchDate } from './printed-dates.ts';

export type Precision = 'day' | 'month' | 'year';

export interface DateExpression {
  start: number;
  end: number;
  text: string;
  /** ISO date, "YYYY-MM" or "YYYY" per precision; null when it cannot be resolved. */
  date: string | null;
  /** Last day of a range ("4 en 5 maart" → the 5th), else null. */
  until: string | null;
  precision: Precision;
  /** Why it could not be resolved, when date is null. */
  problem: string | null;
}

export interface ReferenceDate {
  /** The document's own date (answer or letter), when known. */
  date: string | null;
  /** A date the document's own date is known to follow (the questions' submission), when its own date is unknown. */
  after: string | null;
}

const MONTHS = DUTCH_MONTHS;
const MONTH = `(${MONTHS.join('|')})`;
const DAY_DATE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:\s*(?:en|t/m|tot en met|–|-)\s*(\d{1,2}))?\s+${MONTH}(?:,?\s+(\d{4}))?(?:\s+(jl\.|a\.s\.))?(?![\p{L}\p{N}])`,
  'giu',
);
const MONTH_DATE = new RegExp(String.raw`\b(?:in|sinds|vanaf|per|eind|begin|medio|van)\s+${MONTH}\s+(\d{4})\b`, 'giu');
const RELATIVE_YEAR = /\b(vorig|dit|volgend|komend) jaar\b/gi;
/** Dates that are the paper's own metadata, not events it reports. */
const OWN_DATE = /\((?:ingezonden|ontvangen)\b[^)]*\)/g;

const pad = (n: number) => String(n).padStart(2, '0');

export function findDates(text: string, reference: ReferenceDate): DateExpression[] {
  const skip = [...text.matchAll(OWN_DATE)].map((m) => [m.index, m.index + m[0].length] as const);
  const inside = (i: number) => skip.some(([a, b]) => i >= a && i < b);
  const found: DateExpression[] = [];

  for (const m of text.matchAll(DAY_DATE)) {
    if (inside(m.index)) continue;
    const [, day, lastDay, monthName, year, relative] = m;
    const month = MONTHS.indexOf(monthName!.toLowerCase()) + 1;
    const base = { start: m.index, end: m.index + m[0].length, text: m[0], precision: 'day' as const };
    let resolvedYear: number | null = year ? Number(year) : null;
    let problem: string | null = null;
    if (!resolvedYear && relative) {
      resolvedYear = resolveRelative(
        month,
        Number(day),
        relative.toLowerCase() === 'jl.' ? 'past' : 'future',
        reference,
      );
      if (!resolvedYear) problem = `"${relative}" needs the document's date, which is unknown`;
    } else if (!resolvedYear) problem = 'no year and no "jl." or "a.s."';
    const iso = (d: string) => (resolvedYear ? parseDutchDate(`${d} ${monthName} ${resolvedYear}`) : null);
    const date = iso(day!);
    found.push({
      ...base,
      date,
      until: lastDay ? iso(lastDay) : null,
      problem: date ? null : (problem ?? 'not a calendar date'),
    });
  }
  for (const m of text.matchAll(MONTH_DATE)) {
    if (inside(m.index) || found.some((f) => m.index < f.end && f.start < m.index + m[0].length)) continue;
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      date: `${m[2]}-${pad(month)}`,
      until: null,
      precision: 'month',
      problem: null,
    });
  }
  for (const m of text.matchAll(RELATIVE_YEAR)) {
    const base = reference.date ?? reference.after;
    const shift = { vorig: -1, dit: 0, volgend: 1, komend: 1 }[
      m[1]!.toLowerCase() as 'vorig' | 'dit' | 'volgend' | 'komend'
    ];
    const year = base ? Number(base.slice(0, 4)) + shift : null;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      date: year ? String(year) : null,
      until: null,
      precision: 'year',
      problem: year ? null : "the document's year is unknown",
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * "jl." (laatstleden) is the last such day on or before the document's date,
 * "a.s." (aanstaande) the next one on or after it. When the document's own date
 * is unknown (an answer whose date is not printed) but known to fall after a
 * date, it is taken to fall within half a year after it: the expression is
 * resolved only when every date in that window gives the same day.
 */
function resolveRelative(
  month: number,
  day: number,
  direction: 'past' | 'future',
  reference: ReferenceDate,
): number | null {
  const key = (y: number) => `${y}-${pad(month)}-${pad(day)}`;
  const yearFor = (documentDate: string) => {
    const year = Number(documentDate.slice(0, 4));
    if (direction === 'past') return key(year) <= documentDate ? year : year - 1;
    return key(year) >= documentDate ? year : year + 1;
  };
  if (reference.date) return yearFor(reference.date);
  if (!reference.after) return null;
  const end = new Date(`${reference.after}T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() + 6);
  const first = yearFor(reference.after);
  return first === yearFor(end.toISOString().slice(0, 10)) ? first : null;
}
