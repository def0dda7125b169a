// A rollback never steps back twice for one workflow run: GitHub's "Re-run jobs" keeps the run
// id, and a re-run (or a run meeting a write conflict) must find its own history entry and stop.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { describeRun, REPOSITORY, startE2E, type E2E } from '../e2e/harness.js';
import { MANIFEST_BRANCH, MANIFEST_PATH, manifestOf, webBuild } from './support.js';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
  for (const version of ['1.0.0', '1.1.0', '1.2.0', '1.3.0', '1.4.0']) {
    const run = await e2e.run({ path: webBuild(e2e, version), version });
    if (run.code !== 0) throw new Error(describeRun(run));
  }
}, 60_000);

afterAll(() => e2e?.close());

const serving = () => manifestOf(e2e)?.channels.production?.version;
const commits = () => e2e.github.commits(REPOSITORY, MANIFEST_BRANCH).length;

async function rollback(runId: string) {
  const run = await e2e.run({ command: 'rollback' }, { GITHUB_RUN_ID: runId });
  if (run.code !== 0) throw new Error(describeRun(run));
  return run;
}

describe('rollback re-runs through dist/index.js', () => {
  it('a write conflict re-applies the target worked out once', async () => {
    e2e.github.faults.add({
      method: 'PUT',
      path: '/api/v3/repos/*/*/contents/**',
      effect: { type: 'before', run: promoteToBetaElsewhere },
    });
    const run = await rollback('5000');
    expect(run.stdout).toMatch(/changed while this run wrote it/);
    expect(run.outputs['channel-after']).toBe('1.3.0');
    expect(serving()).toBe('1.3.0');
    expect(manifestOf(e2e)?.channels.beta).toBeDefined();
    expect(movesOf('5000')).toHaveLength(1);
  });

  it('a re-run of the same workflow run steps back once', async () => {
    const first = await rollback('5001');
    expect(first.outputs['channel-after']).toBe('1.2.0');
    const commitsAfterFirst = commits();

    const again = await rollback('5001');
    expect(again.stdout).toMatch(/already rolled production back.*Nothing to do/);
    expect(again.outputs['channel-after']).toBe('1.2.0');
    expect(serving()).toBe('1.2.0');
    expect(commits()).toBe(commitsAfterFirst);
    expect(movesOf('5001')).toHaveLength(1);

    // Another workflow run does step back further: the rule is about the run id.
    const next = await rollback('5002');
    expect(next.outputs['channel-after']).toBe('1.1.0');
  });

  it('two attempts of one run racing each other still step back once', async () => {
    const [a, b] = await Promise.all([rollback('5003'), rollback('5003')]);
    expect([a.outputs['channel-after'], b.outputs['channel-after']]).toEqual(['1.0.0', '1.0.0']);
    expect(serving()).toBe('1.0.0');
    expect(movesOf('5003')).toHaveLength(1);
  });
});

const movesOf = (runId: string) =>
  manifestOf(e2e)!.channels.production!.history.filter((m) => m.run_id === runId);

/** Another writer changes the manifest between a run's read and its write. */
function promoteToBetaElsewhere(): void {
  const file = e2e.github.file(REPOSITORY, MANIFEST_BRANCH, MANIFEST_PATH)!;
  const manifest = JSON.parse(file.text) as { channels: Record<string, unknown> };
  manifest.channels.beta = manifest.channels.production;
  e2e.github.commitFile(
    REPOSITORY,
    MANIFEST_BRANCH,
    MANIFEST_PATH,
    `${JSON.stringify(manifest, null, 2)}\n`,
  );
}
