// Manifests and device requests for the responder tests, shaped like what the action writes and
// what the plugin sends (the baseline body R0 of the cases).
import { createHash } from 'node:crypto';
import type { BundleEntry, Channel, ChannelMove, Manifest } from '../../../src/manifest/types.js';

export const APP_ID = 'com.example.app';
export const DEVICE_ID = '00000000-0000-4000-8000-000000000001';
export const REPOSITORY = 'example-org/example-app';

/** The baseline update check R0; a test overrides only the fields it is about. */
export function r0(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    platform: 'android',
    app_id: APP_ID,
    device_id: DEVICE_ID,
    custom_id: '',
    version_name: '1.2.2',
    version_build: '1.0.0',
    version_code: '10',
    version_os: '14',
    plugin_version: '8.45.0',
    is_emulator: false,
    is_prod: true,
    defaultChannel: '',
    ...overrides,
  };
}

/** The same check as iOS sends it: no keys for nil values, its own OS version. */
export function iosBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const body = r0({ platform: 'ios', version_os: '18.2', ...overrides });
  delete body.custom_id;
  return body;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

let assetIds = 1000;

export function bundleEntry(version: string, overrides: Partial<BundleEntry> = {}): BundleEntry {
  const tag = `v${version}`;
  const assetName = `app-${version}.zip`;
  const checksum = sha256Hex(`bundle ${version}`);
  return {
    version,
    url: `https://github.com/${REPOSITORY}/releases/download/${tag}/${assetName}`,
    checksum,
    session_key: '',
    sha256: checksum,
    size: 48_213,
    platforms: ['ios', 'android'],
    tag,
    release_url: `https://github.com/${REPOSITORY}/releases/tag/${tag}`,
    repository: REPOSITORY,
    asset_name: assetName,
    asset_id: assetIds++,
    delivery: 'direct',
    created_at: '2025-03-01T10:00:00Z',
    commit: sha256Hex(`commit ${version}`).slice(0, 40),
    ...overrides,
  };
}

/** An encrypted entry: 512-hex checksum, `iv:key` session key, the key's id. */
export function encryptedEntry(version: string, keyId: string): BundleEntry {
  const checksum = (sha256Hex(`rsa ${version}`) + sha256Hex(`rsa2 ${version}`)).repeat(4);
  const iv = Buffer.from(sha256Hex(`iv ${version}`).slice(0, 32), 'hex').toString('base64');
  const key = Buffer.from(sha256Hex(`key ${version}`).repeat(8), 'hex').toString('base64');
  return bundleEntry(version, { checksum, session_key: `${iv}:${key}`, key_id: keyId });
}

export function move(action: ChannelMove['action'], version: string, from?: string): ChannelMove {
  const base = { action, version, rollout: 100, at: '2025-03-02T10:00:00Z', run_id: '42' };
  return from === undefined ? base : { ...base, from };
}

export function channelEntry(overrides: Partial<Channel> = {}): Channel {
  const version = overrides.version;
  return {
    rollout: 100,
    allow_self_set: false,
    platforms: ['ios', 'android'],
    allow_emulator: true,
    allow_dev_build: true,
    history: version === undefined ? [] : [move('publish', version)],
    ...overrides,
  };
}

export function manifestWith(
  bundles: BundleEntry[],
  channels: Record<string, Channel>,
  defaultChannel = 'production',
): Manifest {
  return {
    schema_version: 1,
    app_id: APP_ID,
    default_channel: defaultChannel,
    bundles: Object.fromEntries(bundles.map((entry) => [entry.version, entry])),
    channels,
  };
}

/** The common case: production serves `version`, built from these bundle versions. */
export function simpleManifest(version: string, versions: string[] = [version]): Manifest {
  return manifestWith(
    versions.map((v) => bundleEntry(v)),
    {
      production: channelEntry({ version }),
    },
  );
}

export const KEY_A = 'MIIBCgKCAQEAu7Jm1xZq';
export const KEY_B = 'MIIBCgKCAQEAxQ9v0rT2';
