// Section ids: derived from any heading, the same heading always the same id,
// and equal to the id the site's Markdown processor (Sätteri, astro.config.mjs)
// gives the heading on the page, which the MDX is rendered with here.
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { mdxToJs } from 'satteri';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDutchSpeller } from '../../src/converter/shared/speller.ts';
import { serialiseBody } from '../../src/converter/emit/emit.ts';
import { entityMatcher } from '../../src/converter/links/links.ts';
import { convertDocument, type ConversionContext } from '../../src/converter/pipeline.ts';
import { structure } from '../../src/converter/structure/structure.ts';
import type { CleanDocument, TextBlock } from '../../src/converter/types.ts';
import { loadEntities } from '../../src/lib/entities.ts';

let context: ConversionContext;
beforeAll(async () => {
  context = { speller: await loadDutchSpeller(), entities: entityMatcher(loadEntities()), catalog: new Map() };
});

const letter = (headings: string[]) =>
  `Onderwerp Proefbrief\n\nGeachte Voorzitter,\n\nHierbij bericht ik u.\n\n${headings.map((h, i) => `Ad ${i + 1}) ${h}\n   \nTekst van paragraaf ${i + 1}.\n`).join('\n')}\nHoogachtend,\n`;

/** The ids of h2–h4 elements on the rendered page, in order. */
async function renderedIds(mdx: string): Promise<string[]> {
  const body = mdx.slice(mdx.indexOf('\n---\n') + 5);
  const { code } = await mdxToJs(body, {
    mdastPlugins: [],
    hastPlugins: [satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: false },
    fileURL: pathToFileURL('/tmp/kop.mdx'),
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    data: {
      astro: { frontmatter: {}, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() },
    },
  });
  return [...code.matchAll(/_jsxs?\((?:_components\.)?"?h[234]"?,\s*\{\s*id: "([^"]*)"/g)]
    .map((m) => m[1]!)
    .filter((id) => id !== 'footnote-label');
}

describe('section ids', () => {
  const headings = [
    'Samenwerking in België',
    'Internationale coördinatie',
    'Rol van het café',
    'Reçu en façade',
    'Şahin en anderen',
    'IJsselmonde en ĳsbaan',
    'Samenwerking in België',
  ];

  it('keep accented letters and equal the ids on the page', async () => {
    const result = convertDocument('kop.txt', Buffer.from(letter(headings)), context);
    const ids = result.frontmatter.structure.sections.map((s) => s.id);
    expect(ids).toEqual([
      'ad-1-samenwerking-in-belgië',
      'ad-2-internationale-coördinatie',
      'ad-3-rol-van-het-café',
      'ad-4-reçu-en-façade',
      'ad-5-şahin-en-anderen',
      'ad-6-ijsselmonde-en-ĳsbaan',
      'ad-7-samenwerking-in-belgië',
    ]);
    expect(await renderedIds(result.mdx)).toEqual(ids);
    // The same heading always gives the same id.
    expect(
      convertDocument('kop.txt', Buffer.from(letter(headings)), context).frontmatter.structure.sections.map(
        (s) => s.id,
      ),
    ).toEqual(ids);
  });

  it('give a heading of only punctuation a usable id of its own, which the page keeps', async () => {
    const block = (text: string, line: number, role: TextBlock['role']): TextBlock => ({
      role,
      text,
      segments: [{ offset: 0, line, column: 1 }],
      pageStart: false,
    });
    const clean = {
      file: 'x.txt',
      kind: 'brief',
      layout: 'pdf',
      blocks: [
        block('***', 3, 'heading'),
        block('Tekst.', 4, 'text'),
        block('***', 6, 'heading'),
        block('Meer.', 7, 'text'),
        block('Slot', 9, 'heading'),
        block('Einde.', 10, 'text'),
      ],
    } as unknown as CleanDocument;
    const body = structure(clean).body;
    const ids = body.flatMap((b) => (b.type === 'heading' ? [b.id] : []));
    expect(ids).toEqual(['Regel-3', 'Regel-6', 'slot']);
    const resolved = body.map((b) =>
      b.type === 'heading'
        ? {
            type: 'heading' as const,
            id: b.id,
            level: b.level,
            content: [{ type: 'text' as const, value: b.text.text }],
            ...(b.explicitId ? { explicitId: true as const } : {}),
          }
        : {
            type: 'paragraph' as const,
            content: [{ type: 'text' as const, value: b.type === 'paragraph' ? b.text.text : '' }],
          },
    );
    expect(await renderedIds(`---\n---\n${serialiseBody(resolved, [])}`)).toEqual(ids);
  });
});
