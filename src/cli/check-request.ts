// The update check a device sends (protocol section 1): the same fields, types and headers as
// the plugin, so the responder cannot tell `check` from a phone.
import { createPublicKey, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { keyIdOf } from '../bundle/keys.js';
import { UserError } from '../errors.js';
import { readCappedBody } from './capped-body.js';

/**
 * The most an update-check reply may hold: a real one is well under a kilobyte, and a device
 * would not keep reading a reply of megabytes either.
 */
export const MAX_REPLY_BYTES = 1024 * 1024;

/** A current plugin release; devices on older lines can be tried with --plugin-version. */
export const DEFAULT_PLUGIN_VERSION = '8.51.14';

const OS_VERSION = { android: '14', ios: '17.5' } as const;

export type DevicePlatform = keyof typeof OS_VERSION;

export interface DeviceOptions {
  appId: string;
  platform: DevicePlatform;
  versionName: string;
  versionBuild: string;
  channel: string;
  deviceId: string;
  pluginVersion: string;
  /** PKCS#1 PEM, when the app is configured with a public key. */
  publicKeyPem?: string;
}

export interface UpdateCheckRequest {
  body: Record<string, string | boolean>;
  headers: Record<string, string>;
}

export function updateCheckRequest(device: DeviceOptions): UpdateCheckRequest {
  const body: Record<string, string | boolean> = {
    platform: device.platform,
    device_id: device.deviceId || randomUUID(),
    app_id: device.appId,
    custom_id: '',
    version_build: device.versionBuild,
    version_code: '1',
    version_os: OS_VERSION[device.platform],
    version_name: device.versionName,
    plugin_version: device.pluginVersion,
    is_emulator: false,
    is_prod: true,
    defaultChannel: device.channel,
  };
  // Only apps with a public key send key_id.
  if (device.publicKeyPem) body.key_id = keyIdOf(device.publicKeyPem);
  const os = `${device.platform}/${OS_VERSION[device.platform]}`;
  const headers = {
    // Android adds the charset; the responder must not match the header exactly.
    'content-type': 'application/json; charset=utf-8',
    'user-agent': `CapacitorUpdater/${device.pluginVersion} (${device.appId}) ${os}`,
  };
  return { body, headers };
}

export interface SentCheck {
  status: number;
  text: string;
  ms: number;
}

export async function sendUpdateCheck(
  url: string,
  request: UpdateCheckRequest,
  timeoutMs: number,
): Promise<SentCheck> {
  const started = Date.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: request.headers,
    body: JSON.stringify(request.body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = (await readCappedBody(response, MAX_REPLY_BYTES)).toString('utf8');
  return { status: response.status, text, ms: Date.now() - started };
}

/** The app's public key as PKCS#1 PEM, from a file in PKCS#1 or SPKI form. */
export function readPublicKey(file: string): string {
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UserError(`--public-key-file: cannot read ${file} (${code}).`);
  }
  if (/PRIVATE KEY/.test(pem)) {
    throw new UserError(
      `--public-key-file: ${file} holds a private key. Pass the public key the app ` +
        'carries (public.pem from `keys`).',
    );
  }
  try {
    return createPublicKey(pem).export({ type: 'pkcs1', format: 'pem' }).toString();
  } catch {
    throw new UserError(
      `--public-key-file: ${file} is not a PEM public key ` +
        '(expected BEGIN RSA PUBLIC KEY or BEGIN PUBLIC KEY).',
    );
  }
}
