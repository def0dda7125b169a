// The main job end to end through the built action: a realistic web build published to the
// local GitHub, served by the built responder, downloaded and verified as a device would.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import AdmZip from 'adm-zip';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeWebBuild } from '../../test-support/corpus.js';
import {
  postUpdateCheck,
  startResponderProcess,
  updateCheckBody,
  type ResponderProcess,
} from '../../test-support/responder-process.js';
import { readZipStream } from '../../test-support/zip-stream-reader.js';
import { APP_ID, failure, placeBuild, REPOSITORY, startE2E, type E2E } from './harness.js';

let e2e: E2E;
let responder: ResponderProcess | undefined;
let buildPath: string;

beforeAll(async () => {
  e2e = await startE2E();
  const source = mkdtempSync(path.join(tmpdir(), 'e2e-corpus-'));
  buildPath = await placeBuild(e2e, (await makeWebBuild(source, 'medium')).path, 'www');
  rmSync(source, { recursive: true, force: true });
}, 120_000);

afterAll(async () => {
  await responder?.stop();
  await e2e.close();
});

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

describe('publish through dist/index.js', () => {
  let outputs: Record<string, string>;

  it('publishes a realistic web build and reports every output', async () => {
    const run = await e2e.run({ path: buildPath, version: '1.2.3' });
    expect(run.code).toBe(0);
    outputs = run.outputs;
    expect(outputs.version).toBe('1.2.3');
    expect(outputs.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(outputs.sha256).toBe(outputs.checksum);
    expect(outputs['session-key']).toBe('');
    expect(outputs.url).toBe(
      `${e2e.github.serverUrl}/${REPOSITORY}/releases/download/v1.2.3/${APP_ID}-1.2.3.zip`,
    );
    expect(outputs['release-url']).toBe(
      `${e2e.github.serverUrl}/${REPOSITORY}/releases/tag/v1.2.3`,
    );
    expect(outputs['manifest-commit']).toMatch(/^[0-9a-f]{40}$/);
    expect(outputs['manifest-url']).toBe(
      `${e2e.github.serverUrl}/${REPOSITORY}/raw/live-updates/live-update/manifest.json`,
    );
    expect(outputs['channel-before']).toBe('');
    expect(outputs['channel-after']).toBe('1.2.3');
    expect(run.summary).toContain('<table>');
    expect(run.summary).toContain(outputs.checksum);

    const [release] = e2e.github.releases(REPOSITORY);
    expect(release).toMatchObject({
      tagName: 'v1.2.3',
      draft: false,
      targetCommitish: 'c0ffee0000000000000000000000000000000001',
    });
    expect(release?.assets).toHaveLength(1);
    expect(Number(outputs.size)).toBe(release?.assets[0]?.size);
  }, 120_000);

  it('serves the bundle to a device, which downloads, verifies and unpacks it', async () => {
    responder = await startResponderProcess({
      MANIFEST_URL: outputs['manifest-url']!,
      MANIFEST_TTL_SECONDS: '1',
    });
    const check = await postUpdateCheck(
      responder.url,
      updateCheckBody({ version_name: 'builtin', version_build: '1.0.0' }),
    );
    expect(check.status).toBe(200);
    expect(check.json).toEqual({
      version: '1.2.3',
      url: outputs.url,
      checksum: outputs.checksum,
      session_key: '',
    });

    const download = await fetch(String(check.json.url));
    expect(download.redirected).toBe(true);
    const zip = Buffer.from(await download.arrayBuffer());
    expect(sha256(zip)).toBe(check.json.checksum);

    const streamed = readZipStream(zip);
    expect(streamed.map((entry) => entry.name)).toContain('index.html');
    expect(streamed.every((entry) => !entry.name.includes('\\') && (entry.flags & 0x8) === 0)).toBe(
      true,
    );
    const random = new AdmZip(zip).getEntries().map((entry) => entry.entryName);
    expect(random).toEqual(streamed.map((entry) => entry.name));

    const again = await postUpdateCheck(
      responder.url,
      updateCheckBody({ version_name: '1.2.3', version_build: '1.0.0' }),
    );
    expect(again.json).toEqual({
      error: 'no_new_version_available',
      message: 'No new version available',
      kind: 'up_to_date',
    });
  });

  it('publishing the same folder again is a no-op that says "already published"', async () => {
    const commitsBefore = e2e.github.commits(REPOSITORY, 'live-updates').length;
    const run = await e2e.run({ path: buildPath, version: 'v1.2.3' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('already published');
    expect(run.outputs.checksum).toBe(outputs.checksum);
    expect(e2e.github.commits(REPOSITORY, 'live-updates')).toHaveLength(commitsBefore);
    const releases = e2e.github.releases(REPOSITORY);
    expect(releases).toHaveLength(1);
    expect(releases[0]?.assets).toHaveLength(1);
  });

  it('refuses other content under a published version before uploading anything (C06)', async () => {
    writeFileSync(path.join(e2e.workspace, buildPath, 'changed.txt'), 'new content');
    const requestsBefore = e2e.github.requests.length;
    const run = await e2e.run({ path: buildPath, version: '1.2.3' });
    expect(run.code).not.toBe(0);
    expect(failure(run)).toMatch(/1\.2\.3 is already published with other content.*bump it/s);
    const writes = e2e.github.requests.slice(requestsBefore).filter((r) => r.method !== 'GET');
    expect(writes).toEqual([]);
    rmSync(path.join(e2e.workspace, buildPath, 'changed.txt'));
  });

  it.each([
    ['1.0', /`version`.*1\.0/],
    ['1.2.4+build.7', /`version`.*1\.2\.4\+build\.7/],
  ])('refuses version %s before any API call (C06)', async (version, message) => {
    const requestsBefore = e2e.github.requests.length;
    const run = await e2e.run({ path: buildPath, version });
    expect(run.code).not.toBe(0);
    expect(failure(run)).toMatch(message);
    expect(e2e.github.requests.length).toBe(requestsBefore);
  });

  it('dry-run does everything up to the first GitHub write and prints the plan', async () => {
    const requestsBefore = e2e.github.requests.length;
    const run = await e2e.run({ path: buildPath, version: '1.3.0', 'dry-run': 'true' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('A real run would:');
    expect(run.stdout).toMatch(/^  - upload com\.example\.app-1\.3\.0\.zip/m);
    expect(run.outputs.checksum).toMatch(/^[0-9a-f]{64}$/);
    const calls = e2e.github.requests.slice(requestsBefore);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('fails before any API call when the folder has no index.html, naming the input and the fix', async () => {
    const requestsBefore = e2e.github.requests.length;
    const run = await e2e.run({ path: 'missing-build', version: '1.2.4' });
    expect(run.code).not.toBe(0);
    expect(failure(run)).toMatch(/`path`/);
    expect(run.summary).toContain('Live update failed');
    expect(e2e.github.requests.length).toBe(requestsBefore);

    const parent = await e2e.run({ path: '.', version: '1.2.4' });
    expect(parent.code).not.toBe(0);
    expect(failure(parent)).toMatch(/index\.html/);
    expect(failure(parent)).toMatch(/www/);
    expect(e2e.github.requests.length).toBe(requestsBefore);
  });
});
