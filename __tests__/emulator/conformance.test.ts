// The emulator answers in the shapes of real GitHub: compared with recorded responses where
// @octokit/fixtures has them, and with GitHub's OpenAPI schemas everywhere.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  startGitHubEmulator,
  type GitHubEmulator,
} from '../../test-support/github-emulator/index.js';
import { recorded, schemaProblems, shapeDifferences } from './reference.js';

const REPO = 'example-org/example-app';

describe('emulator conformance', () => {
  let emulator: GitHubEmulator;
  let auth: Record<string, string>;
  let repoApi: string;
  const call = async (
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(url.startsWith('http') ? url : `${repoApi}${url}`, {
      method,
      headers: { ...auth, 'content-type': 'application/json', ...headers },
      body:
        body === undefined
          ? undefined
          : Buffer.isBuffer(body)
            ? new Uint8Array(body)
            : JSON.stringify(body),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return {
      status: response.status,
      headers: response.headers,
      json:
        type.includes('json') && text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
      text,
    };
  };

  beforeAll(async () => {
    emulator = await startGitHubEmulator();
    emulator.createRepo(REPO);
    auth = { authorization: `token ${emulator.createToken()}` };
    repoApi = `${emulator.apiUrl}/repos/${REPO}`;
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('repository: recorded keys and the full-repository schema', async () => {
    const ours = await call('GET', '');
    expect(ours.status).toBe(200);
    expect(
      shapeDifferences(recorded('get-repository', 'get', 200, '/repos/').response, ours.json),
    ).toEqual([]);
    expect(schemaProblems('full-repository', ours.json)).toEqual([]);
  });

  it('API headers: those of a recorded answer are there, rate limit included', async () => {
    const ours = await call('GET', '');
    const real = recorded('get-repository', 'get', 200, '/repos/').headers;
    const varying = new Set([
      'connection',
      'date',
      'last-modified',
      'x-oauth-scopes',
      'x-accepted-oauth-scopes',
      'strict-transport-security',
      'content-length',
    ]);
    const missing = Object.keys(real).filter((h) => !varying.has(h) && !ours.headers.has(h));
    expect(missing).toEqual([]);
    expect(ours.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Number(ours.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000);
    expect(ours.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]+(:[0-9A-F]+){4}$/);
  });

  let release: Record<string, unknown>;
  let asset: Record<string, unknown>;

  it('release: recorded keys and the release schema', async () => {
    const created = await call('POST', '/releases', {
      tag_name: 'v1.0.0',
      name: 'Version 1.0.0',
      body: 'Initial release',
    });
    expect(created.status).toBe(201);
    release = created.json as Record<string, unknown>;
    const byTag = await call('GET', '/releases/tags/v1.0.0');
    expect(
      shapeDifferences(
        recorded('release-assets', 'get', 200, '/releases/tags/').response,
        byTag.json,
      ),
    ).toEqual([]);
    expect(schemaProblems('release', created.json)).toEqual([]);
    expect(schemaProblems('release', byTag.json)).toEqual([]);
    expect(byTag.json?.immutable).toBe(false);
  });

  it('asset upload: recorded keys, the release-asset schema, and GitHub digest', async () => {
    const url = (release.upload_url as string).replace(
      '{?name,label}',
      '?name=test-upload.txt&label=test',
    );
    const uploaded = await call('POST', url, Buffer.from('Hello, world!\n'), {
      'content-type': 'text/plain',
    });
    expect(uploaded.status).toBe(201);
    asset = uploaded.json as Record<string, unknown>;
    const real = recorded('release-assets', 'post', 201, '/assets?name=').response;
    expect(shapeDifferences(real, asset)).toEqual([]);
    expect(schemaProblems('release-asset', asset)).toEqual([]);
    expect(asset).toMatchObject({
      name: 'test-upload.txt',
      label: 'test',
      state: 'uploaded',
      size: 14,
      content_type: 'text/plain',
    });
    expect(asset.digest).toBe(
      'sha256:d9014c4624844aa5bac314773d6b689ad467fa4e1d1a50a1b8a99d5a95f72ff5',
    );
  });

  it('asset list and duplicate name: recorded shapes, 422 already_exists on name', async () => {
    const list = await call('GET', `/releases/${String(release.id)}/assets`);
    expect(
      shapeDifferences(recorded('release-assets', 'get', 200, '/assets').response, list.json),
    ).toEqual([]);
    const url = (release.upload_url as string).replace(
      '{?name,label}',
      '?name=test-upload.txt&label=test',
    );
    const again = await call('POST', url, Buffer.from('Hello, world!\n'), {
      'content-type': 'text/plain',
    });
    const real = recorded('release-assets-conflict', 'post', 422, '/assets?name=')
      .response as Record<string, unknown>;
    expect(again.status).toBe(422);
    expect(shapeDifferences(real, again.json)).toEqual([]);
    expect(again.json?.errors).toEqual(real.errors);
    expect(schemaProblems('validation-error', again.json)).toEqual([]);
  });

  it('contents: create answers like the recording and the file-commit schema; reads match content-file', async () => {
    const put = await call('PUT', '/contents/test.txt', {
      message: 'create test.txt',
      content: Buffer.from('Test content').toString('base64'),
    });
    expect(put.status).toBe(201);
    const real = recorded('create-file', 'put', 201, '/contents/test.txt').response as Record<
      string,
      unknown
    >;
    expect(shapeDifferences(real, put.json)).toEqual([]);
    expect(schemaProblems('file-commit', put.json)).toEqual([]);
    // Same bytes, same blob sha as the recording: the sha is git's.
    expect((put.json?.content as Record<string, unknown>).sha).toBe(
      (real.content as Record<string, unknown>).sha,
    );

    const got = await call('GET', '/contents/test.txt?ref=main');
    expect(schemaProblems('content-file', got.json)).toEqual([]);
    expect(Buffer.from(String(got.json?.content), 'base64').toString()).toBe('Test content');
    const raw = await call('GET', '/contents/README.md', undefined, {
      accept: 'application/vnd.github.v3.raw',
    });
    expect(raw.text).toBe('# example-app\n');
  });

  it('git data: refs like the recording; blobs, trees and commits match their schemas', async () => {
    const blob = await call('POST', '/git/blobs', { content: 'hello', encoding: 'utf-8' });
    expect(schemaProblems('short-blob', blob.json)).toEqual([]);
    expect(
      schemaProblems('blob', (await call('GET', `/git/blobs/${String(blob.json?.sha)}`)).json),
    ).toEqual([]);
    const tree = await call('POST', '/git/trees', {
      tree: [{ path: 'dir/file.txt', mode: '100644', type: 'blob', content: 'x' }],
    });
    expect(tree.status).toBe(201);
    expect(schemaProblems('git-tree', tree.json)).toEqual([]);
    const commit = await call('POST', '/git/commits', {
      message: 'orphan',
      tree: tree.json?.sha,
      parents: [],
    });
    expect(commit.status).toBe(201);
    expect(schemaProblems('git-commit', commit.json)).toEqual([]);
    const ref = await call('POST', '/git/refs', { ref: 'refs/heads/test', sha: commit.json?.sha });
    expect(ref.status).toBe(201);
    expect(
      shapeDifferences(recorded('git-refs', 'post', 201, '/git/refs').response, ref.json),
    ).toEqual([]);
    expect(schemaProblems('git-ref', ref.json)).toEqual([]);
    expect(schemaProblems('git-ref', (await call('GET', '/git/ref/heads/test')).json)).toEqual([]);
  });

  it('errors: validation and not-found bodies in GitHub form', async () => {
    const invalid = await call('POST', '/releases', { name: 'no tag' });
    expect(invalid.status).toBe(422);
    expect(
      shapeDifferences(recorded('errors', 'post', 422, '/labels').response, invalid.json),
    ).toEqual([]);
    const missing = await call('GET', '/releases/tags/v9.9.9');
    expect(missing.status).toBe(404);
    expect(schemaProblems('basic-error', missing.json)).toEqual([]);
    expect(missing.json?.message).toBe('Not Found');
  });
});
