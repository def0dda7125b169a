// The emulated GitHub's data: repositories with their git objects, refs, releases and assets,
// and the tokens that may touch them.
import { createHash, randomBytes } from 'node:crypto';
import { emulatorPerson, FILE_MODE, GitStore } from './git.js';

export interface AssetState {
  id: number;
  releaseId: number;
  name: string;
  label: string;
  contentType: string;
  data: Buffer;
  state: string;
  size: number;
  digest: string;
  downloadCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface ReleaseState {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  immutable: boolean;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  // Drafts have no tag yet; GitHub shows them under an "untagged-…" name that changes on publish.
  untaggedName: string;
  assets: AssetState[];
}

export interface RepoState {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  private: boolean;
  immutableReleases: boolean;
  defaultBranch: string;
  createdAt: string;
  git: GitStore;
  refs: Map<string, string>;
  releases: Map<number, ReleaseState>;
  // Tags once held by an immutable release cannot be given to another release.
  burnedTags: Set<string>;
}

export interface TokenState {
  value: string;
  repos: Set<string> | undefined;
  contents: 'read' | 'write';
  remaining: number;
  resetAt: number;
}

export type Access = 'none' | 'read' | 'write';

export const RATE_LIMIT = 5000;
export const ANONYMOUS_RATE_LIMIT = 60;

export const isoNow = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export class EmulatorState {
  readonly repos = new Map<string, RepoState>();
  readonly tokens = new Map<string, TokenState>();
  /** "owner/name:branch" keys of branches whose rules refuse direct commits. */
  readonly protectedBranches = new Set<string>();
  readonly secret = randomBytes(16).toString('hex');
  private nextId = 100_001;

  newId(): number {
    return this.nextId++;
  }

  repo(fullName: string): RepoState | undefined {
    return this.repos.get(fullName.toLowerCase());
  }

  createRepo(
    fullName: string,
    opts: { private?: boolean; immutableReleases?: boolean; defaultBranch?: string },
  ): RepoState {
    const [owner, name, ...rest] = fullName.split('/');
    if (!owner || !name || rest.length > 0)
      throw new Error(`repository "${fullName}" is not owner/name`);
    const repo: RepoState = {
      id: this.newId(),
      owner,
      name,
      fullName: `${owner}/${name}`,
      private: opts.private ?? false,
      immutableReleases: opts.immutableReleases ?? false,
      defaultBranch: opts.defaultBranch ?? 'main',
      createdAt: isoNow(),
      git: new GitStore(),
      refs: new Map(),
      releases: new Map(),
      burnedTags: new Set(),
    };
    // Like a repository created with a README: its default branch has one commit.
    const readme = repo.git.putBlob(Buffer.from(`# ${name}\n`));
    const tree = repo.git.putTree([
      { name: 'README.md', mode: FILE_MODE, type: 'blob', sha: readme },
    ]);
    const person = emulatorPerson();
    const commit = repo.git.putCommit({
      tree,
      parents: [],
      message: 'Initial commit',
      author: person,
      committer: person,
    });
    repo.refs.set(`refs/heads/${repo.defaultBranch}`, commit);
    this.repos.set(repo.fullName.toLowerCase(), repo);
    return repo;
  }

  createToken(opts: { repos?: string[]; contents?: 'read' | 'write' }): string {
    const value = `ghs_${randomBytes(18).toString('base64url').replace(/[-_]/g, 'x')}`;
    this.tokens.set(value, {
      value,
      repos: opts.repos ? new Set(opts.repos.map((r) => r.toLowerCase())) : undefined,
      contents: opts.contents ?? 'write',
      remaining: RATE_LIMIT,
      resetAt: Math.floor(Date.now() / 1000) + 3600,
    });
    return value;
  }

  access(token: TokenState | undefined, repo: RepoState): Access {
    const granted = token && (!token.repos || token.repos.has(repo.fullName.toLowerCase()));
    if (!granted) return repo.private ? 'none' : 'read';
    return token.contents;
  }

  /** A signature for short-lived object URLs, like the signed links GitHub redirects to. */
  sign(assetId: number, expires: number): string {
    return createHash('sha256')
      .update(`${this.secret}:${assetId}:${expires}`)
      .digest('hex')
      .slice(0, 32);
  }

  findAsset(
    assetId: number,
  ): { repo: RepoState; release: ReleaseState; asset: AssetState } | undefined {
    for (const repo of this.repos.values()) {
      for (const release of repo.releases.values()) {
        const asset = release.assets.find((a) => a.id === assetId);
        if (asset) return { repo, release, asset };
      }
    }
    return undefined;
  }
}
