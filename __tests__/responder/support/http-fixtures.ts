// Small HTTP servers on 127.0.0.1 standing in for GitHub: a manifest host with ETags and a
// release-asset API. Each records what it was asked.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  url: string;
  requests: Array<{ method: string; url: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<LocalServer & { server: Server }> {
  const requests: LocalServer['requests'] = [];
  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ManifestHost extends LocalServer {
  /** Replaces what the host serves; the ETag changes with it. */
  serve(text: string): void;
  /** Makes the next answers fail with this status (0: drop the connection); undefined: serve. */
  fail(status: number | undefined): void;
}

/** Serves one manifest text with an ETag and honours If-None-Match like raw.githubusercontent. */
export async function manifestHost(initial: string): Promise<ManifestHost> {
  let text = initial;
  let revision = 1;
  let failure: number | undefined;
  const host = await listen((req, res) => {
    if (failure === 0) {
      req.socket.destroy();
      return;
    }
    if (failure !== undefined) {
      res.writeHead(failure, { 'content-type': 'text/plain' }).end('upstream trouble');
      return;
    }
    const etag = `W/"rev-${revision}"`;
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, { etag }).end();
      return;
    }
    res.writeHead(200, { etag, 'content-type': 'text/plain; charset=utf-8' }).end(text);
  });
  return {
    ...host,
    serve(next) {
      text = next;
      revision++;
    },
    fail(status) {
      failure = status;
    },
  };
}
