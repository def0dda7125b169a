// Release assets: upload (the bytes are a Buffer, so a retry resends them), delete, list, and a
// check that GitHub stored exactly what was sent.
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import type { GitHub } from './client.js';
import { explainGitHubError, isAlreadyExists, isRequestError } from './errors.js';
import { toAsset, type Release, type ReleaseAsset } from './releases.js';
import type { RepoRef } from './repo.js';

export { checkDownload } from './download-check.js';

const PER_PAGE = 100;

/** An asset of this name is already on the release and does not hold the bytes being uploaded. */
export class AssetExistsError extends UserError {
  override name = 'AssetExistsError';

  constructor(
    readonly assetName: string,
    readonly release: Release,
    readonly existing: ReleaseAsset | undefined,
  ) {
    super(
      `Release ${release.tag} already has an asset named ${assetName} with other content. ` +
        'Delete it on the Releases page (or bump the version), then re-run.',
    );
  }
}

/** GitHub rewrites other characters in asset names; names built with this stay as they are. */
export function safeAssetName(name: string): string {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^\.+|\.+$/g, '');
  return safe || 'bundle';
}

export async function listAssets(gh: GitHub, release: Release): Promise<ReleaseAsset[]> {
  try {
    const { data } = await gh.request({
      method: 'GET',
      url: `${release.apiUrl}/assets`,
      per_page: PER_PAGE,
    });
    return (data as Parameters<typeof toAsset>[0][]).map(toAsset);
  } catch (error) {
    throw explainGitHubError(error, `listing the assets of release ${release.tag}`);
  }
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

// An upload whose answer was lost is retried and meets its own asset: same bytes, same digest.
async function resolveExisting(
  gh: GitHub,
  release: Release,
  name: string,
  data: Buffer,
): Promise<ReleaseAsset> {
  const existing = (await listAssets(gh, release)).find((a) => a.name === name);
  const ours =
    existing?.state === 'uploaded' &&
    existing.size === data.length &&
    existing.digest === `sha256:${sha256(data)}`;
  if (existing && ours) return existing;
  throw new AssetExistsError(name, release, existing);
}

export async function uploadAsset(
  gh: GitHub,
  release: Release,
  asset: { name: string; label: string; data: Buffer; contentType: string },
): Promise<ReleaseAsset> {
  const name = safeAssetName(asset.name);
  try {
    const { data } = await gh.request({
      method: 'POST',
      url: release.uploadUrl,
      name,
      label: asset.label,
      data: asset.data,
      headers: { 'content-type': asset.contentType },
    });
    return toAsset(data as Parameters<typeof toAsset>[0]);
  } catch (error) {
    if (isAlreadyExists(error, 'name')) return resolveExisting(gh, release, name, asset.data);
    throw explainGitHubError(error, `uploading ${name} to release ${release.tag}`);
  }
}

export async function deleteAsset(gh: GitHub, repo: RepoRef, assetId: number): Promise<void> {
  try {
    await gh.rest.repos.deleteReleaseAsset({ ...repo, asset_id: assetId });
  } catch (error) {
    if (isRequestError(error) && error.status === 404) return;
    throw explainGitHubError(error, `deleting release asset ${assetId}`);
  }
}

/** GitHub stored the asset completely, with our size and (when it reports one) our SHA-256. */
export function verifyAsset(asset: ReleaseAsset, expected: { size: number; sha256: string }): void {
  const rerun = 'Re-run the job: it replaces an incomplete asset before the manifest changes.';
  if (asset.state !== 'uploaded') {
    throw new UserError(
      `GitHub holds ${asset.name} in state "${asset.state}", not "uploaded": the upload did not complete. ${rerun}`,
    );
  }
  if (asset.size !== expected.size) {
    throw new UserError(
      `GitHub holds ${asset.size} bytes for ${asset.name}, but ${expected.size} were sent. ${rerun}`,
    );
  }
  if (
    asset.digest !== undefined &&
    asset.digest.toLowerCase() !== `sha256:${expected.sha256.toLowerCase()}`
  ) {
    throw new UserError(
      `GitHub's digest of ${asset.name} is ${asset.digest}, but the bytes sent have sha256:${expected.sha256}. ${rerun}`,
    );
  }
}
