// The serialiser's output, read back by the MDX parser with remark-gfm, must
// hold exactly the text that went in — and nothing that runs: no ESM, no
// expressions, no JSX from the text, no raw HTML.
import fc from 'fast-check';
import type { Node, Parent } from 'unist';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { serialiseBody, serialiseFrontmatter } from './emit.ts';
import { linkify } from '../shared/link-urls.ts';
import type { Inline } from '../types.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const CODE_NODES = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'html',
  'code',
  'inlineCode',
]);

function roundTrip(inlines: Inline[]): { types: Set<string>; text: string } {
  const mdx = serialiseBody([{ type: 'paragraph', content: inlines }], []);
  const tree = parser.parse(mdx);
  const types = new Set<string>();
  let text = '';
  const walk = (node: Node) => {
    types.add(node.type);
    if ('value' in node && typeof node.value === 'string') text += node.value;
    if (node.type === 'footnoteReference') text += `[^${(node as unknown as { identifier: string }).identifier}]`;
    for (const child of (node as Parent).children ?? []) walk(child);
  };
  walk(tree);
  return { types, text };
}

const expectedText = (inlines: Inline[]) =>
  inlines
    .map((i) => (i.type === 'text' ? i.value : i.type === 'footnoteReference' ? `[^${i.number}]` : i.text))
    .join('');

