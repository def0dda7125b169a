// What one bundle entry becomes for devices: its download reply, serialised once, or the problem
// that keeps it from being served. The manifest parser judges the entry's fields; this adds what
// only the responder knows (its own URL and token for proxy delivery) and a final check of the
// reply itself.
import { parsedRange, type ComparatorSet } from '../manifest/ranges.js';
import { parseSemVer, type SemVer } from '../manifest/semver.js';
import type { BundleEntry } from '../manifest/types.js';
import type { DownloadReply } from './replies.js';
import { checkDeviceUrl, type UrlCheck } from './urls.js';

export interface Problem {
  code: string;
  message: string;
}

export interface BundlePlan {
  version: string;
  problem?: Problem;
  /** The download reply, serialised once; empty when the entry has a problem. */
  replyText: string;
  major: number;
  /** The version parsed once for the checks' comparisons; 0.0.0 when the entry has a problem. */
  semver: SemVer;
  platforms: ReadonlySet<string>;
  nativeRange?: string;
  /** `nativeRange` parsed once; undefined when it is not a valid range. */
  nativeRanges?: readonly ComparatorSet[];
  keyId?: string;
  encrypted: boolean;
  /** Devices download through the responder's `/bundles/:version` route. */
  proxied: boolean;
  /** Where that route finds the release asset. */
  asset?: { repository: string; id: number };
  /** The release asset URL stored in the manifest. */
  storedUrl: string;
  /** `storedUrl` is plain http to a loopback host: devices accept it there only. */
  loopbackHttp: boolean;
}

const NOT_A_VERSION: SemVer = { major: 0, minor: 0, patch: 0, prerelease: [] };

export interface CompileOptions {
  /** The responder's public base URL, for `delivery: proxy`. */
  publicUrl?: string;
  /** Whether the responder holds a token to fetch private assets. */
  canProxy: boolean;
}

export function compileBundle(
  version: string,
  entry: BundleEntry,
  parseProblem: string | undefined,
  options: CompileOptions,
): BundlePlan {
  const encrypted = typeof entry.session_key === 'string' && entry.session_key !== '';
  const semver = parseSemVer(version);
  const nativeRange = nonEmptyString(entry.native_versions);
  const storedUrl = typeof entry.url === 'string' ? entry.url : '';
  const storedCheck = checkDeviceUrl(storedUrl);
  const plan: BundlePlan = {
    version,
    replyText: '',
    major: semver?.major ?? 0,
    semver: semver ?? NOT_A_VERSION,
    platforms: new Set(stringArray(entry.platforms)),
    nativeRange,
    nativeRanges: nativeRange === undefined ? undefined : parsedRange(nativeRange),
    keyId: nonEmptyString(entry.key_id),
    encrypted,
    proxied: entry.delivery === 'proxy',
    asset: assetOf(entry),
    storedUrl,
    loopbackHttp: storedCheck.ok && storedCheck.loopbackHttp,
  };
  const problem = parseProblem
    ? invalid(version, parseProblem)
    : (entryProblem(version, entry, plan, semver) ??
      deliveryProblem(version, entry, plan, options));
  if (problem) return { ...plan, problem };
  const reply = downloadReply(version, entry, plan, options);
  // A direct download goes to the stored URL, checked above already.
  const urlCheck = reply.url === storedUrl ? storedCheck : checkDeviceUrl(reply.url);
  const replyProblem = replyContractProblem(reply, urlCheck);
  if (replyProblem) return { ...plan, problem: invalid(version, replyProblem) };
  return { ...plan, replyText: JSON.stringify(reply) };
}

function entryProblem(
  version: string,
  entry: BundleEntry,
  plan: BundlePlan,
  semver: SemVer | undefined,
): Problem | undefined {
  if (semver === undefined) return invalid(version, 'its version is not semver');
  if (plan.platforms.size === 0) return invalid(version, 'it lists no platforms');
  if (plan.encrypted && plan.keyId === undefined) {
    return invalid(version, 'it is encrypted but has no key_id');
  }
  if (entry.delivery === 'proxy' && !plan.asset) {
    return invalid(version, 'proxy delivery needs its repository and asset_id');
  }
  return undefined;
}

function deliveryProblem(
  version: string,
  entry: BundleEntry,
  plan: BundlePlan,
  options: CompileOptions,
): Problem | undefined {
  if (entry.delivery !== 'proxy') return undefined;
  if (options.publicUrl && options.canProxy) return undefined;
  return {
    code: 'proxy_not_configured',
    message: `Bundle ${plan.version} is delivered through the responder, which needs PUBLIC_URL and GITHUB_TOKEN.`,
  };
}

function downloadReply(
  version: string,
  entry: BundleEntry,
  plan: BundlePlan,
  options: CompileOptions,
): DownloadReply {
  const url =
    entry.delivery === 'proxy'
      ? `${trimSlash(options.publicUrl ?? '')}/bundles/${encodeURIComponent(version)}`
      : plan.storedUrl;
  return {
    version,
    url,
    checksum: typeof entry.checksum === 'string' ? entry.checksum : '',
    session_key: plan.encrypted ? String(entry.session_key) : '',
  };
}

// The last line of defence for what a device receives: a null, an empty field or a checksum in
// a form the plugin rejects crashes or wedges the app, so such an entry is never served.
function replyContractProblem(reply: DownloadReply, url: UrlCheck): string | undefined {
  if (!url.ok) return `its url ${url.problem}`;
  if (reply.session_key === '') {
    if (!/^[0-9a-f]{64}$/.test(reply.checksum)) return 'its checksum is not a 64-hex SHA-256';
  } else {
    if (!/^[0-9a-f]{512}$/.test(reply.checksum)) {
      return 'it is encrypted but its checksum is not the 512-hex encrypted form';
    }
    if (!/^[A-Za-z0-9+/]+=*:[A-Za-z0-9+/]+=*$/.test(reply.session_key)) {
      return 'its session_key is not base64(iv):base64(key)';
    }
  }
  return undefined;
}

function assetOf(entry: BundleEntry): BundlePlan['asset'] {
  const repository = entry.repository;
  const id = entry.asset_id;
  if (typeof repository !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return undefined;
  return { repository, id };
}

function invalid(version: string, reason: string): Problem {
  return { code: 'invalid_bundle', message: `Bundle ${version} cannot be served: ${reason}.` };
}

function trimSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

export function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
