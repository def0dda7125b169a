// Puts state in place directly, for tests that start from an existing branch or release.
import { emulatorPerson, FILE_MODE } from './git.js';
import { storeAsset } from './routes/assets.js';
import { addRelease, publishRelease } from './routes/releases.js';
import type { EmulatorState, RepoState } from './state.js';

export interface SeedRelease {
  tag: string;
  draft?: boolean;
  name?: string;
  body?: string;
  assets?: { name: string; data: Buffer | string; label?: string; contentType?: string }[];
}

/** Points `branch` at a new parentless commit holding only `files`. */
export function seedBranch(repo: RepoState, branch: string, files: Record<string, string>): string {
  const edits = Object.entries(files).map(([path, text]) => ({
    path,
    mode: FILE_MODE,
    type: 'blob' as const,
    sha: repo.git.putBlob(Buffer.from(text)),
  }));
  const person = emulatorPerson();
  const commit = repo.git.putCommit({
    tree: repo.git.editTree(undefined, edits),
    parents: [],
    message: `Create ${branch}`,
    author: person,
    committer: person,
  });
  repo.refs.set(`refs/heads/${branch}`, commit);
  return commit;
}

/** Adds a release, its assets stored as uploaded, then published unless it is a draft. */
export function seedRelease(state: EmulatorState, repo: RepoState, seed: SeedRelease): number {
  const release = addRelease(repo, state.newId(), {
    tagName: seed.tag,
    name: seed.name,
    body: seed.body,
    draft: true,
  });
  for (const asset of seed.assets ?? []) {
    const data = Buffer.isBuffer(asset.data) ? asset.data : Buffer.from(asset.data);
    storeAsset(release, state.newId(), { ...asset, data });
  }
  if (!seed.draft) publishRelease(repo, release);
  return release.id;
}
