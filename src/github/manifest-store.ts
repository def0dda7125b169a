// The manifest file on its branch, written with compare-and-swap on the file's blob sha: a
// write based on a stale read is refused by GitHub, and the change is re-applied to what is
// there now. Nothing is ever force-pushed.
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../errors.js';
import type { Log } from '../log.js';
import type { GitHub } from './client.js';
import { errorBody, explainGitHubError, isRequestError } from './errors.js';
import { BRANCH_README, createOrphanBranch } from './orphan-branch.js';
import type { RepoRef } from './repo.js';

export interface StoredFile {
  text: string;
  /** The git blob sha of `text`, the key of the compare-and-swap. */
  sha: string;
}

export interface FileChange {
  text: string;
  message: string;
}

export interface ManifestStoreOptions {
  repo: RepoRef;
  branch: string;
  path: string;
  log: Log;
  maxAttempts?: number;
  /** Unit of the randomised wait between attempts after a conflict. */
  conflictDelayMs?: number;
}

export interface WriteResult {
  /** The new commit; undefined when the change function had nothing to write. */
  commitSha?: string;
  /** The file's text after the call. */
  text?: string;
  attempts: number;
  /** An earlier attempt's write landed although its answer was lost; `commitSha` is its commit. */
  earlierAttemptLanded?: boolean;
}

// Ten concurrent runs need at most ten rounds: every round, at least one of them lands.
const DEFAULT_MAX_ATTEMPTS = 10;
const DEFAULT_CONFLICT_DELAY_MS = 250;
const MAX_CONFLICT_DELAY_MS = 4000;

const CONFLICT_MESSAGE = /does not match|but expected|wasn't supplied/i;
const NOT_A_CONFLICT = /rule violations|protected branch|pull request|repository is empty/i;

function isConflict(error: unknown): boolean {
  if (!isRequestError(error)) return false;
  const message = errorBody(error).message ?? '';
  if (error.status === 409) return !NOT_A_CONFLICT.test(message);
  return error.status === 422 && CONFLICT_MESSAGE.test(message);
}

export class ManifestStore {
  private readonly maxAttempts: number;

  constructor(
    private readonly gh: GitHub,
    private readonly options: ManifestStoreOptions,
  ) {
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  }

  private get where(): string {
    const { repo, branch, path } = this.options;
    return `${path} on branch ${branch} of ${repo.owner}/${repo.repo}`;
  }

  /** The file, or undefined when the branch or the file does not exist yet. */
  async read(): Promise<StoredFile | undefined> {
    const { repo, branch, path } = this.options;
    try {
      const { data } = await this.gh.rest.repos.getContent({ ...repo, path, ref: branch });
      if (Array.isArray(data) || data.type !== 'file') {
        throw new UserError(
          `${this.where} is a directory or a link, not a file: set \`manifest-path\` to a file.`,
        );
      }
      // Files over 1 MB come without inline content; the blob API serves them.
      const content = data.encoding === 'base64' ? data.content : await this.blobContent(data.sha);
      return { text: Buffer.from(content, 'base64').toString('utf8'), sha: data.sha };
    } catch (error) {
      if (isRequestError(error) && error.status === 404) return undefined;
      throw explainGitHubError(error, `reading ${this.where}`);
    }
  }

  private async blobContent(sha: string): Promise<string> {
    const { data } = await this.gh.rest.git.getBlob({ ...this.options.repo, file_sha: sha });
    return data.content;
  }

