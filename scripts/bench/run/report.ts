// The benchmark's results as a table for people and as JSON for tools.
import type { PartTime } from './part-times.ts';
import type { CommandMeasure, StageMeasure } from './measure.ts';
import type { FidelityResult } from './fidelity-sample.ts';
import type { SearchSpeed } from '../../../tests/browser/checks/search-speed.ts';
import { FILE_LIMIT_BYTES, PAGE_LIMIT_BYTES, type SiteSize } from './site-size.ts';

export interface CorpusRun {
  documents: number;
  sourceBytes: number;
  generateSeconds: number;
  ours: CommandMeasure & { pages: number; indexBytes: number; astroParts: PartTime[] };
  baseline: { astro: CommandMeasure; pagefind: CommandMeasure; pages: number; indexBytes: number } | null;
  size: SiteSize;
  rebuild: (CommandMeasure & { edited: string }) | null;
  /** The cold build again in N shares (--part K/N) one after the other, then --merge. */
  matrix: { runners: number; shares: CommandMeasure[]; merge: CommandMeasure } | null;
  fidelity: FidelityResult | null;
  search: SearchSpeed | null;
}

const seconds = (s: number) => `${s.toFixed(1)} s`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
const percent = (x: number) => `${(x * 100).toFixed(2)} %`;

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
}

/** Baseline stage measures in the order of ours: the baseline has no convert or permalinks stage. */
function baselineStage(run: CorpusRun, name: string): StageMeasure | undefined {
  if (!run.baseline) return undefined;
  if (name === 'astro') return run.baseline.astro.stages[0];
  if (name === 'pagefind') return run.baseline.pagefind.stages[0];
  return undefined;
}

export function baselineTotal(
  run: CorpusRun,
): { wallSeconds: number; cpuSeconds: number; peakRssBytes: number } | null {
  if (!run.baseline) return null;
  const { astro, pagefind } = run.baseline;
  return {
    wallSeconds: astro.wallSeconds + pagefind.wallSeconds,
    cpuSeconds: astro.cpuSeconds + pagefind.cpuSeconds,
    peakRssBytes: Math.max(astro.peakRssBytes, pagefind.peakRssBytes),
  };
}

