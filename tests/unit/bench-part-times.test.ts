import { describe, expect, it } from 'vitest';
import { partTimes } from '../../scripts/bench/run/part-times.ts';

describe('partTimes', () => {
  it('reads each built part from the build output, longest first, and nothing else', () => {
    const output = [
      '[convert] 1000 documents (1000 converted, 0 from cache), 1000 files changed in 20.1 s',
      '[astro-part] documenten-1 (500 documents) in 41.5 s',
      "[astro-part] site (the site's own pages) in 120.25 s",
      '[astro-part] documenten-2 (500 documents) in 39.0 s',
      '[astro] 7000 pages built into dist/ in 3 parts in 160.0 s',
    ].join('\n');
    expect(partTimes(output)).toEqual([
      { name: 'site', seconds: 120.25 },
      { name: 'documenten-1', seconds: 41.5 },
      { name: 'documenten-2', seconds: 39 },
    ]);
    expect(partTimes('[astro] 105 pages built into dist/ in 9.0 s')).toEqual([]);
  });
});
