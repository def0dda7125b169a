// The git data API: blobs, trees (with inline content), commits (parents may be empty, for an
// orphan branch) and refs, with GitHub's 422 answers for names, objects and fast-forwards.
import { emulatorPerson, type Person, type TreeEdit } from '../git.js';
import { HttpError, jsonBody, notFound, sendJson, sendNoContent, type Ctx } from '../http.js';
import type { Params, Route } from '../router.js';
import { commitJson, refJson, treeJson } from '../shapes.js';
import type { RepoState } from '../state.js';
import { loadRepo } from './access.js';

const G = '/repos/:owner/:repo/git';
const MODES = new Set(['100644', '100755', '040000', '160000', '120000']);

function createBlob(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'write');
  const body = jsonBody(ctx);
  if (typeof body.content !== 'string')
    throw new HttpError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
  const data = Buffer.from(body.content, body.encoding === 'base64' ? 'base64' : 'utf8');
  const sha = repo.git.putBlob(data);
  sendJson(ctx, 201, { url: `${ctx.urls.apiUrl}/repos/${repo.fullName}/git/blobs/${sha}`, sha });
}

function getBlob(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'read');
  const blob = repo.git.blob(params.sha ?? '');
  if (!blob) throw notFound();
  sendJson(ctx, 200, {
    sha: params.sha,
    node_id: Buffer.from(`Blob:${params.sha}`).toString('base64'),
    size: blob.data.length,
    url: `${ctx.urls.apiUrl}/repos/${repo.fullName}/git/blobs/${params.sha}`,
    content: blob.data.toString('base64'),
    encoding: 'base64',
  });
}

function treeEdit(repo: RepoState, raw: unknown, hasBase: boolean): TreeEdit {
  const item = (raw ?? {}) as Record<string, unknown>;
  const { path, mode, type } = item;
  if (
    typeof path !== 'string' ||
    typeof mode !== 'string' ||
    !MODES.has(mode) ||
    (type !== 'blob' && type !== 'tree')
  ) {
    throw new HttpError(422, 'Invalid tree info');
  }
  if (typeof item.content === 'string')
    return { path, mode, type, sha: repo.git.putBlob(Buffer.from(item.content)) };
  if (item.sha === null && hasBase) return { path, mode, type, sha: null };
  if (typeof item.sha === 'string' && repo.git.get(item.sha))
    return { path, mode, type, sha: item.sha };
  throw new HttpError(422, `tree.sha ${String(item.sha)} is not a valid ${type}`);
}

function sendTree(ctx: Ctx, repo: RepoState, sha: string, status: number): void {
  const entries = repo.git.tree(sha)?.entries ?? [];
  sendJson(
    ctx,
    status,
    treeJson(ctx.urls, repo, sha, entries, (s) => repo.git.blob(s)?.data.length ?? 0),
  );
}

function createTree(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'write');
  const body = jsonBody(ctx);
  if (!Array.isArray(body.tree))
    throw new HttpError(422, 'Invalid request.\n\n"tree" wasn\'t supplied.');
  const base = typeof body.base_tree === 'string' ? body.base_tree : undefined;
  if (base && !repo.git.tree(base))
    throw new HttpError(422, 'Invalid request.\n\nbase_tree is not a valid tree oid');
  const edits = body.tree.map((item) => treeEdit(repo, item, Boolean(base)));
  sendTree(ctx, repo, repo.git.editTree(base, edits), 201);
}

function getTree(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'read');
  if (!repo.git.tree(params.sha ?? '')) throw notFound();
  sendTree(ctx, repo, params.sha as string, 200);
}

function person(raw: unknown): Person {
  const fallback = emulatorPerson();
  if (!raw || typeof raw !== 'object') return fallback;
  const p = raw as Record<string, unknown>;
  return {
    name: typeof p.name === 'string' ? p.name : fallback.name,
    email: typeof p.email === 'string' ? p.email : fallback.email,
    date: typeof p.date === 'string' ? p.date : fallback.date,
  };
}

