// How long each Astro part took, read from the build's "[astro-part] <name> (…) in 12.3 s" lines
// (scripts/build/astro-parts.ts): the longest is the critical path of a build in parts.

export interface PartTime {
  name: string;
  seconds: number;
}

/** The parts built (not taken from the part cache), longest first. */
export function partTimes(buildOutput: string): PartTime[] {
  return [...buildOutput.matchAll(/^\[astro-part\] (\S+) .* in (\d+(?:\.\d+)?) s$/gm)]
    .map((m) => ({ name: m[1]!, seconds: Number(m[2]) }))
    .sort((a, b) => b.seconds - a.seconds || a.name.localeCompare(b.name));
}
