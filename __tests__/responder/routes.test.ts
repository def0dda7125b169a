// The routes of the core with a manifest file: status codes, shapes, logs.
import { describe, expect, it } from '@jest/globals';
import { expectNoNull } from './support/core.js';
import {
  APP_ID,
  bundleEntry,
  channelEntry,
  manifestWith,
  r0,
  simpleManifest,
} from './support/manifests.js';
import { fileResponder, parsedLogs } from './support/responders.js';

const channels = () =>
  manifestWith([bundleEntry('1.2.3'), bundleEntry('1.3.0-beta.1')], {
    production: channelEntry({ version: '1.2.3' }),
    beta: channelEntry({ version: '1.3.0-beta.1', allow_self_set: true }),
    staff: channelEntry({ version: '1.2.3', allow_self_set: false }),
  });

describe('POST /updates and POST /', () => {
  it('answers on both paths and under a prefix', async () => {
    const { call } = fileResponder(simpleManifest('1.2.3'));
    for (const path of ['/updates', '/', '/updates/', '/.netlify/functions/responder/updates']) {
      const reply = await call({ path, json: r0() });
      expect(reply.status).toBe(200);
      expect(reply.json).toMatchObject({ version: '1.2.3' });
    }
  });

  it('does not match the content type exactly', async () => {
    const { call } = fileResponder(simpleManifest('1.2.3'));
    for (const type of ['application/json', 'application/json; charset=utf-8', 'text/plain', '']) {
      const reply = await call({ headers: { 'content-type': type }, json: r0() });
      expect(reply.json).toMatchObject({ version: '1.2.3' });
    }
  });

  it('answers 400 invalid_json for a body that is not a JSON object', async () => {
    const { call } = fileResponder(simpleManifest('1.2.3'));
    for (const body of ['', 'not json', '[1,2]', '"text"', '42', 'null', '{"app_id":', '\u0000']) {
      const reply = await call({ body });
      expect(reply.status).toBe(400);
      expect(reply.json).toMatchObject({ error: 'invalid_json', kind: 'failed' });
      expect(typeof (reply.json as { message: unknown }).message).toBe('string');
    }
  });

  it('answers 400 missing_info for each missing or mistyped required field', async () => {
    const { call } = fileResponder(simpleManifest('1.2.3'));
    for (const field of ['app_id', 'device_id', 'platform', 'version_name', 'version_build']) {
      for (const value of [undefined, 1, null, '', ['1.2.3'], { a: 1 }, true]) {
        const body = r0({ [field]: value });
        if (value === undefined) delete body[field];
        const reply = await call({ json: body });
        expect(reply.status).toBe(400);
        expect(reply.json).toMatchObject({ error: 'missing_info', kind: 'failed' });
        expect((reply.json as { message: string }).message).toContain(field);
      }
    }
  });

  it('answers 400 body_too_large over 64 KiB', async () => {
    const { call } = fileResponder(simpleManifest('1.2.3'));
    const padded = r0({ padding: 'x'.repeat(64 * 1024) });
    const reply = await call({ json: padded });
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({ error: 'body_too_large', kind: 'failed' });
    const multibyte = await call({ body: JSON.stringify(r0({ pad: 'é'.repeat(33_000) })) });
    expect(multibyte.json).toMatchObject({ error: 'body_too_large' });
    const justUnder = await call({ json: r0({ padding: 'x'.repeat(60_000) }) });
    expect(justUnder.status).toBe(200);
  });

  it('accepts bytes as well as text, with a byte order mark', async () => {
    const { call } = fileResponder(simpleManifest('1.2.3'));
    const bytes = new TextEncoder().encode('\uFEFF' + JSON.stringify(r0()));
    const reply = await call({ body: bytes });
    expect(reply.json).toMatchObject({ version: '1.2.3' });
  });

  it('logs one JSON line per outcome with channel, platform, from, to and decision', async () => {
    const { call, logs } = fileResponder(simpleManifest('1.2.3'));
    await call({ json: r0() });
    await call({ json: r0({ version_name: '1.2.3' }) });
    await call({ body: 'oops' });
    const checks = parsedLogs(logs).filter((line) => line.event === 'update_check');
    expect(checks).toHaveLength(3);
    expect(checks[0]).toMatchObject({
      app_id: APP_ID,
      channel: 'production',
      platform: 'android',
      from: '1.2.2',
      to: '1.2.3',
      decision: 'download',
    });
    expect(checks[1]).toMatchObject({ decision: 'up_to_date', from: '1.2.3' });
    expect(checks[2]).toMatchObject({ decision: 'invalid', code: 'invalid_json' });
  });
});

