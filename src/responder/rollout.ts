// Splits devices for a partial rollout. The hash must give the same answer on every check and
// in every runtime (Node, workerd, Deno, Bun), so it is plain integer arithmetic over UTF-8
// bytes: FNV-1a, then a final mix so that ids differing only in their last characters still
// spread evenly over the buckets.

/** Rollout percents count to two decimals: 10,000 buckets. */
export const ROLLOUT_BUCKETS = 10_000;
const encoder = new TextEncoder();

/** 0 ≤ bucket < 10,000 for this device and this version; stable across checks and runtimes. */
export function rolloutBucket(deviceId: string, version: string): number {
  const bytes = encoder.encode(`${deviceId.toLowerCase()}\n${version}`);
  let hash = 0x811c9dc5;
  for (const byte of bytes) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return mix(hash) % ROLLOUT_BUCKETS;
}

/** A rollout percent (0-100, two decimals count) as the number of buckets inside it. */
export function rolloutBuckets(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.round(Math.min(100, Math.max(0, percent)) * (ROLLOUT_BUCKETS / 100));
}

function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
