// Lays text out as a PDF text extract: pages of a fixed number of lines, the
// notes whose markers stand on a page printed at its bottom ("1 Zembla, …"),
// page furniture (running footer, letter page headers), and each new page's
// first line indented by a space, as the seeds show it.
import { wrap, type WrapOptions } from './wrap.ts';

export interface PdfLayout extends WrapOptions {
  pageLines: number;
  runningFooter?: ((page: number) => string) | undefined;
  /** Furniture at the top of every page after the first (a letter's "Pagina 2 van 5", "Datum", …). */
  pageHeader?: (page: number) => string[];
  /** Furniture at the bottom of the first page (a letter's sidebar). */
  firstPageFooter?: string[];
  /** Letters from Word via PDF: an empty line after every line, paragraphs apart by a line of one space. */
  doubleSpaced?: boolean;
}

interface Note {
  number: number;
  text: string;
}

/** Stands for "the total number of pages" until the last page is known. */
export const PAGE_COUNT = '\uE001';
const MARKER = '\uE000';

export class PdfPages {
  private readonly lines: string[] = [];
  private page: string[] = [];
  private notes: Note[] = [];
  private pageNumber = 1;
  private nextNote = 1;
  /** Text since the last note marker: where the converter looks for the next one. */
  private sinceMarker = '';

  private readonly layout: PdfLayout;

  constructor(layout: PdfLayout) {
    this.layout = layout;
  }

  /** A line printed as it is (a label, a heading). */
  line(text: string): void {
    this.add(text);
    this.sinceMarker += ` ${text}`;
    if (this.layout.doubleSpaced) this.page.push('');
  }

  /** A line exactly as given, with no page logic (the top of the first page). */
  raw(text: string): void {
    this.page.push(text);
  }

  /** Lines printed as they are, one after the other (a signature). */
  block(texts: string[]): void {
    for (const text of texts) this.add(text);
    this.gap();
  }

  /** A paragraph, wrapped; `notes` are footnote texts whose markers go after its sentence ends, in order. */
  paragraph(text: string, notes: string[] = [], hyphenate = this.layout.hyphenate): void {
    const marked = this.placeMarkers(text, notes);
    const lines = wrap(marked.text, { ...this.layout, hyphenate });
    let next = 0;
    lines.forEach((l, i) => {
      const count = l.split(MARKER).length - 1;
      this.add(l.replaceAll(MARKER, ''), marked.notes.slice(next, next + count));
      next += count;
      if (this.layout.doubleSpaced && i < lines.length - 1) this.page.push('');
    });
    this.gap();
  }

  /** The blank space between paragraphs. */
  gap(): void {
    if (this.layout.doubleSpaced) this.page.push('', ' ', '');
    else this.page.push('');
  }

  /** The text so far, with the last page closed. */
  finish(): string {
    this.closePage(true);
    return `${this.lines.join('\n')}\n`.replaceAll(PAGE_COUNT, String(this.pageNumber - 1));
  }

  /** How many notes have been placed. */
  get noteCount(): number {
    return this.nextNote - 1;
  }

  get length(): number {
    return this.lines.reduce((n, l) => n + l.length + 1, 0) + this.page.reduce((n, l) => n + l.length + 1, 0);
  }

  private add(text: string, notes: Note[] = []): void {
    // Never close a page after a broken word: the converter joins it, but across the notes the fidelity check reads two words.
    if (this.page.length + this.notes.length >= this.layout.pageLines && !this.page.at(-1)?.endsWith('-'))
      this.closePage(false);
    if (this.page.length === 0 && this.pageNumber > 1) {
      const header = this.layout.pageHeader?.(this.pageNumber);
      if (header) this.page.push(...header);
      else text = ` ${text}`;
    }
    this.page.push(text);
    this.notes.push(...notes);
  }

  private closePage(last: boolean): void {
    while (this.page.at(-1)?.trim() === '') this.page.pop();
    this.lines.push(...this.page);
    if (this.notes.length) {
      this.lines.push('');
      for (const note of this.notes)
        this.lines.push(...wrap(`${note.number} ${note.text}`, { ...this.layout, hyphenate: false }));
    }
    if (this.pageNumber === 1 && this.layout.firstPageFooter) this.lines.push('', ...this.layout.firstPageFooter);
    const footer = this.layout.runningFooter?.(this.pageNumber);
    if (footer) this.lines.push('', footer);
    if (!last) this.lines.push('', '');
    this.page = [];
    this.notes = [];
    this.pageNumber++;
  }

  /**
   * Glues note numbers to sentence ends ("…staan?1"), skipping a note when the
   * converter would find its number earlier in the text than the marker.
   */
  private placeMarkers(text: string, texts: string[]): { text: string; notes: Note[] } {
    const notes: Note[] = [];
    const ends = [...text.matchAll(/(?<=\p{Ll}{2}[.?!])(?=\s+\p{Lu}|$)/gu)].map((m) => m.index);
    let since = this.sinceMarker;
    let out = '';
    let at = 0;
    for (const noteText of texts) {
      const end = ends.find((e) => e > at);
      if (end === undefined) break;
      const number = this.nextNote;
      const before = text.slice(at, end);
      if (new RegExp(`(?<=[\\p{L}.?!,;:»”’)"'])${number}(?![\\p{L}\\p{N}])`, 'u').test(since + before)) break;
      out += `${before}${number}${MARKER}`;
      at = end;
      since = '';
      notes.push({ number, text: noteText });
      this.nextNote++;
    }
    this.sinceMarker = `${since} ${text.slice(at)}`;
    return { text: out + text.slice(at), notes };
  }
}
