// The responder core: configuration → manifest source → routes. Platform adapters hand it a
// neutral request and send back the neutral response; nothing here needs Node.
import type { ReadManifest } from '../manifest/parse.js';
import { createBundleProxy } from './bundle-proxy.js';
import { getChannel, listChannels, setChannel, unsetChannel } from './channel-self.js';
import { compileRead, type CompiledManifest } from './compile.js';
import { jsonResponse, type NeutralRequest, type NeutralResponse } from './http.js';
import { consoleSink, createEventLog, type EventLog } from './log.js';
import {
  checkOptions,
  DEFAULT_GITHUB_API_URL,
  DEFAULT_TTL_SECONDS,
  type ResponderOptions,
} from './options.js';
import { failed } from './replies.js';
import { bodyLimitFor, bodyTimeoutFor, matchRoute, type Route } from './routes.js';
import { createManifestSource, type ManifestLoader, type ManifestSource } from './source.js';
import { answerStats } from './stats.js';
import { answerUpdateCheck } from './update-check.js';
import { createUrlLoader } from './url-loader.js';

export interface Responder {
  handle(request: NeutralRequest): Promise<NeutralResponse>;
  /**
   * `handle`, answering at once when it can (the manifest is loaded and fresh): adapters that
   * send from a callback save a trip through the microtask queue on every check.
   */
  answer?(request: NeutralRequest): NeutralResponse | Promise<NeutralResponse>;
  /** The most body bytes the route of this request reads. */
  bodyLimit(method: string, path: string): number;
  /** How long an adapter waits for the body of this request. */
  bodyTimeoutMs(method: string, path: string): number;
  /** Resolves when no manifest refresh is running. */
  settled(): Promise<void>;
  /** Starts loading the manifest before the first request needs it. */
  warmUp(): Promise<void>;
}

export interface PlatformHooks {
  /** Reads `manifestFile`; only platforms with a file system provide it. */
  fileLoader?: (path: string) => ManifestLoader;
  now?: () => number;
}

export function createResponderCore(
  options: ResponderOptions,
  hooks: PlatformHooks = {},
): Responder {
  checkOptions(options);
  const now = hooks.now ?? Date.now;
  const log = createEventLog(options.log ?? consoleSink);
  const fetchFn: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const ttlMs = (options.ttlSeconds ?? DEFAULT_TTL_SECONDS) * 1000;
  const compile = (read: ReadManifest): CompiledManifest =>
    compileRead(read, { publicUrl: options.publicUrl, canProxy: !!options.githubToken });
  const source = createManifestSource(
    manifestLoader(options, hooks, fetchFn),
    ttlMs,
    compile,
    log,
    now,
  );
  const answerBundle = createBundleProxy(
    {
      githubToken: options.githubToken,
      githubApiUrl: options.githubApiUrl ?? DEFAULT_GITHUB_API_URL,
      fetch: fetchFn,
      now,
    },
    log,
  );

  type Answer = NeutralResponse | Promise<NeutralResponse>;

  const answerFrom = (request: NeutralRequest, matched: Route, manifest?: CompiledManifest) => {
    switch (matched.name) {
      case 'updates':
        return answerUpdateCheck(request.body, manifest, log);
      case 'channel_self':
        return answerChannel(request, manifest, log);
      case 'health':
        return answerHealth(source, now);
      case 'bundle':
        return answerBundle(matched.version, manifest);
      default:
        return notFound();
    }
  };

  // Synchronous whenever the manifest is at hand, which is nearly always: each await would cost
  // an update check a trip through the microtask queue.
  const route = (request: NeutralRequest): Answer => {
    const matched = matchRoute(request.method, request.path);
    if (matched.name === 'not_found') return notFound();
    // Stats need no manifest, so they never wait for one to load.
    if (matched.name === 'stats') return answerStats(request.body, log);
    const ready = source.ready();
    if (ready) return answerFrom(request, matched, ready.compiled);
    return source.current().then((loaded) => answerFrom(request, matched, loaded?.compiled));
  };

  const answer = (request: NeutralRequest): Answer => {
    try {
      const answered = route(request);
      if (!(answered instanceof Promise)) return answered;
      return answered.catch((cause: unknown) => unexpected(cause, log));
    } catch (cause) {
      return unexpected(cause, log);
    }
  };

  return {
    handle: (request) => Promise.resolve(answer(request)),
    answer,
    bodyLimit: bodyLimitFor,
    bodyTimeoutMs: bodyTimeoutFor,
    settled: () => source.settled(),
    warmUp: () => source.current().then(() => undefined),
  };
}

function notFound(): NeutralResponse {
  return jsonResponse(404, { error: 'not_found', message: 'No such route.' });
}

function manifestLoader(
  options: ResponderOptions,
  hooks: PlatformHooks,
  fetchFn: typeof fetch,
): ManifestLoader {
  if (options.manifestUrl)
    return createUrlLoader(options.manifestUrl, options.manifestToken, fetchFn);
  if (!hooks.fileLoader) {
    throw new Error(
      'MANIFEST_FILE needs a file system, which this platform lacks: set MANIFEST_URL instead.',
    );
  }
  return hooks.fileLoader(options.manifestFile ?? '');
}

function answerChannel(
  request: NeutralRequest,
  manifest: CompiledManifest | undefined,
  log: EventLog,
): NeutralResponse {
  switch (request.method.toUpperCase()) {
    case 'POST':
      return setChannel(request.body, manifest, log);
    case 'PUT':
      return getChannel(request.body, manifest);
    case 'GET':
      return listChannels(request.query, manifest);
    default:
      return unsetChannel();
  }
}

function answerHealth(source: ManifestSource, now: () => number): NeutralResponse {
  const loaded = source.loadedNow();
  if (!loaded) {
    return jsonResponse(503, {
      status: 'no_manifest',
      message: 'No manifest has loaded yet; the responder log says why.',
    });
  }
  const { compiled } = loaded;
  return jsonResponse(200, {
    status: 'ok',
    app_id: compiled.appId,
    bundles: compiled.bundles.size,
    channels: compiled.channels.size,
    manifest_age_seconds: Math.round((now() - loaded.confirmedAt) / 1000),
    ...(compiled.updatedAt ? { manifest_updated_at: compiled.updatedAt } : {}),
    refresh_failing: source.lastError() !== undefined,
  });
}

// A bug must not become a 5xx: plugins retry those at once, multiplying load. The device gets a
// refusal it understands and the log gets the reason (never the stack, which may quote data).
function unexpected(cause: unknown, log: EventLog): NeutralResponse {
  log.warn('Unexpected error while answering a request.', {
    reason: cause instanceof Error ? cause.message : String(cause),
  });
  return jsonResponse(200, failed('server_error', 'The responder could not answer this request.'));
}

/**
 * The reply while the configuration cannot work. Devices get a refusal they understand instead
 * of a platform error page; the operator finds the reason in the log.
 */
export function misconfiguredResponse(cause: unknown, log: EventLog): NeutralResponse {
  log.warn('The responder is misconfigured.', {
    reason: cause instanceof Error ? cause.message : String(cause),
  });
  return jsonResponse(
    200,
    failed('misconfigured_responder', 'The update server is misconfigured; its log says why.'),
  );
}
