// Manifests of any size for the responder benchmarks, made the way the action makes them:
// every bundle recorded with the manifest module's own publish edit.
import { createHash } from 'node:crypto';
import { recordBundle } from '../src/manifest/edits.js';
import { emptyManifest, serializeManifest } from '../src/manifest/parse.js';
import type { BundleEntry, Manifest } from '../src/manifest/types.js';

export const APP_ID = 'com.example.app';
const REPOSITORY = 'example-org/example-app';
const CHANNEL = 'production';
/** The newest bundle is in a staged rollout, so checks go through the rollout hash as well. */
const LATEST_ROLLOUT = 50;

export interface BenchManifest {
  text: string;
  /** What the channel serves to devices inside and outside the rollout. */
  current: string;
  previous: string;
}

/** Version `1.<i>.0` for the i-th bundle: each publish ranks above the one before. */
export const versionOf = (i: number) => `1.${i}.0`;

/**
 * A manifest holding `count` bundles, published one after another to `production`. Each publish
 * goes through `recordBundle` on a manifest holding only the channels, and the entries are
 * gathered outside it: the edit copies the whole manifest, which would make building 10,000
 * entries quadratic, while its result for one bundle does not depend on the others.
 */
export function makeManifest(count: number): BenchManifest {
  const made = madeBefore.get(count) ?? buildManifest(count);
  madeBefore.set(count, made);
  return made;
}

/** Several sections use the same sizes; each is built once per run. */
const madeBefore = new Map<number, BenchManifest>();

function buildManifest(count: number): BenchManifest {
  const bundles: Record<string, BundleEntry> = Object.create(null) as Record<string, BundleEntry>;
  let working: Manifest = emptyManifest(APP_ID);
  for (let i = 0; i < count; i++) {
    const entry = bundleEntry(i);
    const rollout = i === count - 1 ? LATEST_ROLLOUT : 100;
    const ctx = { at: entry.created_at, run_id: String(1000 + i) };
    const { manifest } = recordBundle(working, entry, { channel: CHANNEL, rollout, ctx });
    bundles[entry.version] = manifest.bundles[entry.version]!;
    working = { ...manifest, bundles: Object.create(null) as Record<string, BundleEntry> };
  }
  const channel = working.channels[CHANNEL]!;
  return {
    text: serializeManifest({ ...working, bundles }),
    current: channel.version ?? 'builtin',
    previous: channel.previous ?? 'builtin',
  };
}

function bundleEntry(i: number): BundleEntry {
  const version = versionOf(i);
  const tag = `v${version}`;
  const sha256 = createHash('sha256').update(`bundle ${version}`).digest('hex');
  const assetName = `app-${version}.zip`;
  return {
    version,
    url: `https://github.com/${REPOSITORY}/releases/download/${tag}/${assetName}`,
    checksum: sha256,
    session_key: '',
    sha256,
    size: 4_000_000 + i,
    native_versions: '>=1.0.0 <2.0.0',
    platforms: ['ios', 'android'],
    tag,
    release_url: `https://github.com/${REPOSITORY}/releases/tag/${tag}`,
    repository: REPOSITORY,
    asset_name: assetName,
    asset_id: 100_000 + i,
    delivery: 'direct',
    created_at: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
    commit: createHash('sha1').update(version).digest('hex'),
    files: 1500,
  };
}
