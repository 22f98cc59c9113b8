// A question's or answer's citation and permalink, made in the browser from the document's (on its
// <article>) and the block's label and id, exactly as the server would write them: "<citation>, vraag 3"
// and "<permalink>#vraag-3". A document page has a block for every question and answer, and writing both
// into each was a fifth of the page's bytes.

export interface BlockCitation {
  cited: string;
  url: string;
}

/** The citation of a block (section.block); null for an element that is not one. */
export function blockCitation(block: Element): BlockCitation | null {
  const article = block.closest<HTMLElement>('article[data-cite-base]');
  const box = block.querySelector<HTMLElement>(':scope > details.cite[data-label]');
  const id = block.getAttribute('aria-labelledby');
  if (!block.matches('section.block') || !article || !box?.dataset.label || !id) return null;
  return { cited: `${article.dataset.citeBase}, ${box.dataset.label}`, url: `${article.dataset.citeUrl}#${id}` };
}

/** Fills a block's empty "Citeer" box with its citation and permalink, each in a row of its own. */
export function fillBlockCite(box: HTMLDetailsElement): void {
  const block = box.parentElement;
  const citation = block && blockCitation(block);
  if (!citation || box.querySelector(':scope > dl')) return;
  const list = document.createElement('dl');
  const row = (term: string, shown: HTMLElement) => {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.append(shown);
    list.append(dt, dd);
  };
  const text = document.createElement('span');
  text.className = 'cite-text';
  text.textContent = citation.cited;
  row('Kamerstuk', text);
  const link = document.createElement('a');
  link.href = citation.url;
  link.textContent = citation.url;
  row('Permalink', link);
  box.append(list);
}
