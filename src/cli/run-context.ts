// Outside GitHub Actions nobody sets the runner's variables. The CLI works them out from its
// flags, the environment and the git checkout, then hands them to the reader the action uses,
// so both see the same context.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { readRunContext, type RunContext } from '../action/context.js';
import { UsageError } from './args.js';

type Env = Record<string, string | undefined>;

export interface ContextFlags {
  manifestRepository: string;
  apiUrl: string;
  serverUrl: string;
  sha: string;
}

const GITHUB_COM = 'https://github.com';

export function cliRunContext(flags: ContextFlags, env: Env, cwd: string): RunContext {
  const serverUrl = flags.serverUrl || env.GITHUB_SERVER_URL || GITHUB_COM;
  // A server given on the command line brings its own API; the environment's may be github.com's.
  const apiUrl =
    flags.apiUrl ||
    (flags.serverUrl ? apiUrlOf(serverUrl) : env.GITHUB_API_URL || apiUrlOf(serverUrl));
  const repository =
    flags.manifestRepository || env.GITHUB_REPOSITORY || repositoryFromOrigin(cwd, serverUrl);
  if (!repository) {
    throw new UsageError(
      '--manifest-repository: missing. Pass the owner/name of the repository that holds the ' +
        'manifest, or run inside a clone whose `origin` remote is that repository on GitHub.',
    );
  }
  return readRunContext(
    {
      ...env,
      GITHUB_REPOSITORY: repository,
      GITHUB_SERVER_URL: serverUrl,
      GITHUB_API_URL: apiUrl,
      GITHUB_SHA: flags.sha || env.GITHUB_SHA || git(['rev-parse', 'HEAD'], cwd) || '',
      GITHUB_WORKSPACE: workspaceOf(env, cwd),
    },
    cwd,
  );
}

/** What the action calls the workspace: the runner's, else the top of this git checkout. */
export function workspaceOf(env: Env, cwd: string): string {
  return env.GITHUB_WORKSPACE || git(['rev-parse', '--show-toplevel'], cwd) || cwd;
}

/**
 * The workspace for a build folder: the usual one when the folder is inside it; else the
 * folder's own checkout, or its parent, where a Capacitor project keeps package.json and
 * capacitor.config.
 */
export function workspaceFor(folder: string, env: Env, cwd: string): string {
  const workspace = workspaceOf(env, cwd);
  const absolute = path.resolve(cwd, folder);
  const relative = path.relative(workspace, absolute);
  if (!relative.startsWith('..') && !path.isAbsolute(relative)) return workspace;
  return git(['rev-parse', '--show-toplevel'], absolute) || path.dirname(absolute);
}

/** `folder` as the action's `path` input: relative to the workspace when inside it. */
export function pathInput(folder: string, workspace: string, cwd: string): string {
  const absolute = path.resolve(cwd, folder);
  const relative = path.relative(workspace, absolute);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

// GitHub Enterprise Server serves its API under /api/v3 of its own host.
function apiUrlOf(serverUrl: string): string {
  const trimmed = serverUrl.replace(/\/+$/, '');
  return trimmed === GITHUB_COM ? 'https://api.github.com' : `${trimmed}/api/v3`;
}

/** owner/name from `origin` when it points at github.com or at the given server. */
export function repositoryFromOrigin(cwd: string, serverUrl: string): string | undefined {
  const remote = git(['remote', 'get-url', 'origin'], cwd);
  if (!remote) return undefined;
  const hosts = new Set(['github.com', hostOf(serverUrl)]);
  const parsed = parseRemote(remote);
  return parsed && hosts.has(parsed.host) ? parsed.repository : undefined;
}

/** `https://host/owner/name.git`, `ssh://git@host/owner/name.git` or `git@host:owner/name.git`. */
export function parseRemote(remote: string): { host: string; repository: string } | undefined {
  const scp = /^[^@/\s]+@([^:/\s]+):([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(remote);
  if (scp) return { host: scp[1]!, repository: `${scp[2]}/${scp[3]}` };
  try {
    const url = new URL(remote);
    const parts = url.pathname
      .replace(/^\/+|\/+$/g, '')
      .replace(/\.git$/, '')
      .split('/');
    if (parts.length !== 2 || !parts[0] || !parts[1]) return undefined;
    // ssh URLs name a port for the SSH server, never the web one: match on the host alone.
    const host = url.protocol === 'ssh:' ? url.hostname : url.host;
    return { host, repository: parts.join('/') };
  } catch {
    return undefined;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function git(args: string[], cwd: string): string | undefined {
  try {
    const output = execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return output.trim() || undefined;
  } catch {
    return undefined;
  }
}
