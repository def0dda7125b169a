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
  const read = readManifest(text);
  const bundleProblems = new Map<string, string>();
  const channelProblems = new Map<string, string>();
  for (const version of Object.keys(read.manifest.bundles)) {
    const problem = read.bundleProblem(version);
    if (problem) bundleProblems.set(version, problem);
  }
  for (const name of Object.keys(read.manifest.channels)) {
    const problem = read.channelProblem(name);
    if (problem) channelProblems.set(name, problem);
  }
  return { manifest: read.manifest, bundleProblems, channelProblems };
}

/**
 * The manifest checked at the top, with each entry judged when first asked about (and only
 * once). A server can answer from the few entries its channels serve before it has judged the
 * thousand others; `parseManifest` judges them all at once.
 */
export interface ReadManifest {
  /** Every entry as read, broken ones included. */
  manifest: Manifest;
  /** Why the bundle entry of `version` is unusable, or undefined when it is fine or absent. */
  bundleProblem(version: string): string | undefined;
  /** Why the channel entry `name` is unusable, or undefined when it is fine or absent. */
  channelProblem(name: string): string | undefined;
}

export function readManifest(text: string): ReadManifest {
  const raw = parseJson(text);
  migrate(raw, schemaVersionOf(raw));
  checkTopLevel(raw);

  const bundles = toRecord<BundleEntry>(raw['bundles'] as Record<string, BundleEntry>);
  const channels = toRecord<Channel>(raw['channels'] as Record<string, Channel>);
  const manifest = { ...(raw as unknown as Manifest), bundles, channels };
  return {
    manifest,
    bundleProblem: judgedOnce(bundles, (version, entry) => bundleProblem(version, entry)),
    channelProblem: judgedOnce(channels, (name, entry) => channelProblem(name, entry, bundles)),
  };
}

/** Judges each entry of `record` once; names of absent entries are not kept. */
function judgedOnce<T>(
  record: Record<string, T>,
  judge: (key: string, entry: T) => string | undefined,
): (key: string) => string | undefined {
  const judged = new Map<string, string | undefined>();
  return (key) => {
    if (!Object.hasOwn(record, key)) return undefined;
    if (judged.has(key)) return judged.get(key);
    const problem = judge(key, record[key]!);
    judged.set(key, problem);
    return problem;
  };
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
  // Without a prototype there is no `__proto__` setter: assigning makes a plain data property,
  // as defining one would, at a fraction of the cost for a manifest of a thousand bundles.
  for (const key of Object.keys(source)) record[key] = source[key]!;
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
