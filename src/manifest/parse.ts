// Reading and writing the manifest file. Loading is forgiving per entry and strict at the top:
// a broken entry is reported so the rest keeps serving, while a file that is not a manifest at
// all is refused so the responder keeps its last good copy.

import { bundleProblem, channelProblem, manifestSchema } from './entry-checks.js';
import { channelDefaults, migrate } from './migrate.js';
import { assertAppId, assertChannelName, DEFAULT_CHANNEL } from './names.js';
import { checkSchema, isObject } from './schema-check.js';
import { MANIFEST_SCHEMA_VERSION, type BundleEntry, type Channel, type Manifest } from './types.js';

export { serializeManifest } from './serialize.js';

export const MANIFEST_SCHEMA_ID = (manifestSchema as { $id: string }).$id;

export class ManifestError extends Error {
  override name = 'ManifestError';
}

export interface LoadedManifest {
  /**
   * Every entry as read, broken ones included (so an edit writes them back untouched): look a
   * version up in `bundleProblems` and a channel in `channelProblems` before serving it.
   */
  manifest: Manifest;
  /** version → why the entry is unusable. */
  bundleProblems: Map<string, string>;
  /** channel → why it is unusable. */
  channelProblems: Map<string, string>;
}

export function parseManifest(text: string): LoadedManifest {
  const raw = parseJson(text);
  migrate(raw, schemaVersionOf(raw));
  checkTopLevel(raw);

  const bundles = toRecord<BundleEntry>(raw['bundles'] as Record<string, BundleEntry>);
  const channels = toRecord<Channel>(raw['channels'] as Record<string, Channel>);
  const bundleProblems = new Map<string, string>();
  const channelProblems = new Map<string, string>();
  for (const [version, entry] of Object.entries(bundles)) {
    const problem = bundleProblem(version, entry);
    if (problem) bundleProblems.set(version, problem);
  }
  for (const [name, entry] of Object.entries(channels)) {
    const problem = channelProblem(name, entry, bundles);
    if (problem) channelProblems.set(name, problem);
  }

  const manifest = { ...(raw as unknown as Manifest), bundles, channels };
  return { manifest, bundleProblems, channelProblems };
}

function parseJson(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`the manifest is not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value;
    throw new ManifestError(`the manifest must be a JSON object, not ${kind}`);
  }
  return value;
}

function schemaVersionOf(raw: Record<string, unknown>): number {
  const version = raw['schema_version'] ?? 0;
  if (!Number.isInteger(version) || (version as number) < 0) {
    throw new ManifestError(
      `the manifest's schema_version must be a whole number, not ${String(version)}`,
    );
  }
  if ((version as number) > MANIFEST_SCHEMA_VERSION) {
    // An older reader would drop fields it does not know; refusing keeps them safe.
    throw new ManifestError(
      `the manifest has schema_version ${String(version)}, newer than this version ` +
        `of live-update-release understands (${MANIFEST_SCHEMA_VERSION}): ` +
        'update the action and the responder',
    );
  }
  return version as number;
}

/** Validates everything but the entries, which are judged one by one. */
function checkTopLevel(raw: Record<string, unknown>): void {
  const shallow = { ...raw };
  for (const key of ['bundles', 'channels']) {
    if (isObject(raw[key])) shallow[key] = {};
  }
  const errors = checkSchema(manifestSchema, shallow);
  if (errors.length > 0) {
    throw new ManifestError(`the manifest's top level is invalid: ${errors.join('; ')}`);
  }
}

/**
 * Copies user-keyed entries into an object without a prototype, so keys such as `__proto__` or
 * `constructor` are plain data and a lookup of a device-sent name never finds a built-in.
 */
export function toRecord<T>(source: Readonly<Record<string, T>>): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(source)) {
    Object.defineProperty(record, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record;
}

export function emptyManifest(appId: string, defaultChannel: string = DEFAULT_CHANNEL): Manifest {
  return {
    $schema: MANIFEST_SCHEMA_ID,
    schema_version: MANIFEST_SCHEMA_VERSION,
    app_id: assertAppId(appId),
    default_channel: assertChannelName(defaultChannel),
    bundles: toRecord({}),
    channels: toRecord({}),
  };
}

/** A channel that serves nothing yet: everyone, every platform, emulators and dev builds too. */
export function newChannel(): Channel {
  return channelDefaults();
}
