// How busy the rest of the machine was while something was measured. The benchmark shares its
// cores with whatever else runs; a figure taken while other processes held a core says less,
// and more so for a build that needs both cores. Read from the kernel's counters (Linux).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface LoadProbe {
  /** CPU seconds all cores spent busy since boot. */
  machineBusy: number;
  /** CPU seconds of this benchmark process (it runs the load generator too). */
  own: number;
  wallMs: number;
}

let ticksPerSecond: number | undefined;

/** Clock ticks per second of the /proc counters. */
export function clockTicks(): number {
  ticksPerSecond ??=
    Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticksPerSecond;
}

export function probeLoad(): LoadProbe | undefined {
  if (!existsSync('/proc/stat')) return undefined;
  const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are the idle time.
  const total = cpu.slice(0, 8).reduce((sum, n) => sum + (n || 0), 0);
  const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
  const usage = process.cpuUsage();
  return {
    machineBusy: (total - idle) / clockTicks(),
    own: (usage.user + usage.system) / 1e6,
    wallMs: performance.now(),
  };
}

/**
 * Cores other processes kept busy between two probes, on average: all busy time minus this
 * process's and `measuredCpuSeconds` (the process under test).
 */
export function otherCores(
  before: LoadProbe | undefined,
  after: LoadProbe | undefined,
  measuredCpuSeconds: number | undefined,
): number | undefined {
  if (!before || !after || measuredCpuSeconds === undefined) return undefined;
  const seconds = (after.wallMs - before.wallMs) / 1000;
  const others =
    after.machineBusy - before.machineBusy - (after.own - before.own) - measuredCpuSeconds;
  return seconds > 0 ? Math.max(0, others / seconds) : undefined;
}

/** Other work beyond this, on average, means the machine was shared during the measurement. */
const SHARED_MACHINE_CORES = 0.5;

/** A note on how busy the machine was, worded for the report. */
export function loadNote(samples: readonly number[], what: string): string | undefined {
  if (samples.length === 0) return undefined;
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)]!;
  const busy = middle >= SHARED_MACHINE_CORES;
  return (
    `Other processes kept ${middle.toFixed(2)} cores busy on average during ${what} ` +
    `(median over the runs; highest ${sorted.at(-1)!.toFixed(2)})` +
    (busy ? ': the machine was shared, so these figures are pessimistic.' : '.')
  );
}
