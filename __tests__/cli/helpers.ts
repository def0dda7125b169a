// Runs the built CLI (`node dist/cli/index.js`) as a user would, with a clean environment so a
// CI runner's GITHUB_* variables never leak into a test.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const cliPath = path.join(projectRoot, 'dist/cli/index.js');
export const exampleApp = path.join(projectRoot, 'examples/web-app');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  timeoutMs?: number;
}

export function requireBuiltCli(): void {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run \`npm run build\` first.`);
}

function cliEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...extra };
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd ?? projectRoot,
      env: cliEnv(options.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

export interface RunningCli {
  child: ChildProcess;
  /** The first line on stdout. */
  firstLine: string;
  output: () => string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number>;
}

/** Starts a long-running command (serve) and waits for its first line of output. */
export function startCli(args: string[], options: CliOptions = {}): Promise<RunningCli> {
  const child = spawn(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? projectRoot,
    env: cliEnv(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no output within 15 s:\n${output}`));
    }, 15_000);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const newline = output.indexOf('\n');
      if (newline === -1) return;
      clearTimeout(timer);
      resolve({ child, firstLine: output.slice(0, newline), output: () => output, stop });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing:\n${output}`));
    });
  });
}

const tempDirs: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `cli-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Error output is one `error:` line, with no stack trace. */
export function expectOneErrorLine(stderr: string): string {
  const lines = stderr.trimEnd().split('\n');
  const last = lines[lines.length - 1] ?? '';
  if (!last.startsWith('error: '))
    throw new Error(`last stderr line is not an error line:\n${stderr}`);
  if (lines.some((line) => /^\s+at /.test(line)))
    throw new Error(`stderr holds a stack trace:\n${stderr}`);
  if (lines.filter((line) => line.startsWith('error: ')).length !== 1) {
    throw new Error(`expected exactly one error line:\n${stderr}`);
  }
  return last;
}

/** Waits until a process's output (which arrives in chunks) satisfies `ready`. */
export async function eventually(ready: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`not true within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
