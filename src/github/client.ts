// The one place an Octokit is built: REST methods, retries of network faults and 5xx answers,
// and waits on GitHub's rate limits, each bounded in count and in total time.
import { randomUUID } from 'node:crypto';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import type { Log } from '../log.js';
import { fetchWithDeadline } from './fetch.js';

const PluggedOctokit = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof PluggedOctokit>;

export interface GitHubTiming {
  /** Retries of a request that failed on the network or with a 5xx (waits grow as n²). */
  retries: number;
  /** The unit of those waits: 1, 4, 9 … times this. */
  retryBaseMs: number;
  /** How many times one request may wait out a rate limit. */
  rateLimitRetries: number;
  /** The most a client waits on rate limits over its life; a longer wait fails the run instead. */
  rateLimitMaxWaitSeconds: number;
  /** Deadline of one HTTP request, uploads included. */
  requestTimeoutMs: number;
  /** Least time between the starts of two writes (POST, PATCH, PUT, DELETE). */
  writeSpacingMs: number;
}

export const DEFAULT_TIMING: GitHubTiming = {
  retries: 3,
  retryBaseMs: 1000,
  rateLimitRetries: 3,
  // A job waits out a secondary limit (GitHub asks for about a minute) but not a primary limit
  // that resets in an hour: that fails with the reset time instead.
  rateLimitMaxWaitSeconds: 300,
  // Big enough for a 60 MB bundle on a slow runner.
  requestTimeoutMs: 300_000,
  // GitHub asks integrations to leave a second between content-creating requests, to stay
  // clear of its secondary rate limits.
  writeSpacingMs: 1000,
};

// Statuses that a retry cannot change: bad input, auth, permissions, missing things, and
// compare-and-swap conflicts, which the caller resolves by re-reading. Rate limits (403, 429)
// are left to the throttling plugin, which waits as GitHub says.
const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 429, 451];

export interface GitHubOptions {
  token: string;
  apiUrl: string;
  log: Log;
  userAgent?: string;
  timing?: Partial<GitHubTiming>;
}

type LimitedRequest = { method?: string; url?: string };

/** Decides whether to wait out a rate limit, within the count and the total wait allowed. */
function limitHandler(kind: string, timing: GitHubTiming, log: Log, waited: { seconds: number }) {
  return (retryAfter: number, request: LimitedRequest, _gh: unknown, retryCount: number) => {
    const what = `${request.method ?? ''} ${request.url ?? ''}`.trim();
    if (retryCount >= timing.rateLimitRetries) {
      log.warning(`GitHub's ${kind} rate limit stopped ${what} after ${retryCount} waits.`);
      return false;
    }
    if (waited.seconds + retryAfter > timing.rateLimitMaxWaitSeconds) {
      log.warning(
        `GitHub's ${kind} rate limit stopped ${what}: it asks for ${retryAfter}s more, beyond the ${timing.rateLimitMaxWaitSeconds}s this run may wait.`,
      );
      return false;
    }
    waited.seconds += retryAfter;
    log.warning(
      `GitHub's ${kind} rate limit on ${what}: waiting ${retryAfter}s as GitHub asks (wait ${retryCount + 1} of at most ${timing.rateLimitRetries}).`,
    );
    return true;
  };
}

export function createGitHub(options: GitHubOptions): GitHub {
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const { log } = options;
  const waited = { seconds: 0 };

  return new PluggedOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'live-update-release',
    request: { fetch: fetchWithDeadline(timing.requestTimeoutMs) },
    retry: {
      doNotRetry: DO_NOT_RETRY,
      retries: timing.retries,
      retryAfterBaseValue: timing.retryBaseMs,
    },
    throttle: {
      // Each client gets its own queues; concurrent clients in one process do not wait on each other.
      id: `live-update-release-${randomUUID()}`,
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: timing.writeSpacingMs }),
      onSecondaryRateLimit: limitHandler('secondary', timing, log, waited),
      onRateLimit: limitHandler('primary', timing, log, waited),
    },
    // Octokit logs every failed request, expected ones too (a missing manifest is a 404);
    // our callers explain the failures that matter, so its lines go to the debug log.
    log: {
      debug: (message: string) => log.debug(message),
      info: (message: string) => log.debug(message),
      warn: (message: string) => log.debug(message),
      error: (message: string) => log.debug(message),
    },
  });
}
