// Joining wrapped lines: a URL goes on across a line break only where the line was wrapped inside it.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDutchSpeller, type SpellChecker } from '../shared/speller.ts';
import type { SourceLine } from '../types.ts';
import { buildVocabulary } from './hyphenation.ts';
import { appendLine, startText } from './join.ts';

let speller: SpellChecker;
beforeAll(async () => {
  speller = await loadDutchSpeller();
});

/** The running text of the lines, joined as the clean stage joins a block or a footnote. */
function joined(texts: string[]): string {
  const lines: SourceLine[] = texts.map((text, i) => ({ text, line: i + 1 }));
  const context = { vocabulary: buildVocabulary(texts), speller, decisions: [] };
  const running = startText(lines[0]!);
  for (const line of lines.slice(1)) appendLine(running, line, context);
  return running.text;
}

describe('appendLine', () => {
  it('joins a URL wrapped without a hyphen', () => {
    expect(joined(['Zembla (https://www.npo.nl/zembla/13-09-2017/', 'BV_101384737).'])).toBe(
      'Zembla (https://www.npo.nl/zembla/13-09-2017/BV_101384737).',
    );
  });
  it('joins a URL printed without scheme or www, wrapped after a hyphen of its own', () => {
    expect(joined(['(regiopurmerend.nl/2024/05/03/tieners-13-en-14-weer-', 'vrijgelaten-na-verdenking/).'])).toBe(
      '(regiopurmerend.nl/2024/05/03/tieners-13-en-14-weer-vrijgelaten-na-verdenking/).',
    );
  });
  it('ends a URL that the source prints a space after: the next line is text of its own', () => {
    // docx2txt prints each Word footnote on one line, unnumbered, with the space that ends it (beantwoording-2023Z16994).
    expect(
      joined([
        ' Argos, 27 september, 2023, www.vpro.nl/argos/2023/het-laatste-kwartier-van-sammy.html ',
        ' vng.nl/sites/default/files/2021-09/handelingskader.pdf ',
      ]),
    ).toBe(
      'Argos, 27 september, 2023, www.vpro.nl/argos/2023/het-laatste-kwartier-van-sammy.html vng.nl/sites/default/files/2021-09/handelingskader.pdf',
    );
  });
  it('goes on with the sentence after a URL and a plain word', () => {
    expect(joined(['zie www.rijksoverheid.nl/documenten', 'voor meer'])).toBe(
      'zie www.rijksoverheid.nl/documenten voor meer',
    );
  });
});
