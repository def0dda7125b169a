import { sendJson, type Ctx } from '../http.js';
import type { Params, Route } from '../router.js';
import { repoJson } from '../shapes.js';
import { loadRepo } from './access.js';

function get(ctx: Ctx, params: Params): void {
  const { repo, access } = loadRepo(ctx, params, 'read');
  sendJson(ctx, 200, repoJson(ctx.urls, repo, access === 'write' ? 'write' : 'read'));
}

export const repoRoutes: Route[] = [
  { method: 'GET', area: 'api', pattern: '/repos/:owner/:repo', handler: get },
];
