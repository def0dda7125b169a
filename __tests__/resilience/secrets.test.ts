// The token and the encryption key never leave the runner's masking: not in the log (apart from
// the `::add-mask::` lines that register them), the job summary, the outputs, the manifest,
// release notes and labels, commit messages, URLs sent to GitHub or files in the workspace; also
// when the run fails.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { generateKeyPair } from '../../src/bundle/keys.js';
import type { ActionRun } from '../../test-support/action-runner.js';
import { REPOSITORY, startE2E, type E2E } from '../e2e/harness.js';
import { expectCleanFailure, MANIFEST_BRANCH, MANIFEST_PATH, webBuild } from './support.js';

let e2e: E2E;
const pair = generateKeyPair();
const keyLines = pair.privateKeyPem
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('-----'));

beforeAll(async () => {
  e2e = await startE2E();
});

afterAll(() => e2e?.close());

/** Every place a secret could end up that someone other than the runner's masking can read. */
function everywhere(runs: ActionRun[]): [string, string][] {
  const places: [string, string][] = [];
  for (const [i, run] of runs.entries()) {
    const log = run.stdout
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    places.push([`run ${i} stdout`, log], [`run ${i} stderr`, run.stderr]);
    places.push(
      [`run ${i} summary`, run.summary],
      [`run ${i} outputs`, JSON.stringify(run.outputs)],
    );
  }
  const manifest = e2e.github.file(REPOSITORY, MANIFEST_BRANCH, MANIFEST_PATH)?.text ?? '';
  places.push(['manifest', manifest]);
  for (const commit of e2e.github.commits(REPOSITORY, MANIFEST_BRANCH))
    places.push([`commit ${commit.sha}`, commit.message]);
  for (const release of e2e.github.releases(REPOSITORY)) {
    const labels = release.assets.map((a) => `${a.name} ${a.label}`).join('\n');
    places.push([`release ${release.tagName}`, `${release.name}\n${release.body}\n${labels}`]);
  }
  places.push(['request URLs', e2e.github.requests.map((r) => r.path).join('\n')]);
  for (const entry of readdirSync(e2e.workspace, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    places.push([file, readFileSync(file, 'latin1')]);
  }
  return places;
}

describe('secrets through dist/index.js', () => {
  it('never shows the token or any line of the key', async () => {
    const token = e2e.token;
    const releaseToken = e2e.github.createToken({ repos: [REPOSITORY] });
    const secrets = {
      token,
      'release-token': releaseToken,
      'encryption-key': pair.privateKeyPem,
    };
    const published = await e2e.run({ path: webBuild(e2e, '1.0.0'), version: '1.0.0', ...secrets });
    expect(published.code).toBe(0);
    expect(published.stdout).toContain(`::add-mask::${token}`);
    expect(published.stdout).toContain(`::add-mask::${releaseToken}`);

    // A run that fails at GitHub, and one whose key cannot be read, explain themselves without them.
    e2e.github.faults.add({
      method: 'POST',
      path: '/api/uploads/**',
      effect: {
        type: 'status',
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      },
    });
    const refused = await e2e.run({ path: webBuild(e2e, '1.1.0'), version: '1.1.0', ...secrets });
    expect(expectCleanFailure(refused)).toMatch(/permissions: contents: write/);
    const brokenKey = pair.privateKeyPem.replace(keyLines[3]!, keyLines[3]!.slice(0, 20));
    const unreadable = await e2e.run({
      path: webBuild(e2e, '1.2.0'),
      version: '1.2.0',
      ...secrets,
      'encryption-key': brokenKey,
    });
    expect(expectCleanFailure(unreadable)).toMatch(/`encryption-key`/);
    const brokenLines = brokenKey.split('\n').filter((l) => l && !l.startsWith('-----'));

    const places = everywhere([published, refused, unreadable]);
    expect(places.length).toBeGreaterThan(10);
    const leaks = places.flatMap(([where, text]) =>
      [token, releaseToken, ...keyLines, ...brokenLines]
        .filter((secret) => text.includes(secret))
        .map((secret) => `${where} holds ${secret.startsWith('ghs_') ? 'a token' : 'a key line'}`),
    );
    expect(leaks).toEqual([]);
  }, 60_000);
});
