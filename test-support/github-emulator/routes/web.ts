// The web and object hosts: release downloads (a redirect to a signed, short-lived object URL, as
// github.com does), the object URLs that serve the bytes, and raw file reads with ETags.
import { readFile, splitBranchAndPath } from '../branches.js';
import { HttpError, notFound, redirect, sendFile, type Ctx } from '../http.js';
import type { Params, Route } from '../router.js';
import { objectUrl } from './assets.js';

function download(ctx: Ctx, params: Params): void {
  const repo = ctx.state.repo(`${params.owner}/${params.repo}`);
  if (!repo) throw notFound();
  const access = ctx.state.access(ctx.token, repo);
  if (access === 'none') throw notFound();
  const release = [...repo.releases.values()].find((r) =>
    r.draft ? r.untaggedName === params.tag && access === 'write' : r.tagName === params.tag,
  );
  const asset = release?.assets.find((a) => a.name === params.name && a.state === 'uploaded');
  if (!asset) throw notFound();
  redirect(ctx, objectUrl(ctx.state, ctx.urls.serverUrl, asset.id));
}

function object(ctx: Ctx, params: Params): void {
  const id = Number(params.assetId);
  const expires = Number(ctx.query.get('exp'));
  if (ctx.query.get('sig') !== ctx.state.sign(id, expires))
    throw new HttpError(403, 'Signature does not match');
  if (expires < Date.now() / 1000) throw new HttpError(403, 'Request has expired');
  const found = ctx.state.findAsset(id);
  if (!found) throw notFound();
  found.asset.downloadCount++;
  sendFile(ctx, found.asset.data, `"${found.asset.digest.slice('sha256:'.length)}"`, {
    'content-type': 'application/octet-stream',
    'content-disposition': `attachment; filename=${found.asset.name}`,
  });
}

function raw(ctx: Ctx, params: Params): void {
  const repo = ctx.state.repo(`${params.owner}/${params.repo}`);
  if (!repo || ctx.state.access(ctx.token, repo) === 'none') throw notFound();
  const where = splitBranchAndPath(repo, params.rest ?? '');
  const file = where && readFile(repo, where.branch, where.path);
  if (!file) throw notFound();
  sendFile(ctx, file.data, `"${file.sha}"`, {
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'max-age=300',
  });
}

export const webRoutes: Route[] = [
  {
    method: 'GET',
    area: 'web',
    pattern: '/:owner/:repo/releases/download/:tag/:name',
    handler: download,
  },
  { method: 'GET', area: 'web', pattern: '/:owner/:repo/raw/*rest', handler: raw },
  { method: 'GET', area: 'objects', pattern: '/release-assets/:assetId', handler: object },
];
