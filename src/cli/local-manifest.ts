// A manifest on disk for trying bundles on this machine: `bundle --manifest-out` records each
// bundle in it with the same pure edit publish uses, and `serve --manifest` answers from it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InputError, UserError } from '../errors.js';
import { recordBundle, type EditResult } from '../manifest/edits.js';
import {
  emptyManifest,
  ManifestError,
  parseManifest,
  serializeManifest,
} from '../manifest/parse.js';
import type { BundleEntry, Manifest } from '../manifest/types.js';

/** Where `serve --files` serves a folder unless told otherwise: next to the responder's 8080. */
export const LOCAL_FILES_PORT = 8081;

export function localBundleUrl(zipFile: string): string {
  const name = zipFile.split(/[\\/]/).pop() ?? zipFile;
  return `http://127.0.0.1:${LOCAL_FILES_PORT}/${encodeURIComponent(name)}`;
}

/** Records `entry` in the manifest `file`; the app id comes from the file when it exists. */
export function recordLocally(
  file: string,
  entry: BundleEntry,
  options: { appId?: string; channel: string },
): EditResult {
  const current = existsSync(file) ? readLocal(file) : undefined;
  if (current && options.appId && current.app_id !== options.appId) {
    throw new UserError(
      `--manifest-out: ${file} belongs to ${current.app_id}, not ${options.appId}. ` +
        'Use another file for another app.',
    );
  }
  const appId = current?.app_id ?? options.appId;
  if (!appId) {
    throw new InputError('app-id', 'empty, and no capacitor.config with an appId was found.');
  }
  const result = recordBundle(current ?? emptyManifest(appId), entry, {
    channel: options.channel,
    rollout: 100,
    ctx: { at: new Date().toISOString() },
  });
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  writeFileSync(file, serializeManifest(result.manifest));
  return result;
}

function readLocal(file: string): Manifest {
  try {
    return parseManifest(readFileSync(file, 'utf8')).manifest;
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    throw new UserError(`--manifest-out: ${file} is not a manifest (${error.message}).`);
  }
}
