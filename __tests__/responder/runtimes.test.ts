// The built Fetch module in the runtimes users deploy it to: workerd (Cloudflare Workers, through
// miniflare), Deno and Bun. Each must answer exactly like the Node server.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Miniflare } from 'miniflare';
import { startServer, type RunningServer } from '../../src/responder/platforms/node-server.js';
import { buildRespondersInto, projectRoot } from './support/built.js';
import { manifestHost, type ManifestHost } from './support/http-fixtures.js';
import {
  askOverHttp,
  bodyText,
  PARITY_REQUESTS,
  parityManifest,
  queryString,
  type ParityReply,
} from './support/parity-requests.js';
import { r0, simpleManifest } from './support/manifests.js';
import { serve } from './support/processes.js';

const bin = (name: string) => path.join(projectRoot, 'node_modules/.bin', name);

/** Why a runtime cannot run here, or undefined when it can. */
function unavailable(command: string): string | undefined {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  if (result.status === 0) return undefined;
  return result.error?.message ?? (result.stderr || `exit ${result.status}`);
}

let outDir: string;
let host: ManifestHost;
let node: RunningServer;
let reference: Record<string, ParityReply>;
let manifestUrl: string;

beforeAll(async () => {
  outDir = buildRespondersInto();
  host = await manifestHost(JSON.stringify(parityManifest()));
  manifestUrl = `${host.url}/live-update/manifest.json`;
  node = await startServer({
    port: 0,
    host: '127.0.0.1',
    manifestUrl,
    ttlSeconds: 3600,
    log: () => {},
  });
  reference = await askOverHttp(node.url);
});

afterAll(async () => {
  await node?.close();
  await host?.close();
});

const env = () => ({ MANIFEST_URL: manifestUrl, MANIFEST_TTL_SECONDS: '3600' });

/** The built module as a Worker with these bindings, and what it printed. */
function worker(bindings: Record<string, string>) {
  let output = '';
  const collect = (stream: Readable) =>
    stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const mf = new Miniflare({
    modules: true,
    modulesRoot: outDir,
    scriptPath: path.join(outDir, 'fetch.js'),
    compatibilityDate: '2025-01-01',
    bindings,
    handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
      collect(stdout);
      collect(stderr);
    },
  });
  return { mf, log: () => output };
}

describe('the Fetch module in real runtimes', () => {
  it('runs in workerd through miniflare with env bindings', async () => {
    const { mf, log } = worker(env());
    try {
      const replies: Record<string, ParityReply> = {};
      for (const request of PARITY_REQUESTS) {
        const response = await mf.dispatchFetch(
          `https://updates.example.com${request.path}${queryString(request)}`,
          { method: request.method, body: bodyText(request) },
        );
        replies[request.name] = { status: response.status, json: await response.json() };
      }
      expect(replies).toEqual(reference);
    } finally {
      await mf.dispose();
    }
    expect(log()).toContain('"event":"update_check"');
    if (log().includes('different request context')) {
      throw new Error(`workerd warned about cross-request promises:\n${log()}`);
    }
  });

  it('refreshes the manifest in workerd between requests (stale-while-revalidate)', async () => {
    const second = await manifestHost(JSON.stringify(simpleManifest('1.2.3')));
    const { mf, log } = worker({ MANIFEST_URL: second.url, MANIFEST_TTL_SECONDS: '0' });
    const versionNow = async () => {
      const response = await mf.dispatchFetch('https://updates.example.com/updates', {
        method: 'POST',
        body: JSON.stringify(r0()),
      });
      return ((await response.json()) as { version?: string }).version;
    };
    try {
      expect(await versionNow()).toBe('1.2.3');
      second.serve(JSON.stringify(simpleManifest('1.2.4')));
      const seen = [await versionNow(), await versionNow(), await versionNow()];
      expect(seen).toContain('1.2.4');
      expect(seen[seen.length - 1]).toBe('1.2.4');
    } finally {
      await mf.dispose();
      await second.close();
    }
    expect(log()).not.toContain('different request context');
    expect(second.requests.some((request) => request.headers['if-none-match'])).toBe(true);
  });

  const deno = bin('deno');
  const denoProblem = unavailable(deno);
  (denoProblem ? it.skip : it)(
    `runs in Deno${denoProblem ? ` (skipped: ${denoProblem})` : ''}`,
    async () => {
      const harness = path.join(outDir, 'deno-harness.mjs');
      writeFileSync(
        harness,
        [
          "import responder from './fetch.js';",
          'Deno.serve(',
          "  { port: 0, hostname: '127.0.0.1', onListen: ({ port }) => console.log(`listening ${port}`) },",
          '  (request, info) => responder.fetch(request, info),',
          ');',
        ].join('\n'),
      );
      const server = await serve(
        deno,
        [
          'run',
          '--no-prompt',
          '--allow-net=127.0.0.1',
          `--allow-env=${Object.keys(env()).join(',')}`,
          harness,
        ],
        {
          ...env(),
          DENO_DIR: path.join(outDir, '.deno'),
          DENO_NO_UPDATE_CHECK: '1',
          NO_COLOR: '1',
        },
        /listening (\d+)/,
        outDir,
      );
      try {
        expect(await askOverHttp(server.url)).toEqual(reference);
        expect(server.output()).toContain('"event":"update_check"');
      } finally {
        await server.stop();
      }
    },
  );

  const bun = bin('bun');
  const bunProblem = unavailable(bun);
  (bunProblem ? it.skip : it)(
    `runs in Bun${bunProblem ? ` (skipped: ${bunProblem})` : ''}`,
    async () => {
      const harness = path.join(outDir, 'bun-harness.mjs');
      writeFileSync(
        harness,
        [
          "import responder from './fetch.js';",
          "const server = Bun.serve({ port: 0, hostname: '127.0.0.1', fetch: (request, s) => responder.fetch(request, s) });",
          'console.log(`listening ${server.port}`);',
        ].join('\n'),
      );
      const server = await serve(
        bun,
        ['run', harness],
        { ...env(), NO_COLOR: '1' },
        /listening (\d+)/,
        outDir,
      );
      try {
        expect(await askOverHttp(server.url)).toEqual(reference);
        expect(server.output()).toContain('"event":"update_check"');
      } finally {
        await server.stop();
      }
    },
  );
});
