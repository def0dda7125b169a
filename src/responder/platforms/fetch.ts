// The responder as a Fetch-API module for Cloudflare Workers, Deno, Bun and Vercel/Netlify edge
// functions. Only web-standard APIs: no Node modules, so edge runtimes load it as it is. The
// manifest comes from MANIFEST_URL (edge platforms have no files to read).
import { jsonResponse, type NeutralResponse } from '../http.js';
import { consoleSink, createEventLog } from '../log.js';
import { optionsFromEnv, type ResponderOptions } from '../options.js';
import { failed, type RefusalReply } from '../replies.js';
import { createResponderCore, misconfiguredResponse, type Responder } from '../responder.js';

/** Cloudflare's execution context: keeps the isolate alive for a background manifest refresh. */
export interface ExecutionContextLike {
  waitUntil?(promise: Promise<unknown>): void;
}

const ENV_NAMES = [
  'MANIFEST_FILE',
  'MANIFEST_URL',
  'MANIFEST_TOKEN',
  'MANIFEST_TTL_SECONDS',
  'GITHUB_TOKEN',
  'PUBLIC_URL',
  'GITHUB_API_URL',
] as const;

const byOptions = new WeakMap<ResponderOptions, Responder>();
const byEnv = new Map<string, Responder>();

/** A handler bound to fixed options: `export default createFetchHandler({ manifestUrl })`. */
export function createFetchHandler(options: ResponderOptions) {
  return (request: Request, context?: ExecutionContextLike) =>
    handleRequest(request, options, context);
}

/** Answers one request with the responder for `options` (created once, then reused). */
export async function handleRequest(
  request: Request,
  options: ResponderOptions,
  context?: ExecutionContextLike,
): Promise<Response> {
  let responder = byOptions.get(options);
  if (!responder) {
    try {
      responder = createResponderCore(options);
    } catch (cause) {
      return toResponse(misconfiguredResponse(cause, createEventLog(options.log ?? consoleSink)));
    }
    byOptions.set(options, responder);
  }
  return answer(responder, request, context);
}

/**
 * The module's default export. Cloudflare passes its bindings as `env`; Deno, Bun and Vercel
 * pass something else there, and the settings come from the process environment instead.
 */
async function fetchWithEnv(
  request: Request,
  env?: unknown,
  context?: ExecutionContextLike,
): Promise<Response> {
  const settings = settingsFrom(env);
  const key = JSON.stringify(ENV_NAMES.map((name) => settings[name] ?? ''));
  let responder = byEnv.get(key);
  if (!responder) {
    try {
      responder = createResponderCore(optionsFromEnv(settings));
    } catch (cause) {
      return toResponse(misconfiguredResponse(cause, createEventLog(consoleSink)));
    }
    byEnv.set(key, responder);
  }
  return answer(responder, request, context);
}

export default { fetch: fetchWithEnv };

async function answer(
  responder: Responder,
  request: Request,
  context: ExecutionContextLike | undefined,
): Promise<Response> {
  const url = new URL(request.url);
  const limit = responder.bodyLimit(request.method, url.pathname);
  const body = await readBody(request, limit);
  const response =
    body instanceof Uint8Array
      ? await responder.handle({
          method: request.method,
          path: url.pathname,
          query: Object.fromEntries(url.searchParams),
          headers: Object.fromEntries(request.headers),
          body,
        })
      : jsonResponse(400, body);
  context?.waitUntil?.(responder.settled());
  return toResponse(response);
}

/** The body, or the refusal when it is over `limit` (reading stops there) or breaks off. */
async function readBody(request: Request, limit: number): Promise<Uint8Array | RefusalReply> {
  const tooLarge = failed('body_too_large', `The request body is over the ${limit}-byte limit.`);
  if (request.method === 'GET' || request.method === 'HEAD' || !request.body) {
    return new Uint8Array();
  }
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) return tooLarge;
  try {
    const chunks = await readChunks(request.body, limit);
    return chunks ? concat(chunks) : tooLarge;
  } catch {
    return failed('invalid_json', 'The request body was cut off.');
  }
}

async function readChunks(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array[] | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function toResponse(response: NeutralResponse): Response {
  return new Response(response.body, { status: response.status, headers: response.headers });
}

type Settings = Record<string, string | undefined>;

function settingsFrom(env: unknown): Settings {
  if (isSettings(env)) return stringsOf(env as Record<string, unknown>);
  return processSettings();
}

function isSettings(env: unknown): boolean {
  if (typeof env !== 'object' || env === null) return false;
  const record = env as Record<string, unknown>;
  return typeof record.MANIFEST_URL === 'string' || typeof record.MANIFEST_FILE === 'string';
}

function stringsOf(record: Record<string, unknown>): Settings {
  const settings: Settings = {};
  for (const name of ENV_NAMES) {
    const value = record[name];
    if (typeof value === 'string') settings[name] = value;
  }
  return settings;
}

// Bun, Vercel and Netlify edge expose `process.env`; Deno has `Deno.env`. Each name is read on
// its own: Deno refuses names its `--allow-env` list leaves out, and those are simply unset.
function processSettings(): Settings {
  const scope = globalThis as {
    process?: { env?: Record<string, unknown> };
    Deno?: { env?: { get(name: string): string | undefined } };
  };
  const settings: Settings = {};
  for (const name of ENV_NAMES) {
    const value = readSetting(() => scope.Deno?.env?.get(name) ?? scope.process?.env?.[name]);
    if (typeof value === 'string') settings[name] = value;
  }
  return settings;
}

function readSetting(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return undefined;
  }
}
