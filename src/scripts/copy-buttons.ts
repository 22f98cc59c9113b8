// Copy buttons in a "Citeer" box: an enhancement, made only when the clipboard can be used and only for a
// box that is opened. Each copies the citation or permalink shown before it in its row. They are not in the
// HTML: a document page has a box for every question and answer.

const copyLabels: Record<string, string> = {
  Kamerstuk: 'Kopieer de verwijzing',
  APA: 'Kopieer de APA-verwijzing',
  Permalink: 'Kopieer de permalink',
};

/** Adds a copy button to each row of the box that has none yet. */
export function addCopyButtons(box: HTMLDetailsElement): void {
  if (!navigator.clipboard) return;
  for (const row of box.querySelectorAll<HTMLElement>(':scope > dl > dd')) {
    const shown = row.querySelector('.cite-text, a');
    const label = copyLabels[row.previousElementSibling?.textContent ?? ''];
    if (!shown || !label || row.querySelector('button.copy')) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy';
    button.setAttribute('aria-label', label);
    button.textContent = 'Kopieer';
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(shown.textContent ?? '');
      button.textContent = 'Gekopieerd';
      setTimeout(() => (button.textContent = 'Kopieer'), 2000);
    });
    row.append(' ', button);
  }
}

/** Runs `onOpen` for each box now open and whenever one opens. */
export function whenOpened(boxes: Iterable<HTMLDetailsElement>, onOpen: (box: HTMLDetailsElement) => void): void {
  for (const box of boxes) {
    if (box.open) onOpen(box);
    box.addEventListener('toggle', () => box.open && onOpen(box));
  }
}
