import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor, DEFAULT_CPU_SLOWDOWN } from '../support/lighthouse-throttling.ts';

describe('cpuSlowdownFor', () => {
  it('holds a host at or above the reference speed to the default slowdown', () => {
    expect(cpuSlowdownFor(1533)).toBe(DEFAULT_CPU_SLOWDOWN);
    expect(cpuSlowdownFor(1850)).toBe(DEFAULT_CPU_SLOWDOWN);
  });

  it("follows Lighthouse's calibration between its breakpoints", () => {
    expect(cpuSlowdownFor(1300)).toBe(3);
    expect(cpuSlowdownFor(800)).toBe(2);
    expect(cpuSlowdownFor(1050)).toBe(2.5);
    expect(cpuSlowdownFor(475)).toBe(1.5);
    expect(cpuSlowdownFor(1416.5)).toBe(3.5);
  });

  it('never slows a host down less than not at all', () => {
    expect(cpuSlowdownFor(100)).toBe(1);
  });

  it('keeps the default when the host could not be measured', () => {
    expect(cpuSlowdownFor(Number.NaN)).toBe(DEFAULT_CPU_SLOWDOWN);
    expect(cpuSlowdownFor(0)).toBe(DEFAULT_CPU_SLOWDOWN);
  });
});
