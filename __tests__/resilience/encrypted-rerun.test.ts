// Re-runs of encrypted publishes that died half-way: the manifest must end with a session key
// that opens exactly the bytes devices download. An asset is reused only when it is complete
// and the session key recorded beside it was made for those very bytes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { decryptBundle, recoverChecksum } from '../../src/bundle/encrypt.js';
import { generateKeyPair } from '../../src/bundle/keys.js';
import type { FaultEffect } from '../../test-support/github-emulator/index.js';
import { describeRun, REPOSITORY, startE2E, type E2E } from '../e2e/harness.js';
import { expectCleanFailure, manifestOf, sha256, webBuild } from './support.js';

let e2e: E2E;
const pair = generateKeyPair();

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(() => e2e?.close());

const publish = (version: string) =>
  e2e.run({ path: webBuild(e2e, version), version, 'encryption-key': pair.privateKeyPem });

function fail(method: string, path: string, effect: FaultEffect): void {
  e2e.github.faults.add({ method, path, times: Infinity, effect });
}

/** What a device does: download, decrypt with the session key, compare with the checksum. */
async function expectDeviceOpens(version: string): Promise<void> {
  const entry = manifestOf(e2e)?.bundles[version] as
    { url: string; checksum: string; session_key: string; sha256: string } | undefined;
  expect(entry).toBeDefined();
  const download = await fetch(entry!.url);
  expect(download.status).toBe(200);
  const zip = decryptBundle(
    Buffer.from(await download.arrayBuffer()),
    entry!.session_key,
    pair.publicKeyPem,
  );
  expect(sha256(zip)).toBe(entry!.sha256);
  expect(recoverChecksum(entry!.checksum, pair.publicKeyPem)).toBe(entry!.sha256);
}

describe('re-running an encrypted publish through dist/index.js', () => {
  it('replaces an upload GitHub stored incomplete, instead of reusing it', async () => {
    fail('POST', '/api/uploads/**', { type: 'corrupt-upload', missingBytes: 16 });
    const died = await publish('3.0.0');
    e2e.github.faults.clear();
    expect(expectCleanFailure(died)).toMatch(/bytes for com\.example\.app-3\.0\.0\.zip/);

    const rerun = await publish('3.0.0');
    if (rerun.code !== 0) throw new Error(describeRun(rerun));
    expect(rerun.stdout).toMatch(/Replacing com\.example\.app-3\.0\.0\.zip/);
    await expectDeviceOpens('3.0.0');
  });

  it('does not pair an asset with a session key recorded for other bytes', async () => {
    // First attempt: the release (and its record) is made, the upload never lands.
    fail('POST', '/api/uploads/**', { type: 'status', status: 500 });
    expectCleanFailure(await publish('3.1.0'));
    e2e.github.faults.clear();

    // Second attempt: its own ciphertext lands, but it dies before the notes take its record.
    fail('PATCH', '/api/v3/repos/*/*/releases/*', {
      type: 'status',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
    });
    expectCleanFailure(await publish('3.1.0'));
    e2e.github.faults.clear();
    const [release] = e2e.github.releases(REPOSITORY).filter((r) => r.tagName === 'v3.1.0');
    expect(release?.assets).toHaveLength(1);

    const rerun = await publish('3.1.0');
    if (rerun.code !== 0) throw new Error(describeRun(rerun));
    expect(e2e.github.releases(REPOSITORY).filter((r) => r.tagName === 'v3.1.0')).toHaveLength(1);
    await expectDeviceOpens('3.1.0');
  }, 60_000);
});
