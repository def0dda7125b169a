// GitHub's page-based pagination: `per_page` (default 30, at most 100), `page`, and a Link header.
import type { Ctx } from '../http.js';

const DEFAULT_PER_PAGE = 30;
const MAX_PER_PAGE = 100;

export function paginate<T>(ctx: Ctx, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(
    MAX_PER_PAGE,
    Math.max(1, Number(ctx.query.get('per_page')) || DEFAULT_PER_PAGE),
  );
  const pageNo = Math.max(1, Number(ctx.query.get('page')) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const page = items.slice((pageNo - 1) * perPage, pageNo * perPage);
  const base = ctx.area === 'uploads' ? ctx.urls.uploadsUrl : ctx.urls.apiUrl;
  const link = (n: number, rel: string): string => {
    const query = new URLSearchParams(ctx.query);
    query.set('per_page', String(perPage));
    query.set('page', String(n));
    return `<${base}${ctx.pathname.replace(/^\/api\/(v3|uploads)/, '')}?${query}>; rel="${rel}"`;
  };
  const rels: string[] = [];
  if (pageNo > 1) rels.push(link(pageNo - 1, 'prev'));
  if (pageNo < last) rels.push(link(pageNo + 1, 'next'), link(last, 'last'));
  if (pageNo > 1) rels.push(link(1, 'first'));
  return { page, headers: rels.length ? { link: rels.join(', ') } : {} };
}
