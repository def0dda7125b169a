// `check` against a responder and a file host that misbehave: what they send is shown escaped,
// their sizes are capped, and a mismatched file and entry get the right diagnosis.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { removeTempDirs, requireBuiltCli, runCli, tempDir } from './helpers.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const APP_ID = 'com.example.app';
const SHA = 'a'.repeat(64);
const routes = new Map<string, Handler>();
let server: Server;
let base = '';

const json =
  (body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };

async function check(route: string, handler: Handler, ...args: string[]) {
  routes.set(route, handler);
  return runCli(['check', `${base}${route}`, '--app-id', APP_ID, '--timeout', '5', ...args]);
}

beforeAll(async () => {
  requireBuiltCli();
  server = createServer((req, res) => {
    const handler = routes.get(req.url ?? '');
    if (handler) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  removeTempDirs();
});

describe('what the responder says is shown escaped', () => {
  test('escape sequences and line breaks in a message cannot clear the screen or forge a line', async () => {
    const message = '\u001b[2J\u001b[H\r\nOK: a device would install 9.9.9.';
    const run = await check('/message', json({ kind: 'blocked', error: 'no_channel', message }));
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(run.stdout).not.toMatch(/^OK: a device would install 9\.9\.9/m);
    expect(run.stdout).toContain('\\u001b[2J');
  });

  test('a version with control characters fails the check', async () => {
    const offer = {
      version: '1.2.3\u001b[2J',
      url: `${base}/never.zip`,
      checksum: SHA,
      session_key: '',
    };
    const run = await check('/version', json(offer));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}reply +version .*holds control characters/);
    expect(run.stdout).not.toContain('\u001b');
  });
});

describe('sizes are capped', () => {
  test('a reply of megabytes is refused', async () => {
    const big = { version: '1.2.3', url: `${base}/a.zip`, checksum: SHA, session_key: '' };
    const run = await check('/big-reply', json({ ...big, comment: 'x'.repeat(2 * 1024 * 1024) }));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}reply +too large/);
  });

  test('a reply announcing 4 GB is refused without waiting for it', async () => {
    const started = Date.now();
    const run = await check('/huge-reply', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 4 * 1024 ** 3 });
      res.write('{"version":');
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}reply +too large \(4294967296 bytes announced/);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  test('a bundle announcing 4 GB is refused', async () => {
    routes.set('/huge.zip', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': 4 * 1024 ** 3 });
      res.write('PK');
    });
    const offer = { version: '1.2.3', url: `${base}/huge.zip`, checksum: SHA, session_key: '' };
    const run = await check('/huge-offer', json(offer));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}download +.*above 512 MiB/);
  });
});

describe('diagnoses', () => {
  test("a port Node's fetch refuses is named, with another port to use", async () => {
    const run = await runCli(['check', 'http://127.0.0.1:6666/updates', '--app-id', APP_ID]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}request +.*port 6666 .*another port/);
    expect(run.stdout).not.toContain('Error: bad port');
  });

  test('a file from another encryption run is not blamed on the key pair', async () => {
    const dir = tempDir('two-runs');
    await runCli(['keys', '--out-dir', dir]);
    const bundle = async (name: string) => {
      const out = path.join(dir, name);
      const run = await runCli([
        'bundle',
        'examples/web-app/www',
        '--version',
        '1.2.3',
        '--encryption-key-file',
        path.join(dir, 'private.pem'),
        '--out',
        out,
        '--json',
      ]);
      return JSON.parse(run.stdout) as { checksum: string; session_key: string };
    };
    const [first] = await Promise.all([bundle('first.zip'), bundle('second.zip')]);
    const second = readFileSync(path.join(dir, 'second.zip'));
    routes.set('/second.zip', (_req, res) => {
      res.writeHead(200, { 'content-length': second.length }).end(second);
    });
    const offer = {
      version: '1.2.3',
      url: `${base}/second.zip`,
      checksum: first!.checksum,
      session_key: first!.session_key,
    };
    const run = await check(
      '/mixed',
      json(offer),
      '--public-key-file',
      path.join(dir, 'public.pem'),
    );
    expect(run.code).toBe(1);
    // A wrong AES key fails the padding check, except about once in 256 tries, when the
    // garbage it yields fails the hash instead.
    expect(run.stdout).toMatch(
      /FAIL {2}(decrypt +the session_key does not open the downloaded file|sha256 +the bundle)/,
    );
    expect(run.stdout).not.toContain('another key pair');
  });
});
