// A server under test as its own process: started on a free loopback port, timed from spawn to
// its first answer to an update check, and charged the CPU time the kernel accounts to it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { UPDATE_CHECK_HEADERS } from './load.js';
import { clockTicks } from './machine-load.js';

export interface ServerUnderTest {
  url: string;
  pid: number;
  /** Spawn to the first complete answer to `firstBody`. */
  startupMs: number;
  /** That answer, to check the server really decided. */
  firstAnswer: { status: number; body: string };
  stop(): Promise<void>;
}

const STARTUP_LIMIT_MS = 20_000;
const RETRY_MS = 2;
const HOST = '127.0.0.1';

export async function startServer(
  script: string,
  env: Record<string, string>,
  firstBody: string,
): Promise<ServerUnderTest> {
  const port = await freePort();
  const started = performance.now();
  // Output goes nowhere: the responder's one log line per check is part of its cost, but reading
  // it here would take CPU from the load generator.
  const child = spawn(process.execPath, [script], {
    env: { PATH: process.env.PATH ?? '', HOST, PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const firstAnswer = await firstAnswerFrom(port, firstBody, child, () => stderr);
  const startupMs = performance.now() - started;
  return {
    url: `http://${HOST}:${port}`,
    pid: child.pid!,
    startupMs,
    firstAnswer,
    stop: () => stop(child),
  };
}

async function firstAnswerFrom(
  port: number,
  body: string,
  child: ChildProcess,
  stderr: () => string,
) {
  const deadline = performance.now() + STARTUP_LIMIT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited (${child.exitCode}): ${stderr().trim().slice(-600)}`);
    }
    const answer = await post(port, body).catch(() => undefined);
    if (answer) return answer;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
  child.kill('SIGKILL');
  throw new Error(
    `the server did not answer within ${STARTUP_LIMIT_MS} ms: ${stderr().slice(-600)}`,
  );
}

function post(port: number, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: HOST,
        port,
        method: 'POST',
        path: '/updates',
        headers: UPDATE_CHECK_HEADERS,
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('close', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** User + system CPU seconds the kernel has charged to `pid`, or undefined without /proc. */
export function cpuSeconds(pid: number): number | undefined {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  // The command name (field 2) may hold spaces; the fields after it are fixed.
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return (utime + stime) / clockTicks();
}
