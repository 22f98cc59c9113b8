import { describe, expect, it } from 'vitest';
import { findDates, type ReferenceDate } from './date-expressions.ts';

const known = (date: string): ReferenceDate => ({ date, after: null });
const one = (text: string, reference = known('2017-02-13')) => {
  const found = findDates(text, reference);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findDates', () => {
  it('reads a full date with its Dutch month', () => {
    expect(one('heb ik op 30 augustus 2016 gewaarschuwd')).toMatchObject({
      date: '2016-08-30',
      precision: 'day',
      until: null,
    });
    expect(one('Per 1 januari 2013 wordt per gerecht')).toMatchObject({ date: '2013-01-01', precision: 'day' });
  });
  it('resolves "a.s." to the next such day after the document', () => {
    expect(one('Op 16 februari a.s. staat het algemeen overleg')).toMatchObject({
      date: '2017-02-16',
      precision: 'day',
    });
    expect(one('Op 10 januari a.s. staat', known('2017-02-13'))).toMatchObject({ date: '2018-01-10' });
  });
  it('resolves "jl." to the last such day before the document', () => {
    expect(one('het tweeminutendebat op 21 december jl.', known('2024-05-16'))).toMatchObject({ date: '2023-12-21' });
    expect(one('de Kamerbrief van 23 april jl.', known('2024-05-16'))).toMatchObject({ date: '2024-04-23' });
  });
  it('keeps both ends of a range', () => {
    expect(one('tijdens de JBZ-Raad van 4 en 5 maart jl.', known('2024-05-16'))).toMatchObject({
      date: '2024-03-04',
      until: '2024-03-05',
      precision: 'day',
    });
  });
  it('resolves "jl." when the answer date is unknown only if every date in the half year after the known bound agrees', () => {
    expect(
      one('Zo vond op 10 december jl. een ministeriële bijeenkomst', { date: null, after: '2024-12-10' }),
    ).toMatchObject({ date: '2024-12-10' });
    expect(one('op 21 december jl.', { date: null, after: '2024-05-16' })).toMatchObject({ date: '2023-12-21' });
    expect(one('op 10 december jl.', { date: null, after: '2024-11-21' })).toMatchObject({
      date: null,
      problem: expect.stringContaining('unknown'),
    });
  });
  it('reads month precision and relative years', () => {
    expect(one('In september 2015 heeft de minister')).toMatchObject({ date: '2015-09', precision: 'month' });
    expect(one('die ik in augustus vorig jaar publiceerde')).toMatchObject({ date: '2016', precision: 'year' });
    expect(one('dit jaar al meer dan 1.000 migranten', known('2017-11-10'))).toMatchObject({
      date: '2017',
      precision: 'year',
    });
  });
  it('reads dates inside footnotes', () => {
    expect(one('De Telegraaf, 19 november 2024, ‘Mensensmokkel via zee goudmijn’')).toMatchObject({
      date: '2024-11-19',
    });
  });
  it('does not take a year alone, a number or the paper’s own dates for an event', () => {
    expect(findDates('in de jaren 2014, 2015 en in 2016 zijn 1.000 meldingen', known('2017-02-13'))).toEqual([]);
    expect(findDates('(ingezonden 19 september 2017)', known('2017-11-10'))).toEqual([]);
  });
  it('reports what it cannot resolve instead of guessing', () => {
    expect(one('op 21 december besproken', known('2024-05-16'))).toMatchObject({
      date: null,
      problem: 'no year and no "jl." or "a.s."',
    });
  });
});
