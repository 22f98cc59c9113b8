// Runs conversions either here, one after another, or on a pool of worker
// threads (tinypool), one per core. Each document's outcome is the same either
// way: the batch puts them back in file order.
import { availableParallelism } from 'node:os';
import { Tinypool } from 'tinypool';
import type { ConversionOutcome, ConversionTask } from './convert-worker.ts';

/** Below this many documents, starting workers (each loads the converter and its dictionary) costs more than it saves. */
const WORKERS_PAY_OFF_AT = 32;

export function workerCount(requested: number | undefined, tasks: number): number {
  if (requested !== undefined) return Math.max(0, requested);
  return tasks >= WORKERS_PAY_OFF_AT ? availableParallelism() : 0;
}

export async function runConversions(tasks: ConversionTask[], workers: number): Promise<ConversionOutcome[]> {
  if (tasks.length === 0) return [];
  if (workers <= 0) return runHere(tasks);
  const pool = new Tinypool({ filename: new URL('./convert-worker.ts', import.meta.url).href, minThreads: workers, maxThreads: workers });
  try {
    return await Promise.all(tasks.map((task) => pool.run(task) as Promise<ConversionOutcome>));
  } finally {
    await pool.destroy();
  }
}

async function runHere(tasks: ConversionTask[]): Promise<ConversionOutcome[]> {
  // Loaded only when needed: a batch served from the cache never loads the converter.
  const { convertOne } = await import('./convert-worker.ts');
  const { loadDutchSpeller } = await import('./dictionary.ts');
  const { entityMatcher } = await import('./links.ts');
  const { loadEntities } = await import('../lib/entities.ts');
  const speller = await loadDutchSpeller();
  const entities = entityMatcher(loadEntities());
  const outcomes: ConversionOutcome[] = [];
  for (const task of tasks) outcomes.push(await convertOne(task, { speller, entities, catalog: new Map(task.entry ? [[task.file, task.entry]] : []) }));
  return outcomes;
}
