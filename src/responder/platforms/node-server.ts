// The responder as a plain Node HTTP server. Bodies are read here with the route's size limit
// and time limit, so a huge or slow request costs at most those, and is answered with the same
// JSON refusal as on every other platform.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NeutralRequest } from '../http.js';
import { jsonResponse, type NeutralResponse } from '../http.js';
import type { ServerOptions } from '../options.js';
import { failed } from '../replies.js';
import type { Responder } from '../responder.js';
import { createResponder } from './node-responder.js';

export interface RunningServer {
  server: Server;
  /** `http://host:port` as bound. */
  url: string;
  close(): Promise<void>;
}

/** Waiting for headers beyond this is a stalled or hostile client. */
const HEADERS_TIMEOUT_MS = 10_000;
/** In-flight requests get this long to finish on shutdown. */
const SHUTDOWN_GRACE_MS = 10_000;

/** Overrides for tests: how long to wait for a request body. */
export interface ServerTuning {
  bodyTimeoutMs?: number;
}

export async function startServer(
  options: ServerOptions,
  tuning: ServerTuning = {},
): Promise<RunningServer> {
  const responder = createResponder(options);
  const server = createServer(requestListener(responder, tuning));
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  void responder.warmUp();
  const url = addressUrl(server.address() as AddressInfo);
  return { server, url, close: () => closeGracefully(server) };
}

export function requestListener(responder: Responder, tuning: ServerTuning = {}) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    void answer(responder, tuning, req, res).catch(() => res.destroy());
  };
}

async function answer(
  responder: Responder,
  tuning: ServerTuning,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const method = req.method ?? 'GET';
  const { path, query } = splitTarget(req.url ?? '/');
  const reads = method !== 'GET' && method !== 'HEAD';
  const timeoutMs = tuning.bodyTimeoutMs ?? responder.bodyTimeoutMs(method, path);
  const body = reads
    ? await readBody(req, responder.bodyLimit(method, path), timeoutMs)
    : ({ ok: true, bytes: new Uint8Array() } as const);
  if (!body.ok) {
    send(res, body.reply, true);
    return;
  }
  const request: NeutralRequest = {
    method,
    path,
    query,
    headers: headersOf(req),
    body: body.bytes,
  };
  send(res, await responder.handle(request), false);
}

type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; reply: NeutralResponse };

function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<BodyRead> {
  const tooLarge = `The request body is over the ${limit}-byte limit.`;
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.resolve(refusal('body_too_large', tooLarge));
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyRead) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      req.removeAllListeners('data');
      req.resume();
      resolve(result);
    };
    const timer = setTimeout(() => {
      const late = `The request body did not arrive within ${timeoutMs / 1000} s.`;
      finish(refusal('invalid_json', late));
    }, timeoutMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(refusal('body_too_large', tooLarge));
      else chunks.push(chunk);
    });
    req.once('end', () => finish({ ok: true, bytes: Buffer.concat(chunks) }));
    req.once('error', () => finish(refusal('invalid_json', 'The request body was cut off.')));
  });
}

function refusal(error: string, message: string): BodyRead {
  return { ok: false, reply: jsonResponse(400, failed(error, message)) };
}

// A refused body may still be arriving: the connection is closed after the answer so that the
// rest is never read.
function send(res: ServerResponse, response: NeutralResponse, closeAfter: boolean): void {
  if (res.headersSent || res.destroyed) return;
  const length = { 'content-length': String(Buffer.byteLength(response.body)) };
  const headers = closeAfter
    ? { ...response.headers, ...length, connection: 'close' }
    : { ...response.headers, ...length };
  res.writeHead(response.status, headers);
  res.end(response.body);
  if (closeAfter) res.once('finish', () => res.req.socket?.destroySoon?.());
}

function splitTarget(target: string): { path: string; query: Record<string, string> } {
  const index = target.indexOf('?');
  const rawPath = index === -1 ? target : target.slice(0, index);
  const path = /^https?:\/\//i.test(rawPath) ? safePathname(rawPath) : rawPath;
  const params = new URLSearchParams(index === -1 ? '' : target.slice(index + 1));
  return { path, query: Object.fromEntries(params) };
}

function safePathname(absolute: string): string {
  try {
    return new URL(absolute).pathname;
  } catch {
    return '/';
  }
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function addressUrl(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function closeGracefully(server: Server): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