// Characters that mean something to Markdown, GFM, MDX, JSX, HTML or YAML, and ordinary letters.
const DANGEROUS = [...'{}<>[]()!`*_~#&;:|\\/"\'=-+.^$@%?'];
const textUnit = fc.oneof(
  fc.constantFrom(...DANGEROUS),
  fc.constantFrom(' ', 'a', 'e', 'i', 'x', 'Z', '1', '0', 'é', '«', '’'),
  fc.constantFrom(
    'import ',
    'export ',
    'www.',
    'http://',
    'https://x.nl/',
    '<!--',
    '-->',
    '---',
    '***',
    '```',
    '&amp;',
    '&#x41;',
    '<script>',
    '{1+1}',
    '[^1]',
    '    ',
  ),
);
const textValue = fc
  .array(textUnit, { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
  .filter((s) => s.length > 0);

describe('serialiseBody', () => {
  it('round-trips 20,000 random strings as literal text, with no code nodes', () => {
    let checked = 0;
    fc.assert(
      fc.property(textValue, (value) => {
        // As in the converter: URLs and e-mail addresses become explicit links first.
        const { types, text } = roundTrip(linkify(value));
        checked++;
        return [...types].every((t) => !CODE_NODES.has(t)) && text === value;
      }),
      { numRuns: 20_000, seed: 20_240_516 },
    );
    console.log(`serialiser fuzz: ${checked} strings, 0 parse errors, 0 changed texts`);
  });

  it('round-trips text mixed with links and footnote references', () => {
    const inline: fc.Arbitrary<Inline> = fc.oneof(
      textValue.map((value): Inline => ({ type: 'text', value: ` ${value} ` })),
      fc.constantFrom<Inline>(
        { type: 'link', url: 'https://voorbeeld.nl/a_(b)?c=d&e', text: 'https://voorbeeld.nl/a_(b)?c=d&e' },
        { type: 'footnoteReference', number: 3 },
      ),
    );
    fc.assert(
      fc.property(fc.array(inline, { minLength: 1, maxLength: 6 }), (inlines) => {
        const normalised = inlines.flatMap((i) => (i.type === 'text' ? linkify(i.value) : [i]));
        const { types, text } = roundTrip(normalised);
        return (
          [...types].every((t) => !CODE_NODES.has(t)) &&
          text.replace(/\s+/g, ' ').trim() === expectedText(normalised).replace(/\s+/g, ' ').trim()
        );
      }),
      { numRuns: 2_000, seed: 7 },
    );
  });

  it('escapes import and export at the start of a line, which MDX would run as ESM', () => {
    for (const value of ['import fs from "fs"', 'export const x = 1', 'IMPORT x', 'export default {}']) {
      const { types, text } = roundTrip([{ type: 'text', value }]);
      expect([...types]).not.toContain('mdxjsEsm');
      expect(text).toBe(value);
    }
  });

  it('writes bare URLs and e-mail addresses as explicit links', () => {
    const inlines = linkify('zie www.voorbeeld.nl en info@voorbeeld.nl.');
    expect(inlines).toEqual([
      { type: 'text', value: 'zie ' },
      { type: 'link', url: 'https://www.voorbeeld.nl', text: 'www.voorbeeld.nl' },
      { type: 'text', value: ' en ' },
      { type: 'link', url: 'mailto:info@voorbeeld.nl', text: 'info@voorbeeld.nl' },
      { type: 'text', value: '.' },
    ]);
    const mdx = serialiseBody([{ type: 'paragraph', content: inlines }], []);
    expect(mdx).toBe(
      'zie [www.voorbeeld.nl](https://www.voorbeeld.nl) en [info@voorbeeld.nl](mailto:info@voorbeeld.nl).\n',
    );
  });
});

/** Valid frontmatter whose strings YAML would read as other things when unquoted. */
const MINIMAL_FRONTMATTER = {
  kind: 'brief',
  title: '2024-01-01',
  subject: 'true',
  summary: 'ja',
  slug: 'brief-2024-01-01',
  dates: { ingezonden: null, beantwoord: null, verzonden: '2024-01-01' },
  questioners: [{ name: 'ja', party: 'no' }],
  addressees: ['---'],
  answeredBy: null,
  onBehalfOf: [],
  sender: null,
  recipient: 'null',
  identifiers: { aanhangsel: null, kamervragen: null, kenmerk: '010', kamerstuk: null },
  references: [],
  mentions: [],
  events: [],
  unresolvedDates: [],
  promises: [],
  compounds: [],
  cleaning: { lines: 0, furniture: [], pageFootnotes: 0, hyphens: [] },
  seeAlso: [],
  parliamentaryYear: null,
  unknown: [],
  provenance: {},
  structure: { sections: [], questions: [], answers: [], footnotes: 0, outline: [] },
  source: { file: 'x.txt', sha256: 'a'.repeat(64) },
};

describe('serialiseFrontmatter', () => {
  it('quotes every string so YAML cannot turn a title into a date or a boolean', async () => {
    // js-yaml: what Astro's MDX integration reads frontmatter with.
    const { load: parse } = await import('js-yaml');
    const frontmatter = MINIMAL_FRONTMATTER;
    const text = serialiseFrontmatter('x.txt', frontmatter);
    const parsed = parse(text.replace(/^---\n|---\n$/g, '')) as typeof frontmatter & { questioners: unknown[] };
    expect(parsed.title).toBe('2024-01-01');
    expect(parsed.questioners[0]).toEqual({ name: 'ja', party: 'no' });
    expect(parsed.recipient).toBe('null');
    expect(parsed.identifiers.kenmerk).toBe('010');
    expect(parsed.addressees).toEqual(['---']);
  });

  it('reads back every string exactly, whatever characters it holds, with the file name kept inside the comment', async () => {
    const { load } = await import('js-yaml');
    const anyText = fc.oneof(
      textValue,
      fc.string({ unit: 'binary', minLength: 1 }),
      fc.constantFrom(
        'yes',
        'No',
        '~',
        '0x1F',
        '1e3',
        '.inf',
        '2024-01-01',
        '"',
        "'",
        '\\',
        '\t',
        '\r\n',
        '\u2028',
        '#',
        ': ',
        '- ',
      ),
    );
    fc.assert(
      fc.property(anyText, anyText, anyText, (title, summary, name) => {
        const frontmatter = { ...MINIMAL_FRONTMATTER, title, summary, questioners: [{ name, party: null }] };
        const text = serialiseFrontmatter(`x\n${name}.txt`, frontmatter);
        const parsed = load(text.replace(/^---\n|---\n$/g, '')) as typeof frontmatter;
        expect(parsed.title).toBe(title);
        expect(parsed.summary).toBe(summary);
        expect(parsed.questioners).toEqual([{ name, party: null }]);
        expect(text.split('\n')[1]).toMatch(/^# Generated from seeds\/x\uFFFD/);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses frontmatter the schema rejects, naming the field', () => {
    expect(() => serialiseFrontmatter('x.txt', { kind: 'roman' })).toThrowErrorMatchingInlineSnapshot(
      `[ConversionError: x.txt:1:1: frontmatter field "kind": Invalid option: expected one of "kamervragen"|"brief"|"schriftelijk-overleg"|"overig" [invalid-frontmatter]]`,
    );
  });
});
