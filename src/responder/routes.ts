// Which handler answers a request. Routes match the end of the path, so the responder works
// under any prefix its host adds (`/.netlify/functions/responder/updates`, an API Gateway
// stage, a Vercel `/api/...` folder).
import {
  CHECK_BODY_LIMIT,
  CHECK_BODY_TIMEOUT_MS,
  STATS_BODY_LIMIT,
  STATS_BODY_TIMEOUT_MS,
} from './limits.js';

export type Route =
  | { name: 'updates' }
  | { name: 'stats' }
  | { name: 'channel_self' }
  | { name: 'health' }
  | { name: 'bundle'; version: string }
  | { name: 'not_found' };

const BUNDLE_PATH = /\/bundles\/([^/]+)\/?$/;

export function matchRoute(method: string, path: string): Route {
  const clean = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const verb = method.toUpperCase();
  if (verb === 'POST' && (clean === '' || clean === '/' || endsWithSegment(clean, 'updates'))) {
    return { name: 'updates' };
  }
  if (verb === 'POST' && endsWithSegment(clean, 'stats')) return { name: 'stats' };
  if (endsWithSegment(clean, 'channel_self') && ['POST', 'PUT', 'GET', 'DELETE'].includes(verb)) {
    return { name: 'channel_self' };
  }
  if ((verb === 'GET' || verb === 'HEAD') && endsWithSegment(clean, 'health')) {
    return { name: 'health' };
  }
  const bundle = verb === 'GET' || verb === 'HEAD' ? BUNDLE_PATH.exec(clean) : null;
  if (bundle?.[1]) return { name: 'bundle', version: decodeSegment(bundle[1]) };
  return { name: 'not_found' };
}

function endsWithSegment(path: string, segment: string): boolean {
  return path === `/${segment}` || path.endsWith(`/${segment}`);
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** How many body bytes a route reads at most; adapters stop reading past this. */
export function bodyLimitFor(method: string, path: string): number {
  return matchRoute(method, path).name === 'stats' ? STATS_BODY_LIMIT : CHECK_BODY_LIMIT;
}

/** How long an adapter waits for the whole body before answering 400. */
export function bodyTimeoutFor(method: string, path: string): number {
  return matchRoute(method, path).name === 'stats' ? STATS_BODY_TIMEOUT_MS : CHECK_BODY_TIMEOUT_MS;
}
