// Stage 11 of 11: the resolved document → MDX text. Builds an mdast tree and lets
// mdast-util-to-markdown (with the GFM and MDX extensions) serialise it, so no
// source text can become JSX, an expression, ESM or raw HTML. Frontmatter is
// written by js-yaml, which Astro reads it with, every string quoted.
import type {
  BlockContent,
  FootnoteDefinition as MdFootnoteDefinition,
  List,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { dump } from 'js-yaml';
import { DocumentFrontmatter } from '../../schema/document.ts';
import { fail } from '../messages.ts';
import type { Inline, ResolvedBlock } from '../types.ts';
import { mdxAttributes, type MdxAttributeValues, type MdxElementName } from '../../lib/mdx-components.ts';

/** Inside a link's text or destination no autolink literal can start. */
const INSIDE_LINK: Unsafe['notInConstruct'] = ['label', 'destinationLiteral', 'destinationRaw'];

/**
 * Holes in the serialiser's escaping that MDX needs closed. A line starting with
 * `import` or `export` is ESM in MDX and would run at build time. GFM autolink
 * literals ("www.", "http://") ignore backslash escapes, so text that would
 * start one gets its first letter written as a character reference instead
 * (the converter already makes every real URL an explicit link).
 */
const MDX_UNSAFE: Unsafe[] = [
  ...['i', 'I'].map((character): Unsafe => ({ character, atBreak: true, after: '[mM][pP][oO][rR][tT]\\b' })),
  ...['e', 'E'].map((character): Unsafe => ({ character, atBreak: true, after: '[xX][pP][oO][rR][tT]\\b' })),
  ...['w', 'W'].map(
    (character): Unsafe => ({ character, inConstruct: 'phrasing', notInConstruct: INSIDE_LINK, after: '[wW]{2}\\.' }),
  ),
  ...['h', 'H'].map(
    (character): Unsafe => ({
      character,
      inConstruct: 'phrasing',
      notInConstruct: INSIDE_LINK,
      after: '[tT]{2}[pP][sS]?:',
    }),
  ),
];

/** Made once: the serialiser caches each unsafe pattern's compiled regex on the pattern object, so fresh extensions per document recompile them all. */
const EXTENSIONS = [gfmToMarkdown(), mdxToMarkdown()];

export function serialiseBody(
  body: readonly ResolvedBlock[],
  footnotes: readonly { number: number; content: Inline[] }[],
): string {
  const tree: Root = { type: 'root', children: [...bodyNodes(body), ...footnotes.map(footnoteNode)] };
  return toMarkdown(tree, {
    extensions: EXTENSIONS,
    resourceLink: true,
    unsafe: MDX_UNSAFE,
  });
}

export function serialiseFrontmatter(file: string, frontmatter: unknown): string {
  const checked = DocumentFrontmatter.safeParse(frontmatter);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    fail(file, { line: 1 }, `frontmatter field "${issue.path.join('.')}": ${issue.message}`, 'invalid-frontmatter');
  }
  // A line break in a file name would end the comment and start YAML, and YAML allows no control character: both become U+FFFD.
  const comment = `# Generated from seeds/${file.replace(/[\p{Cc}\u2028\u2029]/gu, '\uFFFD')} by scripts/convert.ts. Do not edit: edit the seed or seeds/catalog.yaml.`;
  // Every string double-quoted, no line folding, no anchors: a title can never read as a date, a number or a boolean.
  const yaml = dump(checked.data, { quotingType: '"', forceQuotes: true, lineWidth: -1, noRefs: true });
  return `---\n${comment}\n\n${yaml}---\n`;
}

function phrasing(inlines: readonly Inline[]): PhrasingContent[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every inline type, as tsc checks
  return inlines.map((inline): PhrasingContent => {
    switch (inline.type) {
      case 'text':
        return { type: 'text', value: inline.value };
      case 'link':
        return { type: 'link', url: inline.url, children: [{ type: 'text', value: inline.text }] };
      case 'footnoteReference':
        return { type: 'footnoteReference', identifier: String(inline.number), label: String(inline.number) };
      case 'reference':
        return textElement('Stuk', { naar: inline.target, vraag: inline.question?.toString() ?? null }, [
          { type: 'text', value: inline.text },
        ]);
      case 'mention':
        return textElement('Noemt', { entiteit: inline.entity }, [{ type: 'text', value: inline.text }]);
    }
  });
}

