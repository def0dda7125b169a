// GitHub REST calls per command, counted by the local GitHub emulator while the built action
// (`node dist/index.js`) runs as a runner starts it. The manifest branch exists already, as it
// does after the first publish; the anonymous download check is not a REST call and is not
// counted.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction, type ActionRun } from '../test-support/action-runner.js';
import { startGitHubEmulator, type GitHubEmulator } from '../test-support/github-emulator/index.js';
import { emptyManifest, serializeManifest } from '../src/manifest/parse.js';
import type { Manifest } from '../src/manifest/types.js';
import { APP_ID } from './manifests.js';
import type { Say } from './peers.js';
import { checked, notMeasured, type Goal, type SectionResult } from './report.js';

const REPOSITORY = 'example-org/example-app';
const MANIFEST_BRANCH = 'live-updates';
const MANIFEST_PATH = 'live-update/manifest.json';
const ACTION_TIMEOUT_MS = 120_000;

export const API_GOALS = [
  {
    name: 'GitHub REST calls per publish',
    unit: 'calls',
    target: { op: '<=', limit: 7, unit: 'calls' },
  },
  {
    name: 'GitHub REST calls per rollback',
    unit: 'calls',
    target: { op: '<=', limit: 3, unit: 'calls' },
  },
] as const satisfies readonly Goal[];

interface Counted {
  calls: string[];
  run: ActionRun;
}

export async function apiCallsSection(
  dist: string,
  webBuild: string,
  work: string,
  say: Say,
): Promise<SectionResult> {
  if (!existsSync(path.join(dist, 'index.js'))) {
    const missing = 'dist/index.js not built';
    return {
      title: 'GitHub API calls',
      body: 'The built action is missing: run `npm run build` first.',
      checks: notMeasured(API_GOALS, missing),
      notes: [],
    };
  }

  const github = await startGitHubEmulator();
  try {
    github.createRepo(REPOSITORY);
    github.seedBranch(REPOSITORY, MANIFEST_BRANCH, {
      [MANIFEST_PATH]: serializeManifest(emptyManifest(APP_ID)),
    });
    const env = runnerEnvironment(github, work);
    const token = github.createToken();
    const publish = (version: string, runId: string) =>
      counted(
        github,
        { path: webBuild, token, version, 'app-id': APP_ID, channel: 'production' },
        env,
        runId,
      );

    say('  publish 1.0.0 (counted), publish 1.0.1, rollback (counted)');
    const first = await publish('1.0.0', '101');
    const second = await publish('1.0.1', '102');
    const rollbackInputs = { command: 'rollback', token, 'app-id': APP_ID, channel: 'production' };
    const rollback = await counted(github, rollbackInputs, env, '103');
    const failures = [first, second, rollback].filter((c) => c.run.code !== 0);
    const served = github.file(REPOSITORY, MANIFEST_BRANCH, MANIFEST_PATH)?.text ?? '{}';
    const channel = (JSON.parse(served) as Manifest).channels?.production?.version;

    const body = [
      'The built action run as a runner starts it (`test-support/action-runner.ts`) against the ' +
        `local GitHub emulator, with the manifest branch \`${MANIFEST_BRANCH}\` already there; ` +
        'the medium corpus is published as 1.0.0 (counted), then 1.0.1, then `command: rollback` ' +
        'runs (counted). Calls made:',
      '',
      `Publish: ${first.calls.length} calls`,
      '',
      ...first.calls.map((c, i) => `${i + 1}. \`${c}\``),
      '',
      `Rollback: ${rollback.calls.length} calls`,
      '',
      ...rollback.calls.map((c, i) => `${i + 1}. \`${c}\``),
    ].join('\n');
    const detail = (c: Counted) =>
      c.run.code === 0 ? 'action succeeded' : `action FAILED (exit ${c.run.code})`;
    return {
      title: 'GitHub API calls',
      body,
      checks: [
        checked(API_GOALS[0], first.calls.length, detail(first)),
        checked(API_GOALS[1], rollback.calls.length, detail(rollback)),
      ],
      notes: [
        ...failures.map((c) => `The action failed: ${failureText(c.run)}`),
        channel === '1.0.0'
          ? 'After the rollback the manifest serves 1.0.0 on `production`, as it should.'
          : `After the rollback the manifest serves ${channel ?? 'nothing'} on \`production\`, not 1.0.0.`,
      ],
    };
  } finally {
    await github.close();
  }
}

/** Each command runs as its own workflow run: a re-run is recognised by its run id. */
async function counted(
  github: GitHubEmulator,
  inputs: Record<string, string>,
  env: Record<string, string>,
  runId: string,
): Promise<Counted> {
  const mark = github.requests.length;
  const run = await runAction({
    inputs,
    env: { ...env, GITHUB_RUN_ID: runId },
    timeoutMs: ACTION_TIMEOUT_MS,
  });
  return { run, calls: github.restCalls(mark).map(describeCall) };
}

/** `METHOD /path` with numeric ids as `:id` and without the query string. */
function describeCall(call: { method: string; path: string }): string {
  const bare = call.path.split('?')[0] ?? call.path;
  return `${call.method} ${decodeURIComponent(bare).replace(/\/\d+(?=\/|$)/g, '/:id')}`;
}

function runnerEnvironment(github: GitHubEmulator, work: string): Record<string, string> {
  const workspace = mkdtempSync(path.join(work, 'workspace-'));
  const eventPath = path.join(workspace, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ repository: { full_name: REPOSITORY, private: false } }),
  );
  return {
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SERVER_URL: github.serverUrl,
    GITHUB_API_URL: github.apiUrl,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_PATH: eventPath,
  };
}

function failureText(run: ActionRun): string {
  const errors = `${run.stdout}\n${run.stderr}`
    .split('\n')
    .filter((line) => line.startsWith('::error'))
    .join(' ');
  return (errors || run.stderr || run.stdout).slice(-600);
}
