// JSON bodies in the shapes real GitHub answers with (checked against recorded responses and
// GitHub's OpenAPI description in the emulator's conformance test).
import type { Commit, TreeEntry } from './git.js';
import type { Urls } from './http.js';
import type { AssetState, ReleaseState, RepoState } from './state.js';

const nodeId = (kind: string, id: number | string): string =>
  Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');

const ACTOR_ID = 41898282;
const ACTOR = 'github-actions[bot]';

export function actor(urls: Urls): Record<string, unknown> {
  const url = `${urls.apiUrl}/users/${encodeURIComponent(ACTOR)}`;
  return {
    login: ACTOR,
    id: ACTOR_ID,
    node_id: nodeId('Bot', ACTOR_ID),
    avatar_url: `${urls.serverUrl}/avatars/u/${ACTOR_ID}?v=4`,
    gravatar_id: '',
    url,
    html_url: `${urls.serverUrl}/apps/github-actions`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: 'Bot',
    user_view_type: 'public',
    site_admin: false,
  };
}

function owner(urls: Urls, login: string): Record<string, unknown> {
  const base = actor(urls);
  const url = `${urls.apiUrl}/users/${login}`;
  const replaced = Object.fromEntries(
    Object.entries(base).map(([k, v]) => [
      k,
      typeof v === 'string' ? v.replace(base.url as string, url) : v,
    ]),
  );
  return {
    ...replaced,
    login,
    id: 1_000_001,
    node_id: nodeId('Organization', login),
    html_url: `${urls.serverUrl}/${login}`,
    type: 'Organization',
  };
}

export function releaseLabel(release: ReleaseState): string {
  return release.draft ? release.untaggedName : release.tagName;
}

export function assetJson(
  urls: Urls,
  repo: RepoState,
  release: ReleaseState,
  asset: AssetState,
): Record<string, unknown> {
  const download = `${urls.serverUrl}/${repo.fullName}/releases/download/${encodeURIComponent(releaseLabel(release))}/${encodeURIComponent(asset.name)}`;
  return {
    url: `${urls.apiUrl}/repos/${repo.fullName}/releases/assets/${asset.id}`,
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    uploader: actor(urls),
    content_type: asset.contentType,
    state: asset.state,
    size: asset.size,
    digest: asset.digest,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    browser_download_url: download,
  };
}

export function releaseJson(
  urls: Urls,
  repo: RepoState,
  release: ReleaseState,
): Record<string, unknown> {
  const api = `${urls.apiUrl}/repos/${repo.fullName}`;
  const tag = encodeURIComponent(release.tagName);
  return {
    url: `${api}/releases/${release.id}`,
    assets_url: `${api}/releases/${release.id}/assets`,
    upload_url: `${urls.uploadsUrl}/repos/${repo.fullName}/releases/${release.id}/assets{?name,label}`,
    html_url: `${urls.serverUrl}/${repo.fullName}/releases/tag/${encodeURIComponent(releaseLabel(release))}`,
    id: release.id,
    author: actor(urls),
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    draft: release.draft,
    immutable: release.immutable,
    prerelease: release.prerelease,
    created_at: release.createdAt,
    updated_at: release.updatedAt,
    published_at: release.publishedAt,
    assets: release.assets.map((a) => assetJson(urls, repo, release, a)),
    tarball_url: `${api}/tarball/${tag}`,
    zipball_url: `${api}/zipball/${tag}`,
    body: release.body,
  };
}

const REPO_LINKS: [string, string][] = [
  ['forks_url', '/forks'],
  ['keys_url', '/keys{/key_id}'],
  ['collaborators_url', '/collaborators{/collaborator}'],
  ['teams_url', '/teams'],
  ['hooks_url', '/hooks'],
  ['issue_events_url', '/issues/events{/number}'],
  ['events_url', '/events'],
  ['assignees_url', '/assignees{/user}'],
  ['branches_url', '/branches{/branch}'],
  ['tags_url', '/tags'],
  ['blobs_url', '/git/blobs{/sha}'],
  ['git_tags_url', '/git/tags{/sha}'],
  ['git_refs_url', '/git/refs{/sha}'],
  ['trees_url', '/git/trees{/sha}'],
  ['statuses_url', '/statuses/{sha}'],
  ['languages_url', '/languages'],
  ['stargazers_url', '/stargazers'],
  ['contributors_url', '/contributors'],
  ['subscribers_url', '/subscribers'],
  ['subscription_url', '/subscription'],
  ['commits_url', '/commits{/sha}'],
  ['git_commits_url', '/git/commits{/sha}'],
  ['comments_url', '/comments{/number}'],
  ['issue_comment_url', '/issues/comments{/number}'],
  ['contents_url', '/contents/{+path}'],
  ['compare_url', '/compare/{base}...{head}'],
  ['merges_url', '/merges'],
  ['archive_url', '/{archive_format}{/ref}'],
  ['downloads_url', '/downloads'],
  ['issues_url', '/issues{/number}'],
  ['pulls_url', '/pulls{/number}'],
  ['milestones_url', '/milestones{/number}'],
  ['notifications_url', '/notifications{?since,all,participating}'],
  ['labels_url', '/labels{/name}'],
  ['releases_url', '/releases{/id}'],
  ['deployments_url', '/deployments'],
];

