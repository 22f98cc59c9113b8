// Watches a process and all its descendants through /proc (Linux): resident
// memory of the whole tree and CPU time (user + system) of every process in it,
// sampled every 100 ms. Node cannot read a child's rusage, and the peak that
// matters is that of the tree together (build, Astro, workers, Pagefind).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface Sample {
  /** Milliseconds since the epoch. */
  at: number;
  /** Resident memory of the tree, bytes. */
  rss: number;
  /** CPU seconds the tree used since the previous sample. */
  cpu: number;
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
const PAGE_SIZE = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;

interface Stat {
  ppid: number;
  cpuTicks: number;
  rssPages: number;
}

function readStat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; fields after its closing bracket are fixed.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), cpuTicks: Number(fields[11]) + Number(fields[12]), rssPages: Number(fields[21]) };
  } catch {
    return null;
  }
}

export class TreeWatch {
  readonly samples: Sample[] = [];
  /** The largest resident memory any one process of the tree reached, bytes: the figure a machine's size bounds. */
  peakProcessRss = 0;
  /** That process's command line, shortened: which part of the build needs the memory. */
  peakProcessCommand = '';
  private readonly lastTicks = new Map<number, number>();
  private readonly timer: NodeJS.Timeout;
  private readonly root: number;

  constructor(root: number, intervalMs = 100) {
    this.root = root;
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sample(): void {
    const stats = new Map<number, Stat>();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readStat(Number(entry));
      if (stat) stats.set(Number(entry), stat);
    }
    const tree = new Set<number>([this.root]);
    // Parents come before children often but not always: repeat until nothing joins.
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, stat] of stats)
        if (!tree.has(pid) && tree.has(stat.ppid)) {
          tree.add(pid);
          grew = true;
        }
    }
    let rss = 0;
    let ticks = 0;
    for (const pid of tree) {
      const stat = stats.get(pid);
      if (!stat) continue;
      rss += stat.rssPages * PAGE_SIZE;
      if (stat.rssPages * PAGE_SIZE > this.peakProcessRss) {
        this.peakProcessRss = stat.rssPages * PAGE_SIZE;
        this.peakProcessCommand = commandLine(pid);
      }
      ticks += stat.cpuTicks - (this.lastTicks.get(pid) ?? 0);
      this.lastTicks.set(pid, stat.cpuTicks);
    }
    this.samples.push({ at: Date.now(), rss, cpu: ticks / TICKS_PER_SECOND });
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, 160);
  } catch {
    return '';
  }
}

/** CPU seconds of this process's waited-for children (and theirs): exact, unlike sampling. */
export function childrenCpuSeconds(): number {
  const text = readFileSync('/proc/self/stat', 'utf8');
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}
