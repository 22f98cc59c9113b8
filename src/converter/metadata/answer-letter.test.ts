// A ministry's Word answer file: the cover letter's "uw brief van …, nr. …" and the title line
// "Antwoorden van … op Kamervragen van het lid … over …", as docx2txt and pandoc give them.
import { describe, expect, it } from 'vitest';
import { parseAnswerLetter } from './answer-letter.ts';

// beantwoording-2023Z14759 as docx2txt gives it, shortened.
const WORD_FILE = [
  'Bij beantwoording de datum en ons kenmerk vermelden. Wilt u slechts één zaak in uw brief behandelen.',
  'In antwoord op uw brief van 7 september 2023, nr. 2023Z14759, deel ik u mede dat de vragen van het lid Wassenberg (PvdD) aan de ministers van … over … terug te brengen.',
  'de minister van Landbouw, Natuur en Voedselkwaliteit',
  'P. Adema',
  'Antwoorden van de minister van Landbouw, Natuur en Voedselkwaliteit mede namens de minister van Justitie en Veiligheid op Kamervragen lid Wassenberg (PvdD) over het gebrek aan landelijke registratie van bijtincidenten door honden.',
].join('\n');

describe('a ministry’s answer file', () => {
  it('reads the Kamer’s number and date from "uw brief van …, nr. …" and the rest from the title line', () => {
    expect(parseAnswerLetter(WORD_FILE)).toEqual({
      ingezonden: '2023-09-07',
      registration: '2023Z14759',
      questioners: [{ name: 'Wassenberg', party: 'PvdD' }],
      addressees: [],
      subject: 'het gebrek aan landelijke registratie van bijtincidenten door honden',
    });
  });

  it('takes no ministry number for the Kamer’s ("nr. 5284183"), but the date still', () => {
    const letter = parseAnswerLetter('In het antwoord op uw brief van 5 maart 2024, nr. 5284183, deel ik u mede');
    expect(letter).toMatchObject({ ingezonden: '2024-03-05', registration: null });
  });

  it('reads a title line that pandoc splits over two paragraphs, inside table rules', () => {
    const pandoc = [
      '+----------------+',
      '| | In antwoord op uw brief van 6 december 2023, nr. 2023Z19677, deel ik u mede |   | |',
      'Antwoorden van de minister van Justitie en Veiligheid op Kamervragen',
      'van de leden Temmink en Van Nispen (beiden SP) aan de minister van Justitie en Veiligheid over het feit dat het nummer in handen is van een commerciële partij.',
    ].join('\n');
    expect(parseAnswerLetter(pandoc)).toEqual({
      ingezonden: '2023-12-06',
      registration: '2023Z19677',
      questioners: [
        { name: 'Temmink', party: 'SP' },
        { name: 'Van Nispen', party: 'SP' },
      ],
      addressees: ['minister van Justitie en Veiligheid'],
      subject: 'het feit dat het nummer in handen is van een commerciële partij',
    });
  });

  it('falls back on the letterhead’s "Onderwerp Beantwoording Kamervragen van …" without a title line', () => {
    const letter = parseAnswerLetter(
      'Geen titel.',
      'Beantwoording van Kamervragen van de leden Mutluer (PvdA) en Ellemeet (GroenLinks) over een uitzending van Argos',
    );
    expect(letter).toMatchObject({
      questioners: [
        { name: 'Mutluer', party: 'PvdA' },
        { name: 'Ellemeet', party: 'GroenLinks' },
      ],
      subject: 'een uitzending van Argos',
    });
  });

  it('leaves what is not printed null', () => {
    expect(parseAnswerLetter('Geachte Voorzitter,\nHierbij ontvangt u de antwoorden.')).toEqual({
      ingezonden: null,
      registration: null,
      questioners: [],
      addressees: [],
      subject: null,
    });
  });
});
