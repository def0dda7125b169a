// Shared setup for the github module's tests: an emulator with one repository, a client with
// short retry waits, and a log that records what was said.
import { createGitHub, type GitHub, type GitHubTiming } from '../../src/github/client.js';
import type { Log } from '../../src/log.js';
import {
  startGitHubEmulator,
  type GitHubEmulator,
} from '../../test-support/github-emulator/index.js';

export const REPO_NAME = 'example-org/example-app';
export const REPO = { owner: 'example-org', repo: 'example-app' };

export interface RecordingLog extends Log {
  lines: { level: 'info' | 'warning' | 'debug'; message: string }[];
  warnings(): string[];
}

export function recordingLog(): RecordingLog {
  const lines: RecordingLog['lines'] = [];
  return {
    lines,
    info: (message) => void lines.push({ level: 'info', message }),
    warning: (message) => void lines.push({ level: 'warning', message }),
    debug: (message) => void lines.push({ level: 'debug', message }),
    warnings: () => lines.filter((l) => l.level === 'warning').map((l) => l.message),
  };
}

// Retries wait 10, 40, 90 ms instead of seconds and writes are not spaced out; rate-limit waits
// are as GitHub asks, as in production.
export const FAST: Partial<GitHubTiming> = { retryBaseMs: 10, writeSpacingMs: 0 };

export interface Setup {
  emulator: GitHubEmulator;
  token: string;
  gh: GitHub;
  log: RecordingLog;
  client(options?: { token?: string; timing?: Partial<GitHubTiming> }): GitHub;
}

export async function setup(
  repoOptions: { private?: boolean; immutableReleases?: boolean } = {},
): Promise<Setup> {
  const emulator = await startGitHubEmulator();
  emulator.createRepo(REPO_NAME, repoOptions);
  const token = emulator.createToken();
  const log = recordingLog();
  const client: Setup['client'] = (options = {}) =>
    createGitHub({
      token: options.token ?? token,
      apiUrl: emulator.apiUrl,
      log,
      timing: { ...FAST, ...options.timing },
    });
  return { emulator, token, gh: client(), log, client };
}
