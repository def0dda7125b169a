// Load on a server with update checks shaped exactly like the plugin's: the body an Android
// device running plugin 8.x sends, with a new device id on every request of a cycle and the mix
// of versions a real fleet reports (fresh installs, devices on the current and the previous
// bundle).
import autocannon from 'autocannon';
import { APP_ID } from './manifests.js';

export const CONNECTIONS = 50;
const DISTINCT_REQUESTS = 256;
const PLUGIN_VERSION = '8.51.14';

export function updateCheckBody(deviceIndex: number, versionName: string): Record<string, unknown> {
  return {
    platform: 'android',
    app_id: APP_ID,
    device_id: deviceId(deviceIndex),
    custom_id: '',
    version_name: versionName,
    version_build: '1.0.0',
    version_code: '10',
    version_os: '14',
    plugin_version: PLUGIN_VERSION,
    is_emulator: false,
    is_prod: true,
    defaultChannel: '',
  };
}

/** A lowercase version-4 UUID, distinct for each index. */
export function deviceId(index: number): string {
  const hex = index.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

export const UPDATE_CHECK_HEADERS = {
  // Android adds the charset; the responder must not match the header exactly.
  'content-type': 'application/json; charset=utf-8',
  'user-agent': `CapacitorUpdater/${PLUGIN_VERSION} (${APP_ID}) android/14`,
};

/** Half fresh installs, a quarter on the current bundle, a quarter on the previous one. */
export function fleetBodies(current: string, previous: string): string[] {
  return Array.from({ length: DISTINCT_REQUESTS }, (_, i) => {
    const version = i % 2 === 0 ? 'builtin' : i % 4 === 1 ? current : previous;
    return JSON.stringify(updateCheckBody(i, version));
  });
}

export interface LoadResult {
  requestsPerSecond: number;
  completed: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
}

export async function applyLoad(url: string, bodies: readonly string[], seconds: number) {
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: bodies.map((body) => ({
      method: 'POST',
      path: '/updates',
      headers: UPDATE_CHECK_HEADERS,
      body,
    })),
  });
  const loadResult: LoadResult = {
    requestsPerSecond: result.requests.total / result.duration,
    completed: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  };
  return loadResult;
}
