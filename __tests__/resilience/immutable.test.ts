// A repository whose releases are immutable: once published, a release refuses asset changes
// and its tag is never given to another release. Publishing still works (draft → upload →
// publish); a re-run after a late failure reuses the release; other content under the tag is
// refused with a message to bump the version, before anything is written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Fault } from '../../test-support/github-emulator/index.js';
import { describeRun, REPOSITORY, startE2E, type E2E } from '../e2e/harness.js';
import { expectCleanFailure, manifestOf, sha256, webBuild, writesSince } from './support.js';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
  e2e.github.setRepo(REPOSITORY, { immutableReleases: true });
});

afterAll(() => e2e?.close());

const releaseFor = (tag: string) =>
  e2e.github.releases(REPOSITORY).filter((r) => r.tagName === tag);

/** The manifest write is refused (not retried) after the release was published. */
function refuseManifestWrites(): Fault {
  return e2e.github.faults.add({
    method: 'PUT',
    path: '/api/v3/repos/*/*/contents/**',
    times: Infinity,
    effect: {
      type: 'status',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    },
  });
}

describe('immutable releases through dist/index.js', () => {
  it('publishes: the draft takes the asset, then becomes an immutable release', async () => {
    const run = await e2e.run({ path: webBuild(e2e, '1.0.0'), version: '1.0.0' });
    if (run.code !== 0) throw new Error(describeRun(run));
    const [release] = releaseFor('v1.0.0');
    expect(release).toMatchObject({ draft: false, immutable: true });
    expect(release?.assets).toHaveLength(1);
    expect(sha256(release!.assets[0]!.data)).toBe(run.outputs.sha256);
    expect(manifestOf(e2e)?.channels.production?.version).toBe('1.0.0');
  });

  it('a re-run after the manifest write failed reuses the published release', async () => {
    const build = webBuild(e2e, '1.1.0');
    const refusal = refuseManifestWrites();
    const died = await e2e.run({ path: build, version: '1.1.0' });
    refusal.remove();
    expect(expectCleanFailure(died)).toMatch(/permissions: contents: write/);
    expect(releaseFor('v1.1.0')).toMatchObject([{ draft: false, immutable: true }]);
    expect(manifestOf(e2e)?.bundles['1.1.0']).toBeUndefined();

    const rerun = await e2e.run({ path: build, version: '1.1.0' });
    if (rerun.code !== 0) throw new Error(describeRun(rerun));
    expect(rerun.stdout).toMatch(/already holds this bundle .*reusing it/);
    const releases = releaseFor('v1.1.0');
    expect(releases).toHaveLength(1);
    expect(releases[0]?.assets).toHaveLength(1);
    const entry = manifestOf(e2e)?.bundles['1.1.0'];
    expect(entry?.asset_id).toBe(releases[0]?.assets[0]?.id);
    expect(entry?.sha256).toBe(died.outputs.sha256 || rerun.outputs.sha256);
    expect(manifestOf(e2e)?.channels.production?.version).toBe('1.1.0');
  });

  it('other content under a published immutable tag asks for a version bump and writes nothing', async () => {
    const refusal = refuseManifestWrites();
    const died = await e2e.run({ path: webBuild(e2e, '1.2.0'), version: '1.2.0' });
    refusal.remove();
    expectCleanFailure(died);
    const assetBefore = releaseFor('v1.2.0')[0]?.assets[0];

    const since = e2e.github.requests.length;
    const manifestBefore = manifestOf(e2e);
    const changed = await e2e.run({ path: webBuild(e2e, '1.2.0', 'changed'), version: '1.2.0' });
    expect(expectCleanFailure(changed)).toMatch(
      /v1\.2\.0 is published and immutable.*Bump the version/,
    );
    expect(writesSince(e2e, since)).toEqual([]);
    expect(manifestOf(e2e)).toEqual(manifestBefore);
    expect(releaseFor('v1.2.0')[0]?.assets).toEqual([assetBefore]);
  });
});
