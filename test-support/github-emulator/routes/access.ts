// Who may see and change what, answered the way GitHub answers: a private repository the caller
// cannot see does not exist (404); a read-only token gets 403 on writes; anonymous writes get 401.
import { HttpError, notFound, type Ctx } from '../http.js';
import type { Params } from '../router.js';
import type { Access, ReleaseState, RepoState } from '../state.js';

export const NOT_ACCESSIBLE = 'Resource not accessible by integration';

export function loadRepo(
  ctx: Ctx,
  params: Params,
  need: 'read' | 'write',
): { repo: RepoState; access: Access } {
  const repo = ctx.state.repo(`${params.owner}/${params.repo}`);
  if (!repo) throw notFound();
  const access = ctx.state.access(ctx.token, repo);
  if (access === 'none') throw notFound();
  if (need === 'write' && access !== 'write') {
    if (!ctx.token) throw new HttpError(401, 'Requires authentication');
    throw new HttpError(
      403,
      NOT_ACCESSIBLE,
      {},
      { 'x-accepted-github-permissions': 'contents=write' },
    );
  }
  return { repo, access };
}

/** A release by id; drafts exist only for callers who can write. */
export function loadRelease(repo: RepoState, access: Access, id: string | undefined): ReleaseState {
  const release = repo.releases.get(Number(id));
  if (!release || (release.draft && access !== 'write')) throw notFound();
  return release;
}

export function loadAsset(repo: RepoState, access: Access, id: string | undefined) {
  for (const release of repo.releases.values()) {
    const asset = release.assets.find((a) => a.id === Number(id));
    if (asset && (!release.draft || access === 'write')) return { release, asset };
  }
  throw notFound();
}

export function isLockedByImmutability(release: ReleaseState): boolean {
  return release.immutable && !release.draft;
}
