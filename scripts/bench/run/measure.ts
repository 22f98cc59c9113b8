// Runs a command and measures it stage by stage: wall time, CPU time of the
// process tree, and its peak resident memory. A stage ends when the command
// prints its closing line (the build's "[convert] … in 12.3 s"); a command
// without stages is one stage.
import { spawn } from 'node:child_process';
import { childrenCpuSeconds, TreeWatch } from './process-tree.ts';

export interface StageMeasure {
  name: string;
  wallSeconds: number;
  cpuSeconds: number;
  peakRssBytes: number;
  /** What the stage printed about itself. */
  line: string;
}

export interface CommandMeasure {
  stages: StageMeasure[];
  wallSeconds: number;
  /** CPU of the whole tree: the stages' sampled CPU added up. */
  cpuSeconds: number;
  /**
   * The kernel's exact count for the processes that were waited for. Lower than
   * cpuSeconds when a process is killed and not waited for, such as Pagefind's
   * backend, which its Node API kills on close.
   */
  waitedCpuSeconds: number;
  peakRssBytes: number;
  /** The largest resident memory of any one process of the tree. */
  peakProcessRssBytes: number;
  /** The command line of the process that reached peakProcessRssBytes. */
  peakProcessCommand: string;
  output: string;
}

export interface MeasureOptions {
  env?: NodeJS.ProcessEnv;
  /** Stage names in order; the line "[name] …" ends a stage. */
  stages?: string[];
  /** The name of the only stage, for a command without stage lines. */
  name?: string;
}

export function measure(command: string, args: string[], options: MeasureOptions = {}): Promise<CommandMeasure> {
  const cpuBefore = childrenCpuSeconds();
  const started = Date.now();
  const child = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const watch = new TreeWatch(child.pid!);
  const ends: { name: string; at: number; line: string }[] = [];
  let output = '';
  let pending = '';
  const onData = (chunk: Buffer) => {
    output += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      // Only a stage's closing line, "[name] … in 12.3 s": a stage also prints lines about single documents.
      const stage = /^\[([\w-]+)\] .* in \d+(?:\.\d+)? s$/.exec(line)?.[1];
      if (stage && options.stages?.includes(stage))
        ends.push({ name: stage, at: Date.now(), line: line.replace(/^\[[\w-]+\] /, '') });
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      watch.stop();
      const finished = Date.now();
      if (code !== 0)
        return reject(
          new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.split('\n').slice(-30).join('\n')}`),
        );
      const bounds = options.stages ? ends : [{ name: options.name ?? command, at: finished, line: '' }];
      const stages = bounds.map((end, i) => {
        const from = i === 0 ? started : bounds[i - 1]!.at;
        const to = i === bounds.length - 1 ? finished : end.at;
        // Each sample holds the CPU used since the one before: it belongs to exactly one stage.
        const inside = watch.samples.filter((s) => s.at > from && (i === bounds.length - 1 || s.at <= to));
        return {
          name: end.name,
          wallSeconds: (to - from) / 1000,
          cpuSeconds: inside.reduce((n, s) => n + s.cpu, 0),
          peakRssBytes: Math.max(0, ...inside.map((s) => s.rss)),
          line: end.line,
        };
      });
      resolve({
        stages,
        wallSeconds: (finished - started) / 1000,
        cpuSeconds: stages.reduce((n, s) => n + s.cpuSeconds, 0),
        waitedCpuSeconds: childrenCpuSeconds() - cpuBefore,
        peakRssBytes: Math.max(0, ...watch.samples.map((s) => s.rss)),
        peakProcessRssBytes: watch.peakProcessRss,
        peakProcessCommand: watch.peakProcessCommand,
        output,
      });
    });
  });
}
