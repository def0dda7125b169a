// Matches a request to a handler. Patterns are written per host area; `:name` takes one path
// segment and `*name` the rest, both percent-decoded (Octokit sends `/` inside a parameter as %2F).
import type { Area, Ctx } from './http.js';

export type Params = Record<string, string>;
export type Handler = (ctx: Ctx, params: Params) => void | Promise<void>;

export interface Route {
  method: string;
  area: Area;
  pattern: string;
  handler: Handler;
}

const PREFIXES: [string, Area][] = [
  ['/api/v3', 'api'],
  ['/api/uploads', 'uploads'],
  ['/_objects', 'objects'],
];

export function areaOf(pathname: string): { area: Area; rest: string } {
  for (const [prefix, area] of PREFIXES) {
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
      return { area, rest: pathname.slice(prefix.length) || '/' };
    }
  }
  return { area: 'web', rest: pathname };
}

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

export function matchPattern(pattern: string, path: string): Params | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i] as string;
    if (part.startsWith('*')) {
      const rest = got.slice(i);
      if (rest.length === 0) return undefined;
      const value = decode(rest.join('/'));
      if (value === undefined) return undefined;
      params[part.slice(1)] = value;
      return params;
    }
    const segment = got[i];
    if (segment === undefined) return undefined;
    if (part.startsWith(':')) {
      const value = decode(segment);
      if (value === undefined) return undefined;
      params[part.slice(1)] = value;
    } else if (part !== segment) {
      return undefined;
    }
  }
  return want.length === got.length ? params : undefined;
}

export function findRoute(
  routes: Route[],
  method: string,
  area: Area,
  path: string,
): { route: Route; params: Params } | 'wrong-method' | undefined {
  let pathMatched = false;
  for (const route of routes) {
    if (route.area !== area) continue;
    const params = matchPattern(route.pattern, path);
    if (!params) continue;
    const sameMethod = route.method === method || (route.method === 'GET' && method === 'HEAD');
    if (sameMethod) return { route, params };
    pathMatched = true;
  }
  return pathMatched ? 'wrong-method' : undefined;
}
