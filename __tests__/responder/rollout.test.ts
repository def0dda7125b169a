// The rollout hash decides which devices are inside a partial rollout. It must never change
// between releases of the responder (devices would flip between bundles) and must give the same
// bucket in every runtime, so it is pinned here and checked against a BigInt reference.
import { describe, expect, it } from '@jest/globals';
import { rolloutBucket, rolloutBuckets } from '../../src/responder/rollout.js';

const MASK = 0xffffffffn;

/** FNV-1a over UTF-8, then the MurmurHash3 finaliser, in BigInt arithmetic. */
function reference(deviceId: string, version: string): number {
  let hash = 0x811c9dc5n;
  for (const byte of Buffer.from(`${deviceId.toLowerCase()}\n${version}`, 'utf8')) {
    hash = ((hash ^ BigInt(byte)) * 0x01000193n) & MASK;
  }
  hash ^= hash >> 16n;
  hash = (hash * 0x85ebca6bn) & MASK;
  hash ^= hash >> 13n;
  hash = (hash * 0xc2b2ae35n) & MASK;
  hash ^= hash >> 16n;
  return Number(hash % 10_000n);
}

describe('rollout buckets', () => {
  it('keep the buckets of known devices (changing them would move devices mid-rollout)', () => {
    expect(rolloutBucket('00000000-0000-4000-8000-000000000001', '1.2.3')).toBe(3409);
    expect(rolloutBucket('00000000-0000-4000-8000-000000000001', '1.2.4')).toBe(2172);
    expect(rolloutBucket('3f2a9c1e-7b4d-4e8a-9c2b-000000000000', '1.2.3')).toBe(4911);
    expect(rolloutBucket('3F2A9C1E-7B4D-4E8A-9C2B-000000000000', '1.2.3')).toBe(4911);
    expect(rolloutBucket('é-ü', '1.0.0')).toBe(710);
  });

  it('match an independent implementation for random device ids', () => {
    for (let i = 0; i < 2000; i++) {
      const id = crypto.randomUUID();
      const version = `1.${i % 7}.${i % 13}`;
      expect(rolloutBucket(id, version)).toBe(reference(id, version));
    }
  });

  it('turn percents into buckets, clamped', () => {
    expect(rolloutBuckets(30)).toBe(3000);
    expect(rolloutBuckets(12.34)).toBe(1234);
    expect(rolloutBuckets(-5)).toBe(0);
    expect(rolloutBuckets(250)).toBe(10_000);
    expect(rolloutBuckets(Number.NaN)).toBe(0);
  });
});
