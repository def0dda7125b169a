import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { createGitHub } from '../../src/github/client.js';
import { findOrCreateRelease } from '../../src/github/releases.js';
import { uploadAsset } from '../../src/github/assets.js';
import { getRepository } from '../../src/github/repo.js';
import { REPO, REPO_NAME, setup, type Setup } from './helpers.js';

const spec = { tag: 'v1.2.3', targetCommitish: 'main', name: 'v1.2.3', body: '' };

describe('createGitHub', () => {
  let s: Setup;
  beforeEach(async () => {
    s = await setup();
  });
  afterEach(async () => {
    await s.emulator.close();
  });

  it('C11 (a): a permission 403 fails at once, without a retry, naming the permission to add', async () => {
    const readOnly = s.client({ token: s.emulator.createToken({ contents: 'read' }) });
    const before = s.emulator.requests.length;

    const error = await findOrCreateRelease(readOnly, REPO, spec).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/403.*Resource not accessible by integration/);
    expect((error as Error).message).toContain('permissions: contents: write');
    const creates = s.emulator.requests.slice(before).filter((r) => r.method === 'POST');
    expect(creates).toHaveLength(1);
  });

  it('C11 (b): waits out a secondary rate limit as told by retry-after, then succeeds', async () => {
    const { release } = await findOrCreateRelease(s.gh, REPO, spec);
    s.emulator.faults.add({
      method: 'POST',
      path: '/api/uploads/**',
      effect: { type: 'secondary-rate-limit', retryAfter: 1 },
    });

    const started = Date.now();
    const asset = await uploadAsset(s.gh, release, {
      name: 'app.zip',
      label: '',
      data: Buffer.from('zip'),
      contentType: 'application/zip',
    });

    expect(asset.state).toBe('uploaded');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const uploads = s.emulator.requests.filter((r) => r.area === 'uploads').map((r) => r.status);
    expect(uploads).toEqual([403, 201]);
    expect(s.log.warnings().join('\n')).toMatch(/secondary rate limit.*waiting 1s/);
  });

  it('C11 (c): waits for the reset of a primary rate limit (429, remaining 0), then succeeds', async () => {
    s.emulator.faults.add({
      method: 'GET',
      path: `/api/v3/repos/${REPO_NAME}`,
      effect: { type: 'primary-rate-limit', status: 429, resetAfter: 0 },
    });

    const repo = await getRepository(s.gh, REPO);

    expect(repo).toEqual({ private: false, defaultBranch: 'main' });
    const statuses = s.emulator.requests.map((r) => r.status);
    expect(statuses).toEqual([429, 200]);
    expect(s.log.warnings().join('\n')).toMatch(/primary rate limit/);
  });

  it('also honours a primary limit answered as 403 with x-ratelimit-remaining 0', async () => {
    s.emulator.faults.add({
      method: 'GET',
      path: '**',
      effect: { type: 'primary-rate-limit', resetAfter: 0 },
    });
    await expect(getRepository(s.gh, REPO)).resolves.toEqual({
      private: false,
      defaultBranch: 'main',
    });
    expect(s.emulator.requests.map((r) => r.status)).toEqual([403, 200]);
  });

  it('gives up on a rate limit that outlasts the allowed wait, saying when it resets', async () => {
    s.emulator.faults.add({ path: '**', effect: { type: 'primary-rate-limit', resetAfter: 3600 } });

    const error = await getRepository(s.gh, REPO).catch((e: unknown) => e);

    expect((error as Error).message).toMatch(/rate limit.*re-run later \(the limit resets at/);
    expect(s.emulator.requests).toHaveLength(1);
  });

  it('stops waiting on secondary limits after the allowed number of waits', async () => {
    s.emulator.faults.add({
      path: '**',
      times: Infinity,
      effect: { type: 'secondary-rate-limit', retryAfter: 1 },
    });
    const gh = s.client({ timing: { rateLimitRetries: 1 } });

    await expect(getRepository(gh, REPO)).rejects.toThrow(/secondary rate limit/);
    expect(s.emulator.requests).toHaveLength(2);
  });

  it('retries 5xx answers and cut connections, then succeeds', async () => {
    s.emulator.faults.add({
      method: 'GET',
      path: '**',
      nth: 1,
      times: 1,
      effect: { type: 'status', status: 502 },
    });
    s.emulator.faults.add({
      method: 'GET',
      path: '**',
      nth: 2,
      times: 1,
      effect: { type: 'drop-response' },
    });

    await expect(getRepository(s.gh, REPO)).resolves.toMatchObject({ private: false });
    expect(s.emulator.requests.map((r) => r.status)).toEqual([502, 200, 200]);
  });

  it('bounds retries of a server that keeps failing', async () => {
    s.emulator.faults.add({ path: '**', times: Infinity, effect: { type: 'status', status: 503 } });

    const error = await getRepository(s.gh, REPO).catch((e: unknown) => e);

    expect((error as Error).message).toMatch(/GitHub answered 503.*re-run the job/);
    expect(s.emulator.requests).toHaveLength(4);
  });

  it('gives up on a request that hangs past its deadline', async () => {
    s.emulator.faults.add({ path: '**', times: Infinity, effect: { type: 'latency', ms: 400 } });
    const gh = s.client({ timing: { requestTimeoutMs: 100, retries: 1 } });

    await expect(getRepository(gh, REPO)).rejects.toThrow(/could not be reached/);
  });

  it('spaces writes a second apart by default, as GitHub asks of integrations', async () => {
    const gh = createGitHub({ token: s.token, apiUrl: s.emulator.apiUrl, log: s.log });
    await gh.rest.git.createBlob({ ...REPO, content: 'a' });
    await gh.rest.git.createBlob({ ...REPO, content: 'b' });
    const [first, second] = s.emulator.requests.map((r) => r.time);
    expect((second ?? 0) - (first ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('refuses a bad token with 401 and says to check the token input', async () => {
    const gh = s.client({ token: 'ghs_not_a_real_token' });
    const error = await getRepository(gh, REPO).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/401.*Bad credentials.*`token` input/);
    expect(s.emulator.requests).toHaveLength(1);
  });
});
