// The contents API: read a file (JSON with base64, or raw), and create or update one with the
// blob-sha compare-and-swap GitHub applies: 409 on a stale sha, 422 when the sha is missing.
import { commitFile, resolveRef } from '../branches.js';
import {
  HttpError,
  jsonBody,
  notFound,
  sendFile,
  sendJson,
  wantsMediaType,
  type Ctx,
} from '../http.js';
import type { Params, Route } from '../router.js';
import { commitJson, fileJson, wrappedBase64 } from '../shapes.js';
import type { RepoState } from '../state.js';
import { loadRepo } from './access.js';

const C = '/repos/:owner/:repo/contents';
// Above this size the contents API leaves `content` empty and points to the blob API.
const INLINE_CONTENT_LIMIT = 1024 * 1024;

function headTree(repo: RepoState, ref: string): string {
  const commitSha = resolveRef(repo, ref);
  const commit = commitSha ? repo.git.commit(commitSha) : undefined;
  if (!commit) throw new HttpError(404, `No commit found for the ref ${ref}`);
  return commit.tree;
}

function listDirectory(
  ctx: Ctx,
  repo: RepoState,
  ref: string,
  path: string,
  treeSha: string,
): void {
  const tree = repo.git.tree(treeSha);
  const items = (tree?.entries ?? []).map((e) => {
    const child = path ? `${path}/${e.name}` : e.name;
    const size = e.type === 'blob' ? (repo.git.blob(e.sha)?.data.length ?? 0) : 0;
    return {
      ...fileJson(ctx.urls, repo, ref, child, e.sha, size),
      type: e.type === 'blob' ? 'file' : 'dir',
    };
  });
  sendJson(ctx, 200, items);
}

function get(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'read');
  const ref = ctx.query.get('ref') || repo.defaultBranch;
  const path = (params.path ?? '').replace(/^\/+|\/+$/g, '');
  const tree = headTree(repo, ref);
  const entry = path ? repo.git.lookup(tree, path) : { type: 'tree' as const, sha: tree };
  if (!entry) throw notFound();
  if (entry.type === 'tree') return listDirectory(ctx, repo, ref, path, entry.sha);
  const data = repo.git.blob(entry.sha)?.data ?? Buffer.alloc(0);
  if (wantsMediaType(ctx, '.raw')) {
    sendFile(ctx, data, `"${entry.sha}"`, {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'private, max-age=60, s-maxage=60',
    });
    return;
  }
  const inline = data.length <= INLINE_CONTENT_LIMIT;
  sendJson(ctx, 200, {
    ...fileJson(ctx.urls, repo, ref, path, entry.sha, data.length),
    content: inline ? wrappedBase64(data) : '',
    encoding: inline ? 'base64' : 'none',
  });
}

function required(body: Record<string, unknown>, key: string): string {
  const value = body[key];
  if (typeof value !== 'string')
    throw new HttpError(422, `Invalid request.\n\n"${key}" wasn't supplied.`);
  return value;
}

function put(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'write');
  const body = jsonBody(ctx);
  const path = (params.path ?? '').replace(/^\/+|\/+$/g, '');
  const message = required(body, 'message');
  const content = required(body, 'content');
  const branch = typeof body.branch === 'string' ? body.branch : repo.defaultBranch;
  const head = repo.refs.get(`refs/heads/${branch}`);
  if (!head) throw new HttpError(404, `Branch ${branch} not found`);
  if (ctx.state.protectedBranches.has(`${repo.fullName.toLowerCase()}:${branch}`)) {
    throw new HttpError(
      409,
      'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
    );
  }
  const existing = repo.git.lookup(headTree(repo, branch), path);
  if (existing) {
    if (typeof body.sha !== 'string')
      throw new HttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`);
    if (body.sha !== existing.sha) throw new HttpError(409, `${path} does not match ${body.sha}`);
  }
  const data = Buffer.from(content, 'base64');
  const written = commitFile(repo, branch, path, data, message);
  const commit = repo.git.commit(written.commit);
  if (!commit) throw new HttpError(500, 'Server Error');
  sendJson(ctx, existing ? 200 : 201, {
    content: fileJson(ctx.urls, repo, branch, path, written.blob, data.length),
    commit: commitJson(ctx.urls, repo, written.commit, commit),
  });
}

function rootListing(ctx: Ctx, params: Params): void {
  get(ctx, { ...params, path: '' });
}

export const contentRoutes: Route[] = [
  { method: 'GET', area: 'api', pattern: C, handler: rootListing },
  { method: 'GET', area: 'api', pattern: `${C}/*path`, handler: get },
  { method: 'PUT', area: 'api', pattern: `${C}/*path`, handler: put },
];
