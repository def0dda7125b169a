// The publish command, in the order of the design: build and check locally, check the
// manifest, release, upload, verify, publish, and only then commit the manifest. A failure at
// any step leaves devices on the last good bundle, and a re-run finishes the job.
import path from 'node:path';
import { UserError } from '../errors.js';
import type { GitHub } from '../github/client.js';
import type { ManifestStore } from '../github/manifest-store.js';
import { getRepository } from '../github/repo.js';
import type { Log } from '../log.js';
import { findPublished, recordBundle } from '../manifest/edits.js';
import { emptyManifest } from '../manifest/parse.js';
import { compareVersions } from '../manifest/versions.js';
import type { BundleEntry } from '../manifest/types.js';
import { resolveAppId } from './app-id.js';
import type { RunContext } from './context.js';
import { commitEdit, readManifest } from './manifest-edit.js';
import { placeAsset, type PlacedAsset } from './place-asset.js';
import { prepareBundle, type PreparedBundle } from './prepare.js';
import type { CommandResult } from './result.js';
import type { Settings } from './settings.js';
import { moveContext, type Targets } from './targets.js';

export async function publish(
  settings: Settings,
  context: RunContext,
  targets: Targets,
  log: Log,
): Promise<CommandResult> {
  // Step 1: build and check locally.
  const prepared = await prepareBundle(settings, context, log);

  // Step 2: what the manifest already says about this version.
  const store = targets.manifestStore;
  const snapshot = await readManifest(store, targets.manifestWhere);
  const manifest = snapshot.loaded?.manifest;
  const folder = path.resolve(context.workspace, settings.path);
  const appId = resolveAppId(
    settings.appId,
    manifest,
    folder,
    context.workspace,
    targets.manifestWhere,
  );
  const serving = manifest?.channels[settings.channel]?.version;
  const known = manifest && findPublished(manifest, prepared.version, prepared.bundle.sha256);
  if (known) return alreadyPublished(known, prepared, serving, settings, targets, log);
  await refusePrivateDirectDelivery(settings, context, targets);
  if (settings.dryRun) return dryRun(prepared, serving, settings, targets, appId);

  // Steps 3 to 6: release, upload, verify, publish, download check.
  const placed = await placeAsset(prepared, {
    gh: targets.releaseGh,
    repo: targets.releaseRepo,
    appId,
    targetCommitish: context.sha,
    releaseName: settings.releaseName,
    releaseNotes: settings.releaseNotes,
    delivery: settings.delivery,
    log,
    confirmReplaceable: () => confirmUnrecorded(store, prepared, targets.manifestWhere),
  });

  // Step 7: record the bundle and move the channel, with compare-and-swap.
  const entry = bundleEntry(prepared, placed, settings, context, targets);
  const { result, commitSha } = await commitEdit(
    store,
    snapshot,
    (current) =>
      recordBundle(current ?? emptyManifest(appId), entry, {
        channel: settings.channel,
        rollout: settings.rollout,
        ctx: moveContext(context),
      }),
    targets.manifestWhere,
  );
  log.info(result.summary);
  return {
    command: 'publish',
    headline: result.summary,
    channel: settings.channel,
    channelBefore: result.channelBefore,
    channelAfter: result.channelAfter,
    version: prepared.version,
    checksum: entry.checksum,
    sha256: entry.sha256,
    sessionKey: entry.session_key,
    url: entry.url,
    size: entry.size,
    files: prepared.bundle.files,
    releaseUrl: entry.release_url,
    manifestCommit: commitSha,
    manifestUrl: targets.manifestUrl,
  };
}

function alreadyPublished(
  known: BundleEntry,
  prepared: PreparedBundle,
  serving: string | undefined,
  settings: Settings,
  targets: Targets,
  log: Log,
): CommandResult {
  refuseKeyChange(known, prepared);
  const headline =
    `Version ${prepared.version} is already published with this content; nothing was written.` +
    (serving === prepared.version
      ? ''
      : ` Channel ${settings.channel} serves ${serving ?? 'nothing'}; use promote or rollback to move it.`);
  log.info(headline);
  return {
    command: 'publish',
    headline,
    channel: settings.channel,
    channelBefore: serving,
    channelAfter: serving,
    version: known.version,
    checksum: known.checksum,
    sha256: known.sha256,
    sessionKey: known.session_key,
    url: known.url,
    size: known.size,
    files: prepared.bundle.files,
    releaseUrl: known.release_url,
    manifestUrl: targets.manifestUrl,
  };
}

