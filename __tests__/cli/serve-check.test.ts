// `serve` on a manifest file and `check` against it, as a device would: the bundles are zips
// built by `bundle --out` and served by a small http server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { recordBundle } from '../../src/manifest/edits.js';
import { emptyManifest, serializeManifest } from '../../src/manifest/parse.js';
import type { BundleEntry, Manifest } from '../../src/manifest/types.js';
import {
  eventually,
  expectOneErrorLine,
  removeTempDirs,
  requireBuiltCli,
  runCli,
  startCli,
  tempDir,
  type RunningCli,
} from './helpers.js';

const APP_ID = 'com.example.app';
const dir = tempDir('serve-check');
const downloads: { path: string; headers: IncomingHttpHeaders }[] = [];
let files: Server;
let filesUrl = '';
let serve: RunningCli;
let updateUrl = '';

interface BundleJson {
  version: string;
  sha256: string;
  checksum: string;
  session_key: string;
  size: number;
  key_id?: string;
}

async function buildBundle(version: string, extra: string[] = []): Promise<BundleJson> {
  const out = path.join(dir, `${version}.zip`);
  const run = await runCli([
    'bundle',
    'examples/web-app/www',
    '--version',
    version,
    '--out',
    out,
    '--json',
    ...extra,
  ]);
  if (run.code !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as BundleJson;
}

function entryFor(
  bundle: BundleJson,
  url: string,
  overrides: Partial<BundleEntry> = {},
): BundleEntry {
  return {
    version: bundle.version,
    url,
    checksum: bundle.checksum,
    session_key: bundle.session_key,
    sha256: bundle.sha256,
    size: bundle.size,
    ...(bundle.key_id ? { key_id: bundle.key_id } : {}),
    platforms: ['ios', 'android'],
    tag: `v${bundle.version}`,
    release_url: `https://github.com/example-org/example-app/releases/tag/v${bundle.version}`,
    repository: 'example-org/example-app',
    asset_name: `${APP_ID}-${bundle.version}.zip`,
    asset_id: 1,
    delivery: 'direct',
    created_at: '2026-01-01T00:00:00Z',
    commit: '0123456789abcdef0123456789abcdef01234567',
    ...overrides,
  };
}

function record(manifest: Manifest, entry: BundleEntry, channel: string): Manifest {
  return recordBundle(manifest, entry, {
    channel,
    rollout: 100,
    ctx: { at: '2026-01-01T00:00:00Z' },
  }).manifest;
}

function startFileServer(): Promise<void> {
  files = createServer((req, res) => {
    downloads.push({ path: req.url ?? '', headers: req.headers });
    // Like a release download URL, which redirects to its asset host.
    if (req.url?.startsWith('/download/')) {
      res.writeHead(302, { location: `/assets/${req.url.slice('/download/'.length)}` }).end();
      return;
    }
    try {
      const data = readFileSync(path.join(dir, path.basename(req.url ?? '')));
      res
        .writeHead(200, { 'content-type': 'application/zip', 'content-length': data.length })
        .end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => files.listen(0, '127.0.0.1', () => resolve()));
}

beforeAll(async () => {
  requireBuiltCli();
  await startFileServer();
  filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  await runCli(['keys', '--out-dir', dir]);
  const [plain, wrong, secure] = await Promise.all([
    buildBundle('1.0.1'),
    buildBundle('1.0.2'),
    buildBundle('1.0.3', ['--encryption-key-file', path.join(dir, 'private.pem')]),
  ]);
  let manifest = emptyManifest(APP_ID);
  manifest = record(manifest, entryFor(plain, `${filesUrl}/download/1.0.1.zip`), 'production');
  const otherHash = createHash('sha256').update('other bytes').digest('hex');
  manifest = record(
    manifest,
    entryFor(wrong, `${filesUrl}/assets/1.0.2.zip`, { checksum: otherHash, sha256: otherHash }),
    'broken',
  );
  manifest = record(manifest, entryFor(secure, `${filesUrl}/assets/1.0.3.zip`), 'secure');
  const manifestFile = path.join(dir, 'manifest.json');
  writeFileSync(manifestFile, serializeManifest(manifest));

  serve = await startCli(['serve', '--manifest', manifestFile, '--port', '0']);
  const listening = /^Responder listening on (http:\/\/127\.0\.0\.1:\d+)$/.exec(serve.firstLine);
  if (!listening) throw new Error(`unexpected first line: ${serve.firstLine}`);
  updateUrl = `${listening[1]}/updates`;
});

afterAll(async () => {
  // Ctrl-C or SIGTERM closes the server and ends the process cleanly.
  if (serve) expect(await serve.stop()).toBe(0);
  if (files) await new Promise((resolve) => files.close(resolve));
  removeTempDirs();
});

const check = (...args: string[]) => runCli(['check', updateUrl, '--app-id', APP_ID, ...args]);

describe('serve', () => {
  test('prints the URL it listens on and the capacitor.config lines', async () => {
    await eventually(() => serve.output().includes('channelUrl'));
    expect(serve.output()).toContain(`updateUrl   ${updateUrl}`);
  });

  test('--json prints one line with the URLs first', async () => {
    const manifestFile = path.join(dir, 'manifest.json');
    const json = await startCli(['serve', '--manifest', manifestFile, '--port', '0', '--json']);
    try {
      const line = JSON.parse(json.firstLine);
      expect(line.update_url).toBe(`${line.url}/updates`);
      const health = await fetch(`${line.url}/health`);
      expect(health.status).toBe(200);
    } finally {
      expect(await json.stop()).toBe(0);
    }
  });

  test('refuses a manifest file that does not exist', async () => {
    const run = await runCli([
      'serve',
      '--manifest',
      path.join(dir, 'missing.json'),
      '--port',
      '0',
    ]);
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run.stderr)).toContain('does not exist');
  });
});

describe('check', () => {
  test('follows an offered bundle through download, checksum and zip', async () => {
    const before = downloads.length;
    const run = await check();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}OK {4}reply +update 1\.0\.1 offered$/m);
    expect(run.stdout).toMatch(/^ {2}WARN {2}url +.*plain http/m);
    expect(run.stdout).toMatch(/^ {2}OK {4}download +\d+ bytes after 1 redirect$/m);
    expect(run.stdout).toMatch(/^ {2}OK {4}sha256 +[0-9a-f]{64} matches the checksum$/m);
    expect(run.stdout).toMatch(/^ {2}OK {4}zip +3 files unzip; index.html at the root/m);
    expect(run.stdout).toContain('OK: a device would install 1.0.1.');
    // Devices download anonymously.
    const fetched = downloads.slice(before);
    expect(fetched.map((d) => d.path)).toEqual(['/download/1.0.1.zip', '/assets/1.0.1.zip']);
    for (const d of fetched) expect(d.headers.authorization).toBeUndefined();
  });

  test('sends the plugin-shaped body and headers; --json reports every step', async () => {
    const run = await check(
      '--json',
      '--platform',
      'ios',
      '--device-id',
      '00000000-0000-4000-8000-000000000001',
    );
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(true);
    expect(Object.keys(report.request.body).sort()).toEqual(
      [
        'app_id',
        'custom_id',
        'defaultChannel',
        'device_id',
        'is_emulator',
        'is_prod',
        'platform',
        'plugin_version',
        'version_build',
        'version_code',
        'version_name',
        'version_os',
      ].sort(),
    );
    expect(report.request.body).toMatchObject({
      platform: 'ios',
      version_name: 'builtin',
      version_build: '1.0.0',
      is_emulator: false,
      is_prod: true,
    });
    expect(report.request.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(report.request.headers['user-agent']).toMatch(
      /^CapacitorUpdater\/8\.\d+\.\d+ \(com\.example\.app\) ios\/[\d.]+$/,
    );
    expect(report.reply.body).toEqual({
      version: '1.0.1',
      url: `${filesUrl}/download/1.0.1.zip`,
      checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
      session_key: '',
    });
    expect(report.steps.map((s: { step: string }) => s.step)).toEqual([
      'request',
      'reply',
      'url',
      'checksum',
      'download',
      'sha256',
      'zip',
    ]);
    // The responder logged the check as it would a phone's.
    await eventually(() => /"event":"update_check".*"platform":"ios"/.test(serve.output()));
  });

  test('fails on a checksum that does not match the downloaded bytes', async () => {
    const run = await check('--channel', 'broken');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^ {2}FAIL {2}sha256 +the bundle hashes to [0-9a-f]{64} but the checksum says [0-9a-f]{64}/m,
    );
    expect(run.stdout).toContain('FAILED: 1 step would fail on a device.');
  });

  test('an up-to-date device gets a valid no-update reply; --expect-version turns it into a failure', async () => {
    const upToDate = await check('--version-name', '1.0.1');
    expect(upToDate.code).toBe(0);
    expect(upToDate.stdout).toMatch(/OK {4}reply +no update, up_to_date/);
    const expecting = await check('--version-name', '1.0.1', '--expect-version', '1.0.1');
    expect(expecting.code).toBe(1);
    expect(expecting.stdout).toMatch(
      /FAIL {2}expect +expected 1\.0\.1, but the reply offers no update/,
    );
  });

  test('an encrypted bundle is decrypted with the public key and verified', async () => {
    const run = await check(
      '--channel',
      'secure',
      '--public-key-file',
      path.join(dir, 'public.pem'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/OK {4}reply +update 1\.0\.3 offered \(encrypted\)/);
    expect(run.stdout).toMatch(/OK {4}checksum +encrypted form \(512 hex\)/);
    expect(run.stdout).toMatch(/OK {4}decrypt +\d+ bytes after decryption/);
    expect(run.stdout).toMatch(/OK {4}sha256 +[0-9a-f]{64} matches the checksum/);
  });

  test('without the public key an encrypted bundle cannot be verified', async () => {
    // Plugins up to 8.40.7 may omit key_id and still get the bundle.
    const run = await check('--channel', 'secure', '--plugin-version', '6.0.0');
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}decrypt +the bundle is encrypted: pass --public-key-file/);
  });

  test('a device holding another key is refused before downloading', async () => {
    const other = tempDir('other-key');
    await runCli(['keys', '--out-dir', other]);
    const run = await check(
      '--channel',
      'secure',
      '--public-key-file',
      path.join(other, 'public.pem'),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/WARN {2}reply +refused, blocked: key_id_mismatch/);
    expect(run.stdout).not.toContain('download');
  });

  test('a responder that is not there is a failed step, not a crash', async () => {
    const run = await runCli([
      'check',
      'http://127.0.0.1:9/updates',
      '--app-id',
      APP_ID,
      '--timeout',
      '2',
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}request +POST http:\/\/127\.0\.0\.1:9\/updates: /);
  });
});

