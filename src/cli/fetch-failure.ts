// Why a request `check` made got no answer, in words that say what to do.

/**
 * Node's fetch, like browsers, refuses ports that belong to other protocols (6666 for IRC,
 * 6000 for X11, ...) before connecting, with nothing but "bad port".
 */
const BLOCKED_PORT = 'bad port';

export function fetchFailureReason(error: unknown, url: string | URL, timeoutMs: number): string {
  const failure = error as Error & { cause?: unknown };
  if (failure.name === 'TimeoutError') return `no complete answer within ${timeoutMs / 1000} s`;
  const cause = failure.cause instanceof Error ? failure.cause.message : '';
  if (cause === BLOCKED_PORT || failure.message === BLOCKED_PORT) {
    const port = new URL(url).port;
    return (
      `port ${port} is on the list of ports Node's fetch refuses to connect to (they belong to ` +
      'other protocols; browsers refuse them too). Run the server on another port, ' +
      'e.g. `serve --port 8080`, and check that one.'
    );
  }
  return cause || failure.message || String(error);
}