function createCommit(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'write');
  const body = jsonBody(ctx);
  if (typeof body.message !== 'string')
    throw new HttpError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
  if (typeof body.tree !== 'string' || !repo.git.tree(body.tree))
    throw new HttpError(422, 'Tree SHA does not exist');
  const parents = Array.isArray(body.parents) ? body.parents : [];
  for (const p of parents) {
    if (typeof p !== 'string' || !repo.git.commit(p))
      throw new HttpError(422, 'Parent SHA does not exist or is not a commit object');
  }
  const author = person(body.author);
  const commit = {
    tree: body.tree,
    parents: parents as string[],
    message: body.message,
    author,
    committer: body.committer ? person(body.committer) : author,
  };
  const sha = repo.git.putCommit(commit);
  sendJson(ctx, 201, commitJson(ctx.urls, repo, sha, { type: 'commit', ...commit }));
}

function getCommit(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'read');
  const commit = repo.git.commit(params.sha ?? '');
  if (!commit) throw notFound();
  sendJson(ctx, 200, commitJson(ctx.urls, repo, params.sha as string, commit));
}

function createRef(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'write');
  const body = jsonBody(ctx);
  const ref = body.ref;
  if (typeof ref !== 'string' || !/^refs\/[^/]+\/.+/.test(ref))
    throw new HttpError(422, 'Reference name invalid');
  if (typeof body.sha !== 'string' || !repo.git.commit(body.sha))
    throw new HttpError(422, 'Object does not exist');
  if (repo.refs.has(ref)) throw new HttpError(422, 'Reference already exists');
  repo.refs.set(ref, body.sha);
  sendJson(ctx, 201, refJson(ctx.urls, repo, ref, body.sha), {
    location: `${ctx.urls.apiUrl}/repos/${repo.fullName}/git/${ref}`,
  });
}

function getRef(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'read');
  const ref = `refs/${params.ref}`;
  const sha = repo.refs.get(ref);
  if (!sha) throw notFound();
  sendJson(ctx, 200, refJson(ctx.urls, repo, ref, sha));
}

function isAncestor(repo: RepoState, ancestor: string, of: string): boolean {
  const seen = new Set<string>();
  const queue = [of];
  while (queue.length > 0) {
    const sha = queue.pop() as string;
    if (sha === ancestor) return true;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(repo.git.commit(sha)?.parents ?? []));
  }
  return false;
}

function updateRef(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'write');
  const body = jsonBody(ctx);
  const ref = `refs/${params.ref}`;
  const current = repo.refs.get(ref);
  if (!current) throw new HttpError(422, 'Reference does not exist');
  if (typeof body.sha !== 'string' || !repo.git.commit(body.sha))
    throw new HttpError(422, 'Object does not exist');
  if (body.force !== true && !isAncestor(repo, current, body.sha))
    throw new HttpError(422, 'Update is not a fast forward');
  repo.refs.set(ref, body.sha);
  sendJson(ctx, 200, refJson(ctx.urls, repo, ref, body.sha));
}

function deleteRef(ctx: Ctx, params: Params): void {
  const { repo } = loadRepo(ctx, params, 'write');
  if (!repo.refs.delete(`refs/${params.ref}`)) throw new HttpError(422, 'Reference does not exist');
  sendNoContent(ctx);
}

export const gitRoutes: Route[] = [
  { method: 'POST', area: 'api', pattern: `${G}/blobs`, handler: createBlob },
  { method: 'GET', area: 'api', pattern: `${G}/blobs/:sha`, handler: getBlob },
  { method: 'POST', area: 'api', pattern: `${G}/trees`, handler: createTree },
  { method: 'GET', area: 'api', pattern: `${G}/trees/:sha`, handler: getTree },
  { method: 'POST', area: 'api', pattern: `${G}/commits`, handler: createCommit },
  { method: 'GET', area: 'api', pattern: `${G}/commits/:sha`, handler: getCommit },
  { method: 'POST', area: 'api', pattern: `${G}/refs`, handler: createRef },
  { method: 'GET', area: 'api', pattern: `${G}/ref/*ref`, handler: getRef },
  { method: 'GET', area: 'api', pattern: `${G}/refs/*ref`, handler: getRef },
  { method: 'PATCH', area: 'api', pattern: `${G}/refs/*ref`, handler: updateRef },
  { method: 'DELETE', area: 'api', pattern: `${G}/refs/*ref`, handler: deleteRef },
];
