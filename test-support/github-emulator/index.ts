// A local GitHub for tests and the demo: the REST API in GitHub Enterprise's layout, the uploads
// path, release downloads and raw files, on 127.0.0.1 with a port chosen by the OS.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commitFile, readFile } from './branches.js';
import { FaultController } from './faults.js';
import type { RecordedRequest, Urls } from './http.js';
import { assetRoutes } from './routes/assets.js';
import { contentRoutes } from './routes/contents.js';
import { gitRoutes } from './routes/git.js';
import { releaseRoutes } from './routes/releases.js';
import { repoRoutes } from './routes/repos.js';
import { webRoutes } from './routes/web.js';
import { seedBranch, seedRelease, type SeedRelease } from './seed.js';
import { createHandler } from './server.js';
import { EmulatorState, type RepoState } from './state.js';
import { commitViews, releaseViews, type CommitView, type ReleaseView } from './views.js';

export { FaultController } from './faults.js';
export type { Fault, FaultEffect, FaultRule } from './faults.js';
export type { RecordedRequest } from './http.js';
export type { SeedRelease } from './seed.js';
export type { AssetView, CommitView, ReleaseView } from './views.js';

// Nothing to configure yet; kept so callers can pass options without a signature change.
export type EmulatorOptions = Record<string, never>;

export interface GitHubEmulator {
  /** Like GITHUB_SERVER_URL: http://127.0.0.1:PORT */
  serverUrl: string;
  /** Like GITHUB_API_URL on GitHub Enterprise: http://127.0.0.1:PORT/api/v3 */
  apiUrl: string;
  /** Base of upload URLs: http://127.0.0.1:PORT/api/uploads */
  uploadsUrl: string;
  createRepo(
    fullName: string,
    opts?: { private?: boolean; immutableReleases?: boolean; defaultBranch?: string },
  ): void;
  /** A token for all repositories (or only `repos`), with write (default) or read access to contents. */
  createToken(opts?: { repos?: string[]; contents?: 'read' | 'write' }): string;
  faults: FaultController;
  /** Every request received, in order (also those damaged by faults: status 0 when unanswered). */
  requests: RecordedRequest[];
  /** REST calls only (API and uploads), optionally since an index into `requests`. */
  restCalls(since?: number): RecordedRequest[];
  releases(repo: string): ReleaseView[];
  /** A file's text and blob sha at a branch, tag or commit, or undefined. */
  file(repo: string, ref: string, path: string): { text: string; sha: string } | undefined;
  refs(repo: string): Record<string, string>;
  /** A branch's commits, newest first, along first parents. */
  commits(repo: string, branch: string): CommitView[];
  /** Commits a file on an existing branch, as a competing writer would; returns the commit sha. */
  commitFile(repo: string, branch: string, path: string, text: string, message?: string): string;
  /** Creates a branch holding only these files (an orphan commit); returns the commit sha. */
  seedBranch(repo: string, branch: string, files: Record<string, string>): string;
  /** Adds a release (published unless `draft`) with assets in state `uploaded`; returns its id. */
  seedRelease(repo: string, release: SeedRelease): number;
  setRepo(repo: string, changes: { private?: boolean; immutableReleases?: boolean }): void;
  /** Makes contents writes to a branch fail as a ruleset requiring pull requests does. */
  protectBranch(repo: string, branch: string): void;
  close(): Promise<void>;
}

const ALL_ROUTES = [
  ...repoRoutes,
  ...releaseRoutes,
  ...assetRoutes,
  ...contentRoutes,
  ...gitRoutes,
  ...webRoutes,
];

export async function startGitHubEmulator(_options: EmulatorOptions = {}): Promise<GitHubEmulator> {
  const state = new EmulatorState();
  const faults = new FaultController();
  const requests: RecordedRequest[] = [];
  const urls: Urls = { serverUrl: '', apiUrl: '', uploadsUrl: '' };
  const server = createServer(createHandler({ state, faults, routes: ALL_ROUTES, urls, requests }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  urls.serverUrl = `http://127.0.0.1:${port}`;
  urls.apiUrl = `${urls.serverUrl}/api/v3`;
  urls.uploadsUrl = `${urls.serverUrl}/api/uploads`;

  const repoOf = (name: string): RepoState => {
    const repo = state.repo(name);
    if (!repo) throw new Error(`no repository ${name} in the emulator`);
    return repo;
  };

  return {
    ...urls,
    faults,
    requests,
    createRepo: (fullName, opts = {}) => void state.createRepo(fullName, opts),
    createToken: (opts = {}) => state.createToken(opts),
    restCalls: (since = 0) =>
      requests.slice(since).filter((r) => r.area === 'api' || r.area === 'uploads'),
    releases: (repo) => releaseViews(repoOf(repo)),
    file: (repo, ref, path) => {
      const found = readFile(repoOf(repo), ref, path);
      return found && { text: found.data.toString('utf8'), sha: found.sha };
    },
    refs: (repo) => Object.fromEntries(repoOf(repo).refs),
    commits: (repo, branch) => commitViews(repoOf(repo), branch),
    commitFile: (repo, branch, path, text, message = `Update ${path}`) =>
      commitFile(repoOf(repo), branch, path, Buffer.from(text), message).commit,
    seedBranch: (repo, branch, files) => seedBranch(repoOf(repo), branch, files),
    seedRelease: (repo, seed) => seedRelease(state, repoOf(repo), seed),
    setRepo: (repo, changes) => {
      const r = repoOf(repo);
      if (changes.private !== undefined) r.private = changes.private;
      if (changes.immutableReleases !== undefined) r.immutableReleases = changes.immutableReleases;
    },
    protectBranch: (repo, branch) =>
      void state.protectedBranches.add(`${repoOf(repo).fullName.toLowerCase()}:${branch}`),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
