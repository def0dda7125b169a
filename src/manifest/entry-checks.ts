// Per-entry validation. A manifest edited by hand may hold one broken entry among good ones; the
// responder must refuse only the devices that entry would serve, so each entry is judged alone.

import schemaJson from '../../schema/manifest.schema.json' with { type: 'json' };
import { isValidChannelName } from './names.js';
import { isValidRange } from './ranges.js';
import { checkSchema, type JsonSchema } from './schema-check.js';
import { parseSemVer } from './semver.js';
import { BUILTIN } from './types.js';

export const manifestSchema = schemaJson as JsonSchema;
const definitions = schemaJson.$defs as Record<string, JsonSchema>;

const MAX_REASONS = 3;

/** Why a bundle entry cannot be served, or undefined when it can. */
export function bundleProblem(key: string, entry: unknown): string | undefined {
  if (!isBundleKey(key)) return `\`${key.slice(0, 80)}\` is not a version name like 1.2.3`;
  const errors = checkSchema(definitions['bundle']!, entry, manifestSchema);
  if (errors.length > 0) return summarize(errors);
  const bundle = entry as Record<string, unknown>;
  return summarize(
    [
      bundle['version'] !== key ? `version: is ${String(bundle['version'])}, not ${key}` : '',
      urlProblem(bundle['url'] as string),
      encryptionProblem(bundle['checksum'] as string, bundle['session_key'] as string),
      rangeProblem(bundle['native_versions']),
      proxyProblem(bundle),
    ].filter(Boolean),
  );
}

/** Why a channel cannot serve devices, or undefined when it can. */
export function channelProblem(
  name: string,
  entry: unknown,
  bundles: Readonly<Record<string, unknown>>,
): string | undefined {
  if (!isValidChannelName(name)) return `\`${name.slice(0, 80)}\` is not a valid channel name`;
  const shape = channelShapeProblem(entry);
  if (shape) return shape;
  const channel = entry as { version?: string; previous?: string; rollout: number };
  const missing = (version?: string) =>
    version !== undefined && version !== BUILTIN && !Object.hasOwn(bundles, version);
  return summarize(
    [
      missing(channel.version) ? `version: ${channel.version} is not in bundles` : '',
      // `previous` only reaches devices while a rollout is partial.
      channel.rollout < 100 && missing(channel.previous)
        ? `previous: ${channel.previous} is not in bundles`
        : '',
    ].filter(Boolean),
  );
}

/** Why a channel entry does not have the fields and types of a channel, if it does not. */
export function channelShapeProblem(entry: unknown): string | undefined {
  return summarize(checkSchema(definitions['channel']!, entry, manifestSchema));
}

function isBundleKey(key: string): boolean {
  const parsed = parseSemVer(key);
  return parsed !== undefined && parsed.build === undefined;
}

function summarize(reasons: string[]): string | undefined {
  if (reasons.length === 0) return undefined;
  const shown = reasons.slice(0, MAX_REASONS).join('; ');
  const more = reasons.length - MAX_REASONS;
  return more > 0 ? `${shown}; and ${more} more` : shown;
}

// Devices refuse cleartext downloads (iOS ATS, Android's network security policy); http works
// only against a loopback host, which is what local tests use.
function urlProblem(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `url: \`${url.slice(0, 80)}\` is not a URL`;
  }
  if (parsed.protocol === 'https:') return '';
  if (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname)) return '';
  return 'url: must use https (devices block cleartext downloads)';
}

export function isLoopbackHost(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname)
  );
}

// A 512-hex checksum is RSA-signed and needs the session key to decrypt the zip; a 64-hex one is
// plain, and a session key on it would make devices try to decrypt plain bytes.
function encryptionProblem(checksum: string, sessionKey: string): string {
  const encrypted = checksum.length === 512;
  if (encrypted && sessionKey === '') return 'session_key: is empty but the checksum is encrypted';
  if (!encrypted && sessionKey !== '') return 'session_key: is set but the checksum is plain';
  return '';
}

function rangeProblem(range: unknown): string {
  if (range === undefined || isValidRange(range as string)) return '';
  return `native_versions: \`${String(range).slice(0, 80)}\` is not a semver range`;
}

// Proxy delivery downloads the asset by id from the repository with the responder's token.
function proxyProblem(bundle: Record<string, unknown>): string {
  if (bundle['delivery'] !== 'proxy') return '';
  if (bundle['repository'] === '' || bundle['asset_id'] === 0) {
    return 'delivery: proxy needs repository and asset_id';
  }
  return '';
}
