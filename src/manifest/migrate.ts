// Upgrades manifests written with an older layout, so a repository that has used the action for
// years keeps working after an upgrade. Each step fills only what an older writer could not know;
// it never invents what devices rely on (url, checksum, session_key), so a broken entry stays
// broken and is reported rather than served.

import { isObject } from './schema-check.js';
import { MANIFEST_SCHEMA_VERSION, type Channel } from './types.js';
import { DEFAULT_CHANNEL } from './names.js';

type Raw = Record<string, unknown>;

/**
 * Version 0: the first layout, written before `schema_version` existed. Bundles held only
 * version, url, checksum and session_key; channels only their version.
 */
function fromVersion0(manifest: Raw): void {
  if (!Object.hasOwn(manifest, 'default_channel')) manifest['default_channel'] = DEFAULT_CHANNEL;
  forEachEntry(manifest['bundles'], (key, bundle) => fillBundle(key, bundle));
  forEachEntry(manifest['channels'], (_name, channel) =>
    fillDefaults(channel, channelDefaults() as unknown as Raw),
  );
}

function fillBundle(key: string, bundle: Raw): void {
  const checksum = bundle['checksum'];
  // A plain bundle's checksum is the SHA-256 of its zip; an encrypted one's cannot be undone.
  const sha256 = typeof checksum === 'string' && /^[0-9a-f]{64}$/.test(checksum) ? checksum : '';
  fillDefaults(bundle, {
    version: key,
    sha256,
    size: 0,
    platforms: ['ios', 'android'],
    tag: '',
    release_url: '',
    repository: '',
    asset_name: assetNameOf(bundle['url']),
    asset_id: 0,
    delivery: 'direct',
    created_at: '',
    commit: '',
  });
}

function assetNameOf(url: unknown): string {
  if (typeof url !== 'string') return '';
  try {
    const name = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    return /^[A-Za-z0-9._-]+$/.test(name) ? name : '';
  } catch {
    return '';
  }
}

/** What a channel gets when nothing says otherwise. */
export function channelDefaults(): Channel {
  return {
    rollout: 100,
    allow_self_set: true,
    platforms: ['ios', 'android'],
    allow_emulator: true,
    allow_dev_build: true,
    history: [],
  };
}

const MIGRATIONS: ReadonlyArray<(manifest: Raw) => void> = [fromVersion0];

/** Brings a parsed manifest of `fromVersion` up to the current layout, in place. */
export function migrate(manifest: Raw, fromVersion: number): void {
  for (let version = fromVersion; version < MANIFEST_SCHEMA_VERSION; version++) {
    MIGRATIONS[version]?.(manifest);
  }
  manifest['schema_version'] = MANIFEST_SCHEMA_VERSION;
}

function forEachEntry(map: unknown, fill: (key: string, entry: Raw) => void): void {
  if (!isObject(map)) return;
  for (const [key, entry] of Object.entries(map)) {
    if (isObject(entry)) fill(key, entry);
  }
}

function fillDefaults(target: Raw, defaults: Raw): void {
  for (const [key, value] of Object.entries(defaults)) {
    if (!Object.hasOwn(target, key)) target[key] = value;
  }
}
