import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { UserError } from '../../src/errors.js';
import { manifestRawUrl, ManifestStore, type StoredFile } from '../../src/github/manifest-store.js';
import { REPO, REPO_NAME, setup, type Setup } from './helpers.js';

const BRANCH = 'live-updates';
const PATH = 'live-update/manifest.json';

type Doc = { versions: string[] };
const parse = (file: StoredFile | undefined): Doc =>
  file ? (JSON.parse(file.text) as Doc) : { versions: [] };
const adding = (version: string) => (current: StoredFile | undefined) => {
  const doc = parse(current);
  if (doc.versions.includes(version)) return undefined;
  return {
    text: `${JSON.stringify({ versions: [...doc.versions, version] }, null, 2)}\n`,
    message: `Add ${version}`,
  };
};

describe('ManifestStore', () => {
  let s: Setup;
  let store: ManifestStore;
  beforeEach(async () => {
    s = await setup();
    store = new ManifestStore(s.gh, {
      repo: REPO,
      branch: BRANCH,
      path: PATH,
      log: s.log,
      conflictDelayMs: 5,
    });
  });
  afterEach(async () => {
    await s.emulator.close();
  });

  it('reads nothing while the branch does not exist', async () => {
    await expect(store.read()).resolves.toBeUndefined();
  });

  it('creates the orphan branch on first write: manifest and README, no parent, default branch untouched', async () => {
    const mainBefore = s.emulator.refs(REPO_NAME)['refs/heads/main'];

    const result = await store.write(adding('1.0.0'));

    const commits = s.emulator.commits(REPO_NAME, BRANCH);
    expect(commits).toHaveLength(1);
    expect(commits[0]?.sha).toBe(result.commitSha);
    expect(commits[0]?.parents).toEqual([]);
    expect(commits[0]?.files.sort()).toEqual(['README.md', PATH]);
    expect(s.emulator.file(REPO_NAME, BRANCH, 'README.md')?.text).toMatch(
      /^# Live-update manifests/,
    );
    expect(parse(s.emulator.file(REPO_NAME, BRANCH, PATH))).toEqual({ versions: ['1.0.0'] });
    expect(s.emulator.refs(REPO_NAME)['refs/heads/main']).toBe(mainBefore);
    expect(s.log.lines.map((l) => l.message).join('\n')).toMatch(/Created the branch live-updates/);
  });

  it('reads back the text and the git blob sha of the file', async () => {
    await store.write(adding('1.0.0'));
    const file = await store.read();
    const gitSha = execFileSync('git', ['hash-object', '--stdin'], { input: file?.text })
      .toString()
      .trim();
    expect(file?.sha).toBe(gitSha);
    expect(parse(file)).toEqual({ versions: ['1.0.0'] });
  });

  it('adds a file to a branch that exists without it (another app on the same branch)', async () => {
    s.emulator.seedBranch(REPO_NAME, BRANCH, { 'other-app/manifest.json': '{}' });
    await store.write(adding('1.0.0'));
    expect(s.emulator.commits(REPO_NAME, BRANCH)[0]?.files.sort()).toEqual([
      PATH,
      'other-app/manifest.json',
    ]);
  });

  it('C09: a commit landing between read and write is kept, and the change is re-applied on top', async () => {
    await store.write(adding('1.2.2'));
    const known = await store.read();
    s.emulator.faults.add({
      method: 'PUT',
      path: '**/contents/**',
      effect: {
        type: 'before',
        run: () =>
          void s.emulator.commitFile(REPO_NAME, BRANCH, PATH, '{"versions":["1.2.2","1.2.3"]}\n'),
      },
    });

    const result = await store.write(adding('1.2.4'), known);

    expect(result.attempts).toBe(2);
    expect(parse(s.emulator.file(REPO_NAME, BRANCH, PATH))).toEqual({
      versions: ['1.2.2', '1.2.3', '1.2.4'],
    });
    const puts = s.emulator
      .restCalls()
      .filter((r) => r.method === 'PUT')
      .map((r) => r.status);
    expect(puts.slice(-2)).toEqual([409, 200]);
    expect(s.emulator.commits(REPO_NAME, BRANCH).map((c) => c.message)).toEqual([
      'Add 1.2.4',
      'Update live-update/manifest.json',
      'Add 1.2.2',
    ]);
  });

  it('a file created by another run after our read (PUT without sha → 422) is re-read, not overwritten', async () => {
    s.emulator.seedBranch(REPO_NAME, BRANCH, { 'README.md': 'x' });
    s.emulator.faults.add({
      method: 'PUT',
      path: '**/contents/**',
      effect: {
        type: 'before',
        run: () => void s.emulator.commitFile(REPO_NAME, BRANCH, PATH, '{"versions":["9.9.9"]}'),
      },
    });

    const result = await store.write(adding('1.0.0'), null);

    expect(result.attempts).toBe(2);
    expect(parse(s.emulator.file(REPO_NAME, BRANCH, PATH))).toEqual({
      versions: ['9.9.9', '1.0.0'],
    });
  });

  it('another run creating the branch first ("Reference already exists") is joined, not fought', async () => {
    s.emulator.faults.add({
      method: 'POST',
      path: '**/git/refs',
      effect: {
        type: 'before',
        run: () =>
          void s.emulator.seedBranch(REPO_NAME, BRANCH, { [PATH]: '{"versions":["0.9.0"]}' }),
      },
    });

    const result = await store.write(adding('1.0.0'));

    expect(result.attempts).toBe(2);
    expect(parse(s.emulator.file(REPO_NAME, BRANCH, PATH))).toEqual({
      versions: ['0.9.0', '1.0.0'],
    });
  });

  it('writes nothing when the change function has nothing to change', async () => {
    await store.write(adding('1.0.0'));
    const commits = s.emulator.commits(REPO_NAME, BRANCH).length;

    const result = await store.write(adding('1.0.0'));

    expect(result).toEqual({ text: expect.stringContaining('1.0.0'), attempts: 1 });
    expect(s.emulator.commits(REPO_NAME, BRANCH)).toHaveLength(commits);
  });

  it('uses what the caller already read: one PUT and no GET', async () => {
    await store.write(adding('1.0.0'));
    const known = await store.read();
    const before = s.emulator.restCalls().length;

    await store.write(adding('1.1.0'), known);

    expect(s.emulator.restCalls(before).map((r) => r.method)).toEqual(['PUT']);
  });

  it('gives up after the allowed attempts when every write meets a newer version', async () => {
    await store.write(adding('1.0.0'));
    let n = 0;
    s.emulator.faults.add({
      method: 'PUT',
      path: '**/contents/**',
      times: Infinity,
      effect: {
        type: 'before',
        run: () => void s.emulator.commitFile(REPO_NAME, BRANCH, PATH, `{"versions":["x${n++}"]}`),
      },
    });
    const impatient = new ManifestStore(s.gh, {
      repo: REPO,
      branch: BRANCH,
      path: PATH,
      log: s.log,
      maxAttempts: 3,
      conflictDelayMs: 1,
    });

    const error = await impatient.write(adding('2.0.0')).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/kept changing under this run: 3 attempts.*re-run/);
  });

  it('a protected branch fails at once with the fix, not as a conflict', async () => {
    await store.write(adding('1.0.0'));
    s.emulator.protectBranch(REPO_NAME, BRANCH);
    const before = s.emulator.restCalls().length;

    const error = await store.write(adding('1.1.0')).catch((e: unknown) => e);

    expect((error as Error).message).toMatch(/409.*rule violations.*exclude the manifest branch/);
    expect(s.emulator.restCalls(before).map((r) => r.method)).toEqual(['GET', 'PUT']);
  });

  it('a read-only token fails at once naming `permissions: contents: write`', async () => {
    const readOnly = s.client({ token: s.emulator.createToken({ contents: 'read' }) });
    const ro = new ManifestStore(readOnly, { repo: REPO, branch: BRANCH, path: PATH, log: s.log });
    await expect(ro.write(adding('1.0.0'))).rejects.toThrow(/403.*permissions: contents: write/);
  });

  it('ten writers at once all land, none lost, no force-push', async () => {
    await store.write(adding('0.0.0'));
    const versions = Array.from({ length: 10 }, (_, i) => `1.0.${i}`);

    const results = await Promise.all(
      versions.map((v) =>
        new ManifestStore(s.client(), {
          repo: REPO,
          branch: BRANCH,
          path: PATH,
          log: s.log,
          conflictDelayMs: 20,
        }).write(adding(v)),
      ),
    );

    expect(parse(s.emulator.file(REPO_NAME, BRANCH, PATH)).versions.sort()).toEqual(
      ['0.0.0', ...versions].sort(),
    );
    const history = s.emulator.commits(REPO_NAME, BRANCH);
    expect(history).toHaveLength(11);
    expect(results.every((r) => r.commitSha && history.some((c) => c.sha === r.commitSha))).toBe(
      true,
    );
  });

  it('reads a manifest over 1 MB through the blob API', async () => {
    const big = JSON.stringify({ versions: ['1.0.0'], padding: 'x'.repeat(1_100_000) });
    s.emulator.seedBranch(REPO_NAME, BRANCH, { [PATH]: big });
    const file = await store.read();
    expect(file?.text).toBe(big);
  });
});

