// A reader who follows a search result arrives with ?markeer=<terms>: the terms
// are marked in the text (Pagefind's highlighter), and the question or answer
// the link names is brought into view. Loaded only when the parameter is there.
import { href } from '../site/paths.ts';

export const HIGHLIGHT_PARAM = 'markeer';

export async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) return;
  const { default: PagefindHighlight } = await import(/* @vite-ignore */ href('pagefind/pagefind-highlight.js'));
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markOptions: { className: 'zoekterm', exclude: ['[data-ui]', '[data-ui] *'] },
  });
  // Marking changes no layout, but fonts and previews may have moved the target while the highlighter loaded.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}
