// Rollback and promote end to end: the built action moves channels in the manifest, and the
// built responder sends devices where the channel now points.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  postUpdateCheck,
  startResponderProcess,
  updateCheckBody,
  type ResponderProcess,
} from '../../test-support/responder-process.js';
import { describeRun, REPOSITORY, startE2E, type E2E } from './harness.js';

let e2e: E2E;
let responder: ResponderProcess;

/** A small web build whose content differs per version. */
function webBuild(version: string): string {
  const dir = path.join(e2e.workspace, `build-${version}`);
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><title>${version}</title><script src="assets/app.js"></script>`,
  );
  writeFileSync(
    path.join(dir, 'assets/app.js'),
    `window.Capacitor.Plugins.CapacitorUpdater.notifyAppReady(); // ${version}\n`,
  );
  return `build-${version}`;
}

async function act(inputs: Record<string, string>): Promise<Record<string, string>> {
  const run = await e2e.run(inputs);
  if (run.code !== 0) throw new Error(describeRun(run));
  return run.outputs;
}

const check = (overrides: Record<string, unknown>) =>
  postUpdateCheck(responder.url, updateCheckBody(overrides));

// The responder answers from its copy while it refreshes in the background: after a change,
// wait until its health route reports the manifest the action just committed.
async function responderCaughtUp(): Promise<void> {
  const file = e2e.github.file(REPOSITORY, 'live-updates', 'live-update/manifest.json');
  const updatedAt = (JSON.parse(file?.text ?? '{}') as { updated_at?: string }).updated_at;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const health = (await (await fetch(`${responder.url}/health`)).json()) as {
      manifest_updated_at?: string;
    };
    if (health.manifest_updated_at === updatedAt) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The responder did not load the manifest of ${updatedAt} within 10 s.`);
}

async function change(inputs: Record<string, string>): Promise<Record<string, string>> {
  const outputs = await act(inputs);
  await responderCaughtUp();
  return outputs;
}

beforeAll(async () => {
  e2e = await startE2E();
  await act({ path: webBuild('1.0.0'), version: '1.0.0' });
  const published = await act({ path: webBuild('1.1.0'), version: '1.1.0' });
  responder = await startResponderProcess({
    MANIFEST_URL: published['manifest-url']!,
    MANIFEST_TTL_SECONDS: '0',
  });
}, 120_000);

afterAll(async () => {
  await responder?.stop();
  await e2e?.close();
});

describe('rollback through dist/index.js', () => {
  it('sends a device on 1.1.0 back to 1.0.0', async () => {
    expect((await check({ version_name: '1.0.0' })).json.version).toBe('1.1.0');

    const outputs = await change({ command: 'rollback' });
    expect(outputs['channel-before']).toBe('1.1.0');
    expect(outputs['channel-after']).toBe('1.0.0');

    const reply = await check({ version_name: '1.1.0' });
    expect(reply.json).toMatchObject({ version: '1.0.0', session_key: '' });
    expect(String(reply.json.url)).toMatch(/1\.0\.0\.zip$/);
  });

  it('refuses a version that is not in the manifest, naming what is there', async () => {
    const run = await e2e.run({ command: 'rollback', version: '0.9.0' });
    expect(run.code).not.toBe(0);
    expect(run.stdout).toMatch(/0\.9\.0.*1\.0\.0, 1\.1\.0/);
  });

  it('rolls back to the bundle in the app with version builtin', async () => {
    await change({ command: 'rollback', version: 'builtin' });
    const reply = await check({ version_name: '1.0.0' });
    expect(reply.json).toEqual({ version: 'builtin' });
  });
});

describe('promote through dist/index.js', () => {
  it('copies what beta serves to production', async () => {
    await change({ path: webBuild('1.2.0'), version: '1.2.0', channel: 'beta' });
    const beta = await check({ version_name: '1.0.0', defaultChannel: 'beta' });
    expect(beta.json.version).toBe('1.2.0');

    const outputs = await change({
      command: 'promote',
      'from-channel': 'beta',
      channel: 'production',
    });
    expect(outputs['channel-after']).toBe('1.2.0');
    const production = await check({ version_name: '1.0.0' });
    expect(production.json.version).toBe('1.2.0');
  });

  it('sets a partial rollout that splits devices stably', async () => {
    await act({ path: webBuild('1.3.0'), version: '1.3.0' });
    await change({ command: 'rollout', rollout: '30' });
    const countUpdated = async () => {
      const answers = await Promise.all(
        Array.from({ length: 200 }, (_, i) =>
          check({
            version_name: '1.2.0',
            device_id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          }),
        ),
      );
      return answers.filter((a) => a.json.version === '1.3.0').length;
    };
    const updated = await countUpdated();
    expect(await countUpdated()).toBe(updated);
    expect(updated).toBeGreaterThan(30);
    expect(updated).toBeLessThan(90);
  });
});
