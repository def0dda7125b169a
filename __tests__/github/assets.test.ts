import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import {
  AssetExistsError,
  checkDownload,
  deleteAsset,
  listAssets,
  safeAssetName,
  uploadAsset,
  verifyAsset,
} from '../../src/github/assets.js';
import { findOrCreateRelease, publishRelease, type Release } from '../../src/github/releases.js';
import { REPO, REPO_NAME, recordingLog, setup, type Setup } from './helpers.js';

const spec = { tag: 'v1.2.3', targetCommitish: 'main', name: 'v1.2.3', body: '' };
const bundle = Buffer.from('PK\u0003\u0004 a zip of the web build '.repeat(2000));
const expected = { size: bundle.length, sha256: createHash('sha256').update(bundle).digest('hex') };
const upload = (s: Setup, release: Release, data = bundle) =>
  uploadAsset(s.gh, release, {
    name: 'com.example.app-1.2.3.zip',
    label: `sha256:${expected.sha256}`,
    data,
    contentType: 'application/zip',
  });

describe('assets', () => {
  let s: Setup;
  let release: Release;
  beforeEach(async () => {
    s = await setup();
    release = (await findOrCreateRelease(s.gh, REPO, spec)).release;
  });
  afterEach(async () => {
    await s.emulator.close();
  });

  it('uploads the bytes and GitHub reports them back: state, size and digest', async () => {
    const asset = await upload(s, release);

    expect(asset).toMatchObject({
      name: 'com.example.app-1.2.3.zip',
      state: 'uploaded',
      size: bundle.length,
      digest: `sha256:${expected.sha256}`,
    });
    expect(() => verifyAsset(asset, expected)).not.toThrow();
    expect(s.emulator.releases(REPO_NAME)[0]?.assets[0]?.data.equals(bundle)).toBe(true);
  });

  it('resends the same bytes when an upload is retried after a 5xx', async () => {
    s.emulator.faults.add({
      method: 'POST',
      path: '/api/uploads/**',
      times: 2,
      effect: { type: 'status', status: 502 },
    });

    const asset = await upload(s, release);

    expect(() => verifyAsset(asset, expected)).not.toThrow();
    expect(s.emulator.requests.filter((r) => r.area === 'uploads').map((r) => r.status)).toEqual([
      502, 502, 201,
    ]);
  });

  it('C07 (a): 500 on every upload attempt fails the upload after bounded retries', async () => {
    s.emulator.faults.add({
      method: 'POST',
      path: '/api/uploads/**',
      times: Infinity,
      effect: { type: 'status', status: 500 },
    });

    await expect(upload(s, release)).rejects.toThrow(
      /GitHub answered 500 while uploading com.example.app-1.2.3.zip.*re-run/,
    );
    expect(s.emulator.requests.filter((r) => r.area === 'uploads')).toHaveLength(4);
    expect(s.emulator.releases(REPO_NAME)[0]?.assets).toEqual([]);
  });

  it('C07 (a): a connection dropped mid-body on every attempt fails the upload', async () => {
    s.emulator.faults.add({
      method: 'POST',
      path: '/api/uploads/**',
      times: Infinity,
      effect: { type: 'drop-request' },
    });

    const error = await upload(s, release).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/could not be reached while uploading/);
    expect(s.emulator.releases(REPO_NAME)[0]?.assets).toEqual([]);
  });

  it('C07 (b): 201 with the asset left in state "starter" is caught by verifyAsset', async () => {
    s.emulator.faults.add({
      method: 'POST',
      path: '/api/uploads/**',
      effect: { type: 'corrupt-upload', state: 'starter' },
    });
    const asset = await upload(s, release);
    expect(() => verifyAsset(asset, expected)).toThrow(/state "starter", not "uploaded"/);
  });

  it('C07 (b): 201 with fewer bytes stored is caught by verifyAsset', async () => {
    s.emulator.faults.add({
      method: 'POST',
      path: '/api/uploads/**',
      effect: { type: 'corrupt-upload', missingBytes: 10 },
    });
    const asset = await upload(s, release);
    expect(() => verifyAsset(asset, expected)).toThrow(`GitHub holds ${bundle.length - 10} bytes`);
  });

  it('verifyAsset compares GitHub digest with the bytes sent', () => {
    const asset = {
      id: 1,
      name: 'a.zip',
      label: '',
      size: expected.size,
      state: 'uploaded',
      digest: `sha256:${'0'.repeat(64)}`,
      browserDownloadUrl: '',
      apiUrl: '',
    };
    expect(() => verifyAsset(asset, expected)).toThrow(/digest of a.zip is sha256:0000/);
    expect(() => verifyAsset({ ...asset, digest: undefined }, expected)).not.toThrow();
    expect(() =>
      verifyAsset({ ...asset, digest: `sha256:${expected.sha256.toUpperCase()}` }, expected),
    ).not.toThrow();
  });

  it('C10: an existing asset of that name with other bytes is surfaced as AssetExistsError', async () => {
    const first = await upload(s, release, Buffer.from('an earlier bundle'));

    const error = await upload(s, release).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AssetExistsError);
    expect((error as AssetExistsError).existing?.id).toBe(first.id);
    expect((error as Error).message).toMatch(
      /already has an asset named com.example.app-1.2.3.zip/,
    );
  });

  it('C10: after deleting the stale asset, the new bytes upload', async () => {
    const stale = await upload(s, release, Buffer.from('an earlier bundle'));
    await deleteAsset(s.gh, REPO, stale.id);
    await deleteAsset(s.gh, REPO, stale.id);

    const asset = await upload(s, release);

    expect(() => verifyAsset(asset, expected)).not.toThrow();
    expect((await listAssets(s.gh, release)).map((a) => a.id)).toEqual([asset.id]);
  });

  it('an upload whose answer was lost is found again on retry (same bytes), not reported as a conflict', async () => {
    s.emulator.faults.add({
      method: 'POST',
      path: '/api/uploads/**',
      effect: { type: 'lose-response' },
    });

    const asset = await upload(s, release);

    expect(() => verifyAsset(asset, expected)).not.toThrow();
    expect(s.emulator.requests.filter((r) => r.area === 'uploads').map((r) => r.status)).toEqual([
      201, 422,
    ]);
    expect(s.emulator.releases(REPO_NAME)[0]?.assets).toHaveLength(1);
  });

  it('checkDownload fetches the published asset anonymously through the redirect', async () => {
    await upload(s, release);
    const published = await publishRelease(s.gh, REPO, release);
    const url = published.assets[0]?.browserDownloadUrl ?? '';

    await checkDownload(url, expected, s.log);

    const objects = s.emulator.requests.filter((r) => r.area === 'objects');
    expect(objects).toHaveLength(1);
    expect(s.log.warnings().join('\n')).toMatch(/plain http from 127\.0\.0\.1/);
  });

  it('C07 (c): all 2xx but the download URL answers 404: checkDownload fails', async () => {
    await upload(s, release);
    const published = await publishRelease(s.gh, REPO, release);
    s.emulator.faults.add({
      method: 'GET',
      path: '/*/*/releases/download/**',
      times: Infinity,
      effect: { type: 'status', status: 404 },
    });

    const check = checkDownload(published.assets[0]?.browserDownloadUrl ?? '', expected, s.log, {
      retryDelayMs: 10,
    });

    await expect(check).rejects.toThrow(/answered 404.*manifest was not changed/);
    expect(s.emulator.requests.filter((r) => r.area === 'web')).toHaveLength(3);
  });

  it('a draft asset is not downloadable anonymously', async () => {
    const asset = await upload(s, release);
    await expect(
      checkDownload(asset.browserDownloadUrl, expected, s.log, { attempts: 1 }),
    ).rejects.toThrow(/answered 404/);
  });

  it('checkDownload compares only the size when no sha256 is known (encrypted assets)', async () => {
    await upload(s, release);
    const url = (await publishRelease(s.gh, REPO, release)).assets[0]?.browserDownloadUrl ?? '';
    await expect(checkDownload(url, { size: expected.size }, s.log)).resolves.toBeUndefined();
    await expect(checkDownload(url, { size: expected.size + 1 }, s.log)).rejects.toThrow(
      `but the bundle is ${expected.size + 1} bytes.`,
    );
  });

  it('checkDownload refuses bytes that differ from the bundle', async () => {
    await upload(s, release);
    const published = await publishRelease(s.gh, REPO, release);
    const other = { size: expected.size, sha256: 'f'.repeat(64) };
    await expect(
      checkDownload(published.assets[0]?.browserDownloadUrl ?? '', other, s.log),
    ).rejects.toThrow(/serves \d+ bytes with sha256/);
  });
});

describe('checkDownload URL rules', () => {
  it('refuses http to a host other than this machine, before any request', async () => {
    await expect(
      checkDownload('http://example.com/a.zip', { size: 1, sha256: 'a' }, recordingLog()),
    ).rejects.toThrow(/is not https/);
  });

  it('refuses something that is not a URL', async () => {
    await expect(
      checkDownload('not a url', { size: 1, sha256: 'a' }, recordingLog()),
    ).rejects.toThrow(/is not a URL/);
  });
});

describe('safeAssetName', () => {
  it.each([
    ['com.example.app-1.2.3.zip', 'com.example.app-1.2.3.zip'],
    ['my app (1).zip', 'my-app-1-.zip'],
    ['.hidden.zip.', 'hidden.zip'],
    ['ünïcode✓.zip', '-n-code-.zip'],
    ['***', '-'],
    ['', 'bundle'],
  ])('%s → %s', (name, safe) => {
    expect(safeAssetName(name)).toBe(safe);
    expect(safeAssetName(name)).toMatch(/^[A-Za-z0-9._-]+$/);
  });
});
