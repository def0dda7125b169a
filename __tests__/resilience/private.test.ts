// Private repositories: devices cannot authenticate, so a private repository's release assets
// never reach them directly. Either releases go to a public repository while the manifest stays
// private, or the responder proxies downloads with its own token; `delivery: direct` from a
// private repository is refused before anything is written.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { postUpdateCheck, updateCheckBody } from '../../test-support/responder-process.js';
import { describeRun, REPOSITORY, startE2E, type E2E } from '../e2e/harness.js';
import {
  expectCleanFailure,
  MANIFEST_BRANCH,
  MANIFEST_PATH,
  manifestOf,
  sha256,
  startSelfAddressedResponder,
  webBuild,
  writesSince,
} from './support.js';

const PUBLIC_RELEASES = 'example-org/example-app-releases';
const PRIVATE_RELEASES = 'example-org/example-app-private-releases';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ private: true });
  e2e.github.createRepo(PUBLIC_RELEASES);
  e2e.github.createRepo(PRIVATE_RELEASES, { private: true });
});

afterAll(() => e2e?.close());

// The manifest of a private repository is read through the contents API with a token.
const manifestApiUrl = () =>
  `${e2e.github.apiUrl}/repos/${REPOSITORY}/contents/${MANIFEST_PATH}?ref=${MANIFEST_BRANCH}`;

describe('delivery: direct from a private repository', () => {
  it.each([
    ['the workflow repository', {}],
    ['another private repository', { repository: PRIVATE_RELEASES }],
  ])('is refused before any write when releases go to %s, naming both ways', async (_, extra) => {
    const since = e2e.github.requests.length;
    const run = await e2e.run({ path: webBuild(e2e, '1.0.0'), version: '1.0.0', ...extra });
    const message = expectCleanFailure(run);
    expect(message).toMatch(/private/);
    expect(message).toMatch(/`repository: owner\/public-repo`.*`release-token`/s);
    expect(message).toMatch(/`delivery: proxy`/);
    expect(writesSince(e2e, since)).toEqual([]);
  });
});

describe('releases in a public repository, manifest in the private one', () => {
  it('publishes with release-token and devices download the public asset', async () => {
    const run = await e2e.run({
      path: webBuild(e2e, '1.1.0'),
      version: '1.1.0',
      // Each token reaches only its own repository, so each must be used for its own writes.
      token: e2e.github.createToken({ repos: [REPOSITORY] }),
      repository: PUBLIC_RELEASES,
      'release-token': e2e.github.createToken({ repos: [PUBLIC_RELEASES] }),
    });
    if (run.code !== 0) throw new Error(describeRun(run));

    expect(e2e.github.releases(REPOSITORY)).toEqual([]);
    const [release] = e2e.github.releases(PUBLIC_RELEASES);
    expect(release).toMatchObject({ tagName: 'v1.1.0', draft: false });
    expect(manifestOf(e2e)?.bundles['1.1.0']).toMatchObject({
      repository: PUBLIC_RELEASES,
      asset_id: release?.assets[0]?.id,
    });
    // Anonymous, like a device.
    const download = await fetch(run.outputs.url!);
    expect(download.status).toBe(200);
    expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(run.outputs.checksum);

    const responder = await startSelfAddressedResponder({
      MANIFEST_URL: manifestApiUrl(),
      MANIFEST_TOKEN: e2e.github.createToken({ repos: [REPOSITORY], contents: 'read' }),
      MANIFEST_TTL_SECONDS: '0',
    });
    try {
      const reply = await postUpdateCheck(responder.url, updateCheckBody());
      expect(reply.json).toMatchObject({ version: '1.1.0', url: run.outputs.url });
    } finally {
      await responder.stop();
    }
  });
});

describe('delivery: proxy from a private repository', () => {
  it('publishes, and the responder redirects devices to a short-lived URL of the asset', async () => {
    const run = await e2e.run({
      path: webBuild(e2e, '1.2.0'),
      version: '1.2.0',
      delivery: 'proxy',
    });
    if (run.code !== 0) throw new Error(describeRun(run));
    expect(manifestOf(e2e)?.bundles['1.2.0']).toMatchObject({ delivery: 'proxy' });
    // The asset itself is out of a device's reach.
    expect((await fetch(run.outputs.url!)).status).toBe(404);

    const readToken = e2e.github.createToken({ repos: [REPOSITORY], contents: 'read' });
    const responder = await startSelfAddressedResponder({
      MANIFEST_URL: manifestApiUrl(),
      MANIFEST_TOKEN: readToken,
      MANIFEST_TTL_SECONDS: '0',
      GITHUB_TOKEN: readToken,
      GITHUB_API_URL: e2e.github.apiUrl,
    });
    try {
      const reply = await postUpdateCheck(responder.url, updateCheckBody());
      expect(reply.json).toEqual({
        version: '1.2.0',
        url: `${responder.url}/bundles/1.2.0`,
        checksum: run.outputs.checksum,
        session_key: '',
      });

      const hop = await fetch(String(reply.json.url), { redirect: 'manual' });
      expect(hop.status).toBe(302);
      const location = new URL(hop.headers.get('location') ?? '');
      expect(location.origin).toBe(e2e.github.serverUrl);
      const expires = Number(location.searchParams.get('exp'));
      expect(expires * 1000).toBeGreaterThan(Date.now());
      expect(expires * 1000).toBeLessThanOrEqual(Date.now() + 10 * 60_000);

      const download = await fetch(location);
      expect(download.status).toBe(200);
      expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(run.outputs.checksum);
      expect(responder.logs()).not.toContain(readToken);
    } finally {
      await responder.stop();
    }
  });
});
