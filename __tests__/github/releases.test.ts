import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { uploadAsset } from '../../src/github/assets.js';
import { findOrCreateRelease, publishRelease } from '../../src/github/releases.js';
import { REPO, REPO_NAME, setup, type Setup } from './helpers.js';

const spec = { tag: 'v1.2.3', targetCommitish: 'main', name: 'Release 1.2.3', body: 'notes' };

describe('findOrCreateRelease', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup();
  });
  afterEach(async () => {
    await s.emulator.close();
  });

  it('creates a draft when no release holds the tag', async () => {
    const { release, created } = await findOrCreateRelease(s.gh, REPO, spec);

    expect(created).toBe(true);
    expect(release).toMatchObject({
      tag: 'v1.2.3',
      draft: true,
      immutable: false,
      body: 'notes',
      assets: [],
    });
    expect(release.uploadUrl).toMatch(
      /\/api\/uploads\/repos\/example-org\/example-app\/releases\/\d+\/assets\{\?name,label\}$/,
    );
    expect(s.emulator.releases(REPO_NAME)).toHaveLength(1);
  });

  it('finds an earlier draft for the tag (invisible to lookup by tag) and reuses it', async () => {
    const draftId = s.emulator.seedRelease(REPO_NAME, {
      tag: 'v1.2.3',
      draft: true,
      assets: [{ name: 'a.zip', data: 'x' }],
    });

    const { release, created } = await findOrCreateRelease(s.gh, REPO, spec);

    expect(created).toBe(false);
    expect(release.id).toBe(draftId);
    expect(release.assets.map((a) => a.name)).toEqual(['a.zip']);
    expect(s.emulator.releases(REPO_NAME)).toHaveLength(1);
  });

  it('uses a published release as it is', async () => {
    const id = s.emulator.seedRelease(REPO_NAME, { tag: 'v1.2.3', body: 'old notes' });
    const { release, created } = await findOrCreateRelease(s.gh, REPO, spec);
    expect({ id: release.id, draft: release.draft, body: release.body, created }).toEqual({
      id,
      draft: false,
      body: 'old notes',
      created: false,
    });
  });

  it('C08 (a): create meets 422 already_exists, lookup by tag 404s once, then the published release is used', async () => {
    // The list shows nothing, then another run's published release appears before our create.
    s.emulator.faults.add({
      method: 'POST',
      path: '/api/v3/repos/*/*/releases',
      effect: {
        type: 'before',
        run: () => void s.emulator.seedRelease(REPO_NAME, { tag: 'v1.2.3' }),
      },
    });
    s.emulator.faults.add({
      method: 'GET',
      path: '**/releases/tags/*',
      effect: { type: 'status', status: 404, body: { message: 'Not Found' } },
    });

    const { release, created } = await findOrCreateRelease(s.gh, REPO, spec);

    expect(created).toBe(false);
    expect(release.draft).toBe(false);
    const calls = s.emulator.restCalls().map((r) => `${r.method} ${r.status}`);
    expect(calls).toEqual(['GET 200', 'POST 422', 'GET 404', 'GET 200']);
    expect(s.emulator.releases(REPO_NAME)).toHaveLength(1);
  });

  it('C08 (b): two runs racing for one tag end with one release; the higher id deletes its own draft', async () => {
    const other = s.client();
    const [a, b] = await Promise.all([
      findOrCreateRelease(s.gh, REPO, spec),
      findOrCreateRelease(other, REPO, spec),
    ]);

    expect(a.release.id).toBe(b.release.id);
    const remaining = s.emulator.releases(REPO_NAME);
    expect(remaining.map((r) => r.id)).toEqual([a.release.id]);
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
  });

  it('C08 (b): the loser of a race uploads into the winner', async () => {
    const winnerId = s.emulator.seedRelease(REPO_NAME, { tag: 'v1.2.3', draft: true });
    // Our first list misses the winner's draft (it lands just after), so we create one too.
    s.emulator.faults.add({
      method: 'GET',
      path: '/api/v3/repos/*/*/releases',
      effect: { type: 'status', status: 200, body: [] },
    });

    const { release, created } = await findOrCreateRelease(s.gh, REPO, { ...spec, log: s.log });
    await uploadAsset(s.gh, release, {
      name: 'app.zip',
      label: '',
      data: Buffer.from('zip'),
      contentType: 'application/zip',
    });

    expect(created).toBe(false);
    expect(release.id).toBe(winnerId);
    const remaining = s.emulator.releases(REPO_NAME);
    expect(remaining.map((r) => r.id)).toEqual([winnerId]);
    expect(remaining[0]?.assets.map((a) => a.name)).toEqual(['app.zip']);
    expect(s.log.lines.map((l) => l.message).join('\n')).toMatch(/Another run created release/);
  });

  it('a create whose answer was lost leaves two drafts, and the retry settles on one', async () => {
    s.emulator.faults.add({
      method: 'POST',
      path: '/api/v3/repos/*/*/releases',
      effect: { type: 'lose-response' },
    });

    const { release } = await findOrCreateRelease(s.gh, REPO, spec);

    expect(s.emulator.releases(REPO_NAME).map((r) => r.id)).toEqual([release.id]);
  });

  it('C08 (c): two published releases with one tag stop the run, naming both ids', async () => {
    const first = s.emulator.seedRelease(REPO_NAME, { tag: 'v1.2.3' });
    const second = s.emulator.seedRelease(REPO_NAME, { tag: 'v1.2.3' });

    const error = await findOrCreateRelease(s.gh, REPO, spec).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(String(first));
    expect((error as Error).message).toContain(String(second));
    expect(s.emulator.restCalls().every((r) => r.method === 'GET')).toBe(true);
  });

  it('finds a published release beyond the first page of the list', async () => {
    const old = s.emulator.seedRelease(REPO_NAME, { tag: 'v1.2.3' });
    for (let i = 0; i < 100; i++) s.emulator.seedRelease(REPO_NAME, { tag: `v0.0.${i}` });

    const { release } = await findOrCreateRelease(s.gh, REPO, spec);

    expect(release.id).toBe(old);
    expect(s.emulator.restCalls().map((r) => r.path.split('?')[0])).toEqual([
      '/api/v3/repos/example-org/example-app/releases',
      '/api/v3/repos/example-org/example-app/releases/tags/v1.2.3',
    ]);
  });
});

