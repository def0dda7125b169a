// One request's context and the ways to answer it the way GitHub's hosts do: JSON with GitHub's
// headers for the API and uploads, plain bytes and redirects for the web and object hosts.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ANONYMOUS_RATE_LIMIT, type EmulatorState, type TokenState } from './state.js';

export type Area = 'api' | 'uploads' | 'web' | 'objects';

/** How the answer to this request is damaged on its way out (fault injection). */
export type ResponseFault = 'drop-mid-response' | 'lose-response' | undefined;

export interface RecordedRequest {
  method: string;
  /** Path with query string, as received. */
  path: string;
  area: Area;
  status: number;
  time: number;
  /** The fault applied to this request, if any. */
  fault?: string;
}

export interface Urls {
  serverUrl: string;
  apiUrl: string;
  uploadsUrl: string;
}

export interface Ctx {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  pathname: string;
  query: URLSearchParams;
  area: Area;
  state: EmulatorState;
  urls: Urls;
  /** The caller's token; undefined for anonymous requests. */
  token: TokenState | undefined;
  body: Buffer;
  record: RecordedRequest;
  requestId: string;
  responseFault: ResponseFault;
  /** Upload fault: store the asset in this state and/or with this many bytes missing. */
  corruptUpload?: { state?: string; missingBytes?: number };
  anonymousUsed: { count: number };
}

const DOCS = 'https://docs.github.com/rest';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const notFound = (): HttpError => new HttpError(404, 'Not Found');

export function validationFailed(resource: string, code: string, field: string): HttpError {
  return new HttpError(422, 'Validation Failed', { errors: [{ resource, code, field }] });
}

export function requestId(): string {
  const hex = (n: number): string => randomBytes(n).toString('hex').toUpperCase();
  return `${hex(2)}:${hex(2)}:${hex(3)}:${hex(3)}:${hex(4)}`;
}

function rateLimitHeaders(ctx: Ctx): Record<string, string> {
  const reset = Math.floor(Date.now() / 1000) + 3600;
  if (!ctx.token) {
    const remaining = Math.max(0, ANONYMOUS_RATE_LIMIT - ctx.anonymousUsed.count);
    return rateHeaders(ANONYMOUS_RATE_LIMIT, remaining, reset);
  }
  return rateHeaders(5000, ctx.token.remaining, ctx.token.resetAt);
}

function rateHeaders(limit: number, remaining: number, reset: number): Record<string, string> {
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': String(reset),
    'x-ratelimit-used': String(limit - remaining),
    'x-ratelimit-resource': 'core',
  };
}

export function githubHeaders(ctx: Ctx): Record<string, string> {
  if (ctx.area !== 'api' && ctx.area !== 'uploads') return { 'x-github-request-id': ctx.requestId };
  return {
    ...rateLimitHeaders(ctx),
    'x-github-request-id': ctx.requestId,
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'deny',
    'x-xss-protection': '0',
    'content-security-policy': "default-src 'none'",
    'referrer-policy': 'origin-when-cross-origin, strict-origin-when-cross-origin',
    'access-control-allow-origin': '*',
    'access-control-expose-headers':
      'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset',
  };
}

/** Writes the answer, unless a fault says it is lost or cut off on the way. */
export function respond(
  ctx: Ctx,
  status: number,
  headers: Record<string, string>,
  body: Buffer,
): void {
  ctx.record.status = status;
  const { res } = ctx;
  if (ctx.responseFault === 'lose-response') {
    res.socket?.destroy();
    return;
  }
  const all = { ...githubHeaders(ctx), ...headers, 'content-length': String(body.length) };
  res.writeHead(status, all);
  if (ctx.responseFault === 'drop-mid-response') {
    // Send the head and part of the body, then cut the connection as a broken proxy would.
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    setTimeout(() => res.socket?.destroy(), 5);
    return;
  }
  res.end(ctx.method === 'HEAD' ? undefined : body);
}

export function sendJson(
  ctx: Ctx,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = Buffer.from(JSON.stringify(value));
  const etag = `W/"${createHash('sha256').update(body).digest('hex')}"`;
  const conditional: Record<string, string> =
    ctx.method === 'GET' ? { etag, 'cache-control': 'private, max-age=60, s-maxage=60' } : {};
  if (status === 200 && ctx.method === 'GET' && ctx.req.headers['if-none-match'] === etag) {
    respond(ctx, 304, { etag }, Buffer.alloc(0));
    return;
  }
  respond(
    ctx,
    status,
    { 'content-type': 'application/json; charset=utf-8', ...conditional, ...headers },
    body,
  );
}

/** File bytes with a strong ETag; answers 304 when the caller already holds this version. */
export function sendFile(
  ctx: Ctx,
  data: Buffer,
  etag: string,
  headers: Record<string, string>,
): void {
  if (ctx.req.headers['if-none-match'] === etag) {
    respond(ctx, 304, { etag, ...headers }, Buffer.alloc(0));
    return;
  }
  respond(ctx, 200, { etag, ...headers }, data);
}

export function sendNoContent(ctx: Ctx): void {
  respond(ctx, 204, {}, Buffer.alloc(0));
}

export function sendError(ctx: Ctx, error: HttpError): void {
  if (ctx.area === 'api' || ctx.area === 'uploads') {
    // The uploads host also names the request in the body.
    const id = ctx.area === 'uploads' ? { request_id: ctx.requestId } : {};
    const body = {
      message: error.message,
      ...id,
      ...error.extra,
      documentation_url: DOCS,
      status: String(error.status),
    };
    sendJson(ctx, error.status, body, error.headers);
    return;
  }
  respond(
    ctx,
    error.status,
    { 'content-type': 'text/plain; charset=utf-8', ...error.headers },
    Buffer.from(error.message),
  );
}

export function redirect(ctx: Ctx, location: string): void {
  respond(
    ctx,
    302,
    { location, 'content-type': 'text/html; charset=utf-8' },
    Buffer.from(`<a href="${location}">Found</a>`),
  );
}

export function jsonBody(ctx: Ctx): Record<string, unknown> {
  if (ctx.body.length === 0) return {};
  try {
    const value: unknown = JSON.parse(ctx.body.toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // falls through to GitHub's answer for a body it cannot parse
  }
  throw new HttpError(400, 'Problems parsing JSON');
}

export function wantsMediaType(ctx: Ctx, fragment: string): boolean {
  return (ctx.req.headers.accept ?? '').toLowerCase().includes(fragment);
}
