// `delivery: proxy`: devices get PUBLIC_URL/bundles/<version>, which redirects to a short-lived
// asset URL the responder obtains from GitHub with its own token.
import { afterEach, describe, expect, it } from '@jest/globals';
import { listen, type LocalServer } from './support/http-fixtures.js';
import { bundleEntry, channelEntry, manifestWith, r0, REPOSITORY } from './support/manifests.js';
import { fileResponder, parsedLogs } from './support/responders.js';

const servers: LocalServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const PUBLIC_URL = 'https://updates.example.com';
const TOKEN = 'ghs_proxyTokenForTests';

/** GitHub's asset endpoint: 302 to a signed URL for the octet-stream media type. */
async function githubApi(status = 302) {
  const api = await listen((req, res) => {
    const match = /^\/repos\/([^/]+\/[^/]+)\/releases\/assets\/(\d+)$/.exec(req.url ?? '');
    if (!match || req.headers.authorization !== `Bearer ${TOKEN}`) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
      return;
    }
    if (status !== 302) {
      res.writeHead(status, { 'content-type': 'application/json' }).end('{"message":"nope"}');
      return;
    }
    const location = `http://127.0.0.1:1/assets/${match[2]}?X-Amz-Signature=abc&X-Amz-Expires=300`;
    res.writeHead(302, { location }).end();
  });
  servers.push(api);
  return api;
}

const proxiedManifest = () => {
  const entry = bundleEntry('1.2.3', {
    delivery: 'proxy',
    url: `${PUBLIC_URL}/bundles/1.2.3`,
    asset_id: 4242,
  });
  return manifestWith([entry, bundleEntry('1.2.2')], {
    production: channelEntry({ version: '1.2.3' }),
  });
};

describe('GET /bundles/:version', () => {
  it('puts PUBLIC_URL-based links in replies and redirects them to the signed asset URL', async () => {
    const api = await githubApi();
    const { call } = fileResponder(proxiedManifest(), {
      publicUrl: PUBLIC_URL,
      githubToken: TOKEN,
      githubApiUrl: api.url,
    });
    const check = await call({ json: r0() });
    expect(check.json).toMatchObject({ url: `${PUBLIC_URL}/bundles/1.2.3` });

    const download = await call({ method: 'GET', path: '/bundles/1.2.3' });
    expect(download.status).toBe(302);
    expect(download.headers.location).toBe(
      'http://127.0.0.1:1/assets/4242?X-Amz-Signature=abc&X-Amz-Expires=300',
    );
    const request = api.requests[0];
    expect(request?.url).toBe(`/repos/${REPOSITORY}/releases/assets/4242`);
    expect(request?.headers.accept).toBe('application/octet-stream');
  });

  it('reuses a signed URL for a while instead of asking GitHub per device', async () => {
    const api = await githubApi();
    const { call } = fileResponder(proxiedManifest(), {
      publicUrl: PUBLIC_URL,
      githubToken: TOKEN,
      githubApiUrl: api.url,
    });
    for (let i = 0; i < 5; i++) {
      expect((await call({ method: 'GET', path: '/bundles/1.2.3' })).status).toBe(302);
    }
    expect(api.requests).toHaveLength(1);
  });

  it('answers 404 for versions it does not serve and 502 when GitHub refuses', async () => {
    const api = await githubApi(404);
    const { call, logs } = fileResponder(proxiedManifest(), {
      publicUrl: PUBLIC_URL,
      githubToken: TOKEN,
      githubApiUrl: api.url,
    });
    expect((await call({ method: 'GET', path: '/bundles/9.9.9' })).status).toBe(404);
    expect((await call({ method: 'GET', path: '/bundles/..%2F..%2Fetc' })).status).toBe(404);
    const refused = await call({ method: 'GET', path: '/bundles/1.2.3' });
    expect(refused.status).toBe(502);
    expect(refused.json).toMatchObject({ error: 'asset_unavailable' });
    const text = logs.join('\n');
    expect(text).toContain('"status":404');
    expect(text).not.toContain(TOKEN);
  });

  it('answers 502, never a crash, when GitHub cannot be reached', async () => {
    const { call, logs } = fileResponder(proxiedManifest(), {
      publicUrl: PUBLIC_URL,
      githubToken: TOKEN,
      githubApiUrl: 'http://127.0.0.1:1',
    });
    const reply = await call({ method: 'GET', path: '/bundles/1.2.3' });
    expect(reply.status).toBe(502);
    expect(parsedLogs(logs).some((line) => line.event === 'warning')).toBe(true);
  });

  it('redirects a direct bundle to its release URL', async () => {
    const { call } = fileResponder(proxiedManifest(), {
      publicUrl: PUBLIC_URL,
      githubToken: TOKEN,
    });
    const reply = await call({ method: 'GET', path: '/bundles/1.2.2' });
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe(bundleEntry('1.2.2').url);
  });
});
