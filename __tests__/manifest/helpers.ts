// Realistic manifest pieces for the manifest tests: entries shaped like the ones publish writes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BundleEntry, Manifest, MoveContext } from '../../src/manifest/types.js';

export const APP_ID = 'com.example.app';
export const REPO = 'example-org/example-app';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Deterministic bytes of any length, standing in for key material. */
function bytes(seed: string, length: number): Buffer {
  const chunks: Buffer[] = [];
  for (let i = 0; chunks.length * 32 < length; i++) {
    chunks.push(createHash('sha256').update(`${seed}/${i}`).digest());
  }
  return Buffer.concat(chunks).subarray(0, length);
}

export function plainBundle(version: string, overrides: Partial<BundleEntry> = {}): BundleEntry {
  const zipSha = sha256(`web build ${version}`);
  return {
    version,
    url: `https://github.com/${REPO}/releases/download/v${version}/${APP_ID}-${version}.zip`,
    checksum: zipSha,
    session_key: '',
    sha256: zipSha,
    size: 48213 + version.length,
    platforms: ['ios', 'android'],
    tag: `v${version}`,
    release_url: `https://github.com/${REPO}/releases/tag/v${version}`,
    repository: REPO,
    asset_name: `${APP_ID}-${version}.zip`,
    asset_id: 180000000 + version.length,
    delivery: 'direct',
    created_at: '2025-05-01T10:00:00.000Z',
    commit: sha256(`commit ${version}`).slice(0, 40),
    files: 42,
    ...overrides,
  };
}

/** An encrypted entry: 512-hex RSA checksum, `base64(iv):base64(rsa(aes key))` session key. */
export function encryptedBundle(
  version: string,
  overrides: Partial<BundleEntry> = {},
): BundleEntry {
  const sessionKey = `${bytes(`iv ${version}`, 16).toString('base64')}:${bytes(`key ${version}`, 256).toString('base64')}`;
  return plainBundle(version, {
    checksum: bytes(`signature ${version}`, 256).toString('hex'),
    session_key: sessionKey,
    key_id: 'MIIBCgKCAQEAwF1ZkQvM',
    ...overrides,
  });
}

export function ctx(runId = '9001', at = '2025-05-02T08:30:00.000Z'): MoveContext {
  return { at, run_id: runId, run_url: `https://github.com/${REPO}/actions/runs/${runId}` };
}

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

/** Freezes a manifest all the way down, so an edit that mutates its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

export function snapshot(m: Manifest): string {
  return JSON.stringify(m);
}
