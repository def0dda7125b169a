// Reads an HTTP body up to a limit. A responder or file host chosen by someone else decides how
// much it sends; `check` must not grow its memory to whatever a Content-Length announces.

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';

  constructor(
    readonly limit: number,
    readonly announced?: number,
  ) {
    super(
      announced === undefined
        ? `more than ${describeBytes(limit)} arrived`
        : `${announced} bytes announced, above ${describeBytes(limit)}`,
    );
  }
}

export function describeBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return Number.isInteger(mib) ? `${mib} MiB` : `${bytes} bytes`;
}

export async function readCappedBody(response: Response, limit: number): Promise<Buffer> {
  const declared = response.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) {
    await response.body?.cancel();
    throw new BodyTooLargeError(limit, Number(declared));
  }
  if (!response.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
