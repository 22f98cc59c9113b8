// Readers' names for parliamentary papers and dossiers, from their official ids.

/** "kst-28638-240" → "Kamerstuk 28 638, nr. 240"; "ah-tk-20162017-2667" → "Aanhangsel Handelingen 2016–2017, nr. 2667". */
export function paperTitle(paper: string): string {
  const kst = /^kst-(\d+)(?:-([IVXLC]+))?-(\d+)$/.exec(paper);
  if (kst) return `Kamerstuk ${dossierLabel(kst[1]!)}${kst[2] ? ` ${kst[2]}` : ''}, nr. ${kst[3]}`;
  const ah = /^ah-tk-(\d{4})(\d{4})-(\d+)$/.exec(paper);
  if (ah) return `Aanhangsel Handelingen ${ah[1]}–${ah[2]}, nr. ${ah[3]}`;
  return paper;
}

/** "28638" → "28 638", "36410-VI" → "36 410 VI". */
export function dossierLabel(dossier: string): string {
  const [number, sub] = dossier.split('-');
  const spaced = number!.length === 5 ? `${number!.slice(0, 2)} ${number!.slice(2)}` : number!;
  return sub ? `${spaced} ${sub}` : spaced;
}