describe('the local flow: bundle --manifest-out, serve --files, check', () => {
  test('a device gets the bundle from the folder serve shares', async () => {
    const flow = tempDir('flow');
    const filesPort = await freePort();
    const zip = path.join(flow, 'app-2.0.1.zip');
    const manifestFile = path.join(flow, 'manifest.json');
    const bundled = await runCli([
      'bundle',
      'examples/web-app/www',
      '--version',
      '2.0.1',
      '--out',
      zip,
      '--manifest-out',
      manifestFile,
      '--url',
      `http://127.0.0.1:${filesPort}/app-2.0.1.zip`,
    ]);
    expect(bundled.code).toBe(0);
    const local = await startCli([
      'serve',
      '--manifest',
      manifestFile,
      '--port',
      '0',
      '--files',
      flow,
      '--files-port',
      String(filesPort),
    ]);
    try {
      const url = /(http:\/\/127\.0\.0\.1:\d+)$/.exec(local.firstLine)![1];
      await eventually(() => local.output().includes(`Files: http://127.0.0.1:${filesPort}/`));
      const run = await runCli([
        'check',
        `${url}/updates`,
        '--app-id',
        APP_ID,
        '--version-build',
        '2.0.0',
        '--expect-version',
        '2.0.1',
      ]);
      expect(run.stdout).toContain('OK: a device would install 2.0.1.');
      expect(run.code).toBe(0);
      // The folder is shared read-only, and nothing outside it.
      const outside = await fetch(
        `http://127.0.0.1:${filesPort}/%2e%2e/${path.basename(flow)}/manifest.json`,
      );
      expect(outside.status).toBe(404);
      expect(
        (await fetch(`http://127.0.0.1:${filesPort}/app-2.0.1.zip`, { method: 'DELETE' })).status,
      ).toBe(404);
    } catch (failure) {
      // Stop the server, but report what went wrong rather than how it stopped.
      await local.stop();
      throw failure;
    }
    expect(await local.stop()).toBe(0);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
