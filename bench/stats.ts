// Timing helpers: percentiles of samples in milliseconds.

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of sorted samples. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

export async function timeOnce<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

/**
 * Runs each named variant `warmup` times, then interleaves them (a, b, c, a, b, c, …) for up to
 * `iterations` rounds or until `budgetMs` has passed (at least `minIterations` rounds), so drift
 * in the machine's load affects every variant alike.
 */
export async function measureInterleaved(
  variants: Record<string, () => Promise<unknown>>,
  options: { warmup: number; iterations: number; minIterations: number; budgetMs: number },
): Promise<Record<string, Stats>> {
  const names = Object.keys(variants);
  for (let round = 0; round < options.warmup; round++) {
    for (const name of names) await variants[name]?.();
  }
  const samples: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
  const started = performance.now();
  for (let round = 0; round < options.iterations; round++) {
    if (round >= options.minIterations && performance.now() - started > options.budgetMs) break;
    for (const name of names) {
      const variant = variants[name];
      if (!variant) continue;
      const { ms } = await timeOnce(variant);
      samples[name]?.push(ms);
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarize(samples[name] ?? [])]));
}

export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}
