// An encrypted bundle end to end: published through the built action with a private key, served
// by the built responder, downloaded as a device would, and opened by the vendor's own CLI.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { decryptBundle } from '../../src/bundle/encrypt.js';
import { generateKeyPair } from '../../src/bundle/keys.js';
import { projectRoot } from '../../test-support/action-runner.js';
import { canIsolateNetwork, capacitorProject, capgo } from '../../test-support/capgo.js';
import {
  postUpdateCheck,
  startResponderProcess,
  updateCheckBody,
} from '../../test-support/responder-process.js';
import { describeRun, placeBuild, REPOSITORY, startE2E, type E2E } from './harness.js';

const describeIsolated = canIsolateNetwork() ? describe : describe.skip;

let e2e: E2E;
let buildPath: string;
const pair = generateKeyPair();

beforeAll(async () => {
  e2e = await startE2E();
  buildPath = await placeBuild(e2e, path.join(projectRoot, 'examples/web-app/www'), 'www');
});

afterAll(() => e2e.close());

function manifestEntry(version: string): Record<string, unknown> {
  const file = e2e.github.file(REPOSITORY, 'live-updates', 'live-update/manifest.json');
  return (
    (JSON.parse(file?.text ?? '{}') as { bundles: Record<string, Record<string, unknown>> })
      .bundles[version] ?? {}
  );
}

describeIsolated('encrypted publish through dist/index.js', () => {
  it('publishes a bundle that @capgo/cli decrypts with a matching checksum', async () => {
    const run = await e2e.run({
      path: buildPath,
      version: '1.5.0',
      'encryption-key': pair.privateKeyPem,
    });
    expect(run.code).toBe(0);
    const { outputs } = run;
    expect(outputs.checksum).toMatch(/^[0-9a-f]{512}$/);
    expect(outputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(outputs['session-key']).toMatch(/^[A-Za-z0-9+/]{22}==:[A-Za-z0-9+/=]{344}$/);
    expect(manifestEntry('1.5.0')).toMatchObject({
      checksum: outputs.checksum,
      session_key: outputs['session-key'],
      sha256: outputs.sha256,
      key_id: pair.keyId,
    });

    const responder = await startResponderProcess({ MANIFEST_URL: outputs['manifest-url']! });
    try {
      const withKey = await postUpdateCheck(responder.url, updateCheckBody({ key_id: pair.keyId }));
      expect(withKey.json).toEqual({
        version: '1.5.0',
        url: outputs.url,
        checksum: outputs.checksum,
        session_key: outputs['session-key'],
      });
      const withoutKey = await postUpdateCheck(responder.url, updateCheckBody());
      expect(withoutKey.json).toMatchObject({ error: 'key_id_mismatch', kind: 'blocked' });

      const project = await capacitorProject(pair.publicKeyPem);
      const zip = Buffer.from(await (await fetch(String(withKey.json.url))).arrayBuffer());
      // C01: `sha256` is the plain zip's, though its memory now holds the ciphertext.
      const plain = decryptBundle(zip, String(withKey.json.session_key), pair.publicKeyPem);
      expect(createHash('sha256').update(plain).digest('hex')).toBe(outputs.sha256);
      await writeFile(path.join(project, 'bundle.zip'), zip);
      await writeFile(path.join(project, 'public.pem'), pair.publicKeyPem);
      const decrypted = await capgo(project, [
        'bundle',
        'decrypt',
        'bundle.zip',
        String(withKey.json.session_key),
        '--key',
        'public.pem',
        '--checksum',
        String(withKey.json.checksum),
      ]);
      expect(`${decrypted.stdout}${decrypted.stderr}`).toContain('Checksum matches');
    } finally {
      await responder.stop();
    }
  }, 90_000);

  it('re-running the same version and folder is a no-op, not a refusal', async () => {
    const run = await e2e.run({
      path: buildPath,
      version: '1.5.0',
      'encryption-key': pair.privateKeyPem,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('already published');
    expect(run.outputs['session-key']).toBe(manifestEntry('1.5.0').session_key);
  });

  it('refuses the same version under another key or without one', async () => {
    const other = generateKeyPair();
    const rotated = await e2e.run({
      path: buildPath,
      version: '1.5.0',
      'encryption-key': other.privateKeyPem,
    });
    expect(rotated.code).not.toBe(0);
    expect(rotated.stdout).toContain(
      `already published with the key ${pair.keyId}; this run uses the key ${other.keyId}`,
    );
    const plain = await e2e.run({ path: buildPath, version: '1.5.0' });
    expect(plain.code).not.toBe(0);
    expect(plain.stdout).toMatch(/this run uses no encryption.*bump the version/);
  });

  it('converges when an earlier run died between upload and manifest commit', async () => {
    const fault = e2e.github.faults.add({
      method: 'PUT',
      path: '/api/v3/repos/*/*/contents/**',
      times: Infinity,
      // A refusal that is not retried, so the run dies at once, right before its manifest commit.
      effect: {
        type: 'status',
        status: 403,
        body: { message: 'Resource not accessible by integration' },
      },
    });
    const died = await e2e.run({
      path: buildPath,
      version: '1.6.0',
      'encryption-key': pair.privateKeyPem,
    });
    fault.remove();
    expect(died.code).not.toBe(0);
    expect(manifestEntry('1.6.0')).toEqual({});

    const rerun = await e2e.run({
      path: buildPath,
      version: '1.6.0',
      'encryption-key': pair.privateKeyPem,
    });
    if (rerun.code !== 0) throw new Error(describeRun(rerun));
    expect(rerun.stdout).toMatch(/reusing it/);
    const release = e2e.github.releases(REPOSITORY).find((r) => r.tagName === 'v1.6.0');
    expect(release?.assets).toHaveLength(1);
    // The manifest's session key is the one the uploaded ciphertext was made with.
    expect(manifestEntry('1.6.0').session_key).toBe(
      died.outputs['session-key'] || release?.body?.match(/"session_key":"([^"]+)"/)?.[1],
    );
  }, 60_000);

  it('never writes the private key anywhere', async () => {
    const body = pair.privateKeyPem.split('\n').filter((line) => line && !line.startsWith('-----'));
    const run = await e2e.run({
      path: buildPath,
      version: '1.7.0',
      'encryption-key': pair.privateKeyPem,
    });
    expect(run.code).toBe(0);
    const places = [
      run.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
      e2e.github.file(REPOSITORY, 'live-updates', 'live-update/manifest.json')?.text ?? '',
      ...e2e.github
        .releases(REPOSITORY)
        .map((r) => `${r.body ?? ''}${r.assets.map((a) => a.label).join()}`),
      ...readdirSync(e2e.workspace, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'latin1')),
    ];
    for (const text of places) for (const line of body) expect(text).not.toContain(line);
  });
});