describe('POST /stats', () => {
  const event = (action: string) => ({
    ...r0(),
    action,
    version_name: '1.2.3',
    old_version_name: '1.2.2',
    timestamp: 1_740_000_000_000,
  });

  it('takes one event or an array and answers 200 {"status":"ok"}', async () => {
    const { call, logs } = fileResponder(simpleManifest('1.2.3'));
    const one = await call({ path: '/stats', json: event('set') });
    expect(one).toMatchObject({ status: 200, json: { status: 'ok' } });
    const batch = await call({
      path: '/stats',
      json: [event('download_complete'), event('set'), event('app_crash')],
    });
    expect(batch).toMatchObject({ status: 200, json: { status: 'ok' } });
    const stats = parsedLogs(logs).filter((line) => line.event === 'stats');
    expect(stats.map((line) => line.action)).toEqual([
      'set',
      'download_complete',
      'set',
      'app_crash',
    ]);
    expect(stats[0]).toMatchObject({ version_name: '1.2.3', old_version_name: '1.2.2' });
  });

  it('takes a batch of 200 events with 30 metadata values of 2 KB (about 12 MB)', async () => {
    const { call } = fileResponder(simpleManifest('1.2.3'));
    const metadata = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`key${i}`, 'm'.repeat(2000)]),
    );
    const batch = Array.from({ length: 200 }, () => ({ ...event('download_fail'), metadata }));
    const body = JSON.stringify(batch);
    expect(body.length).toBeGreaterThan(12_000_000);
    const reply = await call({ path: '/stats', body });
    expect(reply).toMatchObject({ status: 200, json: { status: 'ok' } });
  });

  it('answers 400 only when the body is unreadable', async () => {
    const { call } = fileResponder(simpleManifest('1.2.3'));
    expect((await call({ path: '/stats', body: 'nope' })).status).toBe(400);
    expect((await call({ path: '/stats', body: '"text"' })).status).toBe(400);
    expect(
      (await call({ path: '/stats', body: 'x'.repeat(16 * 1024 * 1024 + 1) })).json,
    ).toMatchObject({
      error: 'body_too_large',
    });
    expect((await call({ path: '/stats', json: [1, 'two', null, {}] })).status).toBe(200);
    expect((await call({ path: '/stats', json: {} })).status).toBe(200);
  });
});

