// What the runner tells us about the run, read once from the environment GitHub Actions sets.
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';

export interface RunContext {
  /** owner/name of the repository the workflow runs in: the manifest always lives here. */
  repository: string;
  apiUrl: string;
  serverUrl: string;
  /** The commit the run builds; recorded with each bundle and used as the release target. */
  sha: string;
  ref: string;
  /** `v1.2.3` when the run was triggered by pushing a tag. */
  pushedTag?: string;
  runId?: string;
  runUrl?: string;
  workspace: string;
  /** `repository.private` from the event payload, when the runner gave one. */
  repositoryPrivate?: boolean;
}

type Env = Record<string, string | undefined>;

export function readRunContext(env: Env, cwd: string): RunContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new UserError(
      `GITHUB_REPOSITORY is ${JSON.stringify(repository)}; expected owner/name. ` +
        'The action reads it from the runner; outside GitHub Actions set it yourself.',
    );
  }
  const serverUrl = trimSlash(env.GITHUB_SERVER_URL || 'https://github.com');
  const runId = env.GITHUB_RUN_ID || undefined;
  return {
    repository,
    apiUrl: trimSlash(env.GITHUB_API_URL || 'https://api.github.com'),
    serverUrl,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    pushedTag: pushedTag(env),
    runId,
    runUrl: runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    workspace: env.GITHUB_WORKSPACE || cwd,
    repositoryPrivate: eventRepositoryPrivate(env.GITHUB_EVENT_PATH),
  };
}

function pushedTag(env: Env): string | undefined {
  const ref = env.GITHUB_REF ?? '';
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

// The event payload names the repository's visibility, which saves an API call per run.
function eventRepositoryPrivate(eventPath: string | undefined): boolean | undefined {
  if (!eventPath) return undefined;
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      repository?: { private?: unknown };
    };
    const value = payload.repository?.private;
    return typeof value === 'boolean' ? value : undefined;
  } catch {
    return undefined;
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
