// Reads a converted document's MDX back with the MDX parser and reports, per
// block (<Vraag id>, <Antwoord id>, or a section under a heading), what a reader
// would count: its paragraphs (list items count as one each), and where each
// footnote reference stands (the block and the text just before it).
import type { Node, Parent } from 'unist';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

export interface BlockSummary {
  /** <Vraag>/<Antwoord> id, or the heading's text for a section ("" before the first heading). */
  key: string;
  paragraphs: number;
}

export interface FootnoteReference {
  n: string;
  block: string | null;
  /** The text of the block up to the reference (other references left out). */
  before: string;
}

export interface MdxSummary {
  blocks: BlockSummary[];
  references: FootnoteReference[];
  definitions: Map<string, string>;
}

interface JsxElement extends Parent {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

const attribute = (node: JsxElement, name: string) => node.attributes.find((a) => a.name === name)?.value;

export function summariseMdx(mdx: string): MdxSummary {
  const body = mdx.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const tree = parser.parse(body) as Parent;
  const blocks: BlockSummary[] = [];
  const references: FootnoteReference[] = [];
  const definitions = new Map<string, string>();
  let section: BlockSummary = { key: '', paragraphs: 0 };
  let sectionText = { value: '' };
  blocks.push(section);

  const textOf = (node: Node): string => {
    if ('value' in node && typeof node.value === 'string' && node.type !== 'mdxFlowExpression') return node.value;
    if (node.type === 'footnoteReference') return '';
    // A paragraph's inline children run together; paragraphs and list items end with a line break.
    const inner = ((node as Parent).children ?? []).map(textOf).join('');
    return node.type === 'paragraph' || node.type === 'listItem' ? `${inner}\n` : inner;
  };

  const countParagraphs = (children: Node[]): number =>
    children.reduce(
      (sum, child) =>
        sum + (child.type === 'paragraph' ? 1 : child.type === 'list' ? (child as Parent).children.length : 0),
      0,
    );

  // Walks a block's content in order, noting the text before each footnote reference.
  const collectReferences = (node: Node, block: string | null, text: { value: string }) => {
    if (node.type === 'footnoteReference') {
      references.push({ n: (node as unknown as { identifier: string }).identifier, block, before: text.value });
      return;
    }
    if ('value' in node && typeof node.value === 'string') text.value += node.value;
    for (const child of (node as Parent).children ?? []) collectReferences(child, block, text);
    if (node.type === 'paragraph' || node.type === 'listItem') text.value += '\n';
  };

  for (const node of tree.children) {
    if (node.type === 'footnoteDefinition') {
      definitions.set((node as unknown as { identifier: string }).identifier, textOf(node).replace(/\s+/g, ' ').trim());
      continue;
    }
    if (node.type === 'heading') {
      section = { key: textOf(node).replace(/\s+/g, ' ').trim(), paragraphs: 0 };
      sectionText = { value: '' };
      blocks.push(section);
      continue;
    }
    const element = node as JsxElement;
    if (node.type === 'mdxJsxFlowElement' && (element.name === 'Vraag' || element.name === 'Antwoord')) {
      const id = String(attribute(element, 'id'));
      blocks.push({ key: id, paragraphs: countParagraphs(element.children) });
      collectReferences(node, id, { value: '' });
      continue;
    }
    section.paragraphs += countParagraphs([node]);
    collectReferences(node, section.key || null, sectionText);
  }
  return { blocks: blocks.filter((b) => b.key !== '' || b.paragraphs > 0), references, definitions };
}
