// Starts the built Node responder (`node dist/responder/server.js`) the way users do, on a free
// loopback port, and stops it when asked.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { projectRoot } from './action-runner.js';

export interface ResponderProcess {
  url: string;
  logs: () => string;
  stop(): Promise<void>;
}

export async function startResponderProcess(
  env: Record<string, string>,
  node = process.execPath,
): Promise<ResponderProcess> {
  const port = await freePort();
  const child = spawn(node, [path.join(projectRoot, 'dist/responder/server.js')], {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => output);
  return { url, logs: () => output, stop: () => stop(child) };
}

async function waitForHealth(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The responder exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`The responder did not answer on ${url} within 15 s:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('close', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 3000).unref();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** An update check shaped exactly like the plugin's (Android, plugin 8.x). */
export function updateCheckBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    platform: 'android',
    app_id: 'com.example.app',
    device_id: '00000000-0000-4000-8000-000000000001',
    custom_id: '',
    version_name: 'builtin',
    version_build: '1.0.0',
    version_code: '10',
    version_os: '14',
    plugin_version: '8.51.14',
    is_emulator: false,
    is_prod: true,
    defaultChannel: '',
    ...overrides,
  };
}

export async function postUpdateCheck(
  responderUrl: string,
  body: Record<string, unknown>,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${responderUrl}/updates`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': `CapacitorUpdater/${String(body.plugin_version)} (${String(body.app_id)}) android/14`,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
