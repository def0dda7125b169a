// One transient fault on each request of a publish (a 5xx, an answer cut midway, or an answer
// lost after GitHub did the work, so the retry meets the result): the built action retries,
// recognises its own earlier effect, and ends with exactly one release, one asset and one
// manifest entry that devices can download. The cases are split over two test files.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { FaultEffect } from '../../test-support/github-emulator/index.js';
import { describeRun, REPOSITORY, startE2E, type E2E } from '../e2e/harness.js';
import { MANIFEST_BRANCH, MANIFEST_PATH, sha256, webBuild } from './support.js';

export const lost: FaultEffect = { type: 'lose-response' };
export const cut: FaultEffect = { type: 'drop-response' };

/** [what, method, path, effect, manifest branch (one that does not exist yet, or '')] */
export type TransientCase = [string, string, string, FaultEffect, string];

export function describeTransientFaults(cases: TransientCase[]): void {
  let e2e: E2E;
  const serving = new Map<string, string>();

  beforeAll(async () => {
    e2e = await startE2E();
  });

  afterAll(() => e2e?.close());

  describe('one transient fault per request of a publish through dist/index.js', () => {
    it.each(cases.map((c, i) => [...c, `1.${i}.0`] as const))(
      'while %s (%s %s)',
      async (_what, method, path, effect, branch, version) => {
        const fault = e2e.github.faults.add({ method, path, effect });
        const inputs = { path: webBuild(e2e, version), version };
        const run = await e2e.run(branch ? { ...inputs, 'manifest-branch': branch } : inputs);
        fault.remove();
        expect(fault.hits).toBe(1);
        if (run.code !== 0) throw new Error(describeRun(run));

        const releases = e2e.github.releases(REPOSITORY).filter((r) => r.tagName === `v${version}`);
        expect(releases).toHaveLength(1);
        expect(releases[0]).toMatchObject({ draft: false });
        expect(releases[0]?.assets).toHaveLength(1);
        const file = e2e.github.file(REPOSITORY, branch || MANIFEST_BRANCH, MANIFEST_PATH);
        const manifest = JSON.parse(file?.text ?? '{}') as {
          bundles: Record<string, { url: string; checksum: string; asset_id: number }>;
          channels: Record<string, { version?: string }>;
        };
        const entry = manifest.bundles[version];
        expect(entry?.asset_id).toBe(releases[0]?.assets[0]?.id);
        expect(manifest.channels.production?.version).toBe(version);
        const download = await fetch(entry!.url);
        expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(entry?.checksum);
        expect(run.outputs.checksum).toBe(entry?.checksum);

        // The report tells what this run did, even when GitHub's answer to it was lost.
        const where = branch || MANIFEST_BRANCH;
        expect(run.stdout).not.toMatch(/already published/);
        expect(run.outputs['channel-before']).toBe(serving.get(where) ?? '');
        expect(run.outputs['channel-after']).toBe(version);
        expect(run.outputs['manifest-commit']).toBe(e2e.github.commits(REPOSITORY, where)[0]?.sha);
        serving.set(where, version);
      },
    );
  });
}
