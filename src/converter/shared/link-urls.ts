// URLs and e-mail addresses as printed → explicit links. The footnotes stage does this while it first
// turns text into inlines, and tests build inline content with it; it lives here, not in a stage's
// folder, so that no stage imports another's internals.
import type { Cut } from './inlines.ts';
import { cutInlines } from './inlines.ts';
import type { Inline } from '../types.ts';

/**
 * A URL or e-mail address as printed; trailing sentence punctuation is not part of it.
 * An address starts only where a run of its letters starts (the lookbehind): tried at
 * every letter of a long run, as it would be without, "12345…@" takes quadratic time.
 */
const URL = /(?:https?:\/\/|www\.)[^\s<>"«»]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/** Sentence punctuation after a URL; starts only at the start of a run, for the same reason. */
const TRAILING_PUNCTUATION = /(?<![.,;:!?)\]’”'»])[.,;:!?)\]’”'»]+$/;
/** What every URL or e-mail address contains: most texts have none, and the full pattern is slow to fail. */
const MAYBE_URL = /:\/\/|www\.|@/;

/** Plain text with its URLs and e-mail addresses made explicit links. */
export function linkify(text: string): Inline[] {
  return cutInlines(text, urlCuts(text));
}

/** Where the text's URLs and e-mail addresses stand, each as the link it becomes. */
export function urlCuts(text: string): Cut[] {
  if (!MAYBE_URL.test(text)) return [];
  return [...text.matchAll(URL)].map((m) => {
    const printed = m[0].replace(TRAILING_PUNCTUATION, (tail) => {
      // Keep a closing bracket that closes one opened inside the URL.
      const opens = (m[0].match(/\(/g) ?? []).length;
      return opens > 0 && tail.startsWith(')') ? `)${tail.slice(1).replace(/.*/, '')}` : '';
    });
    const email = /^[\w.+-]+@/.test(printed);
    const url = printed.startsWith('www.') ? `https://${printed}` : email ? `mailto:${printed}` : printed;
    return { start: m.index, end: m.index + printed.length, inline: { type: 'link', url, text: printed } };
  });
}
