// The fetch Octokit uses. Every request gets a deadline, and the answer is read in full here, so
// a connection cut mid-answer becomes a network error that the retry plugin retries, not a
// success with an empty body.

// Statuses whose responses carry no body by definition (the Response constructor refuses one).
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function fetchWithDeadline(timeoutMs: number): typeof fetch {
  return async (input, init) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      const response = await fetch(input, { ...init, signal });
      const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      // Octokit turns a TypeError with a cause into a RequestError (status 500) that is retried.
      throw new TypeError('fetch failed', { cause: error });
    }
  };
}
