// Bundle build on the large corpus: ours (plain and encrypted), Info-ZIP and the vendor CLI,
// each as its own process, interleaved round by round so that a slow moment of the machine
// falls on every contender alike.
import { spawnSync } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import type { WebBuild } from '../test-support/corpus.js';
import { infoZip, ourBuilds, vendorCli, type Contender } from './contenders.js';
import { loadNote, otherCores, probeLoad } from './machine-load.js';
import { measureProcess } from './measure-process.js';
import { ensureDebianProgram, findProgram, offlinePrefix, type Say } from './peers.js';
import { checked, table, type Check, type Goal, type SectionResult } from './report.js';
import { median, megabytes, MB, ratio, seconds } from './stats.js';

interface Samples {
  wallMs: number[];
  /** Cores other processes kept busy during each run. */
  otherCores: number[];
  cpuMs: number[];
  rssBytes: number[];
  outputBytes?: number;
  stdout: string[];
}

interface Lineup {
  ours: Contender;
  encrypted: Contender;
  info?: Contender;
  vendor?: Contender;
  gnuTime?: string;
}

export async function bundleSection(
  corpus: WebBuild,
  work: string,
  runs: number,
  say: Say,
): Promise<SectionResult> {
  const notes: string[] = [];
  const lineup = await prepareLineup(corpus, work, notes, say);
  const contenders = [lineup.ours, lineup.encrypted, lineup.info, lineup.vendor].filter(
    (c): c is Contender => c !== undefined,
  );
  const samples = await runRounds(contenders, runs, lineup.gnuTime, say);
  notes.push(...integrityNotes(samples.get(lineup.ours)!, lineup.ours.output));
  const busy = loadNote(
    [...samples.values()].flatMap((s) => s.otherCores),
    'the builds',
  );
  if (busy) notes.push(busy);

  const rows = contenders.map((c) => sampleRow(c.name, samples.get(c)!));
  const body = [
    `Corpus: ${corpus.files} files, ${megabytes(corpus.bytes)} (\`makeWebBuild(dir, 'large')\`). ` +
      'Each build runs as its own process, timed from spawn to exit (Node start-up included ' +
      'for ours and the vendor CLI); CPU (user + system) and peak RSS come from GNU time; all ' +
      'figures are medians. Info-ZIP is timed for `zip` alone, without a separate SHA-256 ' +
      'pass; ours and the vendor CLI both hash. Ours writes its zip (or ciphertext) to a file ' +
      'as the others do. A first round warms the page cache and is not counted.',
    '',
    table(['builder', 'wall (median)', 'wall (min – max)', 'CPU', 'peak RSS', 'output'], rows),
  ].join('\n');
  return { title: 'Bundle build', body, checks: bundleChecks(lineup, samples), notes };
}

async function prepareLineup(corpus: WebBuild, work: string, notes: string[], say: Say) {
  const gnuTime = ensureDebianProgram('time', 'time', notes, say);
  if (!gnuTime) notes.push('Peak memory was not measured: GNU time is missing.');
  const [ours, encrypted] = await ourBuilds(corpus.path, work);
  const lineup: Lineup = { ours, encrypted, gnuTime };
  const zip = ensureDebianProgram('zip', 'zip', notes, say);
  if (zip) lineup.info = infoZip(zip, corpus.path, work);
  const offline = offlinePrefix();
  if (offline) {
    lineup.vendor = vendorCli(corpus.path, work, offline);
    const wrapper = offline.map((part) => part.split('/').pop()).join(' ');
    notes.push(
      `The vendor CLI ran offline under \`${wrapper}\` with CAPGO_DISABLE_TELEMETRY=true.`,
    );
  } else {
    notes.push(
      'The vendor CLI was not run: it calls the npm registry, and no network namespace ' +
        '(`unshare -rn` or `unshare --net`) is available here to keep it offline.',
    );
  }
  return lineup;
}

async function runRounds(
  contenders: readonly Contender[],
  runs: number,
  gnuTime: string | undefined,
  say: Say,
): Promise<Map<Contender, Samples>> {
  const samples = new Map(
    contenders.map((c): [Contender, Samples] => [
      c,
      { wallMs: [], otherCores: [], cpuMs: [], rssBytes: [], stdout: [] },
    ]),
  );
  say(`  a warm-up round, then ${runs} round(s) of: ${contenders.map((c) => c.name).join(' → ')}`);
  for (let round = 0; round <= runs; round++) {
    for (const contender of contenders) {
      // Info-ZIP adds to an existing archive, and every builder should write a new file.
      rmSync(contender.output, { force: true });
      const before = probeLoad();
      const run = await measureProcess(contender.command, gnuTime);
      const others = otherCores(before, probeLoad(), run.cpuMs && run.cpuMs / 1000);
      if (round === 0) continue;
      const s = samples.get(contender)!;
      if (others !== undefined) s.otherCores.push(others);
      s.wallMs.push(run.wallMs);
      if (run.peakRssBytes !== undefined) s.rssBytes.push(run.peakRssBytes);
      if (run.cpuMs !== undefined) s.cpuMs.push(run.cpuMs);
      s.outputBytes = statSync(contender.output).size;
      s.stdout.push(run.stdout);
    }
    const last = contenders.map((c) => seconds(samples.get(c)!.wallMs.at(-1) ?? NaN));
    say(round === 0 ? '  warm-up done' : `  round ${round}/${runs}: ${last.join(', ')}`);
  }
  return samples;
}

