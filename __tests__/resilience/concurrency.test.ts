// Runs of the built action started at once against one repository and one channel (C08, C09):
// each succeeds or fails cleanly, a re-run of a failed one converges, and nothing is lost or
// duplicated: one release per tag, every version in the manifest, the channel on the highest.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ActionRun } from '../../test-support/action-runner.js';
import { decryptBundle } from '../../src/bundle/encrypt.js';
import { generateKeyPair } from '../../src/bundle/keys.js';
import { describeRun, failure, REPOSITORY, startE2E, type E2E } from '../e2e/harness.js';
import { expectCleanFailure, manifestOf, sha256, shuffled, webBuild } from './support.js';

let e2e: E2E;
const pair = generateKeyPair();

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(() => e2e?.close());

/** Runs a publish; a failed run must fail cleanly, and its re-run must succeed. */
async function publishConverging(
  inputs: Record<string, string>,
): Promise<{ first: ActionRun; final: ActionRun }> {
  const first = await e2e.run(inputs);
  if (first.code === 0) return { first, final: first };
  expectCleanFailure(first);
  const final = await e2e.run(inputs);
  if (final.code !== 0) throw new Error(`The re-run did not converge:\n${describeRun(final)}`);
  return { first, final };
}

describe('concurrent publishes through dist/index.js', () => {
  it('ten versions started at once all land, one release each, channel on the highest', async () => {
    const versions = Array.from({ length: 10 }, (_, i) => `1.0.${i}`);
    const builds = new Map(versions.map((v) => [v, webBuild(e2e, v)]));

    const results = await Promise.all(
      shuffled(versions).map((version) =>
        publishConverging({ path: builds.get(version)!, version }),
      ),
    );
    for (const { final } of results) expect(final.code).toBe(0);

    const manifest = manifestOf(e2e);
    expect(Object.keys(manifest?.bundles ?? {}).sort()).toEqual(versions);
    expect(manifest?.channels.production?.version).toBe('1.0.9');
    // Whichever order the runs landed in, a publish only ever moved the channel forwards.
    const moves = manifest!.channels.production!.history.map((m) => Number(m.version.slice(4)));
    expect(moves).toEqual([...moves].sort((a, b) => a - b));

    const releases = e2e.github.releases(REPOSITORY);
    expect(releases.map((r) => r.tagName).sort()).toEqual(versions.map((v) => `v${v}`));
    for (const release of releases) {
      expect(release.draft).toBe(false);
      expect(release.assets).toHaveLength(1);
      const entry = manifest?.bundles[release.tagName.slice(1)];
      const asset = release.assets[0]!;
      expect(entry?.asset_id).toBe(asset.id);
      expect(sha256(asset.data)).toBe(entry?.sha256);
    }
  }, 120_000);

  it('two runs for the same tag and version leave one release, one asset, one entry', async () => {
    const build = webBuild(e2e, '2.0.0');
    const commitsBefore = e2e.github.commits(REPOSITORY, 'live-updates').length;

    const [a, b] = await Promise.all([
      publishConverging({ path: build, version: '2.0.0' }),
      publishConverging({ path: build, version: '2.0.0' }),
    ]);
    expect(a.final.code).toBe(0);
    expect(b.final.code).toBe(0);
    expect(a.final.outputs.url).toBe(b.final.outputs.url);
    expect(a.final.outputs.checksum).toBe(b.final.outputs.checksum);

    const releases = e2e.github.releases(REPOSITORY).filter((r) => r.tagName === 'v2.0.0');
    expect(releases).toHaveLength(1);
    expect(releases[0]?.draft).toBe(false);
    expect(releases[0]?.assets).toHaveLength(1);
    expect(sha256(releases[0]!.assets[0]!.data)).toBe(a.final.outputs.sha256);

    const manifest = manifestOf(e2e);
    expect(manifest?.bundles['2.0.0']?.asset_id).toBe(releases[0]?.assets[0]?.id);
    expect(manifest?.channels.production?.version).toBe('2.0.0');
    // One commit records 2.0.0; the other run found it there and wrote nothing.
    expect(e2e.github.commits(REPOSITORY, 'live-updates')).toHaveLength(commitsBefore + 1);
  }, 90_000);

  it('two encrypted runs of one version at once: one asset, whose session key opens it', async () => {
    const inputs = {
      path: webBuild(e2e, '2.0.1'),
      version: '2.0.1',
      'encryption-key': pair.privateKeyPem,
    };
    // Both uploads arrive before either is stored, so one of them meets the other's asset.
    const fault = e2e.github.faults.add({
      method: 'POST',
      path: '/api/uploads/**',
      times: 2,
      effect: { type: 'before', run: holdUntil(2) },
    });
    const runs = await Promise.all([publishConverging(inputs), publishConverging(inputs)]);
    fault.remove();
    for (const { final } of runs) expect(final.code).toBe(0);
    // Each run encrypts with its own session key, so the loser cannot take the winner's upload
    // as its own; it must not suggest deleting an asset devices may already be sent.
    const losers = runs.filter(({ first }) => first.code !== 0).map(({ first }) => failure(first));
    expect(losers).toHaveLength(1);
    expect(losers[0]).toMatch(/Another run uploaded this same bundle.*re-run this job/s);
    expect(losers[0]).not.toMatch(/Delete/);

    const releases = e2e.github.releases(REPOSITORY).filter((r) => r.tagName === 'v2.0.1');
    expect(releases).toHaveLength(1);
    expect(releases[0]?.assets).toHaveLength(1);
    const entry = manifestOf(e2e)!.bundles['2.0.1']!;
    const zip = decryptBundle(releases[0]!.assets[0]!.data, entry.session_key, pair.publicKeyPem);
    expect(sha256(zip)).toBe(entry.sha256);
  }, 90_000);

  it('C08 (b): two runs that both find no release each create a draft; one release remains', async () => {
    const build = webBuild(e2e, '2.1.0');
    // Hold each create until both have arrived, so both runs listed before either draft existed.
    const barrier = holdUntil(2);
    const since = e2e.github.requests.length;
    const fault = e2e.github.faults.add({
      method: 'POST',
      path: '/api/v3/repos/*/*/releases',
      times: 2,
      effect: { type: 'before', run: barrier },
    });
    const [a, b] = await Promise.all([
      publishConverging({ path: build, version: '2.1.0' }),
      publishConverging({ path: build, version: '2.1.0' }),
    ]);
    fault.remove();
    expect(fault.hits).toBe(2);
    expect(a.final.code).toBe(0);
    expect(b.final.code).toBe(0);
    const drafts = e2e.github
      .restCalls(since)
      .filter((r) => r.method === 'POST' && /\/releases$/.test(r.path));
    expect(drafts.map((r) => r.status)).toEqual([201, 201]);
    const deleted = e2e.github.restCalls(since).filter((r) => r.method === 'DELETE');
    expect(deleted).toHaveLength(1);
    expect(`${a.first.stdout}${b.first.stdout}`).toMatch(
      /at the same time; using it and deleting draft/,
    );

    const releases = e2e.github.releases(REPOSITORY).filter((r) => r.tagName === 'v2.1.0');
    expect(releases).toHaveLength(1);
    expect(releases[0]?.draft).toBe(false);
    expect(releases[0]?.assets).toHaveLength(1);
    expect(manifestOf(e2e)?.bundles['2.1.0']?.asset_id).toBe(releases[0]?.assets[0]?.id);
  }, 90_000);

  it('C08 (a): a release published by someone else between list and create is used', async () => {
    const build = webBuild(e2e, '2.2.0');
    e2e.github.faults.add({
      method: 'POST',
      path: '/api/v3/repos/*/*/releases',
      effect: {
        type: 'before',
        run: () => void e2e.github.seedRelease(REPOSITORY, { tag: 'v2.2.0' }),
      },
    });
    // GitHub's lookup by tag can lag behind the create that said "already exists".
    e2e.github.faults.add({
      method: 'GET',
      path: '/api/v3/repos/*/*/releases/tags/v2.2.0',
      effect: { type: 'status', status: 404 },
    });
    const run = await e2e.run({ path: build, version: '2.2.0' });
    e2e.github.faults.clear();
    if (run.code !== 0) throw new Error(describeRun(run));

    const releases = e2e.github.releases(REPOSITORY).filter((r) => r.tagName === 'v2.2.0');
    expect(releases).toHaveLength(1);
    expect(releases[0]?.assets).toHaveLength(1);
    expect(manifestOf(e2e)?.bundles['2.2.0']?.asset_id).toBe(releases[0]?.assets[0]?.id);
  }, 60_000);

  it('C08 (c): two published releases for one tag stop the run, naming both, before the manifest', async () => {
    const ids = [1, 2].map(() => e2e.github.seedRelease(REPOSITORY, { tag: 'v2.3.0' }));
    const before = e2e.github.file(REPOSITORY, 'live-updates', 'live-update/manifest.json');
    const run = await e2e.run({ path: webBuild(e2e, '2.3.0'), version: '2.3.0' });
    const message = expectCleanFailure(run);
    for (const id of ids) expect(message).toContain(String(id));
    expect(e2e.github.file(REPOSITORY, 'live-updates', 'live-update/manifest.json')).toEqual(
      before,
    );
  });
});

/** A `before` effect that releases each held request once `count` of them have arrived (bounded). */
function holdUntil(count: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    if (++arrived >= count) open();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([opened, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
    clearTimeout(timer);
  };
}
