// Runs conversions either here, one after another, or on a pool of worker
// threads (tinypool), one per core. Each document's outcome is the same either
// way: the batch puts them back in file order.
import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import type { ConversionOutcome, ConversionTask } from './convert-worker.ts';

/** Below this many documents, starting workers (each loads the converter and its dictionary) costs more than it saves. */
const WORKERS_PAY_OFF_AT = 32;

export function workerCount(requested: number | undefined, documents: number): number {
  if (requested !== undefined) return Math.max(0, requested);
  return documents >= WORKERS_PAY_OFF_AT ? availableParallelism() : 0;
}

/**
 * Converts on worker threads, or here when `workers` is 0. The pool starts on
 * the first call to `warmUp` (or `run`), so its workers can load while the
 * caller is still reading sources and the cache.
 */
export class Conversions {
  private pool: Tinypool | null = null;
  private readonly workers: number;

  constructor(workers: number) {
    this.workers = workers;
  }

  warmUp(): void {
    if (this.workers > 0)
      this.pool ??= new Tinypool({
        filename: new URL('./convert-worker.ts', import.meta.url).href,
        minThreads: this.workers,
        maxThreads: this.workers,
      });
  }

  async run(tasks: ConversionTask[]): Promise<ConversionOutcome[]> {
    if (tasks.length === 0) return [];
    if (this.workers <= 0) return runHere(tasks);
    this.warmUp();
    return Promise.all(tasks.map((task) => this.pool!.run(task) as Promise<ConversionOutcome>));
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
    this.pool = null;
  }
}

async function runHere(tasks: ConversionTask[]): Promise<ConversionOutcome[]> {
  // Loaded only when needed: a batch served from the cache never loads the converter.
  const { convertOne } = await import('./convert-worker.ts');
  const { loadDutchSpeller } = await import('../shared/speller.ts');
  const { entityMatcher } = await import('../links/links.ts');
  const { loadEntities } = await import('../../lib/entities.ts');
  const speller = await loadDutchSpeller();
  const entities = entityMatcher(loadEntities());
  const outcomes: ConversionOutcome[] = [];
  for (const task of tasks)
    outcomes.push(
      await convertOne(task, { speller, entities, catalog: new Map(task.entry ? [[task.file, task.entry]] : []) }),
    );
  return outcomes;
}
