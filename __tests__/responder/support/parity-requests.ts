// One set of requests and one manifest that every platform build must answer identically.
import type { Manifest } from '../../../src/manifest/types.js';
import {
  bundleEntry,
  channelEntry,
  encryptedEntry,
  iosBody,
  KEY_A,
  manifestWith,
  move,
  r0,
} from './manifests.js';

export interface ParityRequest {
  name: string;
  method: string;
  path: string;
  query?: Record<string, string>;
  /** Sent as JSON when not a string. */
  body?: unknown;
}

export interface ParityReply {
  status: number;
  json: unknown;
}

export function parityManifest(): Manifest {
  return manifestWith(
    [
      bundleEntry('1.0.0'),
      bundleEntry('1.1.0'),
      bundleEntry('1.2.3'),
      bundleEntry('2.0.0'),
      bundleEntry('1.3.0-beta.1', { platforms: ['android'] }),
      encryptedEntry('1.2.4', KEY_A),
      { ...bundleEntry('1.9.0'), checksum: 'deadbeef' },
    ],
    {
      production: channelEntry({
        version: '1.2.3',
        previous: '1.1.0',
        rollout: 40,
        history: [move('publish', '1.1.0'), move('publish', '1.2.3', '1.1.0')],
      }),
      beta: channelEntry({ version: '1.3.0-beta.1', allow_self_set: true, allow_emulator: false }),
      rolled: channelEntry({
        version: '1.0.0',
        allow_self_set: true,
        history: [
          move('publish', '1.0.0'),
          move('publish', '1.1.0', '1.0.0'),
          move('rollback', '1.0.0', '1.1.0'),
        ],
      }),
      major: channelEntry({ version: '2.0.0', allow_self_set: true }),
      secure: channelEntry({ version: '1.2.4', allow_self_set: true }),
      broken: channelEntry({ version: '1.9.0', allow_self_set: true }),
    },
  );
}

const devices = Array.from({ length: 6 }, (_, i) => `3f2a9c1e-7b4d-4e8a-9c2b-00000000000${i}`);

export const PARITY_REQUESTS: ParityRequest[] = [
  ...devices.map((id) => ({
    name: `rollout ${id}`,
    method: 'POST',
    path: '/updates',
    body: r0({ device_id: id, version_name: 'builtin' }),
  })),
  { name: 'root path', method: 'POST', path: '/', body: r0() },
  { name: 'up to date', method: 'POST', path: '/updates', body: r0({ version_name: '1.2.3' }) },
  { name: 'ahead', method: 'POST', path: '/updates', body: r0({ version_name: '1.5.0' }) },
  { name: 'other app', method: 'POST', path: '/updates', body: r0({ app_id: 'com.other.app' }) },
  { name: 'beta ios', method: 'POST', path: '/updates', body: iosBody({ defaultChannel: 'beta' }) },
  {
    name: 'beta emulator',
    method: 'POST',
    path: '/updates',
    body: r0({ defaultChannel: 'beta', is_emulator: true }),
  },
  {
    name: 'rolled back device',
    method: 'POST',
    path: '/updates',
    body: r0({ defaultChannel: 'rolled', version_name: '1.1.0', version_build: '1.0.5' }),
  },
  { name: 'major', method: 'POST', path: '/updates', body: r0({ defaultChannel: 'major' }) },
  {
    name: 'under native',
    method: 'POST',
    path: '/updates',
    body: r0({ version_build: '1.4', version_name: 'builtin' }),
  },
  {
    name: 'key match',
    method: 'POST',
    path: '/updates',
    body: r0({ defaultChannel: 'secure', key_id: KEY_A }),
  },
  {
    name: 'keyless recent plugin',
    method: 'POST',
    path: '/updates',
    body: r0({ defaultChannel: 'secure' }),
  },
  {
    name: 'broken entry',
    method: 'POST',
    path: '/updates',
    body: r0({ defaultChannel: 'broken' }),
  },
  { name: 'not json', method: 'POST', path: '/updates', body: '{"app_id":' },
  { name: 'missing field', method: 'POST', path: '/updates', body: { app_id: 'com.example.app' } },
  {
    name: 'too large',
    method: 'POST',
    path: '/updates',
    body: r0({ padding: 'x'.repeat(70 * 1024) }),
  },
  {
    name: 'stats batch',
    method: 'POST',
    path: '/stats',
    body: [{ ...r0(), action: 'set', version_name: '1.2.3', old_version_name: 'builtin' }],
  },
  { name: 'stats junk', method: 'POST', path: '/stats', body: 'nope' },
  {
    name: 'channel set',
    method: 'POST',
    path: '/channel_self',
    body: { ...r0(), channel: 'beta' },
  },
  {
    name: 'channel set unknown',
    method: 'POST',
    path: '/channel_self',
    body: { ...r0(), channel: 'nothing' },
  },
  {
    name: 'channel get',
    method: 'PUT',
    path: '/channel_self',
    body: r0({ defaultChannel: 'beta' }),
  },
  {
    name: 'channel get unknown',
    method: 'PUT',
    path: '/channel_self',
    body: r0({ defaultChannel: 'x' }),
  },
  {
    name: 'channel list',
    method: 'GET',
    path: '/channel_self',
    query: { app_id: 'com.example.app', platform: 'android', version_name: 'builtin' },
  },
  { name: 'channel unset', method: 'DELETE', path: '/channel_self', body: r0() },
  { name: 'unknown route', method: 'GET', path: '/admin' },
  { name: 'bundle not served', method: 'GET', path: '/bundles/9.9.9' },
];

export function bodyText(request: ParityRequest): string | undefined {
  if (request.body === undefined) return undefined;
  return typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
}

export function queryString(request: ParityRequest): string {
  const params = new URLSearchParams(request.query ?? {}).toString();
  return params ? `?${params}` : '';
}

/** Sends every parity request to a responder at `baseUrl` over HTTP. */
export async function askOverHttp(baseUrl: string): Promise<Record<string, ParityReply>> {
  const replies: Record<string, ParityReply> = {};
  for (const request of PARITY_REQUESTS) {
    const response = await fetch(`${baseUrl}${request.path}${queryString(request)}`, {
      method: request.method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: bodyText(request),
    });
    replies[request.name] = { status: response.status, json: await response.json() };
  }
  return replies;
}
