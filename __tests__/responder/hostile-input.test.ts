// Hostile and malformed requests: every one gets a JSON answer the plugin understands, never a
// crash, a 5xx, a 429, a stack trace or a null. A seeded fuzzer makes 12,000 bodies.
import { describe, expect, it } from '@jest/globals';
import { expectNoNull } from './support/core.js';
import { bundleEntry, channelEntry, manifestWith, r0 } from './support/manifests.js';
import { fileResponder, type CallResult } from './support/responders.js';

const manifest = manifestWith([bundleEntry('1.2.3'), bundleEntry('1.3.0-beta.1')], {
  production: channelEntry({ version: '1.2.3', rollout: 50, previous: undefined }),
  beta: channelEntry({ version: '1.3.0-beta.1', allow_self_set: true }),
});

/** Mulberry32: a small seeded generator, so a failing body can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NASTY_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];
const FIELDS = [
  'app_id',
  'device_id',
  'platform',
  'version_name',
  'version_build',
  'plugin_version',
  'defaultChannel',
  'key_id',
  'is_emulator',
  'is_prod',
  'channel',
  'action',
];
const STRINGS = [
  '',
  'builtin',
  '1.2.3',
  '1.4',
  '99999999999999999999.0.0',
  '1.2.3-beta.1',
  '0.0.0-0',
  'ios',
  'android',
  'beta',
  '__proto__',
  'com.example.app',
  '../../etc/passwd',
  '\u0000',
  '\ud800',
  '💥'.repeat(50),
  'a'.repeat(5000),
  '<script>alert(1)</script>',
  '>=1.0.0 || <0.0.1',
];

function value(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 4 ? 6 : 9));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return [0, -0, 1e308, -1, 3.14, Number.MAX_SAFE_INTEGER + 2][Math.floor(next() * 6)];
    case 3:
    case 4:
    case 5:
      return STRINGS[Math.floor(next() * STRINGS.length)];
    case 6:
      return Array.from({ length: Math.floor(next() * 4) }, () => value(next, depth + 1));
    default:
      return object(next, depth + 1);
  }
}

function object(next: () => number, depth: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const count = Math.floor(next() * 6);
  for (let i = 0; i < count; i++) {
    const pool = next() < 0.3 ? NASTY_KEYS : FIELDS;
    const key = pool[Math.floor(next() * pool.length)]!;
    Object.defineProperty(result, key, {
      value: value(next, depth),
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return result;
}

/** A body text: mutated plugin bodies, random JSON, truncated JSON, and raw junk. */
function body(next: () => number): string | Uint8Array {
  const kind = Math.floor(next() * 6);
  if (kind === 0) {
    const base = r0();
    for (const field of FIELDS) if (next() < 0.3) base[field] = value(next, 3);
    if (next() < 0.3) delete base[FIELDS[Math.floor(next() * 5)]!];
    return JSON.stringify(base);
  }
  if (kind === 1) return JSON.stringify(object(next, 0));
  if (kind === 2) return JSON.stringify(value(next, 0)) ?? '';
  if (kind === 3) {
    const text = JSON.stringify(r0());
    return text.slice(0, Math.floor(next() * text.length));
  }
  if (kind === 4) {
    const depth = Math.floor(next() * 5000);
    return '['.repeat(depth) + ']'.repeat(next() < 0.5 ? depth : 0);
  }
  return Uint8Array.from({ length: Math.floor(next() * 200) }, () => Math.floor(next() * 256));
}

const ROUTES: Array<[string, string]> = [
  ['POST', '/updates'],
  ['POST', '/'],
  ['POST', '/stats'],
  ['POST', '/channel_self'],
  ['PUT', '/channel_self'],
  ['DELETE', '/channel_self'],
];

