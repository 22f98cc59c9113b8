// What cleaning dropped and decided, as counts for the frontmatter: the Verantwoording
// reports them per document, and reading them there spares the site cleaning every
// source again (at 5,000 documents a third of the site's own build).
import type { DocumentFrontmatter } from '../../schema/document.ts';
import type { CleanDocument } from '../types.ts';

type CleaningSummary = DocumentFrontmatter['cleaning'];

/** Most first, then by name: one order whatever order the rules ran in. */
const byCountThenName = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

export function cleaningSummary(cleaned: CleanDocument): CleaningSummary {
  const furniture = new Map<string, number>();
  for (const { rule } of cleaned.furniture) furniture.set(rule, (furniture.get(rule) ?? 0) + 1);
  const hyphens = new Map<string, { kept: number; joined: number }>();
  for (const { evidence, result } of cleaned.hyphenation) {
    const counts = hyphens.get(evidence) ?? { kept: 0, joined: 0 };
    // A kept hyphen is still in the word; a joined one is gone.
    if (result.includes('-')) counts.kept++;
    else counts.joined++;
    hyphens.set(evidence, counts);
  }
  return {
    lines: cleaned.lines.length,
    furniture: [...furniture].sort(byCountThenName).map(([rule, lines]) => ({ rule, lines })),
    pageFootnotes: cleaned.footnotes.length,
    hyphens: [...hyphens]
      .map(([evidence, counts]): [string, number, typeof counts] => [evidence, counts.kept + counts.joined, counts])
      .sort((a, b) => byCountThenName([a[0], a[1]], [b[0], b[1]]))
      .map(([evidence, , counts]) => ({ evidence, ...counts })),
  };
}
