// No dangling URL at any instant (C07): while publishes of the built action meet broken uploads,
// a download URL that 404s and a competing manifest commit, a device polling the built responder
// is only ever offered URLs that download and match the checksum offered with them. Every failed
// run fails cleanly before the manifest changes, and its re-run converges.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  postUpdateCheck,
  startResponderProcess,
  updateCheckBody,
  type ResponderProcess,
} from '../../test-support/responder-process.js';
import type { FaultEffect } from '../../test-support/github-emulator/index.js';
import { describeRun, REPOSITORY, startE2E, type E2E } from '../e2e/harness.js';
import {
  expectCleanFailure,
  MANIFEST_BRANCH,
  MANIFEST_PATH,
  manifestOf,
  pollResponder,
  sha256,
  webBuild,
} from './support.js';

let e2e: E2E;
let responder: ResponderProcess;

beforeAll(async () => {
  e2e = await startE2E();
  const baseline = await e2e.run({ path: webBuild(e2e, '1.1.0'), version: '1.1.0' });
  if (baseline.code !== 0) throw new Error(describeRun(baseline));
  responder = await startResponderProcess({
    MANIFEST_URL: baseline.outputs['manifest-url']!,
    MANIFEST_TTL_SECONDS: '0',
  });
}, 60_000);

afterAll(async () => {
  await responder?.stop();
  await e2e?.close();
});

// A device whose app shipped 1.0.0 and still runs the bundle in its binary: it is offered
// whatever the channel serves.
const device = async () =>
  (await postUpdateCheck(responder.url, updateCheckBody({ version_build: '1.0.0' }))).json;

/** Upload faults are aimed at one version through a draft release made for it in advance. */
function breakUploadsOf(tag: string, effect: FaultEffect, times = Infinity): void {
  const id = e2e.github.seedRelease(REPOSITORY, { tag, draft: true });
  e2e.github.faults.add({
    method: 'POST',
    path: `/api/uploads/repos/*/*/releases/${id}/assets`,
    times,
    effect,
  });
}

/** Another writer changes the manifest between this run's read and its write: adds a channel. */
function competingCommit(): void {
  const current = e2e.github.file(REPOSITORY, MANIFEST_BRANCH, MANIFEST_PATH)!;
  const manifest = JSON.parse(current.text) as { channels: Record<string, unknown> };
  manifest.channels.beta = manifest.channels.production;
  e2e.github.commitFile(
    REPOSITORY,
    MANIFEST_BRANCH,
    MANIFEST_PATH,
    `${JSON.stringify(manifest, null, 2)}\n`,
    'Promote to beta',
  );
}

const publish = (version: string) => e2e.run({ path: webBuild(e2e, version), version });

/** Versions whose first run meets a fault it cannot get past; 1.2.4 and 1.2.5 get past theirs. */
const FAILING = ['1.2.0', '1.2.1', '1.2.2', '1.2.3'];

async function publishThroughFaults(): Promise<void> {
  breakUploadsOf('v1.2.0', { type: 'status', status: 500 });
  breakUploadsOf('v1.2.1', { type: 'drop-request' });
  breakUploadsOf('v1.2.2', { type: 'corrupt-upload', missingBytes: 7 });
  breakUploadsOf('v1.2.5', { type: 'lose-response' }, 1);
  e2e.github.faults.add({
    method: 'GET',
    path: '/*/*/releases/download/v1.2.3/**',
    times: Infinity,
    effect: { type: 'status', status: 404 },
  });
  e2e.github.faults.add({
    method: 'PUT',
    path: '/api/v3/repos/*/*/contents/**',
    effect: { type: 'before', run: competingCommit },
  });
  const firstRuns = await Promise.all([...FAILING, '1.2.4', '1.2.5'].map(publish));
  e2e.github.faults.clear();

  const messages = firstRuns.slice(0, 4).map(expectCleanFailure);
  expect(messages[0]).toMatch(/GitHub answered 500 while uploading/);
  expect(messages[1]).toMatch(/could not be reached while uploading/);
  expect(messages[2]).toMatch(/bytes for com\.example\.app-1\.2\.2\.zip/);
  expect(messages[3]).toMatch(/answered 404; devices could not fetch the bundle/);
  for (const run of firstRuns.slice(4)) if (run.code !== 0) throw new Error(describeRun(run));
  const afterFaults = manifestOf(e2e)!;
  expect(Object.keys(afterFaults.bundles).sort()).toEqual(['1.1.0', '1.2.4', '1.2.5']);
  // The competing commit is kept, not overwritten.
  expect(afterFaults.channels.beta).toBeDefined();

  const reRuns = await Promise.all(FAILING.map(publish));
  for (const run of reRuns) if (run.code !== 0) throw new Error(describeRun(run));
  await waitUntilOffered('1.2.5');
}

describe('a device polling the responder during faulty publishes', () => {
  it('is never offered a URL that does not download its checksum', async () => {
    const poller = pollResponder(device);
    let seen: Awaited<ReturnType<typeof poller.stop>>;
    try {
      await publishThroughFaults();
    } finally {
      seen = await poller.stop();
    }

    expect(seen.checks).toBeGreaterThan(20);
    expect(seen.sightings.filter((s) => !s.ok)).toEqual([]);
    const offered = new Set(seen.sightings.map((s) => s.version));
    expect([...offered].filter((v) => !['1.1.0', '1.2.4', '1.2.5'].includes(v))).toEqual([]);
    expect(offered).toContain('1.1.0');
    expect(offered).toContain('1.2.5');

    const manifest = manifestOf(e2e)!;
    expect(Object.keys(manifest.bundles).sort()).toEqual(['1.1.0', ...FAILING, '1.2.4', '1.2.5']);
    // A publish never moves a channel backwards: the re-runs of lower versions only record them.
    expect(manifest.channels.production?.version).toBe('1.2.5');
    for (const release of e2e.github.releases(REPOSITORY)) {
      expect(release.draft).toBe(false);
      expect(release.assets).toHaveLength(1);
      expect(sha256(release.assets[0]!.data)).toBe(
        manifest.bundles[release.tagName.slice(1)]?.sha256,
      );
    }
  }, 90_000);
});

describe('two runs publishing one version with different content', () => {
  it('the later run never replaces an asset the earlier one has recorded meanwhile', async () => {
    // The later run reads the manifest before the earlier one commits, then finds its asset.
    e2e.github.faults.add({
      method: 'GET',
      path: '/api/v3/repos/*/*/releases',
      effect: {
        type: 'before',
        run: async () => {
          const earlier = await e2e.run({ path: webBuild(e2e, '1.3.0'), version: '1.3.0' });
          if (earlier.code !== 0) throw new Error(describeRun(earlier));
        },
      },
    });
    const poller = pollResponder(device);
    let seen: Awaited<ReturnType<typeof poller.stop>>;
    try {
      const later = await e2e.run({ path: webBuild(e2e, '1.3.0', 'other'), version: '1.3.0' });
      expect(expectCleanFailure(later)).toMatch(/1\.3\.0 is already published with other content/);
      await waitUntilOffered('1.3.0');
    } finally {
      e2e.github.faults.clear();
      seen = await poller.stop();
    }
    expect(seen.sightings.filter((s) => !s.ok)).toEqual([]);

    const entry = manifestOf(e2e)!.bundles['1.3.0']!;
    const download = await fetch(entry.url);
    expect(download.status).toBe(200);
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(entry.checksum);
  }, 60_000);
});

async function waitUntilOffered(version: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if ((await device()).version === version) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The responder did not offer ${version} within 10 s.`);
}
