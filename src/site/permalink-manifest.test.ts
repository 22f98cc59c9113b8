// The permalink guard: a published permalink that disappears is reported,
// unless its page was redirected to a page that still has the same block.
import { describe, expect, it } from 'vitest';
import { missingPermalinks, readManifest } from './permalink-manifest.ts';

const manifest = ['documenten/a/', 'documenten/a/#vraag-1', 'documenten/a/#fn-2', 'documenten/b/'];

describe('missingPermalinks', () => {
  it('reports nothing when every permalink is still served', () => {
    expect(missingPermalinks(manifest, [...manifest, 'documenten/c/'], {})).toEqual([]);
  });
  it('reports a block id that was removed', () => {
    expect(missingPermalinks(manifest, ['documenten/a/', 'documenten/a/#vraag-1', 'documenten/b/'], {})).toEqual([
      'documenten/a/#fn-2',
    ]);
  });
  it('accepts a moved page with a redirect, if the new page keeps the block ids', () => {
    const current = ['documenten/a2/', 'documenten/a2/#vraag-1', 'documenten/a2/#fn-2', 'documenten/b/'];
    expect(missingPermalinks(manifest, current, { '/documenten/a/': '/documenten/a2/' })).toEqual([]);
    expect(
      missingPermalinks(manifest, current.slice(0, 2).concat('documenten/b/'), { '/documenten/a/': '/documenten/a2/' }),
    ).toEqual(['documenten/a/#fn-2']);
  });
  it('the committed manifest records the seeds’ questions, answers and footnotes', () => {
    const recorded = readManifest();
    expect(recorded).toContain('documenten/kamervragen-2017-11-10/#vraag-7');
    expect(recorded).toContain('documenten/kamervragen-2013-02-08/#antwoord-3');
    expect(recorded).toContain('documenten/2024Z19016/#fn-12');
  });
});
