// A letterhead's fields as the papers print them: side by side, stacked, in Word table cells,
// in a PDF column that lands mid-text; the first page's value, never a later page header's.
import { describe, expect, it } from 'vitest';
import { readLetterFields } from './letter-fields.ts';

const lines = (text: string) => text.split('\n').map((t, i) => ({ text: t, line: i + 1 }));
const read = (text: string, end?: number) => {
  const fields = readLetterFields(lines(text), end);
  return { date: fields.date?.text, subject: fields.subject?.text, kenmerk: fields.kenmerk?.text };
};

describe('the fields of a letterhead', () => {
  it('reads a label and its value on one line ("Datum 30 mei 2023", "Betreft …")', () => {
    const text =
      'Datum 30 mei 2023\nBetreft Herijkte missies van het missiegedreven innovatiebeleid\nGeachte Voorzitter,';
    expect(read(text)).toEqual({
      date: '2023-05-30',
      subject: 'Herijkte missies van het missiegedreven innovatiebeleid',
      kenmerk: undefined,
    });
  });

  it('reads a label alone with its value on the next line (a Word export)', () => {
    const text = 'Datum\n18 oktober 2023\nOnderwerp\nBeantwoording Kamervragen\nOns kenmerk\n4980892\n ';
    expect(read(text)).toEqual({ date: '2023-10-18', subject: 'Beantwoording Kamervragen', kenmerk: '4980892' });
  });

  it('reads the cells of a Word table exported as text', () => {
    const text = [
      '| Datum                                         | 26 augustus 2024 |',
      '+-----------------------------------------------+------------------+',
      '  Onderwerp                                       Beantwoording Kamervragen',
      '| Ons kenmerk  |',
      '|              |',
      '| 5164758      |',
    ].join('\n');
    expect(read(text)).toEqual({ date: '2024-08-26', subject: 'Beantwoording Kamervragen', kenmerk: '5164758' });
  });

  it('gives stacked labels their values in order ("Datum", "Onderwerp X", "1 maart 2011")', () => {
    const text = 'Datum \nOnderwerp  Draagmoederschap \n\n 1 maart 2011 \n\nDraagmoederschap is een complex onderwerp';
    expect(read(text)).toEqual({ date: '2011-03-01', subject: 'Draagmoederschap', kenmerk: undefined });
  });

  it('reads no kenmerk from "Ons kenmerk -", and joins the capitals a letter-spaced font splits', () => {
    expect(read('Ons kenmerk\n-\n ').kenmerk).toBeUndefined();
    expect(read('Kenmerk\nI E NW/BSK-2023/33017\nBijlage(n)\n4').kenmerk).toBe('IENW/BSK-2023/33017');
    expect(read('Ons kenmerk\nDGBI – I&K/ 26844711\nPagina 1 van 8').kenmerk).toBe('DGBI – I&K/ 26844711');
  });

  it('reads the kenmerk of a letterhead column that lands after the first page’s text', () => {
    const text = 'Datum 3 februari 2023\nBetreft NPCE\nGeachte voorzitter,\nMet deze brief …\nKenmerk\nIENW/BSK-2023/1';
    expect(read(text).kenmerk).toBe('IENW/BSK-2023/1');
  });

  it('continues a subject over the lines that lead to the salutation, and only those', () => {
    const wrapped =
      'Betreft Nationaal Programma Circulaire Economie 2023-2030\n(NPCE) incl. kabinetsreactie\nGeachte voorzitter,';
    expect(read(wrapped).subject).toBe(
      'Nationaal Programma Circulaire Economie 2023-2030 (NPCE) incl. kabinetsreactie',
    );
    const body =
      'Onderwerp Draagmoederschap\nDraagmoederschap is een complex onderwerp waar de samenleving zich\nbetrokken bij voelt.';
    expect(read(body).subject).toBe('Draagmoederschap');
  });

  it('takes the first page’s date, not a page header’s, and nothing below the given end', () => {
    expect(read('Datum\n16 mei 2024\nVraag 1\nDatum\n11 april 2024').date).toBe('2024-05-16');
    expect(read('Vraag 1\nDatum 11 april 2024', 1).date).toBeUndefined();
    expect(read('Datum\nonbekend').date).toBeUndefined();
  });
});
