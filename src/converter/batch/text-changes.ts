// The build report of a document's text changes: how many of each rule, in
// one line ("file: normalised 3 × c1-bullet, 2 × spacing-diacritic; split 5 glued words").
import type { TextChange, TextChangeRule } from '../types.ts';

export type TextChangeCounts = Partial<Record<TextChangeRule, number>>;

const SPLITS: ReadonlySet<TextChangeRule> = new Set(['glued-case', 'glued-sentence', 'glued-number', 'glued-words']);

export function countTextChanges(changes: readonly TextChange[]): TextChangeCounts {
  const counts: TextChangeCounts = {};
  for (const c of changes) counts[c.rule] = (counts[c.rule] ?? 0) + 1;
  return counts;
}

/** One report line, or null when nothing was changed. */
export function describeTextChanges(file: string, counts: TextChangeCounts): string | null {
  const entries = (Object.entries(counts) as [TextChangeRule, number][]).sort(([a], [b]) => a.localeCompare(b));
  const normalised = entries
    .filter(([rule]) => !SPLITS.has(rule) && rule !== 'kept-line-hyphen')
    .map(([rule, n]) => `${n} × ${rule}`);
  const split = entries.filter(([rule]) => SPLITS.has(rule)).reduce((sum, [, n]) => sum + n, 0);
  const joined = counts['kept-line-hyphen'] ?? 0;
  const parts = [
    ...(normalised.length ? [`normalised ${normalised.join(', ')}`] : []),
    ...(split ? [`split ${split} glued ${split === 1 ? 'word' : 'words'}`] : []),
    ...(joined ? [`joined ${joined} kept line-break ${joined === 1 ? 'hyphen' : 'hyphens'}`] : []),
  ];
  return parts.length ? `${file}: ${parts.join('; ')}` : null;
}
