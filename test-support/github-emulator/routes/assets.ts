// Release assets: upload on the separate uploads path, list, read, rename, delete, and the
// API download that redirects a token holder to a short-lived object URL.
import { createHash } from 'node:crypto';
import {
  HttpError,
  jsonBody,
  redirect,
  sendJson,
  sendNoContent,
  validationFailed,
  wantsMediaType,
  type Ctx,
} from '../http.js';
import type { Params, Route } from '../router.js';
import { assetJson } from '../shapes.js';
import { isoNow, type AssetState, type EmulatorState, type ReleaseState } from '../state.js';
import { isLockedByImmutability, loadAsset, loadRelease, loadRepo } from './access.js';
import { paginate } from './pagination.js';

const R = '/repos/:owner/:repo/releases';
const OBJECT_URL_LIFETIME_SECONDS = 300;

// GitHub renames uploads with other characters ("special and non-alphanumeric characters, and
// leading or trailing periods"); users report spaces and parentheses turned into periods. This
// approximates that: each such character becomes '.', and dots at either end are dropped.
export function githubAssetName(name: string): string {
  const rewritten = name.replace(/[^A-Za-z0-9._-]/g, '.').replace(/^\.+|\.+$/g, '');
  return rewritten || 'default';
}

export function objectUrl(state: EmulatorState, serverUrl: string, assetId: number): string {
  const expires = Math.floor(Date.now() / 1000) + OBJECT_URL_LIFETIME_SECONDS;
  return `${serverUrl}/_objects/release-assets/${assetId}?exp=${expires}&sig=${state.sign(assetId, expires)}`;
}

export function storeAsset(
  release: ReleaseState,
  id: number,
  fields: {
    name: string;
    label?: string;
    contentType?: string;
    data: Buffer;
    state?: string;
    missingBytes?: number;
  },
): AssetState {
  const data = fields.data.subarray(
    0,
    Math.max(0, fields.data.length - (fields.missingBytes ?? 0)),
  );
  const now = isoNow();
  const asset: AssetState = {
    id,
    releaseId: release.id,
    name: githubAssetName(fields.name),
    label: fields.label ?? '',
    contentType: fields.contentType ?? 'application/octet-stream',
    data,
    state: fields.state ?? 'uploaded',
    size: data.length,
    digest: `sha256:${createHash('sha256').update(data).digest('hex')}`,
    downloadCount: 0,
    createdAt: now,
    updatedAt: now,
  };
  release.assets.push(asset);
  return asset;
}

function upload(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'write');
  const release = loadRelease(repo, access, params.id);
  if (isLockedByImmutability(release))
    throw new HttpError(422, 'Cannot upload assets to an immutable release.');
  const requested = ctx.query.get('name');
  if (!requested) throw validationFailed('ReleaseAsset', 'missing_field', 'name');
  const name = githubAssetName(requested);
  if (release.assets.some((a) => a.name === name))
    throw validationFailed('ReleaseAsset', 'already_exists', 'name');
  const asset = storeAsset(release, ctx.state.newId(), {
    name,
    label: ctx.query.get('label') ?? '',
    contentType: ctx.req.headers['content-type'] ?? 'application/octet-stream',
    data: ctx.body,
    ...ctx.corruptUpload,
  });
  sendJson(ctx, 201, assetJson(ctx.urls, repo, release, asset));
}

function list(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'read');
  const release = loadRelease(repo, access, params.id);
  const { page, headers } = paginate(ctx, release.assets);
  sendJson(
    ctx,
    200,
    page.map((a) => assetJson(ctx.urls, repo, release, a)),
    headers,
  );
}

function get(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'read');
  const { release, asset } = loadAsset(repo, access, params.assetId);
  if (wantsMediaType(ctx, 'application/octet-stream')) {
    redirect(ctx, objectUrl(ctx.state, ctx.urls.serverUrl, asset.id));
    return;
  }
  sendJson(ctx, 200, assetJson(ctx.urls, repo, release, asset));
}

function update(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'write');
  const { release, asset } = loadAsset(repo, access, params.assetId);
  if (isLockedByImmutability(release))
    throw new HttpError(422, 'Cannot modify assets of an immutable release.');
  const body = jsonBody(ctx);
  if (typeof body.name === 'string') {
    const name = githubAssetName(body.name);
    if (release.assets.some((a) => a.name === name && a.id !== asset.id))
      throw validationFailed('ReleaseAsset', 'already_exists', 'name');
    asset.name = name;
  }
  if (typeof body.label === 'string') asset.label = body.label;
  asset.updatedAt = isoNow();
  sendJson(ctx, 200, assetJson(ctx.urls, repo, release, asset));
}

function remove(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'write');
  const { release, asset } = loadAsset(repo, access, params.assetId);
  if (isLockedByImmutability(release))
    throw new HttpError(422, 'Cannot delete assets of an immutable release.');
  release.assets = release.assets.filter((a) => a.id !== asset.id);
  sendNoContent(ctx);
}

export const assetRoutes: Route[] = [
  { method: 'POST', area: 'uploads', pattern: `${R}/:id/assets`, handler: upload },
  { method: 'GET', area: 'api', pattern: `${R}/:id/assets`, handler: list },
  { method: 'GET', area: 'api', pattern: `${R}/assets/:assetId`, handler: get },
  { method: 'PATCH', area: 'api', pattern: `${R}/assets/:assetId`, handler: update },
  { method: 'DELETE', area: 'api', pattern: `${R}/assets/:assetId`, handler: remove },
];
