// The action's commands through the CLI against the local GitHub emulator: publish, rollback,
// and --dry-run, which must not write anything (only GET requests reach GitHub).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync } from 'node:fs';
import path from 'node:path';
import {
  startGitHubEmulator,
  type GitHubEmulator,
} from '../../test-support/github-emulator/index.js';
import {
  exampleApp,
  expectOneErrorLine,
  removeTempDirs,
  requireBuiltCli,
  runCli,
  tempDir,
  type CliOptions,
} from './helpers.js';

const REPO = 'example-org/example-app';
const BRANCH = 'live-updates';
const MANIFEST = 'live-update/manifest.json';
const www = 'examples/web-app/www';

let github: GitHubEmulator;
let token = '';

beforeAll(async () => {
  requireBuiltCli();
  github = await startGitHubEmulator();
  github.createRepo(REPO);
  token = github.createToken();
});

afterAll(async () => {
  await github?.close();
  removeTempDirs();
});

function cli(args: string[], options: CliOptions = {}) {
  return runCli([...args, '--manifest-repository', REPO, '--server-url', github.serverUrl], {
    ...options,
    env: { GITHUB_TOKEN: token, ...options.env },
  });
}

async function cliJson(args: string[]) {
  const run = await cli([...args, '--json']);
  if (run.code !== 0) throw new Error(`exit ${run.code}\n${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

function manifest() {
  const file = github.file(REPO, BRANCH, MANIFEST);
  return file && { sha: file.sha, json: JSON.parse(file.text) };
}

describe('publish and rollback', () => {
  test('publish uploads the bundle and commits the manifest', async () => {
    const result = await cliJson(['publish', '--path', www, '--version', '1.0.0']);
    expect(result).toMatchObject({ command: 'publish', version: '1.0.0', channelAfter: '1.0.0' });
    const release = github.releases(REPO).find((r) => r.tagName === 'v1.0.0');
    expect(release?.draft).toBe(false);
    const asset = release!.assets[0]!;
    expect(createHash('sha256').update(asset.data).digest('hex')).toBe(result.sha256);
    expect(result.url).toContain(`/releases/download/v1.0.0/${asset.name}`);
    const written = manifest()!.json;
    expect(written.bundles['1.0.0'].checksum).toBe(result.checksum);
    expect(written.channels.production.version).toBe('1.0.0');
    expect(result.manifestCommit).toBe(github.commits(REPO, BRANCH)[0]?.sha);
  });

  test('publish prints the headline, before → after and the URLs', async () => {
    const run = await cli(['publish', '--path', www, '--version', '1.0.1', '--token', token], {
      env: { GITHUB_TOKEN: '' },
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1\.0\.0 → 1\.0\.1/);
    expect(run.stdout).toMatch(/^ {2}url +http:\/\/127\.0\.0\.1:\d+\/.*v1\.0\.1/m);
    expect(run.stdout).toMatch(
      /^ {2}manifest +http:\/\/127\.0\.0\.1:\d+\/example-org\/example-app\/raw\/live-updates\//m,
    );
    expect(manifest()!.json.channels.production.version).toBe('1.0.1');
  });

  test('rollback moves the channel back to the version before', async () => {
    const result = await cliJson(['rollback']);
    expect(result).toMatchObject({
      command: 'rollback',
      channelBefore: '1.0.1',
      channelAfter: '1.0.0',
    });
    expect(manifest()!.json.channels.production.version).toBe('1.0.0');
  });
});

describe('--dry-run writes nothing', () => {
  test.each([
    ['publish', ['--path', www, '--version', '1.0.2']],
    ['rollback', ['--version', '1.0.1']],
    ['promote', ['--from-channel', 'production', '--channel', 'beta']],
    ['rollout', ['--rollout', '50']],
    ['prune', ['--keep', '1']],
  ])('%s', async (command, args) => {
    const before = manifest();
    const since = github.requests.length;
    const result = await cliJson([command, ...args, '--dry-run']);
    const calls = github.requests.slice(since);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([]);
    expect(String(result.headline)).toMatch(/^Dry run/);
    expect(result.plan).toEqual(expect.arrayContaining([expect.any(String)]));
    expect(manifest()).toEqual(before);
    expect(github.releases(REPO).map((r) => r.tagName)).toEqual(['v1.0.0', 'v1.0.1']);
  });
});

describe('context outside GitHub Actions', () => {
  test('the repository comes from the GitHub origin remote; --path is relative to where the user stands', async () => {
    const root = tempDir('clone');
    cpSync(exampleApp, path.join(root, 'app'), { recursive: true });
    execFileSync('git', ['init', '-q', root]);
    execFileSync('git', ['-C', root, 'remote', 'add', 'origin', `https://github.com/${REPO}.git`]);
    const since = github.requests.length;
    const run = await runCli(
      [
        'publish',
        '--path',
        'www',
        '--version',
        '1.0.5',
        '--dry-run',
        '--json',
        '--server-url',
        github.serverUrl,
      ],
      { cwd: path.join(root, 'app'), env: { GITHUB_TOKEN: token } },
    );
    expect(run.stderr).not.toContain('error');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: '1.0.5', files: 3 });
    expect(run.stderr).toContain('Zipped 3 files from app/www');
    const paths = github.requests.slice(since).map((r) => r.path);
    expect(paths.some((p) => p.startsWith(`/api/v3/repos/${REPO}/`))).toBe(true);
  });

  test('without a repository or a token the command line is refused (exit 2)', async () => {
    const noGit = tempDir('no-git');
    const noRepo = await runCli(['rollback', '--token', 'x'], { cwd: noGit });
    expect(noRepo.code).toBe(2);
    expect(expectOneErrorLine(noRepo.stderr)).toContain('--manifest-repository: missing');
    const noToken = await runCli(['rollback', '--manifest-repository', REPO]);
    expect(noToken.code).toBe(2);
    expect(expectOneErrorLine(noToken.stderr)).toContain('--token: missing');
  });

  test('a token that cannot write fails with one line and no stack', async () => {
    const readOnly = github.createToken({ contents: 'read' });
    const run = await cli(['publish', '--path', www, '--version', '1.0.3'], {
      env: { GITHUB_TOKEN: readOnly },
    });
    expect(run.code).toBe(1);
    expect(expectOneErrorLine(run.stderr)).toMatch(/contents: write/);
    expect(manifest()!.json.bundles['1.0.3']).toBeUndefined();
  });
});