export function repoJson(
  urls: Urls,
  repo: RepoState,
  access: 'read' | 'write',
): Record<string, unknown> {
  const api = `${urls.apiUrl}/repos/${repo.fullName}`;
  const host = new URL(urls.serverUrl).host;
  const links = Object.fromEntries(REPO_LINKS.map(([key, suffix]) => [key, `${api}${suffix}`]));
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    owner: owner(urls, repo.owner),
    html_url: `${urls.serverUrl}/${repo.fullName}`,
    description: null,
    fork: false,
    url: api,
    ...links,
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    pushed_at: repo.createdAt,
    git_url: `git://${host}/${repo.fullName}.git`,
    ssh_url: `git@${host}:${repo.fullName}.git`,
    clone_url: `${urls.serverUrl}/${repo.fullName}.git`,
    svn_url: `${urls.serverUrl}/${repo.fullName}`,
    homepage: null,
    size: 1,
    stargazers_count: 0,
    watchers_count: 0,
    language: 'TypeScript',
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 0,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: repo.private ? 'private' : 'public',
    forks: 0,
    open_issues: 0,
    watchers: 0,
    default_branch: repo.defaultBranch,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
    temp_clone_token: '',
    organization: owner(urls, repo.owner),
    permissions: {
      admin: false,
      maintain: false,
      push: access === 'write',
      triage: access === 'write',
      pull: true,
    },
    network_count: 0,
    subscribers_count: 0,
  };
}

export function fileJson(
  urls: Urls,
  repo: RepoState,
  ref: string,
  path: string,
  sha: string,
  size: number,
): Record<string, unknown> {
  const api = `${urls.apiUrl}/repos/${repo.fullName}`;
  const self = `${api}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const git = `${api}/git/blobs/${sha}`;
  const html = `${urls.serverUrl}/${repo.fullName}/blob/${ref}/${path}`;
  return {
    name: path.split('/').pop(),
    path,
    sha,
    size,
    url: self,
    html_url: html,
    git_url: git,
    download_url: `${urls.serverUrl}/${repo.fullName}/raw/${ref}/${path}`,
    type: 'file',
    _links: { self, git, html },
  };
}

/** Base64 with a line break every 60 characters, as the contents API encodes files. */
export function wrappedBase64(data: Buffer): string {
  const text = data.toString('base64');
  const lines = text.match(/.{1,60}/g) ?? [''];
  return `${lines.join('\n')}\n`;
}

export function commitJson(
  urls: Urls,
  repo: RepoState,
  sha: string,
  commit: Commit,
): Record<string, unknown> {
  const api = `${urls.apiUrl}/repos/${repo.fullName}`;
  return {
    sha,
    node_id: nodeId('Commit', sha),
    url: `${api}/git/commits/${sha}`,
    html_url: `${urls.serverUrl}/${repo.fullName}/commit/${sha}`,
    author: commit.author,
    committer: commit.committer,
    tree: { sha: commit.tree, url: `${api}/git/trees/${commit.tree}` },
    message: commit.message,
    parents: commit.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${urls.serverUrl}/${repo.fullName}/commit/${p}`,
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

export function refJson(
  urls: Urls,
  repo: RepoState,
  ref: string,
  sha: string,
): Record<string, unknown> {
  const api = `${urls.apiUrl}/repos/${repo.fullName}`;
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: `${api}/git/${ref}`,
    object: { sha, type: 'commit', url: `${api}/git/commits/${sha}` },
  };
}

export function treeJson(
  urls: Urls,
  repo: RepoState,
  sha: string,
  entries: TreeEntry[],
  sizeOf: (sha: string) => number,
): Record<string, unknown> {
  const api = `${urls.apiUrl}/repos/${repo.fullName}`;
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    tree: entries.map((e) => ({
      path: e.name,
      mode: e.mode,
      type: e.type,
      sha: e.sha,
      ...(e.type === 'blob' ? { size: sizeOf(e.sha) } : {}),
      url: `${api}/git/${e.type === 'blob' ? 'blobs' : 'trees'}/${e.sha}`,
    })),
    truncated: false,
  };
}
