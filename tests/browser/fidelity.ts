// What the fidelity test compares: the words of a seed's body as the source
// prints them (minus the furniture the cleaner drops by named rule, with
// line-end hyphenation undone as the cleaner decided) against the words of the
// rendered page. Labels ("Vraag 1", "Antwoord:") are compared as structure, not
// text: the page renders them as its own marked UI (data-ui), so both sides leave them out.
import * as cheerio from 'cheerio';
import { diffArrays } from 'diff';
import { parseLabel } from '../../src/converter/shared/label-lines.ts';
import type { ConversionResult } from '../../src/converter/pipeline.ts';

const WORD = /[\p{L}\p{N}]+/gu;
/** Typographic characters that smart punctuation would rewrite: their counts must match exactly. */
export const TYPOGRAPHIC = /[‘’“”«»–—…'"]/g;

export interface SourceText {
  body: string[];
  footnotes: string[];
  bodyText: string;
}

export function sourceText(source: string, result: ConversionResult): SourceText {
  const lines = withTextChanges(source.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/), result.textChanges);
  const dropped = new Set(result.furniture.filter((f) => f.rule !== 'blank-lines').map((f) => f.line));
  const inFootnotes = new Set(result.footnoteLines);
  // Joined where the cleaner dropped the line-end hyphen: "CO2-uit-" / "stoot" → "CO2-uitstoot" keeps only its first hyphen.
  const joined = new Set(
    result.hyphenation.filter((h) => h.result === h.left.slice(0, -1) + h.right).map((h) => h.line),
  );
  // "verant\u00AD" / "woordelijk": a soft hyphen at a line end joins the word with the next line.
  for (const c of result.textChanges) if (c.rule === 'soft-hyphen-join') joined.add(c.line + 1);
  const body: string[] = [];
  const footnotes: string[] = [];
  let bodyText = '';
  let nextNote = 1;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (dropped.has(line) || raw.trim() === '' || parseLabel(raw) !== null) return;
    const target = inFootnotes.has(line) ? footnotes : body;
    let text = raw;
    // A page-bottom note's own number is its list number, shown by the <ol>: "1 Zembla, …", or glued (pypdf) "1NOS, …".
    if (target === footnotes && startsNote(text, nextNote)) text = text.trimStart().slice(String(nextNote++).length);
    // Word-export markup: a marker is shown as its number, a definition moves to the notes.
    text = text.replace(/\[footnoteRef:(\d+)\]/g, ' $1 ');
    const definitions = [...text.matchAll(/\[(\d+):\s+([^\]]*)\]/g)];
    for (const d of definitions) footnotes.push(...words(d[2]!));
    text = text.replace(/\[(\d+):\s+([^\]]*)\]/g, ' ');
    const tokens = words(text);
    if (target === body) bodyText += `${text}\n`;
    // "mensenhan-" / "delaren": the cleaner joined these, so the words are joined here too.
    // Footnote lines may stand between the two halves (a word cut at a page's end): the join is within the same flow.
    if (joined.has(line) && target.length && tokens.length) target.push(target.pop()! + tokens.shift()!);
    target.push(...tokens);
  });
  return { body: mergeNumbers(body), footnotes: mergeNumbers(footnotes), bodyText };
}

/** The first line of the next note starts with its number, followed by a space or glued to the text; a line led by a year is never one. */
function startsNote(text: string, number: number): boolean {
  const trimmed = text.trimStart();
  const next = trimmed.charAt(String(number).length);
  return (
    trimmed.startsWith(String(number)) &&
    next !== '' &&
    !/[,.;:)%]/.test(next) &&
    !/^(?:19|20)\d{2}(?!\d)/.test(trimmed)
  );
}

/**
 * The source lines with the converter's reported text changes applied
 * (normalised characters, split glued words, joined kept hyphens), each line's
 * from its last column back, so every change finds its text where it was reported.
 */
function withTextChanges(lines: string[], changes: ConversionResult['textChanges']): string[] {
  const byLine = new Map<number, ConversionResult['textChanges']>();
  for (const c of changes) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
  return lines.map((raw, index) => {
    let text = raw;
    const sorted = [...(byLine.get(index + 1) ?? [])].sort((a, b) => b.column - a.column);
    for (const c of sorted) {
      const at = c.column - 1;
      // A change whose text is not where it was reported is not applied: the comparison then shows the difference.
      if (text.slice(at, at + c.before.length) === c.before)
        text = text.slice(0, at) + c.after + text.slice(at + c.before.length);
    }
    return text;
  });
}

export interface PageText {
  body: string[];
  footnotes: string[];
  bodyText: string;
}

export function pageText(html: string): PageText {
  const $ = cheerio.load(html);
  const container = $('[data-document-text]');
  // Block elements end a word even where the HTML has no white space between them.
  container.find('p, li, h1, h2, h3, h4, h5, h6, section, div, dd, dt, br').after('\n');
  // A footnote marker is a word of its own on the page, as it is in a source that prints it apart.
  container.find('sup').before(' ').after(' ');
  container.find('[data-ui], .data-footnote-backref, [data-footnote-backref], #footnote-label').remove();
  const notes = container.find('section.footnotes, section[data-footnotes]');
  const footnoteText = notes
    .find('li')
    .map((_, li) => $(li).text())
    .get()
    .join('\n');
  notes.remove();
  const bodyText = container.text();
  return { body: mergeNumbers(words(bodyText)), footnotes: mergeNumbers(words(footnoteText)), bodyText };
}

/**
 * Runs of letters and digits, cut where letters meet digits: a footnote marker is a word of its own
 * whether the source glues it to the word before ("staan?1", "zit3") or prints it on its own line.
 */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).flatMap((word) => word.match(/\p{N}+|[^\p{N}]+/gu)!);
}

/** Numbers side by side are one: a marker printed glued to a year ("20241") or apart from it ("2024", "1"), on one line or the next. */
export function mergeNumbers(tokens: readonly string[]): string[] {
  const merged: string[] = [];
  for (const token of tokens) {
    if (/^\p{N}+$/u.test(token) && /^\p{N}+$/u.test(merged.at(-1) ?? '')) merged.push(merged.pop()! + token);
    else merged.push(token);
  }
  return merged;
}

export interface Fidelity {
  recall: number;
  precision: number;
  missing: string[];
  extra: string[];
}

/** Aligns the two word sequences in order (Myers diff): a word out of order counts as missing. */
export function compare(source: string[], page: string[]): Fidelity {
  const missing: string[] = [];
  const extra: string[] = [];
  let common = 0;
  for (const part of diffArrays(source, page)) {
    if (part.removed) missing.push(...part.value);
    else if (part.added) extra.push(...part.value);
    else common += part.value.length;
  }
  return {
    recall: source.length ? common / source.length : 1,
    precision: page.length ? common / page.length : 1,
    missing,
    extra,
  };
}

export function typographicCounts(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of text.match(TYPOGRAPHIC) ?? []) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
}
