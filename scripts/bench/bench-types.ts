/** One measured figure. `target` says what the issue asks for, so the printout can be read without the issue. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
