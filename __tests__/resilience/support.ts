// Helpers shared by the resilience tests: small per-version web builds, the manifest as
// committed, and what a clean failure of the built action looks like.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { projectRoot, type ActionRun } from '../../test-support/action-runner.js';
import { describeRun, failure, REPOSITORY, type E2E } from '../e2e/harness.js';

export const MANIFEST_BRANCH = 'live-updates';
export const MANIFEST_PATH = 'live-update/manifest.json';

export interface ManifestView {
  bundles: Record<
    string,
    { url: string; checksum: string; session_key: string; sha256: string; asset_id: number }
  >;
  channels: Record<
    string,
    { version?: string; history: { action: string; version: string; run_id?: string }[] }
  >;
}

/** A small web build whose bytes differ per `version` (and per `variant`, for "other content"). */
export function webBuild(e2e: E2E, version: string, variant = ''): string {
  const name = `build-${version}${variant ? `-${variant}` : ''}`;
  const dir = path.join(e2e.workspace, name);
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><title>${version}</title><script src="assets/app.js"></script>`,
  );
  writeFileSync(
    path.join(dir, 'assets/app.js'),
    `window.Capacitor.Plugins.CapacitorUpdater.notifyAppReady(); // ${version} ${variant}\n`,
  );
  return name;
}

export function manifestOf(e2e: E2E, repo = REPOSITORY): ManifestView | undefined {
  const file = e2e.github.file(repo, MANIFEST_BRANCH, MANIFEST_PATH);
  return file && (JSON.parse(file.text) as ManifestView);
}

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** A failure a user can act on: a non-zero exit with an `::error::` line and no stack trace. */
export function expectCleanFailure(run: ActionRun): string {
  const message = failure(run);
  if (run.code === 0 || !message || /\n\s+at .+:\d+:\d+/.test(message)) {
    throw new Error(`Not a clean failure:\n${describeRun(run)}`);
  }
  return message;
}

/** GitHub writes (anything but GET) recorded by the emulator since `since`. */
export function writesSince(e2e: E2E, since: number): string[] {
  return e2e.github
    .restCalls(since)
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.path}`);
}

export function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export interface Sighting {
  version: string;
  url: string;
  ok: boolean;
  detail: string;
}

export interface Poller {
  /** Stops polling and returns every download reply seen, each checked when it was seen. */
  stop(): Promise<{ checks: number; sightings: Sighting[] }>;
}

/**
 * Asks the responder for an update again and again (`ask` posts one check), and downloads
 * every URL it offers at that moment (following the redirect), comparing the bytes' SHA-256 with
 * the checksum offered with it. Bounded by `maxMs`.
 */
export function pollResponder(
  ask: () => Promise<Record<string, unknown>>,
  { intervalMs = 50, maxMs = 90_000 } = {},
): Poller {
  const sightings: Sighting[] = [];
  let checks = 0;
  let stopped = false;
  const deadline = Date.now() + maxMs;
  const loop = (async () => {
    while (!stopped && Date.now() < deadline) {
      const reply = await ask();
      checks++;
      if (typeof reply.url === 'string') sightings.push(await checkOffer(reply));
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return { checks, sightings };
    },
  };
}

async function checkOffer(reply: Record<string, unknown>): Promise<Sighting> {
  const url = String(reply.url);
  const version = String(reply.version);
  try {
    const response = await fetch(url);
    const bytes = Buffer.from(await response.arrayBuffer());
    const digest = sha256(bytes);
    const ok = response.status === 200 && digest === reply.checksum;
    return { version, url, ok, detail: `HTTP ${response.status}, sha256 ${digest}` };
  } catch (error) {
    return { version, url, ok: false, detail: (error as Error).message };
  }
}

/**
 * Starts the built responder on a port known in advance, so that PUBLIC_URL (its own address,
 * which it puts in proxy download links) can be set when it starts.
 */
export async function startSelfAddressedResponder(
  env: Record<string, string>,
): Promise<{ url: string; logs: () => string; stop(): Promise<void> }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(projectRoot, 'dist/responder/server.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('close', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && child.exitCode === null) {
    const healthy = await fetch(`${url}/health`).then(
      (response) => response.status < 500,
      () => false,
    );
    if (healthy) return { url, logs: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`The responder did not start on ${url}:\n${output}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
