// The built Node responder against a bare `node:http` server, same machine, same run: start-up
// to first answer, then a warm-up and a timed load of update checks, round after round, the
// servers taking turns.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { applyLoad, CONNECTIONS, fleetBodies, type LoadResult } from './load.js';
import { loadNote, otherCores, probeLoad } from './machine-load.js';
import { makeManifest } from './manifests.js';
import type { Say } from './peers.js';
import {
  checked,
  formatNumber,
  notMeasured,
  table,
  type Check,
  type Goal,
  type SectionResult,
} from './report.js';
import { cpuSeconds, startServer } from './server-process.js';
import { median, ratio } from './stats.js';

export interface ResponderBenchOptions {
  dist: string;
  work: string;
  runs: number;
  loadSeconds: number;
  warmupSeconds: number;
}

interface Server {
  name: string;
  script: string;
  env: Record<string, string>;
  startupMs: number[];
  requestsPerSecond: number[];
  p50Ms: number[];
  p99Ms: number[];
  cpuPerRequestUs: number[];
  /** Cores other processes kept busy during each measured load. */
  otherCores: number[];
  failures: number;
}

const BUNDLES = 1000;
const FETCH_BUILD_LIMIT_KB = 50;

export async function responderSection(o: ResponderBenchOptions, say: Say): Promise<SectionResult> {
  const notes: string[] = [];
  const built = path.join(o.dist, 'responder/server.js');
  const script = existsSync(built) ? snapshot(built, o.work) : undefined;
  const measured = script ? await measureServers(script, o, notes, say) : undefined;
  if (!measured) notes.push(`${relative(built)} is missing: run \`npm run build\` first.`);
  const checks: Check[] = [
    ...(measured ? loadChecks(measured.ours, measured.bare) : notMeasured(LOAD_GOALS, 'not built')),
    fetchBuildCheck(path.join(o.dist, 'responder/fetch.js')),
  ];
  const body = [method(o), '', measured ? serverTable(measured.all) : ''].join('\n');
  return { title: 'Responder', body, checks, notes };
}

/** A copy of the single-file build, so a rebuild of dist/ during the run cannot break it. */
function snapshot(built: string, work: string): string {
  const dir = path.join(work, 'responder-build');
  mkdirSync(dir, { recursive: true });
  for (const name of ['server.js', 'package.json']) {
    copyFileSync(path.join(path.dirname(built), name), path.join(dir, name));
  }
  return path.join(dir, 'server.js');
}

function method(o: ResponderBenchOptions): string {
  return (
    `\`node dist/responder/server.js\` with a ${BUNDLES}-bundle manifest (\`MANIFEST_FILE\`; ` +
    'the newest bundle at a 50% rollout) against `bench/bare-server.mjs`, which parses the ' +
    'same JSON body and sends a fixed reply. Load: autocannon in the benchmark process, ' +
    `${CONNECTIONS} connections, POST /updates with plugin-shaped bodies (a new device id on ` +
    'each of 256 requests; half fresh installs, half on the current or previous bundle), ' +
    `${o.warmupSeconds} s warm-up then ${o.loadSeconds} s measured, per server per round. ` +
    "CPU per request is the server process's user + system time from /proc over the " +
    'measured load, divided by the requests answered. Start-up is spawn to the first ' +
    'complete answer to an update check. The responder writes its log line per check to ' +
    "/dev/null. The third server is the bare one writing a log line like the responder's, " +
    'to show what that line costs alone; no target applies to it. Autocannon records ' +
    'latency in whole milliseconds.'
  );
}

async function measureServers(script: string, o: ResponderBenchOptions, notes: string[], say: Say) {
  const manifest = makeManifest(BUNDLES);
  const manifestFile = path.join(o.work, `manifest-${BUNDLES}.json`);
  writeFileSync(manifestFile, manifest.text);
  const bodies = fleetBodies(manifest.current, manifest.previous);
  const bareScript = path.join(import.meta.dirname, 'bare-server.mjs');
  const ours = server('responder (dist/responder/server.js)', script, {
    MANIFEST_FILE: manifestFile,
  });
  const bare = server('bare node:http server', bareScript, {});
  const logging = server('bare server + one log line per check (information)', bareScript, {
    BARE_LOG_LINE: '1',
  });
  const all = [ours, bare, logging];

  say(`  ${o.runs} round(s) of: ${all.map((s) => s.name).join(' → ')}`);
  for (let round = 1; round <= o.runs; round++) {
    for (const s of all) {
      const firstAnswer = await measureOne(s, bodies, o);
      if (s === ours && round === 1) notes.push(firstAnswerNote(firstAnswer));
    }
    const rates = all.map((s) => `${Math.round(s.requestsPerSecond.at(-1)!)} req/s`);
    say(`  round ${round}/${o.runs}: ${rates.join(', ')}`);
  }
  for (const s of all) {
    if (s.failures > 0) notes.push(`${s.name}: ${s.failures} request(s) failed or were not 2xx.`);
  }
  const busy = loadNote(
    all.flatMap((s) => s.otherCores),
    'the measured loads',
  );
  if (busy) notes.push(busy);
  return { ours, bare, all };
}

