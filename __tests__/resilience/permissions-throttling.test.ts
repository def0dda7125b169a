// C11 through the built action: a token that cannot write fails at once with the fix and no
// retry; GitHub's rate limits are waited out as GitHub says, and the publish then succeeds.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { FaultEffect } from '../../test-support/github-emulator/index.js';
import { describeRun, REPOSITORY, startE2E, type E2E } from '../e2e/harness.js';
import { expectCleanFailure, manifestOf, webBuild, writesSince } from './support.js';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(() => e2e?.close());

describe('C11 through dist/index.js', () => {
  it('(a) a read-only token fails at its first write, with the permission to add, and no retry', async () => {
    const since = e2e.github.requests.length;
    const started = Date.now();
    const run = await e2e.run({
      path: webBuild(e2e, '1.0.0'),
      version: '1.0.0',
      token: e2e.github.createToken({ contents: 'read' }),
    });
    const elapsed = Date.now() - started;
    expect(expectCleanFailure(run)).toMatch(
      /403.*Resource not accessible by integration.*`permissions: contents: write`/s,
    );
    expect(writesSince(e2e, since)).toEqual([`POST /api/v3/repos/${REPOSITORY}/releases`]);
    // A retry would wait at least a second first.
    expect(elapsed).toBeLessThan(5000);
    expect(e2e.github.releases(REPOSITORY)).toEqual([]);
  });

  it.each<[string, FaultEffect]>([
    [
      '(b) a secondary rate limit (403, retry-after: 1)',
      { type: 'secondary-rate-limit', retryAfter: 1 },
    ],
    [
      '(c) a primary rate limit (429, remaining 0, reset in 1 s)',
      { type: 'primary-rate-limit', status: 429, resetAfter: 1 },
    ],
  ])('%s on the upload is waited out, then the publish succeeds', async (_, effect) => {
    const version = effect.type === 'secondary-rate-limit' ? '1.1.0' : '1.2.0';
    const since = e2e.github.requests.length;
    const fault = e2e.github.faults.add({ method: 'POST', path: '/api/uploads/**', effect });
    const run = await e2e.run({ path: webBuild(e2e, version), version });
    fault.remove();
    if (run.code !== 0) throw new Error(describeRun(run));
    expect(fault.hits).toBe(1);
    expect(run.stdout).toMatch(/rate limit on POST .*waiting \d+s as GitHub asks/);

    const uploads = e2e.github.restCalls(since).filter((r) => r.area === 'uploads');
    expect(uploads.map((r) => r.status)).toEqual([
      effect.type === 'primary-rate-limit' ? 429 : 403,
      201,
    ]);
    expect(uploads[1]!.time - uploads[0]!.time).toBeGreaterThanOrEqual(900);
    expect(manifestOf(e2e)?.channels.production?.version).toBe(version);
  });
});
