// How the papers' people are written: a list of questioners the way the papers
// print one ("Tjeerd de Groot en Sneller (beiden D66)"), and names in the form
// citation styles need (APA "Van Dijk, J.", CSL family and given names).

export interface NamedPerson {
  name: string;
  party: string | null;
}

/** "A", "A en B", "A, B en C". */
export const dutchList = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;

/**
 * Consecutive people of one party share its bracket, as the papers print it:
 * "Jasper van Dijk (SP)", "Dral en Rajkowski (beiden VVD)", "A, B (beiden CDA) en C (Nieuw Sociaal Contract)".
 */
export function questionerList(people: readonly NamedPerson[]): string {
  const groups: { names: string[]; party: string | null }[] = [];
  for (const p of people) {
    const last = groups.at(-1);
    if (last && last.party === p.party && p.party !== null) last.names.push(p.name);
    else groups.push({ names: [p.name], party: p.party });
  }
  // One group: "A en B (beiden X)"; several: names within a group by commas, "en" only before the last group.
  const join = groups.length === 1 ? dutchList : (names: readonly string[]) => names.join(', ');
  const parts = groups.flatMap((g) => {
    if (!g.party) return g.names;
    const shared = g.names.length === 1 ? '' : g.names.length === 2 ? 'beiden ' : 'allen ';
    return [`${join(g.names)} (${shared}${g.party})`];
  });
  return dutchList(parts);
}

const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'in',
  'op',
  'la',
  'le',
  'du',
  'da',
  'di',
  'von',
  'zu',
]);

/**
 * A printed name split into given names and family name, for citation styles. The papers
 * print most members by family name only ("Sneller", "Van der Lee"); a first name is
 * printed to tell two members apart ("Jasper van Dijk", "Tjeerd de Groot"). A name that
 * starts with a particle, or has one word, is a family name only.
 */
export function splitName(name: string): { given: string | null; family: string } {
  const words = name.trim().split(/\s+/u);
  const lettered = words.every((w) => /\p{L}/u.test(w));
  if (words.length < 2 || !lettered || PARTICLES.has(words[0]!.toLowerCase()))
    return { given: null, family: name.trim() };
  const particle = words.findIndex((w, i) => i > 0 && PARTICLES.has(w));
  const cut = particle > 0 ? particle : words.length - 1;
  return { given: words.slice(0, cut).join(' '), family: words.slice(cut).join(' ') };
}

/** APA: "Van Dijk, J.", "Dettmeijer-Vermeulen, C.", "Sneller"; a Dutch particle is capitalised when it leads. */
export function apaName(name: string): string {
  const { given, family } = splitName(name);
  const surname = family.charAt(0).toUpperCase() + family.slice(1);
  if (!given) return surname;
  const initials = given
    .split(/\s+/u)
    .map((g) =>
      g
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
  return `${surname}, ${initials}`;
}

/**
 * APA 7 author lists: "A", "Van Dijk, J., & B", "A, B, & C" (up to 20 names). Of two, the comma
 * before "&" closes the first name's initials; a family name alone needs none ("Dral & Rajkowski").
 */
export function apaAuthors(names: readonly string[]): string {
  const formatted = names.map(apaName);
  if (formatted.length < 2) return formatted[0] ?? '';
  if (formatted.length === 2 && !formatted[0]!.includes(',')) return `${formatted[0]} & ${formatted[1]}`;
  return `${formatted.slice(0, -1).join(', ')}, & ${formatted.at(-1)}`;
}
