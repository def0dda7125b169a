// Runs one command as its own process and measures its wall time and peak resident memory.
// Memory comes from the kernel's accounting of the finished process (GNU time's `%M`), so a
// Node program and a C program are measured the same way.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ProcessRun {
  wallMs: number;
  /** Undefined when GNU time is not available. */
  peakRssBytes?: number;
  /** User + system CPU time of the process, from GNU time too. */
  cpuMs?: number;
  stdout: string;
}

export interface RunCommand {
  command: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
}

/** `gnuTime` is the path of GNU time (`/usr/bin/time`), or undefined to measure wall time only. */
export async function measureProcess(run: RunCommand, gnuTime?: string): Promise<ProcessRun> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-time-'));
  const usageFile = path.join(scratch, 'usage');
  const [command, args] = gnuTime
    ? [gnuTime, ['-f', '%M %U %S', '-o', usageFile, run.command, ...run.args]]
    : [run.command, run.args];
  try {
    const started = performance.now();
    const stdout = await runToEnd(command, args, run);
    const wallMs = performance.now() - started;
    return { wallMs, stdout, ...(gnuTime ? readUsage(usageFile) : {}) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The last line GNU time wrote: peak RSS in KiB, then user and system seconds. */
function readUsage(file: string): Pick<ProcessRun, 'peakRssBytes' | 'cpuMs'> {
  const last = readFileSync(file, 'utf8').trim().split('\n').pop() ?? '';
  const [peakKib, user, system] = last.split(' ').map(Number);
  const known = (n: number | undefined): n is number => n !== undefined && Number.isFinite(n);
  return {
    peakRssBytes: known(peakKib) ? peakKib * 1024 : undefined,
    cpuMs: known(user) && known(system) ? (user + system) * 1000 : undefined,
  };
}

function runToEnd(command: string, args: readonly string[], run: RunCommand): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: run.cwd,
      env: run.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), run.timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else {
        const how = signal ? `was killed (${signal}, limit ${run.timeoutMs} ms)` : `exited ${code}`;
        reject(
          new Error(`${path.basename(run.command)} ${how}:\n${(stderr || stdout).slice(-2000)}`),
        );
      }
    });
  });
}
