// The responder as a plain Node HTTP server. Bodies are read here with the route's size limit
// and time limit, so a huge or slow request costs at most those, and is answered with the same
// JSON refusal as on every other platform.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonResponse, type NeutralRequest, type NeutralResponse } from '../http.js';
import { CHECK_BODY_TIMEOUT_MS } from '../limits.js';
import type { ServerOptions } from '../options.js';
import { failed } from '../replies.js';
import type { Responder } from '../responder.js';
import { stdoutSink } from './buffered-log.js';
import { createDeadlines, type Deadlines } from './deadlines.js';
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
  const responder = createResponder({ ...options, log: options.log ?? stdoutSink() });
  const server = createServer(requestListener(responder, tuning));
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // The port opens before the manifest loads: devices that connect meanwhile wait in the
    // kernel's queue and are answered as soon as it has loaded, instead of being refused.
    server.listen(options.port, options.host, () => {
      void responder.warmUp();
      resolve();
    });
  });
  const url = addressUrl(server.address() as AddressInfo);
  return { server, url, close: () => closeGracefully(server) };
}

export function requestListener(responder: Responder, tuning: ServerTuning = {}) {
  const deadlines = createDeadlines(tuning.bodyTimeoutMs ?? CHECK_BODY_TIMEOUT_MS);
  return (req: IncomingMessage, res: ServerResponse): void => {
    const method = req.method ?? 'GET';
    const path = pathOf(req.url ?? '/');
    if (method === 'GET' || method === 'HEAD') {
      answer(responder, req, res, method, path, NO_BODY);
      return;
    }
    const limit = responder.bodyLimit(method, path);
    if (declaredLength(req.rawHeaders) > limit) {
      sendOrDestroy(res, tooLarge(limit), true);
      return;
    }
    const timeoutMs = tuning.bodyTimeoutMs ?? responder.bodyTimeoutMs(method, path);
    readBody(req, limit, timeoutMs, deadlines, (body) => {
      if (body instanceof Uint8Array) answer(responder, req, res, method, path, body);
      else sendOrDestroy(res, body, true);
    });
  };
}

const NO_BODY = new Uint8Array();

function answer(
  responder: Responder,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  path: string,
  body: Uint8Array,
): void {
  const request = new NodeRequest(req, method, path, body);
  if (!responder.answer) {
    responder.handle(request).then(
      (response) => sendOrDestroy(res, response, false),
      () => res.destroy(),
    );
    return;
  }
  const response = responder.answer(request);
  if (!(response instanceof Promise)) sendOrDestroy(res, response, false);
  else {
    response.then(
      (late) => sendOrDestroy(res, late, false),
      () => res.destroy(),
    );
  }
}

/** The neutral request; headers and query are copied only when a route reads them. */
class NodeRequest implements NeutralRequest {
  private copiedQuery?: Record<string, string>;
  private copiedHeaders?: Record<string, string>;

  constructor(
    private readonly req: IncomingMessage,
    readonly method: string,
    readonly path: string,
    readonly body: Uint8Array,
  ) {}

  get query(): Record<string, string> {
    return (this.copiedQuery ??= queryOf(this.req.url ?? '/'));
  }

  get headers(): Record<string, string> {
    return (this.copiedHeaders ??= headersOf(this.req));
  }
}

/**
 * The declared Content-Length, read from the raw header list: `req.headers` is built on first
 * use, and only this header is needed before reading. A missing or malformed one counts as 0
 * (the body is then limited as it arrives).
 */
function declaredLength(raw: readonly string[]): number {
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    if (name.length === 14 && name.toLowerCase() === 'content-length') {
      const declared = Number(raw[i + 1]);
      return Number.isFinite(declared) ? declared : 0;
    }
  }
  return 0;
}

/** Calls `done` with the body, or with the refusal when it is too large, too slow or cut off. */
function readBody(
  req: IncomingMessage,
  limit: number,
  timeoutMs: number,
  deadlines: Deadlines,
  done: (body: Uint8Array | NeutralResponse) => void,
): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let finished = false;
  const finish = (body: Uint8Array | NeutralResponse) => {
    if (finished) return;
    finished = true;
    deadlines.remove(waiting);
    if (!(body instanceof Uint8Array)) {
      // Whatever else arrives is read and dropped; the connection closes after the answer.
      req.removeAllListeners('data');
      req.resume();
    }
    done(body);
  };
  const waiting = deadlines.add(timeoutMs, () => finish(tooSlow(timeoutMs)));
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > limit) finish(tooLarge(limit));
    else chunks.push(chunk);
  });
  req.on('end', () => finish(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
  req.on('error', () => finish(refusal('invalid_json', 'The request body was cut off.')));
}

function tooLarge(limit: number): NeutralResponse {
  return refusal('body_too_large', `The request body is over the ${limit}-byte limit.`);
}

function tooSlow(timeoutMs: number): NeutralResponse {
  return refusal('invalid_json', `The request body did not arrive within ${timeoutMs / 1000} s.`);
}

function refusal(error: string, message: string): NeutralResponse {
  return jsonResponse(400, failed(error, message));
}

// A refused body may still be arriving: the connection is closed after the answer so that the
// rest is never read.
function send(res: ServerResponse, response: NeutralResponse, closeAfter: boolean): void {
  if (res.headersSent || res.destroyed) return;
  // A flat name, value list: copying the headers into a new object and adding a field to it
  // made V8 build a new hidden class for every response.
  const headers: string[] = [];
  for (const name in response.headers) headers.push(name, response.headers[name]!);
  headers.push('content-length', String(Buffer.byteLength(response.body)));
  if (closeAfter) headers.push('connection', 'close');
  res.writeHead(response.status, headers);
  res.end(response.body);
  if (closeAfter) res.once('finish', () => res.req.socket?.destroySoon?.());
}

// An answer that cannot be sent ends the connection rather than the server.
function sendOrDestroy(res: ServerResponse, response: NeutralResponse, closeAfter: boolean): void {
  try {
    send(res, response, closeAfter);
  } catch {
    res.destroy();
  }
}

function pathOf(target: string): string {
  const index = target.indexOf('?');
  const rawPath = index === -1 ? target : target.slice(0, index);
  // Origin-form targets start with `/`; proxies may send the absolute form.
  if (rawPath.startsWith('/')) return rawPath;
  return /^https?:\/\//i.test(rawPath) ? safePathname(rawPath) : rawPath;
}

function queryOf(target: string): Record<string, string> {
  const index = target.indexOf('?');
  if (index === -1) return {};
  return Object.fromEntries(new URLSearchParams(target.slice(index + 1)));
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
