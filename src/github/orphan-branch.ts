// Creates a branch that shares no history with the code: a tree, a commit without parents and a
// ref, through the git data API (the contents API can only commit on an existing branch).
import type { GitHub } from './client.js';
import { errorBody, explainGitHubError, isRequestError } from './errors.js';
import type { RepoRef } from './repo.js';

export const BRANCH_README = `# Live-update manifests

This branch is written by the Capacitor Live Update Release action. It holds the manifest that
the live-update responder serves to devices, and nothing else: it shares no history with the
code of this repository.

Change it with the action's commands (publish, rollback, promote, rollout, prune) rather than by
hand. Every run commits with a compare-and-swap on the manifest file, so runs never overwrite
each other; a hand edit that breaks the JSON stops the next run until it is fixed.
`;

const FILE_MODE = '100644';

function isRefTaken(error: unknown): boolean {
  return (
    isRequestError(error) &&
    error.status === 422 &&
    /already exists/i.test(errorBody(error).message ?? '')
  );
}

/**
 * Creates `branch` holding these files. Returns the commit sha, or undefined when another run
 * created the branch first (the caller then commits on top of it the normal way).
 */
export async function createOrphanBranch(
  gh: GitHub,
  repo: RepoRef,
  branch: string,
  files: { path: string; text: string }[],
  message: string,
): Promise<string | undefined> {
  const doing = `creating the branch ${branch} in ${repo.owner}/${repo.repo}`;
  try {
    const tree = await gh.rest.git.createTree({
      ...repo,
      tree: files.map((f) => ({ path: f.path, mode: FILE_MODE, type: 'blob', content: f.text })),
    });
    const commit = await gh.rest.git.createCommit({
      ...repo,
      message,
      tree: tree.data.sha,
      parents: [],
    });
    await gh.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
    return commit.data.sha;
  } catch (error) {
    if (isRefTaken(error)) return undefined;
    throw explainGitHubError(error, doing);
  }
}
