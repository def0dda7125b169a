import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { checkDownload, uploadAsset, verifyAsset } from '../../src/github/assets.js';
import { ManifestStore } from '../../src/github/manifest-store.js';
import { findOrCreateRelease, publishRelease } from '../../src/github/releases.js';
import { REPO, REPO_NAME, setup, type Setup } from './helpers.js';

// A publish with the manifest branch in place, using only what the module's functions return.
describe('REST calls of a publish', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup();
    s.emulator.seedBranch(REPO_NAME, 'live-updates', {
      'live-update/manifest.json': '{"bundles":{}}\n',
    });
  });
  afterEach(async () => {
    await s.emulator.close();
  });

  it('fits in 7: read manifest, list, create, list, upload, publish, write manifest', async () => {
    const data = Buffer.from('zip bytes '.repeat(100));
    const expected = { size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
    const store = new ManifestStore(s.gh, {
      repo: REPO,
      branch: 'live-updates',
      path: 'live-update/manifest.json',
      log: s.log,
    });

    const known = await store.read();
    const { release } = await findOrCreateRelease(s.gh, REPO, {
      tag: 'v1.0.0',
      targetCommitish: 'main',
      name: 'v1.0.0',
      body: '',
    });
    const asset = await uploadAsset(s.gh, release, {
      name: 'app.zip',
      label: '',
      data,
      contentType: 'application/zip',
    });
    verifyAsset(asset, expected);
    const published = await publishRelease(s.gh, REPO, release);
    await checkDownload(published.assets[0]?.browserDownloadUrl ?? '', expected, s.log);
    await store.write(
      () => ({ text: '{"bundles":{"1.0.0":{}}}\n', message: 'Publish 1.0.0' }),
      known,
    );

    const calls = s.emulator
      .restCalls()
      .map((r) => `${r.method} ${r.path.split('?')[0]?.replace(/\d{4,}/g, ':id')}`);
    expect(calls).toEqual([
      'GET /api/v3/repos/example-org/example-app/contents/live-update%2Fmanifest.json',
      'GET /api/v3/repos/example-org/example-app/releases',
      'POST /api/v3/repos/example-org/example-app/releases',
      'GET /api/v3/repos/example-org/example-app/releases',
      'POST /api/uploads/repos/example-org/example-app/releases/:id/assets',
      'PATCH /api/v3/repos/example-org/example-app/releases/:id',
      'PUT /api/v3/repos/example-org/example-app/contents/live-update%2Fmanifest.json',
    ]);
  });
});