/** Starts the server, warms it up, loads it, and records what it cost. */
async function measureOne(s: Server, bodies: readonly string[], o: ResponderBenchOptions) {
  const started = await startServer(s.script, s.env, bodies[0]!);
  try {
    s.startupMs.push(started.startupMs);
    await applyLoad(started.url, bodies, o.warmupSeconds);
    const [cpuBefore, machineBefore] = [cpuSeconds(started.pid), probeLoad()];
    const load = await applyLoad(started.url, bodies, o.loadSeconds);
    const [cpuAfter, machineAfter] = [cpuSeconds(started.pid), probeLoad()];
    record(s, load, cpuBefore, cpuAfter);
    const serverCpu =
      cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
    const others = otherCores(machineBefore, machineAfter, serverCpu);
    if (others !== undefined) s.otherCores.push(others);
    return started.firstAnswer;
  } finally {
    await started.stop();
  }
}

function server(name: string, script: string, env: Record<string, string>): Server {
  return {
    name,
    script,
    env,
    startupMs: [],
    requestsPerSecond: [],
    p50Ms: [],
    p99Ms: [],
    cpuPerRequestUs: [],
    otherCores: [],
    failures: 0,
  };
}

function record(s: Server, load: LoadResult, cpuBefore?: number, cpuAfter?: number): void {
  s.requestsPerSecond.push(load.requestsPerSecond);
  s.p50Ms.push(load.p50Ms);
  s.p99Ms.push(load.p99Ms);
  s.failures += load.failures;
  if (cpuBefore !== undefined && cpuAfter !== undefined && load.completed > 0) {
    s.cpuPerRequestUs.push(((cpuAfter - cpuBefore) / load.completed) * 1e6);
  }
}

export const LOAD_GOALS = [
  {
    name: 'Responder requests/s vs bare server',
    unit: '×',
    target: { op: '>=', limit: 0.9, unit: '×' },
  },
  {
    name: 'Responder CPU per request vs bare server',
    unit: '×',
    target: { op: '<=', limit: 1.15, unit: '×' },
  },
  {
    name: "Responder p99 latency minus bare server's",
    unit: 'ms',
    target: { op: '<=', limit: 1, unit: 'ms' },
  },
  {
    name: 'Responder start to first answer vs bare server',
    unit: '×',
    target: { op: '<=', limit: 1.3, unit: '×' },
  },
] as const satisfies readonly Goal[];

export const FETCH_BUILD_GOAL = {
  name: 'Fetch-API build size',
  unit: 'kB',
  target: { op: '<=', limit: FETCH_BUILD_LIMIT_KB, unit: 'kB' },
} as const satisfies Goal;

function loadChecks(ours: Server, bare: Server): Check[] {
  const m = (values: number[]) => (values.length ? median(values) : undefined);
  const p99 = [m(ours.p99Ms), m(bare.p99Ms)] as const;
  const figures: [number | undefined, string][] = [
    [
      ratio(m(ours.requestsPerSecond), m(bare.requestsPerSecond)),
      `${show(m(ours.requestsPerSecond))} vs ${show(m(bare.requestsPerSecond))} req/s`,
    ],
    [
      ratio(m(ours.cpuPerRequestUs), m(bare.cpuPerRequestUs)),
      `${show(m(ours.cpuPerRequestUs))} vs ${show(m(bare.cpuPerRequestUs))} µs`,
    ],
    [
      p99[0] === undefined || p99[1] === undefined ? undefined : p99[0] - p99[1],
      `${show(p99[0])} vs ${show(p99[1])} ms`,
    ],
    [
      ratio(m(ours.startupMs), m(bare.startupMs)),
      `${show(m(ours.startupMs))} vs ${show(m(bare.startupMs))} ms`,
    ],
  ];
  return LOAD_GOALS.map((goal, i) => checked(goal, figures[i]![0], figures[i]![1]));
}

function serverTable(servers: readonly Server[]): string {
  return table(
    ['server', 'requests/s', 'p50', 'p99', 'CPU per request', 'start to first answer'],
    servers.map((s) => [
      s.name,
      formatNumber(median(s.requestsPerSecond)),
      `${median(s.p50Ms)} ms`,
      `${median(s.p99Ms)} ms`,
      s.cpuPerRequestUs.length ? `${formatNumber(median(s.cpuPerRequestUs))} µs` : 'n/a',
      `${formatNumber(median(s.startupMs))} ms`,
    ]),
  );
}

/** The responder must have decided for real: a fresh install is offered a bundle. */
function firstAnswerNote(answer: { status: number; body: string }): string {
  const offered = answer.status === 200 && /"url":"https:/.test(answer.body);
  return offered
    ? `The responder's first answer offered a bundle to a fresh install, as it should: ${answer.body.slice(0, 60)}…`
    : `The responder's first answer was not a download (HTTP ${answer.status}): ${answer.body.slice(0, 200)}`;
}

function fetchBuildCheck(file: string): Check {
  const check = {
    name: 'Fetch-API build size',
    unit: 'kB',
    target: { op: '<=', limit: FETCH_BUILD_LIMIT_KB, unit: 'kB' },
  } as const;
  if (!existsSync(file))
    return { ...check, value: undefined, detail: `${relative(file)} not built` };
  const bytes = statSync(file).size;
  const gzipped = gzipSync(readFileSync(file), { level: 9 }).length;
  const detail = `${relative(file)}: ${bytes} B, ${gzipped} B gzipped`;
  return { ...check, value: bytes / 1000, detail };
}

const show = (v: number | undefined) => (v === undefined ? 'n/a' : formatNumber(v));
const relative = (file: string) => path.relative(process.cwd(), file) || file;
