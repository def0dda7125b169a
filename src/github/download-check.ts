// Downloads a published asset the way a device will: anonymously, following redirects, and
// checks the bytes. A manifest must never point at a URL that does not serve its bundle.
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError } from '../errors.js';
import type { Log } from '../log.js';

/** What the download must be; without `sha256` (an encrypted asset whose hash was not kept) only the size is compared. */
export interface ExpectedFile {
  size: number;
  sha256?: string;
}

export interface DownloadCheckOptions {
  /** Tries before giving up; a fresh release can take a moment to be served everywhere. */
  attempts?: number;
  retryDelayMs?: number;
  timeoutMs?: number;
}

const MAX_REDIRECTS = 5;
const DEFAULTS: Required<DownloadCheckOptions> = {
  attempts: 3,
  retryDelayMs: 1000,
  timeoutMs: 120_000,
};

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\]|localhost)$/i;

/** https, or http to a loopback host (local tests); anything else is refused. */
function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UserError(`The download URL "${raw}" is not a URL.`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return url;
  throw new UserError(
    `The download URL ${url.origin}${url.pathname} is not https; devices refuse such URLs.`,
  );
}

class DownloadFailed extends UserError {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

async function fetchFollowing(start: string, signal: AbortSignal): Promise<Response> {
  let url = checkUrl(start);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    // No Authorization header: devices have none, so the check must succeed without one.
    const response = await fetch(url, { redirect: 'manual', signal });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    url = checkUrl(new URL(location, url).toString());
  }
  throw new DownloadFailed(`${start} redirects more than ${MAX_REDIRECTS} times.`, false);
}

async function downloadOnce(url: string, expected: ExpectedFile, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetchFollowing(url, signal);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new DownloadFailed(`Downloading ${url} failed: ${(error as Error).message}.`, true);
  }
  if (!response.ok || !response.body) {
    await response.body?.cancel();
    throw new DownloadFailed(
      `Downloading ${url} anonymously answered ${response.status}; devices could not fetch the bundle.`,
      true,
    );
  }
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of response.body) {
    hash.update(chunk);
    size += chunk.length;
  }
  const sha256 = hash.digest('hex');
  const hashDiffers = expected.sha256 !== undefined && sha256 !== expected.sha256.toLowerCase();
  if (size !== expected.size || hashDiffers) {
    const want = expected.sha256 ? ` with sha256 ${expected.sha256}` : '';
    throw new DownloadFailed(
      `${url} serves ${size} bytes with sha256 ${sha256}, but the bundle is ${expected.size} bytes${want}.`,
      false,
    );
  }
}

export async function checkDownload(
  url: string,
  expected: ExpectedFile,
  log: Log,
  options: DownloadCheckOptions = {},
): Promise<void> {
  const { attempts, retryDelayMs, timeoutMs } = { ...DEFAULTS, ...options };
  const start = checkUrl(url);
  if (start.protocol === 'http:') {
    log.warning(
      `Downloading over plain http from ${start.host}: allowed only because it is this machine.`,
    );
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await downloadOnce(url, expected, timeoutMs);
      return;
    } catch (error) {
      const retryable = error instanceof DownloadFailed && error.retryable;
      if (!retryable || attempt >= attempts) {
        throw new UserError(
          `${(error as Error).message} The manifest was not changed; re-run the job once the release downloads.`,
        );
      }
      log.debug(`${(error as Error).message} Trying again (${attempt + 1} of ${attempts}).`);
      await sleep(retryDelayMs * attempt);
    }
  }
}