export function formatRun(run: CorpusRun): string {
  const widths = [12, 9, 9, 10, 9, 9, 10, 7];
  const lines = [
    `${run.documents} documents, ${(run.sourceBytes / run.documents / 1024).toFixed(1)} KiB each on average (${mib(run.sourceBytes)}), generated in ${seconds(run.generateSeconds)}`,
    row(['stage', 'wall', 'CPU', 'peak RSS', 'base wall', 'base CPU', 'base RSS', 'ratio'], widths),
  ];
  for (const stage of run.ours.stages) {
    const base = baselineStage(run, stage.name);
    lines.push(
      row(
        [
          stage.name,
          seconds(stage.wallSeconds),
          seconds(stage.cpuSeconds),
          mib(stage.peakRssBytes),
          base ? seconds(base.wallSeconds) : '—',
          base ? seconds(base.cpuSeconds) : '—',
          base ? mib(base.peakRssBytes) : '—',
          base ? `${(stage.wallSeconds / base.wallSeconds).toFixed(2)}×` : '',
        ],
        widths,
      ),
    );
  }
  const total = baselineTotal(run);
  lines.push(
    row(
      [
        'total',
        seconds(run.ours.wallSeconds),
        seconds(run.ours.cpuSeconds),
        mib(run.ours.peakRssBytes),
        total ? seconds(total.wallSeconds) : '—',
        total ? seconds(total.cpuSeconds) : '—',
        total ? mib(total.peakRssBytes) : '—',
        total ? `${(run.ours.wallSeconds / total.wallSeconds).toFixed(2)}×` : '',
      ],
      widths,
    ),
  );
  lines.push(
    row(
      [
        'ms/document',
        `${((run.ours.wallSeconds * 1000) / run.documents).toFixed(1)}`,
        '',
        '',
        total ? `${((total.wallSeconds * 1000) / run.documents).toFixed(1)}` : '—',
        '',
        '',
        '',
      ],
      widths,
    ),
  );
  const convert = run.ours.stages.find((s) => s.name === 'convert');
  if (convert)
    lines.push(
      `conversion: ${(run.documents / convert.wallSeconds).toFixed(0)} documents/s (stage wall time, process start included): ${convert.line}`,
    );
  lines.push(
    `pages: ours ${run.ours.pages}, baseline ${run.baseline?.pages ?? '—'}; search index: ours ${mib(run.ours.indexBytes)}, baseline ${run.baseline ? mib(run.baseline.indexBytes) : '—'}`,
  );
  const { size } = run;
  lines.push(
    `site: ${mib(size.totalBytes)} in ${size.files} files; largest page ${size.largestPage.path} ${kib(size.largestPage.bytes)}; largest file ${size.largestFile.path} ${kib(size.largestFile.bytes)}; ` +
      `${
        size.overLimit.length
          ? `over the bounds (pages ${mib(PAGE_LIMIT_BYTES)}, files ${mib(FILE_LIMIT_BYTES)}): ${size.overLimit.length}, such as ${size.overLimit
              .slice(0, 3)
              .map((f) => `${f.path} ${kib(f.bytes)}`)
              .join(', ')}`
          : 'no page over 1 MB, no file over 20 MB'
      }`,
  );
  const [longest] = run.ours.astroParts;
  if (longest)
    lines.push(
      `astro parts: ${run.ours.astroParts.length} built; the longest ${longest.name} ${seconds(longest.seconds)}, then ${run.ours.astroParts
        .slice(1, 4)
        .map((p) => `${p.name} ${seconds(p.seconds)}`)
        .join(', ')}`,
    );
  lines.push(
    `peak memory of one process: ${mib(run.ours.peakProcessRssBytes)} (${run.ours.peakProcessCommand || 'command unknown'}; the whole tree at once: ${mib(run.ours.peakRssBytes)})`,
  );
  if (run.rebuild) {
    const c = run.rebuild.stages.find((s) => s.name === 'convert');
    const a = run.rebuild.stages.find((s) => s.name === 'astro');
    lines.push(
      `rebuild after changing one source (${run.rebuild.edited}): total ${seconds(run.rebuild.wallSeconds)}, ${((run.rebuild.wallSeconds / run.ours.wallSeconds) * 100).toFixed(0)} % of the cold build; convert ${c ? seconds(c.wallSeconds) : '?'}: ${c?.line ?? ''}; astro ${a ? seconds(a.wallSeconds) : '?'}: ${a?.line ?? ''}`,
    );
  }
  if (run.matrix) {
    const { shares, merge, runners } = run.matrix;
    const slowest = Math.max(...shares.map((s) => s.wallSeconds));
    const estimate = slowest + merge.wallSeconds;
    lines.push(
      `matrix of ${runners} runners: shares ${shares.map((s) => seconds(s.wallSeconds)).join(', ')} (peak of one process ${mib(Math.max(...shares.map((s) => s.peakProcessRssBytes)))}); merge ${seconds(merge.wallSeconds)}; ` +
        `slowest share + merge ${seconds(estimate)}, ${((estimate / run.ours.wallSeconds) * 100).toFixed(0)} % of the single-machine build`,
    );
  }
  if (run.fidelity) {
    const f = run.fidelity;
    lines.push(
      `fidelity of ${f.documents} sampled pages: body recall ${percent(f.body.recall)} (min ${percent(f.body.minRecall)}), precision ${percent(f.body.precision)} (min ${percent(f.body.minPrecision)}), ${f.body.words} words; ` +
        `footnotes recall ${percent(f.footnotes.recall)} (min ${percent(f.footnotes.minRecall)}), precision ${percent(f.footnotes.precision)} (min ${percent(f.footnotes.minPrecision)}), ${f.footnotes.words} words`,
    );
  }
  if (run.search) {
    const { first, second, median } = run.search;
    lines.push(
      `search: a shared search URL fetches ${(first / 1000).toFixed(1)} kB, a second query ${(second / 1000).toFixed(1)} kB (as sent, gzipped; limits 250 and 50 kB); ` +
        `results in view ${median.toFixed(0)} ms after the last keystroke (median of ${run.search.waits.length}, at the speed of a free core; limit 150 ms)`,
    );
  }
  lines.push('(CPU and peak RSS are of the whole process tree, sampled from /proc every 100 ms)');
  return lines.join('\n');
}

export function formatScaling(runs: readonly CorpusRun[]): string {
  if (runs.length < 2) return '';
  const perDoc = (r: CorpusRun) => r.ours.wallSeconds / r.documents;
  const [small, large] = [runs.at(-2)!, runs.at(-1)!];
  return `ms/document at ${large.documents} is ${(perDoc(large) / perDoc(small)).toFixed(2)}× that at ${small.documents}`;
}
