// Lighthouse's CPU slowdown for a host of a given speed.
//
// Lighthouse emulates a mid-tier phone by multiplying the work it times on the host by
// `throttling.cpuSlowdownMultiplier`, 4 by default. That default assumes a host as fast as
// Lighthouse's reference desktop. A host that is slower, here because other work shares its two
// cores, then emulates a slower phone than intended, and the performance score measures the
// machine's load rather than the page. Lighthouse's throttling guide ("Calibrating multipliers",
// docs/throttling.md) measures the host with `benchmarkIndex` and maps it to a multiplier; these
// are its calculator's breakpoints (github.com/patrickhulce/lighthouse-cpu-throttling-calculator).

/** Lighthouse's default slowdown: the phone it emulates on a host of reference speed. */
export const DEFAULT_CPU_SLOWDOWN = 4;

/** Calibration points: a host of `benchmarkIndex` needs `multiplier` to emulate the reference phone. */
const CALIBRATION = [
  { benchmarkIndex: 150, multiplier: 1 },
  { benchmarkIndex: 800, multiplier: 2 },
  { benchmarkIndex: 1300, multiplier: 3 },
  { benchmarkIndex: 1533, multiplier: 4 },
] as const;

/**
 * The slowdown that makes a host measured at `benchmarkIndex` emulate Lighthouse's reference phone,
 * never more than the default: a fast host is held to the default, a host slowed by load gets the
 * smaller slowdown the calibration gives, and a host too slow to emulate the phone at all gets 1.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) return DEFAULT_CPU_SLOWDOWN;
  let low: (typeof CALIBRATION)[number] | undefined;
  for (const high of CALIBRATION) {
    if (benchmarkIndex < high.benchmarkIndex) {
      if (!low) return high.multiplier;
      const share = (benchmarkIndex - low.benchmarkIndex) / (high.benchmarkIndex - low.benchmarkIndex);
      return Math.round((low.multiplier + share * (high.multiplier - low.multiplier)) * 100) / 100;
    }
    low = high;
  }
  return DEFAULT_CPU_SLOWDOWN;
}
