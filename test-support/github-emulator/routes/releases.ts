// Releases: create, read by id and by tag, list, edit (publish) and delete, with GitHub's rules
// on tags: several drafts may share one, a published release holds it alone, and a tag once
// used by an immutable release is never reused.
import { randomBytes } from 'node:crypto';
import {
  HttpError,
  jsonBody,
  notFound,
  sendJson,
  sendNoContent,
  validationFailed,
  type Ctx,
} from '../http.js';
import type { Params, Route } from '../router.js';
import { releaseJson } from '../shapes.js';
import { isoNow, type ReleaseState, type RepoState } from '../state.js';
import { isLockedByImmutability, loadRelease, loadRepo } from './access.js';
import { paginate } from './pagination.js';

const R = '/repos/:owner/:repo/releases';

function text(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
}

function checkTagFree(repo: RepoState, tag: string, except?: number): void {
  if (repo.burnedTags.has(tag)) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [
        {
          resource: 'Release',
          code: 'custom',
          field: 'tag_name',
          message: 'tag_name was used by an immutable release',
        },
      ],
    });
  }
  const holder = [...repo.releases.values()].find(
    (r) => !r.draft && r.tagName === tag && r.id !== except,
  );
  if (holder) throw validationFailed('Release', 'already_exists', 'tag_name');
}

export function publishRelease(repo: RepoState, release: ReleaseState): void {
  release.draft = false;
  release.publishedAt = isoNow();
  release.immutable = repo.immutableReleases;
}

/** Adds a release directly (also used to seed state in tests). */
export function addRelease(
  repo: RepoState,
  id: number,
  fields: {
    tagName: string;
    targetCommitish?: string;
    name?: string | null;
    body?: string | null;
    draft?: boolean;
    prerelease?: boolean;
  },
): ReleaseState {
  const now = isoNow();
  const release: ReleaseState = {
    id,
    tagName: fields.tagName,
    targetCommitish: fields.targetCommitish ?? repo.defaultBranch,
    name: fields.name ?? null,
    body: fields.body ?? null,
    draft: true,
    prerelease: fields.prerelease ?? false,
    immutable: false,
    createdAt: now,
    updatedAt: now,
    publishedAt: null,
    untaggedName: `untagged-${randomBytes(10).toString('hex')}`,
    assets: [],
  };
  if (!fields.draft) publishRelease(repo, release);
  repo.releases.set(id, release);
  return release;
}

function create(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'write');
  const body = jsonBody(ctx);
  const tagName = text(body, 'tag_name');
  if (!tagName) throw validationFailed('Release', 'missing_field', 'tag_name');
  const draft = body.draft === true;
  checkTagFree(repo, tagName);
  const release = addRelease(repo, ctx.state.newId(), {
    tagName,
    targetCommitish: text(body, 'target_commitish'),
    name: text(body, 'name') ?? null,
    body: text(body, 'body') ?? null,
    draft,
    prerelease: body.prerelease === true,
  });
  const json = releaseJson(ctx.urls, repo, release);
  sendJson(ctx, 201, json, { location: json.url as string });
}

function list(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'read');
  const visible = [...repo.releases.values()]
    .filter((r) => !r.draft || access === 'write')
    .sort((a, b) => b.id - a.id);
  const { page, headers } = paginate(ctx, visible);
  sendJson(
    ctx,
    200,
    page.map((r) => releaseJson(ctx.urls, repo, r)),
    headers,
  );
}

function getById(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'read');
  sendJson(ctx, 200, releaseJson(ctx.urls, repo, loadRelease(repo, access, params.id)));
}

// Lookup by tag sees published releases only: drafts are not "at" a tag until published.
function getByTag(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'read');
  const release = [...repo.releases.values()].find((r) => !r.draft && r.tagName === params.tag);
  if (!release) throw notFound();
  sendJson(ctx, 200, releaseJson(ctx.urls, repo, release));
}

function latest(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'read');
  const published = [...repo.releases.values()].filter((r) => !r.draft && !r.prerelease);
  const newest = published.sort(
    (a, b) => String(b.publishedAt).localeCompare(String(a.publishedAt)) || b.id - a.id,
  )[0];
  if (!newest) throw notFound();
  sendJson(ctx, 200, releaseJson(ctx.urls, repo, newest));
}

function update(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'write');
  const release = loadRelease(repo, access, params.id);
  const body = jsonBody(ctx);
  const tagName = text(body, 'tag_name') ?? release.tagName;
  const unpublish = body.draft === true && !release.draft;
  if (isLockedByImmutability(release) && (tagName !== release.tagName || unpublish)) {
    throw new HttpError(422, 'Cannot modify the tag or draft state of an immutable release.');
  }
  const publishing = body.draft === false && release.draft;
  if (publishing || (!release.draft && tagName !== release.tagName))
    checkTagFree(repo, tagName, release.id);
  release.tagName = tagName;
  release.targetCommitish = text(body, 'target_commitish') ?? release.targetCommitish;
  if ('name' in body) release.name = text(body, 'name') ?? null;
  if ('body' in body) release.body = text(body, 'body') ?? null;
  if (typeof body.prerelease === 'boolean') release.prerelease = body.prerelease;
  if (publishing) publishRelease(repo, release);
  if (unpublish) Object.assign(release, { draft: true, publishedAt: null });
  release.updatedAt = isoNow();
  sendJson(ctx, 200, releaseJson(ctx.urls, repo, release));
}

function remove(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'write');
  const release = loadRelease(repo, access, params.id);
  if (isLockedByImmutability(release)) repo.burnedTags.add(release.tagName);
  repo.releases.delete(release.id);
  sendNoContent(ctx);
}

export const releaseRoutes: Route[] = [
  { method: 'GET', area: 'api', pattern: R, handler: list },
  { method: 'POST', area: 'api', pattern: R, handler: create },
  { method: 'GET', area: 'api', pattern: `${R}/latest`, handler: latest },
  { method: 'GET', area: 'api', pattern: `${R}/tags/:tag`, handler: getByTag },
  { method: 'GET', area: 'api', pattern: `${R}/:id`, handler: getById },
  { method: 'PATCH', area: 'api', pattern: `${R}/:id`, handler: update },
  { method: 'DELETE', area: 'api', pattern: `${R}/:id`, handler: remove },
];