// A run that read the manifest before another run recorded this version would otherwise delete
// the asset devices are now sent, or put other bytes behind its URL and checksum.
async function confirmUnrecorded(
  store: ManifestStore,
  prepared: PreparedBundle,
  where: string,
): Promise<void> {
  const manifest = (await readManifest(store, where)).loaded?.manifest;
  if (!manifest || !findPublished(manifest, prepared.version, prepared.bundle.sha256)) return;
  throw new UserError(
    `Another run published ${prepared.version} with this content while this run was uploading, ` +
      'so its release asset was left as it is. Nothing is left to do; a re-run says "already published".',
  );
}

// Same content under another key (or none) is still a different bundle for devices: an app
// carrying the new public key cannot open the one already published.
function refuseKeyChange(known: BundleEntry, prepared: PreparedBundle): void {
  const publishedKey = known.session_key ? (known.key_id ?? 'an unknown key') : 'no encryption';
  const thisKey = prepared.key ? prepared.key.keyId : 'no encryption';
  if (publishedKey === thisKey) return;
  throw new UserError(
    `Version ${prepared.version} is already published with ${describeKey(publishedKey)}; this run uses ` +
      `${describeKey(thisKey)}. Devices cache bundles by version name, so bump the version to publish ` +
      'it with this key (or run with the key it was published with).',
  );
}

function describeKey(key: string): string {
  return key === 'no encryption' ? 'no encryption' : `the key ${key}`;
}

// Devices cannot authenticate, so they cannot download a private repository's assets.
async function refusePrivateDirectDelivery(
  settings: Settings,
  context: RunContext,
  targets: Targets,
): Promise<void> {
  if (settings.delivery !== 'direct') return;
  const sameRepo = targets.releaseRepoName === context.repository;
  const isPrivate =
    sameRepo && context.repositoryPrivate !== undefined
      ? context.repositoryPrivate
      : (await getRepository(targets.releaseGh, targets.releaseRepo)).private;
  if (!isPrivate) return;
  throw new UserError(
    `Releases would go to ${targets.releaseRepoName}, which is private, and devices cannot download ` +
      'private release assets. Either publish releases to a public repository (`repository: owner/public-repo` ' +
      'with `release-token`), or set `delivery: proxy` and give the responder a GITHUB_TOKEN and PUBLIC_URL.',
  );
}

function dryRun(
  prepared: PreparedBundle,
  serving: string | undefined,
  settings: Settings,
  targets: Targets,
  appId: string,
): CommandResult {
  const plan = [
    `find or create release ${prepared.tag} in ${targets.releaseRepoName}`,
    `upload ${appId}-${prepared.version}.zip (${prepared.payload.data.length} bytes, sha256 ${prepared.payload.dataSha256})`,
    `publish the release and check the download`,
    `record ${prepared.version} in ${targets.manifestWhere} and move ${settings.channel} ` +
      `to it if higher than ${serving ?? 'nothing'} (rollout ${settings.rollout}%)`,
  ];
  return {
    command: 'publish',
    headline: `Dry run: ${prepared.version} is ready to publish; nothing was written.`,
    channel: settings.channel,
    channelBefore: serving,
    channelAfter: wouldServe(prepared.version, serving),
    version: prepared.version,
    checksum: prepared.payload.checksum,
    sha256: prepared.bundle.sha256,
    sessionKey: prepared.payload.sessionKey,
    size: prepared.payload.data.length,
    files: prepared.bundle.files,
    manifestUrl: targets.manifestUrl,
    plan,
  };
}

// A publish moves a channel only upwards (absent and builtin count as lowest).
function wouldServe(version: string, serving: string | undefined): string {
  return !serving || compareVersions(version, serving) > 0 ? version : serving;
}

function bundleEntry(
  prepared: PreparedBundle,
  placed: PlacedAsset,
  settings: Settings,
  context: RunContext,
  targets: Targets,
): BundleEntry {
  const entry: BundleEntry = {
    version: prepared.version,
    url: placed.asset.browserDownloadUrl,
    checksum: placed.payload.checksum,
    session_key: placed.payload.sessionKey,
    sha256: prepared.bundle.sha256,
    size: placed.asset.size,
    platforms: settings.platforms,
    tag: placed.release.tag,
    release_url: placed.release.htmlUrl,
    repository: targets.releaseRepoName,
    asset_name: placed.asset.name,
    asset_id: placed.asset.id,
    delivery: settings.delivery,
    created_at: new Date().toISOString(),
    commit: context.sha,
    files: prepared.bundle.files,
  };
  if (placed.payload.keyId) entry.key_id = placed.payload.keyId;
  if (settings.nativeVersions) entry.native_versions = settings.nativeVersions;
  return entry;
}
