import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  startGitHubEmulator,
  type GitHubEmulator,
} from '../../test-support/github-emulator/index.js';

const REPO = 'example-org/example-app';

describe('fault injection', () => {
  let emulator: GitHubEmulator;
  let auth: Record<string, string>;
  let api: string;
  const get = (path = '') => fetch(`${api}${path}`, { headers: auth });
  const createRelease = (tag: string) =>
    fetch(`${api}/releases`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ tag_name: tag, draft: true }),
    });

  beforeEach(async () => {
    emulator = await startGitHubEmulator();
    emulator.createRepo(REPO);
    auth = { authorization: `token ${emulator.createToken()}` };
    api = `${emulator.apiUrl}/repos/${REPO}`;
  });
  afterEach(async () => {
    await emulator.close();
  });

  it('answers chosen requests with a status: nth and times pick which', async () => {
    const fault = emulator.faults.add({
      method: 'GET',
      path: `/api/v3/repos/${REPO}`,
      nth: 2,
      times: 2,
      effect: { type: 'status', status: 500 },
    });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await get()).status);
    expect(statuses).toEqual([200, 500, 500, 200]);
    expect([fault.seen, fault.hits]).toEqual([4, 2]);
    expect(emulator.requests.map((r) => r.fault)).toEqual([
      undefined,
      'status',
      'status',
      undefined,
    ]);
  });

  it('sends GitHub-like bodies: JSON for 500/503, an HTML page for 502', async () => {
    emulator.faults.add({ path: '**', times: 3, effect: { type: 'status', status: 500 } });
    expect(await (await get()).json()).toMatchObject({ message: 'Server Error' });
    emulator.faults.clear();
    emulator.faults.add({ path: '**', effect: { type: 'status', status: 502 } });
    const bad = await get();
    expect([bad.status, bad.headers.get('content-type')]).toEqual([502, 'text/html']);
    emulator.faults.add({ path: /\/repos\//, effect: { type: 'status', status: 503 } });
    expect(await (await get()).json()).toMatchObject({ message: 'Service Unavailable' });
  });

  it('drops the connection while the request body arrives: nothing is done', async () => {
    emulator.faults.add({ method: 'POST', path: '**/releases', effect: { type: 'drop-request' } });
    await expect(createRelease('v1')).rejects.toThrow();
    expect(emulator.releases(REPO)).toEqual([]);
  });

  it('cuts the answer midway, or loses it, after doing the work', async () => {
    emulator.faults.add({ method: 'POST', path: '**/releases', effect: { type: 'drop-response' } });
    const cut = await createRelease('v1');
    await expect(cut.text()).rejects.toThrow();
    emulator.faults.add({ method: 'POST', path: '**/releases', effect: { type: 'lose-response' } });
    await expect(createRelease('v2')).rejects.toThrow();
    expect(emulator.releases(REPO).map((r) => r.tagName)).toEqual(['v1', 'v2']);
    expect(emulator.requests.map((r) => r.fault)).toEqual(['drop-response', 'lose-response']);
  });

  it('adds latency', async () => {
    emulator.faults.add({ path: '**', effect: { type: 'latency', ms: 150 } });
    const started = Date.now();
    expect((await get()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers a secondary rate limit with 403 and retry-after', async () => {
    emulator.faults.add({ path: '**', effect: { type: 'secondary-rate-limit', retryAfter: 2 } });
    const answer = await get();
    expect([answer.status, answer.headers.get('retry-after')]).toEqual([403, '2']);
    expect(((await answer.json()) as { message: string }).message).toMatch(/secondary rate limit/);
  });

  it('answers a primary rate limit with 429 or 403, remaining 0 and a reset time', async () => {
    emulator.faults.add({
      path: '**',
      effect: { type: 'primary-rate-limit', status: 429, resetAfter: 30 },
    });
    emulator.faults.add({ path: '**', nth: 2, effect: { type: 'primary-rate-limit' } });
    const first = await get();
    const second = await get();
    const now = Date.now() / 1000;
    expect([first.status, second.status]).toEqual([429, 403]);
    expect(first.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(now + 25);
    expect(((await second.json()) as { message: string }).message).toMatch(
      /^API rate limit exceeded/,
    );
  });

  it('runs a hook before the request, for a competing commit between read and write', async () => {
    emulator.faults.add({
      method: 'GET',
      path: '**/contents/**',
      effect: {
        type: 'before',
        run: () => void emulator.commitFile(REPO, 'main', 'README.md', 'changed'),
      },
    });
    const file = (await (await get('/contents/README.md')).json()) as { content: string };
    expect(Buffer.from(file.content, 'base64').toString()).toBe('changed');
  });

  it('stores an upload incomplete while answering 201', async () => {
    const release = (await (await createRelease('v1')).json()) as { upload_url: string };
    emulator.faults.add({
      path: '/api/uploads/**',
      effect: { type: 'corrupt-upload', state: 'starter', missingBytes: 3 },
    });
    const url = release.upload_url.replace('{?name,label}', '?name=a.zip');
    const answer = await fetch(url, {
      method: 'POST',
      headers: auth,
      body: new Uint8Array(Buffer.from('0123456789')),
    });
    expect(answer.status).toBe(201);
    expect(await answer.json()).toMatchObject({ state: 'starter', size: 7 });
    expect(emulator.releases(REPO)[0]?.assets[0]?.data.toString()).toBe('0123456');
  });

  it('records every request with its area and status; restCalls counts API and uploads only', async () => {
    await get();
    await fetch(`${emulator.serverUrl}/${REPO}/raw/main/README.md`);
    expect(emulator.requests.map((r) => [r.method, r.area, r.status])).toEqual([
      ['GET', 'api', 200],
      ['GET', 'web', 200],
    ]);
    expect(emulator.restCalls()).toHaveLength(1);
    expect(emulator.restCalls(1)).toHaveLength(0);
  });

  it('a removed fault stops applying', async () => {
    const fault = emulator.faults.add({
      path: '**',
      times: Infinity,
      effect: { type: 'status', status: 500 },
    });
    expect((await get()).status).toBe(500);
    fault.remove();
    expect((await get()).status).toBe(200);
  });
});

describe('emulator CLI', () => {
  it('prints serverUrl, apiUrl, token and repository, then serves until stopped', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test-support/github-emulator/cli.ts', '--repo', 'acme/app', '--private'],
      {
        stdio: ['pipe', 'pipe', 'inherit'],
      },
    );
    try {
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', (code) => reject(new Error(`cli exited with ${code}`)));
      });
      const info = JSON.parse(line) as {
        serverUrl: string;
        apiUrl: string;
        token: string;
        repository: string;
      };
      expect(info.apiUrl).toBe(`${info.serverUrl}/api/v3`);
      expect(info.repository).toBe('acme/app');
      const repo = await fetch(`${info.apiUrl}/repos/acme/app`, {
        headers: { authorization: `token ${info.token}` },
      });
      expect(await repo.json()).toMatchObject({ full_name: 'acme/app', private: true });
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
