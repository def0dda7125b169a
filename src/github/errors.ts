// GitHub's refusals in plain words: the status, GitHub's own reasons, and what to change.
import { UserError } from '../errors.js';

/** What Octokit throws for an HTTP failure (its RequestError, recognised by shape). */
export interface RequestError extends Error {
  status: number;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

/** A GitHub answer the run cannot go on from; `status` is GitHub's (or 500 for network faults). */
export class GitHubError extends UserError {
  override name = 'GitHubError';

  constructor(
    message: string,
    readonly status: number,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

interface GitHubFieldError {
  resource?: string;
  field?: string;
  code?: string;
  message?: string;
}

interface ErrorBody {
  message?: string;
  errors?: (GitHubFieldError | string)[];
}

export function isRequestError(error: unknown): error is RequestError {
  return (
    error instanceof Error &&
    error.name === 'HttpError' &&
    typeof (error as RequestError).status === 'number'
  );
}

export function errorBody(error: RequestError): ErrorBody {
  const data = error.response?.data;
  if (data && typeof data === 'object') return data as ErrorBody;
  return typeof data === 'string' && data ? { message: data } : {};
}

/** True when GitHub refused because `field` of `resource` already exists (422 already_exists). */
export function isAlreadyExists(error: unknown, field: string): boolean {
  if (!isRequestError(error) || error.status !== 422) return false;
  return (errorBody(error).errors ?? []).some(
    (e) => typeof e === 'object' && e.code === 'already_exists' && e.field === field,
  );
}

function fieldError(e: GitHubFieldError | string): string {
  if (typeof e === 'string') return e;
  const what = [e.resource, e.field].filter(Boolean).join(' ');
  switch (e.code) {
    case 'already_exists':
      return `${what} already exists`;
    case 'missing_field':
    case 'missing':
      return `${what} is missing`;
    case 'invalid':
      return `${what} is invalid`;
    default:
      return e.message ?? `${what}: ${e.code ?? 'refused'}`;
  }
}

function isRateLimited(error: RequestError, message: string): boolean {
  const remaining = error.response?.headers?.['x-ratelimit-remaining'];
  return (
    (error.status === 403 || error.status === 429) &&
    (remaining === '0' || /rate limit/i.test(message))
  );
}

// Only a spent primary limit has a reset time that means anything.
function resetTime(error: RequestError): string {
  if (error.response?.headers?.['x-ratelimit-remaining'] !== '0') return '';
  const reset = Number(error.response?.headers?.['x-ratelimit-reset']);
  return reset ? ` (the limit resets at ${new Date(reset * 1000).toISOString()})` : '';
}

function remedy(error: RequestError, message: string): string {
  const { status } = error;
  if (/rule violations|protected branch|through a pull request/i.test(message)) {
    return 'The branch is protected: exclude the manifest branch from branch protection rules and rulesets (or let this workflow bypass them), or set `manifest-branch` to an unprotected branch.';
  }
  if (isRateLimited(error, message))
    return `GitHub's rate limit outlasted the waits this run allows: re-run later${resetTime(error)}.`;
  if (
    /Resource not accessible by integration/i.test(message) ||
    (status === 403 && /permission/i.test(message))
  ) {
    return 'The token may not write here: add `permissions: contents: write` to the job (or the workflow), or pass a token that can write to this repository.';
  }
  if (/immutable release/i.test(message)) {
    return 'The release is immutable: bump the version so that a new release is made.';
  }
  if (status === 401)
    return 'The token was refused: check that the `token` input holds a valid token that has not expired or been revoked.';
  if (status === 403)
    return 'The token lacks a permission this step needs: give the job `permissions: contents: write`.';
  if (status === 404) {
    return 'The repository does not exist or the token cannot see it: check the repository name, and for another repository pass a token with access to it (`release-token`).';
  }
  if (status >= 500)
    return 'GitHub did not answer properly, even after retries: re-run the job (https://www.githubstatus.com shows incidents).';
  return '';
}

/** Turns an Octokit failure into a UserError saying what failed, why, and the fix. */
export function explainGitHubError(error: unknown, doing: string): Error {
  if (error instanceof UserError) return error;
  if (!isRequestError(error)) return error instanceof Error ? error : new Error(String(error));
  const body = errorBody(error);
  const message = (body.message ?? error.message).trim().replace(/\s+/g, ' ');
  const reasons = (body.errors ?? []).map(fieldError);
  const detail = reasons.length ? `${message} (${reasons.join('; ')})` : message;
  const requestId = error.response?.headers?.['x-github-request-id']?.toString();
  const answered = error.response
    ? `GitHub answered ${error.status}`
    : 'GitHub could not be reached';
  const fix = remedy(error, `${message} ${reasons.join(' ')}`);
  const id = requestId ? ` [request id ${requestId}]` : '';
  return new GitHubError(
    `${answered} while ${doing}: ${detail}.${fix ? ` ${fix}` : ''}${id}`,
    error.status,
    requestId,
  );
}
