// Publish steps 3 to 6: find or create the release, upload (or reuse) the bundle asset, verify
// what GitHub stored, publish the release and check devices can download the file. Nothing
// here touches the manifest, so a failure leaves devices on the last good bundle.
import { encryptedChecksum } from '../bundle/encrypt.js';
import { UserError } from '../errors.js';
import {
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
  };

  // Step 3: the release.
  const { release, created } = await findOrCreateRelease(gh, repo, {
    tag: prepared.tag,
    targetCommitish: options.targetCommitish,
    name: options.releaseName || prepared.tag,
    body: withAssetRecord(options.releaseNotes, record),
  });
  log.info(
    `${created ? 'Created draft release' : 'Using release'} ${prepared.tag} (id ${release.id}).`,
  );

  // Step 4: upload, unless a matching asset from an earlier attempt is already there.
  const existing = release.assets.find((asset) => asset.name === name);
  const reusable = existing && reusablePayload(existing, release, prepared);
  let asset: ReleaseAsset;
  let payload: PlacedAsset['payload'] = prepared.payload;
  let body: string | undefined;
  if (existing && reusable) {
    log.info(
      `Asset ${name} already holds this bundle (sha256 ${prepared.bundle.sha256}); reusing it.`,
    );
    asset = existing;
    payload = reusable;
  } else {
    if (release.immutable && !release.draft) throw immutableRelease(release, name);
    if (existing) {
      log.warning(
        `Replacing ${name}: it holds other content from an earlier attempt that never reached the manifest.`,
      );
      await deleteAsset(gh, repo, existing.id);
    }
    asset = await uploadAsset(gh, release, {
      name,
      label: assetLabel(prepared.bundle.sha256),
      data: prepared.payload.data,
      contentType: 'application/zip',
    });
    log.info(`Uploaded ${name} (${asset.size} bytes).`);
    // A release made by an earlier attempt carries that attempt's record: update it.
    if (!created) body = withAssetRecord(release.body, record);
  }

  // Step 5: GitHub stored exactly our bytes.
  // A reused encrypted asset holds an earlier run's ciphertext: GitHub's digest is its reference.
  const expected =
    existing && reusable && prepared.key ? reusedExpectation(existing) : uploaded(prepared);
  verifyAsset(asset, expected);

  // Step 6: publish, then read the final URL (a draft's download URL changes on publish).
  const published =
    release.draft || body ? await publishRelease(gh, repo, release, { body }) : release;
  const final = published.assets.find((a) => a.id === asset.id) ?? asset;
  if (options.delivery === 'direct') {
    await checkDownload(final.browserDownloadUrl, expected, log);
    log.info(`Devices can download ${final.browserDownloadUrl}.`);
  }
  return { release: published, asset: final, payload, reused: Boolean(existing && reusable) };
}

function uploaded(prepared: PreparedBundle): { size: number; sha256: string } {
  return { size: prepared.payload.data.length, sha256: prepared.payload.dataSha256 };
}

function reusedExpectation(asset: ReleaseAsset): { size: number; sha256: string } {
  return { size: asset.size, sha256: asset.digest?.replace(/^sha256:/, '') ?? '' };
}

/**
 * An existing asset can stand in for ours when it holds the same plain zip and, for an
 * encrypted bundle, its session key and key are known: devices need both to open it.
 */
function reusablePayload(
  asset: ReleaseAsset,
  release: Release,
  prepared: PreparedBundle,
): PlacedAsset['payload'] | undefined {
  if (asset.state !== 'uploaded' || labelSha256(asset.label) !== prepared.bundle.sha256)
    return undefined;
  if (!prepared.key) return { checksum: prepared.bundle.sha256, sessionKey: '' };
  const record = readAssetRecord(release.body, asset.name);
  if (!record?.session_key || record.key_id !== prepared.key.keyId) return undefined;
  return {
    checksum: encryptedChecksum(prepared.bundle.sha256, prepared.key),
    sessionKey: record.session_key,
    keyId: prepared.key.keyId,
  };
}

// Only reached when the version is not in the manifest, so no device was ever sent this asset.
function immutableRelease(release: Release, name: string): UserError {
  return new UserError(
    `Release ${release.tag} is published and immutable, and it does not hold this bundle as ${name}. ` +
      'Bump the version: devices cache bundles by version name, and GitHub refuses new assets there.',
  );
}
