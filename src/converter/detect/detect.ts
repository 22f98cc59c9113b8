// Stage 2 of 11: recognise what kind of paper this is and how it was exported.
// A paper of no known kind is 'overig': never refused, its words are all there.
import type { DocumentKind } from '../../schema/document.ts';
import { parseLabel } from '../shared/label-lines.ts';
import type { DetectedDocument, Layout, SourceDocument } from '../types.ts';

export function detectDocument(source: SourceDocument, declaredKind?: DocumentKind): DetectedDocument {
  const layout = detectLayout(source);
  const kind = declaredKind ?? detectKind(source);
  return { ...source, kind, layout };
}

/** Word exports carry `[footnoteRef:N]` markers or put whole paragraphs on one line; PDF extracts wrap at ~90 characters. */
export function detectLayout(source: SourceDocument): Layout {
  if (source.lines.some((l) => l.text.includes('[footnoteRef:'))) return 'word';
  const lengths = source.lines
    .map((l) => l.text.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return median > 150 ? 'word' : 'pdf';
}

export function detectKind(source: SourceDocument): DocumentKind {
  const texts = source.lines.map((l) => l.text.trim());
  const labels = texts.map(parseLabel);
  const numberedQuestions = labels.filter((l) => l?.type === 'question').length;
  const numberedAnswers = labels.filter((l) => l?.type === 'answer' && l.numbers !== null).length;
  const bareAnswers = labels.filter((l) => l?.type === 'answer' && l.numbers === null).length;
  const fractieQuestions = texts.filter((t) => /^De leden van de \S+-fractie/.test(t)).length;
  const opening = texts.find((t) => t !== '') ?? '';

  // Kamervragen: "Vragen van het lid …" / "Vragen van de leden …" and numbered questions.
  if (numberedQuestions > 0 && (numberedAnswers > 0 || /^Vragen van (het lid|de leden)\b/.test(opening)))
    return 'kamervragen';
  // Schriftelijk overleg: fracties' questions, each followed by "Antwoord:".
  if (bareAnswers > 0 && fractieQuestions > 0) return 'schriftelijk-overleg';
  // Brief: a salutation to the Kamer, or a letterhead with "Pagina 1 van N".
  if (
    texts.some((t) => /^Geachte (Voorzitter|voorzitter)\b/.test(t)) ||
    texts.some((t) => /^Pagina 1 van \d+$/.test(t))
  )
    return 'brief';

  // None of these: published as a plain document rather than refused, as every word was read
  // (a motie, a Handelingen item, a BNC-fiche); the metadata stage says so in the build report.
  return 'overig';
}
