// The contract between the converter and the site for the JSX elements a document's MDX body holds:
// each element's name and the attributes it takes. The emitter writes attributes only through
// `mdxAttributes`; the components take their `Props` from `MdxProps`. MDX hands every attribute over
// as a string, so a list is written as its items separated by spaces and read back by `listAttribute`.

/** An attribute's kind: `text` as it is, `list` as items separated by spaces; `?` when it may be left out. */
type AttributeKind = 'text' | 'text?' | 'list' | 'list?';

/** Each element the converter may emit, its attributes in the order they are written. */
export const MDX_ELEMENTS = {
  /**
   * A question: <Vraag id="vraag-2" nummers="2 3 4" ook="vraag-3 vraag-4" antwoord="antwoord-2" fractie="VVD">;
   * `ook` are the other ids that lead to it, `deel="l"` marks a question about one listed item.
   */
  Vraag: { id: 'text', nummers: 'list', deel: 'text?', ook: 'list?', antwoord: 'text?', fractie: 'text?' },
  /** An answer: <Antwoord id="antwoord-2" nummers="2 3 4" ook="antwoord-3 antwoord-4" vragen="vraag-2 vraag-3">. */
  Antwoord: { id: 'text', nummers: 'list', deel: 'text?', ook: 'list?', vragen: 'list' },
  /**
   * A cited paper: <Stuk naar="kst-28638-240">, or naar="#fn-3" for an "Ibidem" note; `vraag="3"` when
   * the words cite its answer to question 3 ("het antwoord op vraag 3 van het lid …").
   */
  Stuk: { naar: 'text', vraag: 'text?' },
  /** A mention of a person, party or organisation: <Noemt entiteit="personen/van-der-steur">. */
  Noemt: { entiteit: 'text' },
  /** A heading whose text gives no id of its own: plain HTML with the converter's id, no component. */
  h2: { id: 'text' },
  h3: { id: 'text' },
} as const satisfies Record<string, Record<string, AttributeKind>>;

type Elements = typeof MDX_ELEMENTS;
export type MdxElementName = keyof Elements;
/** The elements the site renders with a component of its own (src/components/<name>.astro). */
export type MdxComponentName = Exclude<MdxElementName, 'h2' | 'h3'>;

type OptionalKeys<E extends MdxElementName> = {
  [K in keyof Elements[E]]: Elements[E][K] extends `${string}?` ? K : never;
}[keyof Elements[E]];
type RequiredKeys<E extends MdxElementName> = Exclude<keyof Elements[E], OptionalKeys<E>>;

/** A component's props: every attribute as the string MDX hands over. */
export type MdxProps<E extends MdxElementName> = { [K in RequiredKeys<E>]: string } & {
  [K in OptionalKeys<E>]?: string;
};

type Value<Kind> = Kind extends 'list' | 'list?' ? readonly (string | number)[] : string;
/** What the emitter gives an element: lists as lists, an optional attribute possibly null. */
export type MdxAttributeValues<E extends MdxElementName> = { [K in RequiredKeys<E>]: Value<Elements[E][K]> } & {
  [K in OptionalKeys<E>]?: Value<Elements[E][K]> | null;
};

/**
 * The attributes to write, as name and string value, in the contract's order. An optional
 * attribute that is null, empty or an empty list is left out; a required one is always written.
 */
export function mdxAttributes<E extends MdxElementName>(
  element: E,
  values: MdxAttributeValues<E>,
): { name: string; value: string }[] {
  const kinds: Record<string, AttributeKind> = MDX_ELEMENTS[element];
  const given = values as Record<string, string | readonly (string | number)[] | null | undefined>;
  return Object.entries(kinds).flatMap(([name, kind]) => {
    const raw = given[name];
    const value = typeof raw === 'string' || raw == null ? (raw ?? '') : raw.join(' ');
    return kind.endsWith('?') && value === '' ? [] : [{ name, value }];
  });
}

/** A list attribute's items: "vraag-2 vraag-3" → ["vraag-2", "vraag-3"]; none when left out or empty. */
export const listAttribute = (value: string | undefined): string[] => (value ? value.split(' ') : []);