function expectWellFormed(reply: CallResult, route: string): void {
  expect([200, 400]).toContain(reply.status);
  expectNoNull(reply.text);
  expect(reply.text).not.toMatch(/\bat .+:\d+:\d+\)?/);
  const json = reply.json as Record<string, unknown>;
  if (reply.status === 400) {
    expect(json.kind).toBe('failed');
    expect(typeof json.error).toBe('string');
    expect(typeof json.message).toBe('string');
  }
  if (
    reply.status === 200 &&
    route === '/updates' &&
    'version' in json &&
    json.version !== 'builtin'
  ) {
    expect(Object.keys(json).sort()).toEqual(['checksum', 'session_key', 'url', 'version']);
  }
  if (reply.status === 200 && route === '/updates' && !('version' in json)) {
    expect(['up_to_date', 'blocked', 'failed']).toContain(json.kind);
  }
}

describe('hostile input', () => {
  it('answers 12,000 fuzzed bodies on every body route with well-formed JSON', async () => {
    const { call } = fileResponder(manifest, { ttlSeconds: 3600 });
    const next = random(20250301);
    const counts = { 200: 0, 400: 0 } as Record<number, number>;
    for (let i = 0; i < 12_000; i++) {
      const [method, path] = ROUTES[i % ROUTES.length]!;
      const reply = await call({ method, path, body: body(next) });
      counts[reply.status] = (counts[reply.status] ?? 0) + 1;
      expectWellFormed(reply, path === '/' ? '/updates' : path);
    }
    expect(counts[200]).toBeGreaterThan(1000);
    expect(counts[400]).toBeGreaterThan(1000);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'app_id')).toBe(false);
  });

  it('treats __proto__ and constructor keys as plain data', async () => {
    const { call } = fileResponder(manifest);
    const text = JSON.stringify(r0()).replace(
      '{',
      '{"__proto__":{"app_id":"com.evil.app","polluted":true},"constructor":{"prototype":{"polluted":true}},',
    );
    const reply = await call({ body: text });
    expect(reply.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const inherited = await call({
      body: '{"__proto__":{"app_id":"a.b","device_id":"d","platform":"ios","version_name":"1.0.0","version_build":"1.0.0"}}',
    });
    expect(inherited).toMatchObject({ status: 400, json: { error: 'missing_info' } });
    const channel = await call({ json: r0({ defaultChannel: '__proto__' }) });
    expect(channel.json).toMatchObject({ version: expect.any(String) });
  });

  it.each(['app_id', 'device_id', 'platform', 'version_name', 'version_build'])(
    'names %s when it is missing, empty or not a string',
    async (field) => {
      const { call } = fileResponder(manifest);
      for (const sent of [undefined, '', 42, ['1.0.0']]) {
        const body = { ...r0(), [field]: sent };
        const reply = await call({ json: body });
        expect(reply).toMatchObject({
          status: 400,
          json: { error: 'missing_info', kind: 'failed' },
        });
        expect((reply.json as { message: string }).message).toContain(`\`${field}\``);
      }
    },
  );

  it('refuses a deeply nested body without a stack overflow', async () => {
    const { call } = fileResponder(manifest);
    const deep = '['.repeat(32_000) + ']'.repeat(32_000);
    expect((await call({ body: deep })).json).toMatchObject({ error: 'invalid_json' });
    const deepObject = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
    expect((await call({ body: deepObject })).json).toMatchObject({ error: 'missing_info' });
    const statsDeep = '['.repeat(2_000_000) + ']'.repeat(2_000_000);
    const stats = await call({ path: '/stats', body: statsDeep });
    expect([200, 400]).toContain(stats.status);
  });

  it('refuses invalid UTF-8 and control characters as JSON errors', async () => {
    const { call } = fileResponder(manifest);
    const bytes = Uint8Array.from([0x7b, 0xff, 0xfe, 0x22, 0x61, 0x22, 0x3a, 0x31, 0x7d]);
    expect((await call({ body: bytes })).json).toMatchObject({ error: 'invalid_json' });
    const withNul = JSON.stringify(r0({ version_name: '1.2.3\u0000' }));
    const reply = await call({ body: withNul });
    expect(reply.status).toBe(200);
    expectNoNull(reply.text);
  });

  it('never answers 429, whatever the rate', async () => {
    const { call } = fileResponder(manifest, { ttlSeconds: 3600 });
    const replies = await Promise.all(Array.from({ length: 2000 }, () => call({ json: r0() })));
    expect(replies.every((reply) => reply.status === 200)).toBe(true);
  });
});
