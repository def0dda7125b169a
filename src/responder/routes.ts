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
  const verb = isUpperCase(method) ? method : method.toUpperCase();
  if (verb === 'POST' && (clean === '' || clean === '/' || endsWithSegment(clean, '/updates'))) {
    return UPDATES;
  }
  if (verb === 'POST' && endsWithSegment(clean, '/stats')) return STATS;
  if (endsWithSegment(clean, '/channel_self') && CHANNEL_VERBS.has(verb)) return CHANNEL_SELF;
  if ((verb === 'GET' || verb === 'HEAD') && endsWithSegment(clean, '/health')) return HEALTH;
  const bundle = verb === 'GET' || verb === 'HEAD' ? BUNDLE_PATH.exec(clean) : null;
  if (bundle?.[1]) return { name: 'bundle', version: decodeSegment(bundle[1]) };
  return NOT_FOUND;
}

// Routes without parameters are shared: every request matches one, and none is changed.
const UPDATES: Route = { name: 'updates' };
const STATS: Route = { name: 'stats' };
const CHANNEL_SELF: Route = { name: 'channel_self' };
const HEALTH: Route = { name: 'health' };
const NOT_FOUND: Route = { name: 'not_found' };
const CHANNEL_VERBS: ReadonlySet<string> = new Set(['POST', 'PUT', 'GET', 'DELETE']);

/** `/segment` ends the path (`slashed` carries the slash). */
function endsWithSegment(path: string, slashed: string): boolean {
  return path.endsWith(slashed);
}

// Node and the Fetch API hand over methods in upper case already; only a Lambda event may not.
function isUpperCase(method: string): boolean {
  return method === 'POST' || method === 'GET' || method === 'PUT' || method === 'HEAD';
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
