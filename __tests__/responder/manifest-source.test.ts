// Where the manifest comes from: a file re-read on change, a URL with ETags, the contents API
// with a token; and the last good manifest keeps serving when a load fails.
import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { createResponder } from '../../src/responder/platforms/node-responder.js';
import { manifestHost, type LocalServer } from './support/http-fixtures.js';
import { r0, simpleManifest } from './support/manifests.js';
import { call, fileResponder, parsedLogs } from './support/responders.js';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function host(text: string) {
  const server = await manifestHost(text);
  servers.push(server);
  return server;
}

const versionOf = async (responder: ReturnType<typeof createResponder>) =>
  ((await call(responder, { json: r0() })).json as { version?: string }).version;

describe('MANIFEST_FILE', () => {
  it('re-reads the file when it changes', async () => {
    const { responder, write } = fileResponder(simpleManifest('1.2.3'));
    expect(await versionOf(responder)).toBe('1.2.3');
    write(simpleManifest('1.2.4'));
    expect(await versionOf(responder)).toBe('1.2.4');
  });

  it('keeps the last good manifest when the file breaks or disappears, and logs why', async () => {
    const { responder, write, file, logs } = fileResponder(simpleManifest('1.2.3'));
    expect(await versionOf(responder)).toBe('1.2.3');
    write('{"schema_version": 1, "app_id": ');
    expect(await versionOf(responder)).toBe('1.2.3');
    write(JSON.stringify({ schema_version: 1, app_id: 'com.example.app' }));
    expect(await versionOf(responder)).toBe('1.2.3');
    writeFileSync(file, '[]');
    expect(await versionOf(responder)).toBe('1.2.3');
    const warnings = parsedLogs(logs).filter((line) => line.event === 'warning');
    expect(warnings.length).toBeGreaterThanOrEqual(3);
    expect(String(warnings[0]?.reason)).toContain('not valid JSON');
    write(simpleManifest('1.2.5'));
    expect(await versionOf(responder)).toBe('1.2.5');
  });
});

describe('MANIFEST_URL', () => {
  it('loads the manifest, then revalidates with If-None-Match after the TTL', async () => {
    const server = await host(JSON.stringify(simpleManifest('1.2.3')));
    const responder = createResponder({
      manifestUrl: `${server.url}/live-update/manifest.json`,
      ttlSeconds: 0,
      log: () => {},
    });
    expect(await versionOf(responder)).toBe('1.2.3');
    expect(await versionOf(responder)).toBe('1.2.3');
    await responder.settled();
    const revalidations = server.requests.filter((r) => r.headers['if-none-match'] === 'W/"rev-1"');
    expect(revalidations.length).toBeGreaterThanOrEqual(1);
    expect(server.requests[0]?.headers['user-agent']).toContain('live-update-release');
  });

  it('answers from the last good manifest while refreshing (stale-while-revalidate)', async () => {
    const server = await host(JSON.stringify(simpleManifest('1.2.3')));
    const responder = createResponder({ manifestUrl: server.url, ttlSeconds: 0, log: () => {} });
    expect(await versionOf(responder)).toBe('1.2.3');
    server.serve(JSON.stringify(simpleManifest('1.2.4')));
    // This check starts the refresh and is answered from what is loaded.
    expect(await versionOf(responder)).toBe('1.2.3');
    await responder.settled();
    expect(await versionOf(responder)).toBe('1.2.4');
  });

  it('does not ask again within the TTL', async () => {
    const server = await host(JSON.stringify(simpleManifest('1.2.3')));
    const responder = createResponder({ manifestUrl: server.url, ttlSeconds: 60, log: () => {} });
    for (let i = 0; i < 5; i++) expect(await versionOf(responder)).toBe('1.2.3');
    expect(server.requests).toHaveLength(1);
  });

  it('keeps the last good manifest on HTTP errors, dropped connections and bad manifests', async () => {
    const server = await host(JSON.stringify(simpleManifest('1.2.3')));
    const logs: string[] = [];
    const responder = createResponder({
      manifestUrl: server.url,
      ttlSeconds: 0,
      log: (l) => logs.push(l),
    });
    expect(await versionOf(responder)).toBe('1.2.3');
    for (const status of [500, 404, 0]) {
      server.fail(status);
      await versionOf(responder);
      await responder.settled();
      expect(await versionOf(responder)).toBe('1.2.3');
    }
    server.fail(undefined);
    for (const bad of ['<html>rate limited</html>', '{"app_id": 5}', '[]']) {
      server.serve(bad);
      await versionOf(responder);
      await responder.settled();
      expect(await versionOf(responder)).toBe('1.2.3');
    }
    const reasons = parsedLogs(logs)
      .filter((line) => line.event === 'warning')
      .map((line) => String(line.reason));
    expect(reasons.some((reason) => reason.includes('HTTP 500'))).toBe(true);
    expect(reasons.some((reason) => reason.includes('HTTP 404'))).toBe(true);
    expect(reasons.some((reason) => reason.includes('not valid JSON'))).toBe(true);
    const health = await call(responder, { method: 'GET', path: '/health' });
    expect(health.json).toMatchObject({ status: 'ok', refresh_failing: true });
  });

  it('answers kind failed before any manifest has loaded, and recovers', async () => {
    const server = await host('');
    server.fail(503);
    const responder = createResponder({ manifestUrl: server.url, ttlSeconds: 0, log: () => {} });
    const reply = await call(responder, { json: r0() });
    expect(reply).toMatchObject({ status: 200, json: { kind: 'failed', error: 'no_channel' } });
    server.fail(undefined);
    server.serve(JSON.stringify(simpleManifest('1.2.3')));
    expect(await versionOf(responder)).toBe('1.2.3');
  });

  it('never logs a token from the URL or MANIFEST_TOKEN', async () => {
    const server = await host('');
    server.fail(401);
    const logs: string[] = [];
    const responder = createResponder({
      manifestUrl: `${server.url}/o/r/main/manifest.json?token=GHSAT0SECRETQUERY`,
      manifestToken: 'ghp_SECRETHEADERTOKEN',
      ttlSeconds: 0,
      log: (line) => logs.push(line),
    });
    await call(responder, { json: r0() });
    const text = logs.join('\n');
    expect(text).toContain('HTTP 401');
    expect(text).not.toContain('SECRET');
  });
});

