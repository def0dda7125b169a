// `serve --files <dir>`: the folder's files over plain http, standing in for GitHub's release
// downloads when bundles are tried on this machine. Read-only, and nothing outside the folder.
import { createReadStream, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface FileServer {
  url: string;
  close(): Promise<void>;
}

export async function startFileServer(
  dir: string,
  port: number,
  host: string,
): Promise<FileServer> {
  // Links inside the folder may point anywhere: every file is checked against the folder's
  // real path after its own links are resolved.
  const root = realpathSync(path.resolve(dir));
  const server = createServer((req, res) => {
    const file = fileFor(root, req.url ?? '/');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
      return;
    }
    res.writeHead(200, {
      'content-type': file.name.endsWith('.zip') ? 'application/zip' : 'application/octet-stream',
      'content-length': file.size,
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file.name).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return { url: addressUrl(server), close: () => closeServer(server) };
}

function fileFor(root: string, target: string): { name: string; size: number } | undefined {
  let relative: string;
  try {
    relative = decodeURIComponent(target.split('?')[0] ?? '');
  } catch {
    return undefined;
  }
  // Joined by hand: the bundler rewrites path.resolve calls that look like asset paths.
  const segments = relative.split('/').filter(Boolean);
  if (segments.length === 0 || segments.some((s) => s === '.' || s === '..' || s.includes('\\'))) {
    return undefined;
  }
  try {
    const name = realpathSync([root, ...segments].join(path.sep));
    if (!isInside(root, name)) return undefined;
    const stat = statSync(name);
    return stat.isFile() ? { name, size: stat.size } : undefined;
  } catch {
    return undefined;
  }
}

function isInside(root: string, name: string): boolean {
  return name.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);
}

function addressUrl(server: Server): string {
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}
