// Publish steps 3 to 6: find or create the release, upload (or reuse) the bundle asset, verify
// what GitHub stored, publish the release and check devices can download the file. Nothing
// here touches the manifest, so a failure leaves devices on the last good bundle.
import { encryptedChecksum } from '../bundle/encrypt.js';
import { UserError } from '../errors.js';
import {
  AssetExistsError,
  checkDownload,
  deleteAsset,
  safeAssetName,
  uploadAsset,
  verifyAsset,
} from '../github/assets.js';
import type { GitHub } from '../github/client.js';
import {
  findOrCreateRelease,
  publishRelease,
  type Release,
  type ReleaseAsset,
} from '../github/releases.js';
import type { RepoRef } from '../github/repo.js';
import type { Log } from '../log.js';
import type { Delivery } from '../manifest/types.js';
import type { Payload, PreparedBundle } from './prepare.js';
import { assetLabel, labelSha256, readAssetRecord, withAssetRecord } from './release-record.js';

export interface PlacedAsset {
  release: Release;
  asset: ReleaseAsset;
  /** What devices verify; taken from the reused asset's record when one is reused. */
  payload: Pick<Payload, 'checksum' | 'sessionKey' | 'keyId'>;
  reused: boolean;
}

export interface PlaceOptions {
  gh: GitHub;
  repo: RepoRef;
  appId: string;
  targetCommitish: string;
  releaseName: string;
  releaseNotes: string;
  delivery: Delivery;
  log: Log;
  /**
   * Throws when replacing the asset is no longer safe: called right before a stale asset is
   * deleted, since another run may have recorded this version since the manifest was read.
   */
  confirmReplaceable: () => Promise<void>;
}

export async function placeAsset(
  prepared: PreparedBundle,
  options: PlaceOptions,
): Promise<PlacedAsset> {
  const { gh, repo, log } = options;
  const name = safeAssetName(`${options.appId}-${prepared.version}.zip`);
  const record = {
    asset: name,
    sha256: prepared.bundle.sha256,
    session_key: prepared.payload.sessionKey,
    key_id: prepared.payload.keyId ?? '',
    digest: prepared.payload.dataSha256,
  };

  // Step 3: the release.
  const { release, created } = await findOrCreateRelease(gh, repo, {
    tag: prepared.tag,
    targetCommitish: options.targetCommitish,
    name: options.releaseName || prepared.tag,
    body: withAssetRecord(options.releaseNotes, record),
    log,
  });
  log.info(
    `${created ? 'Created draft release' : 'Using release'} ${prepared.tag} (id ${release.id}).`,
  );

  // Step 4: upload, unless a matching asset from an earlier attempt is already there.
  const existing = release.assets.find((asset) => asset.name === name);
  const reuse = existing && reusableAsset(existing, release, prepared);
  let asset: ReleaseAsset;
  let body: string | undefined;
  if (existing && reuse) {
    log.info(
      `Asset ${name} already holds this bundle (sha256 ${prepared.bundle.sha256}); reusing it.`,
    );
    asset = existing;
  } else {
    if (release.immutable && !release.draft) throw immutableRelease(release, name);
    if (existing) {
      await options.confirmReplaceable();
      log.warning(
        `Replacing ${name}: an earlier attempt left it incomplete or with other content, and it never reached the manifest.`,
      );
      await deleteAsset(gh, repo, existing.id);
    }
    asset = await uploadAsset(gh, release, {
      name,
      label: assetLabel(prepared.bundle.sha256),
      data: prepared.payload.data,
      contentType: 'application/zip',
    }).catch((error: unknown) => {
      throw error instanceof AssetExistsError ? uploadRaceLost(error, prepared) : error;
    });
    log.info(`Uploaded ${name} (${asset.size} bytes).`);
    // A release made by an earlier attempt carries that attempt's record: update it.
    if (!created) body = withAssetRecord(release.body, record);
  }

  // Step 5: GitHub stored exactly our bytes.
  const expected = reuse?.expected ?? uploaded(prepared);
  verifyAsset(asset, expected);

  // Step 6: publish, then read the final URL (a draft's download URL changes on publish).
  const published =
    release.draft || body ? await publishRelease(gh, repo, release, { body }) : release;
  const final = published.assets.find((a) => a.id === asset.id) ?? asset;
  if (options.delivery === 'direct') {
    await checkDownload(final.browserDownloadUrl, expected, log);
    log.info(`Devices can download ${final.browserDownloadUrl}.`);
  }
  return {
    release: published,
    asset: final,
    payload: reuse?.payload ?? prepared.payload,
    reused: Boolean(reuse),
  };
}

function uploaded(prepared: PreparedBundle): { size: number; sha256: string } {
  return { size: prepared.payload.data.length, sha256: prepared.payload.dataSha256 };
}

interface Reuse {
  payload: PlacedAsset['payload'];
  /** What the asset must hold: for an encrypted one, the ciphertext its session key opens. */
  expected: { size: number; sha256: string };
}

/**
 * An existing asset can stand in for ours when it holds the same plain zip, completely (a run
 * that died at verification leaves an incomplete one behind), and for an encrypted bundle when
 * the recorded session key belongs to exactly these bytes and our key: devices need both.
 */
function reusableAsset(
  asset: ReleaseAsset,
  release: Release,
  prepared: PreparedBundle,
): Reuse | undefined {
  if (asset.state !== 'uploaded' || labelSha256(asset.label) !== prepared.bundle.sha256)
    return undefined;
  if (!prepared.key) {
    const expected = uploaded(prepared);
    const payload = { checksum: prepared.bundle.sha256, sessionKey: '' };
    return holds(asset, expected) ? { payload, expected } : undefined;
  }
  const record = readAssetRecord(release.body, asset.name);
  if (!record?.session_key || !record.digest || record.key_id !== prepared.key.keyId)
    return undefined;
  const expected = { size: asset.size, sha256: record.digest };
  if (!holds(asset, expected)) return undefined;
  const payload = {
    checksum: encryptedChecksum(prepared.bundle.sha256, prepared.key),
    sessionKey: record.session_key,
    keyId: prepared.key.keyId,
  };
  return { payload, expected };
}

function holds(asset: ReleaseAsset, expected: { size: number; sha256: string }): boolean {
  const digest = asset.digest?.toLowerCase();
  return (
    asset.size === expected.size && (digest === undefined || digest === `sha256:${expected.sha256}`)
  );
}

// The name was free when the release was read, so another run has uploaded under it since. Its
// asset may already be what devices are sent: it is never the fix to delete it.
function uploadRaceLost(error: AssetExistsError, prepared: PreparedBundle): UserError {
  const where = `${error.assetName} to release ${error.release.tag}`;
  if (error.existing && labelSha256(error.existing.label) === prepared.bundle.sha256) {
    return new UserError(
      `Another run uploaded this same bundle as ${where} while this run was uploading ` +
        `(encrypted with its own session key). Nothing was changed: re-run this job once that run ` +
        `has finished, and it will find ${prepared.version} published.`,
    );
  }
  return new UserError(
    `Another run uploaded other content as ${where} while this run was uploading: two runs are ` +
      `publishing ${prepared.version} with different bundles. Devices keep bundles by version ` +
      'name, so bump the version of one of them.',
  );
}

// Only reached when the version is not in the manifest, so no device was ever sent this asset.
function immutableRelease(release: Release, name: string): UserError {
  return new UserError(
    `Release ${release.tag} is published and immutable, and it does not hold this bundle as ${name}. ` +
      'Bump the version: devices cache bundles by version name, and GitHub refuses new assets there.',
  );
}
