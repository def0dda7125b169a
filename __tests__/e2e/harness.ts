// Shared setup for end-to-end tests: a local GitHub, a workspace laid out like a checkout, and
// the built action run as the runner runs it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runAction, type ActionRun } from '../../test-support/action-runner.js';
import {
  startGitHubEmulator,
  type GitHubEmulator,
} from '../../test-support/github-emulator/index.js';

export const REPOSITORY = 'example-org/example-app';
export const APP_ID = 'com.example.app';

export interface E2E {
  github: GitHubEmulator;
  token: string;
  workspace: string;
  run(inputs: Record<string, string>, env?: Record<string, string>): Promise<ActionRun>;
  close(): Promise<void>;
}

let runCounter = 1000;

export async function startE2E(options: { private?: boolean } = {}): Promise<E2E> {
  const github = await startGitHubEmulator();
  github.createRepo(REPOSITORY, { private: options.private });
  const token = github.createToken();
  const workspace = mkdtempSync(path.join(tmpdir(), 'e2e-workspace-'));
  writeFileSync(
    path.join(workspace, 'capacitor.config.json'),
    JSON.stringify({ appId: APP_ID, webDir: 'www' }),
  );
  const eventPath = path.join(workspace, '..', `${path.basename(workspace)}-event.json`);
  writeFileSync(
    eventPath,
    JSON.stringify({ repository: { full_name: REPOSITORY, private: options.private ?? false } }),
  );
  return {
    github,
    token,
    workspace,
    run: (inputs, env = {}) =>
      runAction({
        inputs: { token, ...inputs },
        env: {
          GITHUB_REPOSITORY: REPOSITORY,
          GITHUB_SERVER_URL: github.serverUrl,
          GITHUB_API_URL: github.apiUrl,
          GITHUB_WORKSPACE: workspace,
          GITHUB_SHA: 'c0ffee0000000000000000000000000000000001',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_RUN_ID: String(runCounter++),
          GITHUB_EVENT_PATH: eventPath,
          ...env,
        },
      }),
    close: () => github.close(),
  };
}

/** Copies a web build into the workspace under `name` and returns the relative path. */
export async function placeBuild(e2e: E2E, source: string, name: string): Promise<string> {
  const target = path.join(e2e.workspace, name);
  await mkdir(path.dirname(target), { recursive: true });
  await cp(source, target, { recursive: true });
  return name;
}

/** A failed run's whole story, for assertion messages. */
export function describeRun(run: ActionRun): string {
  return `exit ${run.code}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

/** The `::error::` annotation the runner shows as the step's failure. */
export function failure(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .join('\n')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%');
}
