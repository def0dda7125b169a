// Reading and committing files on a branch, shared by the contents API, raw reads and the
// state helpers tests use to make competing commits.
import { emulatorPerson, FILE_MODE } from './git.js';
import type { RepoState } from './state.js';

/** A branch, tag or commit sha → the commit it names. */
export function resolveRef(repo: RepoState, ref: string): string | undefined {
  const name = ref.replace(/^refs\/(heads|tags)\//, '');
  const direct = repo.refs.get(`refs/heads/${name}`) ?? repo.refs.get(`refs/tags/${name}`);
  if (direct) return direct;
  return /^[0-9a-f]{40}$/.test(ref) && repo.git.commit(ref) ? ref : undefined;
}

/** Splits "branch/with/slashes/path/to/file" at the longest branch name that exists. */
export function splitBranchAndPath(
  repo: RepoState,
  rest: string,
): { branch: string; path: string } | undefined {
  const parts = rest.split('/');
  for (let i = parts.length - 1; i >= 1; i--) {
    const branch = parts.slice(0, i).join('/');
    if (repo.refs.has(`refs/heads/${branch}`)) return { branch, path: parts.slice(i).join('/') };
  }
  return undefined;
}

export function readFile(
  repo: RepoState,
  ref: string,
  path: string,
): { sha: string; data: Buffer } | undefined {
  const commitSha = resolveRef(repo, ref);
  const commit = commitSha ? repo.git.commit(commitSha) : undefined;
  const entry = commit ? repo.git.lookup(commit.tree, path) : undefined;
  const blob = entry?.type === 'blob' ? repo.git.blob(entry.sha) : undefined;
  return entry && blob ? { sha: entry.sha, data: blob.data } : undefined;
}

/** Commits one file on top of a branch's head (the branch must exist). */
export function commitFile(
  repo: RepoState,
  branch: string,
  path: string,
  data: Buffer,
  message: string,
): { commit: string; blob: string } {
  const head = repo.refs.get(`refs/heads/${branch}`);
  const parent = head ? repo.git.commit(head) : undefined;
  if (!head || !parent) throw new Error(`branch ${branch} does not exist in ${repo.fullName}`);
  const blob = repo.git.putBlob(data);
  const tree = repo.git.editTree(parent.tree, [{ path, mode: FILE_MODE, type: 'blob', sha: blob }]);
  const person = emulatorPerson();
  const commit = repo.git.putCommit({
    tree,
    parents: [head],
    message,
    author: person,
    committer: person,
  });
  repo.refs.set(`refs/heads/${branch}`, commit);
  return { commit, blob };
}
