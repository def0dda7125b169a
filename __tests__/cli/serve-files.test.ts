// `serve --files` shares one folder and nothing else; `serve` and `keys` explain the usual
// refusals of the system instead of passing on its error codes.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  expectOneErrorLine,
  removeTempDirs,
  requireBuiltCli,
  runCli,
  startCli,
  tempDir,
} from './helpers.js';

let busy: Server;
let busyPort = 0;

beforeAll(async () => {
  requireBuiltCli();
  busy = createServer((_req, res) => res.end());
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', () => resolve()));
  busyPort = (busy.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => busy.close(resolve));
  removeTempDirs();
});

function manifestIn(dir: string): string {
  const file = path.join(dir, 'manifest.json');
  writeFileSync(
    file,
    JSON.stringify({ schema_version: 1, app_id: 'com.example.app', channels: {}, bundles: {} }),
  );
  return file;
}

describe('serve --files', () => {
  test('links that lead out of the folder are not followed; links inside it are', async () => {
    const dir = tempDir('links');
    const shared = path.join(dir, 'shared');
    mkdirSync(shared);
    writeFileSync(path.join(dir, 'secret.txt'), 'outside');
    writeFileSync(path.join(shared, 'app.zip'), 'inside');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(shared, 'leak.txt'));
    symlinkSync(dir, path.join(shared, 'up'));
    symlinkSync(path.join(shared, 'app.zip'), path.join(shared, 'alias.zip'));
    const serve = await startCli([
      'serve',
      '--manifest',
      manifestIn(dir),
      '--port',
      '0',
      '--files',
      shared,
      '--files-port',
      '0',
      '--json',
    ]);
    try {
      const filesUrl = JSON.parse(serve.firstLine).files_url as string;
      const status = async (name: string) => (await fetch(`${filesUrl}/${name}`)).status;
      expect(await status('leak.txt')).toBe(404);
      expect(await status('up/secret.txt')).toBe(404);
      expect(await status('app.zip')).toBe(200);
      expect(await (await fetch(`${filesUrl}/alias.zip`)).text()).toBe('inside');
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});

describe('plain refusals', () => {
  test('a port in use names the port and the flag to change', async () => {
    const dir = tempDir('busy');
    const run = await runCli(['serve', '--manifest', manifestIn(dir), '--port', String(busyPort)]);
    expect(run.code).toBe(1);
    const line = expectOneErrorLine(run.stderr);
    expect(line).toContain(`--port: port ${busyPort} on 127.0.0.1 is already in use`);
    expect(line).not.toContain('EADDRINUSE');
  });

  test('a busy --files-port is named too, and the responder is closed again', async () => {
    const dir = tempDir('busy-files');
    const run = await runCli([
      'serve',
      '--manifest',
      manifestIn(dir),
      '--port',
      '0',
      '--files',
      dir,
      '--files-port',
      String(busyPort),
    ]);
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run.stderr)).toContain(`--files-port: port ${busyPort}`);
  });

  test('keys --out-dir naming a file says so', async () => {
    const file = path.join(tempDir('keys-file'), 'notes.txt');
    writeFileSync(file, 'not a folder');
    const run = await runCli(['keys', '--out-dir', file]);
    expect(run.code).toBe(1);
    const line = expectOneErrorLine(run.stderr);
    expect(line).toContain(`--out-dir: ${file} is a file, not a folder`);
    expect(line).not.toContain('EEXIST');
  });
});