export const BUNDLE_GOALS = {
  vsInfoZip: {
    name: 'Bundle build wall time vs Info-ZIP',
    unit: '×',
    target: { op: '<=', limit: 0.5, unit: '×' },
  },
  vsVendor: {
    name: 'Bundle build wall time vs vendor CLI',
    unit: '×',
    target: { op: '<=', limit: 0.3, unit: '×' },
  },
  memory: {
    name: 'Bundle build peak RSS',
    unit: 'MB',
    target: { op: '<=', limit: 150, unit: 'MB' },
  },
  size: {
    name: 'Bundle size vs Info-ZIP',
    unit: '×',
    target: { op: '<=', limit: 1.02, unit: '×' },
  },
  encryption: {
    name: 'Bundle build with encryption vs without',
    unit: '×',
    target: { op: '<=', limit: 1.1, unit: '×' },
  },
} as const satisfies Record<string, Goal>;

function bundleChecks(lineup: Lineup, samples: Map<Contender, Samples>): Check[] {
  const of = (c: Contender | undefined) => (c ? samples.get(c) : undefined);
  const wall = (c: Contender | undefined) => medianOf(of(c)?.wallMs);
  const rss = (c: Contender | undefined) => medianOf(of(c)?.rssBytes);
  const size = (c: Contender | undefined) => of(c)?.outputBytes;
  const { ours, encrypted, info, vendor } = lineup;
  const ourRss = rss(ours);
  const goals = BUNDLE_GOALS;
  const memoryDetail = `encrypted ${show(rss(encrypted), megabytes)}; vendor CLI ${show(rss(vendor), megabytes)}`;
  return [
    checked(goals.vsInfoZip, ratio(wall(ours), wall(info)), pair(wall(ours), wall(info), seconds)),
    checked(
      goals.vsVendor,
      ratio(wall(ours), wall(vendor)),
      pair(wall(ours), wall(vendor), seconds),
    ),
    checked(goals.memory, ourRss === undefined ? undefined : ourRss / MB, memoryDetail),
    checked(goals.size, ratio(size(ours), size(info)), pair(size(ours), size(info), bytes)),
    checked(
      goals.encryption,
      ratio(wall(encrypted), wall(ours)),
      pair(wall(encrypted), wall(ours), seconds),
    ),
  ];
}

const bytes = (b: number) => `${b} B`;

function sampleRow(name: string, s: Samples): string[] {
  return [
    name,
    seconds(median(s.wallMs)),
    `${seconds(Math.min(...s.wallMs))} – ${seconds(Math.max(...s.wallMs))}`,
    s.cpuMs.length ? seconds(median(s.cpuMs)) : 'n/a',
    s.rssBytes.length ? megabytes(median(s.rssBytes)) : 'n/a',
    show(s.outputBytes, megabytes),
  ];
}

function medianOf(values: number[] | undefined): number | undefined {
  return values && values.length > 0 ? median(values) : undefined;
}

function show(value: number | undefined, format: (v: number) => string): string {
  return value === undefined ? 'n/a' : format(value);
}

function pair(a: number | undefined, b: number | undefined, format: (v: number) => string) {
  return `${show(a, format)} vs ${show(b, format)}`;
}

/** Our zip must be the same bytes every round, and readable by another tool. */
function integrityNotes(ours: Samples, zipFile: string): string[] {
  const hashes = new Set(ours.stdout.map((out) => (JSON.parse(out) as { sha256: string }).sha256));
  const first = [...hashes][0] ?? '';
  const notes = [
    hashes.size === 1
      ? `Our zip was byte-identical in all ${ours.stdout.length} rounds (sha256 ${first.slice(0, 16)}…).`
      : `Our zip differed between rounds: ${hashes.size} different SHA-256 values.`,
  ];
  const unzip = findProgram('unzip');
  if (unzip) {
    const test = spawnSync(unzip, ['-tqq', zipFile], { encoding: 'utf8', timeout: 60_000 });
    const output = `${test.stdout}${test.stderr}`.trim().slice(0, 300);
    notes.push(
      test.status === 0
        ? '`unzip -t` reads our zip without error.'
        : `\`unzip -t\` failed on our zip: ${output}`,
    );
  }
  return notes;
}
