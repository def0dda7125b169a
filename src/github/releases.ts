// Find or create the release for a tag without ever ending with two, and publish it.
// GitHub's lookup by tag does not see drafts and several drafts may share a tag, so releases are
// found by listing; a creation race is settled by the lowest id.
import { setTimeout as sleep } from 'node:timers/promises';
import type { RestEndpointMethodTypes } from '@octokit/rest';
import { UserError } from '../errors.js';
import type { Log } from '../log.js';
import type { GitHub } from './client.js';
import { explainGitHubError, isAlreadyExists, isRequestError } from './errors.js';
import type { RepoRef } from './repo.js';

export interface ReleaseAsset {
  id: number;
  name: string;
  label: string;
  size: number;
  state: string;
  digest?: string;
  browserDownloadUrl: string;
  apiUrl: string;
}

export interface Release {
  id: number;
  tag: string;
  draft: boolean;
  immutable: boolean;
  htmlUrl: string;
  uploadUrl: string;
  /** The release's API URL; its assets are listed under `${apiUrl}/assets`. */
  apiUrl: string;
  body: string;
  assets: ReleaseAsset[];
}

export interface ReleaseSpec {
  tag: string;
  targetCommitish: string;
  name: string;
  body: string;
  log?: Log;
}

type ReleaseData = RestEndpointMethodTypes['repos']['getRelease']['response']['data'];
type AssetData = ReleaseData['assets'][number];

const PER_PAGE = 100;
// After "tag already exists", GitHub's lookup by tag can miss the release for a moment.
const REREAD_DELAYS_MS = [0, 500, 1000, 2000, 4000];

export function toAsset(data: AssetData): ReleaseAsset {
  if (typeof data?.id !== 'number' || typeof data.name !== 'string') {
    throw new Error(
      `GitHub answered with something that is not a release asset: ${JSON.stringify(data)?.slice(0, 200)}`,
    );
  }
  return {
    id: data.id,
    name: data.name,
    label: data.label ?? '',
    size: data.size,
    state: data.state,
    digest: data.digest ?? undefined,
    browserDownloadUrl: data.browser_download_url,
    apiUrl: data.url,
  };
}

export function toRelease(data: ReleaseData): Release {
  if (typeof data?.id !== 'number' || typeof data.tag_name !== 'string') {
    throw new Error(
      `GitHub answered with something that is not a release: ${JSON.stringify(data)?.slice(0, 200)}`,
    );
  }
  return {
    id: data.id,
    tag: data.tag_name,
    draft: data.draft,
    immutable: data.immutable ?? false,
    htmlUrl: data.html_url,
    uploadUrl: data.upload_url,
    apiUrl: data.url,
    body: data.body ?? '',
    assets: (data.assets ?? []).map(toAsset),
  };
}

const hasNextPage = (link: string | undefined): boolean => /rel="next"/.test(link ?? '');

async function getByTag(gh: GitHub, repo: RepoRef, tag: string): Promise<Release | undefined> {
  try {
    return toRelease((await gh.rest.repos.getReleaseByTag({ ...repo, tag })).data);
  } catch (error) {
    if (isRequestError(error) && error.status === 404) return undefined;
    throw explainGitHubError(error, `reading the release for tag ${tag}`);
  }
}

/** Every release holding the tag, drafts included (they are only visible by listing). */
async function releasesWithTag(gh: GitHub, repo: RepoRef, tag: string): Promise<Release[]> {
  let response;
  try {
    response = await gh.rest.repos.listReleases({ ...repo, per_page: PER_PAGE });
  } catch (error) {
    throw explainGitHubError(error, `listing the releases of ${repo.owner}/${repo.repo}`);
  }
  const found = response.data.filter((r) => r.tag_name === tag).map(toRelease);
  if (found.some((r) => !r.draft) || !hasNextPage(response.headers.link)) return found;
  // Releases are listed newest first, so a draft for this tag is on the first page; an older
  // published release is found by its tag instead of reading every page.
  const published = await getByTag(gh, repo, tag);
  return published ? [...found, published] : found;
}

/** The release to use: the published one, else the oldest draft. */
function pick(releases: Release[], tag: string): Release | undefined {
  const published = releases.filter((r) => !r.draft);
  if (published.length > 1) {
    const ids = published.map((r) => r.id).join(' and ');
    throw new UserError(
      `Releases ${ids} are both published for tag ${tag}, so which one devices should get is unclear. ` +
        'Delete all but one of them on the Releases page, then re-run.',
    );
  }
  return published[0] ?? releases.filter((r) => r.draft).sort((a, b) => a.id - b.id)[0];
}

async function readPublishedAfterConflict(
  gh: GitHub,
  repo: RepoRef,
  tag: string,
): Promise<Release> {
  for (const delay of REREAD_DELAYS_MS) {
    await sleep(delay);
    const release = await getByTag(gh, repo, tag);
    if (release) return release;
  }
  throw new UserError(
    `GitHub says a published release already holds tag ${tag}, but it could not be read back. Re-run the job in a minute.`,
  );
}

async function createDraft(gh: GitHub, repo: RepoRef, spec: ReleaseSpec): Promise<Release> {
  try {
    const { data } = await gh.rest.repos.createRelease({
      ...repo,
      tag_name: spec.tag,
      target_commitish: spec.targetCommitish,
      name: spec.name,
      body: spec.body,
      draft: true,
    });
    return toRelease(data);
  } catch (error) {
    // A published release took the tag since the list was read (another run, or a person).
    if (isAlreadyExists(error, 'tag_name')) return readPublishedAfterConflict(gh, repo, spec.tag);
    throw explainGitHubError(error, `creating a draft release for tag ${spec.tag}`);
  }
}

async function deleteDraft(gh: GitHub, repo: RepoRef, release: Release): Promise<void> {
  try {
    await gh.rest.repos.deleteRelease({ ...repo, release_id: release.id });
  } catch (error) {
    if (isRequestError(error) && error.status === 404) return;
    throw explainGitHubError(error, `deleting the duplicate draft release ${release.id}`);
  }
}

export async function findOrCreateRelease(
  gh: GitHub,
  repo: RepoRef,
  spec: ReleaseSpec,
): Promise<{ release: Release; created: boolean }> {
  const existing = pick(await releasesWithTag(gh, repo, spec.tag), spec.tag);
  if (existing) return { release: existing, created: false };

  const mine = await createDraft(gh, repo, spec);
  if (!mine.draft) return { release: mine, created: false };

  // Runs that listed at the same moment each made a draft: all but the oldest step aside.
  const winner = pick(await releasesWithTag(gh, repo, spec.tag), spec.tag) ?? mine;
  if (winner.id === mine.id) return { release: winner, created: true };
  spec.log?.info(
    `Another run created release ${winner.id} for tag ${spec.tag} at the same time; using it and deleting draft ${mine.id}.`,
  );
  await deleteDraft(gh, repo, mine);
  return { release: winner, created: false };
}

/** Publishes a draft (or updates a published release's notes); the answer carries final asset URLs. */
export async function publishRelease(
  gh: GitHub,
  repo: RepoRef,
  release: Release,
  options: { body?: string } = {},
): Promise<Release> {
  if (!release.draft && options.body === undefined) return release;
  try {
    const { data } = await gh.rest.repos.updateRelease({
      ...repo,
      release_id: release.id,
      draft: false,
      ...(options.body === undefined ? {} : { body: options.body }),
    });
    return toRelease(data);
  } catch (error) {
    throw explainGitHubError(error, `publishing release ${release.tag} (id ${release.id})`);
  }
}