describe('/channel_self', () => {
  it('POST accepts a channel that allows self-assignment and the default channel', async () => {
    const { call } = fileResponder(channels());
    for (const channel of ['beta', 'production']) {
      const reply = await call({ path: '/channel_self', json: { ...r0(), channel } });
      expect(reply).toMatchObject({ status: 200, json: { status: 'ok', allowSet: true } });
    }
  });

  it('POST refuses other channels with error and message', async () => {
    const { call } = fileResponder(channels());
    const privateChannel = await call({
      path: '/channel_self',
      json: { ...r0(), channel: 'staff' },
    });
    expect(privateChannel.status).toBe(200);
    expect(privateChannel.json).toMatchObject({ error: 'cannot_update_via_private_channel' });
    const unknown = await call({ path: '/channel_self', json: { ...r0(), channel: 'nope' } });
    expect(unknown.json).toMatchObject({ error: 'channel_not_found' });
    const otherApp = await call({
      path: '/channel_self',
      json: { ...r0({ app_id: 'com.other.app' }), channel: 'beta' },
    });
    expect(otherApp.json).toMatchObject({ error: 'unknown_app' });
    const missing = await call({ path: '/channel_self', json: r0() });
    expect(missing).toMatchObject({ status: 400, json: { error: 'missing_info', kind: 'failed' } });
  });

  it('PUT answers the channel the device is routed to', async () => {
    const { call } = fileResponder(channels());
    const put = (defaultChannel: string) =>
      call({ method: 'PUT', path: '/channel_self', json: r0({ defaultChannel }) });
    expect((await put('')).json).toEqual({
      channel: 'production',
      status: 'default',
      allowSet: false,
    });
    expect((await put('beta')).json).toEqual({
      channel: 'beta',
      status: 'override',
      allowSet: true,
    });
    expect((await put('staff')).json).toEqual({
      channel: 'production',
      status: 'default',
      allowSet: false,
    });
    const unknown = await put('gone');
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('channel_not_found');
  });

  it('GET lists the channels devices may pick, from query parameters', async () => {
    const { call } = fileResponder(channels());
    const reply = await call({
      method: 'GET',
      path: '/channel_self',
      query: { app_id: APP_ID, platform: 'android' },
      body: '',
    });
    expect(reply.json).toEqual([{ id: 1, name: 'beta', public: false, allow_self_set: true }]);
    const other = await call({ method: 'GET', path: '/channel_self', query: { app_id: 'x.y' } });
    expect(other.json).toMatchObject({ error: 'unknown_app' });
  });

  it('DELETE answers ok', async () => {
    const { call } = fileResponder(channels());
    const reply = await call({ method: 'DELETE', path: '/channel_self', json: r0() });
    expect(reply).toMatchObject({ status: 200, json: { status: 'ok' } });
  });
});

describe('GET /health and unknown routes', () => {
  it('reports the manifest age and counts', async () => {
    const { call } = fileResponder(channels());
    const reply = await call({ method: 'GET', path: '/health' });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      status: 'ok',
      app_id: APP_ID,
      bundles: 2,
      channels: 3,
      refresh_failing: false,
    });
    expect(
      (reply.json as { manifest_age_seconds: number }).manifest_age_seconds,
    ).toBeGreaterThanOrEqual(0);
  });

  it('answers 503 on /health and kind failed on checks while no manifest loads', async () => {
    const { call, logs } = fileResponder('{ not json');
    const health = await call({ method: 'GET', path: '/health' });
    expect(health.status).toBe(503);
    const reply = await call({ json: r0() });
    expect(reply).toMatchObject({ status: 200, json: { kind: 'failed', error: 'no_channel' } });
    expect(logs.join('\n')).toContain('not valid JSON');
  });

  it('answers 404 JSON for unknown routes and methods', async () => {
    const { call } = fileResponder(channels());
    for (const [method, path] of [
      ['GET', '/updates'],
      ['POST', '/admin'],
      ['PATCH', '/channel_self'],
      ['GET', '/bundles'],
      ['OPTIONS', '/updates'],
    ] as const) {
      const reply = await call({ method, path });
      expect(reply.status).toBe(404);
      expect(reply.json).toMatchObject({ error: 'not_found' });
    }
  });

  it('never holds null in any reply', async () => {
    const { call } = fileResponder(channels());
    const replies = await Promise.all([
      call({ json: r0() }),
      call({ json: r0({ version_name: '1.2.3' }) }),
      call({ json: r0({ app_id: 'x.y' }) }),
      call({ body: 'null' }),
      call({ path: '/stats', json: null }),
      call({ method: 'PUT', path: '/channel_self', json: r0() }),
      call({ method: 'GET', path: '/channel_self' }),
      call({ method: 'GET', path: '/health' }),
      call({ method: 'GET', path: '/nope' }),
    ]);
    for (const reply of replies) expectNoNull(reply.text);
  });
});
