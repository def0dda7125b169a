// GitHub's rules as the emulator applies them: access, release tags and drafts, assets and
// downloads, the contents compare-and-swap, git data and raw reads.
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  startGitHubEmulator,
  type GitHubEmulator,
} from '../../test-support/github-emulator/index.js';

const REPO = 'example-org/example-app';

interface Answer {
  status: number;
  headers: Headers;
  json: Record<string, unknown> & { length?: number };
  text: string;
}

describe('GitHub emulator', () => {
  let emulator: GitHubEmulator;
  let token: string;
  let api: string;

  async function call(
    method: string,
    url: string,
    options: { body?: unknown; token?: string | null; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const auth: Record<string, string> =
      options.token === null ? {} : { authorization: `Bearer ${options.token ?? token}` };
    const body =
      options.body === undefined
        ? undefined
        : Buffer.isBuffer(options.body)
          ? new Uint8Array(options.body)
          : JSON.stringify(options.body);
    const response = await fetch(url.startsWith('http') ? url : `${api}${url}`, {
      method,
      headers: { ...auth, ...options.headers },
      body,
      redirect: 'manual',
    });
    const text = await response.text();
    const json =
      (response.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : {};
    return { status: response.status, headers: response.headers, json, text };
  }

  const createRelease = (fields: Record<string, unknown>, as?: string) =>
    call('POST', '/releases', { body: fields, token: as });
  const uploadUrl = (release: Answer, name: string) =>
    (release.json.upload_url as string).replace(
      '{?name,label}',
      `?name=${encodeURIComponent(name)}`,
    );

  beforeEach(async () => {
    emulator = await startGitHubEmulator();
    emulator.createRepo(REPO);
    token = emulator.createToken();
    api = `${emulator.apiUrl}/repos/${REPO}`;
  });
  afterEach(async () => {
    await emulator.close();
  });

  it('listens on 127.0.0.1 with the GitHub Enterprise layout', () => {
    expect(emulator.serverUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.apiUrl).toBe(`${emulator.serverUrl}/api/v3`);
  });

  describe('access', () => {
    it('refuses an unknown token with 401 Bad credentials', async () => {
      const answer = await call('GET', '', { token: 'ghs_unknown' });
      expect([answer.status, answer.json.message]).toEqual([401, 'Bad credentials']);
    });

    it('a read-only token reads but gets 403 "Resource not accessible by integration" on writes', async () => {
      const reader = emulator.createToken({ contents: 'read' });
      expect((await call('GET', '', { token: reader })).status).toBe(200);
      const write = await createRelease({ tag_name: 'v1' }, reader);
      expect([write.status, write.json.message]).toEqual([
        403,
        'Resource not accessible by integration',
      ]);
    });

    it('anonymous callers read public repositories, get 401 on writes and 404 on private ones', async () => {
      expect((await call('GET', '', { token: null })).status).toBe(200);
      expect(
        (await call('POST', '/releases', { token: null, body: { tag_name: 'v1' } })).status,
      ).toBe(401);
      emulator.setRepo(REPO, { private: true });
      const hidden = await call('GET', '', { token: null });
      expect([hidden.status, hidden.json.message]).toEqual([404, 'Not Found']);
    });

    it('a token limited to other repositories cannot see a private one', async () => {
      emulator.createRepo('example-org/private', { private: true });
      const other = emulator.createToken({ repos: [REPO] });
      expect(
        (await call('GET', `${emulator.apiUrl}/repos/example-org/private`, { token: other }))
          .status,
      ).toBe(404);
      expect(
        (await call('GET', `${emulator.apiUrl}/repos/example-org/private`)).json,
      ).toMatchObject({ private: true, visibility: 'private' });
    });
  });

  describe('releases', () => {
    it('lets drafts share a tag, but a published release holds it alone', async () => {
      expect((await createRelease({ tag_name: 'v1', draft: true })).status).toBe(201);
      expect((await createRelease({ tag_name: 'v1', draft: true })).status).toBe(201);
      expect((await createRelease({ tag_name: 'v1' })).status).toBe(201);
      const conflict = await createRelease({ tag_name: 'v1', draft: true });
      expect(conflict.status).toBe(422);
      expect(conflict.json.errors).toEqual([
        { resource: 'Release', code: 'already_exists', field: 'tag_name' },
      ]);
    });

    it('hides drafts from lookup by tag, and from the list for readers without write', async () => {
      const draft = await createRelease({ tag_name: 'v1', draft: true });
      expect((await call('GET', '/releases/tags/v1')).status).toBe(404);
      expect((await call('GET', `/releases/${String(draft.json.id)}`)).status).toBe(200);
      expect((await call('GET', '/releases')).json).toHaveLength(1);
      const reader = emulator.createToken({ contents: 'read' });
      expect((await call('GET', '/releases', { token: reader })).json).toHaveLength(0);
      expect(
        (await call('GET', `/releases/${String(draft.json.id)}`, { token: reader })).status,
      ).toBe(404);
    });

    it('paginates the list newest first with a Link header', async () => {
      for (let i = 0; i < 5; i++) await createRelease({ tag_name: `v${i}` });
      const first = await call('GET', '/releases?per_page=2');
      expect((first.json as unknown as { tag_name: string }[]).map((r) => r.tag_name)).toEqual([
        'v4',
        'v3',
      ]);
      expect(first.headers.get('link')).toMatch(/page=2>; rel="next", <[^>]*page=3>; rel="last"/);
      const last = await call('GET', '/releases?per_page=2&page=3');
      expect(last.json).toHaveLength(1);
      expect(last.headers.get('link')).not.toMatch(/rel="next"/);
    });

    it('publishing a draft moves it from an untagged URL to the tag', async () => {
      const draft = await createRelease({ tag_name: 'v1', draft: true });
      expect(draft.json).toMatchObject({ draft: true, published_at: null });
      expect(draft.json.html_url).toMatch(/\/releases\/tag\/untagged-[0-9a-f]{20}$/);
      const published = await call('PATCH', `/releases/${String(draft.json.id)}`, {
        body: { draft: false },
      });
      expect(published.json).toMatchObject({ draft: false, immutable: false });
      expect(published.json.html_url).toBe(`${emulator.serverUrl}/${REPO}/releases/tag/v1`);
      expect(published.json.published_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    });

    it('refuses to publish a draft whose tag another published release holds', async () => {
      const draft = await createRelease({ tag_name: 'v1', draft: true });
      await createRelease({ tag_name: 'v1' });
      expect(
        (await call('PATCH', `/releases/${String(draft.json.id)}`, { body: { draft: false } }))
          .status,
      ).toBe(422);
    });

    it('immutable releases: assets freeze on publish, and a deleted one never frees its tag', async () => {
      emulator.setRepo(REPO, { immutableReleases: true });
      const draft = await createRelease({ tag_name: 'v1', draft: true });
      expect(
        (await call('POST', uploadUrl(draft, 'a.zip'), { body: Buffer.from('a') })).status,
      ).toBe(201);
      const published = await call('PATCH', `/releases/${String(draft.json.id)}`, {
        body: { draft: false, body: 'notes' },
      });
      expect(published.json.immutable).toBe(true);
      const late = await call('POST', uploadUrl(draft, 'b.zip'), { body: Buffer.from('b') });
      expect([late.status, late.json.message]).toEqual([
        422,
        'Cannot upload assets to an immutable release.',
      ]);
      const assetId = String((published.json.assets as { id: number }[])[0]?.id);
      expect((await call('DELETE', `/releases/assets/${assetId}`)).status).toBe(422);
      expect(
        (
          await call('PATCH', `/releases/${String(draft.json.id)}`, {
            body: { body: 'edited notes' },
          })
        ).status,
      ).toBe(200);
      expect((await call('DELETE', `/releases/${String(draft.json.id)}`)).status).toBe(204);
      const reuse = await createRelease({ tag_name: 'v1' });
      expect(reuse.status).toBe(422);
      expect(JSON.stringify(reuse.json.errors)).toContain(
        'tag_name was used by an immutable release',
      );
    });
  });

  describe('assets and downloads', () => {
    it('rewrites names outside [A-Za-z0-9._-], refuses duplicates, and reports digest and size', async () => {
      const release = await createRelease({ tag_name: 'v1' });
      const asset = await call('POST', uploadUrl(release, 'my app (1).zip'), {
        body: Buffer.from('bytes'),
        headers: { 'content-type': 'application/zip' },
      });
      expect(asset.json).toMatchObject({
        name: 'my.app..1..zip',
        state: 'uploaded',
        size: 5,
        content_type: 'application/zip',
      });
      expect(asset.json.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      const duplicate = await call('POST', uploadUrl(release, 'my app (1).zip'), {
        body: Buffer.from('other'),
      });
      expect(duplicate.status).toBe(422);
    });

    it('downloads a published asset: 302 to a signed object URL serving the bytes', async () => {
      const release = await createRelease({ tag_name: 'v1' });
      const asset = await call('POST', uploadUrl(release, 'app.zip'), {
        body: Buffer.from('the bundle'),
      });
      const url = asset.json.browser_download_url as string;
      expect(url).toBe(`${emulator.serverUrl}/${REPO}/releases/download/v1/app.zip`);
      const redirect = await call('GET', url, { token: null });
      expect(redirect.status).toBe(302);
      const location = redirect.headers.get('location') ?? '';
      expect(location).toMatch(/\/_objects\/release-assets\/\d+\?exp=\d+&sig=[0-9a-f]+$/);
      const bytes = await call('GET', location, { token: null });
      expect([bytes.status, bytes.text]).toEqual([200, 'the bundle']);
      expect(
        (await call('GET', location.replace(/sig=\w+/, 'sig=bad'), { token: null })).status,
      ).toBe(403);
      expect(emulator.releases(REPO)[0]?.assets[0]?.downloadCount).toBe(1);
    });

    it('keeps draft assets and private repositories out of anonymous reach', async () => {
      const draft = await createRelease({ tag_name: 'v1', draft: true });
      const asset = await call('POST', uploadUrl(draft, 'app.zip'), { body: Buffer.from('x') });
      expect(
        (await call('GET', asset.json.browser_download_url as string, { token: null })).status,
      ).toBe(404);
      expect((await call('GET', asset.json.browser_download_url as string)).status).toBe(302);

      emulator.setRepo(REPO, { private: true });
      await call('PATCH', `/releases/${String(draft.json.id)}`, { body: { draft: false } });
      const publicUrl = `${emulator.serverUrl}/${REPO}/releases/download/v1/app.zip`;
      expect((await call('GET', publicUrl, { token: null })).status).toBe(404);
    });

    it('redirects a token holder asking for application/octet-stream to a short-lived URL', async () => {
      emulator.setRepo(REPO, { private: true });
      const release = await createRelease({ tag_name: 'v1' });
      const asset = await call('POST', uploadUrl(release, 'app.zip'), {
        body: Buffer.from('private bytes'),
      });
      const viaApi = await call('GET', `/releases/assets/${String(asset.json.id)}`, {
        headers: { accept: 'application/octet-stream' },
      });
      expect(viaApi.status).toBe(302);
      const bytes = await call('GET', viaApi.headers.get('location') ?? '', { token: null });
      expect(bytes.text).toBe('private bytes');
      expect(
        (
          await call('GET', `/releases/assets/${String(asset.json.id)}`, {
            token: null,
            headers: { accept: 'application/octet-stream' },
          })
        ).status,
      ).toBe(404);
    });
  });

  describe('contents', () => {
    const put = (path: string, text: string, extra: Record<string, unknown> = {}) =>
      call('PUT', `/contents/${path}`, {
        body: { message: `write ${path}`, content: Buffer.from(text).toString('base64'), ...extra },
      });

    it('reports the git blob sha and base64 content; raw media type gives the text', async () => {
      await put('data/m.json', '{"a":1}\n');
      const file = await call('GET', '/contents/data%2Fm.json?ref=main');
      const gitSha = execFileSync('git', ['hash-object', '--stdin'], { input: '{"a":1}\n' })
        .toString()
        .trim();
      expect(file.json).toMatchObject({
        type: 'file',
        encoding: 'base64',
        sha: gitSha,
        path: 'data/m.json',
        size: 8,
      });
      const raw = await call('GET', '/contents/data/m.json', {
        headers: { accept: 'application/vnd.github.raw' },
      });
      expect([raw.text, raw.headers.get('etag')]).toEqual(['{"a":1}\n', `"${gitSha}"`]);
      const again = await call('GET', '/contents/data/m.json', {
        headers: { accept: 'application/vnd.github.raw', 'if-none-match': `"${gitSha}"` },
      });
      expect(again.status).toBe(304);
    });

    it('compare-and-swap: 409 on a stale sha, 422 without one, 200 with the current one', async () => {
      const created = await put('m.json', 'one');
      expect(created.status).toBe(201);
      const sha = (created.json.content as { sha: string }).sha;
      const stale = await put('m.json', 'two', { sha: '0'.repeat(40) });
      expect([stale.status, stale.json.message]).toEqual([
        409,
        `m.json does not match ${'0'.repeat(40)}`,
      ]);
      const missing = await put('m.json', 'two');
      expect([missing.status, missing.json.message]).toEqual([
        422,
        'Invalid request.\n\n"sha" wasn\'t supplied.',
      ]);
      const updated = await put('m.json', 'two', { sha });
      expect(updated.status).toBe(200);
      expect(emulator.file(REPO, 'main', 'm.json')?.text).toBe('two');
    });

    it('404 "Branch X not found" on a missing branch, and "No commit found" when reading one', async () => {
      const write = await put('m.json', 'x', { branch: 'nope' });
      expect([write.status, write.json.message]).toEqual([404, 'Branch nope not found']);
      const read = await call('GET', '/contents/m.json?ref=nope');
      expect([read.status, read.json.message]).toEqual([404, 'No commit found for the ref nope']);
    });

    it('serves raw files of public repositories with an ETag, 304 on a match, 404 when private', async () => {
      emulator.seedBranch(REPO, 'live-updates', { 'live-update/manifest.json': '{"v":1}' });
      const url = `${emulator.serverUrl}/${REPO}/raw/live-updates/live-update/manifest.json`;
      const first = await call('GET', url, { token: null });
      expect([first.status, first.text]).toEqual([200, '{"v":1}']);
      expect(
        (
          await call('GET', url, {
            token: null,
            headers: { 'if-none-match': first.headers.get('etag') ?? '' },
          })
        ).status,
      ).toBe(304);
      emulator.setRepo(REPO, { private: true });
      expect((await call('GET', url, { token: null })).status).toBe(404);
    });
  });

  describe('git data', () => {
    it('builds an orphan branch: tree with nested inline content, parentless commit, ref', async () => {
      const tree = await call('POST', '/git/trees', {
        body: {
          tree: [
            { path: 'live-update/manifest.json', mode: '100644', type: 'blob', content: '{}' },
            { path: 'README.md', mode: '100644', type: 'blob', content: '# x' },
          ],
        },
      });
      expect(
        (tree.json.tree as { path: string; type: string }[]).map((e) => `${e.type} ${e.path}`),
      ).toEqual(['blob README.md', 'tree live-update']);
      const commit = await call('POST', '/git/commits', {
        body: { message: 'start', tree: tree.json.sha, parents: [] },
      });
      expect(commit.json.parents).toEqual([]);
      expect((await call('GET', '/git/ref/heads/live-updates')).status).toBe(404);
      expect(
        (
          await call('POST', '/git/refs', {
            body: { ref: 'refs/heads/live-updates', sha: commit.json.sha },
          })
        ).status,
      ).toBe(201);
      const again = await call('POST', '/git/refs', {
        body: { ref: 'refs/heads/live-updates', sha: commit.json.sha },
      });
      expect([again.status, again.json.message]).toEqual([422, 'Reference already exists']);
      expect(emulator.file(REPO, 'live-updates', 'live-update/manifest.json')?.text).toBe('{}');
      expect((await call('GET', '/git/ref/heads/live-updates')).json.object).toMatchObject({
        sha: commit.json.sha,
        type: 'commit',
      });
    });

    it('hashes trees and commits exactly as git does', async () => {
      const tree = await call('POST', '/git/trees', {
        body: {
          tree: [
            { path: 'a/b.txt', mode: '100644', type: 'blob', content: 'hi\n' },
            { path: 'c.txt', mode: '100644', type: 'blob', content: 'x' },
          ],
        },
      });
      // git mktree of the same entries gives the same sha.
      const sub = execFileSync('git', ['hash-object', '--stdin'], { input: 'hi\n' })
        .toString()
        .trim();
      const c = execFileSync('git', ['hash-object', '--stdin'], { input: 'x' }).toString().trim();
      const gitDir = execFileSync('mktemp', ['-d']).toString().trim();
      const git = (args: string[], input?: string) =>
        execFileSync('git', ['--git-dir', gitDir, ...args], { input })
          .toString()
          .trim();
      git(['init', '--bare', '-q']);
      git(['hash-object', '-w', '--stdin'], 'hi\n');
      git(['hash-object', '-w', '--stdin'], 'x');
      const inner = git(['mktree'], `100644 blob ${sub}\tb.txt\n`);
      const root = git(['mktree'], `040000 tree ${inner}\ta\n100644 blob ${c}\tc.txt\n`);
      expect(tree.json.sha).toBe(root);
      execFileSync('rm', ['-rf', gitDir]);
    });

    it('refuses a ref update that is not a fast-forward unless forced', async () => {
      const head = emulator.refs(REPO)['refs/heads/main'];
      const tree = await call('POST', '/git/trees', {
        body: { tree: [{ path: 'x', mode: '100644', type: 'blob', content: 'x' }] },
      });
      const orphan = await call('POST', '/git/commits', {
        body: { message: 'o', tree: tree.json.sha, parents: [] },
      });
      const child = emulator.commitFile(REPO, 'main', 'y', 'y');
      expect(
        (await call('PATCH', '/git/refs/heads/main', { body: { sha: orphan.json.sha } })).json
          .message,
      ).toBe('Update is not a fast forward');
      expect(emulator.refs(REPO)['refs/heads/main']).toBe(child);
      expect(emulator.commits(REPO, 'main').map((x) => x.sha)).toEqual([child, head]);
      expect(
        (
          await call('PATCH', '/git/refs/heads/main', {
            body: { sha: orphan.json.sha, force: true },
          })
        ).status,
      ).toBe(200);
    });
  });
});
