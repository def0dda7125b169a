// The Node server, the Lambda handler (API Gateway v1, v2 and function URL events) and the
// Fetch module answer the same requests with the same replies for the same manifest.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startServer, type RunningServer } from '../../src/responder/platforms/node-server.js';
import { handleLambdaEvent, type LambdaEvent } from '../../src/responder/platforms/lambda.js';
import fetchModule, { createFetchHandler } from '../../src/responder/platforms/fetch.js';
import { createResponder } from '../../src/responder/platforms/node-responder.js';
import { manifestHost, type ManifestHost } from './support/http-fixtures.js';
import {
  askOverHttp,
  bodyText,
  PARITY_REQUESTS,
  parityManifest,
  queryString,
  type ParityReply,
  type ParityRequest,
} from './support/parity-requests.js';

let host: ManifestHost;
let server: RunningServer;
let reference: Record<string, ParityReply>;
const quiet = () => {};

beforeAll(async () => {
  host = await manifestHost(JSON.stringify(parityManifest()));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    manifestUrl: `${host.url}/manifest.json`,
    ttlSeconds: 3600,
    log: quiet,
  });
  reference = await askOverHttp(server.url);
});

afterAll(async () => {
  await server.close();
  await host.close();
});

function v1Event(request: ParityRequest): LambdaEvent {
  const body = bodyText(request);
  return {
    httpMethod: request.method,
    path: request.path,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    queryStringParameters: request.query ?? null,
    body: body === undefined ? null : body,
    isBase64Encoded: false,
  };
}

function v2Event(request: ParityRequest, stage = ''): LambdaEvent {
  const body = bodyText(request);
  return {
    rawPath: `${stage}${request.path}`,
    rawQueryString: queryString(request).slice(1),
    requestContext: { http: { method: request.method } },
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : Buffer.from(body).toString('base64'),
    isBase64Encoded: true,
  };
}

async function askLambda(toEvent: (request: ParityRequest) => LambdaEvent) {
  const responder = createResponder({ manifestUrl: `${host.url}/manifest.json`, log: quiet });
  const replies: Record<string, ParityReply> = {};
  for (const request of PARITY_REQUESTS) {
    const result = await handleLambdaEvent(responder, toEvent(request));
    expect(result.isBase64Encoded).toBe(false);
    expect(result.headers['content-type']).toContain('application/json');
    replies[request.name] = { status: result.statusCode, json: JSON.parse(result.body) };
  }
  return replies;
}

async function askFetch(handle: (request: Request) => Promise<Response>) {
  const replies: Record<string, ParityReply> = {};
  for (const request of PARITY_REQUESTS) {
    const url = `https://updates.example.com${request.path}${queryString(request)}`;
    const response = await handle(
      new Request(url, { method: request.method, body: bodyText(request) }),
    );
    replies[request.name] = { status: response.status, json: await response.json() };
  }
  return replies;
}

describe('platform parity', () => {
  it('the Node server answers every kind of request', () => {
    const statuses = new Set(Object.values(reference).map((reply) => reply.status));
    expect([...statuses].sort()).toEqual([200, 400, 404]);
    expect(reference['rollout 3f2a9c1e-7b4d-4e8a-9c2b-000000000000']?.json).toHaveProperty(
      'version',
    );
  });

  it('the Lambda handler matches it for API Gateway v1 events', async () => {
    expect(await askLambda(v1Event)).toEqual(reference);
  });

  it('the Lambda handler matches it for API Gateway v2 events, with a stage prefix', async () => {
    // Under a prefix the update route is `<prefix>/updates`; `POST /` works at the root only.
    const replies = await askLambda((request) => v2Event(request, '/prod'));
    expect(replies['root path']?.status).toBe(404);
    const { ['root path']: _root, ...others } = reference;
    expect({ ...replies, 'root path': undefined }).toEqual({ ...others, 'root path': undefined });
  });

  it('the Lambda handler matches it for function URL events', async () => {
    expect(await askLambda((request) => v2Event(request))).toEqual(reference);
  });

  it('the Fetch handler matches it with options', async () => {
    const handle = createFetchHandler({ manifestUrl: `${host.url}/manifest.json`, log: quiet });
    expect(await askFetch(handle)).toEqual(reference);
  });

  it('the Fetch default export matches it with Cloudflare-style env bindings', async () => {
    const env = { MANIFEST_URL: `${host.url}/manifest.json`, MANIFEST_TTL_SECONDS: '3600' };
    const waited: Promise<unknown>[] = [];
    const context = { waitUntil: (promise: Promise<unknown>) => void waited.push(promise) };
    const log = console.log;
    console.log = quiet;
    try {
      expect(await askFetch((request) => fetchModule.fetch(request, env, context))).toEqual(
        reference,
      );
    } finally {
      console.log = log;
    }
    expect(waited.length).toBe(PARITY_REQUESTS.length);
  });
});