describe('publishRelease', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup({ immutableReleases: true });
  });
  afterEach(async () => {
    await s.emulator.close();
  });

  it('publishes the draft and returns the final download URLs in one call', async () => {
    const { release } = await findOrCreateRelease(s.gh, REPO, spec);
    const asset = await uploadAsset(s.gh, release, {
      name: 'app.zip',
      label: 'l',
      data: Buffer.from('zip'),
      contentType: 'application/zip',
    });
    const before = s.emulator.restCalls().length;

    const published = await publishRelease(
      s.gh,
      REPO,
      { ...release, assets: [asset] },
      { body: 'final notes' },
    );

    expect(s.emulator.restCalls().length - before).toBe(1);
    expect(published).toMatchObject({ draft: false, immutable: true, body: 'final notes' });
    expect(asset.browserDownloadUrl).toMatch(/\/releases\/download\/untagged-[0-9a-f]+\/app\.zip$/);
    expect(published.assets[0]?.browserDownloadUrl).toBe(
      `${s.emulator.serverUrl}/${REPO_NAME}/releases/download/v1.2.3/app.zip`,
    );
  });

  it('leaves a published release alone when there is nothing to change', async () => {
    s.emulator.seedRelease(REPO_NAME, { tag: 'v1.2.3' });
    const { release } = await findOrCreateRelease(s.gh, REPO, spec);
    const before = s.emulator.restCalls().length;
    expect(await publishRelease(s.gh, REPO, release)).toBe(release);
    expect(s.emulator.restCalls().length).toBe(before);
  });

  it('explains that an immutable release refuses new assets', async () => {
    s.emulator.seedRelease(REPO_NAME, { tag: 'v1.2.3' });
    const { release } = await findOrCreateRelease(s.gh, REPO, spec);
    expect(release.immutable).toBe(true);

    const upload = uploadAsset(s.gh, release, {
      name: 'app.zip',
      label: '',
      data: Buffer.from('zip'),
      contentType: 'application/zip',
    });

    await expect(upload).rejects.toThrow(
      /422.*Cannot upload assets to an immutable release.*bump the version/,
    );
  });
});
