// The Node server's own duties: reading bodies within their size and time limits over real
// sockets, HEAD requests, and a graceful shutdown.
import { afterEach, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { startServer, type RunningServer } from '../../src/responder/platforms/node-server.js';
import { r0, simpleManifest } from './support/manifests.js';
import { tempDir } from './support/responders.js';

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.close()));
});

async function server(bodyTimeoutMs?: number): Promise<RunningServer> {
  const file = path.join(tempDir(), 'manifest.json');
  writeFileSync(file, JSON.stringify(simpleManifest('1.2.3')));
  const started = await startServer(
    { port: 0, host: '127.0.0.1', manifestFile: file, log: () => {} },
    { bodyTimeoutMs },
  );
  running.push(started);
  return started;
}

/** Writes raw bytes to the server and resolves with everything it answers before closing. */
function raw(url: string, chunks: Array<string | Buffer>, gapMs = 0): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (data) => (answer += data.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(answer) : reject(error),
    );
    socket.setTimeout(15_000, () => socket.destroy());
    let index = 0;
    const writeNext = () => {
      if (index >= chunks.length || socket.destroyed) return;
      socket.write(chunks[index++]!);
      setTimeout(writeNext, gapMs);
    };
    socket.once('connect', writeNext);
  });
}

const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
const jsonOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

describe('the Node server', () => {
  it('answers a plugin-shaped check over HTTP', async () => {
    const { url } = await server();
    const response = await fetch(`${url}/updates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(r0()),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(await response.json()).toMatchObject({ version: '1.2.3', session_key: '' });
  });

  it('refuses a declared body over 64 KiB before reading it', async () => {
    const { url } = await server();
    const answer = await raw(url, [
      'POST /updates HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10000000\r\n\r\n{"a":',
    ]);
    expect(statusOf(answer)).toBe(400);
    expect(jsonOf(answer)).toMatchObject({ error: 'body_too_large', kind: 'failed' });
  });

  it('refuses a chunked body once it passes 64 KiB', async () => {
    const { url } = await server();
    const chunk = (text: string) => `${text.length.toString(16)}\r\n${text}\r\n`;
    const piece = 'x'.repeat(16 * 1024);
    const answer = await raw(url, [
      'POST /updates HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n',
      chunk(`{"pad":"${piece}`),
      chunk(piece),
      chunk(piece),
      chunk(piece),
      chunk(piece),
      chunk(piece),
    ]);
    expect(statusOf(answer)).toBe(400);
    expect(jsonOf(answer)).toMatchObject({ error: 'body_too_large' });
  });

  it('answers a slow sender with a JSON 400 instead of waiting forever', async () => {
    const { url } = await server(300);
    const started = Date.now();
    const answer = await raw(url, [
      'POST /updates HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{"app_id":',
    ]);
    expect(statusOf(answer)).toBe(400);
    expect(jsonOf(answer)).toMatchObject({ error: 'invalid_json', kind: 'failed' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('answers HEAD /health without a body and GET /health with one', async () => {
    const { url } = await server();
    const head = await fetch(`${url}/health`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const get = await fetch(`${url}/health`);
    expect(await get.json()).toMatchObject({ status: 'ok', bundles: 1 });
  });

  it('reads the path from absolute-form request targets and ignores the query', async () => {
    const { url } = await server();
    const body = JSON.stringify(r0());
    const answer = await raw(url, [
      `POST http://updates.example.com/updates?x=1 HTTP/1.1\r\nHost: x\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    ]);
    expect(statusOf(answer)).toBe(200);
  });

  it('finishes a request in flight when closed', async () => {
    const started = await server();
    const body = JSON.stringify(r0());
    const pending = raw(
      started.url,
      [
        `POST /updates HTTP/1.1\r\nHost: x\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`,
        body,
      ],
      100,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    const closing = started.close();
    const answer = await pending;
    await closing;
    running.splice(running.indexOf(started), 1);
    expect(statusOf(answer)).toBe(200);
  });
});
