import { describe, expect, it } from 'vitest';
import { FEED_ENTRIES, ordered, type FeedEntry } from './feeds.ts';

const entry = (date: string, id: string) => ({ doc: null, date, step: null, id }) as unknown as FeedEntry;

describe('ordered', () => {
  it('puts the newest first, one date by id, whatever order the corpus gave', () => {
    const entries = [entry('2016-03-01', 'b'), entry('2017-01-05', 'c'), entry('2016-03-01', 'a')];
    expect(ordered(entries).map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });

  it('keeps the newest entries only, so that a feed does not grow with the corpus', () => {
    const entries = Array.from({ length: FEED_ENTRIES + 20 }, (_, i) =>
      entry(`20${String(10 + (i % 14)).padStart(2, '0')}-01-${String((i % 28) + 1).padStart(2, '0')}`, `p${i}`),
    );
    const kept = ordered(entries);
    expect(kept).toHaveLength(FEED_ENTRIES);
    const oldestKept = kept.at(-1)!.date;
    expect(entries.filter((e) => e.date > oldestKept).every((e) => kept.includes(e))).toBe(true);
    expect(ordered(entries, 3).map((e) => e.date)).toEqual(kept.slice(0, 3).map((e) => e.date));
  });
});