/** An element's attributes as the component contract (src/lib/mdx-components.ts) writes them. */
const attributes = <E extends MdxElementName>(element: E, values: MdxAttributeValues<E>): MdxJsxAttribute[] =>
  mdxAttributes(element, values).map(({ name, value }): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value }));
const textElement = <E extends MdxElementName>(
  name: E,
  values: MdxAttributeValues<E>,
  children: PhrasingContent[],
): MdxJsxTextElement => ({ type: 'mdxJsxTextElement', name, attributes: attributes(name, values), children });
const paragraph = (inlines: readonly Inline[]): Paragraph => ({ type: 'paragraph', children: phrasing(inlines) });

/** Paragraphs in order, each consecutive run of list items (bullets in the source) as one bulleted list. */
function withLists(paragraphs: readonly { inlines: readonly Inline[]; listItem: boolean }[]): BlockContent[] {
  const nodes: BlockContent[] = [];
  let list: List | null = null;
  for (const p of paragraphs) {
    if (!p.listItem) {
      list = null;
      nodes.push(paragraph(p.inlines));
      continue;
    }
    if (!list) {
      list = { type: 'list', ordered: false, spread: false, children: [] };
      nodes.push(list);
    }
    list.children.push({ type: 'listItem', spread: false, children: [paragraph(p.inlines)] });
  }
  return nodes;
}

function bodyNodes(body: readonly ResolvedBlock[]): RootContent[] {
  const nodes: RootContent[] = [];
  let run: { inlines: readonly Inline[]; listItem: boolean }[] = [];
  const flush = () => {
    nodes.push(...withLists(run));
    run = [];
  };
  for (const block of body) {
    if (block.type === 'paragraph') run.push({ inlines: block.content, listItem: block.listItem === true });
    else {
      flush();
      nodes.push(blockNode(block));
    }
  }
  flush();
  return nodes;
}

const paragraphsOf = (block: { paragraphs: Inline[][]; listItems?: number[] }) =>
  withLists(block.paragraphs.map((inlines, i) => ({ inlines, listItem: block.listItems?.includes(i) ?? false })));

function blockNode(block: Exclude<ResolvedBlock, { type: 'paragraph' }>): RootContent {
  switch (block.type) {
    case 'heading':
      // A heading without letters or digits has an id of the converter's: written out as an
      // element on a line of its own, which the processor leaves as it is and does not count.
      if (block.explicitId) {
        const heading = textElement(`h${block.level}`, { id: block.id }, phrasing(block.content));
        return { type: 'paragraph', children: [heading] };
      }
      // A Markdown heading: the processor gives it the id github-slugger makes of its text,
      // the same id the structure stage recorded (the build's permalink check guards this).
      return { type: 'heading', depth: block.level, children: phrasing(block.content) };
    case 'question':
      return {
        type: 'mdxJsxFlowElement',
        name: 'Vraag',
        attributes: attributes('Vraag', {
          id: block.id,
          nummers: block.numbers,
          deel: block.part,
          ook: block.aliases,
          antwoord: block.answer,
          fractie: block.fractie,
        }),
        children: paragraphsOf(block),
      } as MdxJsxFlowElement;
    case 'answer':
      return {
        type: 'mdxJsxFlowElement',
        name: 'Antwoord',
        attributes: attributes('Antwoord', {
          id: block.id,
          nummers: block.numbers,
          deel: block.part,
          ook: block.aliases,
          vragen: block.questions,
        }),
        children: paragraphsOf(block),
      } as MdxJsxFlowElement;
  }
}

function footnoteNode(note: { number: number; content: Inline[] }): MdFootnoteDefinition {
  return {
    type: 'footnoteDefinition',
    identifier: String(note.number),
    label: String(note.number),
    children: [{ type: 'paragraph', children: phrasing(note.content) }],
  };
}