describe('MANIFEST_URL with MANIFEST_TOKEN (contents API)', () => {
  it('sends the token and asks for the raw media type', async () => {
    const server = await host(JSON.stringify(simpleManifest('1.2.3')));
    const responder = createResponder({
      manifestUrl: `${server.url}/repos/example-org/example-app/contents/live-update/manifest.json?ref=live-updates`,
      manifestToken: 'ghp_exampletoken',
      ttlSeconds: 30,
      log: () => {},
    });
    expect(await versionOf(responder)).toBe('1.2.3');
    const first = server.requests[0];
    expect(first?.url).toBe(
      '/repos/example-org/example-app/contents/live-update/manifest.json?ref=live-updates',
    );
    expect(first?.headers.authorization).toBe('Bearer ghp_exampletoken');
    expect(first?.headers.accept).toBe('application/vnd.github.raw');
  });

  it('also reads the JSON envelope with base64 content', async () => {
    const content = Buffer.from(JSON.stringify(simpleManifest('1.2.3'))).toString('base64');
    const wrapped = content.replace(/(.{60})/g, '$1\n');
    const server = await host(
      JSON.stringify({ type: 'file', encoding: 'base64', name: 'manifest.json', content: wrapped }),
    );
    const responder = createResponder({
      manifestUrl: server.url,
      manifestToken: 't',
      log: () => {},
    });
    expect(await versionOf(responder)).toBe('1.2.3');
  });
});

describe('configuration', () => {
  it('refuses a missing or doubled manifest source and bad URLs, naming the setting', () => {
    expect(() => createResponder({})).toThrow(/MANIFEST_URL .*MANIFEST_FILE/);
    expect(() => createResponder({ manifestFile: 'a', manifestUrl: 'https://x' })).toThrow(
      /not both/,
    );
    expect(() => createResponder({ manifestUrl: 'ftp://x/y?token=abc' })).toThrow(/MANIFEST_URL/);
    expect(() => createResponder({ manifestUrl: 'ftp://x/y?token=abc' })).not.toThrow(/abc/);
    expect(() =>
      createResponder({ manifestFile: 'm.json', publicUrl: 'http://updates.example.com' }),
    ).toThrow(/PUBLIC_URL/);
  });
});
