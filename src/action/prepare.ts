// Publish step 1: everything that can be checked without GitHub. Every refusal happens here,
// before the first API call, so a bad input never leaves a half-made release behind.
import path from 'node:path';
import { buildBundle, type BuiltBundle } from '../bundle/build.js';
import { encryptBundleInPlace } from '../bundle/encrypt.js';
import { readEncryptionKey, type EncryptionKey } from '../bundle/keys.js';
import { InputError } from '../errors.js';
import type { Log } from '../log.js';
import { isValidRange } from '../manifest/versions.js';
import type { RunContext } from './context.js';
import { resolvePublishVersion } from './defaults.js';
import type { Settings } from './settings.js';

/** The bytes to upload and what devices need to verify them. */
export interface Payload {
  data: Buffer;
  /** SHA-256 of `data`: what GitHub's `digest` must show. */
  dataSha256: string;
  /** What devices receive as `checksum`. */
  checksum: string;
  sessionKey: string;
  keyId?: string;
}

/** What is known of the built zip; its bytes are in the payload (encrypted, they replaced it). */
export type BundleFacts = Omit<BuiltBundle, 'zip' | 'zipWithRoom'>;

export interface PreparedBundle {
  version: string;
  tag: string;
  bundle: BundleFacts;
  payload: Payload;
  key?: EncryptionKey;
}

/** The inputs step 1 reads; the CLI's `bundle` command passes only these. */
export type BundleSettings = Pick<
  Settings,
  'path' | 'version' | 'tag' | 'encryptionKey' | 'nativeVersions' | 'requireNotifyAppReady'
>;

export async function prepareBundle(
  settings: BundleSettings,
  context: Pick<RunContext, 'workspace' | 'pushedTag'>,
  log: Log,
): Promise<PreparedBundle> {
  const folder = path.resolve(context.workspace, settings.path);
  const { version, source } = resolvePublishVersion(
    settings.version,
    context.pushedTag,
    folder,
    context.workspace,
  );
  log.info(`Version ${version} (from ${source}).`);
  const tag = settings.tag || context.pushedTag || `v${version}`;
  if (
    context.pushedTag &&
    /^v?\d/.test(context.pushedTag) &&
    context.pushedTag.replace(/^v/, '') !== version
  ) {
    log.warning(
      `The pushed tag ${context.pushedTag} differs from the version ${version}; release ${tag} will hold bundle ${version}.`,
    );
  }
  if (settings.nativeVersions && !isValidRange(settings.nativeVersions)) {
    throw new InputError(
      'native-versions',
      `${JSON.stringify(settings.nativeVersions)} is not a semver range; use e.g. ">=1.4.0 <2.0.0".`,
    );
  }
  const key = settings.encryptionKey ? readEncryptionKey(settings.encryptionKey) : undefined;

  const bundle = await buildBundle({
    path: folder,
    // Messages name the folder as the user wrote it, so a hint reads "path: www/dist".
    displayPath: settings.path,
    requireNotifyAppReady: settings.requireNotifyAppReady,
    log,
  });
  log.info(
    `Zipped ${bundle.files} files from ${settings.path}: ${bundle.size} bytes, sha256 ${bundle.sha256}.`,
  );

  const payload = key ? encryptedPayload(bundle, key) : plainPayload(bundle);
  if (key) log.info(`Encrypted with key ${key.keyId}.`);
  const { zip: _zip, zipWithRoom: _room, ...facts } = bundle;
  return { version, tag, bundle: facts, payload, key };
}

function plainPayload(bundle: BuiltBundle): Payload {
  return { data: bundle.zip, dataSha256: bundle.sha256, checksum: bundle.sha256, sessionKey: '' };
}

function encryptedPayload(bundle: BuiltBundle, key: EncryptionKey): Payload {
  // The plain zip is not needed after this, so its memory takes the ciphertext.
  const encrypted = encryptBundleInPlace(bundle.zipWithRoom, bundle.size, bundle.sha256, key);
  return {
    data: encrypted.data,
    dataSha256: encrypted.sha256,
    checksum: encrypted.checksum,
    sessionKey: encrypted.sessionKey,
    keyId: encrypted.keyId,
  };
}
