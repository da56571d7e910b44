/** Timing helpers for the benchmarks: every figure is printed with its ratio to a baseline. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/** The median time of `runs` runs (these machines are noisy), with the last run's value. */
export function timedMedian<T>(fn: () => T, runs = 3): { ms: number; value: T } {
  const results = Array.from({ length: runs }, () => timed(fn));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  return { ms: times[runs >> 1] ?? 0, value: (results.at(-1) as { value: T }).value };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export interface Figure {
  name: string;
  value: string;
  baseline?: string;
  ratio?: number;
  budget: string;
  pass: boolean;
}

export function report(figures: Figure[]): void {
  console.log('');
  for (const f of figures) {
    const ratio = f.ratio === undefined ? '' : `  ratio ${f.ratio.toFixed(2)}×`;
    const baseline = f.baseline ? `  baseline ${f.baseline}` : '';
    console.log(
      `${f.pass ? 'PASS' : 'OVER'}  ${f.name}: ${f.value}${baseline}${ratio}  (budget ${f.budget})`,
    );
  }
}

export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

/** The median time of `runs` runs of an async step. */
export async function medianAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timedAsync(fn)).ms);
  return times.sort((a, b) => a - b)[runs >> 1] ?? 0;
}
