// The Node server behind a log collector that lags (docker, systemd, a log shipper): its stdout
// is a pipe nobody reads for a while. Devices must still be answered, and the lines written
// while the reader was away must all arrive, in order, even when the server is stopped.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { buildRespondersInto } from './support/built.js';
import { manifestWith, r0, bundleEntry, channelEntry } from './support/manifests.js';
import { tempDir } from './support/responders.js';

const CHECKS = 3000;
let serverScript: string;
let manifestFile: string;

beforeAll(() => {
  serverScript = path.join(buildRespondersInto(), 'server.js');
  manifestFile = path.join(tempDir(), 'manifest.json');
  const manifest = manifestWith([bundleEntry('1.2.3')], {
    production: channelEntry({ version: '1.2.3' }),
  });
  writeFileSync(manifestFile, JSON.stringify(manifest));
});

const agent = new Agent({ keepAlive: true, maxSockets: 8 });
afterAll(() => agent.destroy());

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(),
      );
    });
  });
}

function post(port: number, pathname: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: pathname === '/health' ? 'GET' : 'POST',
        path: pathname,
        agent,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(pathname === '/health' ? undefined : body);
  });
}

async function waitForHealth(port: number, child: ChildProcess): Promise<void> {
  for (let tries = 0; tries < 200; tries++) {
    if (child.exitCode !== null) throw new Error('the responder exited');
    if ((await post(port, '/health', '').catch(() => 0)) === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the responder did not become healthy');
}

describe('a log reader that lags', () => {
  it('does not hold up answers, and loses no line when the server stops', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [serverScript], {
      env: {
        PATH: process.env.PATH ?? '',
        MANIFEST_FILE: manifestFile,
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    const stdout = child.stdout!;
    // Nobody reads the pipe until every check is answered: it fills after a few hundred lines.
    stdout.pause();
    try {
      await waitForHealth(port, child);
      const started = Date.now();
      for (let sent = 0; sent < CHECKS; sent += 100) {
        const batch = Array.from({ length: 100 }, (_, i) =>
          post(port, '/updates', JSON.stringify(r0({ device_id: `device-${sent + i}` }))),
        );
        expect(new Set(await Promise.all(batch))).toEqual(new Set([200]));
      }
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(await post(port, '/health', '')).toBe(200);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      stdout.resume();
      await exited;
    }
    const events = Buffer.concat(chunks)
      .toString()
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { event: string; from?: string });
    expect(events.filter((event) => event.event === 'update_check')).toHaveLength(CHECKS);
    expect(events.at(-1)?.event).toBe('stopping');
  }, 40_000);
});
