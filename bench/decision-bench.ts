// The cost of one update check inside the responder, without HTTP, on manifests of 10, 1,000 and
// 10,000 bundles. The decision is precomputed per channel when the manifest loads, so a check
// should cost the same whatever the manifest holds.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createResponder } from '../src/responder/platforms/node-responder.js';
import type { Responder } from '../src/responder/responder.js';
import { fleetBodies } from './load.js';
import { loadNote, otherCores, probeLoad } from './machine-load.js';
import { makeManifest } from './manifests.js';
import type { Say } from './peers.js';
import { checked, formatNumber, table, type Goal, type SectionResult } from './report.js';
import { median, ratio } from './stats.js';

const SIZES = [10, 1000, 10_000] as const;

export const DECISION_GOAL = {
  name: `Decision cost, ${SIZES.at(-1)} vs ${SIZES[0]} bundles`,
  unit: '×',
  target: { op: '<=', limit: 1.5, unit: '×' },
} as const satisfies Goal;
const WARMUP_BATCHES = 3;
const ROUNDS_PER_RUN = 3;

interface Subject {
  bundles: number;
  responder: Responder;
  bodies: Buffer[];
  nsPerCheck: number[];
}

export async function decisionSection(
  work: string,
  runs: number,
  batch: number,
  say: Say,
): Promise<SectionResult> {
  const subjects = await prepareSubjects(work, batch, say);
  const rounds = runs * ROUNDS_PER_RUN;
  const busy = await timeRounds(subjects, rounds, batch);

  const cost = (s: Subject) => median(s.nsPerCheck);
  const smallest = subjects[0]!;
  const largest = subjects.at(-1)!;
  const body = [
    `\`createResponder\` (the core behind every platform build) answering POST /updates ` +
      `in-process, the same plugin-shaped bodies as under load, ${batch} checks per timed batch, ` +
      `median of ${rounds} batches per size, sizes interleaved. Manifests made with ` +
      '`recordBundle`, the newest bundle at a 50% rollout.',
    '',
    table(
      ['bundles in the manifest', 'per check (median)'],
      subjects.map((s) => [String(s.bundles), `${formatNumber(cost(s) / 1000)} µs`]),
    ),
  ].join('\n');
  return {
    title: 'Decision cost by manifest size',
    body,
    checks: [
      checked(
        DECISION_GOAL,
        ratio(cost(largest), cost(smallest)),
        `${formatNumber(cost(largest) / 1000)} vs ${formatNumber(cost(smallest) / 1000)} µs`,
      ),
    ],
    notes: busy ? [busy] : [],
  };
}

async function prepareSubjects(work: string, batch: number, say: Say): Promise<Subject[]> {
  const subjects: Subject[] = [];
  for (const bundles of SIZES) {
    say(`  generating a ${bundles}-bundle manifest`);
    const manifest = makeManifest(bundles);
    const file = path.join(work, `decision-${bundles}.json`);
    writeFileSync(file, manifest.text);
    // The sink still receives each serialised log line; only the write is left out.
    const responder = createResponder({ manifestFile: file, log: () => {} });
    const bodies = fleetBodies(manifest.current, manifest.previous).map((b) => Buffer.from(b));
    await responder.warmUp();
    for (let i = 0; i < WARMUP_BATCHES; i++) await timeBatch(responder, bodies, batch);
    subjects.push({ bundles, responder, bodies, nsPerCheck: [] });
  }
  return subjects;
}

/** Times the sizes in turn, round after round; returns a note when the machine was busy. */
async function timeRounds(subjects: Subject[], rounds: number, batch: number) {
  const others: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const subject of subjects) {
      const before = probeLoad();
      subject.nsPerCheck.push(await timeBatch(subject.responder, subject.bodies, batch));
      const busy = otherCores(before, probeLoad(), 0);
      if (busy !== undefined) others.push(busy);
    }
  }
  return loadNote(others, 'the timed batches');
}

/** Nanoseconds per check over one batch, checks awaited one after another as a server would. */
async function timeBatch(responder: Responder, bodies: readonly Buffer[], batch: number) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < batch; i++) {
    const response = await responder.handle({
      method: 'POST',
      path: '/updates',
      query: {},
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: bodies[i % bodies.length]!,
    });
    if (response.status !== 200)
      throw new Error(`update check answered ${response.status}: ${response.body}`);
  }
  return Number(process.hrtime.bigint() - started) / batch;
}
