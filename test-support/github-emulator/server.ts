// Handles one HTTP request: records it, applies any injected faults, authenticates, routes.
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { FaultController, FaultEffect } from './faults.js';
import {
  HttpError,
  requestId,
  respond,
  sendError,
  sendJson,
  type Ctx,
  type RecordedRequest,
  type Urls,
} from './http.js';
import { areaOf, findRoute, type Route } from './router.js';
import type { EmulatorState, TokenState } from './state.js';

const MAX_BODY_BYTES = 512 * 1024 * 1024;

export interface ServerDeps {
  state: EmulatorState;
  faults: FaultController;
  routes: Route[];
  urls: Urls;
  requests: RecordedRequest[];
}

type Terminal = Extract<
  FaultEffect,
  { type: 'status' | 'drop-request' | 'secondary-rate-limit' | 'primary-rate-limit' }
>;

function isTerminal(e: FaultEffect): e is Terminal {
  return (
    e.type === 'status' ||
    e.type === 'drop-request' ||
    e.type === 'secondary-rate-limit' ||
    e.type === 'primary-rate-limit'
  );
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) req.destroy(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function dropWhileReceiving(req: IncomingMessage): void {
  const cut = (): void => {
    req.socket.destroy();
  };
  if (!req.headers['content-length'] && !req.headers['transfer-encoding']) return cut();
  req.once('data', cut);
  req.once('end', cut);
}

function authenticate(ctx: Ctx): TokenState | undefined {
  const header = ctx.req.headers.authorization;
  if (!header) return undefined;
  const value = header.replace(/^(token|bearer)\s+/i, '').trim();
  const token = ctx.state.tokens.get(value);
  // The web hosts treat an unknown token as no token; the API refuses it.
  if (!token && (ctx.area === 'api' || ctx.area === 'uploads'))
    throw new HttpError(401, 'Bad credentials');
  return token;
}

function countCall(ctx: Ctx): void {
  if (ctx.area !== 'api' && ctx.area !== 'uploads') return;
  if (ctx.token) ctx.token.remaining = Math.max(0, ctx.token.remaining - 1);
  else ctx.anonymousUsed.count++;
}

function faultAnswer(ctx: Ctx, effect: Terminal): void {
  const id = ctx.requestId;
  if (effect.type === 'secondary-rate-limit') {
    const message = `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${id}.`;
    throw new HttpError(403, message, {}, { 'retry-after': String(effect.retryAfter ?? 1) });
  }
  if (effect.type === 'primary-rate-limit') {
    const reset = Math.floor(Date.now() / 1000) + (effect.resetAfter ?? 1);
    const message = `API rate limit exceeded for installation ID 1000001. If you reach out to GitHub Support for help, please include the request ID ${id} and timestamp ${new Date().toISOString()}.`;
    const headers = {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(reset),
    };
    throw new HttpError(effect.status ?? 403, message, {}, headers);
  }
  if (effect.type !== 'status') return;
  if (effect.body !== undefined) {
    sendJson(ctx, effect.status, effect.body, effect.headers);
    return;
  }
  if (effect.status === 502) {
    const page = Buffer.from(
      '<html><body><h1>502 Bad Gateway</h1>The server returned an invalid or incomplete response.</body></html>',
    );
    respond(ctx, 502, { 'content-type': 'text/html', ...effect.headers }, page);
    return;
  }
  const message = effect.status === 500 ? 'Server Error' : (STATUS_CODES[effect.status] ?? 'Error');
  throw new HttpError(effect.status, message, {}, effect.headers);
}

export function createHandler(
  deps: ServerDeps,
): (req: IncomingMessage, res: ServerResponse) => void {
  const anonymousUsed = { count: 0 };
  return (req, res) => {
    const url = new URL(req.url ?? '/', deps.urls.serverUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const { area, rest } = areaOf(url.pathname);
    const record: RecordedRequest = {
      method,
      path: req.url ?? '/',
      area,
      status: 0,
      time: Date.now(),
    };
    deps.requests.push(record);
    const effects = deps.faults.take(method, url.pathname);
    void handle().catch(() => res.socket?.destroy());

    async function handle(): Promise<void> {
      for (const effect of effects) {
        if (effect.type === 'latency') await new Promise((r) => setTimeout(r, effect.ms));
        if (effect.type === 'before') await effect.run();
      }
      const terminal = effects.find(isTerminal);
      const damage = effects.find((e) => e.type === 'drop-response' || e.type === 'lose-response');
      const corrupt = effects.find((e) => e.type === 'corrupt-upload');
      record.fault = (terminal ?? damage ?? corrupt)?.type;
      if (terminal?.type === 'drop-request') return dropWhileReceiving(req);

      const ctx: Ctx = {
        req,
        res,
        method,
        pathname: url.pathname,
        query: url.searchParams,
        area,
        state: deps.state,
        urls: deps.urls,
        token: undefined,
        body: await readBody(req),
        record,
        requestId: requestId(),
        responseFault:
          damage?.type === 'drop-response'
            ? 'drop-mid-response'
            : damage
              ? 'lose-response'
              : undefined,
        corruptUpload:
          corrupt?.type === 'corrupt-upload'
            ? { state: corrupt.state, missingBytes: corrupt.missingBytes }
            : undefined,
        anonymousUsed,
      };
      try {
        ctx.token = authenticate(ctx);
        countCall(ctx);
        if (terminal) return faultAnswer(ctx, terminal);
        const found = findRoute(deps.routes, method, area, rest);
        if (!found || found === 'wrong-method') throw new HttpError(404, 'Not Found');
        await found.route.handler(ctx, found.params);
      } catch (error) {
        if (error instanceof HttpError) return sendError(ctx, error);
        process.stderr.write(
          `github emulator: ${method} ${url.pathname} failed: ${(error as Error).stack}\n`,
        );
        sendError(ctx, new HttpError(500, 'Server Error'));
      }
    }
  };
}