describe('manifestRawUrl', () => {
  const repo = { owner: 'example-org', repo: 'example-app' };

  it('uses raw.githubusercontent.com for github.com', () => {
    expect(
      manifestRawUrl('https://github.com', repo, 'live-updates', 'live-update/manifest.json'),
    ).toBe(
      'https://raw.githubusercontent.com/example-org/example-app/live-updates/live-update/manifest.json',
    );
  });

  it('uses the server\u2019s /raw/ path elsewhere (GitHub Enterprise, the emulator)', () => {
    expect(manifestRawUrl('https://ghe.example.com/', repo, 'releases/live', 'm a.json')).toBe(
      'https://ghe.example.com/example-org/example-app/raw/releases/live/m%20a.json',
    );
  });

  it('points at what the emulator serves, with an ETag and 304 on a repeat', async () => {
    const s = await setup();
    try {
      const store = new ManifestStore(s.gh, {
        repo: REPO,
        branch: 'live-updates',
        path: PATH,
        log: s.log,
      });
      await store.write(adding('1.0.0'));
      const url = manifestRawUrl(s.emulator.serverUrl, REPO, 'live-updates', PATH);

      const first = await fetch(url);
      const etag = first.headers.get('etag') ?? '';
      const again = await fetch(url, { headers: { 'if-none-match': etag } });

      expect(first.status).toBe(200);
      expect(parse({ text: await first.text(), sha: '' })).toEqual({ versions: ['1.0.0'] });
      expect(etag).toMatch(/^"[0-9a-f]{40}"$/);
      expect(again.status).toBe(304);
    } finally {
      await s.emulator.close();
    }
  });
});
