// The benchmark's own pieces: the figures it reports must come from real measurements and its
// verdicts must follow the targets, or a results table could claim what was never measured.
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parseManifest } from '../../src/manifest/parse.js';
import { deviceId, fleetBodies, updateCheckBody } from '../../bench/load.js';
import { makeManifest } from '../../bench/manifests.js';
import { measureProcess } from '../../bench/measure-process.js';
import { readOptions, UsageError } from '../../bench/options.js';
import { findProgram } from '../../bench/peers.js';
import {
  checked,
  checksTable,
  notMeasured,
  renderReport,
  verdict,
  type Check,
} from '../../bench/report.js';
import { cpuSeconds, startServer } from '../../bench/server-process.js';
import { median, ratio } from '../../bench/stats.js';

const bareServer = path.resolve(import.meta.dirname, '../../bench/bare-server.mjs');

/** The fields of the plugin's update check (protocol section 1, the R0 body). */
const PLUGIN_FIELDS = [
  'platform',
  'app_id',
  'device_id',
  'custom_id',
  'version_name',
  'version_build',
  'version_code',
  'version_os',
  'plugin_version',
  'is_emulator',
  'is_prod',
  'defaultChannel',
];

function check(value: number | undefined, op: '<=' | '>=', limit: number): Check {
  return { name: 'c', value, unit: '×', target: { op, limit, unit: '×' }, detail: '' };
}

describe('statistics and verdicts', () => {
  it('takes the median of odd and even counts and refuses to invent a ratio', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(1, undefined)).toBeUndefined();
    expect(ratio(1, 0)).toBeUndefined();
  });

  it('marks a target met, missed, or not measured', () => {
    expect(verdict(check(0.5, '<=', 0.5))).toBe('met');
    expect(verdict(check(0.51, '<=', 0.5))).toBe('missed');
    expect(verdict(check(0.89, '>=', 0.9))).toBe('missed');
    expect(verdict(check(undefined, '<=', 1))).toBe('not measured');
    const rendered = checksTable([check(0.4, '<=', 0.5), check(2, '<=', 1.5)]);
    expect(rendered).toContain('| c | 0.400× | ≤ 0.5× | ✓ |');
    expect(rendered).toContain('| c | 2× | ≤ 1.5× | ✗ |');
  });
});

describe('the report', () => {
  it('lists every target, names the ones missed or not measured, and keeps section notes', () => {
    const goal = { name: 'size', unit: 'kB', target: { op: '<=', limit: 50, unit: 'kB' } } as const;
    const report = renderReport(
      { date: 'd', machine: 'm', node: '20', runs: 5, quick: false, seconds: 12 },
      [
        { title: 'A', body: 'how', checks: [checked(goal, 44, 'file')], notes: ['note one'] },
        { title: 'B', body: 'failed', checks: notMeasured([goal], 'section failed'), notes: [] },
      ],
    );
    expect(report).toContain('| size | 44 kB | ≤ 50 kB | ✓ | file |');
    expect(report).toContain('| size | not measured | ≤ 50 kB | – | section failed |');
    expect(report).toContain('Targets not met or not measured: size.');
    expect(report).toContain('## A\n\nhow\n\n- note one');
  });
});

describe('options', () => {
  it('reads --runs, --quick and --only, and refuses the unknown', () => {
    expect(readOptions([], 'out.md')).toMatchObject({ runs: 5, quick: false, output: 'out.md' });
    expect(readOptions(['--quick'], 'o').runs).toBe(1);
    expect(readOptions(['--quick', '--runs', '3'], 'o').runs).toBe(3);
    expect([...readOptions(['--only', 'api,decision'], 'o').sections]).toEqual(['api', 'decision']);
    expect(() => readOptions(['--runs', '0'], 'o')).toThrow(UsageError);
    expect(() => readOptions(['--only', 'zip'], 'o')).toThrow(/unknown section zip/);
    expect(() => readOptions(['--fast'], 'o')).toThrow(/unknown option --fast/);
  });
});

describe('load shape', () => {
  it('sends exactly the fields of the plugin, with a distinct lowercase UUID per request', () => {
    expect(Object.keys(updateCheckBody(7, 'builtin')).sort()).toEqual([...PLUGIN_FIELDS].sort());
    const bodies = fleetBodies('1.2.0', '1.1.0').map(
      (b) => JSON.parse(b) as Record<string, unknown>,
    );
    const ids = new Set(bodies.map((b) => b.device_id));
    expect(ids.size).toBe(bodies.length);
    expect(deviceId(255)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const versions = new Set(bodies.map((b) => b.version_name));
    expect(versions).toEqual(new Set(['builtin', '1.2.0', '1.1.0']));
    expect(
      bodies.every((b) => typeof b.is_prod === 'boolean' && typeof b.version_code === 'string'),
    ).toBe(true);
  });
});

describe('benchmark manifests', () => {
  it('hold the asked number of valid bundles, the newest one in a staged rollout', () => {
    const made = makeManifest(25);
    const loaded = parseManifest(made.text);
    expect(Object.keys(loaded.manifest.bundles)).toHaveLength(25);
    expect(loaded.bundleProblems.size).toBe(0);
    const production = loaded.manifest.channels.production!;
    expect([production.version, production.previous, production.rollout]).toEqual([
      '1.24.0',
      '1.23.0',
      50,
    ]);
    expect([made.current, made.previous]).toEqual(['1.24.0', '1.23.0']);
  });
});

describe('process measurements', () => {
  it('times a process and reads its peak memory from GNU time when present', async () => {
    const gnuTime = findProgram('time');
    const run = await measureProcess(
      {
        command: process.execPath,
        args: ['-e', 'const b = Buffer.alloc(64 * 2 ** 20, 1); console.log(b[5])'],
        timeoutMs: 20_000,
      },
      gnuTime,
    );
    expect(run.stdout.trim()).toBe('1');
    expect(run.wallMs).toBeGreaterThan(0);
    if (gnuTime) expect(run.peakRssBytes).toBeGreaterThan(64 * 2 ** 20);
  });

  it('reports a failing command with its output', async () => {
    const failing = {
      command: process.execPath,
      args: ['-e', 'console.error("boom"); process.exit(3)'],
      timeoutMs: 20_000,
    };
    await expect(measureProcess(failing)).rejects.toThrow(/exited 3:\nboom/);
  });

  it('starts the bare server, times its first answer and charges it CPU', async () => {
    const body = JSON.stringify(updateCheckBody(1, 'builtin'));
    const server = await startServer(bareServer, {}, body);
    try {
      expect(server.firstAnswer.status).toBe(200);
      expect(JSON.parse(server.firstAnswer.body)).toMatchObject({ kind: 'up_to_date' });
      expect(server.startupMs).toBeGreaterThan(0);
      const refused = await fetch(`${server.url}/updates`, { method: 'POST', body: '[1' });
      expect(refused.status).toBe(400);
      if (process.platform === 'linux') expect(cpuSeconds(server.pid)).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});