  /**
   * Applies `apply` to the current file and commits the result, re-reading and re-applying
   * after a conflict. Pass what `read()` returned as `known` to skip the first read; leave it
   * out to let `write` read (undefined or null passed explicitly mean "the file is missing").
   */
  async write(
    apply: (current: StoredFile | undefined) => FileChange | undefined,
    known?: StoredFile | undefined | null,
  ): Promise<WriteResult> {
    const knownGiven = arguments.length >= 2;
    let attempted: string | undefined;
    for (let attempt = 1; attempt <= this.maxAttempts; attempt++) {
      const current = attempt === 1 && knownGiven ? (known ?? undefined) : await this.read();
      const change = apply(current);
      if (!change) return this.nothingToWrite(current, attempted, attempt);
      const commitSha = await this.commit(current, change);
      if (commitSha) return { commitSha, text: change.text, attempts: attempt };
      attempted = change.text;
      if (attempt < this.maxAttempts) {
        this.options.log.info(
          `${this.where} changed while this run wrote it; reading it again (attempt ${attempt + 1} of ${this.maxAttempts}).`,
        );
        await sleep(this.conflictDelay(attempt));
      }
    }
    throw new UserError(
      `${this.where} kept changing under this run: ${this.maxAttempts} attempts each met a newer version. Nothing was lost; re-run the job.`,
    );
  }

  // A write whose answer was lost is retried with the old sha and meets its own result as a
  // conflict; the file then holds exactly what the earlier attempt wrote.
  private async nothingToWrite(
    current: StoredFile | undefined,
    attempted: string | undefined,
    attempts: number,
  ): Promise<WriteResult> {
    if (!current || current.text !== attempted) return { text: current?.text, attempts };
    const commitSha = await this.headCommit();
    return { commitSha, text: current.text, attempts, earlierAttemptLanded: true };
  }

  /** The branch's newest commit, or undefined when it cannot be read (the write stands anyway). */
  private async headCommit(): Promise<string | undefined> {
    const { repo, branch } = this.options;
    try {
      const { data } = await this.gh.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
      return data.object.sha;
    } catch {
      return undefined;
    }
  }

  // Full jitter: concurrent runs that collided spread out instead of colliding again.
  private conflictDelay(attempt: number): number {
    const unit = this.options.conflictDelayMs ?? DEFAULT_CONFLICT_DELAY_MS;
    return Math.random() * Math.min(MAX_CONFLICT_DELAY_MS, unit * 2 ** (attempt - 1));
  }

  /** The new commit's sha, or undefined when the file changed since `current` was read. */
  private async commit(
    current: StoredFile | undefined,
    change: FileChange,
  ): Promise<string | undefined> {
    const { repo, branch, path } = this.options;
    try {
      const { data } = await this.gh.rest.repos.createOrUpdateFileContents({
        ...repo,
        path,
        branch,
        message: change.message,
        content: Buffer.from(change.text, 'utf8').toString('base64'),
        ...(current ? { sha: current.sha } : {}),
      });
      if (!data.commit.sha) throw new Error(`GitHub did not return the commit of ${this.where}.`);
      return data.commit.sha;
    } catch (error) {
      if (isConflict(error)) return undefined;
      // First use: the branch does not exist yet (or another run is creating it right now).
      if (!current && isRequestError(error) && error.status === 404)
        return this.createBranch(change);
      throw explainGitHubError(error, `committing ${this.where}`);
    }
  }

  private async createBranch(change: FileChange): Promise<string | undefined> {
    const { repo, branch, path, log } = this.options;
    const files = [{ path, text: change.text }];
    if (path.toLowerCase() !== 'readme.md') files.push({ path: 'README.md', text: BRANCH_README });
    const commitSha = await createOrphanBranch(this.gh, repo, branch, files, change.message);
    if (commitSha) log.info(`Created the branch ${branch} (no shared history) to hold ${path}.`);
    return commitSha;
  }
}

/** Where devices' responder reads the manifest without a token (public repositories). */
export function manifestRawUrl(
  serverUrl: string,
  repo: RepoRef,
  branch: string,
  path: string,
): string {
  const server = new URL(serverUrl);
  const segments = [repo.owner, repo.repo, ...branch.split('/'), ...path.split('/')]
    .map(encodeURIComponent)
    .join('/');
  if (server.hostname === 'github.com') return `https://raw.githubusercontent.com/${segments}`;
  const base = serverUrl.replace(/\/+$/, '');
  const [owner, name, ...rest] = segments.split('/');
  return `${base}/${owner}/${name}/raw/${rest.join('/')}`;
}
