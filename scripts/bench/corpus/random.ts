// A seeded random source for the synthetic corpus (pure-rand's xoroshiro128+):
// the same seed gives the same choices on every machine and Node version.
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

export class Random {
  private readonly generator: ReturnType<typeof xoroshiro128plus>;

  constructor(seed: number) {
    this.generator = xoroshiro128plus(seed);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.generator, min, max);
  }

  /** True with the given probability (to 1/1000). */
  chance(probability: number): boolean {
    return this.int(0, 999) < probability * 1000;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[this.int(0, items.length - 1)]!;
  }

  /** Several different items, in the order they were drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const rest = [...items];
    const out: T[] = [];
    while (out.length < count && rest.length) out.push(rest.splice(this.int(0, rest.length - 1), 1)[0]!);
    return out;
  }
}
