// Printing while a block is the target (#vraag-3) prints that block alone (Block.astro), headed by its own
// citation and permalink. The line is made for the target only, not written into every block, and moves
// when the target does. Without JavaScript the document's citation heads the block instead.
import { blockCitation } from './block-citation.ts';

function printCitationForTarget(): void {
  document.querySelector('.block > .print-citation')?.remove();
  // The hash, not :target, which a browser may set only after the page's scripts have run.
  const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const block = target ? target.parentElement : null;
  const citation = block && blockCitation(block);
  if (!block || !citation) return;
  const line = document.createElement('p');
  line.className = 'print-citation';
  line.dataset.ui = '';
  line.textContent = `${citation.cited} — ${citation.url}`;
  block.prepend(line);
}

/** Heads the targeted block with its citation line, now and after every change of the hash. */
export function followTargetForPrint(): void {
  printCitationForTarget();
  window.addEventListener('hashchange', printCitationForTarget);
}
