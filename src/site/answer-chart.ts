// Every answer's days against the 21-day term, by the year the answer arrived:
// computed once at build time with d3-scale, so that /beantwoording/ ships a plain
// SVG of links (each mark leads to its paper) and needs no JavaScript.
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatDutchDate } from '../lib/printed-dates.ts';
import { ANSWER_TERM_DAYS } from './answer-clock.ts';
import type { DocumentFrontmatter } from '../schema/document.ts';
import type { TimedAnswer } from './answer-times.ts';
import { headline } from './headline.ts';

export interface AnswerMark {
  /** Across the plot, in per cent: the SVG stretches to the page while marks keep their size. */
  x: number;
  /** Down from the top, in pixels. */
  y: number;
  days: number;
  withinTerm: boolean;
  slug: string;
  label: string;
}

export interface AnswerChart {
  height: number;
  plotTop: number;
  plotBottom: number;
  /** Where the term of 21 days runs. */
  termY: number;
  ticks: { y: number; days: number }[];
  years: { year: number; x: number; width: number }[];
  marks: AnswerMark[];
}

const HEIGHT = 260;
const TOP = 12;
const AXIS = 26;
/** Per cent kept free on the left for the day labels. */
const LEFT = 7;
/** Pixels to a tenth: finer tells the eye nothing and only lengthens the page. */
const round = (n: number) => Math.round(n * 10) / 10;

export function answerChart(answers: readonly TimedAnswer<DocumentFrontmatter>[]): AnswerChart {
  const yearOf = (a: TimedAnswer<DocumentFrontmatter>) => Number(a.doc.dates.beantwoord!.slice(0, 4));
  const years = [...new Set(answers.map(yearOf))].sort((a, b) => a - b);
  const x = scaleBand<number>().domain(years).range([LEFT, 100]).paddingInner(0.1).paddingOuter(0.05);
  const maxDays = Math.max(ANSWER_TERM_DAYS, ...answers.map((a) => a.clock.days));
  const plotBottom = HEIGHT - AXIS;
  const y = scaleLinear().domain([0, maxDays]).nice().range([plotBottom, TOP]);
  const marks: AnswerMark[] = [];
  for (const year of years) {
    // Within a year, side by side in order of days, so that no mark hides another.
    const inYear = answers
      .filter((a) => yearOf(a) === year)
      .sort((a, b) => a.clock.days - b.clock.days || a.doc.slug.localeCompare(b.doc.slug));
    inYear.forEach((a, i) => {
      marks.push({
        x: x(year)! + (x.bandwidth() * (i + 1)) / (inYear.length + 1),
        y: round(y(a.clock.days)),
        days: a.clock.days,
        withinTerm: a.clock.withinTerm,
        slug: a.doc.slug,
        label: `${headline(a.doc)}: beantwoord na ${a.clock.days} dagen (ingezonden ${formatDutchDate(a.doc.dates.ingezonden!)}, ontvangen ${formatDutchDate(a.doc.dates.beantwoord!)}), ${a.clock.withinTerm ? 'binnen' : 'buiten'} de termijn van 3 weken`,
      });
    });
  }
  return {
    height: HEIGHT,
    plotTop: TOP,
    plotBottom,
    termY: round(y(ANSWER_TERM_DAYS)),
    ticks: y.ticks(5).map((days) => ({ y: round(y(days)), days })),
    years: years.map((year) => ({ year, x: x(year)!, width: x.bandwidth() })),
    marks,
  };
}
