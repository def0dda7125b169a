// Loads the manifest over HTTP with `fetch`, which every runtime has: a raw file URL, or with a
// token the GitHub contents API for private repositories. ETags make an unchanged manifest cost
// a 304 and no parsing.
import { MANIFEST_FETCH_TIMEOUT_MS } from './limits.js';
import type { LoadResult, ManifestLoader } from './source.js';
import { redactUrl } from './urls.js';

export const USER_AGENT = 'live-update-release-responder';

export function createUrlLoader(
  url: string,
  token: string | undefined,
  fetchFn: typeof fetch,
): ManifestLoader {
  const describe = redactUrl(url);
  return {
    describe,
    recheckMs: (ttlMs) => ttlMs,
    waitForRecheck: false,
    load: (tag) => fetchManifest(url, token, tag, fetchFn, describe),
  };
}

async function fetchManifest(
  url: string,
  token: string | undefined,
  tag: string | undefined,
  fetchFn: typeof fetch,
  describe: string,
): Promise<LoadResult> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT };
  if (token) {
    headers.authorization = `Bearer ${token}`;
    headers.accept = 'application/vnd.github.raw';
  }
  if (tag) headers['if-none-match'] = tag;

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), MANIFEST_FETCH_TIMEOUT_MS);
  try {
    const response = await requestManifest(fetchFn, url, headers, controller.signal, describe);
    if (response.status === 304 && tag) return { changed: false };
    if (response.status !== 200) throw new Error(statusMessage(response.status, describe, token));
    const text = contentsApiText(await response.text());
    return { changed: true, text, tag: response.headers.get('etag') ?? undefined };
  } finally {
    clearTimeout(timer);
  }
}

async function requestManifest(
  fetchFn: typeof fetch,
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
  describe: string,
): Promise<Response> {
  try {
    return await fetchFn(url, { headers, signal });
  } catch (cause) {
    const reason = signal.aborted
      ? `no answer within ${MANIFEST_FETCH_TIMEOUT_MS / 1000} s`
      : networkReason(cause);
    throw new Error(`Fetching ${describe} failed: ${reason}.`);
  }
}

function networkReason(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const inner = (cause as Error & { cause?: { code?: string; message?: string } }).cause;
  return inner?.code ?? inner?.message ?? cause.message;
}

function statusMessage(status: number, describe: string, token: string | undefined): string {
  const base = `Fetching ${describe} answered HTTP ${status}`;
  if ((status === 401 || status === 403) && token) {
    return `${base}: MANIFEST_TOKEN cannot read it (it needs contents: read on the repository).`;
  }
  if (status === 404) {
    return `${base}: check MANIFEST_URL (a private repository needs MANIFEST_TOKEN and a contents API URL).`;
  }
  return `${base}.`;
}

// The contents API answers with a JSON envelope holding base64 when the raw media type is not
// honoured (some GitHub Enterprise proxies drop the Accept header).
function contentsApiText(text: string): string {
  if (!text.includes('"encoding"')) return text;
  try {
    const envelope: unknown = JSON.parse(text);
    if (!isContentsEnvelope(envelope)) return text;
    const binary = atob(envelope.content.replace(/\s/g, ''));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return text;
  }
}

function isContentsEnvelope(value: unknown): value is { content: string } {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    record.type === 'file' && record.encoding === 'base64' && typeof record.content === 'string'
  );
}
