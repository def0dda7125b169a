// Read-only views of the emulator's state for test assertions.
import { resolveRef } from './branches.js';
import type { AssetState, RepoState } from './state.js';

export interface AssetView {
  id: number;
  name: string;
  label: string;
  state: string;
  size: number;
  digest: string;
  contentType: string;
  downloadCount: number;
  data: Buffer;
}

export interface ReleaseView {
  id: number;
  tagName: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  immutable: boolean;
  targetCommitish: string;
  assets: AssetView[];
}

export interface CommitView {
  sha: string;
  message: string;
  parents: string[];
  /** Every file path in the commit's tree. */
  files: string[];
}

function assetView(a: AssetState): AssetView {
  const { id, name, label, state, size, digest, contentType, downloadCount, data } = a;
  return { id, name, label, state, size, digest, contentType, downloadCount, data };
}

/** Releases oldest first, drafts included. */
export function releaseViews(repo: RepoState): ReleaseView[] {
  return [...repo.releases.values()]
    .sort((a, b) => a.id - b.id)
    .map((r) => ({
      id: r.id,
      tagName: r.tagName,
      name: r.name,
      body: r.body,
      draft: r.draft,
      immutable: r.immutable,
      targetCommitish: r.targetCommitish,
      assets: r.assets.map(assetView),
    }));
}

/** A branch's commits, newest first, following first parents. */
export function commitViews(repo: RepoState, branch: string): CommitView[] {
  const list: CommitView[] = [];
  for (let sha = resolveRef(repo, branch); sha;) {
    const commit = repo.git.commit(sha);
    if (!commit) break;
    const files = repo.git.walk(commit.tree).map((f) => f.path);
    list.push({ sha, message: commit.message, parents: commit.parents, files });
    sha = commit.parents[0];
  }
  return list;
}
