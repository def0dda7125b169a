// Keeps the last good manifest and refreshes it in the background (stale-while-revalidate): a
// check is answered from what is loaded while a newer copy is fetched. A fetch failure or a
// manifest that does not parse leaves the last good one serving, and the log says why.
import { readManifest, type ReadManifest } from '../manifest/parse.js';
import type { CompiledManifest } from './compile.js';
import type { EventLog } from './log.js';

export type LoadResult = { changed: false } | { changed: true; text: string; tag?: string };

export interface ManifestLoader {
  /** Where the manifest comes from, fit for a log line (no token, no query string). */
  describe: string;
  /** How long a loaded copy is trusted before the loader is asked again. */
  recheckMs(ttlMs: number): number;
  /** Whether a check waits for the recheck (cheap local reads) instead of answering stale. */
  waitForRecheck: boolean;
  /** Loads the manifest unless it still matches `tag` (an ETag or a file stamp). */
  load(tag: string | undefined): Promise<LoadResult>;
}

export interface LoadedManifest {
  compiled: CompiledManifest;
  /** When this copy was loaded, and when the source last confirmed it (ms since the epoch). */
  loadedAt: number;
  confirmedAt: number;
  tag?: string;
}

export interface ManifestSource {
  /** The manifest to answer with; waits for a load only while none has ever succeeded. */
  current(): Promise<LoadedManifest | undefined>;
  /** What `current` would give right away, when it would neither wait nor start a refresh. */
  ready(): LoadedManifest | undefined;
  /** Resolves when no refresh or judging of entries is running (edge platforms wait for it). */
  settled(): Promise<void>;
  /** What is loaded at this moment, without triggering a refresh. */
  loadedNow(): LoadedManifest | undefined;
  lastError(): string | undefined;
}

/** How long after a load the bundle entries no channel serves start being judged. */
const REST_AFTER_MS = 50;

/** Bundle entries judged per turn of the event loop after a load: under a millisecond's work. */
const BUNDLES_PER_SLICE = 20;

// After the I/O of this turn (Node, Bun, Deno have `setImmediate`), else on the next timer.
const nextTurn = (): Promise<void> =>
  new Promise((resolve) => {
    const immediate = (globalThis as { setImmediate?: (run: () => void) => void }).setImmediate;
    if (immediate) immediate(resolve);
    else setTimeout(resolve, 0);
  });

/** How soon to try again while no manifest could be loaded at all. */
const RETRY_WITHOUT_MANIFEST_MS = 2000;

export function createManifestSource(
  loader: ManifestLoader,
  ttlMs: number,
  compile: (read: ReadManifest) => CompiledManifest,
  log: EventLog,
  now: () => number = Date.now,
): ManifestSource {
  let loaded: LoadedManifest | undefined;
  let error: string | undefined;
  let lastAttempt = Number.NEGATIVE_INFINITY;
  let inFlight: Promise<void> | undefined;
  let finishing: Promise<void> | undefined;

  const attempt = async () => {
    lastAttempt = now();
    try {
      const result = await loader.load(loaded?.tag);
      if (result.changed) loaded = accept(result.text, result.tag);
      else if (loaded) loaded.confirmedAt = now();
      error = undefined;
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
      log.warn(keepMessage(loaded !== undefined), { source: loader.describe, reason: error });
    }
  };

  const accept = (text: string, tag: string | undefined): LoadedManifest => {
    const compiled = compile(readManifest(text));
    log.event('manifest_loaded', {
      source: loader.describe,
      app_id: compiled.appId,
      bundles: compiled.bundles.size,
      channels: compiled.channels.size,
    });
    warnAll(compiled.warnings);
    finishing = compileRestSoon(compiled);
    const at = now();
    return { compiled, loadedAt: at, confirmedAt: at, tag };
  };

  const warnAll = (warnings: string[]) => {
    for (const warning of warnings) log.warn(warning, { source: loader.describe });
  };

  // Checks waiting for this manifest are answered first: every other bundle entry is judged a
  // moment later, a slice per turn of the event loop so that checks arriving meanwhile are not
  // held up, and what is wrong with one is logged then.
  const compileRestSoon = async (compiled: CompiledManifest) => {
    await new Promise((resolve) => setTimeout(resolve, REST_AFTER_MS));
    for (let done = false; !done; await nextTurn()) {
      if (loaded?.compiled !== compiled) return;
      try {
        const rest = compiled.compileRest(BUNDLES_PER_SLICE);
        warnAll(rest.warnings);
        done = rest.done;
      } catch (cause) {
        log.warn('Judging the bundle entries failed.', {
          source: loader.describe,
          reason: cause instanceof Error ? cause.message : String(cause),
        });
        return;
      }
    }
  };

  const refresh = (): Promise<void> => {
    inFlight ??= attempt().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  const interval = () =>
    loaded ? loader.recheckMs(ttlMs) : Math.min(loader.recheckMs(ttlMs), RETRY_WITHOUT_MANIFEST_MS);

  return {
    ready: () => (loaded && now() - lastAttempt < interval() ? loaded : undefined),
    async current() {
      if (now() - lastAttempt >= interval()) {
        const running = refresh();
        if (!loaded || loader.waitForRecheck) await running;
      } else if (!loaded && inFlight) {
        await inFlight;
      }
      return loaded;
    },
    settled: () => Promise.all([inFlight, finishing]).then(() => undefined),
    loadedNow: () => loaded,
    lastError: () => error,
  };
}

function keepMessage(hasManifest: boolean): string {
  return hasManifest
    ? 'The manifest could not be refreshed; the last good one keeps serving.'
    : 'The manifest could not be loaded; update checks fail until it loads.';
}
