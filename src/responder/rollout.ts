// Splits devices for a partial rollout. The hash must give the same answer on every check and
// in every runtime (Node, workerd, Deno, Bun), so it is plain integer arithmetic over UTF-8
// bytes: FNV-1a, then a final mix so that ids differing only in their last characters still
// spread evenly over the buckets.

/** Rollout percents count to two decimals: 10,000 buckets. */
export const ROLLOUT_BUCKETS = 10_000;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const NEWLINE = 0x0a;
const encoder = new TextEncoder();

/** 0 ≤ bucket < 10,000 for this device and this version; stable across checks and runtimes. */
export function rolloutBucket(deviceId: string, version: string): number {
  let hash = hashUtf8(FNV_OFFSET, deviceId.toLowerCase());
  hash = Math.imul(hash ^ NEWLINE, FNV_PRIME);
  return mix(hashUtf8(hash, version)) % ROLLOUT_BUCKETS;
}

// FNV-1a over the UTF-8 bytes of `text`. Device ids and versions are ASCII, whose bytes are their
// character codes, so the bytes are built only for other text: this runs on every check of a
// partial rollout.
function hashUtf8(start: number, text: string): number {
  let hash = start;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return hashBytes(start, encoder.encode(text));
    hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return hash;
}

function hashBytes(start: number, bytes: Uint8Array): number {
  let hash = start;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, FNV_PRIME);
  return hash;
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
