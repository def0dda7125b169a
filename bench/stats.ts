// Small statistics over the rounds of a comparison.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `a / b`, or undefined when either side is missing, so a check shows "not measured". */
export function ratio(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) {
    return undefined;
  }
  return a / b;
}

/** Decimal megabytes, the stricter reading of a limit in MB. */
export const MB = 1_000_000;

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const megabytes = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
