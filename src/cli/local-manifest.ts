// A manifest on disk for trying bundles on this machine: `bundle --manifest-out` records each
// bundle in it with the same pure edit publish uses, and `serve --manifest` answers from it.
import { existsSync, readFileSync } from 'node:fs';
import { InputError, UserError } from '../errors.js';
import { recordBundle, type EditResult } from '../manifest/edits.js';
import {
  emptyManifest,
  ManifestError,
  parseManifest,
  serializeManifest,
} from '../manifest/parse.js';
import type { BundleEntry, Manifest } from '../manifest/types.js';
import { writeFileAtomic } from './atomic-write.js';

/** Where `serve --files` serves a folder unless told otherwise: next to the responder's 8080. */
export const LOCAL_FILES_PORT = 8081;

export function localBundleUrl(zipFile: string): string {
  const name = zipFile.split(/[\\/]/).pop() ?? zipFile;
  return `http://127.0.0.1:${LOCAL_FILES_PORT}/${encodeURIComponent(name)}`;
}

export interface LocalRecord extends EditResult {
  /** The entry the manifest holds for the version after the edit. */
  entry: BundleEntry;
}

/**
 * What recording `entry` in the manifest `file` gives, without writing anything yet, so the
 * caller writes the bundle only once the manifest has accepted it. The app id comes from the
 * file when it exists.
 */
export function planLocalRecord(
  file: string,
  entry: BundleEntry,
  options: { appId?: string; channel: string },
): LocalRecord {
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
  return { ...result, entry: result.manifest.bundles[entry.version] ?? entry };
}

export function saveLocalRecord(file: string, record: LocalRecord): void {
  if (record.changed) writeFileAtomic(file, serializeManifest(record.manifest));
}

function readLocal(file: string): Manifest {
  try {
    return parseManifest(readFileSync(file, 'utf8')).manifest;
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    throw new UserError(`--manifest-out: ${file} is not a manifest (${error.message}).`);
  }
}
